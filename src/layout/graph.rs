//! What the layout works on and produces, as plain data: the graph as dense indices with
//! weights and radii, and positions.

use petgraph::stable_graph::NodeIndex;

use crate::graph::KnowledgeGraph;
use crate::model::{EdgeKind, NodeKind};

/// A point in layout units.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Vec2 {
    pub x: f32,
    pub y: f32,
}

impl Vec2 {
    pub const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

    pub fn new(x: f32, y: f32) -> Vec2 {
        Vec2 { x, y }
    }

    pub fn length(self) -> f32 {
        (self.x * self.x + self.y * self.y).sqrt()
    }
}

/// The graph as the layout sees it: dense node indices, weighted edges, radii, stable keys.
#[derive(Debug, Clone, Default)]
pub struct LayoutGraph {
    /// Stable key per node (the knowledge-graph id), used to keep positions across updates.
    pub keys: Vec<String>,
    /// Disc radius per node, for overlap prevention.
    pub radius: Vec<f32>,
    /// Group per node (the kind), for the circular layout.
    pub group: Vec<u8>,
    pub edges: Vec<(u32, u32, f32)>,
}

impl LayoutGraph {
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Builds the layout view of a knowledge graph: one layout node per graph node (in
    /// `node_indices` order), edges weighted by confidence; co-occurrence edges optional.
    /// `radius_of` gives each node's disc radius (the style layer decides sizes).
    pub fn from_knowledge_graph(
        graph: &KnowledgeGraph,
        include_co_occurrence: bool,
        radius_of: impl Fn(NodeIndex) -> f32,
    ) -> (LayoutGraph, Vec<NodeIndex>) {
        let order: Vec<NodeIndex> = graph.node_indices().collect();
        let mut dense = std::collections::HashMap::with_capacity(order.len());
        for (i, &n) in order.iter().enumerate() {
            dense.insert(n, i as u32);
        }
        let mut lg = LayoutGraph::default();
        for &n in &order {
            let node = graph.node(n).expect("index from the graph");
            lg.keys.push(node.id.clone());
            lg.radius.push(radius_of(n));
            lg.group.push(NodeKind::ALL.iter().position(|k| *k == node.kind).unwrap_or(0) as u8);
        }
        for (_, s, t, e) in graph.edges() {
            if e.kind == EdgeKind::CoOccurrence && !include_co_occurrence {
                continue;
            }
            lg.edges.push((dense[&s], dense[&t], e.confidence.max(0.05)));
        }
        (lg, order)
    }
}

/// Positions per layout node, in layout units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub positions: Vec<Vec2>,
}

impl Layout {
    /// Bounding box (min, max) including radii.
    pub fn bounds(&self, radius: &[f32]) -> Option<(Vec2, Vec2)> {
        let mut it = self.positions.iter().zip(radius.iter().chain(std::iter::repeat(&0.0)));
        let (p, r) = it.next()?;
        let (mut lo, mut hi) = (Vec2::new(p.x - r, p.y - r), Vec2::new(p.x + r, p.y + r));
        for (p, r) in it {
            lo.x = lo.x.min(p.x - r);
            lo.y = lo.y.min(p.y - r);
            hi.x = hi.x.max(p.x + r);
            hi.y = hi.y.max(p.y + r);
        }
        Some((lo, hi))
    }
}
