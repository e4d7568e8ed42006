//! GEXF 1.3 for Gephi, with `viz:position`, `viz:color` and `viz:size` so it opens as laid out.

use std::collections::HashMap;

use petgraph::stable_graph::NodeIndex;

use super::graphml::{XmlOut, modality_name, role_name};
use crate::graph::KnowledgeGraph;
use crate::layout::Vec2;
use crate::style;

pub fn to_gexf(graph: &KnowledgeGraph, positions: &HashMap<NodeIndex, Vec2>) -> String {
    let mut x = XmlOut::new();
    x.start(
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
            ("version", "1.3"),
        ],
    );
    x.start("meta", &[]);
    x.text_element("creator", &[], "Dramatis");
    x.text_element("description", &[], &format!("Knowledge graph of {} articles", graph.articles.len()));
    x.end("meta");
    x.start("graph", &[("defaultedgetype", "directed"), ("mode", "static")]);
    x.start("attributes", &[("class", "node")]);
    for (id, title, ty) in [
        ("kind", "kind", "string"),
        ("aliases", "aliases", "string"),
        ("mentions", "mentions", "integer"),
        ("event_type", "event_type", "string"),
        ("modality", "modality", "string"),
        ("note", "note", "string"),
        ("hidden", "hidden", "boolean"),
    ] {
        x.empty("attribute", &[("id", id), ("title", title), ("type", ty)]);
    }
    x.end("attributes");
    x.start("attributes", &[("class", "edge")]);
    for (id, title, ty) in [
        ("kind", "kind", "string"),
        ("role", "role", "string"),
        ("confidence", "confidence", "double"),
        ("note", "note", "string"),
        ("hidden", "hidden", "boolean"),
    ] {
        x.empty("attribute", &[("id", id), ("title", title), ("type", ty)]);
    }
    x.end("attributes");
    x.start("nodes", &[]);
    for (index, n) in graph.nodes() {
        x.start("node", &[("id", &n.id), ("label", &n.label)]);
        x.start("attvalues", &[]);
        x.empty("attvalue", &[("for", "kind"), ("value", n.kind.as_str())]);
        x.empty("attvalue", &[("for", "aliases"), ("value", &n.aliases.join("; "))]);
        x.empty("attvalue", &[("for", "mentions"), ("value", &n.mentions.len().to_string())]);
        if let Some(e) = &n.event {
            x.empty("attvalue", &[("for", "event_type"), ("value", &e.event_type)]);
            x.empty("attvalue", &[("for", "modality"), ("value", modality_name(e.modality))]);
        }
        if let Some(note) = &n.note {
            x.empty("attvalue", &[("for", "note"), ("value", note)]);
        }
        if n.hidden {
            x.empty("attvalue", &[("for", "hidden"), ("value", "true")]);
        }
        x.end("attvalues");
        let p = positions.get(&index).copied().unwrap_or_default();
        // Gephi's y axis points up; the screen's points down.
        x.empty("viz:position", &[("x", &format!("{:.2}", p.x)), ("y", &format!("{:.2}", -p.y)), ("z", "0.0")]);
        let c = style::node_color(n.kind);
        x.empty("viz:color", &[("r", &c.0.to_string()), ("g", &c.1.to_string()), ("b", &c.2.to_string())]);
        x.empty("viz:size", &[("value", &format!("{:.2}", style::radius_of(graph, index)))]);
        x.end("node");
    }
    x.end("nodes");
    x.start("edges", &[]);
    for (i, (_, s, t, e)) in graph.edges().enumerate() {
        let (Some(s), Some(t)) = (graph.node(s), graph.node(t)) else { continue };
        let id = format!("e{i}");
        let weight = format!("{:.3}", e.confidence);
        let mut attrs = vec![
            ("id", id.as_str()),
            ("source", s.id.as_str()),
            ("target", t.id.as_str()),
            ("weight", weight.as_str()),
        ];
        let label = e.label.clone().unwrap_or_else(|| e.kind.as_str().to_string());
        attrs.push(("label", label.as_str()));
        x.start("edge", &attrs);
        x.start("attvalues", &[]);
        x.empty("attvalue", &[("for", "kind"), ("value", e.kind.as_str())]);
        if let Some(r) = e.role {
            x.empty("attvalue", &[("for", "role"), ("value", role_name(r))]);
        }
        x.empty("attvalue", &[("for", "confidence"), ("value", &weight)]);
        if let Some(note) = &e.note {
            x.empty("attvalue", &[("for", "note"), ("value", note)]);
        }
        if e.hidden {
            x.empty("attvalue", &[("for", "hidden"), ("value", "true")]);
        }
        x.end("attvalues");
        let c = style::edge_color(e.kind);
        x.empty(
            "viz:color",
            &[
                ("r", &c.0.to_string()),
                ("g", &c.1.to_string()),
                ("b", &c.2.to_string()),
                ("a", &format!("{:.2}", style::edge_alpha(e.confidence))),
            ],
        );
        x.end("edge");
    }
    x.end("edges");
    x.end("graph");
    x.end("gexf");
    x.finish()
}
