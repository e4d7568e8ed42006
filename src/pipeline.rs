//! End-to-end extraction: paths → articles → knowledge graph, with every per-file failure kept.

use std::path::PathBuf;

use crate::graph::{KnowledgeGraph, build_graph};
use crate::ingest::{IngestError, load_paths};

/// The graph of everything that loaded, and what did not.
#[derive(Debug)]
pub struct Extraction {
    pub graph: KnowledgeGraph,
    pub errors: Vec<IngestError>,
}

/// Loads and analyses every article under `paths`.
pub fn extract_paths(paths: &[PathBuf]) -> Extraction {
    let report = load_paths(paths);
    let graph = build_graph(report.articles);
    Extraction { graph, errors: report.errors }
}
