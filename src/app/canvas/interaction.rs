//! Canvas input: pan, zoom around the cursor, fit, Shift+drag a selection box; nodes as widgets
//! (hover, click, Ctrl/Shift+click to select several, double-click to focus, drag to pin, drop
//! onto another node to merge, context menu, accessibility); clicking near an edge selects it.

use egui::{Pos2, Rect, Response, Sense, vec2};

use crate::app::command::{Command, Selection};
use crate::app::state::App;
use crate::layout::Vec2;
use crate::scene::Scene;
use crate::style;

use super::view::View;

impl App {
    /// Fits the view to the scene's bounds.
    pub(super) fn fit(&mut self, rect: Rect) {
        if let Some((lo, hi)) = self.canvas.scene.as_ref().and_then(Scene::bounds) {
            let (w, h) = ((hi.x - lo.x).max(1.0), (hi.y - lo.y).max(1.0));
            let zoom = ((rect.width() - 60.0).max(50.0) / w).min((rect.height() - 60.0).max(50.0) / h).clamp(0.02, 4.0);
            self.view = View { center: Vec2::new((lo.x + hi.x) / 2.0, (lo.y + hi.y) / 2.0), zoom };
        }
    }

    /// Dragging empty canvas pans; the wheel or a pinch zooms around the pointer; double-click fits.
    pub(super) fn pan_zoom_ui(&mut self, ui: &egui::Ui, scene: &Scene, rect: Rect, background: &Response) {
        // Shift+drag on empty canvas draws a selection box instead of panning.
        let shift = ui.input(|i| i.modifiers.shift);
        if background.drag_started() && shift {
            // Where the button went down, not where the drag was first noticed.
            self.canvas.box_start = ui.input(|i| i.pointer.press_origin());
        }
        if self.canvas.box_start.is_some() {
            if background.drag_stopped() || !background.dragged() {
                let (Some(start), Some(end)) = (self.canvas.box_start.take(), ui.input(|i| i.pointer.latest_pos()))
                else {
                    return;
                };
                let area = Rect::from_two_pos(start, end);
                let view = self.view;
                let inside: Vec<_> = scene
                    .nodes
                    .iter()
                    .filter(|n| area.contains(view.to_screen(rect, n.position)))
                    .map(|n| n.index)
                    .collect();
                self.execute(Command::SelectNodes(inside));
            }
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
    }

    /// Node widgets and edge clicks; returns the nodes on screen and the hovered one, and queues
    /// what the user asked for in `commands`.
    pub(super) fn nodes_interaction_ui(
        &mut self,
        ui: &egui::Ui,
        scene: &Scene,
        rect: Rect,
        background: &Response,
        commands: &mut Vec<Command>,
    ) -> (Vec<usize>, Option<usize>) {
        let view = self.view;
        let zoom = view.zoom;
        let screen = |p: Vec2| view.to_screen(rect, p);
        // Node interaction: on-screen nodes are widgets (hover, click, drag, menu, accessibility).
        let mut hovered: Option<usize> = None;
        let on_screen: Vec<usize> =
            (0..scene.nodes.len()).filter(|&i| rect.expand(20.0).contains(screen(scene.nodes[i].position))).collect();
        let interactive = on_screen.len() <= 1500;
        self.canvas.dragging_node = false;
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
                        self.curation.graph().node(n.index).map_or(0, |x| x.mentions.len())
                    ));
                let label = n.label.clone();
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                if response.hovered() {
                    hovered = Some(i);
                }
                if response.clicked() {
                    // Ctrl/Shift+click adds the node to the selection (or takes it out).
                    let adding = ui.input(|i| i.modifiers.command || i.modifiers.shift);
                    commands.push(if adding {
                        Command::ToggleSelected(n.index)
                    } else {
                        Command::Select(Selection::Node(n.index))
                    });
                }
                if response.double_clicked() {
                    commands.push(Command::Focus(n.index));
                }
                if response.dragged()
                    && let Some(pointer) = response.interact_pointer_pos()
                {
                    let at = view.to_layout(rect, pointer);
                    self.pin(n.index, at);
                    self.canvas.dragging_node = true;
                    self.canvas.positions_changed();
                }
                // Dropping a node onto another merges it into that one (undoable).
                if response.drag_stopped()
                    && let Some(pointer) = ui.input(|i| i.pointer.latest_pos())
                    && let Some(target) = on_screen.iter().map(|&j| &scene.nodes[j]).find(|t| {
                        t.index != n.index && screen(t.position).distance(pointer) <= (t.radius * zoom).max(4.0)
                    })
                    && let (Some(into), Some(from)) = (self.graph().node(target.index), self.graph().node(n.index))
                {
                    let edit = crate::curation::Edit::Merge { into: into.id.clone(), from: vec![from.id.clone()] };
                    commands.push(Command::Edit(edit));
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
                    if ui.button("Add to selection").clicked() {
                        commands.push(Command::ToggleSelected(index));
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
            && let Some(edge) = self.edge_near(scene, screen, pointer)
        {
            commands.push(Command::Select(Selection::Edge(edge)));
        }

        (on_screen, hovered)
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
        self.curation.graph().edges_between(a, b).into_iter().find(|(_, edge)| edge.kind == e.kind).map(|(i, _)| i)
    }
}
