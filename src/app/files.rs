//! Reading and writing files from the explorer: finished imports (projects with their edits and
//! view), saving projects, image and graph exports.

use std::collections::HashMap;
use std::path::PathBuf;

use petgraph::stable_graph::NodeIndex;

use super::command::{Command, Selection};
use super::state::App;
use crate::curation::{Curation, Edit};
use crate::graph::NodeKind;
use crate::layout::Vec2;
use crate::project::{NodePosition, Project, SavedFocus};

impl App {
    /// Writes the whole graph, or what is on screen (filters, focus), as PNG or SVG.
    pub fn export_image(
        &mut self,
        path: &std::path::Path,
        whole_graph: bool,
    ) -> Result<(), crate::export::ExportError> {
        use crate::export::{Background, Format, ImageOptions};
        let format = crate::export::Format::from_path(path).unwrap_or(Format::Png);
        let visible = if whole_graph { None } else { Some(self.visible_nodes().clone()) };
        let positions: HashMap<NodeIndex, Vec2> =
            self.curation.graph().node_indices().filter_map(|n| Some((n, self.position(n)?))).collect();
        let scene = crate::scene::Scene::build(
            self.curation.graph(),
            &positions,
            |n| visible.as_ref().is_none_or(|v| v.contains(&n)),
            |e| whole_graph || self.edge_visible(e),
        );
        let highlight: Vec<usize> = match self.selection {
            Some(Selection::Node(n)) => scene.nodes.iter().position(|s| s.index == n).into_iter().collect(),
            _ => Vec::new(),
        };
        let options = ImageOptions {
            background: if self.settings.dark { Background::Dark } else { Background::White },
            ..ImageOptions::default()
        };
        crate::export::write_image(self.curation.graph(), &scene, &options, &highlight, format, path)
    }

    /// Blocks until the running import (if any) finishes, then adds its articles.
    pub fn wait_for_import(&mut self) {
        if let Some(job) = &self.import {
            job.wait();
        }
        self.apply_import();
    }

    pub(super) fn apply_import(&mut self) {
        let Some(imported) = self.import.as_ref().and_then(|job| job.take_result()) else { return };
        self.import = None;
        let loaded = imported.loaded;
        let result = loaded.report;
        self.errors.extend(result.errors.iter().map(|e| e.to_string()));
        self.warnings.extend(result.warnings.iter().map(|w| w.to_string()));
        // Recovered work brings its own log and view; the projects it reopens bring only articles.
        let recovered = self.recovering.take();
        let recovering = recovered.is_some();
        let loaded_projects = loaded.projects.len();
        let projects: Vec<Project> = match recovered {
            Some(state) => vec![state],
            None => loaded.projects,
        };
        let from_project = !projects.is_empty();
        let opening = self.opening_project.take();
        if !recovering && loaded_projects == 1 {
            self.project_path = opening;
        }
        if imported.extracted.is_some() || from_project {
            let first_new = self.articles.len() as u32;
            // A project's edits join the log, replayed on the new extraction.
            let edits: Vec<Edit> = projects.iter().flat_map(|p| p.edits.iter().cloned()).collect();
            let base = match imported.extracted {
                Some((articles, graph)) => {
                    self.articles = articles;
                    graph
                }
                // Recovered work whose files are all gone: nothing new to extract.
                None => crate::graph::build_graph(self.articles.clone()),
            };
            self.warnings.extend(crate::pipeline::analysis_warnings(&base).map(|w| w.to_string()));
            self.graph_changed(|curation| {
                let mut log: Vec<Edit> = curation.edits().cloned().collect();
                log.extend(edits);
                *curation = Curation::with_log(base, log);
            });
            for issue in self.curation.issues() {
                self.warnings.push(format!(
                    "Edit {} ({}) does not apply to these articles: {}",
                    issue.index + 1,
                    issue.summary,
                    issue.reason
                ));
            }
            if self.reader.is_none() && (first_new as usize) < self.articles.len() {
                self.reader = Some((first_new, None));
            }
        }
        for project in &projects {
            self.restore_view(project);
        }
        if from_project {
            self.filters_changed();
            // What was just opened is what is saved (recovered work is not, until saved).
            self.unsaved = recovering;
        }
    }

