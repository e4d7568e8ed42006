//! The panels around the canvas: menu bar, import progress, inspector (selection,
//! relationships, evidence), article reader, status bar. The sidebar is in [`super::sidebar`].

use std::collections::BTreeMap;

use egui::{Color32, RichText, text::LayoutJob};

use super::canvas::color;
use super::command::{Command, Selection};
use super::state::App;

use crate::graph::{EdgeKind, NodeKind, Span};
use crate::style;

impl App {
    pub fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.button("Open files…  (Ctrl+O)").clicked() {
                    commands.push(Command::OpenFilesDialog);
                }
                if ui.button("Open folder…").clicked() {
                    commands.push(Command::OpenFolderDialog);
                }
                if !self.settings.recent.is_empty() {
                    ui.menu_button("Open recent", |ui| {
                        for p in self.settings.recent.clone() {
                            if ui.button(p.display().to_string()).clicked() {
                                commands.push(Command::Open(vec![p]));
                            }
                        }
                    });
                }
                ui.separator();
                if ui.button("Save project  (Ctrl+S)").clicked() {
                    commands.push(Command::SaveProject);
                }
                if ui.button("Save project as…").clicked() {
                    commands.push(Command::SaveProjectAsDialog);
                }
                ui.separator();
                if ui.button("Export image of the view…  (Ctrl+E)").clicked() {
                    commands.push(Command::ExportImageDialog { whole_graph: false });
                }
                if ui.button("Export image of the whole graph…").clicked() {
                    commands.push(Command::ExportImageDialog { whole_graph: true });
                }
                if ui.button("Export graph…").clicked() {
                    commands.push(Command::ExportGraphDialog);
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    commands.push(Command::Quit);
                }
            });
            ui.menu_button("Edit", |ui| self.edit_menu_ui(ui, &mut commands));
            ui.menu_button("View", |ui| {
                if ui.button("Fit to view  (F)").clicked() {
                    commands.push(Command::FitView);
                }
                if ui
                    .button(if self.layout_running { "Pause layout  (Space)" } else { "Resume layout  (Space)" })
                    .clicked()
                {
                    commands.push(Command::ToggleLayoutRunning);
                }
                if ui.button("Re-run layout").clicked() {
                    commands.push(Command::RestartLayout);
                }
                ui.separator();
                ui.checkbox(&mut self.settings.show_sidebar, "Sidebar");
                ui.checkbox(&mut self.settings.show_inspector, "Inspector");
                ui.checkbox(&mut self.settings.show_reader, "Article reader");
                if ui.button(if self.settings.dark { "Light theme" } else { "Dark theme" }).clicked() {
                    commands.push(Command::ToggleTheme);
                }
            });
            ui.separator();
            if ui.add_enabled(self.can_go_back(), egui::Button::new("< Back")).clicked() {
                commands.push(Command::Back);
            }
            if ui.add_enabled(self.can_go_forward(), egui::Button::new("Forward >")).clicked() {
                commands.push(Command::Forward);
            }
            if ui.button("Fit").clicked() {
                commands.push(Command::FitView);
            }
            if ui.button(if self.layout_running { "Pause layout" } else { "Run layout" }).clicked() {
                commands.push(Command::ToggleLayoutRunning);
            }
            if let Some((_, hops)) = self.focus {
                let mut h = hops;
                if ui.add(egui::Slider::new(&mut h, 1..=3).text("hops")).changed() {
                    commands.push(Command::SetFocusHops(h));
                }
                if ui.button("Leave focus").clicked() {
                    commands.push(Command::LeaveFocus);
                }
            }
        });
        for c in commands {
            self.execute(c);
        }
    }

    pub fn import_ui(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        if let Some(job) = &self.import {
            let (done, total, current) = job.progress();
            ui.horizontal(|ui| {
                let fraction = if total == 0 { 0.0 } else { done as f32 / total as f32 };
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(240.0)
                        .text(format!("file {} of {total}", (done + 1).min(total.max(1)))),
                );
                ui.label(current);
                if !job.is_cancelled() && ui.button("Cancel").clicked() {
                    commands.push(Command::CancelImport);
                }
            });
        }
        if !self.errors.is_empty() || !self.warnings.is_empty() {
            ui.horizontal_wrapped(|ui| {
                if !self.errors.is_empty() {
                    ui.colored_label(
                        Color32::from_rgb(0xc0, 0x39, 0x2b),
                        format!("{} file(s) could not be loaded:", self.errors.len()),
                    );
                }
                if !self.warnings.is_empty() {
                    ui.colored_label(
                        Color32::from_rgb(0xb9, 0x77, 0x0e),
                        format!("{} file(s) loaded with a warning:", self.warnings.len()),
                    );
                }
                if ui.small_button("Dismiss").clicked() {
                    commands.push(Command::DismissErrors);
                }
            });
            egui::ScrollArea::vertical().id_salt("errors").max_height(80.0).show(ui, |ui| {
                for e in self.errors.iter().chain(&self.warnings) {
                    ui.label(RichText::new(e).small());
                }
            });
        }
        for c in commands {
            self.execute(c);
        }
    }

    pub fn status_bar_ui(&mut self, ui: &mut egui::Ui) {
        let visible = self.visible_nodes().len();
        ui.horizontal(|ui| {
            ui.label(format!(
                "{} nodes ({visible} shown) · {} edges · {} articles",
                self.curation.graph().node_count(),
                self.curation.graph().edge_count(),
                self.curation.graph().articles.len()
            ));
            ui.separator();
            match self.selection {
                Some(Selection::Node(n)) => {
                    if let Some(node) = self.curation.graph().node(n) {
                        ui.label(format!("Selected: {} ({})", node.label, node.kind));
                    }
                }
                Some(Selection::Edge(e)) => {
                    if let Some(edge) = self.curation.graph().edge(e) {
                        ui.label(format!("Selected: {} edge", edge.kind.as_str()));
                    }
                }
                None => {
                    ui.label("Nothing selected");
                }
            }
            if self.layout_running {
                ui.separator();
                ui.label("laying out…");
            }
            if let Some(status) = &self.status {
                ui.separator();
                ui.label(status);
            }
            if self.unsaved {
                ui.separator();
                ui.label("unsaved changes");
            }
        });
    }

    pub fn inspector_ui(&mut self, ui: &mut egui::Ui) {
        let mut commands = Vec::new();
        egui::ScrollArea::vertical().show(ui, |ui| match self.selection {
            None => {
                ui.heading("Inspector");
                ui.label("Click a node or an edge to see its relationships and the sentences behind them.");
            }
            Some(Selection::Node(index)) => {
                let Some(node) = self.curation.graph().node(index) else { return };
                ui.heading(&node.label);
                ui.label(
                    RichText::new(style::kind_label(node.kind)).color(color(style::node_color(node.kind))).strong(),
                );
                if let Some(e) = &node.event {
                    ui.label(format!("Event type: {} · {:?}", e.event_type, e.modality));
                }
                ui.label(format!("Id: {}", node.id));
                if node.aliases.len() > 1 {
                    ui.label(format!("Also: {}", node.aliases[1..].join(", ")));
                }
                for (k, v) in &node.attributes {
                    ui.label(format!("{k}: {v}"));
                }
                if let Some(note) = &node.note {
                    ui.label(RichText::new(format!("Note: {note}")).italics());
                }
                ui.horizontal(|ui| {
                    if ui.button("Focus").clicked() {
                        commands.push(Command::Focus(index));
                    }
                    if self.is_pinned(index) && ui.button("Unpin").clicked() {
                        commands.push(Command::Unpin(index));
                    }
                });
                self.node_edit_ui(ui, index, &mut commands);
                let Some(node) = self.curation.graph().node(index) else { return };
                ui.separator();
                // Relationships grouped by edge kind.
                let mut groups: BTreeMap<
                    EdgeKind,
                    Vec<(petgraph::stable_graph::EdgeIndex, petgraph::stable_graph::NodeIndex, String)>,
                > = BTreeMap::new();
                for (edge_index, other, edge, outgoing) in self.curation.graph().incident_edges(index) {
                    let Some(o) = self.curation.graph().node(other) else { continue };
                    let arrow = if edge.kind.is_directed() { if outgoing { "to " } else { "from " } } else { "" };
                    let mut text = format!("{arrow}{}", o.label);
                    if let Some(role) = edge.role {
                        text.push_str(&format!(" ({role:?})").to_lowercase());
                    }
                    groups.entry(edge.kind).or_default().push((edge_index, other, text));
                }
                if groups.is_empty() {
                    ui.label("No relationships.");
                }
                for (kind, mut items) in groups {
                    items.sort_by(|a, b| a.2.cmp(&b.2));
                    egui::CollapsingHeader::new(format!("{} ({})", kind.as_str().replace('_', " "), items.len()))
                        .default_open(kind != EdgeKind::CoOccurrence || items.len() <= 12)
                        .show(ui, |ui| {
                            for (edge_index, other, text) in items {
                                ui.horizontal(|ui| {
                                    if ui.link(linked_name(&text)).on_hover_text(&text).clicked() {
                                        commands.push(Command::SelectAndCenter(other));
                                    }
                                    if ui
                                        .small_button("why?")
                                        .on_hover_text("Show this relationship and its evidence")
                                        .clicked()
                                    {
                                        commands.push(Command::Select(Selection::Edge(edge_index)));
                                    }
                                });
                            }
                        });
                }
                ui.separator();
                ui.label(RichText::new(format!("Mentions ({})", node.mentions.len())).strong());
                let spans: Vec<Span> = node.mentions.clone();
                self.evidence_list_ui(ui, &spans, &spans, &mut commands);
            }
            Some(Selection::Edge(e)) => {
                let (Some(edge), Some((a, b))) =
                    (self.curation.graph().edge(e), self.curation.graph().edge_endpoints(e))
                else {
                    return;
                };
                let edge = edge.clone();
                ui.heading(format!("{} edge", edge.kind.as_str().replace('_', " ")));
                for (end, name) in [(a, "From"), (b, "To")] {
                    if let Some(n) = self.curation.graph().node(end) {
                        ui.horizontal(|ui| {
                            ui.label(format!("{name}:"));
                            if ui.link(&n.label).clicked() {
                                commands.push(Command::SelectAndCenter(end));
                            }
                        });
                    }
                }
                if let Some(role) = edge.role {
                    ui.label(format!("Role: {role:?}"));
                }
                if let Some(label) = &edge.label {
                    ui.label(format!("Label: {label}"));
                }
                ui.label(format!("Confidence: {:.2}", edge.confidence));
                if let Some(note) = &edge.note {
                    ui.label(RichText::new(format!("Note: {note}")).italics());
                }
                self.edge_edit_ui(ui, e, &mut commands);
                ui.separator();
                ui.label(RichText::new(format!("Evidence ({})", edge.evidence.len())).strong());
                let mut marks: Vec<Span> = Vec::new();
                for end in [a, b] {
                    if let Some(n) = self.curation.graph().node(end) {
                        marks.extend(n.mentions.iter().copied());
                    }
                }
                self.evidence_list_ui(ui, &edge.evidence, &marks, &mut commands);
            }
        });
        for c in commands {
            self.execute(c);
        }
    }

    /// Evidence sentences with marked mentions; clicking one opens it in the reader.
    fn evidence_list_ui(&self, ui: &mut egui::Ui, evidence: &[Span], marks: &[Span], commands: &mut Vec<Command>) {
        let tokens_for = |article: u32| self.curation.graph().article(article).map(|a| a.text.as_str()).unwrap_or("");
        for (k, span) in evidence.iter().enumerate().take(200) {
            let text = tokens_for(span.article);
            // The whole sentence around a mention, from the sentences the graph kept.
            let (start, end) = enclosing(
                self.curation.graph().sentences(span.article),
                span.start as usize,
                span.end as usize,
                text.len(),
            );
            let mut job = LayoutJob::default();
            let mut cursor = start;
            let mut inside: Vec<(usize, usize)> = marks
                .iter()
                .filter(|m| m.article == span.article && (m.start as usize) >= start && (m.end as usize) <= end)
                .map(|m| (m.start as usize, m.end as usize))
                .collect();
            inside.sort();
            let body = egui::TextFormat { color: ui.visuals().text_color(), ..Default::default() };
            let mark = egui::TextFormat {
                color: ui.visuals().strong_text_color(),
                background: ui.visuals().selection.bg_fill.gamma_multiply(0.6),
                ..Default::default()
            };
            for (s, e) in inside {
                if s < cursor || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                    continue;
                }
                job.append(&text[cursor..s], 0.0, body.clone());
                job.append(&text[s..e], 0.0, mark.clone());
                cursor = e;
            }
            job.append(&text[cursor..end], 0.0, body.clone());
            job.wrap.max_width = ui.available_width();
            let article = self.curation.graph().article(span.article).map_or("", |a| a.title.as_str());
            let response = ui
                .add(egui::Label::new(job).sense(egui::Sense::click()))
                .on_hover_text(format!("{article} — click to read in context"));
            if response.clicked() {
                commands.push(Command::ShowInReader(span.article, Some(*span)));
            }
            if k + 1 < evidence.len() {
                ui.add_space(4.0);
            }
        }
    }

    pub fn reader_ui(&mut self, ui: &mut egui::Ui) {
        let Some((article_index, focus_span)) = self.reader else { return };
        let Some(article) = self.curation.graph().article(article_index) else { return };
        let mut commands = Vec::new();
        ui.horizontal(|ui| {
            ui.heading(&article.title);
            let name = std::path::Path::new(&article.path)
                .file_name()
                .map_or_else(|| article.path.clone(), |n| n.to_string_lossy().into_owned());
            ui.label(RichText::new(name).small().weak()).on_hover_text(&article.path);
        });
        // Every mention coloured by its node's kind; the focused evidence highlighted.
        let mut mentions: Vec<(usize, usize, NodeKind, petgraph::stable_graph::NodeIndex)> = Vec::new();
        for (i, n) in self.curation.graph().nodes() {
            for m in n.mentions.iter().filter(|m| m.article == article_index) {
                mentions.push((m.start as usize, m.end as usize, n.kind, i));
            }
        }
        mentions.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
        let text = article.text.clone();
        let mut job = LayoutJob::default();
        let body = egui::TextFormat {
            color: ui.visuals().text_color(),
            font_id: egui::FontId::proportional(14.0),
            ..Default::default()
        };
        let highlight_bg = ui.visuals().selection.bg_fill.gamma_multiply(0.5);
        let in_focus = |s: usize, e: usize| focus_span.is_some_and(|f| s >= f.start as usize && e <= f.end as usize);
        let mut cursor = 0;
        let mut pieces: Vec<(usize, usize, Option<petgraph::stable_graph::NodeIndex>)> = Vec::new();
        let mut push = |job: &mut LayoutJob,
                        s: usize,
                        e: usize,
                        format: egui::TextFormat,
                        node: Option<petgraph::stable_graph::NodeIndex>| {
            if s < e && text.is_char_boundary(s) && text.is_char_boundary(e) {
                job.append(&text[s..e], 0.0, format);
                pieces.push((s, e, node));
            }
        };
        // Split plain text at the focus span's edges so its background is exact.
        let plain = |s: usize, e: usize, job: &mut LayoutJob, push: &mut PushPiece| {
            let mut cuts = vec![s, e];
            if let Some(f) = focus_span {
                for c in [f.start as usize, f.end as usize] {
                    if c > s && c < e {
                        cuts.push(c);
                    }
                }
            }
            cuts.sort();
            for w in cuts.windows(2) {
                let mut format = body.clone();
                if in_focus(w[0], w[1]) {
                    format.background = highlight_bg;
                }
                push(job, w[0], w[1], format, None);
            }
        };
        for (s, e, kind, node) in mentions {
            if s < cursor {
                continue;
            }
            plain(cursor, s, &mut job, &mut push);
            let mut format = body.clone();
            format.color = color(style::node_color(kind));
            format.underline = egui::Stroke::new(1.0, color(style::node_color(kind)));
            if in_focus(s, e) {
                format.background = highlight_bg;
            }
            push(&mut job, s, e, format, Some(node));
            cursor = e;
        }
        plain(cursor, text.len(), &mut job, &mut push);
        job.wrap.max_width = ui.available_width() - 16.0;
        let scroll_to_focus = std::mem::take(&mut self.reader_scroll_pending);
        egui::ScrollArea::vertical().id_salt(("reader", article_index)).auto_shrink([false, false]).show(ui, |ui| {
            let galley = ui.painter().layout_job(job);
            let (rect, response) = ui.allocate_exact_size(galley.size(), egui::Sense::click());
            if scroll_to_focus && let Some(f) = focus_span {
                let char_index = text[..(f.start as usize).min(text.len())].chars().count();
                let cursor = egui::text::CCursor::new(char_index);
                let pos = galley.pos_from_cursor(cursor);
                ui.scroll_to_rect(pos.translate(rect.min.to_vec2()).expand(40.0), Some(egui::Align::Center));
            }
            if response.clicked()
                && let Some(pointer) = response.interact_pointer_pos()
            {
                let cursor = galley.cursor_from_pos(pointer - rect.min);
                let byte: usize = text.char_indices().nth(cursor.index.0).map_or(text.len(), |(b, _)| b);
                if let Some(&(_, _, Some(node))) =
                    pieces.iter().find(|(s, e, n)| n.is_some() && byte >= *s && byte < *e)
                {
                    commands.push(Command::SelectAndCenter(node));
                }
            }
            ui.painter().galley(rect.min, galley, ui.visuals().text_color());
        });
        for c in commands {
            self.execute(c);
        }
    }
}

/// Appends a piece of article text to the reader's layout job (with the node it shows, if any).
type PushPiece<'a> =
    dyn FnMut(&mut LayoutJob, usize, usize, egui::TextFormat, Option<petgraph::stable_graph::NodeIndex>) + 'a;

/// The sentence holding `[start, end)`, or the span itself when none does.
pub fn enclosing(sentences: &[(u32, u32)], start: usize, end: usize, len: usize) -> (usize, usize) {
    let start = start.min(len);
    let end = end.clamp(start, len);
    let sentences = sentences.iter().map(|&(s, e)| (s as usize, (e as usize).min(len)));
    // Sentences are in text order: the first that ends past the start is the candidate.
    let mut around = sentences.skip_while(|s| s.1 <= start);
    match around.next() {
        Some(s) if s.0 <= start && end <= s.1 => s,
        Some(s) if s.0 <= start => (s.0, s.1.max(end)),
        _ => (start, end),
    }
}

/// The linked node's name in an inspector line ("to Lebanon (target)" → "Lebanon").
fn linked_name(text: &str) -> &str {
    let t = text.strip_prefix("to ").or_else(|| text.strip_prefix("from ")).unwrap_or(text);
    t.split(" (").next().unwrap_or(t)
}
