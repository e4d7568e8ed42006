//! Connected components laid side by side: each component keeps its own shape and is moved as a
//! whole to a slot of a shelf packing (largest first, in columns beside it), so small components
//! sit beside the big one instead of orbiting it in one disc.

use super::graph::Vec2;

/// The components of a graph, numbered by size (0 is the largest; ties by first node).
#[derive(Debug, Clone, Default)]
pub struct Components {
    /// Component of each node.
    pub of: Vec<u32>,
    /// Nodes per component.
    pub size: Vec<u32>,
}

impl Components {
    /// Components of the graph given as CSR adjacency (iterative flood fill, no recursion).
    pub fn new(offsets: &[u32], adjacency: &[(u32, f32)]) -> Components {
        let n = offsets.len().saturating_sub(1);
        let mut label = vec![u32::MAX; n];
        let mut first_and_size: Vec<(u32, u32)> = Vec::new();
        let mut stack = Vec::new();
        for start in 0..n {
            if label[start] != u32::MAX {
                continue;
            }
            let id = first_and_size.len() as u32;
            label[start] = id;
            stack.push(start as u32);
            let mut size = 0;
            while let Some(i) = stack.pop() {
                size += 1;
                for &(j, _) in &adjacency[offsets[i as usize] as usize..offsets[i as usize + 1] as usize] {
                    if label[j as usize] == u32::MAX {
                        label[j as usize] = id;
                        stack.push(j);
                    }
                }
            }
            first_and_size.push((start as u32, size));
        }
        // Renumber: biggest first, then by first node, so numbering is independent of sizes' ties.
        let mut by_size: Vec<u32> = (0..first_and_size.len() as u32).collect();
        by_size.sort_by_key(|&c| (std::cmp::Reverse(first_and_size[c as usize].1), first_and_size[c as usize].0));
        let mut rank = vec![0u32; by_size.len()];
        for (r, &c) in by_size.iter().enumerate() {
            rank[c as usize] = r as u32;
        }
        Components {
            of: label.iter().map(|&l| rank[l as usize]).collect(),
            size: by_size.iter().map(|&c| first_and_size[c as usize].1).collect(),
        }
    }

    pub fn count(&self) -> usize {
        self.size.len()
    }
}

/// Centroid of each component.
pub fn centroids(components: &Components, positions: &[Vec2]) -> Vec<Vec2> {
    let mut sum = vec![(0.0f64, 0.0f64); components.count()];
    for (p, &c) in positions.iter().zip(&components.of) {
        sum[c as usize].0 += p.x as f64;
        sum[c as usize].1 += p.y as f64;
    }
    sum.iter()
        .zip(&components.size)
        .map(|(&(x, y), &n)| Vec2::new((x / n.max(1) as f64) as f32, (y / n.max(1) as f64) as f32))
        .collect()
}

/// Centroid and extent (farthest disc edge from the centroid) of each component.
pub fn extents(components: &Components, positions: &[Vec2], radius: &[f32]) -> (Vec<Vec2>, Vec<f32>) {
    let k = components.count();
    let centre = centroids(components, positions);
    let mut extent = vec![0.0f32; k];
    for ((p, &c), &r) in positions.iter().zip(&components.of).zip(radius) {
        let o = centre[c as usize];
        let d = Vec2::new(p.x - o.x, p.y - o.y).length() + r;
        extent[c as usize] = extent[c as usize].max(d);
    }
    (centre, extent)
}

/// Slots for discs of the given radii (in component order, largest first): top to bottom in
/// columns, left to right, `gap` between neighbours, centred on the origin. Columns are as tall
/// as the largest component, or as a landscape rectangle holding them all if that is taller, so
/// the small components fill a block beside the big one.
pub fn shelf_pack(radii: &[f32], gap: f32) -> Vec<Vec2> {
    let side: Vec<f32> = radii.iter().map(|r| 2.0 * r + gap).collect();
    let area: f32 = side.iter().map(|s| s * s).sum();
    let height = side.iter().copied().fold((area / 1.4).sqrt(), f32::max);
    let mut slots = Vec::with_capacity(radii.len());
    let (mut x, mut y, mut column_width) = (0.0f32, 0.0f32, 0.0f32);
    for &s in &side {
        if y > 0.0 && y + s > height {
            x += column_width;
            y = 0.0;
            column_width = 0.0;
        }
        slots.push(Vec2::new(x + s / 2.0, y + s / 2.0));
        y += s;
        column_width = column_width.max(s);
    }
    let (mut lo, mut hi) = (Vec2::new(f32::MAX, f32::MAX), Vec2::new(f32::MIN, f32::MIN));
    for (p, s) in slots.iter().zip(&side) {
        lo = Vec2::new(lo.x.min(p.x - s / 2.0), lo.y.min(p.y - s / 2.0));
        hi = Vec2::new(hi.x.max(p.x + s / 2.0), hi.y.max(p.y + s / 2.0));
    }
    let middle = Vec2::new((lo.x + hi.x) / 2.0, (lo.y + hi.y) / 2.0);
    slots.iter().map(|p| Vec2::new(p.x - middle.x, p.y - middle.y)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csr(n: usize, edges: &[(u32, u32)]) -> (Vec<u32>, Vec<(u32, f32)>) {
        let mut lists = vec![Vec::new(); n];
        for &(a, b) in edges {
            lists[a as usize].push((b, 1.0));
            lists[b as usize].push((a, 1.0));
        }
        let mut offsets = vec![0u32];
        let mut adjacency = Vec::new();
        for l in lists {
            adjacency.extend(l);
            offsets.push(adjacency.len() as u32);
        }
        (offsets, adjacency)
    }

    #[test]
    fn components_are_numbered_by_size() {
        let (offsets, adjacency) = csr(7, &[(0, 1), (2, 3), (3, 4), (4, 5)]);
        let c = Components::new(&offsets, &adjacency);
        assert_eq!(c.size, vec![4, 2, 1]);
        assert_eq!(c.of, vec![1, 1, 0, 0, 0, 0, 2]);
    }

    #[test]
    fn a_long_chain_needs_no_recursion() {
        let edges: Vec<(u32, u32)> = (0..300_000u32).map(|i| (i, i + 1)).collect();
        let (offsets, adjacency) = csr(300_001, &edges);
        assert_eq!(Components::new(&offsets, &adjacency).count(), 1);
    }

    #[test]
    fn packed_discs_do_not_overlap() {
        let radii = [50.0, 10.0, 10.0, 8.0, 3.0, 3.0, 3.0, 1.0, 1.0, 1.0, 1.0];
        let slots = shelf_pack(&radii, 2.0);
        for i in 0..radii.len() {
            for j in i + 1..radii.len() {
                let d = Vec2::new(slots[i].x - slots[j].x, slots[i].y - slots[j].y).length();
                assert!(d >= radii[i] + radii[j] + 1.99, "{i} and {j} overlap");
            }
        }
    }
}
