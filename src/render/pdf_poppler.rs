//! What the PDF needs so that poppler (`pdftotext`, `pdfinfo`, `pdftoppm`) reads it quietly.

/// krilla writes `/MarkInfo<</Marked true/Suspects false>>` (valid: `Suspects` is an optional
/// boolean, false by default), but poppler before 25.12 (Debian 12's 22.12 included) reports
/// every `Suspects` that is not `true` as "Syntax Error: Suspects object is wrong type
/// (boolean)" in `pdfinfo`, `pdftotext` and `pdftoppm`. The entry says nothing (false is the
/// default), so it is blanked out with spaces: the file keeps its length and its cross-reference
/// offsets, the document stays tagged (`/Marked true`).
pub fn quiet_suspects(bytes: &mut [u8]) {
    const MARK_INFO: &[u8] = b"/MarkInfo<</Marked true/Suspects false>>";
    const SUSPECTS: &[u8] = b"/Suspects false";
    if let Some(at) = bytes.windows(MARK_INFO.len()).rposition(|w| w == MARK_INFO) {
        let start = at + MARK_INFO.len() - 2 - SUSPECTS.len();
        bytes[start..start + SUSPECTS.len()].fill(b' ');
    }
}
