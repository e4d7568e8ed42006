//! The forces of one tick: Barnes–Hut repulsion (group walk over the quadtree, vectorised inner
//! loops), attraction along weighted edges, gravity toward each node's component centre, and
//! disc-aware repulsion while tidying overlaps. Pure function of positions; run across threads.

use super::graph::Vec2;
use super::params::ForceParams;
use super::quadtree::QuadTree;

/// Bodies per group of the Barnes–Hut group walk: one interaction list serves them all.
pub(super) const GROUP_SIZE: u32 = 32;

/// Interaction lists of one group in structure-of-arrays form, so the inner loops vectorise.
#[derive(Default)]
struct Scratch {
    far: Vec<(f32, f32, f32)>,
    near_cells: Vec<u32>,
    xs: Vec<f32>,
    ys: Vec<f32>,
    ms: Vec<f32>,
    /// Near-field bodies: positions, masses, radii.
    nx: Vec<f32>,
    ny: Vec<f32>,
    nm: Vec<f32>,
    nr: Vec<f32>,
}

thread_local! {
    /// Per-thread scratch, reused across ticks (no allocation after warm-up).
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Everything the force computation reads, shared by the worker threads.
pub(super) struct Walk<'a> {
    pub params: &'a ForceParams,
    pub positions: &'a [Vec2],
    pub mass: &'a [f32],
    pub radius: &'a [f32],
    pub offsets: &'a [u32],
    pub adjacency: &'a [(u32, f32)],
    pub gravity: f32,
    /// Distance inside which constant gravity fades linearly to zero.
    pub gravity_core: f32,
    /// Component of each node, and where each component's gravity pulls (its centroid).
    pub component: &'a [u32],
    pub centre: &'a [Vec2],
    /// Mean mass: with `dissuade_hubs` an edge pulls a node by mean ÷ its own mass.
    pub mean_mass: f32,
    /// Discs repel as discs (tidying phase) rather than as points.
    pub discs: bool,
    pub tree: &'a QuadTree,
    pub order: &'a [(u32, u32)],
}

impl Walk<'_> {
    /// Computes forces for `groups` into `out` (Morton order, starting at body `base`),
    /// splitting the work across threads at group boundaries.
    pub(super) fn run(&self, groups: &[u32], out: &mut [Vec2], base: usize, parallel: bool) {
        if parallel && groups.len() > 16 && out.len() > 1024 {
            let mid = groups.len() / 2;
            let split = self.tree.cells[groups[mid] as usize].first as usize;
            let (left, right) = out.split_at_mut(split - base);
            rayon::join(|| self.run(&groups[..mid], left, base, true), || self.run(&groups[mid..], right, split, true));
            return;
        }
        SCRATCH.with(|scratch| {
            let scratch = &mut *scratch.borrow_mut();
            for &g in groups {
                self.group(g, out, base, scratch);
            }
        });
    }

    fn group(&self, g: u32, out: &mut [Vec2], base: usize, s: &mut Scratch) {
        let cell = self.tree.cells[g as usize];
        let run = &self.order[cell.first as usize..(cell.first + cell.count) as usize];
        let (mut lo, mut hi) = (Vec2::new(f32::MAX, f32::MAX), Vec2::new(f32::MIN, f32::MIN));
        for &(_, i) in run {
            let p = self.positions[i as usize];
            lo = Vec2::new(lo.x.min(p.x), lo.y.min(p.y));
            hi = Vec2::new(hi.x.max(p.x), hi.y.max(p.y));
        }
        let p = self.params;
        self.tree.interactions(lo, hi, p.theta * p.theta, &mut s.far, &mut s.near_cells);
        s.xs.clear();
        s.ys.clear();
        s.ms.clear();
        for &(x, y, m) in &s.far {
            s.xs.push(x);
            s.ys.push(y);
            s.ms.push(m);
        }
        s.nx.clear();
        s.ny.clear();
        s.nm.clear();
        s.nr.clear();
        for &c in &s.near_cells {
            let leaf = self.tree.cells[c as usize];
            for &(_, j) in &self.order[leaf.first as usize..(leaf.first + leaf.count) as usize] {
                let j = j as usize;
                s.nx.push(self.positions[j].x);
                s.ny.push(self.positions[j].y);
                s.nm.push(self.mass[j]);
                s.nr.push(self.radius[j]);
            }
        }
        let kr = p.scaling;
        for (k, &(_, i)) in run.iter().enumerate() {
            let i = i as usize;
            let pi = self.positions[i];
            let mi = self.mass[i];
            let ri = self.radius[i];
            let krm = kr * mi;
            // Repulsion, far field: kr * mi * mj / d along the separating direction.
            // Branch-free so it vectorises; a body's own term has dx = dy = 0 and adds nothing.
            let (mut fx, mut fy) = (0.0f32, 0.0f32);
            for ((&x, &y), &m) in s.xs.iter().zip(&s.ys).zip(&s.ms) {
                let dx = pi.x - x;
                let dy = pi.y - y;
                let factor = krm * m / (dx * dx + dy * dy).max(1e-12);
                fx += dx * factor;
                fy += dy * factor;
            }
            // Near field, body by body, with overlap prevention.
            if self.discs {
                for (((&x, &y), &m), &r) in s.nx.iter().zip(&s.ny).zip(&s.nm).zip(&s.nr) {
                    let dx = pi.x - x;
                    let dy = pi.y - y;
                    let d = (dx * dx + dy * dy).max(1e-12).sqrt();
                    let gap = d - ri - r;
                    let apart = krm * m / (gap.max(1e-6) * d);
                    let overlapping = 100.0 * krm * m / d;
                    let factor = if gap > 0.0 { apart } else { overlapping };
                    fx += dx * factor;
                    fy += dy * factor;
                }
            } else {
                for ((&x, &y), &m) in s.nx.iter().zip(&s.ny).zip(&s.nm) {
                    let dx = pi.x - x;
                    let dy = pi.y - y;
                    let factor = krm * m / (dx * dx + dy * dy).max(1e-12);
                    fx += dx * factor;
                    fy += dy * factor;
                }
            }
            // Gravity toward the node's component centre: constant pull (FA2), or growing with distance.
            let c = self.centre[self.component[i] as usize];
            let (gx, gy) = (pi.x - c.x, pi.y - c.y);
            let d = (gx * gx + gy * gy).sqrt();
            if d > 1e-6 {
                // Softened inside a core of a few discs: a node sitting on the centre would
                // otherwise flip sides every tick under a pull of constant strength.
                let g = if p.strong_gravity { self.gravity * mi } else { self.gravity * mi / d.max(self.gravity_core) };
                fx -= gx * g;
                fy -= gy * g;
            }
            // Attraction along edges (linear, or LinLog), none between overlapping discs.
            let hub_share = if p.dissuade_hubs { self.mean_mass / mi } else { 1.0 };
            for &(j, w) in &self.adjacency[self.offsets[i] as usize..self.offsets[i + 1] as usize] {
                let pj = self.positions[j as usize];
                let dx = pj.x - pi.x;
                let dy = pj.y - pi.y;
                let mut factor = w * hub_share;
                if p.lin_log || self.discs {
                    let d = (dx * dx + dy * dy).sqrt();
                    if d < 1e-6 || (self.discs && d < ri + self.radius[j as usize]) {
                        continue;
                    }
                    if p.lin_log {
                        factor *= (1.0 + d).ln() / d;
                    }
                }
                fx += dx * factor;
                fy += dy * factor;
            }
            out[cell.first as usize - base + k] = Vec2::new(fx, fy);
        }
    }
}
