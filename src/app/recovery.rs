//! Never losing work: while there are unsaved changes the session is written to a recovery
//! file every 30 seconds (and by the panic hook, from the last snapshot, if the explorer
//! crashes); the next start offers it back. A save or a clean exit removes it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::state::{App, Confirm};
use crate::project::{RECOVERY_FORMAT, Recovery};

/// How often unsaved work is written to the recovery file.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// Where and when the session's unsaved work was last written.
#[derive(Debug, Default)]
pub struct RecoveryWriter {
    /// The recovery file (`None`: no autosave, as in tests that do not ask for it).
    pub path: Option<PathBuf>,
    /// The latest recovery bytes, for the panic hook (which must not serialise a live app).
    snapshot: Arc<Mutex<Vec<u8>>>,
    /// The graph revision and time of the last snapshot.
    snapshot_of: Option<(u64, Instant)>,
    written_at: Option<Instant>,
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

impl App {
    /// The session as a recovery record: its sources and everything the user did.
    pub fn recovery_record(&self) -> Recovery {
        let mut state = self.to_project_without_articles();
        state.articles.clear();
        Recovery {
            format: RECOVERY_FORMAT.into(),
            sources: self.sources.clone(),
            project_path: self.project_path.clone(),
            state,
        }
    }

    /// Per frame: refresh the snapshot (at most once a second, when something changed) and
    /// write the recovery file every 30 s while there are unsaved changes.
    pub(super) fn autosave(&mut self) {
        if !self.unsaved || self.recovery.path.is_none() {
            return;
        }
        let now = Instant::now();
        let revision = self.curation.revision();
        let stale = self
            .recovery
            .snapshot_of
            .is_none_or(|(r, at)| r != revision || now.duration_since(at) > Duration::from_secs(5));
        if stale && self.recovery.snapshot_of.is_none_or(|(_, at)| now.duration_since(at) >= Duration::from_secs(1)) {
            let bytes = self.recovery_record().to_bytes();
            if let Ok(mut snapshot) = self.recovery.snapshot.lock() {
                *snapshot = bytes;
            }
            self.recovery.snapshot_of = Some((revision, now));
        }
        if self.recovery.written_at.is_none_or(|at| now.duration_since(at) >= AUTOSAVE_EVERY) {
            self.write_recovery_now();
        }
    }

    /// Writes the recovery file now (the autosave tick; tests).
    pub fn write_recovery_now(&mut self) {
        let Some(path) = self.recovery.path.clone() else { return };
        let bytes = self.recovery_record().to_bytes();
        if let Some(folder) = path.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        match crate::export::write_atomically(&path, &bytes) {
            Ok(()) => self.recovery.written_at = Some(Instant::now()),
            // Once: an autosave that fails every 30 s would bury the user in the same error.
            Err(e) if self.recovery.written_at.is_none() => {
                self.errors.push(format!("Unsaved work cannot be autosaved: {e}"));
                self.recovery.written_at = Some(Instant::now());
            }
            Err(_) => {}
        }
        if let Ok(mut snapshot) = self.recovery.snapshot.lock() {
            *snapshot = bytes;
        }
    }

    /// At start: a recovery file left by a session that did not end cleanly is offered back.
    pub fn offer_recovery(&mut self) {
        if let Some(path) = self.recovery.path.clone().filter(|p| p.is_file()) {
            self.confirm = Some(Confirm::Recover(path));
        }
    }

    /// Reopens the sources of a recovery file and replays its edits and view on them.
    pub(super) fn recover(&mut self, path: &Path) {
        match Recovery::open(path) {
            Ok(recovery) => {
                self.close_all();
                self.project_path = recovery.project_path.clone();
                self.sources = recovery.sources.clone();
                self.recovering = Some(recovery.state);
                self.import = Some(super::import::ImportJob::start(recovery.sources));
            }
            Err(e) => {
                self.errors.push(format!("The unsaved work could not be recovered: {e}"));
                let _ = std::fs::remove_file(path);
            }
        }
    }
}
