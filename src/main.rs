//! The `dramatis` binary: the explorer by default, subcommands for batch work.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "dramatis", version, about = "Knowledge graphs of actors, places and events from news articles")]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles or folders to open in the explorer (default: the bundled sample article).
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the knowledge graph of articles (files or folders) as JSON.
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
    Export {
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
    },
    /// Evaluate extraction against annotated corpora.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Train a model from corpora (developer command; needs ../shared).
    Train {
        #[command(subcommand)]
        what: TrainCommand,
    },
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
    /// Compile the gazetteer in data/ from the upstream lists in ../shared.
    BuildGazetteer {
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        #[arg(long, default_value = "data")]
        data: PathBuf,
    },
    /// Benchmarks (release build): `bench extract PATH...`.
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// re3d annotations (documents.json, entities.json, relations.json), e.g. ../shared/corpora/re3d-dev
    Re3d { path: PathBuf },
    /// The NER tagger: per-type and micro P/R/F1 on the GMB held-out split and on re3d-dev.
    Ner {
        #[arg(long, default_value = "../shared/corpora/gmb/ner_dataset.csv")]
        gmb: PathBuf,
        #[arg(long, default_value = "../shared/corpora/re3d-dev")]
        re3d: PathBuf,
        /// A model file instead of the bundled data/models/ner.bin.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Write the two test sets as `dramatis tag` input (gmb-heldout.jsonl, re3d.jsonl) to this folder and stop.
        #[arg(long)]
        write_inputs: Option<PathBuf>,
        /// Score another tagger's output on gmb-heldout.jsonl (same format as `dramatis tag` writes).
        #[arg(long)]
        gmb_predictions: Option<PathBuf>,
        /// Score another tagger's output on re3d.jsonl.
        #[arg(long)]
        re3d_predictions: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// The named-entity tagger, from GMB (every 10th sentence held out) and word clusters.
    Ner {
        #[arg(long, default_value = "../shared/corpora/gmb/ner_dataset.csv")]
        gmb: PathBuf,
        /// Word clusters distilled by scripts/distil_clusters.py.
        #[arg(long, default_value = "data/models/clusters.tsv")]
        clusters: PathBuf,
        #[arg(short, long, default_value = "data/models/ner.bin")]
        output: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Time extraction (load + NLP + graph) over the given paths.
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, default_value_t = 10)]
        runs: usize,
    },
    /// Time SVG and PNG export of a synthetic graph (laid out first; layout time not counted).
    Export {
        #[arg(long, default_value_t = 10_000)]
        nodes: usize,
        #[arg(long, default_value_t = 30_000)]
        edges: usize,
        #[arg(long, default_value_t = 4000)]
        width: u32,
        #[arg(long, default_value_t = 4000)]
        height: u32,
    },
    /// Time the NER tagger alone (one thread) on `dramatis tag` input, e.g. from `eval ner --write-inputs`.
    Tag {
        file: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Time rendering an SVG file to PNG.
    Svg { file: PathBuf },
    /// Time force-layout iterations on a deterministic scale-free graph.
    Layout {
        #[arg(long, default_value_t = 100_000)]
        nodes: usize,
        #[arg(long, default_value_t = 300_000)]
        edges: usize,
        #[arg(long, default_value_t = 50)]
        iterations: usize,
        /// Also write the graph as JSON node-link (for peer comparisons).
        #[arg(long)]
        graph_out: Option<PathBuf>,
        /// Run ticks until the layout converges and report the time instead.
        #[arg(long)]
        converge: bool,
        #[arg(long, default_value_t = 42)]
        seed: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Extract { paths, output, save }) => extract(&paths, output.as_deref(), save.as_deref()),
        Some(Command::BuildGazetteer { shared, data }) => build_gazetteer(&shared, &data),
        Some(Command::Eval { what: EvalCommand::Re3d { path } }) => (|| {
            let report = dramatis::eval::eval_re3d(&path)?;
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        })(),
        Some(Command::Eval {
            what: EvalCommand::Ner { gmb, re3d, model, write_inputs, gmb_predictions, re3d_predictions },
        }) => eval_ner(
            &gmb,
            &re3d,
            model.as_deref(),
            write_inputs.as_deref(),
            gmb_predictions.as_deref(),
            re3d_predictions.as_deref(),
        ),
        Some(Command::Train { what: TrainCommand::Ner { gmb, clusters, output, epochs } }) => {
            train_ner(&gmb, &clusters, &output, epochs)
        }
        Some(Command::Tag { model, document }) => tag(model.as_deref(), document),
        Some(Command::Export {
            paths,
            format,
            output,
            scale,
            width,
            height,
            background,
            no_labels,
            no_legend,
            no_sources,
            title,
        }) => {
            let Some(background) = dramatis::export::Background::parse(&background) else {
                eprintln!("dramatis: unknown background {background:?} (use white, transparent or dark)");
                return ExitCode::from(2);
            };
            let options = dramatis::export::ImageOptions {
                width,
                height,
                scale,
                background,
                labels: !no_labels,
                legend: !no_legend,
                title,
                sources: !no_sources,
            };
            export(&paths, format.as_deref(), &output, &options)
        }
        Some(Command::Bench { what: BenchCommand::Extract { paths, runs } }) => bench_extract(&paths, runs),
        Some(Command::Bench { what: BenchCommand::Export { nodes, edges, width, height } }) => {
            bench_export(nodes, edges, width, height)
        }
        Some(Command::Bench { what: BenchCommand::Svg { file } }) => (|| {
            let svg = std::fs::read_to_string(&file)?;
            let start = std::time::Instant::now();
            let png = dramatis::export::png::svg_to_png(&svg)?;
            println!("png_ms: {:.1}  png_bytes: {}", start.elapsed().as_secs_f64() * 1000.0, png.len());
            Ok(ExitCode::SUCCESS)
        })(),
        Some(Command::Bench { what: BenchCommand::Tag { file, runs } }) => bench_tag(&file, runs),
        Some(Command::Bench { what: BenchCommand::Layout { nodes, edges, iterations, graph_out, converge, seed } }) => {
            bench_layout(nodes, edges, iterations, graph_out.as_deref(), converge, seed)
        }
        None => open_gui(cli.paths),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dramatis: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// Loads and analyses `paths`, naming every file that failed; `None` when nothing loaded.
fn load_graph(paths: &[PathBuf]) -> Option<dramatis::graph::KnowledgeGraph> {
    let extraction = dramatis::pipeline::extract_paths(paths);
    for e in &extraction.errors {
        eprintln!("dramatis: skipped {e}");
    }
    if extraction.graph.articles.is_empty() {
        eprintln!("dramatis: no article could be loaded");
        return None;
    }
    Some(extraction.graph)
}

fn extract(paths: &[PathBuf], output: Option<&Path>, save: Option<&Path>) -> anyhow::Result<ExitCode> {
    let Some(graph) = load_graph(paths) else { return Ok(ExitCode::from(1)) };
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

fn export(
    paths: &[PathBuf],
    format: Option<&str>,
    output: &Path,
    options: &dramatis::export::ImageOptions,
) -> anyhow::Result<ExitCode> {
    use dramatis::export::Format;
    let format = match format {
        Some(f) => match Format::parse(f) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("dramatis: {e}");
                return Ok(ExitCode::from(2));
            }
        },
        None => match Format::from_path(output) {
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
    let Some(graph) = load_graph(paths) else { return Ok(ExitCode::from(1)) };
    dramatis::export::export(&graph, format, output, options)?;
    Ok(ExitCode::SUCCESS)
}

fn build_gazetteer(shared: &Path, data: &Path) -> anyhow::Result<ExitCode> {
    let report = dramatis::nlp::gazetteer_build::build(shared, data)?;
    println!(
        "wrote {} ({} entries, {} aliases); {} common words",
        report.gazetteer_path.display(),
        report.entries,
        report.aliases,
        report.common_words
    );
    Ok(ExitCode::SUCCESS)
}

fn bench_extract(paths: &[PathBuf], runs: usize) -> anyhow::Result<ExitCode> {
    let runs = runs.max(1);
    let mut times = Vec::with_capacity(runs);
    let mut summary = (0, 0, 0, 0usize);
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let x = dramatis::pipeline::extract_paths(paths);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        let bytes: usize = x.graph.articles.iter().map(|a| a.text.len()).sum();
        summary = (x.graph.articles.len(), x.graph.node_count(), x.graph.edge_count(), bytes);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("articles: {}  nodes: {}  edges: {}  text: {} KB", summary.0, summary.1, summary.2, summary.3 / 1024);
    println!("runs: {runs}  median_ms: {median:.1}  min_ms: {:.1}  max_ms: {:.1}", times[0], times[times.len() - 1]);
    println!(
        "throughput: {:.1} MB/s, {:.0} articles/s",
        summary.3 as f64 / 1e6 / (median / 1000.0),
        summary.0 as f64 / (median / 1000.0)
    );
    // Cost of events: NLP with and without event/relation finding, on the same texts.
    use rayon::prelude::*;
    let texts: Vec<String> =
        dramatis::pipeline::extract_paths(paths).graph.articles.iter().map(|a| a.text.clone()).collect();
    let time = |f: &dyn Fn() -> usize| {
        let start = std::time::Instant::now();
        std::hint::black_box(f());
        start.elapsed().as_secs_f64() * 1000.0
    };
    let without = || texts.par_iter().map(|t| dramatis::nlp::analyze(t).entities.len()).sum();
    let with = || {
        texts
            .par_iter()
            .map(|t| {
                let a = dramatis::nlp::analyze(t);
                dramatis::nlp::events::find_events(t, &a).0.len()
            })
            .sum()
    };
    // Interleaved, so drift in the machine's speed touches both alike.
    let (mut a, mut b): (Vec<f64>, Vec<f64>) = (0..runs.max(3)).map(|_| (time(&without), time(&with))).unzip();
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (entities, with_events) = (median(&mut a), median(&mut b));
    println!(
        "nlp without events: {entities:.1} ms  with events and relations: {with_events:.1} ms  ratio: {:.2}x",
        with_events / entities.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

fn bench_layout(
    nodes: usize,
    edges: usize,
    iterations: usize,
    graph_out: Option<&Path>,
    converge: bool,
    seed: u64,
) -> anyhow::Result<ExitCode> {
    use dramatis::layout::{ForceLayout, ForceParams, scale_free_graph};
    let graph = scale_free_graph(nodes, edges, seed);
    if let Some(path) = graph_out {
        let json = serde_json::json!({
            "nodes": graph.keys.iter().map(|k| serde_json::json!({"id": k})).collect::<Vec<_>>(),
            "links": graph.edges.iter().map(|(a, b, w)| serde_json::json!({"source": a, "target": b, "weight": w})).collect::<Vec<_>>(),
        });
        dramatis::export::write_atomically(path, serde_json::to_string(&json)?.as_bytes())?;
    }
    let threads = rayon::current_num_threads();
    let start = std::time::Instant::now();
    let mut layout = ForceLayout::new(&graph, ForceParams { seed, ..ForceParams::default() });
    let setup_ms = start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "graph: {} nodes, {} edges (scale-free, seed {seed}); threads: {threads}; setup_ms: {setup_ms:.1}",
        graph.len(),
        graph.edges.len()
    );
    if converge {
        let start = std::time::Instant::now();
        layout.run_to_convergence();
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!(
            "converged: {} iterations in {ms:.1} ms ({:.3} ms_per_iteration)",
            layout.iterations(),
            ms / layout.iterations().max(1) as f64
        );
    } else {
        layout.tick(); // warm-up: sizes the tree arena
        let start = std::time::Instant::now();
        for _ in 0..iterations {
            layout.tick();
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!("iterations: {iterations}");
        println!("ms_per_iteration: {:.3}", ms / iterations.max(1) as f64);
    }
    let state = layout.state_bytes();
    let budget = 200 * graph.len() + 32 * graph.edges.len();
    println!(
        "layout_state_bytes: {state} (budget 200/node + 32/edge = {budget}; {:.1} bytes per node after 32 per edge)",
        (state as f64 - graph.edges.len() as f64 * 32.0) / graph.len().max(1) as f64
    );
    if let Some(kb) = peak_rss_kb() {
        println!("peak_rss_mb: {:.1}", kb as f64 / 1024.0);
    }
    Ok(ExitCode::SUCCESS)
}

fn bench_export(nodes: usize, edges: usize, width: u32, height: u32) -> anyhow::Result<ExitCode> {
    use dramatis::export::{ImageOptions, png::drawing_to_png, svg::draw};
    let graph = dramatis::graph::synthetic_graph(nodes, edges, 42);
    let positions = dramatis::export::converged_positions(&graph);
    let scene = dramatis::scene::Scene::build(&graph, &positions, |_| true, |_| true);
    let options = ImageOptions { width: Some(width), height: Some(height), ..ImageOptions::default() };
    let start = std::time::Instant::now();
    let drawing = draw(&graph, &scene, &options, &[]);
    let svg = drawing.to_svg();
    let svg_ms = start.elapsed().as_secs_f64() * 1000.0;
    let start = std::time::Instant::now();
    let png = drawing_to_png(&drawing)?;
    let png_ms = start.elapsed().as_secs_f64() * 1000.0;
    println!("graph: {} nodes, {} edges; image {width}x{height}", graph.node_count(), graph.edge_count());
    println!("svg_ms: {svg_ms:.1}  svg_bytes: {}", svg.len());
    println!("png_ms: {png_ms:.1} (svg + png: {:.1} ms)  png_bytes: {}", svg_ms + png_ms, png.len());
    Ok(ExitCode::SUCCESS)
}

/// Peak resident memory of this process (Linux), in KiB.
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
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
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples/naqoura-talks.txt")
    }
}

fn load_ner_model(path: Option<&Path>) -> anyhow::Result<std::borrow::Cow<'static, dramatis::nlp::ner::Model>> {
    use dramatis::nlp::ner;
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok(std::borrow::Cow::Owned(ner::Model::read(&bytes).with_context(|| p.display().to_string())?))
        }
        None => ner::bundled()
            .map(std::borrow::Cow::Borrowed)
            .context("no NER model is bundled (data/models/ner.bin is empty): run `dramatis train ner` and rebuild"),
    }
}

