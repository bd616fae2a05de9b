use super::*;
use crate::deck::locate::Step;

const OTHER: &str = r#"Deck(
    title: "Autre",
    slides: [
        Title(title: "Bonjour"),
        Image(id: "vue", title: "Vue",
              image: (src: "images/vue.png", alt: "Une vue")),
    ],
)"#;

fn taken(id: &str, value_start: &str) -> TakenSlide {
    let start = OTHER.find(value_start).expect("the slide is in the text");
    let end = start + OTHER[start..].find("),\n").expect("the slide ends") + 1;
    let id_span = OTHER[start..end].find("\"vue\"").map(|i| start + i..start + i + 5);
    TakenSlide {
        id: id.into(),
        span: start..end,
        id_span,
        renamed_assets: Vec::new(),
        lang: None,
        origin_span: None,
    }
}

#[test]
fn a_language_is_written_after_the_id_when_the_decks_differ() {
    let mut s = taken("bonjour", "Title(");
    s.lang = Some("fr-CA".into());
    assert_eq!(
        slide_text(OTHER, &s, "bonjour", "        ", "    "),
        r#"Title(id: "bonjour", lang: "fr-CA", title: "Bonjour")"#
    );
    let mut s = taken("vue", "Image(");
    s.lang = Some("fr-CA".into());
    assert!(
        slide_text(OTHER, &s, "vue", "        ", "    ")
            .starts_with(r#"Image(id: "vue", lang: "fr-CA", title: "Vue","#)
    );
}

#[test]
fn the_slide_s_own_origin_is_left_behind() {
    let other = r#"Deck(title: "A", slides: [
        Text(id: "t", origin: (deck: "b.ron", slide: "u", hash: "1", local: "2"), body: "x"),
    ])"#;
    let loc = crate::deck::locate::Locator::new("a.ron".into(), other.to_string());
    let node = loc.node(&[Step::Field("slides"), Step::Elem(0)]).unwrap();
    let id = loc
        .node(&[Step::Field("slides"), Step::Elem(0), Step::Field("id")])
        .unwrap();
    let s = TakenSlide {
        id: "t".into(),
        span: node.start..node.end,
        id_span: Some(id.start..id.end),
        renamed_assets: Vec::new(),
        lang: None,
        origin_span: super::super::fields::origin_field(&loc, 0),
    };
    assert_eq!(
        slide_text(other, &s, "t-2", "        ", "    "),
        r#"Text(id: "t-2", body: "x")"#
    );
}

#[test]
fn an_id_is_written_when_the_slide_had_none() {
    let s = taken("bonjour", "Title(");
    assert_eq!(
        slide_text(OTHER, &s, "bonjour", "        ", "    "),
        r#"Title(id: "bonjour", title: "Bonjour")"#
    );
}

#[test]
fn a_taken_id_gets_a_suffix_and_renamed_assets_are_rewritten_and_lines_reindented() {
    let mut s = taken("vue", "Image(");
    s.renamed_assets
        .push(("images/vue.png".into(), "images/vue-2.png".into()));
    let id = free_id("vue", &["vue".into(), "vue-2".into()]);
    assert_eq!(id, "vue-3");
    assert_eq!(
        slide_text(OTHER, &s, &id, "        ", "    "),
        "Image(id: \"vue-3\", title: \"Vue\",\n          image: (src: \"images/vue-2.png\", alt: \"Une vue\"))"
    );
}

#[test]
fn slides_go_after_the_last_slide_or_after_the_one_named() {
    let this =
        "Deck(\n    slides: [\n        Title(title: \"A\"),\n        Text(title: \"B\", body: \"b\") // fin\n    ],\n)";
    let loc = Locator::new("this.ron".into(), this.into());
    let at = insertion_point(&loc, None).expect("a slide list");
    assert!(at.comma_at.is_some(), "the last slide has no comma");
    let out = insert(this, at, &["Text(id: \"x\", body: \"x\")".into()], "        ");
    assert_eq!(
        out,
        "Deck(\n    slides: [\n        Title(title: \"A\"),\n        Text(title: \"B\", body: \"b\"), // fin\n\n        Text(id: \"x\", body: \"x\"),\n    ],\n)"
    );
    let at = insertion_point(&loc, Some(0)).expect("a slide list");
    let out = insert(this, at, &["Text(id: \"x\", body: \"x\")".into()], "        ");
    assert!(
        out.contains("Title(title: \"A\"),\n\n        Text(id: \"x\", body: \"x\"),\n        Text(title: \"B\""),
        "{out}"
    );
}

#[test]
fn a_comment_after_the_comma_stays_with_its_slide() {
    let this = "Deck(slides: [\n    Title(title: \"A\"), // the opening\n    Text(body: \"b\"),\n])";
    let loc = Locator::new("this.ron".into(), this.into());
    let at = insertion_point(&loc, Some(0)).expect("a slide list");
    let out = insert(this, at, &["Text(id: \"x\", body: \"x\")".into()], "    ");
    assert!(
        out.contains("Title(title: \"A\"), // the opening\n\n    Text(id: \"x\", body: \"x\"),\n    Text(body"),
        "{out}"
    );
}

#[test]
fn an_empty_list_receives_the_slides() {
    let this = "Deck(slides: [])";
    let loc = Locator::new("this.ron".into(), this.into());
    let at = insertion_point(&loc, None).expect("a slide list");
    let out = insert(this, at, &["Title(title: \"A\")".into()], "    ");
    assert_eq!(out, "Deck(slides: [\n\n    Title(title: \"A\"),\n])");
}
