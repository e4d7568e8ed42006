//! CSV for `neo4j-admin database import`: `nodes.csv` (`id:ID`, `:LABEL`, …) and `edges.csv`
//! (`:START_ID`, `:END_ID`, `:TYPE`, …). Arrays use `;`, Neo4j's default array delimiter.

use std::path::Path;

use super::ExportError;
use super::graphml::{modality_name, role_name};
use crate::graph::{KnowledgeGraph, NodeKind};

pub const NODE_HEADER: [&str; 10] = [
    "id:ID",
    "label",
    "kind",
    "aliases:string[]",
    "mentions:int",
    "event_type",
    "modality",
    "note",
    "hidden:boolean",
    ":LABEL",
];
pub const EDGE_HEADER: [&str; 9] =
    [":START_ID", ":END_ID", ":TYPE", "role", "label", "confidence:float", "evidence:int", "note", "hidden:boolean"];

fn neo4j_label(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Person => "Entity;Person",
        NodeKind::Organization => "Entity;Organization",
        NodeKind::Country => "Entity;Country",
        NodeKind::Group => "Entity;Group",
        NodeKind::Place => "Entity;Place",
        NodeKind::Event => "Event",
    }
}

fn to_csv(rows: impl Iterator<Item = Vec<String>>, header: &[&str]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)?;
    for r in rows {
        w.write_record(&r)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// Writes `dir/nodes.csv` and `dir/edges.csv` (each atomically).
pub fn write_neo4j_csv(graph: &KnowledgeGraph, dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Write { path: dir.to_owned(), source })?;
    let nodes = graph.nodes().map(|(_, n)| {
        vec![
            n.id.clone(),
            n.label.clone(),
            n.kind.as_str().to_string(),
            n.aliases.iter().map(|a| a.replace(';', ",")).collect::<Vec<_>>().join(";"),
            n.mentions.len().to_string(),
            n.event.as_ref().map(|e| e.event_type.clone()).unwrap_or_default(),
            n.event.as_ref().map(|e| modality_name(e.modality).to_string()).unwrap_or_default(),
            n.note.clone().unwrap_or_default(),
            n.hidden.to_string(),
            neo4j_label(n.kind).to_string(),
        ]
    });
    let edges = graph.edges().filter_map(|(_, s, t, e)| {
        Some(vec![
            graph.node(s)?.id.clone(),
            graph.node(t)?.id.clone(),
            e.kind.as_str().to_uppercase(),
            e.role.map(|r| role_name(r).to_string()).unwrap_or_default(),
            e.label.clone().unwrap_or_default(),
            format!("{:.3}", e.confidence),
            e.evidence.len().to_string(),
            e.note.clone().unwrap_or_default(),
            e.hidden.to_string(),
        ])
    });
    let render = |e: csv::Error| ExportError::Render(e.to_string());
    super::write_atomically(&dir.join("nodes.csv"), &to_csv(nodes, &NODE_HEADER).map_err(render)?)?;
    super::write_atomically(&dir.join("edges.csv"), &to_csv(edges, &EDGE_HEADER).map_err(render)?)
}
