//! Multilevel start for big graphs (as sfdp, FM³ and OpenOrd do): coarsen by heavy-edge
//! matching until the graph is small, lay out the coarsest, then step back down — each node
//! starts at its coarse parent's place and a few ticks refine every level. The finest level is
//! then the ordinary force layout, started from a picture that already has its global shape.

use super::force::ForceLayout;
use super::graph::{LayoutGraph, Vec2};
use super::params::ForceParams;
use super::rng::{SplitMix64, key_hash};

/// Graphs smaller than this are laid out directly.
pub const MULTILEVEL_FROM: usize = 2_000;
/// Coarsening stops at about this many nodes, or when a level shrinks by less than a tenth.
const COARSEST: usize = 500;
/// Most ticks for the coarsest graph.
const COARSEST_TICKS: u32 = 300;
/// Refinement ticks at each intermediate level.
const REFINE_TICKS: u32 = 20;

/// One coarsening step: the coarse graph and each fine node's coarse parent.
#[derive(Debug, Clone)]
pub struct Level {
    pub graph: LayoutGraph,
    pub parent: Vec<u32>,
}

/// Heavy-edge matching: nodes in order of increasing degree each pair with the unmatched
/// neighbour they share the heaviest edge with (weight ÷ the pair's degrees, so hubs do not
/// swallow their leaves one by one); a node left over joins its heaviest neighbour's pair. Each
/// group becomes one coarse node with its radii's area and summed edge weights. Edges between
/// different coarse nodes stay, so components are kept.
pub fn coarsen(graph: &LayoutGraph) -> Level {
    let n = graph.len();
    let mut lists: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
    for &(a, b, w) in &graph.edges {
        if a != b && (a as usize) < n && (b as usize) < n {
            lists[a as usize].push((b, w));
            lists[b as usize].push((a, w));
        }
    }
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by_key(|&i| (lists[i as usize].len(), i));
    // The neighbour `i` shares the heaviest edge with (weight ÷ √ of both degrees), among those
    // `allowed` lets through; ties go to the lower index.
    let heaviest = |i: u32, allowed: &dyn Fn(u32) -> bool| -> Option<u32> {
        let degree = |k: u32| lists[k as usize].len() as f32;
        let score = |&(j, w): &(u32, f32)| w / (degree(i) * degree(j)).sqrt();
        lists[i as usize]
            .iter()
            .filter(|&&(j, _)| j != i && allowed(j))
            .max_by(|x, y| score(x).total_cmp(&score(y)).then(y.0.cmp(&x.0)))
            .map(|&(j, _)| j)
    };
    let mut mate = vec![u32::MAX; n];
    for &i in &order {
        if mate[i as usize] != u32::MAX {
            continue;
        }
        match heaviest(i, &|j| mate[j as usize] == u32::MAX) {
            Some(j) => {
                mate[i as usize] = j;
                mate[j as usize] = i;
            }
            None => mate[i as usize] = i,
        }
    }
    // A node left without a partner (its neighbours all paired first: a hub's leaves) joins the
    // pair of its heaviest neighbour, so star-like graphs still halve at every level.
    let joins: Vec<u32> = (0..n as u32)
        .map(|i| if mate[i as usize] == i { heaviest(i, &|_| true).unwrap_or(u32::MAX) } else { u32::MAX })
        .collect();
    let mut parent = vec![u32::MAX; n];
    let mut coarse = LayoutGraph::default();
    let mut area: Vec<f32> = Vec::new();
    for i in 0..n {
        if parent[i] != u32::MAX || joins[i] != u32::MAX {
            continue;
        }
        let id = coarse.keys.len() as u32;
        let j = mate[i] as usize;
        parent[i] = id;
        parent[j] = id;
        coarse.keys.push(graph.keys[i].clone());
        area.push(graph.radius[i].powi(2) + if j != i { graph.radius[j].powi(2) } else { 0.0 });
        coarse.group.push(graph.group[i]);
    }
    for i in 0..n {
        if joins[i] != u32::MAX {
            // The neighbour is paired (that is why `i` was left alone), so it has a parent.
            let p = parent[joins[i] as usize];
            parent[i] = p;
            area[p as usize] += graph.radius[i].powi(2);
        }
    }
    coarse.radius = area.into_iter().map(f32::sqrt).collect();
    // Parallel coarse edges merge by sorting (faster than hashing at 300,000 edges).
    let mut pairs: Vec<(u32, u32, f32)> = graph
        .edges
        .iter()
        .filter(|&&(a, b, _)| (a as usize) < n && (b as usize) < n)
        .map(|&(a, b, w)| (parent[a as usize], parent[b as usize], w))
        .filter(|&(pa, pb, _)| pa != pb)
        .map(|(pa, pb, w)| (pa.min(pb), pa.max(pb), w))
        .collect();
    pairs.sort_unstable_by_key(|e| (e.0, e.1));
    let mut edges: Vec<(u32, u32, f32)> = Vec::with_capacity(pairs.len());
    for (a, b, w) in pairs {
        match edges.last_mut() {
            Some(last) if last.0 == a && last.1 == b => last.2 += w,
            _ => edges.push((a, b, w)),
        }
    }
    coarse.edges = edges;
    Level { graph: coarse, parent }
}

/// Starts the force layout of `graph`: from a multilevel pass when it is big and
/// `params.multilevel` asks for one, else from the plain start.
pub fn start_layout(graph: &LayoutGraph, params: ForceParams) -> ForceLayout {
    if wants_multilevel(graph, &params) {
        let positions = initial_positions(graph, &params);
        ForceLayout::with_positions(graph, params, &positions, true)
    } else {
        ForceLayout::new(graph, params)
    }
}

