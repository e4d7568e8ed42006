//! The sidebar: search, merge suggestions, the articles (each can be hidden or read), filters by
//! kind, event type and confidence, and the legend.

use std::collections::BTreeMap;

use egui::RichText;

use super::canvas::color;
use super::command::Command;
use super::state::App;

use crate::graph::{EdgeKind, NodeKind};
use crate::style;

impl App {
    pub fn sidebar_ui(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading("Search");
            let response = ui.add(
                egui::TextEdit::singleline(&mut self.search)
                    .hint_text("Search names and aliases (Ctrl+F)")
                    .desired_width(f32::INFINITY),
            );
            if std::mem::take(&mut self.search_focus_requested) {
                response.request_focus();
            }
            if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                commands.push(Command::SubmitSearch);
            }
            for n in self.search_matches(8) {
                if let Some(node) = self.curation.graph().node(n)
                    && ui.link(format!("{} · {}", node.label, style::kind_label(node.kind))).clicked()
                {
                    // Ctrl/Shift+click adds to the selection, as on the canvas.
                    let adding = ui.input(|i| i.modifiers.command || i.modifiers.shift);
                    commands.push(if adding { Command::ToggleSelected(n) } else { Command::SelectAndCenter(n) });
                }
            }

            ui.separator();
            self.suggestions_ui(ui, &mut commands);

            ui.separator();
            let articles = &self.curation.graph().articles;
            ui.heading(format!("Articles ({})", articles.len()));
            // Only the rows in view are laid out: a project of thousands of articles stays fast.
            let row_height = ui.spacing().interact_size.y;
            egui::ScrollArea::vertical().id_salt("articles").max_height(260.0).show_rows(
                ui,
                row_height,
                articles.len(),
                |ui, rows| {
                    for (i, a) in articles.iter().enumerate().skip(rows.start).take(rows.len()) {
                        let mut shown = !self.hidden_articles.contains(&(i as u32));
                        ui.horizontal(|ui| {
                            if ui
                                .checkbox(&mut shown, &a.title)
                                .on_hover_text(format!("{}\nInclude this article in the graph", a.path))
                                .changed()
                            {
                                commands.push(Command::SetArticleVisible(i as u32, shown));
                            }
                            if ui.small_button("read").on_hover_text("Open in the reader").clicked() {
                                commands.push(Command::ShowInReader(i as u32, None));
                            }
                        });
                    }
                },
            );

            ui.separator();
            ui.heading("Filters");
            // One pass counts kinds and event types (the panel is drawn every frame).
            let mut event_counts: BTreeMap<String, usize> = BTreeMap::new();
            let mut kind_counts = [0usize; NodeKind::ALL.len()];
            for (_, n) in self.curation.graph().nodes() {
                if let Some(k) = NodeKind::ALL.iter().position(|k| *k == n.kind) {
                    kind_counts[k] += 1;
                }
                if let Some(e) = &n.event {
                    match event_counts.get_mut(e.event_type.as_str()) {
                        Some(c) => *c += 1,
                        None => {
                            event_counts.insert(e.event_type.clone(), 1);
                        }
                    }
                }
            }
            for (kind, count) in NodeKind::ALL.into_iter().zip(kind_counts) {
                let mut shown = !self.hidden_kinds.contains(&kind);
                ui.horizontal(|ui| {
                    let (r, painter) = ui.allocate_painter(egui::vec2(12.0, 12.0), egui::Sense::hover());
                    painter.circle_filled(r.rect.center(), 5.0, color(style::node_color(kind)));
                    if ui.checkbox(&mut shown, format!("{} ({count})", style::kind_label(kind))).changed() {
                        commands.push(Command::SetKindVisible(kind, shown));
                    }
                });
            }
            let mut co = self.settings.show_co_occurrence;
            if ui.checkbox(&mut co, "Co-occurrence edges").changed() {
                commands.push(Command::SetCoOccurrenceVisible(co));
            }
            let mut min = self.min_confidence;
            if ui.add(egui::Slider::new(&mut min, 0.0..=1.0).text("min confidence")).changed() {
                commands.push(Command::SetMinConfidence(min));
            }
            if !event_counts.is_empty() {
                ui.label(RichText::new("Event types").strong());
                for (t, count) in event_counts {
                    let mut shown = !self.hidden_event_types.contains(&t);
                    if ui.checkbox(&mut shown, format!("{t} ({count})")).changed() {
                        commands.push(Command::SetEventTypeVisible(t.clone(), shown));
                    }
                }
            }

            ui.separator();
            ui.heading("Legend");
            for kind in EdgeKind::ALL {
                ui.horizontal(|ui| {
                    let (r, painter) = ui.allocate_painter(egui::vec2(24.0, 12.0), egui::Sense::hover());
                    painter.line_segment(
                        [r.rect.left_center(), r.rect.right_center()],
                        egui::Stroke::new(2.0, color(style::edge_color(kind))),
                    );
                    ui.label(kind.as_str().replace('_', " "));
                });
            }
        });
        for c in commands {
            self.execute(c);
        }
    }
}
