//! Barnes–Hut quadtree over node positions, rebuilt each tick into a reused arena from bodies
//! sorted along a Z-order (Morton) curve: every cell is a contiguous run of that order.

use super::graph::Vec2;

/// Morton codes carry 16 bits per axis, so the tree is at most 16 levels deep.
const MAX_DEPTH: u32 = 16;

/// One square cell: its mass, centre of mass, size and its run of bodies in Morton order.
#[derive(Debug, Clone, Copy)]
pub struct Cell {
    pub mass_x: f32,
    pub mass_y: f32,
    pub mass: f32,
    pub size: f32,
    /// Index of the first of four children, or 0 for a leaf.
    pub children: u32,
    /// The cell's bodies are `order[first..first + count]`.
    pub first: u32,
    pub count: u32,
    /// Disc radius of a single-body leaf (saves a random read per interaction).
    pub radius: f32,
}

#[derive(Debug, Default)]
pub struct QuadTree {
    pub cells: Vec<Cell>,
}

impl QuadTree {
    /// Builds the tree for unsorted bodies (computes the Morton order itself; allocates).
    /// Returns the order the cells' runs refer to.
    pub fn build(&mut self, positions: &[Vec2], mass: &[f32], radius: &[f32]) -> Vec<(u32, u32)> {
        let mut order = Vec::new();
        let (_, size) = morton_order(positions, &mut order);
        order.sort_unstable();
        self.build_sorted(&order, positions, mass, radius, size);
        order
    }

    /// Builds the tree from bodies sorted by Morton code over a square of side `size`.
    /// Linear per level and cache-friendly; keeps the arena's capacity between ticks.
    pub fn build_sorted(&mut self, sorted: &[(u32, u32)], positions: &[Vec2], mass: &[f32], radius: &[f32], size: f32) {
        self.cells.clear();
        if sorted.is_empty() {
            return;
        }
        self.cells.push(Cell {
            mass_x: 0.0,
            mass_y: 0.0,
            mass: 0.0,
            size,
            children: 0,
            first: 0,
            count: sorted.len() as u32,
            radius: 0.0,
        });
        self.fill(0, sorted, 0, positions, mass, radius, 0);
    }

    #[allow(clippy::too_many_arguments)]
    fn fill(
        &mut self,
        c: usize,
        run: &[(u32, u32)],
        first: usize,
        positions: &[Vec2],
        mass: &[f32],
        radius: &[f32],
        depth: u32,
    ) {
        let (mut m, mut mx, mut my) = (0.0f32, 0.0f32, 0.0f32);
        for &(_, i) in run {
            let (p, w) = (positions[i as usize], mass[i as usize]);
            m += w;
            mx += p.x * w;
            my += p.y * w;
        }
        {
            let cell = &mut self.cells[c];
            cell.mass = m;
            cell.first = first as u32;
            cell.count = run.len() as u32;
            if m > 0.0 {
                cell.mass_x = mx / m;
                cell.mass_y = my / m;
            }
            if run.len() == 1 {
                cell.radius = radius.get(run[0].1 as usize).copied().unwrap_or(0.0);
            }
        }
        if run.len() <= 1 || depth >= MAX_DEPTH {
            return;
        }
        let children = self.cells.len();
        let half = self.cells[c].size * 0.5;
        for _ in 0..4 {
            self.cells.push(Cell {
                mass_x: 0.0,
                mass_y: 0.0,
                mass: 0.0,
                size: half,
                children: 0,
                first: 0,
                count: 0,
                radius: 0.0,
            });
        }
        self.cells[c].children = children as u32;
        let shift = 2 * (15 - depth);
        let mut start = 0;
        for q in 0..4u32 {
            let end = start + run[start..].partition_point(|&(code, _)| (code >> shift) & 3 <= q);
            if end > start {
                self.fill(children + q as usize, &run[start..end], first + start, positions, mass, radius, depth + 1);
            }
            start = end;
        }
    }

    /// Cells holding at most `max_bodies` bodies whose parent holds more: they partition the
    /// bodies into contiguous runs of the Morton order, in order.
    pub fn groups(&self, max_bodies: u32, out: &mut Vec<u32>) {
        out.clear();
        if self.cells.is_empty() {
            return;
        }
        let mut stack = [0u32; 4 * MAX_DEPTH as usize + 8];
        let mut top = 1;
        while top > 0 {
            top -= 1;
            let c = stack[top];
            let cell = &self.cells[c as usize];
            if cell.count == 0 {
                continue;
            }
            if cell.count <= max_bodies || cell.children == 0 {
                out.push(c);
                continue;
            }
            // Push in reverse so children pop in Morton order.
            for q in (0..4).rev() {
                stack[top] = cell.children + q;
                top += 1;
            }
        }
    }

