//! What is shown: kind, event-type, article and confidence filters, the focus neighbourhood,
//! and search.

pub use crate::model::fold;
use std::collections::{BTreeSet, HashSet};

use petgraph::stable_graph::NodeIndex;

use super::state::App;
use crate::layout::radial_layout;

impl App {
    /// Nodes shown after filters, article toggles and focus.
    pub fn visible_nodes(&mut self) -> &HashSet<NodeIndex> {
        if self.visible_cache.is_none() {
            let focus_set: Option<HashSet<NodeIndex>> =
                self.focus.map(|(center, hops)| self.neighbourhood(center, hops));
            let visible = self
                .curation
                .graph()
                .nodes()
                .filter(|(i, n)| {
                    (self.show_hidden || !n.hidden)
                        && !self.hidden_kinds.contains(&n.kind)
                        && n.event.as_ref().is_none_or(|e| !self.hidden_event_types.contains(&e.event_type))
                        && (self.hidden_articles.is_empty()
                            || n.mentions.is_empty()
                            || n.mentions.iter().any(|m| !self.hidden_articles.contains(&m.article)))
                        && focus_set.as_ref().is_none_or(|f| f.contains(i))
                })
                .map(|(i, _)| i)
                .collect();
            self.visible_cache = Some(visible);
        }
        self.visible_cache.as_ref().expect("just filled")
    }

    pub fn edge_visible(&self, edge: &crate::graph::Edge) -> bool {
        (self.settings.show_co_occurrence || edge.kind != crate::graph::EdgeKind::CoOccurrence)
            && (self.show_hidden || !edge.hidden)
            && edge.confidence >= self.min_confidence
            && (self.hidden_articles.is_empty()
                || edge.evidence.is_empty()
                || edge.evidence.iter().any(|m| !self.hidden_articles.contains(&m.article)))
    }

    pub(super) fn neighbourhood(&self, center: NodeIndex, hops: u8) -> HashSet<NodeIndex> {
        let mut seen = HashSet::from([center]);
        let mut frontier = vec![center];
        for _ in 0..hops {
            let mut next = Vec::new();
            for n in frontier {
                for (_, other, edge, _) in self.curation.graph().incident_edges(n) {
                    if self.edge_visible(edge) && seen.insert(other) {
                        next.push(other);
                    }
                }
            }
            frontier = next;
        }
        seen
    }

    pub(super) fn filters_changed(&mut self) {
        self.visible_cache = None;
        self.canvas.invalidate();
        if let Some((center, hops)) = self.focus {
            self.compute_focus_layout(center, hops);
        }
    }

    pub(super) fn compute_focus_layout(&mut self, center: NodeIndex, hops: u8) {
        let Some(center_slot) = self.layout_slot(center) else { return };
        let keep = self.neighbourhood(center, hops);
        let (mut layout_graph, _) = crate::style::layout_graph(self.curation.graph(), self.settings.show_co_occurrence);
        // Only edges inside the neighbourhood shape the rings.
        layout_graph
            .edges
            .retain(|&(a, b, _)| keep.contains(&self.slots[a as usize]) && keep.contains(&self.slots[b as usize]));
        let gap = 40.0 + layout_graph.radius.iter().fold(0.0f32, |m, r| m.max(*r)) * 3.0;
        let mut radial = radial_layout(&layout_graph, center_slot, gap).positions;
        // Centre the rings on the focused node's current place so the view stays put.
        if let Some(base) = self.layout.as_ref().and_then(|l| l.positions().get(center_slot).copied()) {
            for p in &mut radial {
                p.x += base.x;
                p.y += base.y;
            }
        }
        self.focus_positions = Some(radial);
        self.focus_anim = 0.0;
    }

    /// Nodes whose label or alias matches the search (case- and accent-insensitive), best first.
    pub fn search_matches(&self, limit: usize) -> Vec<NodeIndex> {
        let query = fold(&self.search);
        if query.trim().is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, usize, NodeIndex)> = self
            .curation
            .graph()
            .nodes()
            .filter_map(|(i, n)| {
                let label = fold(&n.label);
                let rank = if label == query {
                    0
                } else if label.starts_with(&query) {
                    1
                } else if n.aliases.iter().any(|a| fold(a).starts_with(&query)) {
                    2
                } else if label.contains(&query) || n.aliases.iter().any(|a| fold(a).contains(&query)) {
                    3
                } else {
                    return None;
                };
                Some((rank, usize::MAX - n.mentions.len(), i))
            })
            .collect();
        hits.sort();
        hits.into_iter().take(limit).map(|(_, _, i)| i).collect()
    }
}

/// Shows (removes from the hidden set) or hides an item.
pub(super) fn show<T: Ord>(hidden: &mut BTreeSet<T>, item: T, visible: bool) {
    if visible {
        hidden.remove(&item);
    } else {
        hidden.insert(item);
    }
}
