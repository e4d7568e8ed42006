//! Exports: images look like the graph (decoded and checked), graph files parse with real
//! parsers and round-trip counts; hostile and Arabic labels survive every format.

use std::path::Path;
use std::process::Command;

use dramatis::export::{self, Format, ImageOptions};
use dramatis::graph::{Edge, EdgeKind, KnowledgeGraph, NodeKind, Span};
use dramatis::ingest::Article;
use resvg::tiny_skia::Pixmap;

const HOSTILE: &str = "<script>alert(\"x\") & 'y'</script>";
const ARABIC: &str = "حزب الله";

fn seed() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples/naqoura-talks.txt")
}

fn run_export(path: &str, format: &str, out: &Path, extra: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_dramatis"))
        .args(["export", path, "--format", format, "-o"])
        .arg(out)
        .args(extra)
        .output()
        .expect("binary runs");
    assert_eq!(status.status.code(), Some(0), "{}", String::from_utf8_lossy(&status.stderr));
}

fn ink(p: &Pixmap) -> usize {
    p.pixels().iter().filter(|px| px.alpha() > 0 && (px.red() < 200 || px.green() < 200 || px.blue() < 200)).count()
}

#[test]
fn png_of_the_seed_is_drawn_with_labels() {
    let dir = tempfile::tempdir().unwrap();
    let with = dir.path().join("g.png");
    let without = dir.path().join("bare.png");
    run_export(seed(), "png", &with, &[]);
    run_export(seed(), "png", &without, &["--no-labels", "--no-legend", "--no-sources"]);
    let a = Pixmap::load_png(&with).expect("a PNG");
    let b = Pixmap::load_png(&without).expect("a PNG");
    assert!(a.width() >= 600 && a.height() >= 600);
    let total = (a.width() * a.height()) as usize;
    assert!(ink(&a) > total / 200, "image is blank");
    // Labels, legend and footer add ink over the bare drawing.
    assert!(ink(&a) > ink(&b) + 500, "labels were not drawn: {} vs {}", ink(&a), ink(&b));
    // Scale doubles the size.
    let big = dir.path().join("big.png");
    run_export(seed(), "png", &big, &["--scale", "2"]);
    let c = Pixmap::load_png(&big).unwrap();
    assert_eq!(c.width(), a.width() * 2);
}

#[test]
fn svg_of_the_seed_parses_and_names_the_actors() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.svg");
    run_export(seed(), "svg", &out, &["--background", "dark"]);
    let svg = std::fs::read_to_string(&out).unwrap();
    let texts = xml_texts(&svg, "text");
    for label in ["Israel", "Lebanon", "Naqoura"] {
        assert!(texts.iter().any(|t| t == label), "{label} not drawn: {texts:?}");
    }
}

/// Text of every element with this local name (parsed by a real XML parser, entities resolved).
fn xml_texts(xml: &str, element: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.tag_name().name() == element)
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

/// Every value of `attr` on elements with this local name.
fn xml_attrs(xml: &str, element: &str, attr: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    doc.descendants()
        .filter(|n| n.tag_name().name() == element)
        .filter_map(|n| n.attribute(attr).map(String::from))
        .collect()
}

fn hostile_graph() -> KnowledgeGraph {
    let text = format!("{HOSTILE} met {ARABIC} in Beirut.");
    let mut g = KnowledgeGraph::new();
    let a = g.add_article(Article {
        id: "a".into(),
        path: "a.txt".into(),
        title: "Test".into(),
        text: text.clone(),
        date: None,
        url: None,
    });
    let n1 = g.upsert_node("person:hostile", NodeKind::Person, HOSTILE);
    g.add_mention(n1, Span { article: a, start: 0, end: HOSTILE.len() as u32 }, HOSTILE);
    let n2 = g.upsert_node("group:hezbollah", NodeKind::Group, ARABIC);
    let start = text.find(ARABIC).unwrap() as u32;
    g.add_mention(n2, Span { article: a, start, end: start + ARABIC.len() as u32 }, ARABIC);
    let n3 = g.upsert_node("place:beirut", NodeKind::Place, "Beirut");
    let mut e = Edge::new(EdgeKind::Relation, 0.7);
    e.label = Some("met & \"greeted\"".into());
    e.evidence.push(Span { article: a, start: 0, end: text.len() as u32 });
    g.add_edge(n1, n2, e);
    let mut e = Edge::new(EdgeKind::LocatedIn, 0.9);
    e.evidence.push(Span { article: a, start: 0, end: text.len() as u32 });
    g.add_edge(n2, n3, e);
    g
}

