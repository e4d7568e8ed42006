//! Node and edge types of the knowledge graph, with the stable names of the JSON contract.

use serde::{Deserialize, Serialize};

/// What a node is. The names are part of the stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    Person,
    Organization,
    /// A state or its government: an actor that is also a place.
    Country,
    /// Armed group, militia, non-state actor.
    Group,
    /// City, town, region, landmark.
    Place,
    Event,
}

impl NodeKind {
    pub const ALL: [NodeKind; 6] = [
        NodeKind::Person,
        NodeKind::Organization,
        NodeKind::Country,
        NodeKind::Group,
        NodeKind::Place,
        NodeKind::Event,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Organization => "organization",
            NodeKind::Country => "country",
            NodeKind::Group => "group",
            NodeKind::Place => "place",
            NodeKind::Event => "event",
        }
    }

    pub fn parse(s: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Actors can take part in events; places cannot.
    pub fn is_actor(self) -> bool {
        matches!(self, NodeKind::Person | NodeKind::Organization | NodeKind::Country | NodeKind::Group)
    }
}

impl std::fmt::Display for NodeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What an edge says. The names are part of the stable contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    Participant,
    Mediator,
    Host,
    Location,
    LocatedIn,
    Affiliation,
    Relation,
    CoOccurrence,
}

impl EdgeKind {
    pub const ALL: [EdgeKind; 8] = [
        EdgeKind::Participant,
        EdgeKind::Mediator,
        EdgeKind::Host,
        EdgeKind::Location,
        EdgeKind::LocatedIn,
        EdgeKind::Affiliation,
        EdgeKind::Relation,
        EdgeKind::CoOccurrence,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Participant => "participant",
            EdgeKind::Mediator => "mediator",
            EdgeKind::Host => "host",
            EdgeKind::Location => "location",
            EdgeKind::LocatedIn => "located_in",
            EdgeKind::Affiliation => "affiliation",
            EdgeKind::Relation => "relation",
            EdgeKind::CoOccurrence => "co_occurrence",
        }
    }

    pub fn parse(s: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Directed kinds get arrowheads; co-occurrence is symmetric.
    pub fn is_directed(self) -> bool {
        !matches!(self, EdgeKind::CoOccurrence)
    }
}

/// Role of a participant in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Source,
    Target,
    Participant,
}

/// Whether an event is said to have happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    #[default]
    Asserted,
    Negated,
    Hypothetical,
}

/// A span of an article's clean text: byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Index into the graph's article list (the JSON writes the article id instead).
    pub article: u32,
    pub start: u32,
    pub end: u32,
}

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
}

impl Edge {
    pub fn new(kind: EdgeKind, confidence: f32) -> Edge {
        Edge { kind, role: None, label: None, confidence, evidence: Vec::new() }
    }
}
