#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The French and English catalogues agree (same keys, same arguments), every `t!` in the
//! source names a key that exists with exactly the arguments the message uses, every key is
//! used, and no user-visible text is left as a literal in the app shell and the command line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use estrade::i18n::{Lang, catalogue_files};
use fluent_syntax::ast;

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                variables_of_inline(p, out);
            }
            for n in &arguments.named {
                variables_of_inline(&n.value, out);
            }
        }
        _ => {}
    }
}

fn variables_of_expression(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for v in variants {
                variables_of_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => variables_of_inline(i, out),
    }
}

fn variables_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

/// Every message of a language with the variables it uses; panics on any syntax error or
/// a key defined twice.
fn messages(lang: Lang) -> Messages {
    let files = catalogue_files(lang);
    assert!(!files.is_empty(), "no catalogue for {lang:?}");
    let mut all = Messages::new();
    for (name, text) in files {
        let resource = fluent_syntax::parser::parse(text)
            .unwrap_or_else(|(_, errors)| panic!("locales/{}/{name}: {errors:?}", lang.code()));
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        variables_of_pattern(v, &mut vars);
                    }
                    assert!(
                        m.value.is_some(),
                        "locales/{}/{name}: {} has no value",
                        lang.code(),
                        m.id.name
                    );
                    let key = m.id.name.to_string();
                    assert!(
                        all.insert(key.clone(), vars).is_none(),
                        "locales/{}/{name}: {key} defined twice",
                        lang.code()
                    );
                }
                ast::Entry::Junk { content } => panic!("locales/{}/{name}: cannot parse {content:?}", lang.code()),
                _ => {}
            }
        }
    }
    all
}

#[test]
fn both_catalogues_have_the_same_keys_and_arguments() {
    let en = messages(Lang::En);
    let fr = messages(Lang::Fr);
    let only_en: Vec<_> = en.keys().filter(|k| !fr.contains_key(*k)).collect();
    let only_fr: Vec<_> = fr.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in French: {only_en:?}");
    assert!(only_fr.is_empty(), "missing in English: {only_fr:?}");
    let differ: Vec<_> = en
        .iter()
        .filter(|(k, v)| fr.get(*k) != Some(v))
        .map(|(k, v)| format!("{k}: en {v:?}, fr {:?}", fr.get(k)))
        .collect();
    assert!(differ.is_empty(), "arguments differ: {differ:#?}");
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn sources() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            // Comment lines (doc examples) neither use nor define messages.
            let text: String = std::fs::read_to_string(&p)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .map(|l| format!("{l}\n"))
                .collect();
            (p, text)
        })
        .collect()
}

