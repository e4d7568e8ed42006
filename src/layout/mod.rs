//! Layout: node positions as pure data. A force layout (Barnes–Hut, ForceAtlas2 family) ticked
//! incrementally, plus radial and circular layouts. No egui here: the explorer animates the
//! ticks and the CLI runs them to convergence.

pub mod circular;
pub mod force;
pub mod quadtree;
pub mod radial;

use petgraph::stable_graph::NodeIndex;

pub use circular::circular_layout;
pub use force::{ForceLayout, ForceParams};
pub use radial::radial_layout;

use crate::graph::{EdgeKind, KnowledgeGraph, NodeKind};

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
    pub fn from_knowledge_graph(graph: &KnowledgeGraph, include_co_occurrence: bool) -> (LayoutGraph, Vec<NodeIndex>) {
        let order: Vec<NodeIndex> = graph.node_indices().collect();
        let mut dense = std::collections::HashMap::with_capacity(order.len());
        for (i, &n) in order.iter().enumerate() {
            dense.insert(n, i as u32);
        }
        let mut lg = LayoutGraph::default();
        for &n in &order {
            let node = graph.node(n).expect("index from the graph");
            lg.keys.push(node.id.clone());
            lg.radius.push(crate::style::radius_of(graph, n));
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

/// Deterministic pseudo-random numbers (SplitMix64): same seed, same layout.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn next_f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }
}

/// Hash of a string key, for per-node deterministic jitter independent of insertion order.
pub fn key_hash(key: &str, seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for b in key.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A deterministic scale-free graph (preferential attachment) for benchmarks and tests.
pub fn scale_free_graph(nodes: usize, edges: usize, seed: u64) -> LayoutGraph {
    let mut rng = SplitMix64::new(seed);
    let per_node = (edges / nodes.max(1)).max(1);
    let mut lg = LayoutGraph {
        keys: (0..nodes).map(|i| format!("n{i}")).collect(),
        radius: vec![5.0; nodes],
        group: (0..nodes).map(|i| (i % 6) as u8).collect(),
        edges: Vec::with_capacity(edges),
    };
    // Endpoints list: picking a uniform entry picks a node proportionally to its degree.
    let mut endpoints: Vec<u32> = Vec::with_capacity(edges * 2);
    for i in 1..nodes {
        for _ in 0..per_node.min(i) {
            if lg.edges.len() >= edges {
                break;
            }
            let j = if endpoints.is_empty() || rng.next_f32() < 0.1 {
                (rng.next_u64() % i as u64) as u32
            } else {
                endpoints[(rng.next_u64() % endpoints.len() as u64) as usize]
            };
            lg.edges.push((i as u32, j, 1.0));
            endpoints.push(i as u32);
            endpoints.push(j);
        }
    }
    while lg.edges.len() < edges && nodes > 1 {
        let a = (rng.next_u64() % nodes as u64) as u32;
        let b = endpoints[(rng.next_u64() % endpoints.len() as u64) as usize];
        if a != b {
            lg.edges.push((a, b, 1.0));
        }
    }
    lg.radius.fill(3.0);
    lg
}
