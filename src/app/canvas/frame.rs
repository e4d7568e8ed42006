//! What one canvas frame knows after input, shared by painting and labels.

use egui::Rect;

use super::view::View;

/// The frame's geometry and emphasis.
pub struct FrameState {
    pub rect: Rect,
    pub view: View,
    pub dark: bool,
    /// Scene nodes (indices) on screen, for culling.
    pub on_screen: Vec<usize>,
    pub hovered: Option<usize>,
    pub selected_node: Option<usize>,
    /// Every selected node (Ctrl+click, box), the primary one among them.
    pub selected_nodes: Vec<usize>,
    /// Scene node pair of the selected edge.
    pub selected_edge: Option<(usize, usize)>,
    /// The selection, the hovered node and their neighbours: drawn strong and labelled.
    pub emphasised: Vec<usize>,
    /// Something is selected or hovered, so the rest fades.
    pub dim: bool,
}
