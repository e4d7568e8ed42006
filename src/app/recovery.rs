//! Where unsaved work goes: the recovery file, its last snapshot (for the panic hook) and when
//! it was written. [`super::autosave`] decides when to write it and how to recover from it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How often unsaved work is written to the recovery file.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// Where and when the session's unsaved work was last written.
#[derive(Debug, Default)]
pub struct RecoveryWriter {
    /// The recovery file (`None`: no autosave, as in tests that do not ask for it).
    pub path: Option<PathBuf>,
    /// The latest recovery bytes, for the panic hook (which must not serialise a live app).
    pub(super) snapshot: Arc<Mutex<Vec<u8>>>,
    /// The graph revision and time of the last snapshot.
    pub(super) snapshot_of: Option<(u64, Instant)>,
    pub(super) written_at: Option<Instant>,
}

impl RecoveryWriter {
    /// The recovery file of the explorer's data folder.
    pub fn in_folder(folder: &Path) -> RecoveryWriter {
        RecoveryWriter { path: Some(folder.join("recovery.json")), ..RecoveryWriter::default() }
    }

    /// Forgets the unsaved work (after a save, a discard or a clean exit).
    pub fn clear(&mut self) {
        if let Some(path) = &self.path {
            let _ = std::fs::remove_file(path);
        }
        if let Ok(mut bytes) = self.snapshot.lock() {
            bytes.clear();
        }
        self.snapshot_of = None;
        self.written_at = None;
    }

    /// Writes the last snapshot to the recovery file; called by the panic hook.
    pub fn panic_hook(&self) -> impl Fn() -> Option<PathBuf> + Send + Sync + 'static {
        let (path, snapshot) = (self.path.clone(), self.snapshot.clone());
        move || {
            let path = path.as_ref()?;
            // try_lock: the panicking thread may hold the lock; then the last file on disk stands.
            let bytes = snapshot.try_lock().ok()?;
            if bytes.is_empty() {
                return None;
            }
            crate::export::write_atomically(path, &bytes).ok().map(|()| path.clone())
        }
    }
}
