//! `KnowledgeGraph`: the open articles and one petgraph `StableGraph` of nodes and edges over
//! them, with lookup by stable id and the merge rules for equal edges.

use std::collections::{HashMap, HashSet};

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::model::{Edge, Node};
use crate::model::{Article, EdgeKind, NodeKind, Role, Span};

/// All open articles and the one graph built from them.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    pub articles: Vec<Article>,
    graph: StableDiGraph<Node, Edge>,
    by_id: HashMap<String, NodeIndex>,
    /// Byte ranges of each article's sentences (as NLP split them), for evidence and the reader.
    sentences: Vec<Vec<(u32, u32)>>,
    /// Lookup indexes, so adding a mention, an edge or evidence costs the same on a hub with
    /// thousands of each as on a leaf (no scans of a node's edges or an edge's evidence).
    index: Indexes,
    /// Articles kept whose analysis failed, so the user is told which and why.
    analysis_failures: Vec<AnalysisFailure>,
}

/// An article whose text the NLP could not analyse: it is in the graph with nothing found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalysisFailure {
    pub article: String,
    pub path: String,
    pub reason: String,
}

/// What makes two edges the same edge: ends, kind, role and label.
type EdgeKey = (NodeIndex, NodeIndex, EdgeKind, Option<Role>, Option<String>);

#[derive(Debug, Clone, Default)]
struct Indexes {
    edges: HashMap<EdgeKey, EdgeIndex>,
    evidence: HashSet<(EdgeIndex, Span)>,
    mentions: HashSet<(NodeIndex, Span)>,
}

fn edge_key(source: NodeIndex, target: NodeIndex, e: &Edge) -> EdgeKey {
    (source, target, e.kind, e.role, e.label.clone())
}

impl KnowledgeGraph {
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    pub fn add_article(&mut self, article: Article) -> u32 {
        self.articles.push(article);
        (self.articles.len() - 1) as u32
    }

    pub fn add_analysis_failure(&mut self, failure: AnalysisFailure) {
        self.analysis_failures.push(failure);
    }

    /// Articles whose analysis failed, in article order.
    pub fn analysis_failures(&self) -> &[AnalysisFailure] {
        &self.analysis_failures
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
        if self.index.mentions.insert((node, span)) {
            n.mentions.push(span);
        }
    }

    /// Adds an edge, or merges it into an equal one (same ends, kind, role, label): evidence is
    /// unioned, confidence is the maximum.
    pub fn add_edge(&mut self, source: NodeIndex, target: NodeIndex, edge: Edge) -> EdgeIndex {
        let key = edge_key(source, target, &edge);
        match self.index.edges.get(&key).copied() {
            Some(id) => {
                let e = &mut self.graph[id];
                e.confidence = e.confidence.max(edge.confidence);
                for span in edge.evidence {
                    if self.index.evidence.insert((id, span)) {
                        e.evidence.push(span);
                    }
                }
                id
            }
            None => {
                let spans = edge.evidence.clone();
                let id = self.graph.add_edge(source, target, edge);
                self.index.edges.insert(key, id);
                self.index.evidence.extend(spans.into_iter().map(|s| (id, s)));
                id
            }
        }
    }

    /// The edge with these ends, kind, role and label, if any (edges are keyed by all five).
    pub fn find_edge(
        &self,
        source: NodeIndex,
        target: NodeIndex,
        kind: EdgeKind,
        role: Option<Role>,
        label: Option<&str>,
    ) -> Option<EdgeIndex> {
        self.index.edges.get(&(source, target, kind, role, label.map(str::to_string))).copied()
    }

    /// Sets or clears an edge's note (the key fields of an edge are never changed in place).
    pub fn set_edge_note(&mut self, edge: EdgeIndex, note: Option<String>) -> bool {
        self.graph.edge_weight_mut(edge).map(|e| e.note = note).is_some()
    }

    pub fn set_edge_hidden(&mut self, edge: EdgeIndex, hidden: bool) -> bool {
        self.graph.edge_weight_mut(edge).map(|e| e.hidden = hidden).is_some()
    }

    /// Moves these mentions from one node to another (their surface forms become aliases of `to`).
    pub fn move_mentions(&mut self, from: NodeIndex, to: NodeIndex, spans: &[Span]) {
        if from == to || self.graph.node_weight(from).is_none() || self.graph.node_weight(to).is_none() {
            return;
        }
        let moving: HashSet<Span> = spans.iter().copied().collect();
        let taken: Vec<Span> = self.graph[from].mentions.iter().copied().filter(|m| moving.contains(m)).collect();
        self.graph[from].mentions.retain(|m| !moving.contains(m));
        for m in taken {
            self.index.mentions.remove(&(from, m));
            let surface = self.span_text(m).to_string();
            self.add_mention(to, m, &surface);
        }
    }

    /// Every node and edge as text, in a canonical order (ids, not indices): two graphs with the
    /// same content give the same lines. For tests and for checking that an undo restores a state.
    pub fn fingerprint(&self) -> Vec<String> {
        let mut nodes: Vec<String> = self.nodes().map(|(_, n)| format!("{n:?}")).collect();
        nodes.sort();
        let mut edges: Vec<String> =
            self.edges().map(|(_, s, t, e)| format!("{} -> {} {e:?}", self.graph[s].id, self.graph[t].id)).collect();
        edges.sort();
        nodes.extend(edges);
        nodes
    }

