//! Circular layout grouped by kind: one circle, groups in arcs separated by gaps.

use super::graph::{Layout, LayoutGraph, Vec2};

/// Places nodes on one circle, grouped by `LayoutGraph::group`, ordered by key within a group.
pub fn circular_layout(graph: &LayoutGraph) -> Layout {
    let n = graph.len();
    if n == 0 {
        return Layout::default();
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| graph.group[a].cmp(&graph.group[b]).then(graph.keys[a].cmp(&graph.keys[b])));
    let groups = {
        let mut g: Vec<u8> = graph.group.clone();
        g.sort_unstable();
        g.dedup();
        g.len()
    };
    // Each node takes its diameter plus a margin; each group boundary a gap of two slots.
    let slot: f32 = graph.radius.iter().fold(0.0f32, |m, r| m.max(*r)) * 2.0 + 4.0;
    let slots = n + if groups > 1 { 2 * groups } else { 0 };
    let radius = (slots as f32 * slot / std::f32::consts::TAU).max(slot);
    let mut positions = vec![Vec2::ZERO; n];
    let mut k = 0usize;
    let mut last_group = None;
    for &i in &order {
        if groups > 1 && last_group != Some(graph.group[i]) {
            k += 2;
            last_group = Some(graph.group[i]);
        }
        let a = std::f32::consts::TAU * k as f32 / slots as f32;
        positions[i] = Vec2::new(radius * a.cos(), radius * a.sin());
        k += 1;
    }
    Layout { positions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::scale_free_graph;

    #[test]
    fn groups_are_contiguous_and_on_one_circle() {
        let g = scale_free_graph(60, 100, 1);
        let layout = circular_layout(&g);
        let r0 = layout.positions[0].length();
        assert!(layout.positions.iter().all(|p| (p.length() - r0).abs() < 1e-2));
        let mut by_angle: Vec<(f32, u8)> = layout
            .positions
            .iter()
            .zip(&g.group)
            .map(|(p, g)| (p.y.atan2(p.x).rem_euclid(std::f32::consts::TAU), *g))
            .collect();
        by_angle.sort_by(|a, b| a.0.total_cmp(&b.0));
        let changes = by_angle.windows(2).filter(|w| w[0].1 != w[1].1).count();
        assert!(changes <= 6, "groups interleave: {changes} changes");
        // No two nodes overlap.
        for i in 0..layout.positions.len() {
            for j in i + 1..layout.positions.len() {
                let d = Vec2::new(
                    layout.positions[i].x - layout.positions[j].x,
                    layout.positions[i].y - layout.positions[j].y,
                )
                .length();
                assert!(d >= g.radius[i] + g.radius[j]);
            }
        }
    }
}
