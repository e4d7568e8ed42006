//! The graph canvas: own painter code over the shared `Scene` — pan, zoom around the cursor,
//! fit, drag to pin, click to select, double-click to focus; edges and nodes drawn as one mesh
//! with culling and labels by level of detail.

use std::collections::HashMap;

use egui::{Color32, Mesh, Pos2, Rect, Sense, Shape, Stroke, pos2, vec2};
use petgraph::stable_graph::NodeIndex;

use super::{App, Command, Selection};
use crate::graph::EdgeKind;
use crate::layout::Vec2;
use crate::scene::{Scene, place_labels_in_order, shape_points};
use crate::style::{self, Rgba};

/// Where the canvas looks: the layout point at the centre, and pixels per layout unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub center: Vec2,
    pub zoom: f32,
}

impl Default for View {
    fn default() -> Self {
        View { center: Vec2::ZERO, zoom: 1.0 }
    }
}

impl View {
    pub fn to_screen(&self, rect: Rect, p: Vec2) -> Pos2 {
        pos2(rect.center().x + (p.x - self.center.x) * self.zoom, rect.center().y + (p.y - self.center.y) * self.zoom)
    }

    pub fn to_layout(&self, rect: Rect, p: Pos2) -> Vec2 {
        Vec2::new(
            self.center.x + (p.x - rect.center().x) / self.zoom,
            self.center.y + (p.y - rect.center().y) / self.zoom,
        )
    }
}

/// What the canvas keeps between frames: the scene (rebuilt only when the graph, filters or
/// focus change) and reusable buffers.
#[derive(Default)]
pub struct CanvasCache {
    scene: Option<Scene>,
    order: Vec<usize>,
    slot_of: HashMap<NodeIndex, usize>,
    positions_stale: bool,
    pub last_frame_nodes_drawn: usize,
    pub last_frame_edges_drawn: usize,
    pub last_rect: Option<Rect>,
}

impl CanvasCache {
    pub fn invalidate(&mut self) {
        self.scene = None;
    }

    pub fn positions_changed(&mut self) {
        self.positions_stale = true;
    }
}

pub fn color(c: Rgba) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, c.3)
}

fn faded(c: Rgba, alpha: f32) -> Color32 {
    Color32::from_rgba_unmultiplied(c.0, c.1, c.2, (alpha.clamp(0.0, 1.0) * 255.0) as u8)
}

