//! The command line: what `dramatis SUBCOMMAND` does — extract, export and tag. Developer
//! commands (training, evaluation, gazetteer build, benchmarks) live in `devtools/`.

mod export;
mod extract;
mod tag;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "dramatis", version, about = "Knowledge graphs of actors, places and events from news articles")]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Articles, folders or `.dramatis` projects to open in the explorer (default: the bundled sample article).
    pub paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Extract the knowledge graph of articles (files, folders or projects) as JSON.
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Also save the articles as a project to open in the explorer (`.dramatis`).
        #[arg(long)]
        save: Option<PathBuf>,
    },
    /// Export the graph of articles as an image (png, svg) or a graph file (graphml, gexf, json, csv).
    Export(export::ExportArgs),
    /// Named entities of pre-tokenised sentences: JSON lines `{"tokens": [...]}` on stdin,
    /// `{"entities": [{"start", "end", "type"}]}` on stdout (token indices, end exclusive).
    Tag {
        /// A model file instead of the bundled data/models/ner.bin.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Treat all lines as one document (names made consistent across lines).
        #[arg(long)]
        document: bool,
    },
}

/// Runs a subcommand; errors are reported once, here, with exit code 1.
pub fn run(command: Command) -> ExitCode {
    let result = match command {
        Command::Extract { paths, output, save } => extract::extract(&paths, output.as_deref(), save.as_deref()),
        Command::Export(args) => export::export(args),
        Command::Tag { model, document } => tag::tag(model.as_deref(), document),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dramatis: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Loads and analyses `paths` (projects with their edits), naming every file that failed and
/// every edit that no longer applies; `None` when nothing loaded.
fn load_graph(paths: &[PathBuf]) -> Option<dramatis::pipeline::Extraction> {
    let extraction = dramatis::pipeline::extract_paths(paths);
    for e in &extraction.errors {
        eprintln!("dramatis: skipped {e}");
    }
    for w in &extraction.warnings {
        eprintln!("dramatis: warning: {w}");
    }
    for issue in &extraction.edit_issues {
        eprintln!("dramatis: warning: edit {} ({}) does not apply: {}", issue.index + 1, issue.summary, issue.reason);
    }
    if extraction.graph.articles.is_empty() {
        eprintln!("dramatis: no article could be loaded");
        return None;
    }
    Some(extraction)
}
