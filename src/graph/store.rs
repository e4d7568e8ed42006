//! `KnowledgeGraph`: the open articles and one petgraph `StableGraph` of nodes and edges over
//! them, with lookup by stable id and the merge rules for equal edges.

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::model::{Edge, Node};
use crate::model::{Article, NodeKind, Span};

/// All open articles and the one graph built from them.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    pub articles: Vec<Article>,
    graph: StableDiGraph<Node, Edge>,
    by_id: HashMap<String, NodeIndex>,
    /// Byte ranges of each article's sentences (as NLP split them), for evidence and the reader.
    sentences: Vec<Vec<(u32, u32)>>,
}

impl KnowledgeGraph {
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    pub fn add_article(&mut self, article: Article) -> u32 {
        self.articles.push(article);
        (self.articles.len() - 1) as u32
    }

    /// The sentences of an article, in text order (empty for graphs built without NLP).
    pub fn sentences(&self, article: u32) -> &[(u32, u32)] {
        self.sentences.get(article as usize).map_or(&[], Vec::as_slice)
    }

    /// Records the sentences of every article, in article order.
    pub fn set_sentences(&mut self, sentences: Vec<Vec<(u32, u32)>>) {
        self.sentences = sentences;
    }

    pub fn article(&self, index: u32) -> Option<&Article> {
        self.articles.get(index as usize)
    }

    /// The text a span points at.
    pub fn span_text(&self, span: Span) -> &str {
        self.article(span.article).and_then(|a| a.text.get(span.start as usize..span.end as usize)).unwrap_or("")
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.by_id.get(id).copied()
    }

    pub fn node(&self, index: NodeIndex) -> Option<&Node> {
        self.graph.node_weight(index)
    }

    pub fn node_mut(&mut self, index: NodeIndex) -> Option<&mut Node> {
        self.graph.node_weight_mut(index)
    }

    pub fn node_by_id(&self, id: &str) -> Option<&Node> {
        self.index_of(id).and_then(|i| self.node(i))
    }

    pub fn edge(&self, index: EdgeIndex) -> Option<&Edge> {
        self.graph.edge_weight(index)
    }

    pub fn edge_endpoints(&self, index: EdgeIndex) -> Option<(NodeIndex, NodeIndex)> {
        self.graph.edge_endpoints(index)
    }

    /// Nodes in a stable order (insertion order).
    pub fn node_indices(&self) -> impl Iterator<Item = NodeIndex> + '_ {
        self.graph.node_indices()
    }

    pub fn nodes(&self) -> impl Iterator<Item = (NodeIndex, &Node)> + '_ {
        self.graph.node_indices().map(move |i| (i, &self.graph[i]))
    }

    pub fn edge_indices(&self) -> impl Iterator<Item = EdgeIndex> + '_ {
        self.graph.edge_indices()
    }

    /// Every edge as (index, source, target, edge).
    pub fn edges(&self) -> impl Iterator<Item = (EdgeIndex, NodeIndex, NodeIndex, &Edge)> + '_ {
        (&self.graph).edge_references().map(|e| (e.id(), e.source(), e.target(), e.weight()))
    }

    /// Edges touching a node, either direction: (edge, other node, edge data, outgoing?).
    pub fn incident_edges(&self, node: NodeIndex) -> Vec<(EdgeIndex, NodeIndex, &Edge, bool)> {
        let mut out: Vec<_> = self
            .graph
            .edges_directed(node, Direction::Outgoing)
            .map(|e| (e.id(), e.target(), e.weight(), true))
            .collect();
        out.extend(
            self.graph.edges_directed(node, Direction::Incoming).map(|e| (e.id(), e.source(), e.weight(), false)),
        );
        out
    }

    pub fn degree(&self, node: NodeIndex) -> usize {
        self.graph.edges_directed(node, Direction::Outgoing).count()
            + self.graph.edges_directed(node, Direction::Incoming).count()
    }

    /// Returns the node with this id, creating it if needed.
    pub fn upsert_node(&mut self, id: &str, kind: NodeKind, label: &str) -> NodeIndex {
        if let Some(&i) = self.by_id.get(id) {
            return i;
        }
        let i = self.graph.add_node(Node::new(id, kind, label));
        self.by_id.insert(id.to_string(), i);
        i
    }

    /// Records that `surface` at `span` refers to the node.
    pub fn add_mention(&mut self, node: NodeIndex, span: Span, surface: &str) {
        let n = &mut self.graph[node];
        n.add_alias(surface);
        if !n.mentions.contains(&span) {
            n.mentions.push(span);
        }
    }

    /// Adds an edge, or merges it into an equal one (same ends, kind, role, label): evidence is
    /// unioned, confidence is the maximum.
    pub fn add_edge(&mut self, source: NodeIndex, target: NodeIndex, edge: Edge) -> EdgeIndex {
        let existing = self
            .graph
            .edges_connecting(source, target)
            .find(|e| e.weight().kind == edge.kind && e.weight().role == edge.role && e.weight().label == edge.label)
            .map(|e| e.id());
        match existing {
            Some(id) => {
                let e = &mut self.graph[id];
                e.confidence = e.confidence.max(edge.confidence);
                for span in edge.evidence {
                    if !e.evidence.contains(&span) {
                        e.evidence.push(span);
                    }
                }
                id
            }
            None => self.graph.add_edge(source, target, edge),
        }
    }

    pub fn edges_between(&self, a: NodeIndex, b: NodeIndex) -> Vec<(EdgeIndex, &Edge)> {
        let mut out: Vec<_> = self.graph.edges_connecting(a, b).map(|e| (e.id(), e.weight())).collect();
        out.extend(self.graph.edges_connecting(b, a).map(|e| (e.id(), e.weight())));
        out
    }

    pub fn remove_edge(&mut self, edge: EdgeIndex) -> Option<Edge> {
        self.graph.remove_edge(edge)
    }

    /// Folds `from` into `into`: aliases, mentions, attributes and edges move; self-loops vanish.
    pub fn merge_nodes(&mut self, into: NodeIndex, from: NodeIndex) {
        if into == from {
            return;
        }
        let edges: Vec<(NodeIndex, NodeIndex, Edge)> = self
            .incident_edges(from)
            .into_iter()
            .map(|(id, _, _, _)| {
                let (s, t) = self.graph.edge_endpoints(id).expect("edge exists");
                (s, t, self.graph[id].clone())
            })
            .collect();
        let Some(removed) = self.graph.remove_node(from) else { return };
        self.by_id.remove(&removed.id);
        let target = &mut self.graph[into];
        for alias in &removed.aliases {
            target.add_alias(alias);
        }
        for m in removed.mentions {
            if !target.mentions.contains(&m) {
                target.mentions.push(m);
            }
        }
        for (k, v) in removed.attributes {
            if target.attribute(&k).is_none() {
                target.set_attribute(&k, &v);
            }
        }
        for (s, t, e) in edges {
            let s = if s == from { into } else { s };
            let t = if t == from { into } else { t };
            if s != t {
                self.add_edge(s, t, e);
            }
        }
    }

    pub fn remove_node(&mut self, node: NodeIndex) -> Option<Node> {
        let n = self.graph.remove_node(node)?;
        self.by_id.remove(&n.id);
        Some(n)
    }

    /// Distinct neighbours of a node.
    pub fn neighbours(&self, node: NodeIndex) -> Vec<NodeIndex> {
        let mut out: Vec<NodeIndex> = self.graph.neighbors_undirected(node).collect();
        out.sort();
        out.dedup();
        out
    }

    /// The underlying petgraph, for algorithms.
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }
}
