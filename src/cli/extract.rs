//! `dramatis extract`: the graph (curated, for projects) as the JSON of the stable contract, and
//! optionally a project.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

pub fn extract(paths: &[PathBuf], output: Option<&Path>, save: Option<&Path>) -> anyhow::Result<ExitCode> {
    let Some(extraction) = super::load_graph(paths) else { return Ok(ExitCode::from(1)) };
    let graph = &extraction.graph;
    if let Some(path) = save {
        // The edits of projects read here carry over, so a project re-saved keeps its curation.
        let mut project = dramatis::project::Project::new(graph.articles.clone());
        project.edits = extraction.edits.clone();
        project.save(path)?;
    }
    match output {
        Some(path) => {
            let mut buffer = Vec::new();
            dramatis::export::write_json(graph, &mut buffer)?;
            dramatis::export::write_atomically(path, &buffer)?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            dramatis::export::write_json(graph, &mut lock).context("writing to standard output")?;
            lock.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
