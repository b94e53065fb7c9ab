//! The content hash of a plan file as it was loaded or last saved: before saving over the file,
//! the bytes on disk are hashed again, and a difference (another program or person saved it
//! meanwhile) is reported as `Error::ChangedOnDisk` instead of being overwritten silently.
//! By content, not by modification time: copying a file back or a coarse clock cannot hide a
//! change, and touching a file without changing it is not one.

use super::{Error, read_capped};
use std::hash::Hasher;
use std::path::Path;

/// A fingerprint of a file's bytes: its length and a 64-bit SipHash with fixed keys (stable
/// within one run of the application, which is all it is compared in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContentHash {
    len: u64,
    sip: u64,
}

impl ContentHash {
    pub fn of(bytes: &[u8]) -> ContentHash {
        #[allow(deprecated)] // SipHasher's fixed keys are the point: the same bytes give the same hash
        let mut h = std::hash::SipHasher::new_with_keys(0x616c_6c69_616e_7373, 0x6950_6c61_6e46_696c);
        h.write(bytes);
        ContentHash { len: bytes.len() as u64, sip: h.finish() }
    }
}

/// The hash of the file on disk now; `None` when there is no file.
pub fn on_disk(path: &Path) -> Result<Option<ContentHash>, Error> {
    match read_capped(path) {
        Ok(bytes) => Ok(Some(ContentHash::of(&bytes))),
        Err(Error::Read { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(Error::TooLarge { .. }) => Ok(Some(ContentHash { len: u64::MAX, sip: 0 })),
        Err(e) => Err(e),
    }
}

/// Refuses to go on when the file differs from what was loaded or saved (`expected`). A file
/// that has disappeared is not a conflict: saving puts it back.
pub(super) fn check_unchanged(path: &Path, expected: ContentHash) -> Result<(), Error> {
    match on_disk(path) {
        Ok(None) => Ok(()),
        Ok(Some(now)) if now == expected => Ok(()),
        Ok(Some(_)) => Err(Error::ChangedOnDisk { path: path.to_path_buf() }),
        // Unreadable now: the save itself will report what is wrong.
        Err(_) => Ok(()),
    }
}
