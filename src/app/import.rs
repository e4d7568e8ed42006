//! Loading articles off the UI thread through the one loader ([`crate::pipeline::load`]), and
//! extracting the graph of everything open there too, with progress (file n of N, current name)
//! and Cancel. A worker that dies is reported, never awaited forever.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::graph::KnowledgeGraph;
use crate::ingest::{IngestError, LoadReport};
use crate::model::Article;
use crate::pipeline::{Loaded, Progress, load};

/// What the worker reports while it extracts (the files are all read by then).
pub const EXTRACTING: &str = "extracting the graph…";

/// A finished import: what loaded (its articles moved into `extracted`) and, when anything
/// loaded, every article open with the new ones (ids made unique) and their graph.
pub struct Imported {
    pub loaded: Loaded,
    pub extracted: Option<(Vec<Article>, KnowledgeGraph)>,
}

#[derive(Default)]
struct Shared {
    total: AtomicUsize,
    done: AtomicUsize,
    current: Mutex<String>,
    cancelled: AtomicBool,
    result: Mutex<Option<Imported>>,
}

/// A running import.
pub struct ImportJob {
    shared: Arc<Shared>,
    worker: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl ImportJob {
    /// Loads `paths` and extracts one graph of `open` (the articles open now) and what loads.
    pub fn start(paths: Vec<PathBuf>, open: Vec<Article>) -> ImportJob {
        let shared = Arc::new(Shared::default());
        let worker = shared.clone();
        let handle = std::thread::spawn(move || {
            let report = |done: usize, total: usize, current: &Path| {
                worker.total.store(total, Ordering::Relaxed);
                worker.done.store(done, Ordering::Relaxed);
                if let Ok(mut name) = worker.current.lock() {
                    *name = current.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                }
            };
            let cancelled = || worker.cancelled.load(Ordering::Relaxed);
            let mut loaded = load(&paths, &Progress { progress: &report, cancelled: &cancelled });
            let mut extracted = None;
            if !loaded.report.articles.is_empty() || !loaded.projects.is_empty() {
                if let Ok(mut name) = worker.current.lock() {
                    *name = EXTRACTING.into();
                }
                let mut articles = open;
                articles.append(&mut loaded.report.articles);
                crate::ingest::make_ids_unique(&mut articles);
                let graph = crate::graph::build_graph(articles.clone());
                extracted = Some((articles, graph));
            }
            if let Ok(mut slot) = worker.result.lock() {
                *slot = Some(Imported { loaded, extracted });
            }
        });
        ImportJob { shared, worker: Mutex::new(Some(handle)) }
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

    /// The result (articles and their graph, errors and the projects' saved views), once the
    /// worker has finished; a worker that died yields an error instead of nothing.
    pub fn take_result(&self) -> Option<Imported> {
        if let Some(loaded) = self.shared.result.lock().ok()?.take() {
            return Some(loaded);
        }
        let mut worker = self.worker.lock().ok()?;
        if !worker.as_ref().is_some_and(std::thread::JoinHandle::is_finished) {
            return None;
        }
        let died = worker.take().map(std::thread::JoinHandle::join).is_some_and(|r| r.is_err());
        // The result may have landed between the two looks.
        if let Some(loaded) = self.shared.result.lock().ok()?.take() {
            return Some(loaded);
        }
        let reason = if died { "the import stopped on an internal error" } else { "the import ended without a result" };
        Some(failed(reason))
    }

    /// Blocks until the worker has finished or died (tests, cold start).
    pub fn wait(&self) {
        let handle = self.worker.lock().ok().and_then(|mut w| w.take());
        if let Some(handle) = handle {
            let died = handle.join().is_err();
            if died && let Ok(mut slot) = self.shared.result.lock() {
                slot.get_or_insert_with(|| failed("the import stopped on an internal error"));
            }
        }
    }
}

/// An import that brought nothing but the reason it failed.
fn failed(reason: &str) -> Imported {
    Imported {
        loaded: Loaded {
            report: LoadReport { errors: vec![IngestError::Failed { reason: reason.into() }], ..LoadReport::default() },
            projects: Vec::new(),
        },
        extracted: None,
    }
}
