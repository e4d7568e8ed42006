//! Painting the graph: edges and nodes as one mesh, culled to the canvas, emphasis on the
//! selection and hover, colours and shapes from the shared `style`.

use egui::{Color32, Mesh, Pos2, Rect, pos2, vec2};

use super::frame::FrameState;
use crate::app::state::App;
use crate::graph::EdgeKind;
use crate::scene::{Scene, shape_points};
use crate::style::{self, Rgba};

pub fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3)
}

pub(super) fn faded(c: Rgba, alpha: f32) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, (alpha.clamp(0.0, 1.0) * 255.0) as u8)
}

/// Adds a straight line of `width` pixels as two triangles.
pub(super) fn line(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, c: Color32) {
    let d = b - a;
    let len = d.length();
    if len < 0.5 {
        return;
    }
    let n = vec2(-d.y, d.x) / len * (width * 0.5);
    let i = mesh.vertices.len() as u32;
    mesh.colored_vertex(a + n, c);
    mesh.colored_vertex(a - n, c);
    mesh.colored_vertex(b + n, c);
    mesh.colored_vertex(b - n, c);
    mesh.add_triangle(i, i + 1, i + 2);
    mesh.add_triangle(i + 1, i + 3, i + 2);
}

/// A filled fan around `center` through `points`.
pub(super) fn polygon(mesh: &mut Mesh, center: Pos2, points: impl ExactSizeIterator<Item = (f32, f32)>, c: Color32) {
    let i = mesh.vertices.len() as u32;
    let n = points.len() as u32;
    mesh.colored_vertex(center, c);
    for (x, y) in points {
        mesh.colored_vertex(pos2(x, y), c);
    }
    for k in 0..n {
        mesh.add_triangle(i, i + 1 + k, i + 1 + (k + 1) % n);
    }
}

/// Points of a disc outline, as many as its size needs (no allocation).
pub(super) fn disc_points(cx: f32, cy: f32, r: f32) -> impl ExactSizeIterator<Item = (f32, f32)> {
    let segments = (r * 0.8).clamp(6.0, 28.0) as usize;
    (0..segments).map(move |k| {
        let a = std::f32::consts::TAU * k as f32 / segments as f32;
        (cx + r * a.cos(), cy + r * a.sin())
    })
}

/// Fills a node's shape (the style's polygon, or a disc).
pub(super) fn fill_node(mesh: &mut Mesh, shape: style::Shape, p: Pos2, r: f32, c: Color32) {
    let pts = shape_points(shape, p.x, p.y, r);
    if pts.is_empty() {
        polygon(mesh, p, disc_points(p.x, p.y, r), c)
    } else {
        polygon(mesh, p, pts.iter().copied(), c)
    }
}

/// Most edges drawn one by one per frame; past it a sample stands for the rest.
const EDGE_BUDGET: usize = 60_000;

/// A fixed pseudo-random number in [0, 1) per edge: the same edges stand for the rest in every
/// frame, so the picture does not flicker while panning.
fn sample_unit(k: u32) -> f32 {
    crate::layout::SplitMix64::new(u64::from(k)).next_f32()
}

