//! Event labels that tell events apart: events whose labels would read the same ("Strike:
//! Coalition" three times) gain a qualifier — the place, else the date, else the source — so a
//! reader of the picture or a list can tell which is which.

use std::collections::HashMap;

use petgraph::stable_graph::NodeIndex;

use super::store::KnowledgeGraph;
use crate::model::EdgeKind;

/// Adds a qualifier in parentheses to every event whose label another event shares: the first
/// of place, date, source article's title, place and date together that tells most of them
/// apart; a number ends any tie that remains.
pub fn distinguish_event_labels(graph: &mut KnowledgeGraph) {
    let mut by_label: HashMap<String, Vec<NodeIndex>> = HashMap::new();
    for (index, node) in graph.nodes() {
        if node.event.is_some() {
            by_label.entry(node.label.clone()).or_default().push(index);
        }
    }
    let mut groups: Vec<(String, Vec<NodeIndex>)> = by_label.into_iter().filter(|(_, v)| v.len() > 1).collect();
    if groups.is_empty() {
        return;
    }
    groups.sort();
    let mut place: HashMap<NodeIndex, String> = HashMap::new();
    for (_, source, target, edge) in graph.edges() {
        if edge.kind == EdgeKind::Location
            && !place.contains_key(&source)
            && let Some(node) = graph.node(target)
        {
            place.insert(source, node.label.clone());
        }
    }
    let mut renames: Vec<(NodeIndex, String)> = Vec::new();
    for (label, members) in groups {
        let date = |n: NodeIndex| {
            let node = graph.node(n)?;
            let time = node.event.as_ref().and_then(|e| e.time.clone());
            time.or_else(|| node.mentions.first().and_then(|m| graph.article(m.article)).and_then(|a| a.date.clone()))
        };
        let source = |n: NodeIndex| {
            let node = graph.node(n)?;
            let title = &graph.article(node.mentions.first()?.article)?.title;
            Some(shorten(title, 32))
        };
        let both = |n: NodeIndex| match (place.get(&n).cloned(), date(n)) {
            (Some(p), Some(d)) => Some(format!("{p}, {d}")),
            (p, d) => p.or(d),
        };
        let qualifiers: [&dyn Fn(NodeIndex) -> Option<String>; 4] =
            [&|n| place.get(&n).cloned(), &date, &source, &both];
        let tried: Vec<Vec<Option<String>>> =
            qualifiers.iter().map(|f| members.iter().map(|&n| f(n)).collect()).collect();
        // The first kind of qualifier that tells most of them apart; none if none tells any.
        let count_distinct = |q: &Vec<Option<String>>| {
            let mut seen: Vec<&Option<String>> = q.iter().collect();
            seen.sort();
            seen.dedup();
            seen.len()
        };
        let mut best: Option<&Vec<Option<String>>> = None;
        for q in &tried {
            if count_distinct(q) > best.map_or(1, count_distinct) {
                best = Some(q);
            }
        }
        let none = vec![None; members.len()];
        let best = best.unwrap_or(&none);
        let mut used: HashMap<String, usize> = HashMap::new();
        for (&n, q) in members.iter().zip(best) {
            let mut new = match q {
                Some(q) => format!("{label} ({q})"),
                None => label.clone(),
            };
            let count = used.entry(new.clone()).or_default();
            *count += 1;
            if *count > 1 {
                new = format!("{new} #{count}");
            }
            renames.push((n, new));
        }
    }
    for (n, label) in renames {
        if let Some(node) = graph.node_mut(n) {
            node.label = label;
        }
    }
}

/// At most `max` characters, cut at a word and marked with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max / 2).map_or(cut.as_str(), |i| &cut[..i]);
    format!("{at_word}…")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, EventInfo};
    use crate::model::{Article, Modality, NodeKind, Span};

    fn event(graph: &mut KnowledgeGraph, id: &str, label: &str, article: u32, time: Option<&str>) -> NodeIndex {
        let n = graph.upsert_node(id, NodeKind::Event, label);
        graph.node_mut(n).expect("added").event =
            Some(EventInfo { event_type: "19 Fight".into(), modality: Modality::Asserted, time: time.map(Into::into) });
        graph.add_mention(n, Span { article, start: 0, end: 4 }, "raid");
        n
    }

    fn article(graph: &mut KnowledgeGraph, id: &str, title: &str) -> u32 {
        graph.add_article(Article {
            id: id.into(),
            path: format!("{id}.txt"),
            title: title.into(),
            text: "raid".into(),
            date: None,
            url: None,
        })
    }

    #[test]
    fn twins_are_told_apart_by_place_then_date_then_source() {
        let mut g = KnowledgeGraph::new();
        let a = article(&mut g, "a", "Militia raids two villages on the river");
        let b = article(&mut g, "b", "A second raid in the north");
        // Same label, different places.
        let x = event(&mut g, "e1", "Raid: Blue Militia", a, None);
        let y = event(&mut g, "e2", "Raid: Blue Militia", b, None);
        for (e, town) in [(x, "Oldbridge"), (y, "Kestrel Falls")] {
            let p = g.upsert_node(&format!("place:{town}"), NodeKind::Place, town);
            g.add_edge(e, p, Edge::new(EdgeKind::Location, 0.9));
        }
        // Same label, no place, different dates.
        let d1 = event(&mut g, "e3", "Ambush: Red Brigade", a, Some("2031-04-02"));
        let d2 = event(&mut g, "e4", "Ambush: Red Brigade", b, Some("2031-05-17"));
        // Same label, nothing but the source differs.
        let s1 = event(&mut g, "e5", "Shelling", a, None);
        let s2 = event(&mut g, "e6", "Shelling", b, None);
        // A label nobody shares is left alone.
        let lone = event(&mut g, "e7", "Talks: Ardenia – Borovia", a, None);
        distinguish_event_labels(&mut g);
        let label = |n| g.node(n).expect("kept").label.clone();
        assert_eq!(label(x), "Raid: Blue Militia (Oldbridge)");
        assert_eq!(label(y), "Raid: Blue Militia (Kestrel Falls)");
        assert_eq!(label(d1), "Ambush: Red Brigade (2031-04-02)");
        assert_eq!(label(d2), "Ambush: Red Brigade (2031-05-17)");
        assert_eq!(label(s1), "Shelling (Militia raids two villages on…)");
        assert_eq!(label(s2), "Shelling (A second raid in the north)");
        assert_eq!(label(lone), "Talks: Ardenia – Borovia");
    }

    #[test]
    fn exact_twins_are_numbered() {
        let mut g = KnowledgeGraph::new();
        let a = article(&mut g, "a", "One report");
        let first = event(&mut g, "e1", "Clash", a, None);
        let second = event(&mut g, "e2", "Clash", a, None);
        distinguish_event_labels(&mut g);
        assert_eq!(g.node(first).expect("kept").label, "Clash");
        assert_eq!(g.node(second).expect("kept").label, "Clash #2");
    }
}
