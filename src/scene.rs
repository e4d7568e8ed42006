//! What to draw: nodes and edges with positions and style, shared by the screen and the image
//! export so the two agree. Built from the graph, a layout and a visibility filter.

use std::collections::HashMap;

use petgraph::stable_graph::NodeIndex;

use crate::graph::{EdgeKind, KnowledgeGraph, Modality, NodeKind};
use crate::layout::Vec2;
use crate::style;

#[derive(Debug, Clone)]
pub struct SceneNode {
    pub index: NodeIndex,
    pub position: Vec2,
    pub radius: f32,
    pub kind: NodeKind,
    pub label: String,
    /// Mentions + degree: decides size and which labels show first.
    pub importance: f32,
    pub modality: Option<Modality>,
    pub event_type: Option<String>,
}

#[derive(Debug, Clone)]
pub struct SceneEdge {
    /// Indices into `Scene::nodes`.
    pub from: usize,
    pub to: usize,
    pub kind: EdgeKind,
    pub confidence: f32,
    pub dashed: bool,
    /// Offset for parallel edges between the same pair: 0 for the first, then ±1, ±2…
    pub fan: i32,
}

#[derive(Debug, Clone, Default)]
pub struct Scene {
    pub nodes: Vec<SceneNode>,
    pub edges: Vec<SceneEdge>,
}

impl Scene {
    /// Builds the scene for the nodes that `visible` accepts, at `positions` (by node index).
    pub fn build(
        graph: &KnowledgeGraph,
        positions: &HashMap<NodeIndex, Vec2>,
        visible_node: impl Fn(NodeIndex) -> bool,
        visible_edge: impl Fn(&crate::graph::Edge) -> bool,
    ) -> Scene {
        let mut scene = Scene::default();
        let mut slot = HashMap::new();
        for (index, node) in graph.nodes() {
            let Some(&position) = positions.get(&index) else { continue };
            if !visible_node(index) {
                continue;
            }
            slot.insert(index, scene.nodes.len());
            scene.nodes.push(SceneNode {
                index,
                position,
                radius: style::radius_of(graph, index),
                kind: node.kind,
                label: node.label.clone(),
                importance: (node.mentions.len() + graph.degree(index)) as f32,
                modality: node.event.as_ref().map(|e| e.modality),
                event_type: node.event.as_ref().map(|e| e.event_type.clone()),
            });
        }
        let mut pair_count: HashMap<(usize, usize), i32> = HashMap::new();
        for (_, s, t, e) in graph.edges() {
            let (Some(&from), Some(&to)) = (slot.get(&s), slot.get(&t)) else { continue };
            if !visible_edge(e) {
                continue;
            }
            let key = (from.min(to), from.max(to));
            let n = pair_count.entry(key).or_default();
            let fan = if *n == 0 {
                0
            } else if *n % 2 == 1 {
                (*n + 1) / 2
            } else {
                -(*n / 2)
            };
            *n += 1;
            let dashed = style::is_dashed(scene.nodes[from].modality) || style::is_dashed(scene.nodes[to].modality);
            scene.edges.push(SceneEdge { from, to, kind: e.kind, confidence: e.confidence, dashed, fan });
        }
        scene
    }

    /// Bounding box of the nodes including their discs.
    pub fn bounds(&self) -> Option<(Vec2, Vec2)> {
        let first = self.nodes.first()?;
        let mut lo = Vec2::new(first.position.x - first.radius, first.position.y - first.radius);
        let mut hi = Vec2::new(first.position.x + first.radius, first.position.y + first.radius);
        for n in &self.nodes {
            lo.x = lo.x.min(n.position.x - n.radius);
            lo.y = lo.y.min(n.position.y - n.radius);
            hi.x = hi.x.max(n.position.x + n.radius);
            hi.y = hi.y.max(n.position.y + n.radius);
        }
        Some((lo, hi))
    }

    /// Node indices, most important first (ties by position).
    pub fn importance_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.nodes.len()).collect();
        order.sort_by(|&a, &b| self.nodes[b].importance.total_cmp(&self.nodes[a].importance).then(a.cmp(&b)));
        order
    }

    /// Kinds present, in legend order.
    pub fn kinds(&self) -> Vec<NodeKind> {
        NodeKind::ALL.into_iter().filter(|k| self.nodes.iter().any(|n| n.kind == *k)).collect()
    }

    /// Event types present, sorted.
    pub fn event_types(&self) -> Vec<String> {
        let mut types: Vec<String> = self.nodes.iter().filter_map(|n| n.event_type.clone()).collect();
        types.sort();
        types.dedup();
        types
    }
}

