//! The JSON node-link document of the stable `extract` contract (see DESIGN.md).

use std::io::Write;

use serde::{Deserialize, Serialize};

use crate::graph::{KnowledgeGraph, Span};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Document {
    pub articles: Vec<ArticleOut>,
    pub nodes: Vec<NodeOut>,
    pub edges: Vec<EdgeOut>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ArticleOut {
    pub id: String,
    pub path: String,
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MentionOut {
    pub article: String,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct NodeOut {
    pub id: String,
    pub kind: String,
    pub label: String,
    pub aliases: Vec<String>,
    pub mentions: Vec<MentionOut>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub attributes: std::collections::BTreeMap<String, String>,
    /// The user's note (curation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Hidden by the user (kept in graph files, left out of images).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EdgeOut {
    pub source: String,
    pub target: String,
    pub kind: String,
    pub role: Option<String>,
    pub label: Option<String>,
    pub confidence: f32,
    pub evidence: Vec<MentionOut>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
}

fn mention(graph: &KnowledgeGraph, span: &Span) -> MentionOut {
    MentionOut {
        article: graph.article(span.article).map(|a| a.id.clone()).unwrap_or_default(),
        start: span.start,
        end: span.end,
    }
}

/// Converts the graph into the contract document.
pub fn to_document(graph: &KnowledgeGraph) -> Document {
    let articles = graph
        .articles
        .iter()
        .map(|a| ArticleOut {
            id: a.id.clone(),
            path: a.path.clone(),
            title: a.title.clone(),
            text: a.text.clone(),
            date: a.date.clone(),
            url: a.url.clone(),
        })
        .collect();
    let nodes = graph
        .nodes()
        .map(|(_, n)| {
            let mut mentions = n.mentions.clone();
            mentions.sort();
            NodeOut {
                id: n.id.clone(),
                kind: n.kind.as_str().to_string(),
                label: n.label.clone(),
                aliases: n.aliases.clone(),
                mentions: mentions.iter().map(|m| mention(graph, m)).collect(),
                event_type: n.event.as_ref().map(|e| e.event_type.clone()),
                modality: n.event.as_ref().map(|e| {
                    serde_json::to_value(e.modality).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
                }),
                time: n.event.as_ref().and_then(|e| e.time.clone()),
                attributes: n.attributes.iter().cloned().collect(),
                note: n.note.clone(),
                hidden: n.hidden,
            }
        })
        .collect();
    let edges = graph
        .edges()
        .filter_map(|(_, s, t, e)| {
            let (s, t) = (graph.node(s)?, graph.node(t)?);
            Some(EdgeOut {
                source: s.id.clone(),
                target: t.id.clone(),
                kind: e.kind.as_str().to_string(),
                role: e.role.map(|r| {
                    serde_json::to_value(r).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
                }),
                label: e.label.clone(),
                confidence: (e.confidence * 1000.0).round() / 1000.0,
                evidence: e.evidence.iter().map(|m| mention(graph, m)).collect(),
                note: e.note.clone(),
                hidden: e.hidden,
            })
        })
        .collect();
    Document { articles, nodes, edges }
}

/// Writes the document as pretty JSON.
pub fn write_json(graph: &KnowledgeGraph, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &to_document(graph))?;
    out.write_all(b"\n")
}