fn tag(model: Option<&Path>, document: bool) -> anyhow::Result<ExitCode> {
    let model = load_ner_model(model)?;
    let stdin = std::io::stdin().lock();
    let stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    dramatis::nlp::ner::tag_json_lines(&model, stdin, stdout, document)?;
    Ok(ExitCode::SUCCESS)
}

fn train_ner(gmb: &Path, clusters: &Path, output: &Path, epochs: usize) -> anyhow::Result<ExitCode> {
    use dramatis::nlp::ner::train;
    let options = train::TrainOptions { epochs, ..train::TrainOptions::default() };
    let started = std::time::Instant::now();
    let model = train::train_from_corpus(gmb, Some(clusters), &options, |line| eprintln!("{line}"))?;
    let mut bytes = Vec::new();
    model.write(&mut bytes)?;
    dramatis::export::write_atomically(output, &bytes)?;
    eprintln!(
        "wrote {} ({:.1} MB) in {:.1} s; rebuild to bundle it",
        output.display(),
        bytes.len() as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

fn eval_ner(
    gmb: &Path,
    re3d: &Path,
    model: Option<&Path>,
    write_inputs: Option<&Path>,
    gmb_predictions: Option<&Path>,
    re3d_predictions: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    use dramatis::nlp::ner::{eval, lexicon::GazetteerIndex};
    let gazetteer = GazetteerIndex::build(dramatis::nlp::Gazetteer::bundled());
    let gmb_corpus = eval::gmb_heldout(gmb, &gazetteer)?;
    let re3d_corpus = eval::re3d(re3d)?;
    if let Some(dir) = write_inputs {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        for (name, corpus) in [("gmb-heldout.jsonl", &gmb_corpus), ("re3d.jsonl", &re3d_corpus)] {
            dramatis::export::write_atomically(&dir.join(name), corpus.to_jsonl().as_bytes())?;
        }
        eprintln!("wrote gmb-heldout.jsonl and re3d.jsonl to {}", dir.display());
        return Ok(ExitCode::SUCCESS);
    }
    if gmb_predictions.is_some() || re3d_predictions.is_some() {
        for (path, corpus, is_gmb) in [(gmb_predictions, &gmb_corpus, true), (re3d_predictions, &re3d_corpus, false)] {
            let Some(path) = path else { continue };
            let predicted = eval::read_predictions(path)?;
            anyhow::ensure!(
                predicted.len() == corpus.sentences.len(),
                "{}: {} lines for {} sentences",
                path.display(),
                predicted.len(),
                corpus.sentences.len()
            );
            let (report, _) =
                if is_gmb { eval::report_gmb(corpus, &predicted) } else { eval::report_re3d(corpus, &predicted) };
            println!("{}:\n{report}", path.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    let started = std::time::Instant::now();
    let model = load_ner_model(model)?;
    eprintln!("model loaded in {:.1} ms", started.elapsed().as_secs_f64() * 1e3);
    let (report, _) = eval::report_gmb(&gmb_corpus, &eval::predict(&model, &gmb_corpus, false));
    println!("{report}");
    let (report, _) = eval::report_re3d(&re3d_corpus, &eval::predict(&model, &re3d_corpus, false));
    println!("sentence by sentence (as `dramatis tag`):\n{report}");
    let (report, _) = eval::report_re3d(&re3d_corpus, &eval::predict(&model, &re3d_corpus, true));
    println!("per document, with the consistency pass (as `extract`):\n{report}");
    Ok(ExitCode::SUCCESS)
}

fn bench_tag(file: &Path, runs: usize) -> anyhow::Result<ExitCode> {
    use dramatis::nlp::ner::{Model, Scratch};
    #[derive(serde::Deserialize)]
    struct Line {
        tokens: Vec<String>,
    }
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let sentences: Vec<Vec<String>> = text
        .lines()
        .map(|l| serde_json::from_str::<Line>(l).map(|l| l.tokens))
        .collect::<Result<_, _>>()
        .with_context(|| file.display().to_string())?;
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let bytes =
        std::fs::read("data/models/ner.bin").context("run from the project root (reads data/models/ner.bin)")?;
    let started = std::time::Instant::now();
    let model = Model::read(&bytes)?;
    let load = started.elapsed();
    let refs: Vec<Vec<&str>> = sentences.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let mut scratch = Scratch::default();
    let mut times = Vec::new();
    let mut found = 0;
    for _ in 0..runs.max(1) {
        let started = std::time::Instant::now();
        found = refs.iter().map(|s| model.tag(s, &mut scratch).len()).sum::<usize>();
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "model load (parse {:.1} MB): {:.1} ms\n{} sentences, {tokens} tokens, {found} entities\ntagging, one thread, median of {}: {:.1} ms = {:.0} tokens/s",
        bytes.len() as f64 / 1e6,
        load.as_secs_f64() * 1e3,
        refs.len(),
        times.len(),
        median * 1e3,
        tokens as f64 / median
    );
    Ok(ExitCode::SUCCESS)
}
