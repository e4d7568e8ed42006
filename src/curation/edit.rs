//! The user's edits to the graph as data: each names nodes by their stable ids (never by index),
//! so a log of edits replays on a fresh extraction of the same articles, after reopening, in a
//! newer version, or after an article changed.

use serde::{Deserialize, Serialize};

use crate::graph::{Edge, KnowledgeGraph};
use crate::model::{EdgeKind, NodeKind, Role, Span, slug};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

/// An edge by what identifies it: its ends' ids, kind, role and label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EdgeRef {
    pub source: String,
    pub target: String,
    pub kind: EdgeKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

impl EdgeRef {
    /// The reference of an edge of `graph`.
    pub fn of(graph: &KnowledgeGraph, edge: EdgeIndex) -> Option<EdgeRef> {
        let (s, t) = graph.edge_endpoints(edge)?;
        let e = graph.edge(edge)?;
        Some(EdgeRef {
            source: graph.node(s)?.id.clone(),
            target: graph.node(t)?.id.clone(),
            kind: e.kind,
            role: e.role,
            label: e.label.clone(),
        })
    }

    /// The edge it names in `graph`, if it is there.
    pub fn find(&self, graph: &KnowledgeGraph) -> Option<EdgeIndex> {
        let (s, t) = (graph.index_of(&self.source)?, graph.index_of(&self.target)?);
        graph.find_edge(s, t, self.kind, self.role, self.label.as_deref())
    }
}

/// What a note or a hide flag is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    Node(String),
    Edge(EdgeRef),
}

/// One change the user made. The serialised form is part of the project file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    /// Fold `from` into `into`: mentions, aliases, edges and notes move; `into` keeps its label.
    Merge {
        into: String,
        from: Vec<String>,
    },
    /// Give the mentions written `alias` a node of their own (id `node~slug(alias)`); edges whose
    /// evidence only those mentions support move with them.
    SplitAlias {
        node: String,
        alias: String,
    },
    Rename {
        node: String,
        label: String,
    },
    SetKind {
        node: String,
        kind: NodeKind,
    },
    DeleteNode {
        node: String,
    },
    DeleteEdge {
        edge: EdgeRef,
    },
    SetHidden {
        target: Target,
        hidden: bool,
    },
    AddNode {
        id: String,
        kind: NodeKind,
        label: String,
    },
    /// A relation the text implies, drawn by the user (confidence 1, no evidence).
    AddEdge {
        source: String,
        target: String,
        label: String,
    },
    /// Set (or, with `None`, remove) the note of a node or an edge.
    SetNote {
        target: Target,
        note: Option<String>,
    },
}

/// Why an edit could not be applied.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("node {0} is not in the graph")]
    MissingNode(String),
    #[error("the edge {} to {} ({}) is not in the graph", .0.source, .0.target, .0.kind.as_str())]
    MissingEdge(EdgeRef),
    #[error("a node with id {0} already exists")]
    IdTaken(String),
    #[error("{0}")]
    Invalid(String),
}

