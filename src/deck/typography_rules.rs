//! The French rules that work on words rather than punctuation spacing: the typographic
//! apostrophe, ordinals as superscripts, and no line break between an abbreviation or a number
//! and what belongs to it. Each can be turned off in the deck (`typography: (…)`).
//!
//! They run on the characters of a rich text with a "frozen" flag per character (links and
//! URLs are never touched).

/// Non-breaking space.
pub const NBSP: char = '\u{a0}';
/// Narrow non-breaking space.
pub const NNBSP: char = '\u{202f}';

/// Which word rules apply (all by default, for French decks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrenchRules {
    /// `'` between two letters becomes `’` (l’action, aujourd’hui).
    pub apostrophes: bool,
    /// 11e → 11ᵉ, XXe → XXᵉ, 1er → 1ᵉʳ, 1re → 1ʳᵉ, 2d(e) → 2ᵈ(ᵉ), after digits or Roman numerals only.
    pub ordinals: bool,
    /// No line break after « n° », « no », « p. », « pp. », « vol. », « t. » before a number,
    /// nor between a number and « % » or a unit.
    pub no_break: bool,
    /// `n°` → `nᵒ` (a superior o, not the degree sign) before a number.
    pub numero: bool,
    /// A hyphen between spaces used as a dash becomes an en dash, kept on the line before.
    pub dashes: bool,
    /// A range of two numbers takes an en dash: `22-42` → `22–42` (not dates like 2024-03-21).
    pub ranges: bool,
    /// A narrow no-break space before `;`, `?` and `!`, as in France. Québec usage (OQLF) puts
    /// none: false by default when the deck's `lang` is `fr-CA`.
    pub space_before_marks: bool,
}

impl Default for FrenchRules {
    fn default() -> Self {
        FrenchRules {
            apostrophes: true,
            ordinals: true,
            no_break: true,
            numero: true,
            dashes: true,
            ranges: true,
            space_before_marks: true,
        }
    }
}

/// Abbreviations that must stay with the number after them.
const BEFORE_NUMBER: &[&str] = &["n°", "no", "nᵒ", "N°", "p.", "pp.", "vol.", "t.", "chap."];
/// What must stay with the number before it.
const AFTER_NUMBER: &[&str] = &[
    "%", "‰", "$", "€", "£", "km", "m", "cm", "mm", "kg", "g", "h", "min", "s", "ha", "km²", "m²", "M$", "G$", "p.",
];

