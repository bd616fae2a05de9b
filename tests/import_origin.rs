#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Imported slides stay linked to their origin: `import` records where each came from, `check`
//! says when the original changed, `import --update` shows the change and takes it (keeping a
//! slide edited here unless `--force`), and a slide imported from a deck in another language
//! keeps its language, its typography, and says so in the PDF and the web page.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "support/cli.rs"]
mod cli;
use cli::{estrade, estrade_command};

const CEAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/slides/ceap-2024.ron");

/// A copy of the CÉAP talk (`ceap/talk.ron`, with its assets) and an empty English talk
/// (`talk/talk.ron`) beside it, in a temporary folder.
fn two_projects(tag: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("estrade-origin-{tag}"))
        .tempdir()
        .unwrap();
    let ceap = tmp.path().join("ceap");
    let talk = tmp.path().join("talk");
    for args in [
        vec!["new", ceap.to_str().unwrap(), "--from", CEAP],
        vec!["new", talk.to_str().unwrap(), "--empty"],
    ] {
        let out = estrade(&args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let deck = talk.join("talk.ron");
    let text = std::fs::read_to_string(&deck).unwrap();
    assert!(text.contains("lang: \"fr-CA\""));
    std::fs::write(&deck, text.replacen("lang: \"fr-CA\"", "lang: \"en\"", 1)).unwrap();
    (tmp, ceap.join("talk.ron"), deck)
}

fn run_in(dir: &Path, args: &[&str]) -> Output {
    estrade_command().current_dir(dir).args(args).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn check(deck: &Path) -> String {
    stderr(&estrade(&["check", deck.to_str().unwrap()]))
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn import(talk: &Path, ids: &str) {
    let out = run_in(talk.parent().unwrap(), &["import", "../ceap/talk.ron", "--slides", ids]);
    assert!(out.status.success(), "{}", stderr(&out));
}

const NOTES: &str = "Trois causes à la croissance";
const NOTES_NOW: &str = "Les trois causes de la croissance";

#[test]
fn check_says_when_the_original_changed_and_update_takes_the_change() {
    let (_tmp, ceap, talk) = two_projects("update");
    import(&talk, "causes");
    let text = std::fs::read_to_string(&talk).unwrap();
    assert!(
        text.contains(r#"origin: (deck: "../ceap/talk.ron", slide: "causes", hash: ""#),
        "{text}"
    );
    assert!(check(&talk).contains("0 errors, 0 warnings"), "{}", check(&talk));

    edit(&ceap, NOTES, NOTES_NOW);
    let report = check(&talk);
    assert!(
        report.contains("warning: `causes` changed in ../ceap/talk.ron since it was imported"),
        "{report}"
    );
    assert!(report.contains("`estrade import --update causes`"), "{report}");

    // A dry run shows the change and writes nothing.
    let before = std::fs::read_to_string(&talk).unwrap();
    let out = run_in(talk.parent().unwrap(), &["import", "--update", "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(diff.contains(&format!("-            notes: \"{NOTES}")), "{diff}");
    assert!(diff.contains(&format!("+            notes: \"{NOTES_NOW}")), "{diff}");
    assert_eq!(std::fs::read_to_string(&talk).unwrap(), before);

    let out = run_in(talk.parent().unwrap(), &["import", "--update", "causes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("`causes`: taken again from ../ceap/talk.ron"),
        "{}",
        stderr(&out)
    );
    let after = std::fs::read_to_string(&talk).unwrap();
    assert!(after.contains(NOTES_NOW) && !after.contains(NOTES), "{after}");
    assert_eq!(after.matches("origin:").count(), 1, "one origin, renewed: {after}");
    assert!(check(&talk).contains("0 errors, 0 warnings"), "{}", check(&talk));
    // A second update has nothing to do.
    let out = run_in(talk.parent().unwrap(), &["import", "--update"]);
    assert!(
        stderr(&out).contains("`causes`: the same as in ../ceap/talk.ron"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&talk).unwrap(), after);
}

#[test]
fn re_indenting_an_imported_slide_is_not_an_edit_but_changing_a_word_is() {
    let (_tmp, ceap, talk) = two_projects("edited");
    import(&talk, "causes");
    // Spaces and a comment: not an edit.
    edit(
        &talk,
        "            steps: true,",
        "      steps: true, // revealed one by one",
    );
    edit(&ceap, NOTES, NOTES_NOW);
    let out = run_in(talk.parent().unwrap(), &["import", "--update"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&talk).unwrap().contains(NOTES_NOW));

    // A word changed here, and the original changed again: kept, and the exit code says so.
    edit(&talk, "Décentralisation\"", "Décentralisation des pouvoirs\"");
    edit(&ceap, NOTES_NOW, "Trois causes expliquent la croissance");
    let before = std::fs::read_to_string(&talk).unwrap();
    let out = run_in(talk.parent().unwrap(), &["import", "--update"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("edited here too since it was imported: kept; `--force`"),
        "{}",
        stderr(&out)
    );
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("-                    heading: \"Décentralisation des pouvoirs\""),
        "{diff}"
    );
    assert_eq!(std::fs::read_to_string(&talk).unwrap(), before, "nothing written");

    let out = run_in(talk.parent().unwrap(), &["import", "--update", "causes", "--force"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = std::fs::read_to_string(&talk).unwrap();
    assert!(
        after.contains("Trois causes expliquent") && !after.contains("des pouvoirs"),
        "{after}"
    );
}

#[test]
fn a_picture_redrawn_in_the_original_comes_beside_the_old_one() {
    let (_tmp, ceap, talk) = two_projects("picture");
    import(&talk, "causes");
    let picture = ceap.parent().unwrap().join("assets/images/cause-globalisation.png");
    let mut bytes = std::fs::read(&picture).unwrap();
    // Bytes after the PNG's end: the same picture to a decoder, another file to a fingerprint.
    bytes.extend_from_slice(b"redrawn");
    std::fs::write(&picture, &bytes).unwrap();
    assert!(check(&talk).contains("`causes` changed"), "{}", check(&talk));
    let out = run_in(talk.parent().unwrap(), &["import", "--update"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("new files: assets/images/cause-globalisation-2.png"),
        "{}",
        stderr(&out)
    );
    let images = talk.parent().unwrap().join("assets/images");
    assert_eq!(std::fs::read(images.join("cause-globalisation-2.png")).unwrap(), bytes);
    assert!(images.join("cause-globalisation.png").exists(), "the old file is kept");
    let text = std::fs::read_to_string(&talk).unwrap();
    assert!(text.contains("images/cause-globalisation-2.png"), "{text}");
}

#[test]
fn update_refuses_a_slide_that_was_not_imported_and_says_when_the_origin_is_gone() {
    let (_tmp, ceap, talk) = two_projects("gone");
    let out = run_in(talk.parent().unwrap(), &["import", "--update", "merci"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("slide `merci` was not imported"),
        "{}",
        stderr(&out)
    );
    let out = run_in(talk.parent().unwrap(), &["import", "--update"]);
    assert!(stderr(&out).contains("has no imported slides"), "{}", stderr(&out));

    import(&talk, "causes");
    edit(&ceap, "id: \"causes\"", "id: \"les-causes\"");
    let report = check(&talk);
    assert!(report.contains("which no longer has slide `causes`"), "{report}");
    std::fs::remove_file(&ceap).unwrap();
    let report = check(&talk);
    assert!(
        report.contains("was imported from ../ceap/talk.ron, which cannot be read"),
        "{report}"
    );
    let out = run_in(talk.parent().unwrap(), &["import", "--update"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("its origin ../ceap/talk.ron cannot be read"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_french_slide_in_an_english_deck_keeps_its_language_typography_and_tags() {
    let (tmp, _ceap, talk) = two_projects("lang");
    import(&talk, "citation-marquis-bissonnette");
    let text = std::fs::read_to_string(&talk).unwrap();
    assert!(
        text.contains(r#"id: "citation-marquis-bissonnette", lang: "fr-CA","#),
        "{text}"
    );
    let loaded = estrade::deck::load_path(&talk).unwrap();
    let deck = loaded.deck.unwrap();
    let slide = &deck.slides[deck.find("citation-marquis-bissonnette").unwrap()];
    assert_eq!(slide.lang.as_deref(), Some("fr-CA"));
    assert_eq!(deck.lang_of(slide), "fr-CA");
    let estrade::model::Body::Quote { role: Some(role), .. } = &slide.body else {
        panic!("a quotation with a role");
    };
    assert!(
        role.to_plain().contains("d’administration"),
        "French apostrophe: {}",
        role.to_plain()
    );
    let closing = &deck.slides[deck.find("merci").unwrap()];
    assert_eq!(deck.lang_of(closing), "en");

    // The web page: that slide's section says it is French; the page is English.
    let html = tmp.path().join("talk.html");
    let out = estrade(&["export", talk.to_str().unwrap(), "--html", html.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains(r#"data-id="citation-marquis-bissonnette" lang="fr-CA""#));
    assert_eq!(page.matches(" lang=\"fr-CA\"").count(), 1);

    // The PDF: the slide's content in a section with /Lang (fr-CA) under an English document.
    let pdf = tmp.path().join("talk.pdf");
    let out = estrade(&["export", talk.to_str().unwrap(), "--pdf", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let qdf = tmp.path().join("qdf.pdf");
    let status = Command::new("qpdf")
        .args([
            "--qdf",
            "--object-streams=disable",
            pdf.to_str().unwrap(),
            qdf.to_str().unwrap(),
        ])
        .status()
        .expect("qpdf is needed by this test (apt-get install qpdf)");
    assert!(status.success());
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    assert!(raw.contains("/Lang (en)"), "the document's language");
    assert!(raw.contains("/Lang (fr-CA)"), "the French slide's section");
    assert!(raw.contains("/S /Sect"), "a section element");
}

#[test]
fn a_slide_s_own_lang_is_checked_and_an_include_s_is_not_used() {
    let dir = tempfile::Builder::new()
        .prefix("estrade-origin-langs")
        .tempdir()
        .unwrap();
    let deck = dir.path().join("a.ron");
    std::fs::write(
        &deck,
        r#"Deck(title: "A", lang: "en", slides: [
    Text(id: "one", body: "It's one."),
    Text(id: "deux", lang: "fr-CA", body: "C'est deux : oui !"),
    Text(id: "three", lang: "not a tag", body: "Three."),
])"#,
    )
    .unwrap();
    let report = check(&deck);
    assert!(
        report.contains("a.ron:4:29: error: `lang` is not a language tag: \"not a tag\""),
        "{report}"
    );
    std::fs::write(
        &deck,
        r#"Deck(title: "A", lang: "en", slides: [
    Text(id: "one", body: "It's one."),
    Text(id: "deux", lang: "fr-CA", body: "C'est deux : oui !"),
    Include(from: "b.ron", lang: "de"),
])"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.ron"),
        r#"Deck(title: "B", lang: "fr", slides: [Text(id: "b", body: "L'autre ; bon")])"#,
    )
    .unwrap();
    let report = check(&deck);
    assert!(
        report.contains("a.ron:4:34: warning: `lang` on an `Include` is not used"),
        "{report}"
    );
    let deck = estrade::deck::load_path(&deck).unwrap().deck.unwrap();
    let text = |i: usize| deck.slides[i].texts().join(" ");
    assert_eq!(text(0), "It's one.", "English: no French rules");
    assert_eq!(text(1), "C’est deux\u{a0}: oui!", "fr-CA: no space before !");
    assert_eq!(deck.slides[1].lang.as_deref(), Some("fr-CA"));
    // Included from a French (France) deck: its typography (a narrow space before ;) and its
    // language travel with it.
    assert_eq!(text(2), "L’autre\u{202f}; bon");
    assert_eq!(deck.slides[2].lang.as_deref(), Some("fr"));
}

#[test]
fn without_a_display_the_picker_says_to_name_the_slides() {
    let (_tmp, _ceap, talk) = two_projects("headless");
    let before = std::fs::read_to_string(&talk).unwrap();
    let out = estrade_command()
        .current_dir(talk.parent().unwrap())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .args(["import", "../ceap/talk.ron"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("cannot open the slide picker ("), "{err}");
    assert!(
        err.contains("name the slides with --slides (`estrade ids ../ceap/talk.ron` lists them)"),
        "{err}"
    );
    assert!(!err.contains(".rs:"), "no source path: {err}");
    assert_eq!(std::fs::read_to_string(&talk).unwrap(), before);
}
