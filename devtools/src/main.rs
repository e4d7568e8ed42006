//! `dramatis-dev`: the developer tools around the product — gazetteer build, tagger training,
//! evaluation and benchmarks. Never part of the `dramatis` binary; needs `../shared` for corpora.

mod augment;
mod bench;
mod bio;
mod conventions;
mod corpora;
mod corpus_articles;
mod eval_corpora;
mod eval_graph;
mod eval_ner;
mod eval_re3d;
mod eval_redocred;
mod gazetteer_build;
mod re3d_corpus;
mod results_tables;
mod train_crf;
mod train_ner;
mod train_relations;
mod train_tables;
mod train_window;
mod word_tables;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "dramatis-dev", about = "Developer tools for Dramatis: build data, train, evaluate, benchmark")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Evaluate extraction against annotated corpora.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Train a model from corpora (needs ../shared).
    Train {
        #[command(subcommand)]
        what: TrainCommand,
    },
    /// Compile the gazetteer in data/ from the upstream lists in ../shared.
    BuildGazetteer {
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        #[arg(long, default_value = "data")]
        data: PathBuf,
    },
    /// Write a corpus's documents as article files (real graphs for the layout bench).
    WriteArticles {
        #[arg(value_enum)]
        corpus: ArticleCorpus,
        /// Folder to write into (created if missing).
        out: PathBuf,
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
    },
    /// Benchmarks (run a release build: `cargo run --release -p dramatis-devtools -- bench ...`).
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ArticleCorpus {
    /// Re-DocRED's Wikipedia documents.
    Redocred,
    /// GUM's documents (news, interviews, how-tos, fiction, academic, …).
    Gum,
    /// GMB's newswire sentences, ten to an article (4,796 articles: a big project).
    Gmb,
}