    pub fn edges_between(&self, a: NodeIndex, b: NodeIndex) -> Vec<(EdgeIndex, &Edge)> {
        let mut out: Vec<_> = self.graph.edges_connecting(a, b).map(|e| (e.id(), e.weight())).collect();
        out.extend(self.graph.edges_connecting(b, a).map(|e| (e.id(), e.weight())));
        out
    }

    pub fn remove_edge(&mut self, edge: EdgeIndex) -> Option<Edge> {
        let (s, t) = self.graph.edge_endpoints(edge)?;
        let removed = self.graph.remove_edge(edge)?;
        self.forget_edge(edge, s, t, &removed);
        Some(removed)
    }

    /// Drops a removed edge from the indexes (petgraph reuses its index for the next edge).
    fn forget_edge(&mut self, id: EdgeIndex, source: NodeIndex, target: NodeIndex, edge: &Edge) {
        self.index.edges.remove(&edge_key(source, target, edge));
        for span in &edge.evidence {
            self.index.evidence.remove(&(id, *span));
        }
    }

    /// Drops a node's incident edges and mentions from the indexes, before petgraph removes it.
    fn forget_node(&mut self, node: NodeIndex) {
        let incident: Vec<(EdgeIndex, NodeIndex, NodeIndex, Edge)> = self
            .incident_edges(node)
            .into_iter()
            .filter_map(|(id, _, e, _)| self.graph.edge_endpoints(id).map(|(s, t)| (id, s, t, e.clone())))
            .collect();
        for (id, s, t, e) in incident {
            self.forget_edge(id, s, t, &e);
        }
        if let Some(n) = self.graph.node_weight(node) {
            for m in &n.mentions {
                self.index.mentions.remove(&(node, *m));
            }
        }
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
        if self.graph.node_weight(from).is_none() {
            return;
        }
        self.forget_node(from);
        let Some(removed) = self.graph.remove_node(from) else { return };
        self.by_id.remove(&removed.id);
        let target = &mut self.graph[into];
        for alias in &removed.aliases {
            target.add_alias(alias);
        }
        for m in removed.mentions {
            if self.index.mentions.insert((into, m)) {
                target.mentions.push(m);
            }
        }
        for (k, v) in removed.attributes {
            if target.attribute(&k).is_none() {
                target.set_attribute(&k, &v);
            }
        }
        // Both notes survive a merge: the user wrote them.
        target.note = match (target.note.take(), removed.note) {
            (Some(a), Some(b)) if a != b => Some(format!("{a}\n{b}")),
            (a, b) => a.or(b),
        };
        for (s, t, e) in edges {
            let s = if s == from { into } else { s };
            let t = if t == from { into } else { t };
            if s != t {
                self.add_edge(s, t, e);
            }
        }
    }

    pub fn remove_node(&mut self, node: NodeIndex) -> Option<Node> {
        self.graph.node_weight(node)?;
        self.forget_node(node);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: u32) -> Span {
        Span { article: 0, start, end: start + 1 }
    }

    fn edge(kind: EdgeKind, evidence: &[u32]) -> Edge {
        Edge { evidence: evidence.iter().map(|&s| span(s)).collect(), ..Edge::new(kind, 0.5) }
    }

    #[test]
    fn equal_edges_merge_evidence_once_and_indexes_follow_removals_and_merges() {
        let mut g = KnowledgeGraph::new();
        let (a, b, c) = (
            g.upsert_node("a", NodeKind::Country, "A"),
            g.upsert_node("b", NodeKind::Country, "B"),
            g.upsert_node("c", NodeKind::Country, "C"),
        );
        let first = g.add_edge(a, b, edge(EdgeKind::Relation, &[1, 2]));
        assert_eq!(g.add_edge(a, b, edge(EdgeKind::Relation, &[2, 3])), first);
        assert_eq!(g.edge(first).unwrap().evidence, vec![span(1), span(2), span(3)]);
        // Another kind is another edge.
        assert_ne!(g.add_edge(a, b, edge(EdgeKind::CoOccurrence, &[1])), first);
        // A removed edge leaves nothing behind: its index may be reused, its evidence is new again.
        g.remove_edge(first);
        let again = g.add_edge(a, c, edge(EdgeKind::Relation, &[1]));
        assert_eq!(g.edge(again).unwrap().evidence, vec![span(1)]);
        g.add_mention(b, span(7), "B");
        g.add_mention(b, span(7), "B");
        assert_eq!(g.node(b).unwrap().mentions, vec![span(7)]);
        // Merging c into b moves c's edges and mentions; adding them again changes nothing.
        g.add_mention(c, span(8), "C");
        g.merge_nodes(b, c);
        assert_eq!(g.node(b).unwrap().mentions, vec![span(7), span(8)]);
        g.add_mention(b, span(8), "C");
        assert_eq!(g.node(b).unwrap().mentions.len(), 2);
        let moved = g.add_edge(a, b, edge(EdgeKind::Relation, &[1]));
        assert_eq!(g.edge(moved).unwrap().evidence, vec![span(1)]);
        assert_eq!(g.edges_between(a, b).len(), 2, "co-occurrence and the moved relation");
        // A removed node's mentions are forgotten with it.
        let d = g.upsert_node("d", NodeKind::Place, "D");
        g.add_mention(d, span(9), "D");
        g.remove_node(d);
        let d = g.upsert_node("d", NodeKind::Place, "D");
        g.add_mention(d, span(9), "D");
        assert_eq!(g.node(d).unwrap().mentions, vec![span(9)]);
    }
}
