//! Nodes and edges of the knowledge graph (their kinds live in [`crate::model`]).

use crate::model::{EdgeKind, Modality, NodeKind, Role, Span};

/// A node of the knowledge graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    /// Every surface form seen, label first.
    pub aliases: Vec<String>,
    pub mentions: Vec<Span>,
    /// Free attributes ("role": "President", "geonames": "276781").
    pub attributes: Vec<(String, String)>,
    pub event: Option<EventInfo>,
    /// The user's note (curation), exported as an attribute.
    pub note: Option<String>,
    /// Hidden by the user: kept in the graph and its files, left out of views and images.
    pub hidden: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventInfo {
    /// CAMEO root, written like "04 Consult".
    pub event_type: String,
    pub modality: Modality,
    pub time: Option<String>,
}

impl Node {
    pub fn new(id: impl Into<String>, kind: NodeKind, label: impl Into<String>) -> Node {
        let label = label.into();
        Node {
            id: id.into(),
            kind,
            aliases: vec![label.clone()],
            label,
            mentions: Vec::new(),
            attributes: Vec::new(),
            event: None,
            note: None,
            hidden: false,
        }
    }

    pub fn add_alias(&mut self, alias: &str) {
        if !alias.is_empty() && !self.aliases.iter().any(|a| a == alias) {
            self.aliases.push(alias.to_string());
        }
    }

    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    pub fn set_attribute(&mut self, key: &str, value: &str) {
        match self.attributes.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value.to_string(),
            None => self.attributes.push((key.to_string(), value.to_string())),
        }
    }
}

/// An edge of the knowledge graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub kind: EdgeKind,
    pub role: Option<Role>,
    /// Verb or cue that produced it ("facilitated", "concerned about").
    pub label: Option<String>,
    pub confidence: f32,
    pub evidence: Vec<Span>,
    /// The user's note (curation), exported as an attribute.
    pub note: Option<String>,
    /// Hidden by the user: kept in the graph and its files, left out of views and images.
    pub hidden: bool,
}

impl Edge {
    pub fn new(kind: EdgeKind, confidence: f32) -> Edge {
        Edge { kind, role: None, label: None, confidence, evidence: Vec::new(), note: None, hidden: false }
    }
}