#[test]
fn hostile_and_arabic_labels_survive_every_format() {
    let g = hostile_graph();
    let dir = tempfile::tempdir().unwrap();
    let opts = ImageOptions::default();
    for format in [Format::Json, Format::GraphMl, Format::Gexf, Format::Svg, Format::Png] {
        let out = dir.path().join(format!("g.{format:?}").to_lowercase());
        export::export(&g, format, &out, &opts).unwrap();
    }
    export::export(&g, Format::Csv, &dir.path().join("csv"), &opts).unwrap();

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("g.json")).unwrap()).unwrap();
    let labels: Vec<&str> = json["nodes"].as_array().unwrap().iter().filter_map(|n| n["label"].as_str()).collect();
    assert!(labels.contains(&HOSTILE) && labels.contains(&ARABIC));

    let graphml = std::fs::read_to_string(dir.path().join("g.graphml")).unwrap();
    let data = xml_texts(&graphml, "data");
    assert!(data.iter().any(|d| d == HOSTILE), "{data:?}");
    assert!(data.iter().any(|d| d == ARABIC));
    assert!(data.iter().any(|d| d == "met & \"greeted\""));

    let gexf = std::fs::read_to_string(dir.path().join("g.gexf")).unwrap();
    let labels = xml_attrs(&gexf, "node", "label");
    assert!(labels.contains(&HOSTILE.to_string()) && labels.contains(&ARABIC.to_string()), "{labels:?}");

    let svg = std::fs::read_to_string(dir.path().join("g.svg")).unwrap();
    let texts = xml_texts(&svg, "text");
    assert!(texts.iter().any(|t| t == HOSTILE) && texts.iter().any(|t| t == ARABIC), "{texts:?}");
    assert!(!svg.contains("<script>"));

    let mut nodes = csv::Reader::from_path(dir.path().join("csv/nodes.csv")).unwrap();
    let labels: Vec<String> = nodes.records().map(|r| r.unwrap()[1].to_string()).collect();
    assert!(labels.contains(&HOSTILE.to_string()) && labels.contains(&ARABIC.to_string()));
    assert!(Pixmap::load_png(dir.path().join("g.png")).is_ok());
}

#[test]
fn graph_files_round_trip_counts_of_the_samples() {
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let dir = tempfile::tempdir().unwrap();
    for (format, name) in [("json", "g.json"), ("graphml", "g.graphml"), ("gexf", "g.gexf"), ("csv", "csv")] {
        run_export(samples, format, &dir.path().join(name), &[]);
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("g.json")).unwrap()).unwrap();
    let (nodes, edges) = (json["nodes"].as_array().unwrap().len(), json["edges"].as_array().unwrap().len());
    assert!(nodes > 50 && edges > 50);

    let graphml = std::fs::read_to_string(dir.path().join("g.graphml")).unwrap();
    assert_eq!(xml_attrs(&graphml, "node", "id").len(), nodes);
    assert_eq!(xml_attrs(&graphml, "edge", "id").len(), edges);
    let gexf = std::fs::read_to_string(dir.path().join("g.gexf")).unwrap();
    assert_eq!(xml_attrs(&gexf, "node", "id").len(), nodes);
    assert_eq!(xml_attrs(&gexf, "edge", "id").len(), edges);
    assert_eq!(xml_attrs(&gexf, "position", "x").len(), nodes);

    let mut n = csv::Reader::from_path(dir.path().join("csv/nodes.csv")).unwrap();
    assert_eq!(n.headers().unwrap().iter().collect::<Vec<_>>(), export::csv::NODE_HEADER);
    assert_eq!(n.records().count(), nodes);
    let mut e = csv::Reader::from_path(dir.path().join("csv/edges.csv")).unwrap();
    assert_eq!(e.headers().unwrap().iter().collect::<Vec<_>>(), export::csv::EDGE_HEADER);
    let ids: std::collections::HashSet<String> =
        json["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap().to_string()).collect();
    let mut count = 0;
    for r in e.records() {
        let r = r.unwrap();
        assert!(ids.contains(&r[0]) && ids.contains(&r[1]), "edge to unknown node");
        count += 1;
    }
    assert_eq!(count, edges);
}

/// The ten most important nodes of the samples (mentions + degree, as the scene ranks them)
/// are labelled in the exported image, inside the canvas and clear of the legend's column; no
/// two events share a label.
#[test]
fn the_largest_nodes_of_the_samples_carry_visible_labels() {
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("samples.svg");
    run_export(samples, "svg", &out, &[]);
    let svg = std::fs::read_to_string(&out).unwrap();
    let graph = dramatis::pipeline::extract_paths(&[samples.into()]).graph;
    // Ties go to the earlier node, as in `Scene::importance_order`.
    let mut ranked: Vec<(usize, usize, String)> =
        graph.nodes().map(|(i, n)| (n.mentions.len() + graph.degree(i), i.index(), n.label.clone())).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let root = doc.root_element();
    let width: f32 = root.attribute("width").unwrap().parse().unwrap();
    let height: f32 = root.attribute("height").unwrap().parse().unwrap();
    let legend_right = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("legend"))
        .and_then(|g| g.children().find(|c| c.tag_name().name() == "rect"))
        .map(|r| {
            r.attribute("x").unwrap().parse::<f32>().unwrap() + r.attribute("width").unwrap().parse::<f32>().unwrap()
        })
        .expect("a legend");
    let labels = doc.descendants().find(|n| n.attribute("id") == Some("labels")).expect("a labels group");
    let drawn: Vec<(String, f32, f32)> = labels
        .children()
        .filter(|n| n.tag_name().name() == "text")
        .map(|n| {
            let at = |a| n.attribute(a).unwrap().parse::<f32>().unwrap();
            (n.text().unwrap_or_default().to_string(), at("x"), at("y"))
        })
        .collect();
    for (_, _, label) in ranked.iter().take(10) {
        let (_, x, y) = drawn.iter().find(|(t, _, _)| t == label).unwrap_or_else(|| panic!("{label} has no label"));
        let half = label.chars().count() as f32 * 13.0 * 0.28;
        assert!(x - half >= legend_right && x + half <= width && *y > 0.0 && *y <= height, "{label} at {x},{y}");
    }
    let mut events: Vec<&str> =
        graph.nodes().filter(|(_, n)| n.event.is_some()).map(|(_, n)| n.label.as_str()).collect();
    let count = events.len();
    events.sort();
    events.dedup();
    assert_eq!(events.len(), count, "two events share a label");
}