    /// What a project saved comes back: positions (pinned or not), filters, focus, selection,
    /// camera and dismissed suggestions.
    fn restore_view(&mut self, project: &Project) {
        // All saved places in one change of the layout (one hand-over from its worker).
        let mut placed = 0;
        let mut places: Vec<(usize, Vec2, bool)> = Vec::new();
        for p in &project.positions {
            let Some(node) = self.curation.graph().index_of(&p.id) else { continue };
            if let Some(slot) = self.layout_slot(node) {
                places.push((slot, Vec2::new(p.x, p.y), p.pinned));
            }
            placed += 1;
        }
        if let Some(layout) = self.layout.as_mut().filter(|_| !places.is_empty()) {
            // Saved places win over a start still being computed.
            layout.cancel_start();
            layout.edit(|l| {
                for &(slot, at, pinned) in &places {
                    if pinned {
                        l.pin(slot, at);
                    } else {
                        l.place(slot, at);
                    }
                }
            });
            if places.iter().any(|p| p.2) {
                self.layout_running = true;
                self.unsaved = true;
            }
        }
        // A layout saved whole comes back as it was, without moving.
        if placed > 0 && placed == self.slots.len() {
            if let Some(layout) = &mut self.layout {
                layout.edit(|l| l.settle());
            }
            self.layout_running = false;
            self.canvas.positions_changed();
        }
        let view = &project.view;
        self.hidden_kinds.extend(view.hidden_kinds.iter().filter_map(|k| NodeKind::parse(k)));
        self.hidden_event_types.extend(view.hidden_event_types.iter().cloned());
        let article_index = |id: &String| self.articles.iter().position(|a| a.id == *id).map(|i| i as u32);
        let hidden: Vec<u32> = view.hidden_articles.iter().filter_map(article_index).collect();
        self.hidden_articles.extend(hidden);
        self.min_confidence = self.min_confidence.max(view.min_confidence.clamp(0.0, 1.0));
        self.dismissed.extend(project.dismissed_suggestions.iter().cloned());
        let graph = self.curation.graph();
        let selected: Vec<NodeIndex> = view.selection.iter().filter_map(|id| graph.index_of(id)).collect();
        let focus = view.focus.as_ref().and_then(|f| Some((graph.index_of(&f.node)?, f.hops)));
        if !selected.is_empty() {
            self.execute(Command::SelectNodes(selected));
        }
        if let Some((node, hops)) = focus {
            self.execute(Command::Focus(node));
            self.execute(Command::SetFocusHops(hops));
        }
        if let (Some([x, y]), Some(zoom)) = (view.center, view.zoom) {
            self.view = crate::app::View { center: Vec2::new(x, y), zoom };
            self.fit_pending = false;
        }
    }

    /// Everything open as a project: articles, edit log, dismissed suggestions, every node's
    /// position, filters, focus, selection and camera.
    pub fn to_project(&self) -> Project {
        Project { articles: self.articles.clone(), ..self.to_project_without_articles() }
    }

    /// The project without its articles (the recovery record reads them again from their files).
    pub(super) fn to_project_without_articles(&self) -> Project {
        let mut project = Project::new(Vec::new());
        project.edits = self.curation.edits().cloned().collect();
        let mut dismissed: Vec<(String, String)> = self.dismissed.iter().cloned().collect();
        dismissed.sort();
        project.dismissed_suggestions = dismissed;
        let graph = self.curation.graph();
        if let Some(layout) = &self.layout {
            for (slot, node) in self.slots.iter().enumerate() {
                if let (Some(n), Some(p)) = (graph.node(*node), layout.positions().get(slot)) {
                    let pinned = layout.is_pinned(slot);
                    project.positions.push(NodePosition { id: n.id.clone(), x: p.x, y: p.y, pinned });
                }
            }
        }
        let node_id = |n: NodeIndex| graph.node(n).map(|n| n.id.clone());
        let view = &mut project.view;
        view.hidden_kinds = self.hidden_kinds.iter().map(|k| k.as_str().to_string()).collect();
        view.hidden_event_types = self.hidden_event_types.iter().cloned().collect();
        view.hidden_articles =
            self.hidden_articles.iter().filter_map(|&i| self.articles.get(i as usize).map(|a| a.id.clone())).collect();
        view.min_confidence = self.min_confidence;
        view.focus = self.focus.and_then(|(n, hops)| Some(SavedFocus { node: node_id(n)?, hops }));
        view.selection = self.selected_nodes().into_iter().filter_map(node_id).collect();
        view.center = Some([self.view.center.x, self.view.center.y]);
        view.zoom = Some(self.view.zoom);
        project
    }

    /// Saves the project to `path` (atomically, the previous file kept as `.bak`) and remembers
    /// it for Ctrl+S.
    pub fn save_project(&mut self, path: PathBuf) {
        match self.to_project().save(&path) {
            Ok(()) => {
                self.project_path = Some(path.clone());
                self.unsaved = false;
                self.status = Some(format!("Saved {}", path.display()));
                self.settings.recent.retain(|r| *r != path);
                self.settings.recent.insert(0, path);
                self.settings.recent.truncate(10);
                self.recovery.clear();
            }
            Err(e) => self.errors.push(e.to_string()),
        }
    }
}
