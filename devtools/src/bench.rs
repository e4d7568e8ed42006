//! Benchmarks of the product's hot paths: extraction, layout, export, the tagger. Run them from
//! a release build; each prints its figures one per line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

pub fn bench_extract(paths: &[PathBuf], runs: usize) -> anyhow::Result<ExitCode> {
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

/// Where the layout bench's graph comes from.
pub enum LayoutSource {
    /// The deterministic scale-free graph of `nodes` and `edges`.
    Synthetic { nodes: usize, edges: usize, seed: u64 },
    /// A node-link JSON file (`nodes[].id`, optional `radius`; `links[].source/target` by id, optional `weight`).
    File(PathBuf),
    /// Articles extracted by the product's pipeline, sized by its style (what the explorer lays out).
    Articles(Vec<PathBuf>),
}

/// What the layout bench writes and whether it runs to convergence.
pub struct LayoutBenchOptions {
    pub iterations: usize,
    pub converge: bool,
    pub seed: u64,
    pub graph_out: Option<PathBuf>,
    pub positions_out: Option<PathBuf>,
}

/// Reads a node-link JSON graph (d3-force, networkx and igraph's peer script read the same).
pub fn read_node_link(path: &Path) -> anyhow::Result<dramatis::layout::LayoutGraph> {
    #[derive(serde::Deserialize)]
    struct Node {
        id: serde_json::Value,
        radius: Option<f32>,
    }
    #[derive(serde::Deserialize)]
    struct Link {
        source: serde_json::Value,
        target: serde_json::Value,
        weight: Option<f32>,
    }
    #[derive(serde::Deserialize)]
    struct File {
        nodes: Vec<Node>,
        #[serde(alias = "edges")]
        links: Vec<Link>,
    }
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let file: File =
        serde_json::from_str(&text).with_context(|| format!("{} is not node-link JSON", path.display()))?;
    let key = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut graph = dramatis::layout::LayoutGraph::default();
    let mut index = std::collections::HashMap::new();
    for node in &file.nodes {
        index.insert(key(&node.id), graph.keys.len() as u32);
        graph.keys.push(key(&node.id));
        graph.radius.push(node.radius.unwrap_or(5.0));
        graph.group.push(0);
    }
    for link in &file.links {
        let (Some(&a), Some(&b)) = (index.get(&key(&link.source)), index.get(&key(&link.target))) else {
            anyhow::bail!("{}: a link names a node that is not in the file", path.display());
        };
        graph.edges.push((a, b, link.weight.unwrap_or(1.0)));
    }
    Ok(graph)
}

pub fn bench_layout(source: LayoutSource, options: LayoutBenchOptions) -> anyhow::Result<ExitCode> {
    use dramatis::layout::{ForceParams, quality, scale_free_graph, start_layout};
    let (graph, described) = match source {
        LayoutSource::Synthetic { nodes, edges, seed } => {
            (scale_free_graph(nodes, edges, seed), format!("scale-free, seed {seed}"))
        }
        LayoutSource::File(path) => (read_node_link(&path)?, path.display().to_string()),
        LayoutSource::Articles(paths) => {
            let start = std::time::Instant::now();
            let extraction = dramatis::pipeline::extract_paths(&paths);
            let articles = extraction.graph.articles.len();
            let (graph, _) = dramatis::style::layout_graph(&extraction.graph, true);
            (graph, format!("{articles} articles, extracted in {:.0} ms", start.elapsed().as_secs_f64() * 1000.0))
        }
    };
    if let Some(path) = &options.graph_out {
        let json = serde_json::json!({
            "nodes": graph.keys.iter().zip(&graph.radius).map(|(k, r)| serde_json::json!({"id": k, "radius": r})).collect::<Vec<_>>(),
            // Links name their ends by node id, as node-link readers (d3-force, networkx) expect.
            "links": graph.edges.iter().map(|&(a, b, w)| serde_json::json!({"source": graph.keys[a as usize], "target": graph.keys[b as usize], "weight": w})).collect::<Vec<_>>(),
        });
        dramatis::export::write_atomically(path, serde_json::to_string(&json)?.as_bytes())?;
    }
    let threads = rayon::current_num_threads();
    let seed = options.seed;
    let start = std::time::Instant::now();
    let mut layout = start_layout(&graph, ForceParams { seed, ..ForceParams::default() });
    let setup_ms = start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "graph: {} nodes, {} edges ({described}); threads: {threads}; setup_ms: {setup_ms:.1}",
        graph.len(),
        graph.edges.len()
    );
    if options.converge {
        let start = std::time::Instant::now();
        layout.run_to_convergence();
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!(
            "converged: {} iterations in {ms:.1} ms ({:.3} ms_per_iteration; total with setup {:.1} ms)",
            layout.iterations(),
            ms / layout.iterations().max(1) as f64,
            ms + setup_ms
        );
        let q = quality::measure(&graph, &layout.layout().positions, seed);
        println!(
            "quality (largest component, {} nodes, {} Louvain communities): community_ratio {:.3}  linked_ratio {:.3}",
            q.nodes, q.communities, q.community_ratio, q.linked_ratio
        );
        let overlaps = dramatis::layout::overlap::overlapping_pairs(&layout.layout().positions, &graph.radius);
        println!("overlapping discs: {overlaps} pairs");
    } else {
        layout.tick(); // warm-up: sizes the tree arena
        let start = std::time::Instant::now();
        for _ in 0..options.iterations {
            layout.tick();
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        println!("iterations: {}", options.iterations);
        println!("ms_per_iteration: {:.3}", ms / options.iterations.max(1) as f64);
    }
    if let Some(path) = &options.positions_out {
        let positions: serde_json::Map<String, serde_json::Value> = graph
            .keys
            .iter()
            .zip(&layout.layout().positions)
            .map(|(k, p)| (k.clone(), serde_json::json!([p.x, p.y])))
            .collect();
        dramatis::export::write_atomically(path, serde_json::to_string(&positions)?.as_bytes())?;
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

pub fn bench_export(nodes: usize, edges: usize, width: u32, height: u32) -> anyhow::Result<ExitCode> {
    use dramatis::export::{ImageOptions, png::drawing_to_png, svg::draw};
    let graph = dramatis::layout::synthetic_graph(nodes, edges, 42);
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

pub fn bench_tag(file: &Path, runs: usize) -> anyhow::Result<ExitCode> {
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

/// GMB's sentences as newswire-like articles, `per_article` sentences each (a corpus of many
/// articles for the curation bench; GMB is itself newswire).
pub fn gmb_articles(shared: &Path, count: usize, per_article: usize) -> anyhow::Result<Vec<dramatis::model::Article>> {
    let path = shared.join("corpora/gmb/ner_dataset.csv");
    let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let mut sentences: Vec<String> = Vec::new();
    for record in reader.records() {
        let record = record?;
        let (Some(marker), Some(word)) = (record.get(0), record.get(1)) else { continue };
        if !marker.is_empty() || sentences.is_empty() {
            sentences.push(String::new());
        }
        let sentence = sentences.last_mut().expect("pushed above");
        let glued = matches!(word, "." | "," | ";" | ":" | "'s" | "?" | "!" | "%" | ")") || sentence.ends_with('(');
        if !sentence.is_empty() && !glued {
            sentence.push(' ');
        }
        sentence.push_str(word);
    }
    Ok(sentences
        .chunks(per_article)
        .take(count)
        .enumerate()
        .map(|(i, chunk)| dramatis::model::Article {
            id: format!("gmb-{i}"),
            path: format!("gmb-{i}.txt"),
            title: format!("GMB {i}"),
            text: chunk.join(" "),
            date: None,
            url: None,
        })
        .collect())
}

/// Curation on a big project: merge suggestions, an edit, undo and redo, and replaying a log.
pub fn bench_curation(shared: &Path, articles: usize) -> anyhow::Result<ExitCode> {
    use dramatis::curation::{Curation, Edit, suggest_merges};
    let time = |f: &mut dyn FnMut()| {
        let start = std::time::Instant::now();
        f();
        start.elapsed().as_secs_f64() * 1000.0
    };
    let articles = gmb_articles(shared, articles, 10)?;
    let count = articles.len();
    let mut base = None;
    let extract_ms = time(&mut || base = Some(dramatis::graph::build_graph(articles.clone())));
    let base = base.expect("built above");
    println!(
        "articles: {count}  nodes: {}  edges: {}  extract_ms: {extract_ms:.0}",
        base.node_count(),
        base.edge_count()
    );
    let mut found = Vec::new();
    let mut runs: Vec<f64> = (0..5).map(|_| time(&mut || found = suggest_merges(&base, &Default::default()))).collect();
    runs.sort_by(f64::total_cmp);
    println!("suggestions: {}  suggest_ms: median {:.1}  max {:.1}", found.len(), runs[2], runs[4]);
    for s in found.iter().take(5) {
        println!("  {:?} {:.2}: {} <- {}", s.reason, s.score, s.keep, s.merge);
    }
    // A log of 200 accepted suggestions, then one more edit, undo and redo at that depth.
    let mut curation = Curation::new(base.clone());
    for s in found.iter().take(200) {
        let _ = curation.apply(Edit::Merge { into: s.keep.clone(), from: vec![s.merge.clone()] });
    }
    let edits = curation.edits().count();
    let node = curation.graph().nodes().next().map(|(_, n)| n.id.clone()).unwrap_or_default();
    let apply_ms = time(&mut || {
        let _ = curation.apply(Edit::Rename { node: node.clone(), label: "Renamed".into() });
    });
    let undo_ms = time(&mut || {
        curation.undo();
    });
    let redo_ms = time(&mut || {
        curation.redo();
    });
    let replay_ms = time(&mut || {
        std::hint::black_box(Curation::with_log(base.clone(), curation.edits().cloned().collect()));
    });
    println!(
        "log: {edits} edits  apply_ms: {apply_ms:.1}  undo_ms: {undo_ms:.1}  redo_ms: {redo_ms:.1}  replay_ms: {replay_ms:.1}"
    );
    Ok(ExitCode::SUCCESS)
}
