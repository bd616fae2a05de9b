//! The operating system's reasons (« No such file or directory (os error 2) ») in the user's
//! language: the usual kinds of `std::io::Error` from the catalogue, anything else as the
//! system words it.

use std::io::ErrorKind;

/// The reason of an error for a person: an I/O error found in `e` or its sources, translated;
/// else `e`'s own text.
pub fn os_reason(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if let Some(io) = c.downcast_ref::<std::io::Error>()
            && let Some(text) = io_reason(io.kind())
        {
            return text;
        }
        cause = c.source();
    }
    e.to_string()
}

/// The catalogue's words for the kinds a person meets with files, `None` for the others.
fn io_reason(kind: ErrorKind) -> Option<String> {
    Some(match kind {
        ErrorKind::NotFound => crate::t!("os-not-found"),
        ErrorKind::PermissionDenied => crate::t!("os-permission-denied"),
        ErrorKind::AlreadyExists => crate::t!("os-already-exists"),
        ErrorKind::StorageFull => crate::t!("os-storage-full"),
        ErrorKind::ReadOnlyFilesystem => crate::t!("os-read-only"),
        ErrorKind::IsADirectory => crate::t!("os-is-a-folder"),
        ErrorKind::NotADirectory => crate::t!("os-not-a-folder"),
        ErrorKind::DirectoryNotEmpty => crate::t!("os-folder-not-empty"),
        ErrorKind::FileTooLarge => crate::t!("os-file-too-large"),
        ErrorKind::CrossesDevices => crate::t!("os-crosses-devices"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn file_errors_read_in_the_language_and_others_as_the_system_says() {
        let missing = std::fs::read("/nonexistent/estrade/x").expect_err("missing");
        assert_eq!(
            with_lang(Lang::Fr, || os_reason(&missing)),
            "fichier ou dossier introuvable"
        );
        assert_eq!(with_lang(Lang::En, || os_reason(&missing)), "no such file or folder");
        let other = std::io::Error::other("a reason of its own");
        assert_eq!(with_lang(Lang::Fr, || os_reason(&other)), "a reason of its own");
    }
}
