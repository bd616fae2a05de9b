//! `estrade --licences`: the licences of what the binary carries, printed by the binary itself
//! (a Windows zip or a copied binary has no /usr/share/doc): estrade's own, the fonts built in
//! with the full text of the SIL Open Font License (which must travel with Lato), and the Rust
//! crates linked in, from the list cargo-about made of `Cargo.lock`
//! (`packaging/third-party.sh`).

use estrade::t;

/// The SIL Open Font License 1.1 of Lato, as shipped beside the font files.
const LATO_LICENCE: &str = include_str!("../../assets/fonts/LICENSE-Lato-OFL.txt");
/// The crates linked in: a line per crate, `name version licence`, made by cargo-about.
const THIRD_PARTY: &str = include_str!("../../packaging/third-party-summary.txt");

/// The whole text printed by `estrade --licences`, in the current language.
pub fn text() -> String {
    let crates = crate_lines();
    let fonts = [t!("licences-lato"), t!("licences-open-sans"), t!("licences-egui-fonts")];
    let mut out = String::new();
    out.push_str(&t!("licences-estrade", version = env!("CARGO_PKG_VERSION")));
    out.push_str("\n\n");
    out.push_str(&t!("licences-fonts"));
    out.push('\n');
    indented(&mut out, fonts.iter().map(String::as_str));
    out.push('\n');
    out.push_str(&t!("licences-crates", count = crates.len()));
    out.push('\n');
    indented(&mut out, crates.into_iter());
    out.push('\n');
    out.push_str(&t!("licences-ofl-follows"));
    out.push_str("\n\n");
    out.push_str(ofl_text());
    out.push('\n');
    out
}

/// The crate lines of the list, without its comments.
fn crate_lines() -> Vec<&'static str> {
    THIRD_PARTY
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .collect()
}

/// Appends each line indented by two spaces.
fn indented<'a>(out: &mut String, lines: impl Iterator<Item = &'a str>) {
    for line in lines {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
}

/// The OFL's own words from the Lato licence file (its DEP-5 paragraph, indentation and the
/// `.` of empty lines undone), without the Debian packaging's paragraph that follows.
fn ofl_text() -> &'static str {
    const FIELD: &str = "License: OFL-1.1\n"; // not user text: a field of the file
    let start = LATO_LICENCE.find(FIELD).map_or(0, |i| i + FIELD.len());
    let rest = &LATO_LICENCE[start..];
    let end = rest.find("\n\nFiles:").unwrap_or(rest.len());
    &rest[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ofl_is_printed_whole_and_alone() {
        let ofl = ofl_text();
        assert!(ofl.contains("PREAMBLE"));
        assert!(ofl.contains("PERMISSION & CONDITIONS"));
        assert!(ofl.trim_end().ends_with("OTHER DEALINGS IN THE FONT SOFTWARE."));
        assert!(!ofl.contains("GNU General Public License"));
    }

    #[test]
    fn every_linked_crate_has_a_licence() {
        let crates = crate_lines();
        assert!(crates.len() > 100, "{} crates listed", crates.len());
        for line in crates {
            let fields: Vec<&str> = line.split_whitespace().collect();
            assert!(fields.len() >= 3, "no licence in {line:?}");
        }
        assert!(THIRD_PARTY.lines().any(|l| l.starts_with("krilla ")));
        assert!(THIRD_PARTY.lines().any(|l| l.starts_with("eframe ")));
    }

    #[test]
    fn the_text_names_the_fonts_and_counts_the_crates() {
        let text = text();
        assert!(text.contains("Lato"));
        assert!(text.contains("Open Sans"));
        assert!(text.contains("Apache"));
        assert!(text.contains("krilla "));
    }
}
