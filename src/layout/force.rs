//! ForceAtlas2-style force layout: Barnes–Hut repulsion scaled by degree, attraction along
//! weighted edges (linear or LinLog), weak gravity toward each component's centre, components
//! packed side by side, adaptive per-node speed (swinging/traction). Two phases: the forces
//! spread the graph with nodes as points, then a short tidying phase treats them as discs and a
//! last clean-up removes what overlap remains. Ticked incrementally; deterministic for a seed.

use std::collections::HashMap;

use rayon::prelude::*;

use super::forces::{GROUP_SIZE, Walk};
use super::graph::{Layout, LayoutGraph, Vec2};
use super::overlap::{CLEARANCE_PAD, separate_overlaps};
use super::packing::{Components, centroids, extents, shelf_pack};
pub use super::params::ForceParams;
use super::quadtree::QuadTree;
use super::rng::{SplitMix64, key_hash};

/// Most ticks of the tidying phase (discs repel as discs) after the spreading phase settled,
/// and the ticks it runs before it starts to cool.
const TIDY_TICKS: u32 = 150;
const TIDY_WARM_TICKS: u32 = 20;
/// Calm ticks in a row that end a phase, and fewer once cooling (steps can only shrink then).
const CALM_TICKS: u32 = 10;
const CALM_TICKS_COOLING: u32 = 4;

/// Cooling: (the tick it starts at, the factor per tick after it). A multilevel start has its
/// global shape already, so it cools sooner and faster.
const COOLING: (u32, f32) = (400, 0.993);
const COOLING_MULTILEVEL: (u32, f32) = (10, 0.9);

/// The running layout: state per node is kept flat for speed and small size.
#[derive(Debug)]
pub struct ForceLayout {
    params: ForceParams,
    keys: Vec<String>,
    radius: Vec<f32>,
    mass: Vec<f32>,
    pinned: Vec<bool>,
    /// Nodes that arrived with the last `set_graph`: they settle first while the others wait.
    newcomer: Vec<bool>,
    settle_until: u32,
    /// Symmetric adjacency in CSR form: neighbours of i are `adj[offsets[i]..offsets[i+1]]`.
    offsets: Vec<u32>,
    adjacency: Vec<(u32, f32)>,
    /// Gravity coefficient after scaling to the graph (see `ForceParams::gravity`).
    gravity: f32,
    components: Components,
    mean_mass: f32,
    mean_radius: f32,
    /// Centroid of each component, updated every tick (gravity pulls toward it).
    centre: Vec<Vec2>,
    /// Discs repel as discs: the tidying phase, after the spreading phase settled.
    tidying: bool,
    tidy_from: u32,
    /// Positions came from a multilevel pass (see `layout::multilevel`).
    from_multilevel: bool,
    /// Speed when cooling began: the ceiling while it cools.
    speed_cap: f32,
    layout: Layout,
    force: Vec<Vec2>,
    old_force: Vec<Vec2>,
    tree: QuadTree,
    /// Nodes in Morton (Z-curve) order, so neighbouring work shares cache lines; reused buffers.
    order: Vec<(u32, u32)>,
    groups: Vec<u32>,
    morton_box: (Vec2, f32),
    ordered_force: Vec<Vec2>,
    speed: f32,
    speed_efficiency: f32,
    iterations: u32,
    calm_ticks: u32,
    finished: bool,
}

impl ForceLayout {
    /// Starts a layout with deterministic initial positions.
    pub fn new(graph: &LayoutGraph, params: ForceParams) -> ForceLayout {
        let mut layout = ForceLayout {
            params,
            keys: Vec::new(),
            radius: Vec::new(),
            mass: Vec::new(),
            pinned: Vec::new(),
            newcomer: Vec::new(),
            settle_until: 0,
            offsets: Vec::new(),
            adjacency: Vec::new(),
            gravity: 1.0,
            components: Components::default(),
            mean_mass: 1.0,
            mean_radius: 1.0,
            centre: Vec::new(),
            tidying: false,
            tidy_from: 0,
            from_multilevel: false,
            speed_cap: f32::MAX,
            layout: Layout::default(),
            force: Vec::new(),
            old_force: Vec::new(),
            tree: QuadTree::default(),
            order: Vec::new(),
            groups: Vec::new(),
            morton_box: (Vec2::ZERO, 1.0),
            ordered_force: Vec::new(),
            speed: 1.0,
            speed_efficiency: 1.0,
            iterations: 0,
            calm_ticks: 0,
            finished: false,
        };
        layout.set_graph(graph);
        layout
    }

