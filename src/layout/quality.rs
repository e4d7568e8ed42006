//! How well a drawing shows a graph's structure: communities found by Louvain, and two distance
//! ratios measured on the largest connected component — same-community pairs against
//! different-community pairs, and linked pairs against random pairs. Both are scale-free (a
//! ratio of mean distances); lower is better, 1.0 means the drawing shows nothing.

use super::graph::{LayoutGraph, Vec2};
use super::rng::SplitMix64;

/// The two figures of a drawing, with what they were measured on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quality {
    /// Mean distance of same-community pairs ÷ mean distance of different-community pairs.
    pub community_ratio: f64,
    /// Mean length of an edge ÷ mean distance of a random pair.
    pub linked_ratio: f64,
    /// Nodes of the largest component (the one measured).
    pub nodes: usize,
    /// Communities Louvain found in it.
    pub communities: usize,
}

/// Measures `positions` (one per node of `graph`). Deterministic for a given seed.
pub fn measure(graph: &LayoutGraph, positions: &[Vec2], seed: u64) -> Quality {
    let n = graph.len().min(positions.len());
    let component = components(n, &graph.edges);
    let giant = largest_label(&component);
    let members: Vec<u32> = (0..n as u32).filter(|&i| component[i as usize] == giant).collect();
    let communities = louvain(n, &graph.edges);
    let dist = |a: u32, b: u32| {
        let (p, q) = (positions[a as usize], positions[b as usize]);
        (((p.x - q.x) as f64).powi(2) + ((p.y - q.y) as f64).powi(2)).sqrt()
    };
    // Members of each community inside the giant component, to draw same-community partners.
    let mut by_community: std::collections::HashMap<u32, Vec<u32>> = std::collections::HashMap::new();
    for &i in &members {
        by_community.entry(communities[i as usize]).or_default().push(i);
    }
    let mut rng = SplitMix64::new(seed);
    let pick = |rng: &mut SplitMix64, list: &[u32]| list[(rng.next_u64() % list.len() as u64) as usize];
    let samples = 200_000usize.min(members.len().saturating_mul(members.len()));
    let (mut same, mut same_count, mut other, mut other_count) = (0.0, 0usize, 0.0, 0usize);
    let (mut random, mut random_count) = (0.0, 0usize);
    if members.len() >= 2 {
        for _ in 0..samples {
            let a = pick(&mut rng, &members);
            let b = pick(&mut rng, &members);
            if a == b {
                continue;
            }
            let d = dist(a, b);
            random += d;
            random_count += 1;
            if communities[a as usize] == communities[b as usize] {
                same += d;
                same_count += 1;
            } else {
                other += d;
                other_count += 1;
            }
            // Same-community pairs are rare in a graph of many communities: draw one more directly.
            let group = &by_community[&communities[a as usize]];
            if group.len() >= 2 {
                let c = pick(&mut rng, group);
                if c != a {
                    same += dist(a, c);
                    same_count += 1;
                }
            }
        }
    }
    let random_mean = random / random_count.max(1) as f64;
    let (mut linked, mut linked_count) = (0.0, 0usize);
    for &(a, b, _) in &graph.edges {
        if a != b && (a as usize) < n && (b as usize) < n && component[a as usize] == giant {
            linked += dist(a, b);
            linked_count += 1;
        }
    }
    let ratio = |num: f64, den: f64| if den > 0.0 { num / den } else { 1.0 };
    Quality {
        community_ratio: ratio(same / same_count.max(1) as f64, other / other_count.max(1) as f64),
        linked_ratio: ratio(linked / linked_count.max(1) as f64, random_mean),
        nodes: members.len(),
        communities: by_community.len(),
    }
}

/// Connected-component label per node (union–find with path halving; no recursion).
pub fn components(n: usize, edges: &[(u32, u32, f32)]) -> Vec<u32> {
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn find(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            parent[x as usize] = parent[parent[x as usize] as usize];
            x = parent[x as usize];
        }
        x
    }
    for &(a, b, _) in edges {
        if (a as usize) < n && (b as usize) < n {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb {
                // The smaller root wins, so labels do not depend on edge order beyond the set.
                let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
                parent[hi as usize] = lo;
            }
        }
    }
    (0..n as u32).map(|i| find(&mut parent, i)).collect()
}

