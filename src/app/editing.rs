//! Carrying out curation commands: edits, undo and redo, merging and deleting the selection,
//! merge suggestions, and the answers to "save your changes?" questions. The graph itself only
//! changes in [`crate::curation`]; this file turns the user's selection into edits.

use std::collections::HashSet;

use petgraph::stable_graph::NodeIndex;

use super::command::{Answer, Selection};
use super::state::{App, Confirm};
use crate::curation::{EdgeRef, Edit, Target, pair_key, suggest_merges};

/// How many suggestions the panel lists (the best first).
pub const SUGGESTIONS_SHOWN: usize = 200;

impl App {
    pub(super) fn apply_edit(&mut self, edit: Edit) {
        let merged_into = match &edit {
            Edit::Merge { into, .. } => Some(into.clone()),
            _ => None,
        };
        match self.graph_changed(|curation| curation.apply(edit)) {
            Ok(()) => {
                self.unsaved = true;
                // Say what happened: a drop that merged by accident is one Ctrl+Z away.
                self.status = self.curation.undo_summary().map(|s| format!("Did {s} (Ctrl+Z undoes it)"));
                // After a merge the node that stays is what the user looks at.
                if let Some(node) = merged_into.and_then(|id| self.curation.graph().index_of(&id)) {
                    self.selection = Some(Selection::Node(node));
                    self.selected = vec![node];
                }
            }
            Err(e) => self.errors.push(format!("That change could not be made: {e}")),
        }
    }

    pub(super) fn undo(&mut self) {
        if self.curation.undo_summary().is_none() {
            return;
        }
        if let Some(summary) = self.graph_changed(|curation| curation.undo()) {
            self.unsaved = true;
            self.status = Some(format!("Undid {summary}"));
        }
    }

    pub(super) fn redo(&mut self) {
        if self.curation.redo_summary().is_none() {
            return;
        }
        if let Some(summary) = self.graph_changed(|curation| curation.redo()) {
            self.unsaved = true;
            self.status = Some(format!("Redid {summary}"));
        }
    }

    /// The selected nodes in the order they were selected (the primary one alone when there is
    /// no multiple selection).
    pub fn selected_nodes(&self) -> Vec<NodeIndex> {
        match (self.selected.is_empty(), self.selection) {
            (true, Some(Selection::Node(n))) => vec![n],
            _ => self.selected.clone(),
        }
    }

    /// Merges the selected nodes into the one selected first.
    pub(super) fn merge_selected(&mut self) {
        let graph = self.curation.graph();
        let ids: Vec<String> =
            self.selected_nodes().into_iter().filter_map(|n| graph.node(n).map(|n| n.id.clone())).collect();
        if let [into, from @ ..] = ids.as_slice()
            && !from.is_empty()
        {
            let edit = Edit::Merge { into: into.clone(), from: from.to_vec() };
            self.apply_edit(edit);
        }
    }

    /// Deletes the selected nodes (one undoable step per node) or the selected edge.
    pub(super) fn delete_selected(&mut self) {
        let graph = self.curation.graph();
        let edits: Vec<Edit> = match self.selection {
            Some(Selection::Edge(e)) => {
                EdgeRef::of(graph, e).map(|edge| Edit::DeleteEdge { edge }).into_iter().collect()
            }
            _ => self
                .selected_nodes()
                .into_iter()
                .filter_map(|n| graph.node(n).map(|n| Edit::DeleteNode { node: n.id.clone() }))
                .collect(),
        };
        for edit in edits {
            self.apply_edit(edit);
        }
    }

    /// Hides a node or an edge (or shows it again).
    pub fn hide_edit(&self, selection: Selection, hidden: bool) -> Option<Edit> {
        Some(Edit::SetHidden { target: self.target_of(selection)?, hidden })
    }

    /// What a note or a hide flag on this selection is attached to.
    pub fn target_of(&self, selection: Selection) -> Option<Target> {
        let graph = self.curation.graph();
        match selection {
            Selection::Node(n) => graph.node(n).map(|n| Target::Node(n.id.clone())),
            Selection::Edge(e) => EdgeRef::of(graph, e).map(Target::Edge),
        }
    }

    /// The merge suggestions for the graph as it is, computed once per change.
    pub fn suggestions(&mut self) -> &[crate::curation::Suggestion] {
        if self.suggestions.is_none() {
            let mut found = suggest_merges(self.curation.graph(), &self.dismissed);
            found.truncate(SUGGESTIONS_SHOWN);
            self.suggestions = Some(found);
        }
        self.suggestions.as_deref().unwrap_or_default()
    }

    pub(super) fn accept_suggestion(&mut self, rank: usize) {
        let Some(s) = self.suggestions().get(rank).cloned() else { return };
        self.apply_edit(Edit::Merge { into: s.keep, from: vec![s.merge] });
    }

    pub(super) fn dismiss_suggestion(&mut self, rank: usize) {
        let Some(s) = self.suggestions().get(rank).cloned() else { return };
        self.dismissed.insert(pair_key(&s.keep, &s.merge));
        self.unsaved = true;
        if let Some(list) = &mut self.suggestions {
            list.remove(rank);
        }
    }

    pub(super) fn answer(&mut self, answer: Answer) {
        let Some(question) = self.confirm.take() else { return };
        match (question, answer) {
            (_, Answer::Cancel) => {}
            (Confirm::Recover(path), Answer::Save) => self.recover(&path),
            (Confirm::Recover(path), Answer::Discard) => {
                let _ = std::fs::remove_file(path);
            }
            (question, Answer::Save) => {
                // Save where the project lives; with no file yet, ask where first.
                match self.project_path.clone() {
                    Some(path) => {
                        self.save_project(path);
                        if !self.unsaved {
                            self.after_confirm(question);
                        }
                    }
                    None => self.execute(super::command::Command::SaveProjectAsDialog),
                }
            }
            (question, Answer::Discard) => {
                self.unsaved = false;
                self.after_confirm(question);
            }
        }
    }

    fn after_confirm(&mut self, question: Confirm) {
        match question {
            Confirm::OpenProject(paths) => self.execute(super::command::Command::Open(paths)),
            Confirm::Quit => self.quit_requested = true,
            Confirm::Recover(_) => {}
        }
    }

    /// Closes everything open: articles, graph, edits, view (before a project opens in place).
    pub(super) fn close_all(&mut self) {
        self.articles.clear();
        self.sources.clear();
        self.dismissed = HashSet::new();
        self.graph_changed(|curation| *curation = crate::curation::Curation::default());
        self.selection = None;
        self.selected.clear();
        self.history.clear();
        self.history_pos = 0;
        self.focus = None;
        self.focus_positions = None;
        self.hidden_kinds.clear();
        self.hidden_event_types.clear();
        self.hidden_articles.clear();
        self.min_confidence = 0.0;
        self.reader = None;
        self.project_path = None;
        self.unsaved = false;
        self.layout = None;
        self.rebuild_layout();
    }
}
