//! `dramatis export`: images (PNG, SVG) and graph files (GraphML, GEXF, JSON, Neo4j CSV).

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct ExportArgs {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// png, svg, graphml, gexf, json or csv (default: from the output's extension).
    #[arg(short, long)]
    format: Option<String>,
    /// Output file (a folder for csv).
    #[arg(short, long)]
    output: PathBuf,
    /// Multiply the image size (2 for print).
    #[arg(long, default_value_t = 1.0)]
    scale: f32,
    #[arg(long)]
    width: Option<u32>,
    #[arg(long)]
    height: Option<u32>,
    /// white, transparent or dark.
    #[arg(long, default_value = "white")]
    background: String,
    #[arg(long)]
    no_labels: bool,
    #[arg(long)]
    no_legend: bool,
    /// Leave out the footer naming the source articles.
    #[arg(long)]
    no_sources: bool,
    #[arg(long)]
    title: Option<String>,
}

pub fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    use dramatis::export::{Background, Format, ImageOptions};
    let Some(background) = Background::parse(&args.background) else {
        eprintln!("dramatis: unknown background {:?} (use white, transparent or dark)", args.background);
        return Ok(ExitCode::from(2));
    };
    let options = ImageOptions {
        width: args.width,
        height: args.height,
        scale: args.scale,
        background,
        labels: !args.no_labels,
        legend: !args.no_legend,
        title: args.title,
        sources: !args.no_sources,
    };
    let output = args.output;
    let format = match args.format.as_deref() {
        Some(f) => match Format::parse(f) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("dramatis: {e}");
                return Ok(ExitCode::from(2));
            }
        },
        None => match Format::from_path(&output) {
            Some(f) => f,
            None if output.extension().is_none() => Format::Csv,
            None => {
                eprintln!("dramatis: cannot tell the format from {}; pass --format", output.display());
                return Ok(ExitCode::from(2));
            }
        },
    };
    if !(0.1..=16.0).contains(&options.scale) {
        eprintln!("dramatis: --scale must be between 0.1 and 16");
        return Ok(ExitCode::from(2));
    }
    let Some(extraction) = super::load_graph(&args.paths) else { return Ok(ExitCode::from(1)) };
    dramatis::export::export(&extraction.graph, format, &output, &options)?;
    Ok(ExitCode::SUCCESS)
}