/// The label carried by the most nodes (the smallest such label on a tie).
fn largest_label(labels: &[u32]) -> u32 {
    let mut count = vec![0u32; labels.len()];
    for &l in labels {
        count[l as usize] += 1;
    }
    (0..labels.len()).max_by_key(|&l| (count[l], std::cmp::Reverse(l))).map(|l| l as u32).unwrap_or(0)
}

/// Communities by the Louvain method (Blondel et al. 2008): nodes move to the neighbouring
/// community that gains most modularity, then communities become nodes and it repeats. Nodes are
/// visited in index order, so the result is deterministic. Returns a community label per node.
pub fn louvain(n: usize, edges: &[(u32, u32, f32)]) -> Vec<u32> {
    let mut level = Level::from_edges(n, edges.iter().filter(|e| (e.0 as usize) < n && (e.1 as usize) < n));
    let mut assignment: Vec<u32> = (0..n as u32).collect();
    for _ in 0..32 {
        let (moved, community) = level.local_moves();
        if !moved {
            break;
        }
        let (renumbered, count) = renumber(&community);
        for a in assignment.iter_mut() {
            *a = renumbered[*a as usize];
        }
        if count == level.len() {
            break;
        }
        level = level.aggregate(&renumbered, count);
    }
    assignment
}

/// One level of Louvain: a weighted graph in CSR form with self-loop weights.
struct Level {
    offsets: Vec<u32>,
    neighbours: Vec<(u32, f64)>,
    self_loop: Vec<f64>,
    /// Weighted degree (a self loop counts twice).
    degree: Vec<f64>,
}

impl Level {
    fn len(&self) -> usize {
        self.degree.len()
    }

    fn from_edges<'a>(n: usize, edges: impl Iterator<Item = &'a (u32, u32, f32)>) -> Level {
        let triples: Vec<(u32, u32, f64)> = edges.map(|&(a, b, w)| (a, b, w.max(0.0) as f64)).collect();
        Level::from_triples(n, triples)
    }

    fn from_triples(n: usize, triples: Vec<(u32, u32, f64)>) -> Level {
        let mut self_loop = vec![0.0; n];
        let mut count = vec![0u32; n];
        for &(a, b, _) in &triples {
            if a != b {
                count[a as usize] += 1;
                count[b as usize] += 1;
            }
        }
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0u32);
        for c in &count {
            offsets.push(offsets.last().copied().unwrap_or(0) + c);
        }
        let mut fill: Vec<u32> = offsets[..n].to_vec();
        let mut neighbours = vec![(0u32, 0.0f64); *offsets.last().unwrap_or(&0) as usize];
        let mut degree = vec![0.0; n];
        for &(a, b, w) in &triples {
            if a == b {
                self_loop[a as usize] += w;
                degree[a as usize] += 2.0 * w;
                continue;
            }
            neighbours[fill[a as usize] as usize] = (b, w);
            fill[a as usize] += 1;
            neighbours[fill[b as usize] as usize] = (a, w);
            fill[b as usize] += 1;
            degree[a as usize] += w;
            degree[b as usize] += w;
        }
        Level { offsets, neighbours, self_loop, degree }
    }

    /// Moves nodes between communities until a sweep gains almost nothing. Returns whether any
    /// node moved and the community of each node.
    fn local_moves(&self) -> (bool, Vec<u32>) {
        let n = self.len();
        let total: f64 = self.degree.iter().sum();
        let mut community: Vec<u32> = (0..n as u32).collect();
        if total <= 0.0 {
            return (false, community);
        }
        let mut tot = self.degree.clone();
        let mut weight_to = vec![0.0f64; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut moved_any = false;
        for _sweep in 0..64 {
            let mut moves = 0usize;
            for i in 0..n {
                let own = community[i];
                let k = self.degree[i];
                touched.clear();
                for &(j, w) in &self.neighbours[self.offsets[i] as usize..self.offsets[i + 1] as usize] {
                    let c = community[j as usize];
                    if weight_to[c as usize] == 0.0 {
                        touched.push(c);
                    }
                    weight_to[c as usize] += w;
                }
                tot[own as usize] -= k;
                let gain = |c: u32, w: f64| w - tot[c as usize] * k / total;
                let (mut best, mut best_gain) = (own, gain(own, weight_to[own as usize]));
                for &c in &touched {
                    let g = gain(c, weight_to[c as usize]);
                    // Strictly better only: ties keep the node where it is (no flip-flopping).
                    if g > best_gain + 1e-12 {
                        best = c;
                        best_gain = g;
                    }
                }
                tot[best as usize] += k;
                for &c in &touched {
                    weight_to[c as usize] = 0.0;
                }
                weight_to[own as usize] = 0.0;
                if best != own {
                    community[i] = best;
                    moves += 1;
                    moved_any = true;
                }
            }
            if moves == 0 || moves * 1000 < n {
                break;
            }
        }
        (moved_any, community)
    }

    /// The graph of communities: one node per community, edge weights summed.
    fn aggregate(&self, community: &[u32], count: usize) -> Level {
        let mut sums: std::collections::HashMap<(u32, u32), f64> = std::collections::HashMap::new();
        for i in 0..self.len() {
            let ci = community[i];
            if self.self_loop[i] > 0.0 {
                *sums.entry((ci, ci)).or_default() += self.self_loop[i];
            }
            for &(j, w) in &self.neighbours[self.offsets[i] as usize..self.offsets[i + 1] as usize] {
                if (i as u32) < j {
                    let cj = community[j as usize];
                    let key = if ci <= cj { (ci, cj) } else { (cj, ci) };
                    *sums.entry(key).or_default() += w;
                }
            }
        }
        let mut triples: Vec<(u32, u32, f64)> = sums.into_iter().map(|((a, b), w)| (a, b, w)).collect();
        // Hash order must not leak into neighbour order (and so into the result).
        triples.sort_by_key(|t| (t.0, t.1));
        Level::from_triples(count, triples)
    }
}

