//! One presenter per deck: a second `estrade` on a deck already being presented stops and says
//! so (with the first one's process id), and never writes the first one's position or ink.
//! The lock is the operating system's (released by itself when the process ends, even killed),
//! on a file beside the saved position.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::Path;

/// Held while this process presents the deck.
#[derive(Debug)]
pub struct DeckLock {
    _file: File,
}

/// What [`lock_deck`] found.
#[derive(Debug)]
pub enum Lock {
    /// This process presents the deck.
    Held(DeckLock),
    /// Another process presents it (its id, when it wrote one).
    Taken { pid: Option<u32> },
    /// The lock file cannot be made (a read-only state folder): presented without a lock.
    Unavailable,
}

/// Takes the lock of `deck` (any path to it) in the state folder `dir`.
pub fn lock_deck(dir: &Path, deck: &Path) -> Lock {
    let path =
        crate::app::talk::resume::position_file(dir, &crate::app::talk::resume::canonical(deck)).with_extension("lock");
    if let Some(parent) = path.parent()
        && std::fs::create_dir_all(parent).is_err()
    {
        return Lock::Unavailable;
    }
    let Ok(mut file) = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
    else {
        return Lock::Unavailable;
    };
    match file.try_lock() {
        Ok(()) => {
            // The process id for the message of a second start (best effort).
            let _ = file.set_len(0);
            let _ = file.rewind();
            let _ = write!(file, "{}", std::process::id());
            let _ = file.flush();
            Lock::Held(DeckLock { _file: file })
        }
        Err(TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Lock::Taken {
                pid: text.trim().parse().ok(),
            }
        }
        Err(TryLockError::Error(_)) => Lock::Unavailable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_deck_is_refused_with_the_first_ones_id() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let deck = dir.path().join("talk.ron");
        std::fs::write(&deck, "Deck()").unwrap_or_else(|e| panic!("{e}"));
        let first = lock_deck(dir.path(), &deck);
        assert!(matches!(first, Lock::Held(_)), "{first:?}");
        match lock_deck(dir.path(), &dir.path().join("./talk.ron")) {
            Lock::Taken { pid } => assert_eq!(pid, Some(std::process::id())),
            other => panic!("a second start must see the first: {other:?}"),
        }
        let other = dir.path().join("other.ron");
        std::fs::write(&other, "Deck()").unwrap_or_else(|e| panic!("{e}"));
        assert!(
            matches!(lock_deck(dir.path(), &other), Lock::Held(_)),
            "another deck is free"
        );
        drop(first);
        assert!(
            matches!(lock_deck(dir.path(), &deck), Lock::Held(_)),
            "free once the first ended"
        );
    }
}
