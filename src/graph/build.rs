//! Builds the knowledge graph from articles: NLP in parallel, then one node per real-world thing,
//! `located_in` from the gazetteer and sentence co-occurrence as a low-confidence fallback.

use std::collections::{BTreeSet, HashMap};

use rayon::prelude::*;

use super::KnowledgeGraph;
use super::model::{Edge, EdgeKind, NodeKind, Span};
use crate::ingest::Article;
use crate::nlp::{self, Analysis, Gazetteer, Target};

/// Confidence of a co-occurrence edge seen in `n` sentences: low, growing slowly.
pub fn co_occurrence_confidence(n: usize) -> f32 {
    (0.15 + 0.08 * (n as f32).ln()).min(0.45)
}

/// Analyses every article and builds one graph.
pub fn build_graph(articles: Vec<Article>) -> KnowledgeGraph {
    let analyses: Vec<Analysis> = articles.par_iter().map(|a| nlp::analyze(&a.text)).collect();
    let mut graph = KnowledgeGraph::new();
    for (article, analysis) in articles.into_iter().zip(analyses) {
        let index = graph.add_article(article);
        add_analysis(&mut graph, index, &analysis);
    }
    super::resolve::resolve(&mut graph);
    add_co_occurrence(&mut graph);
    graph
}

/// Adds one analysed article's entities (nodes, mentions, located_in) to the graph.
pub fn add_analysis(graph: &mut KnowledgeGraph, article: u32, analysis: &Analysis) {
    let gazetteer = Gazetteer::bundled();
    let mut parents: Vec<(petgraph::stable_graph::NodeIndex, String, Span)> = Vec::new();
    for m in &analysis.entities {
        let (id, label, kind, parent) = match &m.target {
            Target::Known(i) => {
                let e = gazetteer.entry(*i);
                (e.id.clone(), e.label.clone(), e.kind, e.parent.clone())
            }
            Target::New { id, label } => (id.clone(), label.clone(), m.kind, m.parent.clone()),
        };
        let node = graph.upsert_node(&id, kind, &label);
        let text = &graph.articles[article as usize].text;
        let surface = text[m.start..m.end].to_string();
        graph.add_mention(node, Span { article, start: m.start as u32, end: m.end as u32 }, &surface);
        if let Some(role) = &m.role
            && let Some(n) = graph.node_mut(node)
            && n.attribute("role").is_none()
        {
            n.set_attribute("role", role);
        }
        if let Some(parent) = parent {
            let s = &analysis.sentences[m.sentence];
            parents.push((node, parent, Span { article, start: s.start as u32, end: s.end as u32 }));
        }
    }
    // located_in only towards places and countries the articles actually mention.
    for (node, parent, evidence) in parents {
        if let Some(p) = graph.index_of(&parent)
            && p != node
        {
            let mut edge = Edge::new(EdgeKind::LocatedIn, 0.9);
            edge.evidence.push(evidence);
            graph.add_edge(node, p, edge);
        }
    }
}

/// Pairs of entities named in the same sentence, unless a typed edge already joins them.
pub fn add_co_occurrence(graph: &mut KnowledgeGraph) {
    let mut by_sentence: HashMap<(u32, u32, u32), BTreeSet<petgraph::stable_graph::NodeIndex>> = HashMap::new();
    let sentence_spans: Vec<Vec<(u32, u32)>> = graph
        .articles
        .iter()
        .map(|a| {
            let tokens = nlp::tokenize::tokenize(&a.text);
            nlp::sentences::split_sentences(&a.text, &tokens).iter().map(|s| (s.start as u32, s.end as u32)).collect()
        })
        .collect();
    for (index, node) in graph.nodes() {
        if node.kind == NodeKind::Event {
            continue;
        }
        for m in &node.mentions {
            let spans = &sentence_spans[m.article as usize];
            let pos = spans.partition_point(|&(_, end)| end <= m.start);
            if let Some(&(s, e)) = spans.get(pos) {
                by_sentence.entry((m.article, s, e)).or_default().insert(index);
            }
        }
    }
    let mut pairs: HashMap<(petgraph::stable_graph::NodeIndex, petgraph::stable_graph::NodeIndex), Vec<Span>> =
        HashMap::new();
    let mut keys: Vec<_> = by_sentence.keys().copied().collect();
    keys.sort();
    for key in keys {
        let nodes: Vec<_> = by_sentence[&key].iter().copied().collect();
        for (i, &a) in nodes.iter().enumerate() {
            for &b in &nodes[i + 1..] {
                pairs.entry((a, b)).or_default().push(Span { article: key.0, start: key.1, end: key.2 });
            }
        }
    }
    let mut pairs: Vec<_> = pairs.into_iter().collect();
    pairs.sort_by_key(|(k, _)| *k);
    for ((a, b), evidence) in pairs {
        let typed = graph.edges_between(a, b).iter().any(|(_, e)| e.kind != EdgeKind::CoOccurrence);
        if typed {
            continue;
        }
        let mut edge = Edge::new(EdgeKind::CoOccurrence, co_occurrence_confidence(evidence.len()));
        edge.label = Some(format!("{} sentence{}", evidence.len(), if evidence.len() == 1 { "" } else { "s" }));
        edge.evidence = evidence;
        graph.add_edge(a, b, edge);
    }
}