impl Edit {
    /// Applies the edit. `Ok` carries what only partly applied (a merge whose some nodes are
    /// gone), so nothing is dropped without a word.
    pub fn apply(&self, graph: &mut KnowledgeGraph) -> Result<Vec<String>, EditError> {
        let node = |graph: &KnowledgeGraph, id: &str| graph.index_of(id).ok_or(EditError::MissingNode(id.into()));
        let mut notes = Vec::new();
        match self {
            Edit::Merge { into, from } => {
                let keep = node(graph, into)?;
                let present: Vec<NodeIndex> = from.iter().filter_map(|id| graph.index_of(id)).collect();
                let missing: Vec<&String> = from.iter().filter(|id| graph.index_of(id).is_none()).collect();
                if present.is_empty() {
                    return Err(EditError::MissingNode(from.join(", ")));
                }
                for id in missing {
                    notes.push(format!("{id} is no longer in the graph, so it was not merged into {into}"));
                }
                for other in present {
                    graph.merge_nodes(keep, other);
                }
            }
            Edit::SplitAlias { node: id, alias } => split_alias(graph, node(graph, id)?, alias)?,
            Edit::Rename { node: id, label } => {
                let label = label.trim();
                if label.is_empty() {
                    return Err(EditError::Invalid("a name cannot be empty".into()));
                }
                let n = node(graph, id)?;
                let Some(n) = graph.node_mut(n) else { return Err(EditError::MissingNode(id.clone())) };
                n.label = label.to_string();
                n.aliases.retain(|a| a != label);
                n.aliases.insert(0, label.to_string());
            }
            Edit::SetKind { node: id, kind } => {
                let n = node(graph, id)?;
                if let Some(n) = graph.node_mut(n) {
                    n.kind = *kind;
                }
            }
            Edit::DeleteNode { node: id } => {
                graph.remove_node(node(graph, id)?);
            }
            Edit::DeleteEdge { edge } => {
                let e = edge.find(graph).ok_or_else(|| EditError::MissingEdge(edge.clone()))?;
                graph.remove_edge(e);
            }
            Edit::SetHidden { target, hidden } => match target {
                Target::Node(id) => {
                    let n = node(graph, id)?;
                    if let Some(n) = graph.node_mut(n) {
                        n.hidden = *hidden;
                    }
                }
                Target::Edge(edge) => {
                    let e = edge.find(graph).ok_or_else(|| EditError::MissingEdge(edge.clone()))?;
                    graph.set_edge_hidden(e, *hidden);
                }
            },
            Edit::AddNode { id, kind, label } => {
                if graph.index_of(id).is_some() {
                    return Err(EditError::IdTaken(id.clone()));
                }
                if label.trim().is_empty() || id.is_empty() {
                    return Err(EditError::Invalid("a new node needs a name".into()));
                }
                graph.upsert_node(id, *kind, label.trim());
            }
            Edit::AddEdge { source, target, label } => {
                let (s, t) = (node(graph, source)?, node(graph, target)?);
                if s == t {
                    return Err(EditError::Invalid("an edge needs two different nodes".into()));
                }
                let label = label.trim();
                let edge = Edge {
                    label: (!label.is_empty()).then(|| label.to_string()),
                    ..Edge::new(EdgeKind::Relation, 1.0)
                };
                graph.add_edge(s, t, edge);
            }
            Edit::SetNote { target, note } => {
                let note = note.as_ref().map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
                match target {
                    Target::Node(id) => {
                        let n = node(graph, id)?;
                        if let Some(n) = graph.node_mut(n) {
                            n.note = note;
                        }
                    }
                    Target::Edge(edge) => {
                        let e = edge.find(graph).ok_or_else(|| EditError::MissingEdge(edge.clone()))?;
                        graph.set_edge_note(e, note);
                    }
                }
            }
        }
        Ok(notes)
    }

    /// A short description for menus ("Undo merge Hizballah into Hezbollah"), naming nodes by
    /// their labels in `graph` (the graph the edit applies to) where it has them.
    pub fn describe(&self, graph: &KnowledgeGraph) -> String {
        let name = |id: &str| graph.node_by_id(id).map_or_else(|| id.to_string(), |n| n.label.clone());
        let edge_name = |e: &EdgeRef| format!("{} to {}", name(&e.source), name(&e.target));
        let target_name = |t: &Target| match t {
            Target::Node(id) => name(id),
            Target::Edge(e) => edge_name(e),
        };
        match self {
            Edit::Merge { into, from } => {
                let from: Vec<String> = from.iter().map(|id| name(id)).collect();
                format!("merge {} into {}", from.join(", "), name(into))
            }
            Edit::SplitAlias { node, alias } => format!("split “{alias}” off {}", name(node)),
            Edit::Rename { node, label } => format!("rename {} to {label}", name(node)),
            Edit::SetKind { node, kind } => format!("make {} a {}", name(node), kind.as_str()),
            Edit::DeleteNode { node } => format!("delete {}", name(node)),
            Edit::DeleteEdge { edge } => format!("delete edge {}", edge_name(edge)),
            Edit::SetHidden { target, hidden: true } => format!("hide {}", target_name(target)),
            Edit::SetHidden { target, hidden: false } => format!("show {}", target_name(target)),
            Edit::AddNode { label, .. } => format!("add {label}"),
            Edit::AddEdge { source, target, label } => {
                format!("add edge {} to {} ({label})", name(source), name(target))
            }
            Edit::SetNote { target, note: Some(_) } => format!("note on {}", target_name(target)),
            Edit::SetNote { target, note: None } => format!("remove note on {}", target_name(target)),
        }
    }

