//! End-to-end extraction: paths → articles → knowledge graph, with every per-file failure kept.

use std::path::PathBuf;

use crate::graph::{KnowledgeGraph, build_graph};
use crate::ingest::{IngestError, LoadReport, load_paths};

/// The graph of everything that loaded, and what did not.
#[derive(Debug)]
pub struct Extraction {
    pub graph: KnowledgeGraph,
    pub errors: Vec<IngestError>,
}

/// Loads and analyses every article under `paths` (`.dramatis` projects bring their articles).
pub fn extract_paths(paths: &[PathBuf]) -> Extraction {
    let report = load_sources(paths);
    let graph = build_graph(report.articles);
    Extraction { graph, errors: report.errors }
}

/// Articles from files, folders and projects; a project that cannot be read is one error.
pub fn load_sources(paths: &[PathBuf]) -> LoadReport {
    let (projects, files): (Vec<PathBuf>, Vec<PathBuf>) =
        paths.iter().cloned().partition(|p| crate::project::is_project(p));
    let mut report = if files.is_empty() { LoadReport::default() } else { load_paths(&files) };
    for p in projects {
        match crate::project::Project::open(&p) {
            Ok(project) => report.articles.extend(project.articles),
            Err(e) => report.errors.push(IngestError::Project { path: p, reason: e.to_string() }),
        }
    }
    crate::ingest::make_ids_unique(&mut report.articles);
    report
}
