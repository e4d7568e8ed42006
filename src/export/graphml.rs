//! GraphML for yEd and Gephi: kind, label, aliases, event type, modality, confidence, x/y.

use std::collections::HashMap;

use petgraph::stable_graph::NodeIndex;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use crate::graph::KnowledgeGraph;
use crate::layout::Vec2;

/// Removes characters XML 1.0 cannot carry (control characters); escaping does the rest.
pub fn xml_safe(text: &str) -> String {
    text.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{FFFE}' && c != '\u{FFFF}'))
        .collect()
}

pub(crate) struct XmlOut {
    w: Writer<Vec<u8>>,
}

impl XmlOut {
    pub(crate) fn new() -> XmlOut {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))).expect("writing to memory");
        XmlOut { w }
    }

    pub(crate) fn start(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let mut e = BytesStart::new(name);
        for (k, v) in attrs {
            e.push_attribute((*k, xml_safe(v).as_str()));
        }
        self.w.write_event(Event::Start(e)).expect("writing to memory");
    }

    pub(crate) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        let mut e = BytesStart::new(name);
        for (k, v) in attrs {
            e.push_attribute((*k, xml_safe(v).as_str()));
        }
        self.w.write_event(Event::Empty(e)).expect("writing to memory");
    }

    pub(crate) fn end(&mut self, name: &str) {
        self.w.write_event(Event::End(BytesEnd::new(name))).expect("writing to memory");
    }

    pub(crate) fn text_element(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        self.start(name, attrs);
        let safe = xml_safe(text);
        self.w.write_event(Event::Text(BytesText::new(&safe))).expect("writing to memory");
        self.end(name);
    }

    pub(crate) fn finish(self) -> String {
        String::from_utf8(self.w.into_inner()).expect("quick-xml writes UTF-8")
    }
}

/// The graph as GraphML; positions (if given) become `x`/`y` attributes.
pub fn to_graphml(graph: &KnowledgeGraph, positions: Option<&HashMap<NodeIndex, Vec2>>) -> String {
    let mut x = XmlOut::new();
    x.start(
        "graphml",
        &[
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ],
    );
    let keys = [
        ("n_label", "node", "label", "string"),
        ("n_kind", "node", "kind", "string"),
        ("n_aliases", "node", "aliases", "string"),
        ("n_mentions", "node", "mentions", "int"),
        ("n_event_type", "node", "event_type", "string"),
        ("n_modality", "node", "modality", "string"),
        ("n_x", "node", "x", "double"),
        ("n_y", "node", "y", "double"),
        ("n_note", "node", "note", "string"),
        ("n_hidden", "node", "hidden", "boolean"),
        ("e_kind", "edge", "kind", "string"),
        ("e_role", "edge", "role", "string"),
        ("e_label", "edge", "label", "string"),
        ("e_confidence", "edge", "confidence", "double"),
        ("e_evidence", "edge", "evidence", "int"),
        ("e_note", "edge", "note", "string"),
        ("e_hidden", "edge", "hidden", "boolean"),
    ];
    for (id, target, name, ty) in keys {
        x.empty("key", &[("id", id), ("for", target), ("attr.name", name), ("attr.type", ty)]);
    }
    x.start("graph", &[("id", "dramatis"), ("edgedefault", "directed")]);
    for (index, n) in graph.nodes() {
        x.start("node", &[("id", &n.id)]);
        x.text_element("data", &[("key", "n_label")], &n.label);
        x.text_element("data", &[("key", "n_kind")], n.kind.as_str());
        x.text_element("data", &[("key", "n_aliases")], &n.aliases.join("; "));
        x.text_element("data", &[("key", "n_mentions")], &n.mentions.len().to_string());
        if let Some(e) = &n.event {
            x.text_element("data", &[("key", "n_event_type")], &e.event_type);
            x.text_element("data", &[("key", "n_modality")], modality_name(e.modality));
        }
        if let Some(note) = &n.note {
            x.text_element("data", &[("key", "n_note")], note);
        }
        if n.hidden {
            x.text_element("data", &[("key", "n_hidden")], "true");
        }
        if let Some(p) = positions.and_then(|p| p.get(&index)) {
            x.text_element("data", &[("key", "n_x")], &format!("{:.2}", p.x));
            x.text_element("data", &[("key", "n_y")], &format!("{:.2}", p.y));
        }
        x.end("node");
    }
    for (i, (_, s, t, e)) in graph.edges().enumerate() {
        let (Some(s), Some(t)) = (graph.node(s), graph.node(t)) else { continue };
        x.start("edge", &[("id", &format!("e{i}")), ("source", &s.id), ("target", &t.id)]);
        x.text_element("data", &[("key", "e_kind")], e.kind.as_str());
        if let Some(role) = e.role {
            x.text_element("data", &[("key", "e_role")], role_name(role));
        }
        if let Some(label) = &e.label {
            x.text_element("data", &[("key", "e_label")], label);
        }
        x.text_element("data", &[("key", "e_confidence")], &format!("{:.3}", e.confidence));
        x.text_element("data", &[("key", "e_evidence")], &e.evidence.len().to_string());
        if let Some(note) = &e.note {
            x.text_element("data", &[("key", "e_note")], note);
        }
        if e.hidden {
            x.text_element("data", &[("key", "e_hidden")], "true");
        }
        x.end("edge");
    }
    x.end("graph");
    x.end("graphml");
    x.finish()
}

pub fn modality_name(m: crate::graph::Modality) -> &'static str {
    match m {
        crate::graph::Modality::Asserted => "asserted",
        crate::graph::Modality::Negated => "negated",
        crate::graph::Modality::Hypothetical => "hypothetical",
    }
}

pub fn role_name(r: crate::graph::Role) -> &'static str {
    match r {
        crate::graph::Role::Source => "source",
        crate::graph::Role::Target => "target",
        crate::graph::Role::Participant => "participant",
    }
}
