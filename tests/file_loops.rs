#![allow(clippy::unwrap_used, clippy::expect_used)]
//! No loop of imports between the files of `src/`: neither between the files of one folder nor
//! across folders. (The layers between top-level modules are in `layers.rs`.)

use std::path::{Path, PathBuf};

#[path = "support/source_files.rs"]
mod source_files;
use source_files::rust_files;

/// The sibling files `file` names (outside its tests): `super::x` and `crate::dir::x`, where `x`
/// is another file (or folder) of the same folder.
fn sibling_imports(file: &Path, siblings: &[String]) -> Vec<String> {
    let dir = file.parent().unwrap();
    let module_path = dir
        .strip_prefix("src")
        .unwrap_or(dir)
        .to_string_lossy()
        .replace('/', "::");
    let text = std::fs::read_to_string(file).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let me = file.file_stem().unwrap().to_string_lossy().into_owned();
    let mut prefixes = vec!["super::".to_string()];
    if module_path.is_empty() {
        prefixes.push("crate::".to_string());
    } else {
        prefixes.push(format!("crate::{module_path}::"));
    }
    let mut out: Vec<String> = siblings
        .iter()
        .filter(|s| **s != me)
        .filter(|s| {
            prefixes.iter().any(|p| {
                let named = format!("{p}{s}");
                code.match_indices(&named).any(|(i, _)| {
                    code[i + named.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
                })
            }) || code.contains(&format!("super::{{{s}"))
                || code.contains(&format!("super::{{{s},"))
        })
        .cloned()
        .collect();
    out.sort();
    out
}

#[test]
fn no_file_imports_a_sibling_that_imports_it_back() {
    let mut dirs = vec![PathBuf::from("src")];
    let mut cycles = Vec::new();
    while let Some(dir) = dirs.pop() {
        let entries: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        dirs.extend(entries.iter().filter(|p| p.is_dir()).cloned());
        let siblings: Vec<String> = entries
            .iter()
            .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "rs"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .filter(|s| s != "mod" && s != "lib" && s != "main")
            .collect();
        let files: Vec<&PathBuf> = entries
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .filter(|p| {
                let stem = p.file_stem().unwrap().to_string_lossy();
                stem != "mod" && stem != "lib" && stem != "main" && !stem.ends_with("_tests") && stem != "tests"
            })
            .collect();
        let edges: Vec<(String, Vec<String>)> = files
            .iter()
            .map(|f| {
                (
                    f.file_stem().unwrap().to_string_lossy().into_owned(),
                    sibling_imports(f, &siblings),
                )
            })
            .collect();
        // A cycle: a path from a file back to itself through its siblings' imports.
        for (start, _) in &edges {
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = std::collections::HashSet::new();
            while let Some((at, path)) = stack.pop() {
                for next in edges
                    .iter()
                    .find(|(f, _)| *f == at)
                    .map(|(_, e)| e.clone())
                    .unwrap_or_default()
                {
                    if next == *start {
                        let mut cycle = path.clone();
                        cycle.push(next.clone());
                        cycles.push(format!("{}: {}", dir.display(), cycle.join(" → ")));
                    } else if seen.insert(next.clone()) {
                        let mut p = path.clone();
                        p.push(next.clone());
                        stack.push((next, p));
                    }
                }
            }
        }
    }
    cycles.sort();
    assert!(cycles.is_empty(), "file cycles:\n{}", cycles.join("\n"));
}

/// Every file of `src/` by its module path (`["app", "talk", "session"]` for
/// `src/app/talk/session/mod.rs`; the crate root is `[]`).
fn files_by_module() -> std::collections::BTreeMap<Vec<String>, PathBuf> {
    rust_files(Path::new("src"))
        .into_iter()
        .filter(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy();
            stem != "tests" && !stem.ends_with("_tests")
        })
        .map(|p| {
            let rel = p.strip_prefix("src").unwrap().with_extension("");
            let mut parts: Vec<String> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
            if parts.last().is_some_and(|l| l == "mod" || l == "lib" || l == "main") {
                parts.pop();
            }
            (parts, p)
        })
        .collect()
}