impl App {
    /// Draws edges then nodes; returns (nodes drawn, edges drawn).
    pub(super) fn paint_graph(&self, painter: &egui::Painter, scene: &Scene, f: &FrameState) -> (usize, usize) {
        let (rect, zoom, dark) = (f.rect, f.view.zoom, f.dark);
        let screen = |p| f.view.to_screen(rect, p);
        let (selected_node, hovered, selected_edge, dim) = (f.selected_node, f.hovered, f.selected_edge, f.dim);
        let (on_screen, emphasised) = (&f.on_screen, &f.emphasised);
        // Edges. Past `EDGE_BUDGET` on screen, a seeded sample stands for the rest with its
        // opacity raised in proportion, so the ink's density (what can be seen of sub-pixel
        // edges) stays while the cost stays bounded; edges that touch the emphasis always draw.
        let visible_rect = rect.expand(4.0);
        // Each node's screen point once per frame, not once per edge end.
        let at: Vec<Pos2> = scene.nodes.iter().map(|n| screen(n.position)).collect();
        let visible: Vec<u32> = (0..scene.edges.len() as u32)
            .filter(|&k| {
                let e = &scene.edges[k as usize];
                visible_rect.intersects(Rect::from_two_pos(at[e.from], at[e.to]))
            })
            .collect();
        let share = (EDGE_BUDGET as f32 / visible.len().max(1) as f32).min(1.0);
        let mut mesh = Mesh::default();
        let node_vertices = if on_screen.len() > 20_000 { 4 } else { 16 };
        mesh.reserve_vertices(
            (visible.len() as f32 * share) as usize * 4 + emphasised.len() * 8 + on_screen.len() * node_vertices,
        );
        let draw_arrows = zoom > 0.4 && scene.edges.len() <= 5000;
        let mut edges_drawn = 0;
        for &k in &visible {
            let e = &scene.edges[k as usize];
            let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
            let (pa, pb) = (at[e.from], at[e.to]);
            let emphasis = emphasised.binary_search(&e.from).is_ok() || emphasised.binary_search(&e.to).is_ok();
            if share < 1.0 && !emphasis && sample_unit(k) >= share {
                continue;
            }
            edges_drawn += 1;
            let touches = selected_node.is_some_and(|s| e.from == s || e.to == s)
                || hovered.is_some_and(|s| e.from == s || e.to == s);
            let is_selected =
                selected_edge.is_some_and(|(x, y)| (x == e.from && y == e.to) || (x == e.to && y == e.from));
            let mut alpha = style::edge_alpha(e.confidence);
            if !emphasis {
                alpha = (alpha / share).min(1.0);
            }
            if dim && !touches && !is_selected {
                alpha *= 0.25;
            }
            let c = faded(style::edge_color(e.kind), alpha);
            let width = if is_selected {
                3.5
            } else if e.kind == EdgeKind::CoOccurrence {
                1.0
            } else {
                1.8
            } * if touches { 1.4 } else { 1.0 };
            let d = pb - pa;
            let len = d.length().max(1e-3);
            let u = d / len;
            let start = pa + u * a.radius * zoom;
            let tip = pb - u * (b.radius * zoom + 1.0);
            // A straight edge is two points; a fanned one, nine along a quadratic curve.
            let mut curve = [Pos2::ZERO; 9];
            let points: &[Pos2] = if e.fan == 0 {
                curve[0] = start;
                curve[1] = tip;
                &curve[..2]
            } else {
                let bend = e.fan as f32 * 18.0;
                let control = pos2((start.x + tip.x) / 2.0 - u.y * bend, (start.y + tip.y) / 2.0 + u.x * bend);
                for (k, point) in curve.iter_mut().enumerate() {
                    let t = k as f32 / 8.0;
                    let s = 1.0 - t;
                    *point = pos2(
                        s * s * start.x + 2.0 * s * t * control.x + t * t * tip.x,
                        s * s * start.y + 2.0 * s * t * control.y + t * t * tip.y,
                    );
                }
                &curve
            };
            for w in points.windows(2) {
                if e.dashed {
                    let seg = w[1] - w[0];
                    let seg_len = seg.length();
                    let mut t = 0.0;
                    while t < seg_len {
                        let t2 = (t + 6.0).min(seg_len);
                        line(&mut mesh, w[0] + seg * (t / seg_len), w[0] + seg * (t2 / seg_len), width, c);
                        t += 10.0;
                    }
                } else {
                    line(&mut mesh, w[0], w[1], width, c);
                }
            }
            if draw_arrows && e.kind.is_directed() && len > (a.radius + b.radius) * zoom + 12.0 {
                let last = points[points.len() - 2];
                let v = (tip - last).normalized();
                let base = tip - v * 9.0;
                let n = vec2(-v.y, v.x) * 4.0;
                polygon(
                    &mut mesh,
                    base,
                    [(tip.x, tip.y), ((base + n).x, (base + n).y), ((base - n).x, (base - n).y)].into_iter(),
                    c,
                );
            }
        }

        // Nodes.
        let outline = if dark { Color32::from_rgb(0x1b, 0x1e, 0x24) } else { Color32::WHITE };
        let highlight = if dark { Color32::from_rgb(0xff, 0xd5, 0x4f) } else { Color32::from_rgb(0x1f, 0x2a, 0x44) };
        for &i in on_screen.iter() {
            let n = &scene.nodes[i];
            let p = at[i];
            let r = (n.radius * zoom).max(2.0);
            let shape = style::node_shape(n.kind);
            let emphasis = selected_node == Some(i) || hovered == Some(i) || f.selected_nodes.contains(&i);
            if r > 3.0 || emphasis {
                let ring = if emphasis { r + 3.0 } else { r + 1.5 };
                fill_node(&mut mesh, shape, p, ring, if emphasis { highlight } else { outline });
            }
            let mut c = color(style::node_color(n.kind));
            // Hidden nodes shown on request are drawn faint.
            if self.graph().node(n.index).is_some_and(|x| x.hidden) {
                c = c.gamma_multiply(0.3);
            }
            if dim && emphasised.binary_search(&i).is_err() {
                c = c.gamma_multiply(0.45);
            }
            if r <= 2.0 && !emphasis {
                // A dot of a pixel or two: its shape cannot be seen, a square costs least.
                mesh.add_colored_rect(Rect::from_center_size(p, vec2(2.0 * r, 2.0 * r)), c);
                continue;
            }
            fill_node(&mut mesh, shape, p, r, c);
            if self.is_pinned(n.index) && r > 4.0 {
                polygon(&mut mesh, p, disc_points(p.x, p.y, 2.0), outline);
            }
        }
        painter.add(egui::Shape::mesh(mesh));
        (on_screen.len(), edges_drawn)
    }
}
