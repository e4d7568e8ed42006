//! The `dramatis` binary: parses the command line and dispatches — the explorer by default,
//! [`cli`] for batch work.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => match open_gui(args.paths) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("dramatis: {e:#}");
                ExitCode::from(1)
            }
        },
    }
}

#[cfg(feature = "gui")]
fn open_gui(paths: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    let paths = if paths.is_empty() { vec![bundled_sample()] } else { paths };
    dramatis::app::run(paths).map_err(|e| anyhow::anyhow!("the window could not open: {e}"))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "gui"))]
fn open_gui(_paths: Vec<PathBuf>) -> anyhow::Result<ExitCode> {
    eprintln!("dramatis: this build has no GUI (built without the `gui` feature); try `dramatis extract PATH`");
    Ok(ExitCode::from(2))
}

/// The seed article: next to the working directory, else where the crate was built.
#[cfg(feature = "gui")]
fn bundled_sample() -> PathBuf {
    let relative = PathBuf::from("data/samples/naqoura-talks.txt");
    if relative.exists() {
        relative
    } else {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples/naqoura-talks.txt")
    }
}
