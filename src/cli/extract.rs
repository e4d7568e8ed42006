//! `dramatis extract`: the graph as the JSON of the stable contract (and optionally a project).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

pub fn extract(paths: &[PathBuf], output: Option<&Path>, save: Option<&Path>) -> anyhow::Result<ExitCode> {
    let Some(graph) = super::load_graph(paths) else { return Ok(ExitCode::from(1)) };
    if let Some(path) = save {
        dramatis::project::Project::new(graph.articles.clone()).save(path)?;
    }
    match output {
        Some(path) => {
            let mut buffer = Vec::new();
            dramatis::export::write_json(&graph, &mut buffer)?;
            dramatis::export::write_atomically(path, &buffer)?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            dramatis::export::write_json(&graph, &mut lock).context("writing to standard output")?;
            lock.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