    /// Every node id the edit names.
    pub fn node_ids(&self) -> Vec<&str> {
        match self {
            Edit::Merge { into, from } => {
                std::iter::once(into.as_str()).chain(from.iter().map(String::as_str)).collect()
            }
            Edit::SplitAlias { node, .. }
            | Edit::Rename { node, .. }
            | Edit::SetKind { node, .. }
            | Edit::DeleteNode { node } => vec![node],
            Edit::DeleteEdge { edge } => edge_ids(edge),
            Edit::SetHidden { target, .. } | Edit::SetNote { target, .. } => match target {
                Target::Node(id) => vec![id],
                Target::Edge(e) => edge_ids(e),
            },
            Edit::AddNode { id, .. } => vec![id],
            Edit::AddEdge { source, target, .. } => vec![source, target],
        }
    }
}

fn edge_ids(e: &EdgeRef) -> Vec<&str> {
    vec![e.source.as_str(), e.target.as_str()]
}

/// The id a new node of the user's gets: `user:slug`, numbered if taken.
pub fn new_node_id(graph: &KnowledgeGraph, label: &str) -> String {
    let base = format!("user:{}", slug(label));
    if graph.index_of(&base).is_none() {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| graph.index_of(id).is_none()).unwrap_or(base)
}

/// The id a split-off alias gets.
pub fn split_id(node: &str, alias: &str) -> String {
    format!("{node}~{}", slug(alias))
}

