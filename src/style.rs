//! Visual style shared by the screen and the image export: colours, shapes and sizes per kind.

use crate::graph::{EdgeKind, KnowledgeGraph, Modality, NodeKind};
use petgraph::stable_graph::NodeIndex;

use crate::layout::LayoutGraph;

/// An sRGB colour with alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgba(pub u8, pub u8, pub u8, pub u8);

impl Rgba {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    pub fn with_alpha(self, alpha: f32) -> Rgba {
        Rgba(self.0, self.1, self.2, (alpha.clamp(0.0, 1.0) * 255.0).round() as u8)
    }
}

/// Node outline shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
    Triangle,
    Hexagon,
}

pub fn node_color(kind: NodeKind) -> Rgba {
    match kind {
        NodeKind::Person => Rgba(0xe4, 0x5f, 0x56, 255),
        NodeKind::Organization => Rgba(0x3b, 0x82, 0xc4, 255),
        NodeKind::Country => Rgba(0x2a, 0x9d, 0x8f, 255),
        NodeKind::Group => Rgba(0x8e, 0x44, 0xad, 255),
        NodeKind::Place => Rgba(0xe9, 0xa8, 0x20, 255),
        NodeKind::Event => Rgba(0x55, 0x5f, 0x6d, 255),
    }
}

pub fn node_shape(kind: NodeKind) -> Shape {
    match kind {
        NodeKind::Person => Shape::Circle,
        NodeKind::Organization => Shape::Square,
        NodeKind::Country => Shape::Hexagon,
        NodeKind::Group => Shape::Triangle,
        NodeKind::Place => Shape::Circle,
        NodeKind::Event => Shape::Diamond,
    }
}

pub fn edge_color(kind: EdgeKind) -> Rgba {
    match kind {
        EdgeKind::Participant => Rgba(0x44, 0x4c, 0x5a, 255),
        EdgeKind::Mediator => Rgba(0x2f, 0x80, 0xed, 255),
        EdgeKind::Host => Rgba(0x27, 0xae, 0x60, 255),
        EdgeKind::Location => Rgba(0xd3, 0x8b, 0x1c, 255),
        EdgeKind::LocatedIn => Rgba(0xc9, 0xa2, 0x5a, 255),
        EdgeKind::Affiliation => Rgba(0x9b, 0x59, 0xb6, 255),
        EdgeKind::Relation => Rgba(0xc0, 0x39, 0x2b, 255),
        EdgeKind::CoOccurrence => Rgba(0x9a, 0xa0, 0xa6, 255),
    }
}

/// Dashed lines for events that did not (or may not) happen.
pub fn is_dashed(modality: Option<Modality>) -> bool {
    matches!(modality, Some(Modality::Negated | Modality::Hypothetical))
}

/// Edge opacity from confidence: faint guesses, solid facts.
pub fn edge_alpha(confidence: f32) -> f32 {
    0.25 + 0.75 * confidence.clamp(0.0, 1.0)
}

/// Node radius in layout units from its importance (mentions and degree).
pub fn node_radius(kind: NodeKind, mentions: usize, degree: usize) -> f32 {
    let base = match kind {
        NodeKind::Country | NodeKind::Group => 7.0,
        NodeKind::Organization | NodeKind::Person => 5.5,
        NodeKind::Event => 6.0,
        NodeKind::Place => 4.5,
    };
    base + 2.2 * ((mentions + degree) as f32).sqrt().min(12.0)
}

pub fn radius_of(graph: &KnowledgeGraph, node: NodeIndex) -> f32 {
    graph.node(node).map_or(5.0, |n| node_radius(n.kind, n.mentions.len(), graph.degree(node)))
}

/// Display name of a kind, for legends.
pub fn kind_label(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Person => "Person",
        NodeKind::Organization => "Organisation",
        NodeKind::Country => "Country",
        NodeKind::Group => "Armed group",
        NodeKind::Place => "Place",
        NodeKind::Event => "Event",
    }
}

/// The layout's view of a graph with the radii this style gives each node.
pub fn layout_graph(graph: &KnowledgeGraph, include_co_occurrence: bool) -> (LayoutGraph, Vec<NodeIndex>) {
    LayoutGraph::from_knowledge_graph(graph, include_co_occurrence, |n| radius_of(graph, n))
}
