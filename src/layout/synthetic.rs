//! Deterministic synthetic graphs for benchmarks and tests: a scale-free layout graph and a
//! knowledge graph of the same shape with mixed kinds.

use petgraph::stable_graph::NodeIndex;

use super::graph::LayoutGraph;
use super::rng::SplitMix64;
use crate::graph::{Edge, KnowledgeGraph};
use crate::model::{EdgeKind, NodeKind};

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

/// A synthetic knowledge graph (scale-free, mixed kinds, no articles) for benchmarks and tests.
pub fn synthetic_graph(nodes: usize, edges: usize, seed: u64) -> KnowledgeGraph {
    let shape = scale_free_graph(nodes, edges, seed);
    let mut graph = KnowledgeGraph::new();
    let kinds = [
        NodeKind::Country,
        NodeKind::Person,
        NodeKind::Organization,
        NodeKind::Place,
        NodeKind::Group,
        NodeKind::Event,
    ];
    let indices: Vec<NodeIndex> = (0..nodes)
        .map(|i| graph.upsert_node(&format!("node:{i}"), kinds[i % kinds.len()], &format!("Node {i}")))
        .collect();
    let edge_kinds = [EdgeKind::CoOccurrence, EdgeKind::Participant, EdgeKind::Relation, EdgeKind::LocatedIn];
    for (k, &(a, b, _)) in shape.edges.iter().enumerate() {
        let e = Edge::new(edge_kinds[k % edge_kinds.len()], 0.3 + 0.1 * (k % 7) as f32);
        graph.add_edge(indices[a as usize], indices[b as usize], e);
    }
    graph
}