/// Adds a straight line of `width` pixels as two triangles.
fn line(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, c: Color32) {
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

fn polygon(mesh: &mut Mesh, center: Pos2, points: &[(f32, f32)], c: Color32) {
    let i = mesh.vertices.len() as u32;
    mesh.colored_vertex(center, c);
    for &(x, y) in points {
        mesh.colored_vertex(pos2(x, y), c);
    }
    let n = points.len() as u32;
    for k in 0..n {
        mesh.add_triangle(i, i + 1 + k, i + 1 + (k + 1) % n);
    }
}

fn disc_points(cx: f32, cy: f32, r: f32) -> Vec<(f32, f32)> {
    let segments = (r * 0.8).clamp(6.0, 28.0) as usize;
    (0..segments)
        .map(|k| {
            let a = std::f32::consts::TAU * k as f32 / segments as f32;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

fn node_outline(shape: style::Shape, x: f32, y: f32, r: f32) -> Vec<(f32, f32)> {
    let pts = shape_points(shape, x, y, r);
    if pts.is_empty() { disc_points(x, y, r) } else { pts }
}

impl App {
    fn ensure_scene(&mut self) {
        if self.canvas.scene.is_some() && !self.canvas.positions_stale {
            return;
        }
        if self.canvas.scene.is_none() {
            let visible = self.visible_nodes().clone();
            let positions: HashMap<NodeIndex, Vec2> =
                visible.iter().filter_map(|&n| Some((n, self.position(n)?))).collect();
            let scene = Scene::build(&self.graph, &positions, |n| visible.contains(&n), |e| self.edge_visible(e));
            self.canvas.order = scene.importance_order();
            self.canvas.slot_of = scene.nodes.iter().enumerate().map(|(i, n)| (n.index, i)).collect();
            self.canvas.scene = Some(scene);
        } else if let Some(mut scene) = self.canvas.scene.take() {
            for n in &mut scene.nodes {
                if let Some(p) = self.position(n.index) {
                    n.position = p;
                }
            }
            self.canvas.scene = Some(scene);
        }
        self.canvas.positions_stale = false;
    }

    fn fit(&mut self, rect: Rect) {
        if let Some((lo, hi)) = self.canvas.scene.as_ref().and_then(Scene::bounds) {
            let (w, h) = ((hi.x - lo.x).max(1.0), (hi.y - lo.y).max(1.0));
            let zoom = ((rect.width() - 60.0).max(50.0) / w).min((rect.height() - 60.0).max(50.0) / h).clamp(0.02, 4.0);
            self.view = View { center: Vec2::new((lo.x + hi.x) / 2.0, (lo.y + hi.y) / 2.0), zoom };
        }
    }

    /// The canvas panel.
    pub fn canvas_ui(&mut self, ui: &mut egui::Ui) {
        self.ensure_scene();
        let (rect, background) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        self.canvas.last_rect = Some(rect);
        if self.fit_pending && rect.width() > 10.0 {
            self.fit(rect);
            self.fit_pending = false;
        }
        let dark = ui.visuals().dark_mode;
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, if dark { Color32::from_rgb(0x1b, 0x1e, 0x24) } else { Color32::WHITE });
        let Some(scene) = self.canvas.scene.take() else { return };
        if scene.nodes.is_empty() {
            let text = if self.import.is_some() {
                "Loading articles…"
            } else {
                "Open articles with File > Open (Ctrl+O) or drop files here."
            };
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                text,
                egui::FontId::proportional(16.0),
                ui.visuals().weak_text_color(),
            );
            self.canvas.scene = Some(scene);
            return;
        }

        // Pan and zoom.
        if background.dragged() {
            let d = background.drag_delta();
            self.view.center.x -= d.x / self.view.zoom;
            self.view.center.y -= d.y / self.view.zoom;
        }
        if background.double_clicked() {
            self.execute(Command::FitView);
        }
        if let Some(pointer) = ui.input(|i| i.pointer.hover_pos()).filter(|p| rect.contains(*p)) {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch * (scroll / 300.0).exp();
            if (factor - 1.0).abs() > 1e-4 {
                let before = self.view.to_layout(rect, pointer);
                self.view.zoom = (self.view.zoom * factor).clamp(0.01, 20.0);
                let after = self.view.to_layout(rect, pointer);
                self.view.center.x += before.x - after.x;
                self.view.center.y += before.y - after.y;
            }
        }
        let view = self.view;
        let zoom = view.zoom;
        let screen = |p: Vec2| view.to_screen(rect, p);

        // Node interaction: on-screen nodes are widgets (hover, click, drag, menu, accessibility).
        let selected_node = match self.selection {
            Some(Selection::Node(n)) => self.canvas.slot_of.get(&n).copied(),
            _ => None,
        };
        let mut hovered: Option<usize> = None;
        let mut commands = Vec::new();
        let on_screen: Vec<usize> =
            (0..scene.nodes.len()).filter(|&i| rect.expand(20.0).contains(screen(scene.nodes[i].position))).collect();
        let interactive = on_screen.len() <= 1500;
        if interactive {
            // Most important last, so it wins where nodes overlap.
            let mut by_importance = on_screen.clone();
            by_importance.sort_by(|&a, &b| scene.nodes[a].importance.total_cmp(&scene.nodes[b].importance));
            for &i in &by_importance {
                let n = &scene.nodes[i];
                let p = screen(n.position);
                let r = (n.radius * zoom).max(4.0);
                let response = ui
                    .interact(
                        Rect::from_center_size(p, vec2(2.0 * r, 2.0 * r)),
                        ui.scope_id().with(("node", n.index)),
                        Sense::click_and_drag(),
                    )
                    .on_hover_text_at_pointer(format!(
                        "{} · {} · {} mentions",
                        n.label,
                        style::kind_label(n.kind),
                        self.graph.node(n.index).map_or(0, |x| x.mentions.len())
                    ));
                let label = n.label.clone();
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if response.hovered() {
                    hovered = Some(i);
                }
                if response.clicked() {
                    commands.push(Command::Select(Selection::Node(n.index)));
                }
                if response.double_clicked() {
                    commands.push(Command::Focus(n.index));
                }
                if response.dragged()
                    && let Some(pointer) = response.interact_pointer_pos()
                {
                    let at = view.to_layout(rect, pointer);
                    self.pin(n.index, at);
                }
                let index = n.index;
                let pinned = self.is_pinned(index);
                response.context_menu(|ui| {
                    if ui.button("Select").clicked() {
                        commands.push(Command::Select(Selection::Node(index)));
                    }
                    if ui.button("Focus on neighbourhood").clicked() {
                        commands.push(Command::Focus(index));
                    }
                    if pinned && ui.button("Unpin").clicked() {
                        commands.push(Command::Unpin(index));
                    }
                });
            }
        } else if let Some(pointer) = background.hover_pos() {
            hovered = on_screen.iter().copied().find(|&i| {
                let n = &scene.nodes[i];
                screen(n.position).distance(pointer) <= (n.radius * zoom).max(3.0)
            });
            if background.clicked()
                && let Some(i) = hovered
            {
                commands.push(Command::Select(Selection::Node(scene.nodes[i].index)));
            }
        }
        // A click on empty canvas near an edge selects the edge.
        if background.clicked()
            && hovered.is_none()
            && let Some(pointer) = background.interact_pointer_pos()
            && let Some(edge) = self.edge_near(&scene, screen, pointer)
        {
            commands.push(Command::Select(Selection::Edge(edge)));
        }

        // Neighbours of the selection and the hovered node are emphasised and labelled.
        let mut emphasised: Vec<usize> = selected_node.into_iter().chain(hovered).collect();
        for e in &scene.edges {
            for &s in selected_node.iter().chain(hovered.iter()) {
                if e.from == s {
                    emphasised.push(e.to);
                } else if e.to == s {
                    emphasised.push(e.from);
                }
            }
        }
        emphasised.sort_unstable();
        emphasised.dedup();
        let selected_edge = match self.selection {
            Some(Selection::Edge(e)) => self
                .graph
                .edge_endpoints(e)
                .and_then(|(a, b)| Some((*self.canvas.slot_of.get(&a)?, *self.canvas.slot_of.get(&b)?))),
            _ => None,
        };

        // Edges.
        let mut mesh = Mesh::default();
        mesh.reserve_vertices(scene.edges.len() * 4 + scene.nodes.len() * 16);
        let dim = selected_node.is_some() || hovered.is_some();
        let draw_arrows = zoom > 0.4 && scene.edges.len() <= 5000;
        let visible_rect = rect.expand(4.0);
        let mut edges_drawn = 0;
        for e in &scene.edges {
            let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
            let (pa, pb) = (screen(a.position), screen(b.position));
            if !visible_rect.intersects(Rect::from_two_pos(pa, pb)) {
                continue;
            }
            edges_drawn += 1;
            let touches = selected_node.is_some_and(|s| e.from == s || e.to == s)
                || hovered.is_some_and(|s| e.from == s || e.to == s);
            let is_selected =
                selected_edge.is_some_and(|(x, y)| (x == e.from && y == e.to) || (x == e.to && y == e.from));
            let mut alpha = style::edge_alpha(e.confidence);
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
            let points: Vec<Pos2> = if e.fan == 0 {
                vec![start, tip]
            } else {
                let bend = e.fan as f32 * 18.0;
                let control = pos2((start.x + tip.x) / 2.0 - u.y * bend, (start.y + tip.y) / 2.0 + u.x * bend);
                (0..=8)
                    .map(|k| {
                        let t = k as f32 / 8.0;
                        let s = 1.0 - t;
                        pos2(
                            s * s * start.x + 2.0 * s * t * control.x + t * t * tip.x,
                            s * s * start.y + 2.0 * s * t * control.y + t * t * tip.y,
                        )
                    })
                    .collect()
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
                    &[(tip.x, tip.y), ((base + n).x, (base + n).y), ((base - n).x, (base - n).y)],
                    c,
                );
            }
        }

        // Nodes.
        let outline = if dark { Color32::from_rgb(0x1b, 0x1e, 0x24) } else { Color32::WHITE };
        let highlight = if dark { Color32::from_rgb(0xff, 0xd5, 0x4f) } else { Color32::from_rgb(0x1f, 0x2a, 0x44) };
        for &i in &on_screen {
            let n = &scene.nodes[i];
            let p = screen(n.position);
            let r = (n.radius * zoom).max(2.0);
            let shape = style::node_shape(n.kind);
            let emphasis = selected_node == Some(i) || hovered == Some(i);
            if r > 3.0 || emphasis {
                let ring = if emphasis { r + 3.0 } else { r + 1.5 };
                polygon(&mut mesh, p, &node_outline(shape, p.x, p.y, ring), if emphasis { highlight } else { outline });
            }
            let mut c = color(style::node_color(n.kind));
            if dim && !emphasised.contains(&i) {
                c = c.gamma_multiply(0.45);
            }
            polygon(&mut mesh, p, &node_outline(shape, p.x, p.y, r), c);
            if self.is_pinned(n.index) && r > 4.0 {
                polygon(&mut mesh, p, &disc_points(p.x, p.y, 2.0), outline);
            }
        }
        painter.add(Shape::mesh(mesh));
        self.canvas.last_frame_nodes_drawn = on_screen.len();
        self.canvas.last_frame_edges_drawn = edges_drawn;

        // Labels: selection, hover and their neighbours always; the rest by importance.
        let font = 13.0;
        let budget = ((rect.area() / 9000.0) as usize).clamp(10, 250);
        let placements = place_labels_in_order(
            &scene,
            &self.canvas.order,
            |p| {
                let s = screen(p);
                (s.x, s.y)
            },
            zoom,
            font,
            &emphasised,
            budget,
            scene.nodes.len() <= 1500,
        );
        let text_color = if dark { Color32::from_rgb(0xe6, 0xe8, 0xeb) } else { Color32::from_rgb(0x20, 0x24, 0x2a) };
        for l in placements {
            let n = &scene.nodes[l.node];
            if !rect.contains(screen(n.position)) {
                continue;
            }
            let galley = painter.layout_no_wrap(n.label.clone(), egui::FontId::proportional(font), text_color);
            // A label whose spot falls past the canvas edge slides back inside (a node at the top
            // keeps its name).
            let size = galley.size();
            let at = pos2(
                (l.x - size.x / 2.0).clamp(rect.left() + 2.0, (rect.right() - size.x - 2.0).max(rect.left() + 2.0)),
                l.top.clamp(rect.top() + 2.0, (rect.bottom() - size.y - 2.0).max(rect.top() + 2.0)),
            );
            let bg = if dark { Color32::from_black_alpha(150) } else { Color32::from_white_alpha(190) };
            painter.rect_filled(Rect::from_min_size(at, galley.size()).expand(1.0), 2.0, bg);
            painter.galley(at, galley, text_color);
        }
        if let Some((center, hops)) = self.focus {
            let name = self.graph.node(center).map_or_else(String::new, |n| n.label.clone());
            painter.text(
                rect.left_top() + vec2(8.0, 8.0),
                egui::Align2::LEFT_TOP,
                format!("Focus: {name} ({hops} hop{}) — Esc to leave", if hops == 1 { "" } else { "s" }),
                egui::FontId::proportional(13.0),
                text_color,
            );
        }
        painter.rect_stroke(
            rect,
            0.0,
            Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
            egui::StrokeKind::Inside,
        );
        self.canvas.scene = Some(scene);
        for c in commands {
            self.execute(c);
        }
    }

    /// The visible edge within 6 pixels of `pointer`, if any.
    fn edge_near(
        &self,
        scene: &Scene,
        screen: impl Fn(Vec2) -> Pos2,
        pointer: Pos2,
    ) -> Option<petgraph::stable_graph::EdgeIndex> {
        let mut best: Option<(f32, usize)> = None;
        for (k, e) in scene.edges.iter().enumerate() {
            let (a, b) = (screen(scene.nodes[e.from].position), screen(scene.nodes[e.to].position));
            let ab = b - a;
            let t = ((pointer - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
            let d = (a + ab * t).distance(pointer);
            if d < 6.0 && best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, k));
            }
        }
        let (_, k) = best?;
        let e = &scene.edges[k];
        let (a, b) = (scene.nodes[e.from].index, scene.nodes[e.to].index);
        self.graph.edges_between(a, b).into_iter().find(|(_, edge)| edge.kind == e.kind).map(|(i, _)| i)
    }
}
