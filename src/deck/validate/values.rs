//! Values read from a deck's text: durations (`"20 min"`), slugs for derived ids, the
//! accent-blind folding search and ids use, and whether two language tags are the same.

/// Whether two BCP 47 tags name the same language (`fr-CA` and `fr_ca` do; `fr` and `fr-CA`
/// do not: their typography differs).
pub fn same_lang(a: &str, b: &str) -> bool {
    a.replace('_', "-").eq_ignore_ascii_case(&b.replace('_', "-"))
}

/// Lower-case ASCII slug of a title, for derived slide ids.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in fold(title).split_whitespace() {
        if out.len() + word.len() > 40 && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

/// Lower-case ASCII words: every character transliterated to ASCII (`deunicode`: « Œuvres »
/// gives `oeuvres`, « Ærø » `aero`), anything else between words becomes a space.
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    for c in text
        .chars()
        .flat_map(|c| deunicode::deunicode_char(c).unwrap_or(" ").chars())
    {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// Reads "20 min", "1 h 30", "1h30", "45 s", "90", "20:00" (minutes:seconds) as seconds.
pub fn parse_duration(s: &str) -> Option<u32> {
    let t = s.trim().to_lowercase().replace(' ', "");
    if let Some((m, sec)) = t.split_once(':') {
        return Some(m.parse::<u32>().ok()? * 60 + sec.parse::<u32>().ok()?);
    }
    if let Some((h, rest)) = t.split_once('h') {
        let rest = rest.trim_end_matches("min");
        let m = if rest.is_empty() { 0 } else { rest.parse::<u32>().ok()? };
        return Some(h.parse::<u32>().ok()? * 3600 + m * 60);
    }
    if let Some(m) = t.strip_suffix("min").or_else(|| t.strip_suffix("mn")) {
        return Some((m.parse::<f32>().ok()? * 60.0) as u32);
    }
    if let Some(sec) = t.strip_suffix('s') {
        return sec.parse().ok();
    }
    t.parse::<u32>().ok().map(|m| m * 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("20 min"), Some(1200));
        assert_eq!(parse_duration("1 h 30"), Some(5400));
        assert_eq!(parse_duration("45 s"), Some(45));
        assert_eq!(parse_duration("20:00"), Some(1200));
        assert_eq!(parse_duration("soon"), None);
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Expansion académique et pratique"),
            "expansion-academique-et-pratique"
        );
        assert_eq!(slug("Le Québec"), "le-quebec");
        assert_eq!(slug("Œuvres complètes"), "oeuvres-completes");
        assert_eq!(slug("« Naïve » façade, l’été"), "naive-facade-l-ete");
        assert_eq!(fold("ÉTAT DES CONNAISSANCES"), "etat des connaissances");
    }
}