/// Skips a string literal starting at `i` (just after its opening quote); returns the index
/// after its closing quote.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Each `t!("key", a = …, b = …)` of a text: the key and the argument names.
fn uses(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("t!(") {
        let start = from + at;
        from = start + 3;
        if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'_') {
            continue;
        }
        let rest = text[from..].trim_start();
        let Some(lit) = rest.strip_prefix('"') else { continue };
        let Some(end) = lit.find('"') else { continue };
        let key = lit[..end].to_string();
        // The arguments: top-level `name =` after each comma, until the closing parenthesis.
        let mut i = text.len() - lit.len() + end + 1;
        let mut depth = 0usize;
        let mut names = BTreeSet::new();
        let mut at_argument = false;
        while i < b.len() {
            match b[i] {
                b'"' => {
                    i = skip_string(b, i + 1);
                    at_argument = false;
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' if depth == 0 => break,
                b')' | b']' | b'}' => depth -= 1,
                b',' if depth == 0 => at_argument = true,
                c if at_argument && (c.is_ascii_alphabetic() || c == b'_') => {
                    let word: String = text[i..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    names.insert(word.clone());
                    i += word.len();
                    at_argument = false;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        found.push((key, names));
    }
    found
}

#[test]
fn every_message_used_exists_with_its_arguments() {
    let en = messages(Lang::En);
    let mut problems = Vec::new();
    for (path, text) in sources() {
        for (key, names) in uses(&text) {
            match en.get(&key) {
                None => problems.push(format!("{}: {key} is in no catalogue", path.display())),
                Some(vars) if *vars != names => problems.push(format!(
                    "{}: {key} is given {names:?} but uses {vars:?}",
                    path.display()
                )),
                Some(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_message_is_used() {
    let all: String = sources().into_iter().map(|(_, t)| t).collect();
    let unused: Vec<_> = messages(Lang::En)
        .into_keys()
        .filter(|k| !all.contains(&format!("\"{k}\"")))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
}

#[test]
fn the_french_catalogue_is_typeset_for_quebec() {
    for (name, text) in catalogue_files(Lang::Fr) {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let place = format!("locales/fr/{name}:{}: {line}", n + 1);
            // Code in backquotes (`lang: "fr-CA"`) is typed as it is.
            let line: String = line.split('`').step_by(2).collect::<Vec<_>>().join("");
            let line = line.as_str();
            assert!(!line.contains('\''), "straight apostrophe (use ’): {place}");
            assert!(
                !line.contains(" :"),
                "ordinary space before a colon (use U+00A0): {place}"
            );
            assert!(
                !line.contains("« ") && !line.contains(" »"),
                "ordinary space in « » (use U+00A0): {place}"
            );
            assert!(
                !line.contains('"') || line.contains("{ \""),
                "straight quotes (use « »): {place}"
            );
        }
    }
}

/// The string literals of a Rust text outside comments, attributes and its test module, with
/// their line numbers; lines marked `// not user text` (with the reason) are left out.
fn literals(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("#[cfg(test)]") {
            break;
        }
        if trimmed.starts_with("//") || trimmed.starts_with("#[") || line.contains("// not user text") {
            continue;
        }
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'/' && b.get(i + 1) == Some(&b'/') {
                break;
            }
            if b[i] == b'\'' {
                // A char literal such as '"' must not open a string.
                if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                    continue;
                }
                if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') {
                    i += 4;
                    continue;
                }
            }
            if b[i] == b'"' {
                let end = skip_string(b, i + 1);
                let literal = &line[i + 1..end.saturating_sub(1).max(i + 1)];
                let key_of_t = line[..i].trim_end().ends_with("t!(");
                if !key_of_t {
                    found.push((n + 1, literal.to_string()));
                }
                i = end;
                continue;
            }
            i += 1;
        }
    }
    found
}

/// Whether a literal reads as words for a person: format placeholders removed, it has a word
/// of letters and a space or a capital (an `ALL_CAPS` name, a lowercase id or a file name is not).
fn reads_as_text(literal: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.replace("\\n", " ");
    let has_word = plain
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 2);
    let all_caps_name = plain
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let starts_upper = plain.chars().next().is_some_and(char::is_uppercase);
    has_word && !all_caps_name && (plain.trim().contains(' ') || starts_upper)
}

#[test]
fn no_user_visible_literal_is_left_in_the_app_and_the_command_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/main.rs"), root.join("src/scaffold.rs")];
    rust_files(&root.join("src/app"), &mut files);
    rust_files(&root.join("src/export"), &mut files);
    rust_files(&root.join("src/cli"), &mut files);
    files.retain(|p| !p.to_string_lossy().ends_with("_tests.rs") && !p.ends_with("tests.rs"));
    files.sort();
    let mut left = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for (line, literal) in literals(&text) {
            if reads_as_text(&literal) {
                left.push(format!(
                    "{}:{line}: {literal:?}",
                    path.strip_prefix(root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        left.is_empty(),
        "{} literals to move to locales/: {left:#?}",
        left.len()
    );
}

#[test]
fn the_literal_scan_sees_text_and_not_names() {
    assert!(reads_as_text("ahead by {n} min"));
    assert!(reads_as_text("Next"));
    assert!(!reads_as_text("ESTRADE_STATE_DIR"));
    assert!(!reads_as_text("console-notes"));
    assert!(!reads_as_text("{}:{}"));
    assert!(!reads_as_text("timings.ron"));
    let code = "let a = t!(\"key-one\");\nlet b = \"Shown text\"; // trailing\nlet c = '\"';\n// \"In a comment\"\nlet d = \"X Y\"; // not user text: an id\n#[cfg(test)]\nlet e = \"After tests\";";
    assert_eq!(literals(code), vec![(2, "Shown text".to_string())]);
}
