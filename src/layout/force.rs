//! ForceAtlas2-style force layout: Barnes–Hut repulsion scaled by degree, attraction along
//! weighted edges (linear or LinLog), gravity, adaptive per-node speed (swinging/traction) and
//! overlap prevention by node radius. Ticked incrementally; deterministic for a given seed.

use std::collections::HashMap;

use rayon::prelude::*;

use super::graph::{Layout, LayoutGraph, Vec2};
use super::quadtree::QuadTree;
use super::rng::{SplitMix64, key_hash};

/// Parameters of the force layout. Changing them restarts convergence, not positions.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceParams {
    /// Barnes–Hut opening criterion: larger is faster and coarser.
    pub theta: f32,
    /// Repulsion strength (FA2 "scaling").
    pub scaling: f32,
    /// Pull toward the centre. With `strong_gravity` it is relative: 1.0 balances repulsion
    /// at a radius where the nodes' discs would fill about a fourteenth of the disc.
    pub gravity: f32,
    /// Gravity grows with distance (keeps disconnected parts and lone nodes close).
    pub strong_gravity: bool,
    /// LinLog attraction: tighter clusters.
    pub lin_log: bool,
    /// 0 ignores edge weights, 1 uses them as given.
    pub edge_weight_influence: f32,
    pub jitter_tolerance: f32,
    /// Keep node discs from overlapping (by `LayoutGraph::radius`).
    pub prevent_overlap: bool,
    pub seed: u64,
    /// Stop after this many ticks even if still moving.
    pub max_iterations: u32,
    /// Finished when the mean displacement per tick falls below this share of the layout's spread.
    pub tolerance: f32,
    /// Use rayon across cores.
    pub parallel: bool,
}

impl Default for ForceParams {
    fn default() -> Self {
        ForceParams {
            theta: 1.2,
            scaling: 4.0,
            gravity: 1.0,
            strong_gravity: true,
            lin_log: false,
            edge_weight_influence: 1.0,
            jitter_tolerance: 1.0,
            prevent_overlap: true,
            seed: 42,
            max_iterations: 3000,
            tolerance: 2e-3,
            parallel: true,
        }
    }
}

