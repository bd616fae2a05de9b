use super::*;

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
    }
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