    /// Interaction list of a group of bodies inside the box `[lo, hi]`: far cells (accepted by
    /// the opening criterion against the whole box) and near leaves (handled body by body).
    pub fn interactions(&self, lo: Vec2, hi: Vec2, theta2: f32, far: &mut Vec<(f32, f32, f32)>, near: &mut Vec<u32>) {
        far.clear();
        near.clear();
        let mut stack = [0u32; 4 * MAX_DEPTH as usize + 8];
        let mut top = 1;
        while top > 0 {
            top -= 1;
            let c = stack[top];
            let cell = &self.cells[c as usize];
            if cell.mass <= 0.0 {
                continue;
            }
            if cell.children == 0 {
                near.push(c);
                continue;
            }
            let dx = (lo.x - cell.mass_x).max(0.0).max(cell.mass_x - hi.x);
            let dy = (lo.y - cell.mass_y).max(0.0).max(cell.mass_y - hi.y);
            let d2 = dx * dx + dy * dy;
            if cell.size * cell.size < theta2 * d2 {
                far.push((cell.mass_x, cell.mass_y, cell.mass));
            } else {
                for q in 0..4 {
                    stack[top] = cell.children + q;
                    top += 1;
                }
            }
        }
    }
}

/// Spreads the low 16 bits of `v` to the even bit positions (half a Morton code).
pub fn interleave(v: u32) -> u32 {
    let mut x = v & 0xFFFF;
    x = (x | (x << 8)) & 0x00FF_00FF;
    x = (x | (x << 4)) & 0x0F0F_0F0F;
    x = (x | (x << 2)) & 0x3333_3333;
    (x | (x << 1)) & 0x5555_5555
}

/// Fills `out` with (Morton code, index) over the square bounding box of `positions`
/// (unsorted) and returns the box as (corner, side).
pub fn morton_order(positions: &[Vec2], out: &mut Vec<(u32, u32)>) -> (Vec2, f32) {
    out.clear();
    let Some(&first) = positions.first() else { return (Vec2::ZERO, 1.0) };
    let (mut lo, mut hi) = (first, first);
    for p in positions {
        lo.x = lo.x.min(p.x);
        lo.y = lo.y.min(p.y);
        hi.x = hi.x.max(p.x);
        hi.y = hi.y.max(p.y);
    }
    // A square box: quadtree cells must be squares for the opening criterion.
    let extent = (hi.x - lo.x).max(hi.y - lo.y).max(1e-3);
    let scale = 65535.0 / extent;
    out.extend(positions.iter().enumerate().map(|(i, p)| {
        let x = ((p.x - lo.x) * scale) as u32;
        let y = ((p.y - lo.y) * scale) as u32;
        (interleave(x) | (interleave(y) << 1), i as u32)
    }));
    (lo, extent * 65536.0 / 65535.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points() -> (Vec<Vec2>, Vec<f32>) {
        let positions: Vec<Vec2> =
            (0..500).map(|i| Vec2::new((i * 37 % 101) as f32, (i * 53 % 89) as f32 * 0.5)).collect();
        let mass = (0..500).map(|i| 1.0 + (i % 3) as f32).collect();
        (positions, mass)
    }

    #[test]
    fn mass_and_centre_are_conserved() {
        let (positions, mass) = points();
        let mut t = QuadTree::default();
        t.build(&positions, &mass, &[]);
        let total: f32 = mass.iter().sum();
        assert!((t.cells[0].mass - total).abs() < 1e-2);
        let cx: f32 = positions.iter().zip(&mass).map(|(p, m)| p.x * m).sum::<f32>() / total;
        assert!((t.cells[0].mass_x - cx).abs() < 1e-2);
    }

    #[test]
    fn groups_partition_the_bodies_and_lists_cover_all_mass() {
        let (positions, mass) = points();
        let mut t = QuadTree::default();
        let order = t.build(&positions, &mass, &[]);
        let mut groups = Vec::new();
        t.groups(8, &mut groups);
        let mut next = 0;
        for &g in &groups {
            let c = t.cells[g as usize];
            assert_eq!(c.first, next, "groups are contiguous and in order");
            next += c.count;
        }
        assert_eq!(next as usize, positions.len());
        // For any box, far mass + near mass = total mass.
        let total: f32 = mass.iter().sum();
        let (mut far, mut near) = (Vec::new(), Vec::new());
        t.interactions(Vec2::new(10.0, 10.0), Vec2::new(12.0, 11.0), 1.44, &mut far, &mut near);
        let m: f32 = far.iter().map(|f| f.2).sum::<f32>() + near.iter().map(|&c| t.cells[c as usize].mass).sum::<f32>();
        assert!((m - total).abs() < 1e-2, "{m} vs {total}");
        let bodies: usize = near.iter().map(|&c| t.cells[c as usize].count as usize).sum();
        assert!(bodies < order.len());
    }

    #[test]
    fn coincident_points_do_not_recurse_forever() {
        let positions = vec![Vec2::new(1.0, 1.0); 100];
        let mass = vec![1.0; 100];
        let mut t = QuadTree::default();
        t.build(&positions, &mass, &[]);
        assert!((t.cells[0].mass - 100.0).abs() < 1e-3);
        assert!(t.cells.len() <= 4 * 16 + 1);
    }
}