#[derive(Subcommand)]
enum EvalCommand {
    /// The relation pair classifier: pair-level P/R/F1 on Re-DocRED and re3d (CENTCOM tunes, UK-Government is held out).
    Relations {
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// Re-DocRED split to score (re3d is scored by folder either way).
        #[arg(long, value_enum, default_value = "dev")]
        split: SplitArg,
        /// Least relation probability for an edge (the rule's THRESHOLD by default).
        #[arg(long)]
        threshold: Option<f32>,
        /// A model file instead of the bundled data/models/relations.bin.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// re3d annotations (documents.json, entities.json, relations.json), e.g. ../shared/corpora/re3d-dev
    Re3d { path: PathBuf },
    /// The re3d measure (entities, relation-pair connectivity, typed pair precision) on Re-DocRED's
    /// Wikipedia documents: dev (400-499 of dev_revised.json) or test.
    Redocred {
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        #[arg(long, value_enum, default_value = "dev")]
        split: SplitArg,
    },
    /// The re3d measure on every training corpus's dev or test documents: named gold entities
    /// recalled by the graph's node mentions, and node mentions on gold.
    Graph {
        #[command(flatten)]
        corpora: CorpusArgs,
    },
    /// The NER tagger: per-type and micro P/R/F1 on the GMB held-out split, on re3d-dev and on
    /// every training corpus's dev or test split; optionally the leave-one-corpus-out table.
    Ner(Box<NerEvalArgs>),
}

/// Which training corpora to score, and on which split.
#[derive(clap::Args)]
struct CorpusArgs {
    /// The shared folder holding `corpora/`.
    #[arg(long, default_value = "../shared")]
    shared: PathBuf,
    /// Which split of each corpus to score: tune on `dev`, look at `test` once per change kept.
    #[arg(long, value_enum, default_value = "dev")]
    split: SplitArg,
    /// Corpora to report (comma-separated names; empty = all).
    #[arg(long, default_value = "")]
    corpora: String,
}

#[derive(clap::Args)]
struct NerEvalArgs {
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
    #[command(flatten)]
    corpora: CorpusArgs,
    /// Also train one model per corpus on all the others and score the corpus left out.
    #[arg(long)]
    leave_one_out: bool,
    /// Epochs of each leave-one-out model.
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Word clusters for the leave-one-out models.
    #[arg(long, default_value = "data/models/clusters.tsv")]
    clusters: PathBuf,
    #[command(flatten)]
    network: NetworkArgs,
    /// Score each leave-one-out model again with these network weights (comma-separated; tune on dev).
    #[arg(long, value_delimiter = ',')]
    sweep_network_weight: Vec<f32>,
    /// Print this many missed and spurious spans per class and corpus (look at dev only).
    #[arg(long, default_value_t = 0)]
    show_errors: usize,
    /// A corpus weight for the leave-one-out models, NAME=W (repeatable; tune on dev).
    #[arg(long = "weight", value_parser = parse_weight)]
    weights: Vec<(String, f32)>,
    /// Word dropout (percent of tokens per epoch) of the leave-one-out models.
    #[arg(long, default_value_t = train_ner::TrainOptions::default().word_dropout)]
    word_dropout: u64,
    /// Generated results-table rows per thousand training sentences of the leave-one-out models.
    #[arg(long, default_value_t = train_ner::TrainOptions::default().results_tables)]
    results_tables: u64,
    /// Percent of sentences with names copied with only the names lowercased (leave-one-out models).
    #[arg(long, default_value_t = train_ner::TrainOptions::default().mention_lowercase)]
    mention_lowercase: u64,
    /// Percent of sentences with names copied with other names of their types (leave-one-out models).
    #[arg(long, default_value_t = train_ner::TrainOptions::default().mention_replacement)]
    mention_replacement: u64,
    /// Features seen fewer times are dropped before training the leave-one-out models.
    #[arg(long, default_value_t = train_ner::TrainOptions::default().min_count)]
    min_count: u32,
    /// Seed of the leave-one-out models' shuffles and augmentation: the spread over seeds is the
    /// noise floor a change must clear.
    #[arg(long, default_value_t = train_ner::TrainOptions::default().seed)]
    seed: u64,
    /// How the leave-one-out models are trained.
    #[command(flatten)]
    learner: LearnerArgs,
}

/// The window network beside the perceptron.
#[derive(clap::Args)]
struct NetworkArgs {
    /// Word vector codes distilled by scripts/distil_word_codes.py.
    #[arg(long, default_value = "data/models/word_codes.tsv")]
    codes: PathBuf,
    /// The perceptron alone, without the window network.
    #[arg(long)]
    no_network: bool,
    #[arg(long, default_value_t = train_window::NetworkOptions::default().epochs)]
    network_epochs: usize,
    /// AdaGrad's step.
    #[arg(long, default_value_t = train_window::NetworkOptions::default().rate)]
    network_rate: f32,
    /// Percent of hidden units dropped per training token.
    #[arg(long, default_value_t = train_window::NetworkOptions::default().dropout)]
    network_dropout: u64,
    /// The network's scores' weight beside the perceptron's.
    #[arg(long, default_value_t = train_window::NetworkOptions::default().weight)]
    network_weight: f32,
}

impl NetworkArgs {
    fn options(&self) -> Option<train_window::NetworkOptions> {
        (!self.no_network).then_some(train_window::NetworkOptions {
            epochs: self.network_epochs,
            rate: self.network_rate,
            dropout: self.network_dropout,
            weight: self.network_weight,
        })
    }
}

/// The tagger's training algorithm and its settings.
#[derive(clap::Args)]
struct LearnerArgs {
    /// How the weights are fitted: the averaged perceptron (the shipped model) or a linear-chain CRF.
    #[arg(long, value_enum, default_value_t = LearnerName::Perceptron)]
    learner: LearnerName,
    /// CRF: L2 penalty over the training set.
    #[arg(long, default_value_t = train_crf::CrfOptions::default().l2)]
    crf_l2: f32,
    /// CRF: initial SGD step.
    #[arg(long, default_value_t = train_crf::CrfOptions::default().rate)]
    crf_rate: f32,
    /// CRF: average the weights of every epoch's end from this epoch on.
    #[arg(long, default_value_t = train_crf::CrfOptions::default().average_from)]
    crf_average_from: usize,
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq)]
enum LearnerName {
    Perceptron,
    Crf,
}