/// Whether a fresh layout of `graph` starts from a multilevel pass (big graphs, when asked).
pub fn wants_multilevel(graph: &LayoutGraph, params: &ForceParams) -> bool {
    params.multilevel && graph.len() >= MULTILEVEL_FROM
}

/// Starting positions for `graph` from a multilevel pass (deterministic for the seed).
pub fn initial_positions(graph: &LayoutGraph, params: &ForceParams) -> Vec<Vec2> {
    let mut levels: Vec<Level> = Vec::new();
    loop {
        let current = levels.last().map_or(graph, |l| &l.graph);
        if current.len() <= COARSEST {
            break;
        }
        let next = coarsen(current);
        if next.graph.len() * 10 > current.len() * 9 {
            break;
        }
        levels.push(next);
    }
    let quick = ForceParams { prevent_overlap: false, multilevel: false, ..params.clone() };
    let coarsest = levels.last().map_or(graph, |l| &l.graph);
    // The coarsest graph is small; its rough shape is all the finer levels need.
    let mut layout = ForceLayout::new(coarsest, ForceParams { max_iterations: COARSEST_TICKS, ..quick.clone() });
    layout.run_to_convergence();
    let mut positions = layout.layout().positions.clone();
    for k in (0..levels.len()).rev() {
        let finer = if k == 0 { graph } else { &levels[k - 1].graph };
        let parent = &levels[k].parent;
        // A layout's size grows with the square root of its node count.
        let grow = (finer.len() as f32 / levels[k].graph.len().max(1) as f32).sqrt();
        // Siblings start a fraction of a coarse edge apart: close, yet not stacked (a stack
        // would make the quadtree deep and the first ticks violent).
        let coarse = &levels[k].graph;
        let edge_length = coarse
            .edges
            .iter()
            .map(|&(a, b, _)| {
                let (p, q) = (positions[a as usize], positions[b as usize]);
                Vec2::new(p.x - q.x, p.y - q.y).length()
            })
            .sum::<f32>()
            / coarse.edges.len().max(1) as f32;
        let mut fine: Vec<Vec2> = (0..finer.len())
            .map(|i| {
                let p = positions[parent[i] as usize];
                let mut rng = SplitMix64::new(key_hash(&finer.keys[i], params.seed));
                let jitter = (0.3 * edge_length * grow).max(finer.radius[i]).max(1.0);
                Vec2::new(p.x * grow + (rng.next_f32() - 0.5) * jitter, p.y * grow + (rng.next_f32() - 0.5) * jitter)
            })
            .collect();
        if k > 0 {
            let mut refine = ForceLayout::with_positions(finer, quick.clone(), &fine, true);
            for _ in 0..REFINE_TICKS {
                refine.tick();
            }
            fine = refine.layout().positions.clone();
        }
        positions = fine;
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::scale_free_graph;

    fn component_count(g: &LayoutGraph) -> usize {
        let labels = crate::layout::quality::components(g.len(), &g.edges);
        let distinct: std::collections::HashSet<_> = labels.into_iter().collect();
        distinct.len()
    }

    #[test]
    fn coarsening_keeps_connectivity_and_shrinks() {
        let mut g = scale_free_graph(3000, 6000, 11);
        // Two separate islands as well.
        let n = g.len() as u32;
        for k in 0..4 {
            g.keys.push(format!("island{k}"));
            g.radius.push(3.0);
            g.group.push(0);
        }
        g.edges.push((n, n + 1, 1.0));
        g.edges.push((n + 2, n + 3, 1.0));
        let before = component_count(&g);
        let level = coarsen(&g);
        assert!(level.graph.len() < g.len() * 3 / 4, "{} → {}", g.len(), level.graph.len());
        assert_eq!(component_count(&level.graph), before);
        // Linked fine nodes have the same or linked parents.
        let coarse_links: std::collections::HashSet<(u32, u32)> =
            level.graph.edges.iter().map(|&(a, b, _)| (a.min(b), a.max(b))).collect();
        for &(a, b, _) in &g.edges {
            let (pa, pb) = (level.parent[a as usize], level.parent[b as usize]);
            assert!(pa == pb || coarse_links.contains(&(pa.min(pb), pa.max(pb))));
        }
    }

    #[test]
    fn a_star_shrinks_at_every_level() {
        // Matching alone pairs the hub with one leaf and leaves the other leaves alone.
        let mut g = LayoutGraph::default();
        for k in 0..1000 {
            g.keys.push(format!("n{k}"));
            g.radius.push(if k == 0 { 20.0 } else { 2.0 });
            g.group.push(0);
        }
        g.edges = (1..1000).map(|k| (0, k, 1.0)).collect();
        let level = coarsen(&g);
        assert_eq!(level.graph.len(), 1, "the leaves join the hub's pair");
        let area: f32 = g.radius.iter().map(|r| r * r).sum();
        assert!((level.graph.radius[0].powi(2) - area).abs() < 1e-2 * area, "the coarse node keeps the area");
    }

    #[test]
    fn multilevel_layout_is_deterministic_and_keeps_pins() {
        let g = scale_free_graph(4000, 9000, 3);
        let params = ForceParams { max_iterations: 80, ..ForceParams::default() };
        let mut a = start_layout(&g, params.clone());
        let mut b = start_layout(&g, ForceParams { parallel: false, ..params });
        assert_eq!(a.layout(), b.layout(), "same start");
        a.pin(7, Vec2::new(1.0, 2.0));
        b.pin(7, Vec2::new(1.0, 2.0));
        a.run_to_convergence();
        b.run_to_convergence();
        assert_eq!(a.layout(), b.layout());
        assert_eq!(a.layout().positions[7], Vec2::new(1.0, 2.0));
    }
}
