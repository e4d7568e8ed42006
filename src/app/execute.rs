//! Carrying out commands: the one place where user actions change the explorer. Dialogs never
//! block here: they open in the background and come back as commands.

use super::command::{Command, Selection};
use super::dialogs::DialogKind;
use super::filters::show;
use super::import::ImportJob;
use super::state::{App, Confirm};

impl App {
    /// Carries out one command.
    pub fn execute(&mut self, command: Command) {
        match command {
            Command::OpenFilesDialog => self.dialogs.open(DialogKind::OpenFiles),
            Command::OpenFolderDialog => self.dialogs.open(DialogKind::OpenFolder),
            Command::Open(paths) => {
                if paths.is_empty() {
                    return;
                }
                let opens_project = matches!(paths.as_slice(), [single] if crate::project::is_project(single));
                if opens_project && self.unsaved {
                    self.confirm = Some(Confirm::OpenProject(paths));
                    return;
                }
                if opens_project {
                    // A project opens in place of what is open (its own articles and edits).
                    self.close_all();
                }
                self.sources.extend(paths.iter().cloned());
                for p in &paths {
                    self.settings.recent.retain(|r| r != p);
                    self.settings.recent.insert(0, p.clone());
                }
                self.settings.recent.truncate(10);
                // Ctrl+S saves to the project only once it has opened: a file this build cannot
                // read (damaged, or from a newer Dramatis) must never be overwritten.
                self.opening_project = if opens_project { paths.first().cloned() } else { None };
                if let Some(job) = &self.import {
                    job.cancel();
                }
                self.import = Some(ImportJob::start(paths, self.articles.clone()));
            }
            Command::CancelImport => {
                if let Some(job) = &self.import {
                    job.cancel();
                }
            }
            Command::Select(selection) => {
                self.selection = Some(selection);
                self.selected.clear();
                if let Selection::Node(n) = selection {
                    self.selected.push(n);
                }
                self.push_history(selection);
            }
            Command::ToggleSelected(node) => {
                if let Some(at) = self.selected.iter().position(|&n| n == node) {
                    self.selected.remove(at);
                    if self.selection == Some(Selection::Node(node)) {
                        self.selection = self.selected.last().map(|&n| Selection::Node(n));
                    }
                } else {
                    // A lone edge selection is not part of a node selection.
                    if let Some(Selection::Node(primary)) = self.selection
                        && self.selected.is_empty()
                    {
                        self.selected.push(primary);
                    }
                    self.selected.push(node);
                    self.selection = Some(Selection::Node(node));
                    self.push_history(Selection::Node(node));
                }
            }
            Command::SelectNodes(nodes) => {
                self.selected.clear();
                for n in nodes {
                    if !self.selected.contains(&n) {
                        self.selected.push(n);
                    }
                }
                self.selection = self.selected.first().map(|&n| Selection::Node(n));
            }
            Command::Edit(edit) => self.apply_edit(edit),
            Command::MergeSelected => self.merge_selected(),
            Command::DeleteSelected => self.delete_selected(),
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::AcceptSuggestion(rank) => self.accept_suggestion(rank),
            Command::DismissSuggestion(rank) => self.dismiss_suggestion(rank),
            Command::Answer(answer) => self.answer(answer),
            Command::Quit => {
                if self.unsaved {
                    self.confirm = Some(Confirm::Quit);
                } else {
                    self.quit_requested = true;
                }
            }
            Command::SelectAndCenter(node) => {
                self.execute(Command::Select(Selection::Node(node)));
                if let Some(p) = self.position(node) {
                    self.view.center = p;
                }
            }
            Command::ClearSelection => {
                self.selection = None;
                self.selected.clear();
            }
            Command::Back => {
                if self.can_go_back() {
                    self.history_pos -= 1;
                    self.selection = Some(self.history[self.history_pos - 1]);
                }
            }
            Command::Forward => {
                if self.can_go_forward() {
                    self.history_pos += 1;
                    self.selection = Some(self.history[self.history_pos - 1]);
                }
            }
            Command::Focus(node) => {
                let hops = self.focus.map_or(1, |(_, h)| h);
                self.focus = Some((node, hops));
                self.execute(Command::Select(Selection::Node(node)));
                self.compute_focus_layout(node, hops);
                self.visible_cache = None;
                self.canvas.invalidate();
                self.fit_pending = true;
            }
            Command::SetFocusHops(hops) => {
                if let Some((node, _)) = self.focus {
                    let hops = hops.clamp(1, 3);
                    self.focus = Some((node, hops));
                    self.compute_focus_layout(node, hops);
                    self.visible_cache = None;
                    self.canvas.invalidate();
                    self.fit_pending = true;
                }
            }
            Command::LeaveFocus => {
                if self.focus.take().is_some() {
                    self.focus_positions = None;
                    self.visible_cache = None;
                    self.canvas.invalidate();
                    self.fit_pending = true;
                }
            }
            Command::FitView => self.fit_pending = true,
            Command::ToggleLayoutRunning => self.layout_running = !self.layout_running,
            Command::RestartLayout => {
                if let Some(l) = &mut self.layout {
                    l.edit(|l| l.restart());
                }
                self.layout_running = true;
            }
            Command::Unpin(node) => {
                self.unsaved = true;
                if let (Some(slot), Some(layout)) = (self.layout_slot(node), self.layout.as_mut()) {
                    layout.edit(|l| {
                        l.unpin(slot);
                        l.restart();
                    });
                    self.layout_running = true;
                }
            }
            Command::SetKindVisible(kind, visible) => {
                self.unsaved = true;
                show(&mut self.hidden_kinds, kind, visible);
                self.filters_changed();
            }
            Command::SetEventTypeVisible(event_type, visible) => {
                self.unsaved = true;
                show(&mut self.hidden_event_types, event_type, visible);
                self.filters_changed();
            }
            Command::SetArticleVisible(article, visible) => {
                self.unsaved = true;
                show(&mut self.hidden_articles, article, visible);
                self.filters_changed();
            }
            Command::SetCoOccurrenceVisible(visible) => {
                self.settings.show_co_occurrence = visible;
                self.filters_changed();
                self.rebuild_layout();
            }
            Command::SetMinConfidence(c) => {
                self.unsaved = true;
                self.min_confidence = c.clamp(0.0, 1.0);
                self.filters_changed();
            }
            Command::SetSearch(text) => self.search = text,
            Command::SubmitSearch => {
                if let Some(&best) = self.search_matches(1).first() {
                    if !self.visible_nodes().contains(&best) {
                        // Reveal what the user asked for.
                        let kind = self.curation.graph().node(best).map(|n| n.kind);
                        if let Some(kind) = kind {
                            self.hidden_kinds.remove(&kind);
                        }
                        self.execute(Command::LeaveFocus);
                        self.filters_changed();
                    }
                    self.execute(Command::SelectAndCenter(best));
                }
            }
            Command::FocusSearchBox => self.search_focus_requested = true,
            Command::ShowInReader(article, span) => {
                self.reader = Some((article, span));
                self.settings.show_reader = true;
                self.reader_scroll_pending = true;
            }
            Command::ToggleTheme => self.settings.dark = !self.settings.dark,
            Command::SaveProject => match self.project_path.clone() {
                Some(path) => self.save_project(path),
                None => self.execute(Command::SaveProjectAsDialog),
            },
            Command::SaveProjectAsDialog => self.dialogs.open(DialogKind::SaveProjectAs),
            Command::SaveProjectTo(path) => self.save_project(path),
            Command::ExportImageDialog { whole_graph } => self.dialogs.open(DialogKind::ExportImage { whole_graph }),
            Command::ExportImageTo { path, whole_graph } => {
                if let Err(e) = self.export_image(&path, whole_graph) {
                    self.errors.push(e.to_string());
                }
            }
            Command::ExportGraphDialog => self.dialogs.open(DialogKind::ExportGraph),
            Command::ExportGraphTo(path) => {
                let format = crate::export::Format::from_path(&path).unwrap_or(crate::export::Format::GraphMl);
                if let Err(e) =
                    crate::export::export(self.curation.graph(), format, &path, &crate::export::ImageOptions::default())
                {
                    self.errors.push(e.to_string());
                }
            }
            Command::DismissErrors => {
                self.errors.clear();
                self.warnings.clear();
            }
        }
    }

    pub(super) fn push_history(&mut self, selection: Selection) {
        if self.history.get(self.history_pos.wrapping_sub(1)) == Some(&selection) {
            return;
        }
        self.history.truncate(self.history_pos);
        self.history.push(selection);
        self.history_pos = self.history.len();
    }

    pub fn can_go_back(&self) -> bool {
        self.history_pos > 1
    }

    pub fn can_go_forward(&self) -> bool {
        self.history_pos < self.history.len()
    }
}