/// Where a label goes: centre of its box and the top of the box, in output pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelPlacement {
    pub node: usize,
    pub x: f32,
    pub top: f32,
    /// The label sits away from its node: draw a thin line from the node's edge to this point
    /// (the middle of the label box's nearest side).
    pub leader: Option<(f32, f32)>,
}

/// How many of the most important nodes are always labelled, in a scene of `nodes`.
pub fn top_tier(nodes: usize) -> usize {
    (nodes / 50).clamp(10, 40).min(nodes)
}

/// Chooses which labels to draw, most important first, never overlapping each other: below the
/// node, else above, right or left. The top tier (`top_tier`) may lie over other nodes (drawn
/// with a halo) and, when crowded, further out with a leader line; it is never dropped. The rest
/// also keep clear of other nodes' discs and are dropped when nothing fits. `screen` maps a
/// layout point to output pixels and `scale` layout units to pixels; `must` are always labelled
/// (selection, hover).
pub fn place_labels(
    scene: &Scene,
    screen: impl Fn(Vec2) -> (f32, f32),
    scale: f32,
    font_px: f32,
    must: &[usize],
    max_labels: usize,
) -> Vec<LabelPlacement> {
    let order = scene.importance_order();
    place_labels_in_order(scene, &order, screen, scale, font_px, must, max_labels, scene.nodes.len() <= 3000)
}

/// `place_labels` with a precomputed importance order; `avoid_discs` costs O(nodes) per label.
#[allow(clippy::too_many_arguments)]
pub fn place_labels_in_order(
    scene: &Scene,
    order: &[usize],
    screen: impl Fn(Vec2) -> (f32, f32),
    scale: f32,
    font_px: f32,
    must: &[usize],
    max_labels: usize,
    avoid_discs: bool,
) -> Vec<LabelPlacement> {
    let disc_of = |i: usize| -> (f32, f32, f32) {
        let n = &scene.nodes[i];
        let (x, y) = screen(n.position);
        (x, y, n.radius * scale)
    };
    // Discs as obstacles: (cx, cy, r) in pixels.
    let discs: Vec<(f32, f32, f32)> =
        if avoid_discs { (0..scene.nodes.len()).map(disc_of).collect() } else { Vec::new() };
    let mut chosen: Vec<LabelPlacement> = Vec::new();
    let mut boxes: Vec<(f32, f32, f32, f32)> = Vec::new();
    let free = |b: (f32, f32, f32, f32), own: usize, boxes: &[(f32, f32, f32, f32)]| {
        boxes.iter().all(|o| b.2 < o.0 || b.0 > o.2 || b.3 < o.1 || b.1 > o.3)
            && discs.iter().enumerate().all(|(j, &(cx, cy, r))| {
                if j == own {
                    return true;
                }
                let nx = cx.clamp(b.0, b.2);
                let ny = cy.clamp(b.1, b.3);
                (nx - cx).powi(2) + (ny - cy).powi(2) > r * r
            })
    };
    let labels_clear = |b: (f32, f32, f32, f32), boxes: &[(f32, f32, f32, f32)]| {
        boxes.iter().all(|o| b.2 < o.0 || b.0 > o.2 || b.3 < o.1 || b.1 > o.3)
    };
    // `top`: may cover discs and move out with a leader; `force`: placed below even if crowded.
    let mut place = |i: usize, top: bool, force: bool, chosen: &mut Vec<LabelPlacement>| {
        let n = &scene.nodes[i];
        let (x, y, r) = disc_of(i);
        let w = n.label.chars().count() as f32 * font_px * 0.56 + 4.0;
        let h = font_px * 1.3;
        let gap = 2.0;
        let mut candidates = vec![
            (x, y + r + gap, None),                     // below
            (x, y - r - gap - h, None),                 // above
            (x + r + gap + w / 2.0, y - h / 2.0, None), // right
            (x - r - gap - w / 2.0, y - h / 2.0, None), // left
        ];
        if top {
            // Further out, in eight directions, tied to the node by a leader line.
            for step in 1..=3 {
                let reach = r + gap + step as f32 * 1.6 * h;
                for k in 0..8 {
                    let angle = std::f32::consts::FRAC_PI_4 * k as f32 + std::f32::consts::FRAC_PI_2;
                    let (ux, uy) = (angle.cos(), angle.sin());
                    let (cx, cy) = (x + ux * (reach + w / 2.0 * ux.abs()), y + uy * (reach + h / 2.0 * uy.abs()));
                    candidates.push((cx, cy - h / 2.0, Some(box_edge_towards((cx, cy), (w, h), (x, y)))));
                }
            }
        }
        // The top tier first looks for a spot clear of discs too, then settles for one clear of labels.
        let passes: &[bool] = if top { &[true, false] } else { &[true] };
        for &avoid in passes {
            for &(cx, top_y, leader) in &candidates {
                let b = (cx - w / 2.0, top_y, cx + w / 2.0, top_y + h);
                let fits = if avoid { free(b, i, &boxes) } else { labels_clear(b, &boxes) };
                if fits {
                    boxes.push(b);
                    chosen.push(LabelPlacement { node: i, x: cx, top: top_y, leader });
                    return;
                }
            }
        }
        if force || top {
            let (cx, top_y, _) = candidates[0];
            boxes.push((cx - w / 2.0, top_y, cx + w / 2.0, top_y + h));
            chosen.push(LabelPlacement { node: i, x: cx, top: top_y, leader: None });
        }
    };
    for &i in must {
        if i < scene.nodes.len() {
            place(i, true, true, &mut chosen);
        }
    }
    // A small graph names every node, even if a label must sit awkwardly.
    let force_all = scene.nodes.len() <= 40;
    let tier = top_tier(order.len());
    for (rank, &i) in order.iter().enumerate() {
        // Past the top tier, stop when the budget is spent or after enough tries: in a crowd of
        // 100,000 nodes most would fail anyway, and each try costs a pass over the boxes.
        if rank >= tier && (chosen.len() >= max_labels || rank >= tier + 8 * max_labels) {
            break;
        }
        if !must.contains(&i) {
            place(i, rank < tier, force_all, &mut chosen);
        }
    }
    chosen
}