/// Labels renumbered 0.. in order of first appearance; returns them and their count.
fn renumber(labels: &[u32]) -> (Vec<u32>, usize) {
    let mut map = vec![u32::MAX; labels.len()];
    let mut next = 0u32;
    let out = labels
        .iter()
        .map(|&l| {
            if map[l as usize] == u32::MAX {
                map[l as usize] = next;
                next += 1;
            }
            map[l as usize]
        })
        .collect();
    (out, next as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four cliques of eight joined in a ring by one edge each.
    fn ring_of_cliques() -> LayoutGraph {
        let mut g = LayoutGraph::default();
        for i in 0..32 {
            g.keys.push(format!("n{i}"));
            g.radius.push(1.0);
            g.group.push(0);
        }
        for c in 0..4u32 {
            for a in 0..8 {
                for b in a + 1..8 {
                    g.edges.push((c * 8 + a, c * 8 + b, 1.0));
                }
            }
            g.edges.push((c * 8, ((c + 1) % 4) * 8 + 1, 1.0));
        }
        g
    }

    #[test]
    fn louvain_finds_the_cliques() {
        let g = ring_of_cliques();
        let labels = louvain(g.len(), &g.edges);
        for c in 0..4 {
            let first = labels[c * 8];
            assert!((c * 8..c * 8 + 8).all(|i| labels[i] == first), "{labels:?}");
        }
        let distinct: std::collections::HashSet<_> = labels.iter().collect();
        assert_eq!(distinct.len(), 4, "{labels:?}");
    }

    #[test]
    fn a_drawing_of_clusters_scores_low_and_a_random_one_near_one() {
        let g = ring_of_cliques();
        let clustered: Vec<Vec2> = (0..32)
            .map(|i| {
                let c = (i / 8) as f32 * std::f32::consts::FRAC_PI_2;
                let k = (i % 8) as f32;
                Vec2::new(100.0 * c.cos() + k.cos() * 5.0, 100.0 * c.sin() + k.sin() * 5.0)
            })
            .collect();
        let q = measure(&g, &clustered, 1);
        assert!(q.community_ratio < 0.2 && q.linked_ratio < 0.3, "{q:?}");
        let mut rng = SplitMix64::new(9);
        let random: Vec<Vec2> = (0..32).map(|_| Vec2::new(rng.next_f32() * 100.0, rng.next_f32() * 100.0)).collect();
        let q = measure(&g, &random, 1);
        assert!(q.community_ratio > 0.7 && q.linked_ratio > 0.7, "{q:?}");
        assert_eq!((q.nodes, q.communities), (32, 4));
    }

    #[test]
    fn components_are_found_without_recursion() {
        let n = 200_000;
        let edges: Vec<(u32, u32, f32)> =
            (0..n as u32 - 1).filter(|i| i % 1000 != 999).map(|i| (i, i + 1, 1.0)).collect();
        let labels = components(n, &edges);
        let distinct: std::collections::HashSet<_> = labels.iter().collect();
        assert_eq!(distinct.len(), 200);
    }
}
