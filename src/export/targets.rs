//! Where an export may write: never over a file the export reads (the deck, its ink and
//! timings, a picture or table it shows), nor over another output of the same command
//! (`--pdf x.pdfpc --pdfpc` would write the notes over the PDF).

use std::path::{Path, PathBuf};

/// The first output that would replace something, as a message for the user.
pub fn refuse(
    deck: Option<&Path>,
    project_root: Option<&Path>,
    read: &[String],
    outputs: &[PathBuf],
) -> Option<String> {
    let mut inputs: Vec<PathBuf> = Vec::new();
    if let Some(d) = deck {
        inputs.push(d.to_path_buf());
        inputs.push(crate::ink::file::path_for(d));
        inputs.push(crate::deck::beside::timings_path(d));
    }
    if let Some(root) = project_root {
        inputs.extend(read.iter().map(|rel| root.join(rel)));
    }
    let inputs: Vec<PathBuf> = inputs.iter().map(|p| comparable(p)).collect();
    for (i, out) in outputs.iter().enumerate() {
        let o = comparable(out);
        if inputs.contains(&o) {
            return Some(crate::t!("cli-export-over-input", file = out.display().to_string()));
        }
        if outputs[..i].iter().any(|earlier| comparable(earlier) == o) {
            return Some(crate::t!("cli-export-twice", file = out.display().to_string()));
        }
    }
    None
}

/// `p` resolved as far as it exists (an output usually does not exist yet: its folder does).
fn comparable(p: &Path) -> PathBuf {
    if let Ok(real) = p.canonicalize() {
        return real;
    }
    match (p.parent(), p.file_name()) {
        (Some(parent), Some(name)) => {
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            parent.canonicalize().map_or_else(|_| p.to_path_buf(), |d| d.join(name))
        }
        _ => p.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deck_its_files_and_a_second_output_are_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let deck = dir.path().join("talk.ron");
        std::fs::write(&deck, "Deck()").unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        let read = vec!["assets/data/t.csv".to_string()];
        let refuse = |outs: &[PathBuf]| refuse(Some(&deck), Some(root), &read, outs);
        assert!(refuse(&[dir.path().join("talk.ron")]).is_some(), "the deck itself");
        assert!(refuse(&[dir.path().join("./talk.ink.ron")]).is_some(), "its ink");
        assert!(
            refuse(&[dir.path().join("assets/data/t.csv")]).is_some(),
            "a table it shows"
        );
        let pdf = dir.path().join("x.pdfpc");
        assert!(
            refuse(&[pdf.clone(), pdf.with_extension("pdfpc")]).is_some(),
            "the PDF and its notes"
        );
        assert!(refuse(&[dir.path().join("talk.pdf"), dir.path().join("talk.pdfpc")]).is_none());
    }
}