impl LearnerArgs {
    fn learner(&self) -> train_ner::Learner {
        match self.learner {
            LearnerName::Perceptron => train_ner::Learner::Perceptron,
            LearnerName::Crf => train_ner::Learner::Crf(train_crf::CrfOptions {
                l2: self.crf_l2,
                rate: self.crf_rate,
                average_from: self.crf_average_from,
            }),
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum, PartialEq)]
enum SplitArg {
    Dev,
    Test,
}

impl From<SplitArg> for corpora::Split {
    fn from(s: SplitArg) -> Self {
        match s {
            SplitArg::Dev => corpora::Split::Dev,
            SplitArg::Test => corpora::Split::Test,
        }
    }
}

#[derive(Subcommand)]
enum TrainCommand {
    /// The relation pair classifier, from Re-DocRED (dev documents 0-399).
    Relations {
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// Also train on this re3d folder (repeatable). Off by default: with CENTCOM added, the
        /// held-out UK-Government folder lost the connectivity Re-DocRED alone gives it.
        #[arg(long)]
        re3d: Vec<PathBuf>,
        #[arg(short, long, default_value = "data/models/relations.bin")]
        output: PathBuf,
        #[arg(long, default_value_t = train_relations::RelationTrainOptions::default().epochs)]
        epochs: usize,
        /// L2 penalty (tune on dev: Re-DocRED dev and re3d CENTCOM).
        #[arg(long, default_value_t = train_relations::RelationTrainOptions::default().l2)]
        l2: f32,
    },
    /// The named-entity tagger, from the train splits of the corpora in ../shared/corpora and word clusters.
    Ner {
        /// The shared folder holding `corpora/`.
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// Corpora to train on (comma-separated names; empty = all).
        #[arg(long, default_value = "")]
        corpora: String,
        /// Word clusters distilled by scripts/distil_clusters.py.
        #[arg(long, default_value = "data/models/clusters.tsv")]
        clusters: PathBuf,
        #[command(flatten)]
        network: NetworkArgs,
        #[arg(short, long, default_value = "data/models/ner.bin")]
        output: PathBuf,
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        /// A corpus weight, NAME=W (repeatable), instead of the one in `corpora.rs`.
        #[arg(long = "weight", value_parser = parse_weight)]
        weights: Vec<(String, f32)>,
        /// Generated results-table rows per thousand training sentences (they train the table features).
        #[arg(long, default_value_t = train_ner::TrainOptions::default().results_tables)]
        results_tables: u64,
        #[command(flatten)]
        learner: LearnerArgs,
    },
}

/// `NAME=W` → (name, weight).
fn parse_weight(s: &str) -> Result<(String, f32), String> {
    let (name, w) = s.split_once('=').ok_or("expected NAME=WEIGHT")?;
    let w: f32 = w.parse().map_err(|e| format!("{w}: {e}"))?;
    if !(0.0..=100.0).contains(&w) {
        return Err(format!("{w}: a weight is between 0 and 100"));
    }
    Ok((name.to_string(), w))
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
    /// Time merge suggestions, an edit, undo, redo and log replay on GMB written out as articles.
    Curation {
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        #[arg(long, default_value_t = 5000)]
        articles: usize,
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
    /// Time force-layout iterations (or convergence, with its quality figures) on a deterministic
    /// scale-free graph, a node-link file (`--graph`) or the graph of articles (`--articles`).
    Layout {
        #[arg(long, default_value_t = 100_000)]
        nodes: usize,
        #[arg(long, default_value_t = 300_000)]
        edges: usize,
        #[arg(long, default_value_t = 50)]
        iterations: usize,
        /// Lay out this node-link JSON file instead of the synthetic graph.
        #[arg(long, conflicts_with = "articles")]
        graph: Option<PathBuf>,
        /// Lay out the graph extracted from these files or folders instead.
        #[arg(long, num_args = 1..)]
        articles: Vec<PathBuf>,
        /// Also write the graph as JSON node-link, links naming nodes by id (for peer comparisons).
        #[arg(long)]
        graph_out: Option<PathBuf>,
        /// Write the final positions as JSON: node id → [x, y].
        #[arg(long)]
        positions_out: Option<PathBuf>,
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
        Command::BuildGazetteer { shared, data } => build_gazetteer(&shared, &data),
        Command::WriteArticles { corpus, out, shared } => (|| {
            std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
            let written = match corpus {
                ArticleCorpus::Redocred => corpus_articles::write_redocred(&shared, &out)?,
                ArticleCorpus::Gum => corpus_articles::write_gum(&shared, &out)?,
                ArticleCorpus::Gmb => {
                    let articles = bench::gmb_articles(&shared, usize::MAX, 10)?;
                    for article in &articles {
                        let file = out.join(&article.path);
                        std::fs::write(&file, format!("{}\n\n{}\n", article.title, article.text))
                            .with_context(|| format!("writing {}", file.display()))?;
                    }
                    articles.len()
                }
            };
            println!("{written} articles written to {}", out.display());
            Ok(ExitCode::SUCCESS)
        })(),
        Command::Eval { what: EvalCommand::Re3d { path } } => (|| {
            let report = eval_re3d::eval_re3d(&path)?;
            print!("{report}");
            Ok(ExitCode::SUCCESS)
        })(),
        Command::Eval { what: EvalCommand::Redocred { shared, split } } => (|| {
            print!("{}", eval_redocred::eval_redocred(&shared, split == SplitArg::Test)?);
            Ok(ExitCode::SUCCESS)
        })(),
        Command::Eval { what: EvalCommand::Graph { corpora: c } } => (|| {
            let picked = eval_corpora::pick(&c.corpora)?;
            print!("{}", eval_graph::report(&c.shared, &picked, c.split.into())?);
            Ok(ExitCode::SUCCESS)
        })(),
        Command::Eval { what: EvalCommand::Ner(args) } => eval_ner_command(*args),
        Command::Train {
            what:
                TrainCommand::Ner { shared, corpora, clusters, network, output, epochs, weights, results_tables, learner },
        } => {
            let options = train_ner::TrainOptions {
                epochs,
                weights,
                results_tables,
                learner: learner.learner(),
                network: network.options(),
                ..train_ner::TrainOptions::default()
            };
            train_ner(&shared, &corpora, &clusters, &network.codes, &output, &options)
        }
        Command::Train { what: TrainCommand::Relations { shared, re3d, output, epochs, l2 } } => {
            train_relations::run_train(&shared, &re3d, &output, epochs, l2)
        }
        Command::Eval { what: EvalCommand::Relations { shared, split, threshold, model } } => {
            train_relations::run_eval(&shared, split == SplitArg::Test, threshold, model.as_deref())
        }
        Command::Bench { what: BenchCommand::Extract { paths, runs } } => bench::bench_extract(&paths, runs),
        Command::Bench { what: BenchCommand::Curation { shared, articles } } => {
            bench::bench_curation(&shared, articles)
        }
        Command::Bench { what: BenchCommand::Export { nodes, edges, width, height } } => {
            bench::bench_export(nodes, edges, width, height)
        }
        Command::Bench { what: BenchCommand::Svg { file } } => (|| {
            let svg = std::fs::read_to_string(&file)?;
            let start = std::time::Instant::now();
            let png = dramatis::export::png::svg_to_png(&svg)?;
            println!("png_ms: {:.1}  png_bytes: {}", start.elapsed().as_secs_f64() * 1000.0, png.len());
            Ok(ExitCode::SUCCESS)
        })(),
        Command::Bench { what: BenchCommand::Tag { file, runs } } => bench::bench_tag(&file, runs),
        Command::Bench {
            what:
                BenchCommand::Layout { nodes, edges, iterations, graph, articles, graph_out, positions_out, converge, seed },
        } => {
            let source = match graph {
                Some(path) => bench::LayoutSource::File(path),
                None if !articles.is_empty() => bench::LayoutSource::Articles(articles),
                None => bench::LayoutSource::Synthetic { nodes, edges, seed },
            };
            bench::bench_layout(
                source,
                bench::LayoutBenchOptions { iterations, converge, seed, graph_out, positions_out },
            )
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dramatis-dev: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// `dramatis-dev eval ner`: the GMB and re3d reports, then the per-corpus table (and, when asked,
/// the leave-one-corpus-out table); or another tagger's predictions scored; or the inputs written.
fn eval_ner_command(args: NerEvalArgs) -> anyhow::Result<ExitCode> {
    let code = eval_ner(
        &args.gmb,
        &args.re3d,
        args.model.as_deref(),
        args.write_inputs.as_deref(),
        args.gmb_predictions.as_deref(),
        args.re3d_predictions.as_deref(),
    )?;
    if code != ExitCode::SUCCESS
        || args.write_inputs.is_some()
        || args.gmb_predictions.is_some()
        || args.re3d_predictions.is_some()
    {
        return Ok(code);
    }
    let CorpusArgs { shared, split, corpora } = &args.corpora;
    let picked = eval_corpora::pick(corpora)?;
    let loaded = load_ner_model(args.model.as_deref())?;
    print!("{}", eval_corpora::report(shared, &loaded, &picked, (*split).into(), args.show_errors)?);
    if args.leave_one_out {
        let options = train_ner::TrainOptions {
            epochs: args.epochs,
            weights: args.weights,
            word_dropout: args.word_dropout,
            results_tables: args.results_tables,
            mention_lowercase: args.mention_lowercase,
            mention_replacement: args.mention_replacement,
            min_count: args.min_count,
            learner: args.learner.learner(),
            seed: args.seed,
            network: args.network.options(),
            ..train_ner::TrainOptions::default()
        };
        let words =
            train_ner::WordTables::read(Some(&args.clusters), options.network.as_ref().map(|_| &*args.network.codes))?;
        let sweep = &args.sweep_network_weight;
        print!("{}", eval_corpora::leave_one_out(shared, &words, &picked, (*split).into(), &options, sweep)?);
    }
    Ok(ExitCode::SUCCESS)
}

/// The bundled model, or the one in `path`.
fn load_ner_model(path: Option<&Path>) -> anyhow::Result<std::borrow::Cow<'static, dramatis::nlp::ner::Model>> {
    use dramatis::nlp::ner;
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok(std::borrow::Cow::Owned(ner::Model::read(&bytes).with_context(|| p.display().to_string())?))
        }
        None => ner::bundled()
            .map(std::borrow::Cow::Borrowed)
            .context("no NER model is bundled (data/models/ner.bin is empty or corrupt): run `dramatis-dev train ner`"),
    }
}

fn build_gazetteer(shared: &Path, data: &Path) -> anyhow::Result<ExitCode> {
    let report = gazetteer_build::build(shared, data)?;
    println!(
        "wrote {} ({} entries, {} aliases); {} common words",
        report.gazetteer_path.display(),
        report.entries,
        report.aliases,
        report.common_words
    );
    Ok(ExitCode::SUCCESS)
}

fn train_ner(
    shared: &Path,
    corpora: &str,
    clusters: &Path,
    codes: &Path,
    output: &Path,
    options: &train_ner::TrainOptions,
) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let picked = eval_corpora::pick(corpora)?;
    let words = train_ner::WordTables::read(Some(clusters), options.network.as_ref().map(|_| codes))?;
    let model = train_ner::train_from_corpora(shared, &picked, &words, options, |line| eprintln!("{line}"))?;
    write_model(output, started, |bytes| model.write(bytes))
}

/// Writes a trained model file atomically and says where, how big, and how long training took.
pub(crate) fn write_model(
    output: &Path,
    started: std::time::Instant,
    write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
) -> anyhow::Result<ExitCode> {
    let mut bytes = Vec::new();
    write(&mut bytes)?;
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
    use dramatis::nlp::ner::tables::GazetteerIndex;
    use eval_ner as eval;
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
