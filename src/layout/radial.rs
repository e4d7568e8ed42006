//! Radial layout around a focus node: rings by hop distance, children near their parent's angle.

use std::collections::VecDeque;

use super::graph::{Layout, LayoutGraph, Vec2};

/// Hop distance from `focus` for every node (`u32::MAX` when unreachable).
pub fn hop_distances(graph: &LayoutGraph, focus: usize) -> Vec<u32> {
    let n = graph.len();
    let mut adjacency = vec![Vec::new(); n];
    for &(a, b, _) in &graph.edges {
        if (a as usize) < n && (b as usize) < n && a != b {
            adjacency[a as usize].push(b);
            adjacency[b as usize].push(a);
        }
    }
    let mut dist = vec![u32::MAX; n];
    if focus >= n {
        return dist;
    }
    dist[focus] = 0;
    let mut queue = VecDeque::from([focus]);
    while let Some(i) = queue.pop_front() {
        let mut next: Vec<u32> = adjacency[i].clone();
        next.sort_unstable();
        for j in next {
            if dist[j as usize] == u32::MAX {
                dist[j as usize] = dist[i] + 1;
                queue.push_back(j as usize);
            }
        }
    }
    dist
}

/// Places `focus` at the centre and every node at radius `hop * ring_gap`; unreachable nodes go
/// on one outer ring. Within a ring, nodes follow their BFS parent's angle.
pub fn radial_layout(graph: &LayoutGraph, focus: usize, ring_gap: f32) -> Layout {
    let n = graph.len();
    let dist = hop_distances(graph, focus);
    let max_hop = dist.iter().filter(|&&d| d != u32::MAX).max().copied().unwrap_or(0);
    let ring_of = |i: usize| if dist[i] == u32::MAX { max_hop + 1 } else { dist[i] };
    // Parent = the neighbour one hop closer with the smallest index (deterministic).
    let mut parent = vec![usize::MAX; n];
    for &(a, b, _) in &graph.edges {
        let (a, b) = (a as usize, b as usize);
        if a >= n || b >= n {
            continue;
        }
        for (c, p) in [(a, b), (b, a)] {
            if dist[c] != u32::MAX && dist[p] != u32::MAX && dist[p] + 1 == dist[c] && p < parent[c] {
                parent[c] = p;
            }
        }
    }
    let mut angle = vec![0.0f32; n];
    let mut positions = vec![Vec2::ZERO; n];
    let rings = max_hop + 1;
    for ring in 1..=rings {
        let mut members: Vec<usize> = (0..n).filter(|&i| i != focus && ring_of(i) == ring).collect();
        if members.is_empty() {
            continue;
        }
        members.sort_by(|&x, &y| {
            let ax = if parent[x] == usize::MAX { f32::MAX } else { angle[parent[x]] };
            let ay = if parent[y] == usize::MAX { f32::MAX } else { angle[parent[y]] };
            ax.total_cmp(&ay).then(x.cmp(&y))
        });
        // The ring grows if its members' discs would not fit.
        let needed: f32 = members.iter().map(|&i| 2.0 * graph.radius[i] + 4.0).sum::<f32>() / std::f32::consts::TAU;
        let r = (ring as f32 * ring_gap).max(needed);
        let count = members.len() as f32;
        for (k, &i) in members.iter().enumerate() {
            let a = std::f32::consts::TAU * k as f32 / count;
            angle[i] = a;
            positions[i] = Vec2::new(r * a.cos(), r * a.sin());
        }
    }
    Layout { positions }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::scale_free_graph;

    #[test]
    fn every_node_sits_on_its_hop_ring() {
        let mut g = scale_free_graph(120, 200, 3);
        g.keys.push("island".into());
        g.radius.push(3.0);
        g.group.push(0);
        let gap = 100.0;
        let layout = radial_layout(&g, 0, gap);
        let dist = hop_distances(&g, 0);
        assert_eq!(layout.positions[0], Vec2::ZERO);
        let mut ring_radius = std::collections::HashMap::new();
        for (i, p) in layout.positions.iter().enumerate().skip(1) {
            let r = p.length();
            let ring = dist[i];
            let expected = *ring_radius.entry(ring).or_insert(r);
            assert!((r - expected).abs() < 1e-2, "node {i} at {r}, ring {ring} at {expected}");
            if ring != u32::MAX {
                assert!(r >= ring as f32 * gap - 1e-3);
            }
        }
        let mut radii: Vec<(u32, f32)> = ring_radius.into_iter().collect();
        radii.sort_by_key(|(ring, _)| *ring);
        assert!(radii.windows(2).all(|w| w[0].1 < w[1].1), "rings are ordered by hop: {radii:?}");
    }
}
