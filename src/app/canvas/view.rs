//! The canvas's view transform (layout units ↔ screen pixels) and what it keeps between frames.

use std::collections::HashMap;

use egui::{Pos2, Rect, pos2};
use petgraph::stable_graph::NodeIndex;

use crate::layout::Vec2;
use crate::scene::Scene;

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
    pub(super) scene: Option<Scene>,
    pub(super) order: Vec<usize>,
    pub(super) slot_of: HashMap<NodeIndex, usize>,
    /// Layout slot of each scene node, so a moving layout updates the scene without lookups.
    pub(super) layout_slots: Vec<Option<usize>>,
    pub(super) positions_stale: bool,
    pub last_frame_nodes_drawn: usize,
    pub last_frame_edges_drawn: usize,
    pub last_rect: Option<Rect>,
    /// A node is being dragged: the layout holds still so the drop target stays put.
    pub(crate) dragging_node: bool,
    /// Where a Shift+drag box selection started (screen coordinates).
    pub(super) box_start: Option<egui::Pos2>,
}

impl CanvasCache {
    pub fn invalidate(&mut self) {
        self.scene = None;
    }

    pub fn positions_changed(&mut self) {
        self.positions_stale = true;
    }
}
