//! Tests of line breaking.
use super::*;

#[test]
fn wraps_at_spaces_and_keeps_every_character() {
    let fonts = Fonts::bundled().unwrap();
    let (t, _) = crate::deck::markup::parse_inline(
        "Une **nouvelle vague** de recherche est actuellement constatée (Amiri et Sevin, 2020, p. 4)",
    );
    let lines = wrap(&fonts, &t, Face::Body, 40.0, 600.0);
    assert!(lines.len() >= 2);
    for l in &lines {
        assert!(l.width <= 600.0 + 0.01);
    }
    let joined: Vec<String> = lines
        .iter()
        .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect())
        .collect();
    assert_eq!(joined.join(" "), t.to_plain());
}

#[test]
fn cuts_words_longer_than_the_line() {
    let fonts = Fonts::bundled().unwrap();
    let url = "https://www.ville.quebec.qc.ca/apropos/espace-presse/actualites/fiche_autres_actualites.aspx?id=25040";
    let lines = wrap(&fonts, &RichText::plain(url), Face::Body, 30.0, 400.0);
    assert!(lines.len() > 2);
    assert!(lines.iter().all(|l| l.width <= 400.01));
    let joined: String = lines
        .iter()
        .flat_map(|l| l.pieces.iter().map(|p| p.text.clone()))
        .collect();
    assert_eq!(joined, url);
}

#[test]
fn soft_hyphens_break_with_a_visible_hyphen_or_vanish() {
    let fonts = Fonts::bundled().unwrap();
    let t = RichText::plain("d'internatio\u{ad}nalisation des villes");
    let one = wrap(&fonts, &t, Face::Body, 40.0, 2000.0);
    assert_eq!(one[0].pieces[0].text, "d'internationalisation des villes");
    let narrow = fonts.width("d'internatio-", FontRole::Regular, 40.0) + 1.0;
    let lines = wrap(&fonts, &t, Face::Body, 40.0, narrow);
    assert_eq!(lines[0].pieces[0].text, "d'internatio-");
    assert_eq!(lines[1].pieces[0].text.trim_end(), "nalisation");
}

#[test]
fn never_breaks_at_non_breaking_spaces() {
    let fonts = Fonts::bundled().unwrap();
    let t = RichText::plain("aaaa\u{a0}bbbb cccc");
    let lines = wrap(
        &fonts,
        &t,
        Face::Body,
        40.0,
        fonts.width("aaaa\u{a0}bbbb ", FontRole::Regular, 40.0),
    );
    assert_eq!(lines[0].pieces[0].text.trim_end(), "aaaa\u{a0}bbbb");
}

fn texts(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect::<String>())
        .collect()
}

#[test]
fn breaks_after_a_hyphen_without_adding_one() {
    let fonts = Fonts::bundled().unwrap();
    let t = RichText::plain("Montréal Saint-Laurent");
    let narrow = fonts.width("Montréal Saint-", FontRole::Regular, 40.0) + 1.0;
    let lines = texts(&wrap(&fonts, &t, Face::Body, 40.0, narrow));
    assert_eq!(lines, vec!["Montréal Saint-".to_string(), "Laurent".to_string()]);
    let wide = texts(&wrap(&fonts, &t, Face::Body, 40.0, 2000.0));
    assert_eq!(wide, vec!["Montréal Saint-Laurent".to_string()]);
}

#[test]
fn never_breaks_before_closing_punctuation_even_after_a_space() {
    let fonts = Fonts::bundled().unwrap();
    let t = RichText::plain("aaaa bbbb !");
    let narrow = fonts.width("aaaa bbbb", FontRole::Regular, 40.0) + 1.0;
    let lines = texts(&wrap(&fonts, &t, Face::Body, 40.0, narrow));
    assert_eq!(lines.last().map(String::as_str), Some("bbbb !"));
}

#[test]
fn a_word_that_may_break_after_its_hyphen_does_not_overflow() {
    let fonts = Fonts::bundled().unwrap();
    let t = RichText::plain("socio-économique");
    let part = fonts.width("économique", FontRole::Regular, 40.0);
    assert!(!word_overflows(&fonts, &t, Face::Body, 40.0, part + 1.0));
    assert!(word_overflows(&fonts, &t, Face::Body, 40.0, part - 1.0));
}