/// The files `file` (module `module`) names outside its tests: `crate::…` paths (with their
/// `{…}` groups), `super::…`, `self::…` and its own child modules, each resolved to the file of
/// the longest module it starts with.
fn file_imports(
    module: &[String],
    file: &Path,
    files: &std::collections::BTreeMap<Vec<String>, PathBuf>,
) -> std::collections::BTreeSet<PathBuf> {
    let is_mod_file = ["mod.rs", "lib.rs", "main.rs"].iter().any(|n| file.ends_with(n));
    // What `self::` and a child's name start from, and what `super::` means.
    let here: Vec<String> = module.to_vec();
    let parent: Vec<String> = if is_mod_file || module.is_empty() {
        module[..module.len().saturating_sub(1)].to_vec()
    } else {
        module[..module.len() - 1].to_vec()
    };
    let resolve = |parts: Vec<String>| -> Option<PathBuf> {
        (1..=parts.len())
            .rev()
            .find_map(|k| files.get(&parts[..k]))
            .filter(|p| p.as_path() != file)
            .cloned()
    };
    let text = std::fs::read_to_string(file).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = std::collections::BTreeSet::new();
    for line in code.lines() {
        let t = line.trim_start();
        if t.starts_with("//") || t.starts_with("mod ") || t.starts_with("pub mod ") || t.starts_with("pub(crate) mod ")
        {
            continue;
        }
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if !word(chars[i]) || (i > 0 && (word(chars[i - 1]) || chars[i - 1] == ':')) {
                i += 1;
                continue;
            }
            // A path: words joined by `::`, maybe ending in a `{…}` group.
            let mut parts = Vec::new();
            let mut j = i;
            loop {
                let start = j;
                while j < chars.len() && word(chars[j]) {
                    j += 1;
                }
                parts.push(chars[start..j].iter().collect::<String>());
                if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' && word(chars[j + 2]) {
                    j += 2;
                } else {
                    break;
                }
            }
            let group: Vec<Vec<String>> =
                if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' && chars[j + 2] == '{' {
                    let end = chars[j..].iter().position(|&c| c == '}').map_or(chars.len(), |e| j + e);
                    let inner: String = chars[j + 3..end].iter().collect();
                    inner
                        .split(',')
                        .map(|s| {
                            s.split(" as ")
                                .next()
                                .unwrap()
                                .trim()
                                .split("::")
                                .map(String::from)
                                .collect()
                        })
                        .filter(|v: &Vec<String>| v.first().is_some_and(|f| !f.is_empty() && f != "self"))
                        .collect()
                } else {
                    Vec::new()
                };
            let base: Option<Vec<String>> = match parts[0].as_str() {
                "crate" => Some(parts[1..].to_vec()),
                "super" => Some(parent.iter().cloned().chain(parts[1..].iter().cloned()).collect()),
                "self" => Some(here.iter().cloned().chain(parts[1..].iter().cloned()).collect()),
                first if parts.len() > 1 || !group.is_empty() => {
                    let mut child = here.clone();
                    child.push(first.to_string());
                    files
                        .contains_key(&child)
                        .then(|| here.iter().cloned().chain(parts.iter().cloned()).collect())
                }
                _ => None,
            };
            if let Some(base) = base {
                out.extend(resolve(base.clone()));
                for g in &group {
                    out.extend(resolve(base.iter().cloned().chain(g.iter().cloned()).collect()));
                }
            }
            i = j.max(i + 1);
        }
    }
    out
}

/// No loop of imports between files anywhere in `src/`, across folders too (`app/action.rs →
/// app/ink/drawing → app/talk/session → app/action.rs` was one). A module's file and its own
/// children are one unit: a child may use what its parent defines, and the parent its children.
#[test]
fn no_files_import_each_other_around_a_loop_anywhere_in_src() {
    let files = files_by_module();
    let module_of: std::collections::BTreeMap<&PathBuf, &Vec<String>> = files.iter().map(|(m, p)| (p, m)).collect();
    let mut edges: std::collections::BTreeMap<PathBuf, Vec<PathBuf>> = std::collections::BTreeMap::new();
    let mut count = 0;
    for (module, file) in &files {
        let targets: Vec<PathBuf> = file_imports(module, file, &files)
            .into_iter()
            .filter(|t| {
                // A child's use of its ancestors' items is not a dependency between units.
                let m = module_of[t];
                !(m.len() < module.len() && module[..m.len()] == m[..])
            })
            .collect();
        count += targets.len();
        edges.insert(file.clone(), targets);
    }
    assert!(count > 300, "the imports were read ({count} found)");
    // Depth-first search for a path back to where it started.
    let mut loops = Vec::new();
    let mut state: std::collections::BTreeMap<&PathBuf, u8> = std::collections::BTreeMap::new();
    fn visit<'a>(
        at: &'a PathBuf,
        edges: &'a std::collections::BTreeMap<PathBuf, Vec<PathBuf>>,
        state: &mut std::collections::BTreeMap<&'a PathBuf, u8>,
        path: &mut Vec<&'a PathBuf>,
        loops: &mut Vec<String>,
    ) {
        state.insert(at, 1);
        path.push(at);
        for next in edges.get(at).into_iter().flatten() {
            match state.get(next) {
                Some(1) => {
                    let from = path.iter().position(|p| *p == next).unwrap();
                    let names: Vec<String> = path[from..].iter().map(|p| p.display().to_string()).collect();
                    loops.push(format!("{} → {}", names.join(" → "), next.display()));
                }
                Some(_) => {}
                None => visit(next, edges, state, path, loops),
            }
        }
        path.pop();
        state.insert(at, 2);
    }
    for file in edges.keys() {
        if !state.contains_key(file) {
            visit(file, &edges, &mut state, &mut Vec::new(), &mut loops);
        }
    }
    assert!(loops.is_empty(), "file loops:\n{}", loops.join("\n"));
}
