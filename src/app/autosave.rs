//! Never losing work: while there are unsaved changes the session is written to a recovery
//! file every 30 seconds (and by the panic hook, from the last snapshot, if the explorer
//! crashes); the next start offers it back. A save or a clean exit removes it.

use std::path::Path;
use std::time::{Duration, Instant};

use super::recovery::AUTOSAVE_EVERY;
use super::state::{App, Confirm};
use crate::project::{RECOVERY_FORMAT, Recovery};

impl App {
    /// The session as a recovery record: its sources and everything the user did.
    pub fn recovery_record(&self) -> Recovery {
        let state = self.to_project_without_articles();
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
                if let Some(job) = &self.import {
                    job.cancel();
                }
                self.close_all();
                self.project_path = recovery.project_path.clone();
                self.sources = recovery.sources.clone();
                self.recovering = Some(recovery.state);
                self.import = Some(super::import::ImportJob::start(recovery.sources, self.articles.clone()));
            }
            Err(e) => {
                self.errors.push(format!("The unsaved work could not be recovered: {e}"));
                let _ = std::fs::remove_file(path);
            }
        }
    }
}
