//! Where a line may break: the Unicode line-breaking algorithm (UAX #14), tailored for slides.

/// For each byte offset of `text`, whether a line may break before it (UAX #14; the start and
/// the end of the text are not break opportunities). Tailored as Unicode 15.1 does (LB15b):
/// never before a closing quotation mark (`»`, `”`, `›`), even after a space; never inside a
/// number range (`22–42`); and in URLs as [`url_breaks`] says.
pub fn break_opportunities(text: &str) -> Vec<bool> {
    let mut allowed = vec![false; text.len() + 1];
    for (at, _) in unicode_linebreak::linebreaks(text) {
        if at < text.len() && !text[at..].starts_with(['»', '”', '›']) {
            allowed[at] = true;
        }
    }
    for (i, _) in text.match_indices('–') {
        let before = text[..i].chars().next_back();
        let after = text[i + '–'.len_utf8()..].chars().next();
        if before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit()) {
            allowed[i + '–'.len_utf8()] = false;
        }
    }
    url_breaks(text, &mut allowed);
    allowed
}

/// Inside a URL (from `http://`, `https://` or `www.` to the next space): a break only after a
/// `/` (not the scheme's) and before `.`, `?`, `#`, `&` or `=`, never at a hyphen (a URL cut
/// after `radio-` reads as a hyphenated word), and never before the last part, which stays
/// with the one before (no « rdr » alone on a line).
fn url_breaks(text: &str, allowed: &mut [bool]) {
    let mut from = 0;
    while let Some(found) = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| text[from..].find(p).map(|i| from + i))
        .min()
    {
        let end = text[found..]
            .find(char::is_whitespace)
            .map_or(text.len(), |e| found + e);
        let url = &text[found..end];
        let body = url.find("://").map_or(0, |s| s + 3);
        let mut last = None;
        for (i, c) in url.char_indices() {
            let at = found + i;
            if i > 0 {
                let prev = url[..i].chars().next_back().unwrap_or(' ');
                let ok = i > body && (prev == '/' || matches!(c, '.' | '?' | '#' | '&' | '='));
                allowed[at] = ok;
                if ok {
                    last = Some(at);
                }
            }
        }
        // The last part keeps company: no break before it.
        if let Some(at) = last {
            allowed[at] = false;
        }
        // After the URL, UAX #14 decides again (a space ends it).
        from = end.max(found + 1);
        if from >= text.len() {
            break;
        }
    }
}
