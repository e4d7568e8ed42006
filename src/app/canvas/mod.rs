//! The graph canvas: own painter code over the shared `Scene`, in rooms — the view transform
//! ([`view`]), input ([`interaction`]: pan, zoom, fit, drag to pin, click, focus), painting
//! ([`paint`]: one culled mesh) and labels by level of detail ([`labels`]).

mod frame;
mod interaction;
mod labels;
mod paint;
pub mod view;

use std::collections::HashMap;

use egui::{Color32, Sense, Stroke};
use petgraph::stable_graph::NodeIndex;

pub use paint::color;
pub use view::View;

use crate::app::command::Selection;
use crate::app::state::App;
use crate::layout::Vec2;
use crate::scene::Scene;

impl App {
    /// Builds the scene when the graph, filters or focus changed; else moves its nodes.
    fn ensure_scene(&mut self) {
        if self.canvas.scene.is_some() && !self.canvas.positions_stale {
            return;
        }
        if self.canvas.scene.is_none() {
            let visible = self.visible_nodes().clone();
            let positions: HashMap<NodeIndex, Vec2> =
                visible.iter().filter_map(|&n| Some((n, self.position(n)?))).collect();
            let scene =
                Scene::build(self.curation.graph(), &positions, |n| visible.contains(&n), |e| self.edge_visible(e));
            self.canvas.order = scene.importance_order();
            self.canvas.slot_of = scene.nodes.iter().enumerate().map(|(i, n)| (n.index, i)).collect();
            self.canvas.layout_slots = scene.nodes.iter().map(|n| self.layout_slot(n.index)).collect();
            self.canvas.scene = Some(scene);
        } else if let Some(mut scene) = self.canvas.scene.take() {
            for (n, slot) in scene.nodes.iter_mut().zip(&self.canvas.layout_slots) {
                if let Some(p) = slot.and_then(|slot| self.position_of_slot(slot)) {
                    n.position = p;
                }
            }
            self.canvas.scene = Some(scene);
        }
        self.canvas.positions_stale = false;
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
        self.pan_zoom_ui(ui, &scene, rect, &background);
        let selected_node = match self.selection {
            Some(Selection::Node(n)) => self.canvas.slot_of.get(&n).copied(),
            _ => None,
        };
        let mut commands = Vec::new();
        let (on_screen, hovered) = self.nodes_interaction_ui(ui, &scene, rect, &background, &mut commands);
        let frame = self.frame_state(&scene, rect, dark, on_screen, hovered, selected_node);
        let (nodes_drawn, edges_drawn) = self.paint_graph(&painter, &scene, &frame);
        self.canvas.last_frame_nodes_drawn = nodes_drawn;
        self.canvas.last_frame_edges_drawn = edges_drawn;
        self.paint_labels(&painter, &scene, &frame);
        if let (Some(start), Some(end)) = (self.canvas.box_start, ui.input(|i| i.pointer.latest_pos())) {
            let stroke = Stroke::new(1.0, ui.visuals().selection.stroke.color);
            painter.rect_stroke(egui::Rect::from_two_pos(start, end), 0.0, stroke, egui::StrokeKind::Inside);
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

    /// Emphasis for this frame: the selection, the hovered node and their neighbours.
    fn frame_state(
        &self,
        scene: &Scene,
        rect: egui::Rect,
        dark: bool,
        on_screen: Vec<usize>,
        hovered: Option<usize>,
        selected_node: Option<usize>,
    ) -> frame::FrameState {
        let selected_nodes: Vec<usize> =
            self.selected.iter().filter_map(|n| self.canvas.slot_of.get(n).copied()).collect();
        let mut emphasised: Vec<usize> =
            selected_node.into_iter().chain(hovered).chain(selected_nodes.iter().copied()).collect();
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
                .curation
                .graph()
                .edge_endpoints(e)
                .and_then(|(a, b)| Some((*self.canvas.slot_of.get(&a)?, *self.canvas.slot_of.get(&b)?))),
            _ => None,
        };
        frame::FrameState {
            rect,
            view: self.view,
            dark,
            on_screen,
            hovered,
            selected_node,
            selected_nodes,
            selected_edge,
            emphasised,
            dim: selected_node.is_some() || hovered.is_some(),
        }
    }
}
