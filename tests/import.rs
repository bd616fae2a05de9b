#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade import` into a fresh `estrade new` project: only the files the slides use are
//! copied, the result passes `check`, ids and file names never collide; and `Include` of a
//! deck whose other slides are broken reports only the included slides' problems, once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[path = "support/cli.rs"]
mod cli;
use cli::{estrade, estrade_command};

const CEAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/slides/ceap-2024.ron");

/// A fresh `estrade new` project in a temporary folder, and the files it starts with.
fn fresh_project(tag: &str) -> (tempfile::TempDir, PathBuf, BTreeSet<String>) {
    let tmp = tempfile::Builder::new()
        .prefix(&format!("estrade-import-{tag}"))
        .tempdir()
        .unwrap();
    let project = tmp.path().join("demo");
    let out = estrade(&["new", project.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let files = files_under(&project.join("assets"));
    (tmp, project, files)
}

fn files_under(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().map(Result::unwrap) {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                out.insert(e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out
}

fn import_in(project: &Path, args: &[&str]) -> std::process::Output {
    estrade_command()
        .current_dir(project)
        .arg("import")
        .args(args)
        .output()
        .unwrap()
}

fn check(deck: &Path) -> (Option<i32>, String) {
    let out = estrade(&["check", deck.to_str().unwrap()]);
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_range_and_an_id_come_with_exactly_their_images() {
    let (_tmp, project, before) = fresh_project("range");
    let out = import_in(
        &project,
        &[CEAP, "--slides", "expansion..causes, gouvernance-multiniveau"],
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("imported 3 slides into talk.ron"), "{said}");
    let added: BTreeSet<String> = files_under(&project.join("assets"))
        .difference(&before)
        .cloned()
        .collect();
    let expected: BTreeSet<String> = [
        "images/cause-globalisation.png",
        "images/cause-revolution-informationnelle.png",
        "images/cause-decentralisation.png",
    ]
    .map(String::from)
    .into();
    assert_eq!(added, expected, "only the images of `causes` are copied");
    let (code, text) = check(&project.join("talk.ron"));
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("0 errors, 0 warnings"), "{text}");
    let deck = std::fs::read_to_string(project.join("talk.ron")).unwrap();
    assert!(deck.contains("// imported from"), "a comment names the source");
    assert!(deck.contains("(slide `causes`)"));
    assert!(deck.contains("id: \"gouvernance-multiniveau\""));
    // The talk's words arrive intact.
    assert!(deck.contains("Remise en question du schéma hiérarchique traditionnel (Philippart, 1998, p. 633)"));
}

#[test]
fn a_list_brings_its_csv_and_a_second_import_gets_new_ids_and_reuses_same_files() {
    let (_tmp, project, before) = fresh_project("list");
    let out = import_in(
        &project,
        &[CEAP, "--slides", "organisations-internationales", "--after", "titre"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let added: BTreeSet<String> = files_under(&project.join("assets"))
        .difference(&before)
        .cloned()
        .collect();
    assert_eq!(added, ["data/organisations-montreal.csv".to_string()].into());
    let ids = estrade(&["ids", project.join("talk.ron").to_str().unwrap()]);
    let ids = String::from_utf8_lossy(&ids.stdout);
    let order: Vec<&str> = ids.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(&order[..2], ["titre", "organisations-internationales"], "after `titre`");

    // Again: the id is taken, the CSV is the same file.
    let again = import_in(&project, &[CEAP, "--slides", "organisations-internationales"]);
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "{said}");
    assert!(
        said.contains("organisations-internationales → organisations-internationales-2"),
        "{said}"
    );
    assert!(said.contains("already there"), "{said}");
    // A different file under the same name is not overwritten: the copy is renamed.
    let csv = project.join("assets/data/organisations-montreal.csv");
    std::fs::write(&csv, "Nom\nautre\n").unwrap();
    let third = import_in(&project, &[CEAP, "--slides", "organisations-internationales"]);
    assert!(third.status.success(), "{}", String::from_utf8_lossy(&third.stderr));
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), "Nom\nautre\n");
    let deck = std::fs::read_to_string(project.join("talk.ron")).unwrap();
    assert!(deck.contains("csv: \"data/organisations-montreal-2.csv\""), "{deck}");
    let (code, text) = check(&project.join("talk.ron"));
    assert_eq!(code, Some(0), "{text}");
}

#[test]
fn unknown_ids_fail_before_anything_is_written() {
    let (_tmp, project, before) = fresh_project("unknown");
    let deck_before = std::fs::read(project.join("talk.ron")).unwrap();
    let out = import_in(&project, &[CEAP, "--slides", "cuases"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("no slide with id `cuases`") && said.contains("did you mean `causes`?"),
        "{said}"
    );
    assert_eq!(std::fs::read(project.join("talk.ron")).unwrap(), deck_before);
    assert_eq!(files_under(&project.join("assets")), before);
}

#[test]
fn include_reports_only_the_included_slides_problems_once_with_where_they_were_included() {
    // The colleague's try: the CÉAP deck copied in, without its images, included twice.
    let (_tmp, project, _) = fresh_project("include");
    std::fs::copy(CEAP, project.join("ceap-2024.ron")).unwrap();
    let talk = project.join("talk.ron");
    let text = std::fs::read_to_string(&talk).unwrap().replacen(
        "slides: [",
        "slides: [\n        Include(from: \"ceap-2024.ron\", slides: \"expansion..causes\"),\n        Include(from: \"ceap-2024.ron\", slides: \"gouvernance-multiniveau\"),",
        1,
    );
    std::fs::write(&talk, text).unwrap();
    let (code, said) = check(&talk);
    assert_eq!(code, Some(1), "{said}");
    let errors: Vec<&str> = said.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(errors.len(), 3, "the three images of `causes`, once each: {said}");
    assert!(errors.iter().all(|l| l.contains("cause-")), "{said}");
    assert!(said.contains("= in slide `causes`, included at"), "{said}");
    assert!(
        said.contains("estrade import"),
        "the hint names the way to bring the files: {said}"
    );
    assert!(
        !said.contains("montreal") && !said.contains(".csv"),
        "slides not included say nothing: {said}"
    );
}

#[cfg(unix)]
#[test]
fn a_hard_link_of_the_deck_is_the_same_deck() {
    let (_tmp, project, _) = fresh_project("hardlink");
    std::fs::hard_link(project.join("talk.ron"), project.join("twin.ron")).unwrap();
    let before = std::fs::read(project.join("talk.ron")).unwrap();
    let out = import_in(&project, &["twin.ron", "--slides", "..", "--into", "talk.ron"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("the two decks are the same file"), "{said}");
    assert_eq!(std::fs::read(project.join("talk.ron")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn nothing_is_written_through_a_folder_that_links_out_of_the_project() {
    let (tmp, project, _) = fresh_project("linked-folder");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::remove_dir_all(project.join("assets/images")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, project.join("assets/images")).unwrap();
    let before = std::fs::read(project.join("talk.ron")).unwrap();
    let out = import_in(&project, &[CEAP, "--slides", "causes"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("leads out of the project"), "{said}");
    assert_eq!(
        std::fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "nothing written there"
    );
    assert_eq!(
        std::fs::read(project.join("talk.ron")).unwrap(),
        before,
        "the deck is unchanged"
    );
}

#[test]
fn an_import_that_would_give_the_deck_an_error_changes_nothing() {
    let (tmp, project, files) = fresh_project("would-break");
    // The other deck opens (a missing picture is not fatal) but its slide has an error.
    let other = tmp.path().join("other");
    std::fs::create_dir_all(other.join("assets/images")).unwrap();
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/images/cause-globalisation.png"),
        other.join("assets/images/here.png"),
    )
    .unwrap();
    std::fs::write(
        other.join("other.ron"),
        r#"Deck(title: "o", slides: [Image(id: "broken", title: "b", image: (src: "images/gone.png", alt: "x")), Image(id: "fine", title: "f", image: (src: "images/here.png", alt: "y"))])"#,
    )
    .unwrap();
    let before = std::fs::read(project.join("talk.ron")).unwrap();
    let other_deck = other.join("other.ron");
    let out = import_in(&project, &[other_deck.to_str().unwrap(), "--slides", "fine, broken"]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("nothing was changed") && said.contains("images/gone.png"),
        "{said}"
    );
    assert_eq!(
        std::fs::read(project.join("talk.ron")).unwrap(),
        before,
        "the deck is unchanged"
    );
    assert_eq!(
        files_under(&project.join("assets")),
        files,
        "the copied picture is removed again"
    );
    // The slide that has no error imports.
    let out = import_in(&project, &[other_deck.to_str().unwrap(), "--slides", "fine"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// `estrade new --empty` gives an opening and a closing slide; an import without `--after`
/// lands before the closing slide, not after « Merci ». `new --from` copies the other
/// project's assets but none of estrade's own files (the web page's, the starter decks).
#[test]
fn an_empty_deck_takes_imports_before_its_closing_slide() {
    let tmp = tempfile::Builder::new()
        .prefix("estrade-import-empty")
        .tempdir()
        .unwrap();
    let project = tmp.path().join("vide");
    let out = estrade(&["new", project.to_str().unwrap(), "--empty"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        project.join("assets/themes").is_dir(),
        "docs/remixing.md promises assets/themes/"
    );
    let out = import_in(&project, &[CEAP, "--slides", "causes"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ids = estrade(&["ids", project.join("talk.ron").to_str().unwrap()]);
    let listed: Vec<String> = String::from_utf8_lossy(&ids.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert_eq!(listed, ["titre", "causes", "merci"]);
    let copy = tmp.path().join("copie");
    let out = estrade(&["new", copy.to_str().unwrap(), "--from", CEAP]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for own in ["html", "starter", "fonts", "source"] {
        assert!(
            !copy.join("assets").join(own).exists(),
            "estrade's own `assets/{own}` copied"
        );
    }
    assert!(copy.join("assets/images/cause-globalisation.png").is_file());
}