fn split_alias(graph: &mut KnowledgeGraph, index: NodeIndex, alias: &str) -> Result<(), EditError> {
    let Some(n) = graph.node(index) else { return Err(EditError::Invalid("no such node".into())) };
    if n.label == alias {
        return Err(EditError::Invalid(format!("“{alias}” is the node's name: rename it instead")));
    }
    if !n.aliases.iter().any(|a| a == alias) {
        return Err(EditError::Invalid(format!("{} has no alias “{alias}”", n.label)));
    }
    let (id, kind) = (split_id(&n.id, alias), n.kind);
    if graph.index_of(&id).is_some() {
        return Err(EditError::IdTaken(id));
    }
    let moving: Vec<Span> = n.mentions.iter().copied().filter(|m| graph.span_text(*m) == alias).collect();
    let staying: Vec<Span> = n.mentions.iter().copied().filter(|m| graph.span_text(*m) != alias).collect();
    let new = graph.upsert_node(&id, kind, alias);
    graph.move_mentions(index, new, &moving);
    if let Some(n) = graph.node_mut(index) {
        n.aliases.retain(|a| a != alias);
    }
    // An edge follows the alias when each of its evidence spans holds a moved mention and none
    // of those that stay: the alias alone is what the evidence speaks of.
    let within = |outer: &Span, inner: &Span| {
        outer.article == inner.article && outer.start <= inner.start && inner.end <= outer.end
    };
    let follows = |e: &Edge| {
        !e.evidence.is_empty()
            && e.evidence
                .iter()
                .all(|ev| moving.iter().any(|m| within(ev, m)) && !staying.iter().any(|m| within(ev, m)))
    };
    let moving_edges: Vec<(EdgeIndex, NodeIndex, bool)> = graph
        .incident_edges(index)
        .into_iter()
        .filter(|(_, _, e, _)| follows(e))
        .map(|(e, other, _, outgoing)| (e, other, outgoing))
        .collect();
    for (e, other, outgoing) in moving_edges {
        if let Some(edge) = graph.remove_edge(e) {
            let (s, t) = if outgoing { (new, other) } else { (other, new) };
            graph.add_edge(s, t, edge);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    /// "Jordan" names a man in the first sentence and a country in the second: one node until split.
    fn graph() -> KnowledgeGraph {
        let text = "Michael Jordan met Sam. Jordan signed a deal with Sam.";
        let mut g = KnowledgeGraph::new();
        g.add_article(Article {
            id: "a".into(),
            path: "a.txt".into(),
            title: "A".into(),
            text: text.into(),
            date: None,
            url: None,
        });
        g.set_sentences(vec![vec![(0, 23), (24, 54)]]);
        let jordan = g.upsert_node("person:michael-jordan", NodeKind::Person, "Michael Jordan");
        let sam = g.upsert_node("person:sam", NodeKind::Person, "Sam");
        g.add_mention(jordan, Span { article: 0, start: 0, end: 14 }, "Michael Jordan");
        g.add_mention(jordan, Span { article: 0, start: 24, end: 30 }, "Jordan");
        g.add_mention(sam, Span { article: 0, start: 19, end: 22 }, "Sam");
        let edge = |start, end, label: &str| Edge {
            label: Some(label.into()),
            evidence: vec![Span { article: 0, start, end }],
            ..Edge::new(EdgeKind::Relation, 0.5)
        };
        g.add_edge(jordan, sam, edge(0, 23, "met"));
        g.add_edge(jordan, sam, edge(24, 54, "signed with"));
        g
    }

    #[test]
    fn splitting_an_alias_moves_its_mentions_and_the_edges_only_it_supports() {
        let mut g = graph();
        let edit = Edit::SplitAlias { node: "person:michael-jordan".into(), alias: "Jordan".into() };
        assert_eq!(edit.describe(&g), "split “Jordan” off Michael Jordan");
        edit.apply(&mut g).unwrap();
        let new = g.node_by_id("person:michael-jordan~jordan").unwrap();
        assert_eq!((new.label.as_str(), new.mentions.len()), ("Jordan", 1));
        let old = g.node_by_id("person:michael-jordan").unwrap();
        assert_eq!(old.aliases, ["Michael Jordan"]);
        let label_of = |id: &str| {
            let i = g.index_of(id).unwrap();
            g.incident_edges(i).iter().filter_map(|(_, _, e, _)| e.label.clone()).collect::<Vec<_>>()
        };
        assert_eq!(label_of("person:michael-jordan"), ["met"]);
        assert_eq!(label_of("person:michael-jordan~jordan"), ["signed with"]);
        // Twice, or the node's own name: refused, nothing changes.
        let before = g.fingerprint();
        assert!(matches!(edit.apply(&mut g), Err(EditError::Invalid(_))));
        let own = Edit::SplitAlias { node: "person:sam".into(), alias: "Sam".into() };
        assert!(matches!(own.apply(&mut g), Err(EditError::Invalid(_))));
        assert_eq!(g.fingerprint(), before);
    }

    #[test]
    fn notes_hide_flags_and_new_edges_name_their_targets_by_id() {
        let mut g = graph();
        let met = EdgeRef {
            source: "person:michael-jordan".into(),
            target: "person:sam".into(),
            kind: EdgeKind::Relation,
            role: None,
            label: Some("met".into()),
        };
        Edit::SetNote { target: Target::Edge(met.clone()), note: Some(" first meeting ".into()) }
            .apply(&mut g)
            .unwrap();
        Edit::SetHidden { target: Target::Edge(met.clone()), hidden: true }.apply(&mut g).unwrap();
        let e = g.edge(met.find(&g).unwrap()).unwrap();
        assert_eq!((e.note.as_deref(), e.hidden), (Some("first meeting"), true));
        let id = new_node_id(&g, "Sam");
        assert_eq!(id, "user:sam");
        Edit::AddNode { id: id.clone(), kind: NodeKind::Organization, label: "Sam".into() }.apply(&mut g).unwrap();
        assert_eq!(new_node_id(&g, "Sam"), "user:sam-2");
        Edit::AddEdge { source: id.clone(), target: "person:sam".into(), label: "employs".into() }
            .apply(&mut g)
            .unwrap();
        assert_eq!(g.edge_count(), 3);
        // Edits on what is not there fail and say what is missing.
        let gone = Edit::Rename { node: "person:nobody".into(), label: "X".into() };
        assert_eq!(gone.apply(&mut g), Err(EditError::MissingNode("person:nobody".into())));
        let gone = Edit::DeleteEdge { edge: EdgeRef { label: Some("hugged".into()), ..met } };
        assert!(matches!(gone.apply(&mut g), Err(EditError::MissingEdge(_))));
        // Merging keeps both notes.
        Edit::SetNote { target: Target::Node(id.clone()), note: Some("a firm".into()) }.apply(&mut g).unwrap();
        Edit::SetNote { target: Target::Node("person:sam".into()), note: Some("a man".into()) }.apply(&mut g).unwrap();
        Edit::Merge { into: "person:sam".into(), from: vec![id, "person:gone".into()] }
            .apply(&mut g)
            .map(|notes| {
                assert_eq!(notes.len(), 1, "the missing node is reported");
            })
            .unwrap();
        assert_eq!(g.node_by_id("person:sam").unwrap().note.as_deref(), Some("a man\na firm"));
    }

    #[test]
    fn the_log_format_is_stable_json() {
        let edit = Edit::Merge { into: "org:a".into(), from: vec!["org:b".into()] };
        let json = serde_json::to_string(&edit).unwrap();
        assert_eq!(json, r#"{"op":"merge","into":"org:a","from":["org:b"]}"#);
        let kind: Edit = serde_json::from_str(r#"{"op":"set_kind","node":"x","kind":"group"}"#).unwrap();
        assert_eq!(kind, Edit::SetKind { node: "x".into(), kind: NodeKind::Group });
    }
}
