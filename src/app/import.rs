//! Loading articles off the UI thread, with progress (file n of N, current name) and Cancel.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::ingest::{self, IngestError, LoadReport};
use crate::project::{PinnedNode, Project, is_project};

#[derive(Default)]
struct Shared {
    total: AtomicUsize,
    done: AtomicUsize,
    current: Mutex<String>,
    cancelled: AtomicBool,
    result: Mutex<Option<(LoadReport, Vec<PinnedNode>)>>,
}

/// A running import.
pub struct ImportJob {
    shared: Arc<Shared>,
}

impl ImportJob {
    pub fn start(paths: Vec<PathBuf>) -> ImportJob {
        let shared = Arc::new(Shared::default());
        let worker = shared.clone();
        std::thread::spawn(move || {
            let (files, mut errors) = ingest::collect_files(&paths);
            worker.total.store(files.len(), Ordering::Relaxed);
            let mut articles = Vec::new();
            let mut pins = Vec::new();
            for file in files {
                if worker.cancelled.load(Ordering::Relaxed) {
                    break;
                }
                if let Ok(mut current) = worker.current.lock() {
                    *current = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                }
                if is_project(&file) {
                    match Project::open(&file) {
                        Ok(project) => {
                            articles.extend(project.articles);
                            pins.extend(project.pinned);
                        }
                        Err(e) => errors.push(IngestError::Project { path: file.clone(), reason: e.to_string() }),
                    }
                } else {
                    match ingest::load_file(&file) {
                        Ok(a) => articles.push(a),
                        Err(e) => errors.push(e),
                    }
                }
                worker.done.fetch_add(1, Ordering::Relaxed);
            }
            let report = if worker.cancelled.load(Ordering::Relaxed) {
                // A cancelled import adds nothing, so the graph never holds half a batch.
                (LoadReport { articles: Vec::new(), errors: vec![IngestError::Cancelled] }, Vec::new())
            } else {
                (LoadReport { articles, errors }, pins)
            };
            if let Ok(mut slot) = worker.result.lock() {
                *slot = Some(report);
            }
        });
        ImportJob { shared }
    }

    pub fn cancel(&self) {
        self.shared.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.shared.cancelled.load(Ordering::Relaxed)
    }

    /// (files done, files in all, current file name).
    pub fn progress(&self) -> (usize, usize, String) {
        let current = self.shared.current.lock().map(|c| c.clone()).unwrap_or_default();
        (self.shared.done.load(Ordering::Relaxed), self.shared.total.load(Ordering::Relaxed), current)
    }

    /// The result (and any pinned positions from projects), once the worker has finished.
    pub fn take_result(&self) -> Option<(LoadReport, Vec<PinnedNode>)> {
        self.shared.result.lock().ok()?.take()
    }

    /// Blocks until the worker has finished (tests, cold start).
    pub fn wait(&self) {
        while self.shared.result.lock().map(|r| r.is_none()).unwrap_or(false) {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}