#[test]
fn lines_break_where_shaping_each_line_whole_would_break_them() {
    // Widths are added up while a line grows; the result must still be the greedy breaking by
    // exact (shaped) widths, with every piece's width and place those of its shaped text.
    let fonts = Fonts::bundled().unwrap();
    let talk = include_str!("../../../tests/fixtures/seed-talk.txt");
    let paragraphs: Vec<&str> = talk
        .split("\n\n")
        .map(str::trim)
        .filter(|p| p.len() > 200 && !p.contains(['-', '/', '\u{ad}', '\n', '(', '«', '»', '!', '?', ':', ';']))
        .collect();
    assert!(paragraphs.len() >= 3, "the talk has long plain paragraphs");
    for text in paragraphs {
        for (size, max_width) in [(40.0, 900.0), (33.0, 1200.0), (27.5, 611.0)] {
            let lines = wrap(&fonts, &RichText::plain(text), Face::Body, size, max_width);
            let shown = texts(&lines);
            for (i, line) in lines.iter().enumerate() {
                let exact = fonts.width(&shown[i], FontRole::Regular, size);
                assert!(
                    (line.width - exact).abs() < 1e-3,
                    "{:?}: {} against {exact}",
                    shown[i],
                    line.width
                );
                assert!(line.width <= max_width, "{:?} overflows", shown[i]);
                if let Some(next) = shown.get(i + 1) {
                    let first = next.split(' ').next().unwrap_or_default();
                    // As the breaker decides: the line shaped whole, then a space and the word.
                    let [space, word] = [" ", first].map(|t| fonts.width(t, FontRole::Regular, size));
                    assert!(
                        exact + space + word > max_width,
                        "{first:?} would have fitted after {:?}",
                        shown[i]
                    );
                }
            }
        }
    }
}

/// The text split at every allowed break.
fn parts(text: &str) -> Vec<&str> {
    let allowed = break_opportunities(text);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.char_indices().skip(1) {
        if allowed[i] {
            out.push(&text[start..i]);
            start = i;
        }
    }
    out.push(&text[start..]);
    out
}

#[test]
fn urls_break_after_slashes_and_before_dots_never_at_hyphens_nor_before_their_last_part() {
    let url = "https://ici.radio-canada.ca/espace-presse/fiche.aspx?id=24475";
    let got = parts(url);
    assert_eq!(got.concat(), url);
    assert!(got.iter().all(|p| !p.ends_with('-')), "{got:?}");
    assert_eq!(
        got,
        [
            "https://ici",
            ".radio-canada",
            ".ca/",
            "espace-presse/",
            "fiche",
            ".aspx",
            "?id=24475"
        ],
    );
    let short = parts("voir https://x.org/rdr ici");
    assert!(
        short.contains(&".org/rdr "),
        "the last part stays with the one before: {short:?}"
    );
}

#[test]
fn a_number_range_never_breaks_at_its_dash() {
    assert_eq!(
        parts("p. 127–142 et Saint-Laurent"),
        ["p. ", "127–142 ", "et ", "Saint-", "Laurent"]
    );
}

#[test]
fn a_url_part_wider_than_the_line_is_cut_before_a_percent_not_after_a_hyphen_nor_inside_a_letter() {
    let fonts = Fonts::bundled().unwrap();
    let url = "https://www.facebook.com/p/les-m%C3%A9tropoles-travaillent-main-dans-la-main-pour-r%C3%A9pondre-aux-d%C3%A9fis";
    let lines = wrap(&fonts, &RichText::plain(url), Face::Body, 30.0, 700.0);
    let texts: Vec<String> = lines
        .iter()
        .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect())
        .collect();
    assert_eq!(texts.concat(), url);
    assert!(lines.iter().all(|l| l.width <= 700.01), "{texts:?}");
    for pair in texts.windows(2) {
        assert!(!pair[0].ends_with('-'), "cut after a hyphen: {texts:?}");
        let joint = format!("{}|{}", &pair[0][pair[0].len().saturating_sub(3)..], &pair[1][..3]);
        assert!(!joint.contains("%C3|%"), "cut inside « é »: {texts:?}");
    }
    // With a `%` a third of the way into the line or further, the cut is there.
    let wide = wrap(&fonts, &RichText::plain(url), Face::Body, 30.0, 1000.0);
    let starts: Vec<String> = wide
        .iter()
        .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect())
        .collect();
    assert!(starts.iter().skip(1).any(|t| t.starts_with('%')), "{starts:?}");
}