/// Where the segment from a box's centre toward `target` leaves the box (`size` = width, height).
fn box_edge_towards(centre: (f32, f32), size: (f32, f32), target: (f32, f32)) -> (f32, f32) {
    let (dx, dy) = (target.0 - centre.0, target.1 - centre.1);
    let tx = if dx.abs() > 1e-6 { size.0 / 2.0 / dx.abs() } else { f32::INFINITY };
    let ty = if dy.abs() > 1e-6 { size.1 / 2.0 / dy.abs() } else { f32::INFINITY };
    let t = tx.min(ty).min(1.0);
    (centre.0 + dx * t, centre.1 + dy * t)
}

/// The corners of a node's outline polygon, held inline (painting 100,000 nodes allocates
/// nothing); empty for a circle. Reads as a slice.
#[derive(Debug, Clone, Copy)]
pub struct ShapePoints {
    points: [(f32, f32); 6],
    len: usize,
}

impl std::ops::Deref for ShapePoints {
    type Target = [(f32, f32)];

    fn deref(&self) -> &[(f32, f32)] {
        &self.points[..self.len]
    }
}

/// Points of a node's outline shape (polygon kinds), centred at (cx, cy) with radius r.
pub fn shape_points(shape: style::Shape, cx: f32, cy: f32, r: f32) -> ShapePoints {
    use std::f32::consts::{FRAC_PI_2, FRAC_PI_6, TAU};
    let mut out = ShapePoints { points: [(0.0, 0.0); 6], len: 0 };
    let mut polygon = |n: usize, start: f32, rr: f32| {
        for k in 0..n {
            let a = start + TAU * k as f32 / n as f32;
            out.points[k] = (cx + rr * a.cos(), cy + rr * a.sin());
        }
        out.len = n;
    };
    match shape {
        style::Shape::Circle => {}
        style::Shape::Square => {
            let h = r * 0.88;
            out.points[..4].copy_from_slice(&[(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h)]);
            out.len = 4;
        }
        style::Shape::Diamond => polygon(4, -FRAC_PI_2, r * 1.15),
        style::Shape::Triangle => polygon(3, -FRAC_PI_2, r * 1.2),
        style::Shape::Hexagon => polygon(6, FRAC_PI_6, r * 1.05),
    }
    out
}
