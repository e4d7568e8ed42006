//! The editing parts of the window: the Edit menu, the edit controls of the inspector (rename,
//! kind, note, hide, delete, split an alias, merge and link the selection), the merge
//! suggestions panel, the "Add node" window and the questions asked before work could be lost.
//! Every control sends a [`Command`]; nothing here changes the graph itself.

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use super::command::{Answer, Command, Selection};
use super::state::{App, Confirm};
use crate::curation::{Edit, Target, new_node_id};
use crate::graph::NodeKind;
use crate::style;

impl App {
    /// The Edit menu: undo and redo naming what they change, the selection's edits, Add node.
    pub fn edit_menu_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let undo = self.curation.undo_summary().map(|s| format!("Undo {s}  (Ctrl+Z)"));
        if ui.add_enabled(undo.is_some(), egui::Button::new(undo.as_deref().unwrap_or("Undo  (Ctrl+Z)"))).clicked() {
            commands.push(Command::Undo);
        }
        let redo = self.curation.redo_summary().map(|s| format!("Redo {s}  (Ctrl+Shift+Z)"));
        if ui
            .add_enabled(redo.is_some(), egui::Button::new(redo.as_deref().unwrap_or("Redo  (Ctrl+Shift+Z)")))
            .clicked()
        {
            commands.push(Command::Redo);
        }
        ui.separator();
        let selected = self.selected_nodes().len();
        if ui.add_enabled(selected >= 2, egui::Button::new(format!("Merge {selected} selected nodes  (M)"))).clicked() {
            commands.push(Command::MergeSelected);
        }
        if ui.add_enabled(self.selection.is_some(), egui::Button::new("Delete selection  (Del)")).clicked() {
            commands.push(Command::DeleteSelected);
        }
        if ui.button("Add node…").clicked() {
            self.drafts.new_node = Some((String::new(), NodeKind::Person));
        }
        ui.separator();
        if ui.checkbox(&mut self.show_hidden, "Show hidden nodes and edges").changed() {
            self.filters_changed();
        }
    }

    /// Rename, kind, hide, delete, note and aliases of one node; merge and link when several are selected.
    pub(super) fn node_edit_ui(&mut self, ui: &mut egui::Ui, index: NodeIndex, commands: &mut Vec<Command>) {
        let Some(node) = self.curation.graph().node(index) else { return };
        let (id, label, kind, hidden) = (node.id.clone(), node.label.clone(), node.kind, node.hidden);
        let aliases: Vec<String> = node.aliases.iter().filter(|a| **a != label).cloned().collect();
        let note = node.note.clone().unwrap_or_default();
        egui::CollapsingHeader::new("Edit this node").id_salt("edit-node").default_open(true).show(ui, |ui| {
            if self.drafts.rename.0.as_deref() != Some(id.as_str()) {
                self.drafts.rename = (Some(id.clone()), label.clone());
            }
            ui.horizontal(|ui| {
                let name = ui.label("Name");
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.drafts.rename.1).desired_width(140.0))
                    .labelled_by(name.id);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let new_label = self.drafts.rename.1.trim().to_string();
                if (ui.button("Rename").clicked() || enter) && !new_label.is_empty() && new_label != label {
                    commands.push(Command::Edit(Edit::Rename { node: id.clone(), label: new_label }));
                }
            });
            ui.horizontal(|ui| {
                let mut chosen = kind;
                egui::ComboBox::from_label("Kind").selected_text(style::kind_label(kind)).show_ui(ui, |ui| {
                    for k in NodeKind::ALL {
                        ui.selectable_value(&mut chosen, k, style::kind_label(k));
                    }
                });
                if chosen != kind {
                    commands.push(Command::Edit(Edit::SetKind { node: id.clone(), kind: chosen }));
                }
                if ui.button(if hidden { "Show" } else { "Hide" }).clicked() {
                    commands.push(Command::Edit(Edit::SetHidden { target: Target::Node(id.clone()), hidden: !hidden }));
                }
                if ui.button("Delete").clicked() {
                    commands.push(Command::Edit(Edit::DeleteNode { node: id.clone() }));
                }
            });
            for alias in aliases {
                ui.horizontal(|ui| {
                    ui.label(format!("“{alias}”"));
                    if ui
                        .small_button("split off")
                        .on_hover_text("Make the mentions written this way a node of their own")
                        .clicked()
                    {
                        commands.push(Command::Edit(Edit::SplitAlias { node: id.clone(), alias: alias.clone() }));
                    }
                });
            }
            self.note_ui(ui, Target::Node(id.clone()), &note, commands);
            self.selection_edits_ui(ui, commands);
        });
    }

    /// Hide, delete and note of one edge.
    pub(super) fn edge_edit_ui(&mut self, ui: &mut egui::Ui, edge: EdgeIndex, commands: &mut Vec<Command>) {
        let Some(Target::Edge(reference)) = self.target_of(Selection::Edge(edge)) else { return };
        let Some(e) = self.curation.graph().edge(edge) else { return };
        let (hidden, note) = (e.hidden, e.note.clone().unwrap_or_default());
        egui::CollapsingHeader::new("Edit this edge").id_salt("edit-edge").default_open(true).show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui.button(if hidden { "Show" } else { "Hide" }).clicked() {
                    let target = Target::Edge(reference.clone());
                    commands.push(Command::Edit(Edit::SetHidden { target, hidden: !hidden }));
                }
                if ui.button("Delete edge").clicked() {
                    commands.push(Command::Edit(Edit::DeleteEdge { edge: reference.clone() }));
                }
            });
            self.note_ui(ui, Target::Edge(reference.clone()), &note, commands);
        });
    }

    fn note_ui(&mut self, ui: &mut egui::Ui, target: Target, saved: &str, commands: &mut Vec<Command>) {
        if self.drafts.note.0.as_ref() != Some(&target) {
            self.drafts.note = (Some(target.clone()), saved.to_string());
        }
        let label = ui.label("Note");
        ui.add(egui::TextEdit::multiline(&mut self.drafts.note.1).desired_rows(2).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        let draft = self.drafts.note.1.trim().to_string();
        if draft != saved.trim() && ui.button("Save note").clicked() {
            let note = (!draft.is_empty()).then_some(draft);
            commands.push(Command::Edit(Edit::SetNote { target, note }));
        }
    }

    /// With several nodes selected: merge them; with two: draw an edge between them.
    fn selection_edits_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let selected = self.selected_nodes();
        if selected.len() < 2 {
            ui.weak("Ctrl+click more nodes to merge or link them.");
            return;
        }
        let graph = self.curation.graph();
        let names: Vec<String> = selected.iter().filter_map(|&n| graph.node(n).map(|n| n.label.clone())).collect();
        ui.separator();
        ui.label(format!("Selected: {}", names.join(", ")));
        if ui.button(format!("Merge {} into {}", names[1..].join(", "), names[0])).clicked() {
            commands.push(Command::MergeSelected);
        }
        if let [a, b] = selected.as_slice()
            && let (Some(a), Some(b)) = (graph.node(*a), graph.node(*b))
        {
            let (source, target) = (a.id.clone(), b.id.clone());
            ui.horizontal(|ui| {
                let label = ui.label("Relation");
                ui.add(
                    egui::TextEdit::singleline(&mut self.drafts.edge_label)
                        .hint_text("e.g. funds")
                        .desired_width(120.0),
                )
                .labelled_by(label.id);
                if ui.button("Add edge").clicked() {
                    let label = std::mem::take(&mut self.drafts.edge_label);
                    commands.push(Command::Edit(Edit::AddEdge { source, target, label }));
                }
            });
        }
    }

    /// Likely duplicates, best first: accept merges them (undoable), dismiss remembers the pair.
    pub fn suggestions_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        // Computed only while the panel is open, once per change of the graph (64 ms on a
        // 4,800-article graph of 31,000 nodes: `dramatis-dev bench curation`).
        let title = match &self.suggestions {
            Some(list) => format!("Merge suggestions ({})", list.len()),
            None => "Merge suggestions".to_string(),
        };
        egui::CollapsingHeader::new(title).id_salt("suggestions").show(ui, |ui| {
            self.suggestions(); // computed once per change, then only read (no copy per frame)
            let suggestions = self.suggestions.as_deref().unwrap_or_default();
            let graph = self.curation.graph();
            if suggestions.is_empty() {
                ui.weak("No likely duplicates.");
            }
            for (rank, s) in suggestions.iter().enumerate().take(50) {
                let (Some(keep), Some(merge)) = (graph.node_by_id(&s.keep), graph.node_by_id(&s.merge)) else {
                    continue;
                };
                ui.group(|ui| {
                    ui.label(format!("merge {} into {}", merge.label, keep.label));
                    ui.weak(format!("{} · {:.0}%", s.reason.describe(), s.score * 100.0));
                    for span in &s.evidence {
                        let text = graph.span_text(*span);
                        let short: String = text.chars().take(140).collect();
                        if ui.link(egui::RichText::new(short).small()).clicked() {
                            commands.push(Command::ShowInReader(span.article, Some(*span)));
                        }
                    }
                    ui.horizontal(|ui| {
                        if ui.button("Merge").clicked() {
                            commands.push(Command::AcceptSuggestion(rank));
                        }
                        if ui.button("Not the same").clicked() {
                            commands.push(Command::DismissSuggestion(rank));
                        }
                    });
                });
            }
        });
    }

    /// The "Add node" window and the question on screen, if any.
    pub fn dialogs_ui(&mut self, ctx: &egui::Context) {
        let mut commands = Vec::new();
        if let Some((name, kind)) = &mut self.drafts.new_node {
            let mut open = true;
            let mut add = false;
            egui::Window::new("Add node").open(&mut open).collapsible(false).show(ctx, |ui| {
                let label = ui.label("Name");
                ui.add(egui::TextEdit::singleline(name)).labelled_by(label.id);
                egui::ComboBox::from_label("Kind of the new node").selected_text(style::kind_label(*kind)).show_ui(
                    ui,
                    |ui| {
                        for k in NodeKind::ALL {
                            ui.selectable_value(kind, k, style::kind_label(k));
                        }
                    },
                );
                add = ui.add_enabled(!name.trim().is_empty(), egui::Button::new("Add")).clicked();
            });
            if add {
                let label = name.trim().to_string();
                let id = new_node_id(self.curation.graph(), &label);
                commands.push(Command::Edit(Edit::AddNode { id, kind: *kind, label }));
                open = false;
            }
            if !open {
                self.drafts.new_node = None;
            }
        }
        if let Some(question) = &self.confirm {
            let (title, text, yes, no) = match question {
                Confirm::OpenProject(_) => {
                    ("Unsaved changes", "Save your changes before opening another project?", "Save", "Don't save")
                }
                Confirm::Quit => ("Unsaved changes", "Save your changes before closing?", "Save", "Don't save"),
                Confirm::Recover(_) => (
                    "Recover unsaved work",
                    "Dramatis did not close cleanly last time. Recover the work that was not saved?",
                    "Recover",
                    "Discard it",
                ),
            };
            egui::Modal::new(egui::Id::unique("confirm")).show(ctx, |ui| {
                ui.heading(title);
                ui.label(text);
                ui.horizontal(|ui| {
                    if ui.button(yes).clicked() {
                        commands.push(Command::Answer(Answer::Save));
                    }
                    if ui.button(no).clicked() {
                        commands.push(Command::Answer(Answer::Discard));
                    }
                    if ui.button("Cancel").clicked() {
                        commands.push(Command::Answer(Answer::Cancel));
                    }
                });
            });
        }
        for c in commands {
            self.execute(c);
        }
    }
}
