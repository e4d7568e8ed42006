//! Reading and writing files from the explorer: finished imports, projects, image and graph exports.

use std::collections::HashMap;
use std::path::PathBuf;

use petgraph::stable_graph::NodeIndex;

use super::command::Selection;
use super::state::App;
use crate::graph::NodeKind;
use crate::layout::Vec2;

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
            self.graph.node_indices().filter_map(|n| Some((n, self.position(n)?))).collect();
        let scene = crate::scene::Scene::build(
            &self.graph,
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
        crate::export::write_image(&self.graph, &scene, &options, &highlight, format, path)
    }

    /// Blocks until the running import (if any) finishes, then adds its articles.
    pub fn wait_for_import(&mut self) {
        if let Some(job) = &self.import {
            job.wait();
        }
        self.apply_import();
    }

    pub(super) fn apply_import(&mut self) {
        let Some(loaded) = self.import.as_ref().and_then(|job| job.take_result()) else { return };
        self.import = None;
        let result = loaded.report;
        self.errors.extend(result.errors.iter().map(|e| e.to_string()));
        self.warnings.extend(result.warnings.iter().map(|w| w.to_string()));
        if !result.articles.is_empty() {
            let first_new = self.articles.len() as u32;
            self.add_articles(result.articles);
            if self.reader.is_none() {
                self.reader = Some((first_new, None));
            }
        }
        // What each project saved comes back: pinned nodes, hidden kinds, the confidence floor.
        let mut filters_restored = false;
        for project in loaded.projects {
            for pin in &project.pinned {
                if let Some(node) = self.graph.index_of(&pin.id) {
                    self.pin(node, Vec2::new(pin.x, pin.y));
                }
            }
            self.hidden_kinds.extend(project.hidden_kinds.iter().filter_map(|k| NodeKind::parse(k)));
            self.min_confidence = self.min_confidence.max(project.min_confidence.clamp(0.0, 1.0));
            filters_restored = true;
        }
        if filters_restored {
            self.filters_changed();
        }
    }

    /// The open articles and pinned positions as a project.
    pub fn to_project(&self) -> crate::project::Project {
        let mut project = crate::project::Project::new(self.articles.clone());
        if let Some(layout) = &self.layout {
            for (slot, node) in self.slots.iter().enumerate() {
                if layout.is_pinned(slot)
                    && let (Some(n), Some(p)) = (self.graph.node(*node), layout.layout().positions.get(slot))
                {
                    project.pinned.push(crate::project::PinnedNode { id: n.id.clone(), x: p.x, y: p.y });
                }
            }
        }
        project.hidden_kinds = self.hidden_kinds.iter().map(|k| k.as_str().to_string()).collect();
        project.min_confidence = self.min_confidence;
        project
    }

    /// Saves the project to `path` (atomically) and remembers it for Ctrl+S.
    pub fn save_project(&mut self, path: PathBuf) {
        match self.to_project().save(&path) {
            Ok(()) => self.project_path = Some(path),
            Err(e) => self.errors.push(e.to_string()),
        }
    }
}