/// Ordinal endings and their superscript forms.
const ORDINALS: &[(&str, &str)] = &[
    ("e", "ᵉ"),
    ("es", "ᵉˢ"),
    ("er", "ᵉʳ"),
    ("re", "ʳᵉ"),
    ("d", "ᵈ"),
    ("de", "ᵈᵉ"),
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Applies the word rules to `chars` (character, frozen). Every rule replaces characters one
/// for one, so the result has the same length (the caller keeps its spans).
pub fn apply(chars: Vec<(char, bool)>, rules: FrenchRules) -> Vec<(char, bool)> {
    let mut chars = chars;
    apply_in_place(&mut chars, rules);
    chars
}

/// [`apply`] on the caller's characters, in place.
pub fn apply_in_place(chars: &mut [(char, bool)], rules: FrenchRules) {
    // Each rule acts only where its sign is: a text without it is not walked for that rule (no
    // rule writes a sign another looks for).
    let (mut apostrophe, mut digit, mut roman, mut degree, mut hyphen) = (false, false, false, false, false);
    for &(c, _) in chars.iter() {
        match c {
            '\'' => apostrophe = true,
            '0'..='9' => digit = true,
            c if is_roman(c) => roman = true,
            '°' => degree = true,
            '-' => hyphen = true,
            _ => {}
        }
    }
    if rules.apostrophes && apostrophe {
        for i in 1..chars.len().saturating_sub(1) {
            let (c, frozen) = chars[i];
            if c == '\'' && !frozen && chars[i - 1].0.is_alphabetic() && chars[i + 1].0.is_alphabetic() {
                chars[i].0 = '’';
            }
        }
    }
    if rules.ordinals && (digit || roman) {
        ordinals(chars);
    }
    if rules.numero && degree {
        numero(chars);
    }
    if rules.dashes && hyphen {
        dashes(chars);
    }
    if rules.ranges && hyphen && digit {
        ranges(chars);
    }
    if rules.no_break && digit {
        no_break(chars);
    }
}

/// Whether the characters at `i` may change.
fn free(chars: &[(char, bool)], i: usize) -> bool {
    chars.get(i).is_some_and(|&(_, frozen)| !frozen)
}

/// `n°`/`N°` before a number (after a space or directly) → `nᵒ`/`Nᵒ`.
fn numero(chars: &mut [(char, bool)]) {
    for i in 1..chars.len() {
        let starts_word = i < 2 || !chars[i - 2].0.is_alphanumeric();
        if chars[i].0 != '°' || !matches!(chars[i - 1].0, 'n' | 'N') || !starts_word || !free(chars, i) {
            continue;
        }
        let mut k = i + 1;
        while chars.get(k).is_some_and(|&(c, _)| matches!(c, ' ' | NBSP)) {
            k += 1;
        }
        if chars.get(k).is_some_and(|&(c, _)| c.is_ascii_digit()) {
            chars[i].0 = 'ᵒ';
        }
    }
}

/// ` - ` between words → ` – `, the space before it no-break (a dash never starts a line).
fn dashes(chars: &mut [(char, bool)]) {
    for i in 1..chars.len().saturating_sub(1) {
        let spaced = matches!(chars[i - 1].0, ' ' | NBSP) && chars[i + 1].0 == ' ';
        if chars[i].0 == '-' && spaced && free(chars, i) && free(chars, i - 1) && i >= 2 {
            chars[i].0 = '–';
            chars[i - 1].0 = NBSP;
        }
    }
}

/// `22-42` → `22–42`: two numbers joined by one hyphen, not part of a longer chain (a date, a
/// telephone number, an ISBN) nor of a word (`COVID-19`).
fn ranges(chars: &mut [(char, bool)]) {
    let digit = |chars: &[(char, bool)], k: usize| chars.get(k).is_some_and(|&(c, _)| c.is_ascii_digit());
    for i in 1..chars.len().saturating_sub(1) {
        if chars[i].0 != '-' || !free(chars, i) || !digit(chars, i - 1) || !digit(chars, i + 1) {
            continue;
        }
        let start = chars[..i]
            .iter()
            .rposition(|&(c, _)| !c.is_ascii_digit())
            .map_or(0, |p| p + 1);
        let end = chars[i + 1..]
            .iter()
            .position(|&(c, _)| !c.is_ascii_digit())
            .map_or(chars.len(), |p| i + 1 + p);
        // What joins a number to more of the same token: a letter, a digit, a hyphen, a slash,
        // or a decimal point or comma with a digit on its other side (`v1.2-3`, `22-42,5`).
        let joined = |k: usize, other_side: Option<usize>| {
            chars.get(k).is_some_and(|&(c, _)| {
                c.is_alphanumeric()
                    || matches!(c, '-' | '–' | '/')
                    || (matches!(c, '.' | ',') && other_side.is_some_and(|o| digit(chars, o)))
            })
        };
        let before = start.checked_sub(1).is_some_and(|k| joined(k, k.checked_sub(1)));
        if !before && !joined(end, Some(end + 1)) {
            chars[i].0 = '–';
        }
    }
}

/// Whether the characters of `s` are a number written with digits or Roman numerals. A single
/// Roman letter counts only for I, V and X: « De », « Ce », « Le », « Me » are words.
fn is_number_chars(s: &[(char, bool)]) -> bool {
    if !s.is_empty() && s.iter().all(|&(c, _)| c.is_ascii_digit()) {
        return true;
    }
    let roman = !s.is_empty() && s.iter().all(|&(c, _)| is_roman(c));
    roman && (s.len() > 1 || matches!(s[0].0, 'I' | 'V' | 'X'))
}

/// Each word (maximal run of letters and digits) that is a number and an ordinal ending gets the
/// ending as superscripts (same number of characters).
fn ordinals(chars: &mut [(char, bool)]) {
    let mut i = 0;
    while i < chars.len() {
        // Only a number (digits or a roman numeral) can start an ordinal: a word is looked at
        // only when it starts with one (most of a deck's words are passed over char by char).
        let first = chars[i].0;
        let starts_number = first.is_ascii_digit() || is_roman(first);
        if !starts_number || (i > 0 && is_word_char(chars[i - 1].0)) {
            i += 1;
            continue;
        }
        let s = i;
        while i < chars.len() && is_word_char(chars[i].0) {
            i += 1;
        }
        let e = i;
        if chars[s..e].iter().any(|&(_, f)| f) {
            continue;
        }
        let word = &chars[s..e];
        let found = ORDINALS.iter().find(|(end, _)| {
            let n = end.chars().count();
            word.len() > n
                && word[word.len() - n..].iter().map(|&(c, _)| c).eq(end.chars())
                && is_number_chars(&word[..word.len() - n])
        });
        if let Some((end, sup)) = found {
            let from = e - end.chars().count();
            for (k, c) in sup.chars().enumerate() {
                chars[from + k] = (c, false);
            }
        }
    }
}

fn is_roman(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M')
}

fn no_break(chars: &mut [(char, bool)]) {
    let text = |s: usize, e: usize, chars: &[(char, bool)]| chars[s..e].iter().map(|&(c, _)| c).collect::<String>();
    for i in 1..chars.len().saturating_sub(1) {
        // Both rules need a digit beside the space: other spaces are passed over at once.
        if chars[i] != (' ', false) || !(chars[i - 1].0.is_ascii_digit() || chars[i + 1].0.is_ascii_digit()) {
            continue;
        }
        // The token before the space (back to the previous space) and the one after it.
        let before_start = chars[..i]
            .iter()
            .rposition(|&(c, _)| c.is_whitespace())
            .map_or(0, |p| p + 1);
        let after_end = chars[i + 1..]
            .iter()
            .position(|&(c, _)| c.is_whitespace())
            .map_or(chars.len(), |p| i + 1 + p);
        let before = text(before_start, i, chars);
        let after = text(i + 1, after_end, chars);
        let before = before.trim_start_matches(['(', '[', '«', '\u{a0}']);
        let after_trimmed = after.trim_end_matches([',', ';', '.', ')', ']', ':', '»', '?', '!', '\u{202f}', '\u{a0}']);
        let number_after = chars[i + 1].0.is_ascii_digit();
        let number_before = chars[i - 1].0.is_ascii_digit();
        let abbreviation = BEFORE_NUMBER.contains(&before) && number_after;
        let with_dot = after.trim_end_matches([',', ';', ')', ']', '»']);
        let unit = number_before && (AFTER_NUMBER.contains(&after_trimmed) || AFTER_NUMBER.contains(&with_dot));
        if abbreviation || unit {
            chars[i].0 = NBSP;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> String {
        apply(s.chars().map(|c| (c, false)).collect(), FrenchRules::default())
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    }

    #[test]
    fn apostrophes_between_letters_only() {
        assert_eq!(
            run("l'action d'organisations aujourd'hui"),
            "l’action d’organisations aujourd’hui"
        );
        assert_eq!(run("'citation' et 5'"), "'citation' et 5'");
    }

    #[test]
    fn ordinals_after_digits_and_roman_numerals_only() {
        assert_eq!(
            run("11e CÉAP, XXe siècle, 1er, 1re, 2d, 2de, XIXes"),
            "11ᵉ CÉAP, XXᵉ siècle, 1ᵉʳ, 1ʳᵉ, 2ᵈ, 2ᵈᵉ, XIXᵉˢ"
        );
        assert_eq!(run("De Ce Le Me Ve"), "De Ce Le Me Vᵉ");
        assert_eq!(run("le 1e5 et abc11e"), "le 1e5 et abc11e", "never inside words");
    }

    #[test]
    fn no_break_after_abbreviations_and_before_units() {
        assert_eq!(run("(2020, p. 4)"), "(2020, p.\u{a0}4)");
        assert_eq!(run("vol. 9, n° 17, pp. 5-17"), "vol.\u{a0}9, nᵒ\u{a0}17, pp.\u{a0}5–17");
        assert_eq!(run("50 % des villes, 3 km."), "50\u{a0}% des villes, 3\u{a0}km.");
        assert_eq!(run("Palgrave, 362 p."), "Palgrave, 362\u{a0}p.");
        assert_eq!(run("p. ex. la ville"), "p. ex. la ville", "only before a number");
        assert_eq!(run("2 millions"), "2 millions");
    }

    #[test]
    fn numero_dashes_and_ranges() {
        assert_eq!(run("vol. 48, n° 1, 22-42."), "vol.\u{a0}48, nᵒ\u{a0}1, 22–42.");
        assert_eq!(run("N°5 et 20 °C"), "Nᵒ5 et 20 °C", "only n° before a number");
        assert_eq!(run("Shanghai - A Case"), "Shanghai\u{a0}– A Case");
        assert_eq!(run("Bordeaux-Québec (1962-2012)"), "Bordeaux-Québec (1962–2012)");
        assert_eq!(
            run("le 2024-03-21, 514-555-1234, COVID-19, v1.2-3"),
            "le 2024-03-21, 514-555-1234, COVID-19, v1.2-3"
        );
        assert_eq!(run("- puce"), "- puce", "a hyphen at the start is not a dash");
    }

    #[test]
    fn frozen_characters_are_left_alone() {
        let chars: Vec<(char, bool)> = "l'url 11e".chars().map(|c| (c, true)).collect();
        let out: String = apply(chars, FrenchRules::default())
            .into_iter()
            .map(|(c, _)| c)
            .collect();
        assert_eq!(out, "l'url 11e");
    }
}