/// After the forces settle, neighbouring discs keep this multiple of their radii apart, plus
/// `CLEARANCE_PAD` layout units: polygons (hexagons, diamonds) reach past their disc, and
/// labels need a gap to sit in.
const CLEARANCE: f32 = 1.35;
const CLEARANCE_PAD: f32 = 2.0;

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

    /// Resumes ticking (after a drag, a parameter change, new nodes).
    pub fn restart(&mut self) {
        self.settle_until = 0;
        self.iterations = 0;
        self.calm_ticks = 0;
        self.finished = false;
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
        let walk = Walk {
            params: &self.params,
            positions: &self.layout.positions,
            mass: &self.mass,
            radius: &self.radius,
            offsets: &self.offsets,
            adjacency: &self.adjacency,
            gravity: self.gravity,
            tree: &self.tree,
            order: &self.order,
        };
        let parallel = self.params.parallel && n >= 512;
        walk.run(&self.groups, &mut self.ordered_force, 0, parallel);
        for (f, &(_, i)) in self.ordered_force.iter().zip(self.order.iter()) {
            self.force[i as usize] = *f;
        }

        // Adaptive speed (ForceAtlas2): compare swinging (oscillation) with traction (progress).
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
        let overlap = p.prevent_overlap;
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

        // Move.
        let speed = self.speed;
        // Past a few hundred ticks, cool down so oscillating leaves cannot keep it running.
        let cooling = if self.iterations > 400 { 0.993f32.powi((self.iterations - 400) as i32) } else { 1.0 };
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
            if overlap {
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

        // Converged when nodes move a tiny share of the layout's spread, several ticks running.
        let spread = self.rms_spread().max(1e-3) as f64;
        let mean = total_displacement / moving.max(1) as f64;
        if mean < self.params.tolerance as f64 * spread {
            self.calm_ticks += 1;
        } else {
            self.calm_ticks = 0;
        }
        if self.calm_ticks >= 10
            || self.iterations >= self.params.max_iterations
            || (settling && self.iterations + 1 >= self.settle_until)
        {
            self.finished = true;
            if self.params.prevent_overlap {
                self.separate_overlaps(settling);
            }
        }
        &self.layout
    }

    /// Pushes overlapping discs apart, leaving some air for outlines and labels (a final clean-up: cooling can stop the forces a hair
    /// early). Uses a grid of cells as wide as the largest disc; pinned nodes stay put and so
    /// do old nodes while newcomers settle.
    fn separate_overlaps(&mut self, only_newcomers: bool) {
        let n = self.layout.positions.len();
        let max_r = self.radius.iter().fold(0.0f32, |m, r| m.max(*r)).max(1e-3);
        let cell = 2.0 * max_r * CLEARANCE + CLEARANCE_PAD + 1.0;
        let mut grid: HashMap<(i32, i32), Vec<u32>> = HashMap::new();
        // Crowded hubs need hundreds of passes: the ring around them widens a little each time.
        for _pass in 0..2000 {
            grid.clear();
            for (i, p) in self.layout.positions.iter().enumerate() {
                grid.entry(((p.x / cell).floor() as i32, (p.y / cell).floor() as i32)).or_default().push(i as u32);
            }
            let mut moved = false;
            for i in 0..n {
                let p = self.layout.positions[i];
                let (cx, cy) = ((p.x / cell).floor() as i32, (p.y / cell).floor() as i32);
                for dx in -1..=1 {
                    for dy in -1..=1 {
                        let Some(bucket) = grid.get(&(cx + dx, cy + dy)) else { continue };
                        for &j in bucket {
                            let j = j as usize;
                            if j <= i {
                                continue;
                            }
                            let (a, b) = (self.layout.positions[i], self.layout.positions[j]);
                            let (vx, vy) = (b.x - a.x, b.y - a.y);
                            let d = (vx * vx + vy * vy).sqrt();
                            let need = (self.radius[i] + self.radius[j]) * CLEARANCE + CLEARANCE_PAD;
                            // A hair of tolerance: after a shift the pair sits at `need` up to rounding.
                            if d >= need - 1e-3 {
                                continue;
                            }
                            if d < 1e-4 {
                                // Coincident: separate along a direction fixed by the pair.
                                let angle =
                                    (key_hash(&self.keys[i], j as u64) % 360) as f32 * std::f32::consts::PI / 180.0;
                                self.shift(i, j, angle.cos(), angle.sin(), need, only_newcomers);
                            } else {
                                self.shift(i, j, vx / d, vy / d, need - d, only_newcomers);
                            }
                            moved = true;
                        }
                    }
                }
            }
            if !moved {
                break;
            }
        }
    }

    /// Moves i and j apart along (ux, uy) by `overlap`, shared by those allowed to move.
    fn shift(&mut self, i: usize, j: usize, ux: f32, uy: f32, overlap: f32, only_newcomers: bool) {
        let can = |k: usize| !self.pinned[k] && (!only_newcomers || self.newcomer.get(k).copied().unwrap_or(false));
        let (si, sj) = match (can(i), can(j)) {
            (true, true) => (0.5, 0.5),
            (true, false) => (1.0, 0.0),
            (false, true) => (0.0, 1.0),
            (false, false) => return,
        };
        // A little over-relaxation: crowded neighbourhoods settle in far fewer passes.
        let step = overlap * 1.25 + 0.01;
        self.layout.positions[i].x -= ux * step * si;
        self.layout.positions[i].y -= uy * step * si;
        self.layout.positions[j].x += ux * step * sj;
        self.layout.positions[j].y += uy * step * sj;
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

    fn rms_spread(&self) -> f32 {
        let n = self.layout.positions.len().max(1) as f32;
        let (cx, cy) = self.layout.positions.iter().fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
        let (cx, cy) = (cx / n, cy / n);
        (self.layout.positions.iter().map(|p| (p.x - cx).powi(2) + (p.y - cy).powi(2)).sum::<f32>() / n).sqrt()
    }
}

/// Bodies per group of the Barnes–Hut group walk: one interaction list serves them all.
const GROUP_SIZE: u32 = 32;

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
struct Walk<'a> {
    params: &'a ForceParams,
    positions: &'a [Vec2],
    mass: &'a [f32],
    radius: &'a [f32],
    offsets: &'a [u32],
    adjacency: &'a [(u32, f32)],
    gravity: f32,
    tree: &'a QuadTree,
    order: &'a [(u32, u32)],
}

impl Walk<'_> {
    /// Computes forces for `groups` into `out` (Morton order, starting at body `base`),
    /// splitting the work across threads at group boundaries.
    fn run(&self, groups: &[u32], out: &mut [Vec2], base: usize, parallel: bool) {
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
            if p.prevent_overlap {
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
            // Gravity toward the origin.
            let d = pi.length();
            if d > 1e-6 {
                let g = if p.strong_gravity { self.gravity * mi } else { self.gravity * mi / d };
                fx -= pi.x * g;
                fy -= pi.y * g;
            }
            // Attraction along edges (linear, or LinLog), none between overlapping discs.
            for &(j, w) in &self.adjacency[self.offsets[i] as usize..self.offsets[i + 1] as usize] {
                let pj = self.positions[j as usize];
                let dx = pj.x - pi.x;
                let dy = pj.y - pi.y;
                let mut factor = w;
                if p.lin_log || p.prevent_overlap {
                    let d = (dx * dx + dy * dy).sqrt();
                    if d < 1e-6 || (p.prevent_overlap && d < ri + self.radius[j as usize]) {
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
