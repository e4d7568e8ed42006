//! Canvas labels by level of detail: the selection, hover and their neighbours always, the rest
//! by importance within a budget; the focus banner.

use egui::{Color32, Rect, pos2, vec2};

use super::frame::FrameState;
use crate::app::state::App;
use crate::scene::{Scene, place_labels_in_order};

impl App {
    pub(super) fn paint_labels(&self, painter: &egui::Painter, scene: &Scene, f: &FrameState) {
        let (rect, zoom, dark) = (f.rect, f.view.zoom, f.dark);
        let screen = |p| f.view.to_screen(rect, p);
        let emphasised = &f.emphasised;
        // Labels: selection, hover and their neighbours always; the rest by importance.
        let font = 13.0;
        let budget = ((rect.area() / 9000.0) as usize).clamp(10, 250);
        let placements = place_labels_in_order(
            scene,
            &self.canvas.order,
            |p| {
                let s = screen(p);
                (s.x, s.y)
            },
            zoom,
            font,
            emphasised,
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
            if let Some((ex, ey)) = l.leader {
                // A label moved out of a crowd is tied to its node.
                let centre = screen(n.position);
                let end = pos2(ex, ey);
                let dir = (end - centre).normalized();
                let start = centre + dir * n.radius * zoom;
                painter.line_segment([start, end], egui::Stroke::new(0.9, text_color.gamma_multiply(0.5)));
            }
            let bg = if dark { Color32::from_black_alpha(150) } else { Color32::from_white_alpha(190) };
            painter.rect_filled(Rect::from_min_size(at, galley.size()).expand(1.0), 2.0, bg);
            painter.galley(at, galley, text_color);
        }
        if let Some((center, hops)) = self.focus {
            let name = self.curation.graph().node(center).map_or_else(String::new, |n| n.label.clone());
            painter.text(
                rect.left_top() + vec2(8.0, 8.0),
                egui::Align2::LEFT_TOP,
                format!("Focus: {name} ({hops} hop{}) — Esc to leave", if hops == 1 { "" } else { "s" }),
                egui::FontId::proportional(13.0),
                text_color,
            );
        }
    }
}