    /// Starts a layout at given positions (one per node). `shaped`: the positions already show
    /// the global structure (a multilevel pass made them), so the layout cools sooner.
    pub fn with_positions(graph: &LayoutGraph, params: ForceParams, positions: &[Vec2], shaped: bool) -> ForceLayout {
        let mut layout = ForceLayout::new(graph, params);
        for (slot, p) in layout.layout.positions.iter_mut().zip(positions) {
            *slot = *p;
        }
        layout.from_multilevel = shaped;
        layout
    }

    /// Replaces the graph. Nodes with a known key keep their position (and pin); new nodes
    /// start near the mean of their placed neighbours, so the rest does not reshuffle.
    pub fn set_graph(&mut self, graph: &LayoutGraph) {
        let old: HashMap<&str, (Vec2, bool)> = self
            .keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.as_str(), (self.layout.positions[i], self.pinned[i])))
            .collect();
        let n = graph.len();
        let had_positions = !old.is_empty();
        let mut positions = vec![Vec2::ZERO; n];
        let mut placed = vec![false; n];
        let mut pinned = vec![false; n];
        for (i, k) in graph.keys.iter().enumerate() {
            if let Some(&(p, pin)) = old.get(k.as_str()) {
                positions[i] = p;
                placed[i] = true;
                pinned[i] = pin;
            }
        }
        drop(old);
        let placed_before = placed.clone();
        self.build_adjacency(graph);
        // Initial spread grows with the graph so density is similar at any size.
        let spread = 10.0 * (n as f32).sqrt().max(1.0) * self.params.scaling.sqrt();
        // Place new nodes: repeatedly near placed neighbours, else at a seeded random point.
        for _round in 0..3 {
            for i in 0..n {
                if placed[i] {
                    continue;
                }
                let (mut sum, mut count) = (Vec2::ZERO, 0);
                for &(j, _) in self.neighbours(i) {
                    if placed[j as usize] {
                        sum.x += positions[j as usize].x;
                        sum.y += positions[j as usize].y;
                        count += 1;
                    }
                }
                if count > 0 {
                    let mut rng = SplitMix64::new(key_hash(&graph.keys[i], self.params.seed));
                    let angle = rng.next_f32() * std::f32::consts::TAU;
                    let r = graph.radius[i] * 3.0 + 5.0;
                    positions[i] =
                        Vec2::new(sum.x / count as f32 + r * angle.cos(), sum.y / count as f32 + r * angle.sin());
                    placed[i] = true;
                }
            }
        }
        for i in 0..n {
            if !placed[i] {
                let mut rng = SplitMix64::new(key_hash(&graph.keys[i], self.params.seed));
                let angle = rng.next_f32() * std::f32::consts::TAU;
                let r = spread * rng.next_f32().sqrt();
                positions[i] = Vec2::new(r * angle.cos(), r * angle.sin());
            }
        }
        self.keys = graph.keys.clone();
        self.radius = graph.radius.clone();
        self.pinned = pinned;
        self.layout.positions = positions;
        self.force = vec![Vec2::ZERO; n];
        self.old_force = vec![Vec2::ZERO; n];
        self.restart();
        self.newcomer = placed_before.iter().map(|&p| !p).collect();
        if had_positions && self.newcomer.iter().any(|&n| n) {
            // Existing nodes keep their places (no reshuffle); newcomers settle among them.
            // A full relaxation is a `restart()` away.
            self.settle_until = 400;
            self.speed = 0.1;
        } else {
            self.settle_until = 0;
        }
    }

    fn build_adjacency(&mut self, graph: &LayoutGraph) {
        let n = graph.len();
        let mut degree = vec![0u32; n];
        for &(a, b, _) in &graph.edges {
            if a != b && (a as usize) < n && (b as usize) < n {
                degree[a as usize] += 1;
                degree[b as usize] += 1;
            }
        }
        self.offsets = Vec::with_capacity(n + 1);
        self.offsets.push(0);
        for d in &degree {
            let last = *self.offsets.last().expect("starts with 0");
            self.offsets.push(last + d);
        }
        let mut fill: Vec<u32> = self.offsets[..n].to_vec();
        self.adjacency = vec![(0, 0.0); *self.offsets.last().unwrap_or(&0) as usize];
        let influence = self.params.edge_weight_influence;
        for &(a, b, w) in &graph.edges {
            if a == b || (a as usize) >= n || (b as usize) >= n {
                continue;
            }
            let w = if influence == 0.0 { 1.0 } else { w.max(1e-3).powf(influence) };
            self.adjacency[fill[a as usize] as usize] = (b, w);
            fill[a as usize] += 1;
            self.adjacency[fill[b as usize] as usize] = (a, w);
            fill[b as usize] += 1;
        }
        self.mass = degree.iter().map(|&d| d as f32 + 1.0).collect();
        // Constant per graph; read by every tick.
        self.mean_mass = self.mass.iter().sum::<f32>() / n.max(1) as f32;
        self.mean_radius = graph.radius.iter().sum::<f32>() / n.max(1) as f32;
        self.components = Components::new(&self.offsets, &self.adjacency);
        self.gravity = self.params.gravity;
        if self.params.strong_gravity {
            // Balance kr·M/D = kg·D at the radius D where discs fill about a fourteenth of the area.
            let total_mass: f64 = self.mass.iter().map(|&m| m as f64).sum();
            let area: f64 = graph.radius.iter().map(|&r| (r as f64 + 4.0).powi(2)).sum::<f64>().max(1.0);
            let target2 = 14.0 * area;
            self.gravity = (self.params.gravity as f64 * self.params.scaling as f64 * total_mass / target2) as f32;
        }
    }

    fn neighbours(&self, i: usize) -> &[(u32, f32)] {
        &self.adjacency[self.offsets[i] as usize..self.offsets[i + 1] as usize]
    }

    /// Changes parameters; positions stay, convergence restarts.
    pub fn set_params(&mut self, params: ForceParams) {
        if params != self.params {
            let reweigh = params.edge_weight_influence != self.params.edge_weight_influence
                || params.gravity != self.params.gravity
                || params.strong_gravity != self.params.strong_gravity;
            self.params = params;
            if reweigh {
                // Weights depend on the influence exponent; rebuild from the stored adjacency.
                let graph = self.to_layout_graph();
                self.build_adjacency(&graph);
            }
            self.restart();
        }
    }

    fn to_layout_graph(&self) -> LayoutGraph {
        let mut edges = Vec::new();
        for i in 0..self.keys.len() {
            for &(j, w) in self.neighbours(i) {
                if (i as u32) < j {
                    edges.push((i as u32, j, w));
                }
            }
        }
        LayoutGraph { keys: self.keys.clone(), radius: self.radius.clone(), group: vec![0; self.keys.len()], edges }
    }

    pub fn params(&self) -> &ForceParams {
        &self.params
    }

    /// Moves every node to `positions` (by slot), which already show the global structure (a
    /// multilevel pass made them), and starts again from there, cooling as such a start does.
    pub fn reshape(&mut self, positions: &[Vec2]) {
        for (slot, p) in self.layout.positions.iter_mut().zip(positions) {
            *slot = *p;
        }
        self.from_multilevel = true;
        self.restart();
    }

    /// Resumes ticking (after a drag, a parameter change, new nodes).
    pub fn restart(&mut self) {
        self.settle_until = 0;
        self.iterations = 0;
        self.calm_ticks = 0;
        self.finished = false;
        self.tidying = false;
        self.speed = 1.0;
        self.speed_efficiency = 1.0;
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Pins node `i` at `p`: it stays there until unpinned.
    pub fn pin(&mut self, i: usize, p: Vec2) {
        if i < self.pinned.len() {
            self.pinned[i] = true;
            self.layout.positions[i] = p;
            if self.finished {
                self.restart();
                self.speed = 0.2;
            }
        }
    }

    /// Puts node `i` at `p` without pinning it (a saved layout coming back).
    pub fn place(&mut self, i: usize, p: Vec2) {
        if let Some(slot) = self.layout.positions.get_mut(i) {
            *slot = p;
        }
    }

    /// Stops ticking: the positions are final (a converged layout restored from a project).
    pub fn settle(&mut self) {
        self.finished = true;
    }

    pub fn unpin(&mut self, i: usize) {
        if i < self.pinned.len() {
            self.pinned[i] = false;
        }
    }

    pub fn is_pinned(&self, i: usize) -> bool {
        self.pinned.get(i).copied().unwrap_or(false)
    }

    /// Bytes of state held per node and per edge (for the memory target).
    pub fn state_bytes(&self) -> usize {
        use std::mem::size_of;
        let n = self.keys.len();
        n * (size_of::<Vec2>() * 3 + size_of::<f32>() * 2 + size_of::<bool>() + size_of::<u32>())
            + self.adjacency.len() * size_of::<(u32, f32)>()
            + self.tree.cells.capacity() * size_of::<super::quadtree::Cell>()
            + self.order.capacity() * size_of::<(u32, u32)>()
            + self.groups.capacity() * size_of::<u32>()
            + self.ordered_force.capacity() * size_of::<Vec2>()
    }

    /// Runs ticks until finished.
    pub fn run_to_convergence(&mut self) -> &Layout {
        while !self.finished {
            self.tick();
        }
        &self.layout
    }

    /// One iteration. Returns the current layout.
    pub fn tick(&mut self) -> &Layout {
        let n = self.layout.positions.len();
        if self.finished || n == 0 {
            self.finished = true;
            return &self.layout;
        }
        std::mem::swap(&mut self.force, &mut self.old_force);
        self.sort_spatially();
        let (_, size) = self.morton_box;
        self.tree.build_sorted(&self.order, &self.layout.positions, &self.mass, &self.radius, size);
        self.tree.groups(GROUP_SIZE, &mut self.groups);
        self.ordered_force.resize(n, Vec2::ZERO);
        self.centre = centroids(&self.components, &self.layout.positions);
        let walk = Walk {
            params: &self.params,
            positions: &self.layout.positions,
            mass: &self.mass,
            radius: &self.radius,
            offsets: &self.offsets,
            adjacency: &self.adjacency,
            gravity: self.gravity,
            gravity_core: 4.0 * self.mean_radius,
            component: &self.components.of,
            centre: &self.centre,
            mean_mass: self.mean_mass,
            discs: self.tidying,
            tree: &self.tree,
            order: &self.order,
        };
        let parallel = self.params.parallel && n >= 512;
        walk.run(&self.groups, &mut self.ordered_force, 0, parallel);
        for (f, &(_, i)) in self.ordered_force.iter().zip(self.order.iter()) {
            self.force[i as usize] = *f;
        }
        self.adapt_speed();

        // Move.
        // Past a few hundred ticks, cool down so oscillating leaves cannot keep it running; a
        // multilevel start already has its shape and cools sooner. While cooling, the adaptive
        // speed may fall but not rise, or it would undo the cooling.
        let (mut cool_from, rate) = if self.from_multilevel { COOLING_MULTILEVEL } else { COOLING };
        if self.tidying && !self.from_multilevel {
            // Tidying starts warm again: discs need room to push each other apart. (A big graph
            // from a multilevel start stays cool: its last overlaps go to the bounded clean-up,
            // cheaper than warm ticks at 100,000 nodes.)
            cool_from = self.tidy_from + TIDY_WARM_TICKS;
        }
        if self.iterations == cool_from {
            self.speed_cap = self.speed;
        }
        let cooling = if self.iterations > cool_from {
            self.speed = self.speed.min(self.speed_cap);
            rate.powi((self.iterations - cool_from) as i32)
        } else {
            1.0
        };
        let speed = self.speed;
        let mut total_displacement = 0.0f64;
        let settling = self.iterations < self.settle_until;
        let mut moving = 0usize;
        for i in 0..n {
            if self.pinned[i] || (settling && !self.newcomer[i]) {
                continue;
            }
            moving += 1;
            let (f, o) = (self.force[i], self.old_force[i]);
            let swing = self.mass[i] * Vec2::new(f.x - o.x, f.y - o.y).length();
            let mut factor = speed / (1.0 + (speed * swing).sqrt());
            if self.tidying {
                factor *= 0.5;
            }
            let fl = f.length();
            // Cap a single step so a node never jumps across the layout.
            let step_cap = 10.0 * self.radius[i].max(1.0);
            if fl * factor > step_cap {
                factor = step_cap / fl;
            }
            factor *= cooling;
            let pos = &mut self.layout.positions[i];
            pos.x += f.x * factor;
            pos.y += f.y * factor;
            total_displacement += (fl * factor) as f64;
        }
        self.iterations += 1;
        if self.params.pack_components && !settling {
            self.pack();
        }

        // A phase ends when nodes move a tiny share of the spread, several ticks running.
        let spread = self.spread_in_components().max(1e-3) as f64;
        let mean = total_displacement / moving.max(1) as f64;
        if mean < self.params.tolerance as f64 * spread {
            self.calm_ticks += 1;
        } else {
            self.calm_ticks = 0;
        }
        // Once cooling, steps only shrink: a few calm ticks in a row are enough.
        let calm_needed = if cooling < 1.0 { CALM_TICKS_COOLING } else { CALM_TICKS };
        let settled = self.calm_ticks >= calm_needed || self.iterations >= self.params.max_iterations;
        if self.params.prevent_overlap && !self.tidying && !settling && settled {
            // Spread done: a short phase with discs as discs, at the speed it had reached.
            self.tidying = true;
            self.calm_ticks = 0;
            self.speed = self.speed.min(1.0);
            self.speed_efficiency = 1.0;
            self.tidy_from = self.iterations;
            return &self.layout;
        }
        let tidied = self.tidying && self.iterations >= self.tidy_from + TIDY_TICKS;
        if settled || tidied || (settling && self.iterations + 1 >= self.settle_until) {
            self.finished = true;
            if self.params.prevent_overlap {
                let newcomer = &self.newcomer;
                let pinned = &self.pinned;
                let movable = |k: usize| !pinned[k] && (!settling || newcomer.get(k).copied().unwrap_or(false));
                separate_overlaps(&mut self.layout.positions, &self.radius, &self.keys, movable);
                if self.params.pack_components && !settling {
                    self.pack();
                }
            }
        }
        &self.layout
    }

    /// Adaptive speed (ForceAtlas2): compares swinging (oscillation) with traction (progress).
    fn adapt_speed(&mut self) {
        let n = self.layout.positions.len();
        let (mut swinging, mut traction) = (0.0f64, 0.0f64);
        for i in 0..n {
            if self.pinned[i] {
                continue;
            }
            let (f, o) = (self.force[i], self.old_force[i]);
            let m = self.mass[i] as f64;
            swinging += m * Vec2::new(f.x - o.x, f.y - o.y).length() as f64;
            traction += m * 0.5 * Vec2::new(f.x + o.x, f.y + o.y).length() as f64;
        }
        let estimated_jitter = 0.05 * (n as f64).sqrt();
        let min_jitter = estimated_jitter.sqrt();
        let max_jitter = 10.0f64;
        let p = &self.params;
        let mut jitter = p.jitter_tolerance as f64
            * min_jitter.max(max_jitter.min(estimated_jitter * traction / (n as f64 * n as f64)));
        let min_efficiency = 0.05;
        if traction > 0.0 && swinging / traction > 2.0 {
            if self.speed_efficiency as f64 > min_efficiency {
                self.speed_efficiency *= 0.5;
            }
            jitter = jitter.max(p.jitter_tolerance as f64);
        }
        let target = if swinging > 0.0 { jitter * self.speed_efficiency as f64 * traction / swinging } else { 1.0 };
        if swinging > jitter * traction {
            if self.speed_efficiency as f64 > min_efficiency {
                self.speed_efficiency *= 0.7;
            }
        } else if self.speed < 1000.0 {
            self.speed_efficiency *= 1.3;
        }
        let max_rise = 0.5;
        let speed = self.speed as f64;
        self.speed = (speed + (target - speed).min(max_rise * speed)) as f32;
    }

    /// Moves each component as a whole to its slot of the shelf packing (a component holding a
    /// pinned node stays where the user put it).
    fn pack(&mut self) {
        if self.components.count() < 2 {
            return;
        }
        let (centre, extent) = extents(&self.components, &self.layout.positions, &self.radius);
        let slots = shelf_pack(&extent, 4.0 * self.mean_radius + 2.0 * CLEARANCE_PAD);
        let mut held = vec![false; self.components.count()];
        for (i, &c) in self.components.of.iter().enumerate() {
            held[c as usize] |= self.pinned[i];
        }
        let shift: Vec<Vec2> = slots
            .iter()
            .zip(&centre)
            .zip(&held)
            .map(|((s, c), &held)| if held { Vec2::ZERO } else { Vec2::new(s.x - c.x, s.y - c.y) })
            .collect();
        for (p, &c) in self.layout.positions.iter_mut().zip(&self.components.of) {
            let d = shift[c as usize];
            p.x += d.x;
            p.y += d.y;
        }
    }

    /// Root-mean-square distance of nodes from their component's centroid.
    fn spread_in_components(&self) -> f32 {
        let n = self.layout.positions.len().max(1) as f32;
        let sum: f32 = self
            .layout
            .positions
            .iter()
            .zip(&self.components.of)
            .map(|(p, &c)| {
                let o = self.centre.get(c as usize).copied().unwrap_or(Vec2::ZERO);
                (p.x - o.x).powi(2) + (p.y - o.y).powi(2)
            })
            .sum();
        (sum / n).sqrt()
    }

    /// Sorts node indices along a Z-order curve over the current bounding box.
    fn sort_spatially(&mut self) {
        self.morton_box = super::quadtree::morton_order(&self.layout.positions, &mut self.order);
        if self.params.parallel && self.order.len() >= 4096 {
            self.order.par_sort_unstable();
        } else {
            self.order.sort_unstable();
        }
    }

    #[cfg(test)]
    fn rms_spread(&self) -> f32 {
        let n = self.layout.positions.len().max(1) as f32;
        let (cx, cy) = self.layout.positions.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
        let (cx, cy) = (cx / n, cy / n);
        (self.layout.positions.iter().map(|p| (p.x - cx).powi(2) + (p.y - cy).powi(2)).sum::<f32>() / n).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::scale_free_graph;

    fn small() -> LayoutGraph {
        scale_free_graph(200, 400, 7)
    }

    #[test]
    fn deterministic() {
        let g = small();
        let mut a = ForceLayout::new(&g, ForceParams::default());
        let mut b = ForceLayout::new(&g, ForceParams { parallel: false, ..ForceParams::default() });
        for _ in 0..50 {
            a.tick();
            b.tick();
        }
        assert_eq!(a.layout(), b.layout());
    }

    #[test]
    fn pinned_nodes_never_move() {
        let g = small();
        let mut f = ForceLayout::new(&g, ForceParams::default());
        f.pin(3, Vec2::new(123.0, -45.0));
        for _ in 0..200 {
            f.tick();
        }
        assert_eq!(f.layout().positions[3], Vec2::new(123.0, -45.0));
    }

    #[test]
    fn converges_and_separates_discs() {
        let g = small();
        let mut f = ForceLayout::new(&g, ForceParams::default());
        f.run_to_convergence();
        assert!(f.iterations() < ForceParams::default().max_iterations, "did not converge");
        let p = &f.layout().positions;
        let mut overlaps = 0;
        for i in 0..p.len() {
            for j in i + 1..p.len() {
                let d = Vec2::new(p[i].x - p[j].x, p[i].y - p[j].y).length();
                if d < g.radius[i] + g.radius[j] - 0.5 {
                    overlaps += 1;
                }
            }
        }
        assert_eq!(overlaps, 0);
    }

    /// Eight planted communities of 40 (dense inside, sparse between) plus small separate
    /// components: communities come out as clusters, components side by side without overlap.
    #[test]
    fn planted_partition_shows_its_communities() {
        let mut rng = SplitMix64::new(5);
        let (blocks, size) = (8u32, 40u32);
        let n = blocks * size + 12;
        let mut g = LayoutGraph {
            keys: (0..n).map(|i| format!("n{i}")).collect(),
            radius: vec![4.0; n as usize],
            group: vec![0; n as usize],
            edges: Vec::new(),
        };
        for a in 0..blocks * size {
            for b in a + 1..blocks * size {
                let p = if a / size == b / size { 0.25 } else { 0.004 };
                if rng.next_f32() < p {
                    g.edges.push((a, b, 1.0));
                }
            }
        }
        // Four separate triangles.
        for t in 0..4 {
            let base = blocks * size + 3 * t;
            g.edges.extend([(base, base + 1, 1.0), (base + 1, base + 2, 1.0), (base, base + 2, 1.0)]);
        }
        let mut f = ForceLayout::new(&g, ForceParams::default());
        f.run_to_convergence();
        let q = crate::layout::quality::measure(&g, &f.layout().positions, 3);
        assert!(q.community_ratio < 0.5 && q.linked_ratio < 0.3, "{q:?}");
        assert_eq!(crate::layout::overlap::overlapping_pairs(&f.layout().positions, &g.radius), 0);
    }

    #[test]
    fn adding_nodes_keeps_the_rest_in_place() {
        let g = small();
        let mut f = ForceLayout::new(&g, ForceParams::default());
        f.run_to_convergence();
        let before = f.layout().positions.clone();
        let spread = f.rms_spread();
        let mut g2 = g.clone();
        for k in 0..5 {
            g2.keys.push(format!("new{k}"));
            g2.radius.push(3.0);
            g2.group.push(0);
            g2.edges.push((200 + k, k * 3, 1.0));
        }
        f.set_graph(&g2);
        f.run_to_convergence();
        let moved: f32 = before
            .iter()
            .zip(&f.layout().positions)
            .map(|(a, b)| Vec2::new(a.x - b.x, a.y - b.y).length())
            .sum::<f32>()
            / before.len() as f32;
        assert!(moved < 0.15 * spread, "existing nodes moved {moved} on average (spread {spread})");
    }
}
