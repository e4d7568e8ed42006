//! The desktop explorer (egui/eframe). The only module that touches egui, eframe or rfd.
//!
//! State is split: [`Settings`] persists across runs (eframe storage), everything else is
//! transient. Every user action — menu item, shortcut, click, test — goes through one
//! [`Command`] and [`App::execute`].

mod canvas;
mod import;
mod panels;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use crate::graph::{KnowledgeGraph, NodeKind, Span};
use crate::ingest::Article;
use crate::layout::{ForceLayout, ForceParams, LayoutGraph, Vec2, radial_layout};

pub use canvas::View;
pub use import::ImportJob;

/// Opens the window on the given paths.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dramatis")
            .with_inner_size([1280.0, 800.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Dramatis",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
            cc.egui_ctx.set_theme(if settings.dark { egui::Theme::Dark } else { egui::Theme::Light });
            let mut app = App::new(settings);
            app.execute(Command::Open(paths));
            Ok(Box::new(app))
        }),
    )
}

/// Registers the fonts Dramatis ships (Latin, Arabic, Hebrew) as fallbacks after egui's own.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in crate::fonts::FONTS {
        if name.contains("Bold") {
            continue;
        }
        fonts.font_data.insert(name.to_string(), std::sync::Arc::new(egui::FontData::from_static(bytes)));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(name.to_string());
        }
    }
    ctx.set_fonts(fonts);
}

/// What persists between runs (never the graph itself).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    pub dark: bool,
    pub show_sidebar: bool,
    pub show_inspector: bool,
    pub show_reader: bool,
    pub show_co_occurrence: bool,
    pub recent: Vec<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            dark: false,
            show_sidebar: true,
            show_inspector: true,
            show_reader: true,
            show_co_occurrence: true,
            recent: Vec::new(),
        }
    }
}

/// What is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    Node(NodeIndex),
    Edge(EdgeIndex),
}

/// Every action the explorer knows. Menus, shortcuts, clicks and tests all send these.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Ask for files with a dialog.
    OpenFilesDialog,
    OpenFolderDialog,
    /// Load these files or folders (added to what is open).
    Open(Vec<PathBuf>),
    CancelImport,
    Select(Selection),
    /// Select a node and centre the view on it.
    SelectAndCenter(NodeIndex),
    ClearSelection,
    Back,
    Forward,
    /// Show only the n-hop neighbourhood of a node, in a radial layout.
    Focus(NodeIndex),
    SetFocusHops(u8),
    LeaveFocus,
    FitView,
    ToggleLayoutRunning,
    RestartLayout,
    Unpin(NodeIndex),
    SetKindVisible(NodeKind, bool),
    SetEventTypeVisible(String, bool),
    SetArticleVisible(u32, bool),
    SetCoOccurrenceVisible(bool),
    SetMinConfidence(f32),
    SetSearch(String),
    /// Select the best search match.
    SubmitSearch,
    FocusSearchBox,
    /// Open an article in the reader, scrolled to a span.
    ShowInReader(u32, Option<Span>),
    ToggleTheme,
    /// Save to the current project file, or ask where.
    SaveProject,
    SaveProjectAsDialog,
    ExportImageDialog {
        whole_graph: bool,
    },
    ExportGraphDialog,
    DismissErrors,
}

/// The explorer.
pub struct App {
    pub settings: Settings,
    articles: Vec<Article>,
    pub graph: KnowledgeGraph,
    layout: Option<ForceLayout>,
    /// Node of each layout slot, and back.
    slots: Vec<NodeIndex>,
    slot_of: HashMap<NodeIndex, usize>,
    pub layout_running: bool,
    pub view: View,
    pub selection: Option<Selection>,
    history: Vec<Selection>,
    history_pos: usize,
    pub focus: Option<(NodeIndex, u8)>,
    /// Radial positions (by slot) while focused, and the animation progress 0..1.
    focus_positions: Option<Vec<Vec2>>,
    focus_anim: f32,
    pub hidden_kinds: BTreeSet<NodeKind>,
    pub hidden_event_types: BTreeSet<String>,
    pub hidden_articles: BTreeSet<u32>,
    pub min_confidence: f32,
    pub search: String,
    search_focus_requested: bool,
    pub reader: Option<(u32, Option<Span>)>,
    reader_scroll_pending: bool,
    pub import: Option<ImportJob>,
    pub errors: Vec<String>,
    /// Where Ctrl+S saves.
    pub project_path: Option<PathBuf>,
    /// Sentence spans per article, for evidence lines (articles never change once loaded).
    sentence_cache: std::cell::RefCell<HashMap<u32, Vec<(usize, usize)>>>,
    /// Visible nodes (after filters and focus), rebuilt when they change.
    visible_cache: Option<HashSet<NodeIndex>>,
    fit_pending: bool,
    pub canvas: canvas::CanvasCache,
}

impl App {
    pub fn new(settings: Settings) -> App {
        App {
            settings,
            articles: Vec::new(),
            graph: KnowledgeGraph::new(),
            layout: None,
            slots: Vec::new(),
            slot_of: HashMap::new(),
            layout_running: true,
            view: View::default(),
            selection: None,
            history: Vec::new(),
            history_pos: 0,
            focus: None,
            focus_positions: None,
            focus_anim: 1.0,
            hidden_kinds: BTreeSet::new(),
            hidden_event_types: BTreeSet::new(),
            hidden_articles: BTreeSet::new(),
            min_confidence: 0.0,
            search: String::new(),
            search_focus_requested: false,
            reader: None,
            reader_scroll_pending: false,
            import: None,
            errors: Vec::new(),
            project_path: None,
            sentence_cache: std::cell::RefCell::new(HashMap::new()),
            visible_cache: None,
            fit_pending: true,
            canvas: canvas::CanvasCache::default(),
        }
    }

    /// An explorer on already-loaded articles (no background import): for tests and benches.
    pub fn with_articles(articles: Vec<Article>) -> App {
        let mut app = App::new(Settings::default());
        app.add_articles(articles);
        app
    }

    /// An explorer on a prepared graph (benchmarks on synthetic graphs).
    pub fn with_graph(graph: KnowledgeGraph) -> App {
        let mut app = App::new(Settings::default());
        app.graph = graph;
        app.rebuild_layout();
        app
    }

    fn add_articles(&mut self, mut new: Vec<Article>) {
        self.articles.append(&mut new);
        crate::ingest::make_ids_unique(&mut self.articles);
        let previous_ids: HashMap<NodeIndex, String> = self.graph.nodes().map(|(i, n)| (i, n.id.clone())).collect();
        let selected_id = match self.selection {
            Some(Selection::Node(n)) => previous_ids.get(&n).cloned(),
            _ => None,
        };
        self.graph = crate::graph::build_graph(self.articles.clone());
        self.sentence_cache.borrow_mut().clear();
        // Indices change with a rebuild: keep what the user had by id.
        self.selection = selected_id.and_then(|id| self.graph.index_of(&id)).map(Selection::Node);
        self.history.clear();
        self.history_pos = 0;
        self.focus = None;
        self.focus_positions = None;
        self.rebuild_layout();
    }

    fn rebuild_layout(&mut self) {
        let (layout_graph, order) = LayoutGraph::from_knowledge_graph(&self.graph, self.settings.show_co_occurrence);
        match &mut self.layout {
            Some(layout) => layout.set_graph(&layout_graph),
            None => {
                self.layout = Some(ForceLayout::new(&layout_graph, ForceParams::default()));
                self.fit_pending = true;
            }
        }
        self.slot_of = order.iter().enumerate().map(|(i, n)| (*n, i)).collect();
        self.slots = order;
        self.layout_running = true;
        self.visible_cache = None;
        self.canvas.invalidate();
    }

    /// Current position of a node (radial while focused), in layout units.
    pub fn position(&self, node: NodeIndex) -> Option<Vec2> {
        let slot = *self.slot_of.get(&node)?;
        let base = self.layout.as_ref()?.layout().positions.get(slot).copied()?;
        match &self.focus_positions {
            Some(radial) => {
                let target = radial.get(slot).copied()?;
                let t = ease(self.focus_anim);
                Some(Vec2::new(base.x + (target.x - base.x) * t, base.y + (target.y - base.y) * t))
            }
            None => Some(base),
        }
    }

    pub fn layout_slot(&self, node: NodeIndex) -> Option<usize> {
        self.slot_of.get(&node).copied()
    }

    pub fn is_pinned(&self, node: NodeIndex) -> bool {
        self.layout_slot(node).zip(self.layout.as_ref()).is_some_and(|(s, l)| l.is_pinned(s))
    }

    pub fn pin(&mut self, node: NodeIndex, at: Vec2) {
        if let (Some(slot), Some(layout)) = (self.layout_slot(node), self.layout.as_mut()) {
            layout.pin(slot, at);
            self.layout_running = true;
        }
    }

    /// Nodes shown after filters, article toggles and focus.
    pub fn visible_nodes(&mut self) -> &HashSet<NodeIndex> {
        if self.visible_cache.is_none() {
            let focus_set: Option<HashSet<NodeIndex>> =
                self.focus.map(|(center, hops)| self.neighbourhood(center, hops));
            let visible = self
                .graph
                .nodes()
                .filter(|(i, n)| {
                    !self.hidden_kinds.contains(&n.kind)
                        && n.event.as_ref().is_none_or(|e| !self.hidden_event_types.contains(&e.event_type))
                        && (self.hidden_articles.is_empty()
                            || n.mentions.iter().any(|m| !self.hidden_articles.contains(&m.article)))
                        && focus_set.as_ref().is_none_or(|f| f.contains(i))
                })
                .map(|(i, _)| i)
                .collect();
            self.visible_cache = Some(visible);
        }
        self.visible_cache.as_ref().expect("just filled")
    }

    pub fn edge_visible(&self, edge: &crate::graph::Edge) -> bool {
        (self.settings.show_co_occurrence || edge.kind != crate::graph::EdgeKind::CoOccurrence)
            && edge.confidence >= self.min_confidence
            && (self.hidden_articles.is_empty()
                || edge.evidence.iter().any(|m| !self.hidden_articles.contains(&m.article)))
    }

    fn neighbourhood(&self, center: NodeIndex, hops: u8) -> HashSet<NodeIndex> {
        let mut seen = HashSet::from([center]);
        let mut frontier = vec![center];
        for _ in 0..hops {
            let mut next = Vec::new();
            for n in frontier {
                for (_, other, edge, _) in self.graph.incident_edges(n) {
                    if self.edge_visible(edge) && seen.insert(other) {
                        next.push(other);
                    }
                }
            }
            frontier = next;
        }
        seen
    }

    fn filters_changed(&mut self) {
        self.visible_cache = None;
        self.canvas.invalidate();
        if let Some((center, hops)) = self.focus {
            self.compute_focus_layout(center, hops);
        }
    }

    fn compute_focus_layout(&mut self, center: NodeIndex, hops: u8) {
        let Some(center_slot) = self.layout_slot(center) else { return };
        let keep = self.neighbourhood(center, hops);
        let (mut layout_graph, _) = LayoutGraph::from_knowledge_graph(&self.graph, self.settings.show_co_occurrence);
        // Only edges inside the neighbourhood shape the rings.
        layout_graph
            .edges
            .retain(|&(a, b, _)| keep.contains(&self.slots[a as usize]) && keep.contains(&self.slots[b as usize]));
        let gap = 40.0 + layout_graph.radius.iter().fold(0.0f32, |m, r| m.max(*r)) * 3.0;
        let mut radial = radial_layout(&layout_graph, center_slot, gap).positions;
        // Centre the rings on the focused node's current place so the view stays put.
        if let Some(base) = self.layout.as_ref().and_then(|l| l.layout().positions.get(center_slot).copied()) {
            for p in &mut radial {
                p.x += base.x;
                p.y += base.y;
            }
        }
        self.focus_positions = Some(radial);
        self.focus_anim = 0.0;
    }

    fn push_history(&mut self, selection: Selection) {
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

    /// Nodes whose label or alias matches the search (case- and accent-insensitive), best first.
    pub fn search_matches(&self, limit: usize) -> Vec<NodeIndex> {
        let query = fold(&self.search);
        if query.trim().is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, usize, NodeIndex)> = self
            .graph
            .nodes()
            .filter_map(|(i, n)| {
                let label = fold(&n.label);
                let rank = if label == query {
                    0
                } else if label.starts_with(&query) {
                    1
                } else if n.aliases.iter().any(|a| fold(a).starts_with(&query)) {
                    2
                } else if label.contains(&query) || n.aliases.iter().any(|a| fold(a).contains(&query)) {
                    3
                } else {
                    return None;
                };
                Some((rank, usize::MAX - n.mentions.len(), i))
            })
            .collect();
        hits.sort();
        hits.into_iter().take(limit).map(|(_, _, i)| i).collect()
    }

    /// Carries out one command.
    pub fn execute(&mut self, command: Command) {
        match command {
            Command::OpenFilesDialog => {
                if let Some(files) = rfd::FileDialog::new()
                    .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
                    .pick_files()
                {
                    self.execute(Command::Open(files));
                }
            }
            Command::OpenFolderDialog => {
                if let Some(folder) = rfd::FileDialog::new().pick_folder() {
                    self.execute(Command::Open(vec![folder]));
                }
            }
            Command::Open(paths) => {
                if paths.is_empty() {
                    return;
                }
                for p in &paths {
                    self.settings.recent.retain(|r| r != p);
                    self.settings.recent.insert(0, p.clone());
                }
                self.settings.recent.truncate(10);
                if let [single] = paths.as_slice()
                    && crate::project::is_project(single)
                {
                    self.project_path = Some(single.clone());
                }
                if let Some(job) = &self.import {
                    job.cancel();
                }
                self.import = Some(ImportJob::start(paths));
            }
            Command::CancelImport => {
                if let Some(job) = &self.import {
                    job.cancel();
                }
            }
            Command::Select(selection) => {
                self.selection = Some(selection);
                self.push_history(selection);
            }
            Command::SelectAndCenter(node) => {
                self.execute(Command::Select(Selection::Node(node)));
                if let Some(p) = self.position(node) {
                    self.view.center = p;
                }
            }
            Command::ClearSelection => self.selection = None,
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
                    l.restart();
                }
                self.layout_running = true;
            }
            Command::Unpin(node) => {
                if let (Some(slot), Some(layout)) = (self.layout_slot(node), self.layout.as_mut()) {
                    layout.unpin(slot);
                    layout.restart();
                    self.layout_running = true;
                }
            }
            Command::SetKindVisible(kind, visible) => {
                show(&mut self.hidden_kinds, kind, visible);
                self.filters_changed();
            }
            Command::SetEventTypeVisible(event_type, visible) => {
                show(&mut self.hidden_event_types, event_type, visible);
                self.filters_changed();
            }
            Command::SetArticleVisible(article, visible) => {
                show(&mut self.hidden_articles, article, visible);
                self.filters_changed();
            }
            Command::SetCoOccurrenceVisible(visible) => {
                self.settings.show_co_occurrence = visible;
                self.filters_changed();
                self.rebuild_layout();
            }
            Command::SetMinConfidence(c) => {
                self.min_confidence = c.clamp(0.0, 1.0);
                self.filters_changed();
            }
            Command::SetSearch(text) => self.search = text,
            Command::SubmitSearch => {
                if let Some(&best) = self.search_matches(1).first() {
                    if !self.visible_nodes().contains(&best) {
                        // Reveal what the user asked for.
                        let kind = self.graph.node(best).map(|n| n.kind);
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
            Command::SaveProjectAsDialog => {
                if let Some(path) = rfd::FileDialog::new()
                    .add_filter("Dramatis project", &["dramatis"])
                    .set_file_name("project.dramatis")
                    .save_file()
                {
                    self.save_project(path);
                }
            }
            Command::ExportImageDialog { whole_graph } => self.export_image_dialog(whole_graph),
            Command::ExportGraphDialog => self.export_graph_dialog(),
            Command::DismissErrors => self.errors.clear(),
        }
    }

    fn export_image_dialog(&mut self, whole_graph: bool) {
        let Some(path) = rfd::FileDialog::new()
            .add_filter("PNG image", &["png"])
            .add_filter("SVG image", &["svg"])
            .set_file_name("graph.png")
            .save_file()
        else {
            return;
        };
        if let Err(e) = self.export_image(&path, whole_graph) {
            self.errors.push(e.to_string());
        }
    }

    /// Writes the whole graph, or what is on screen (filters, focus), as PNG or SVG.
    pub fn export_image(
        &mut self,
        path: &std::path::Path,
        whole_graph: bool,
    ) -> Result<(), crate::export::ExportError> {
        use crate::export::{Background, Format, ImageOptions, png, svg};
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
        let drawing = svg::draw(&self.graph, &scene, &options, &highlight);
        match format {
            Format::Svg => crate::export::write_atomically(path, drawing.to_svg().as_bytes()),
            _ => crate::export::write_atomically(path, &png::drawing_to_png(&drawing)?),
        }
    }

    fn export_graph_dialog(&mut self) {
        let Some(path) = rfd::FileDialog::new()
            .add_filter("GraphML", &["graphml"])
            .add_filter("GEXF (Gephi)", &["gexf"])
            .add_filter("JSON", &["json"])
            .set_file_name("graph.graphml")
            .save_file()
        else {
            return;
        };
        let format = crate::export::Format::from_path(&path).unwrap_or(crate::export::Format::GraphMl);
        if let Err(e) = crate::export::export(&self.graph, format, &path, &crate::export::ImageOptions::default()) {
            self.errors.push(e.to_string());
        }
    }

    /// Runs the layout to convergence now (tests, benchmarks, exports).
    pub fn finish_layout(&mut self) {
        if let Some(layout) = &mut self.layout {
            layout.run_to_convergence();
        }
        self.layout_running = false;
        self.canvas.positions_changed();
        self.fit_pending = true;
    }

    /// Blocks until the running import (if any) finishes, then adds its articles.
    pub fn wait_for_import(&mut self) {
        if let Some(job) = &self.import {
            job.wait();
        }
        self.apply_import();
    }

    fn apply_import(&mut self) {
        if let Some(job) = &self.import
            && let Some((result, pins)) = job.take_result()
        {
            self.import = None;
            self.errors.extend(result.errors.iter().map(|e| e.to_string()));
            if !result.articles.is_empty() {
                let first_new = self.articles.len() as u32;
                self.add_articles(result.articles);
                if self.reader.is_none() {
                    self.reader = Some((first_new, None));
                }
            }
            for pin in pins {
                if let Some(node) = self.graph.index_of(&pin.id) {
                    self.pin(node, Vec2::new(pin.x, pin.y));
                }
            }
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

    /// Per-frame housekeeping: import progress, layout ticks, focus animation.
    fn advance(&mut self, ctx: &egui::Context) {
        self.apply_import();
        if self.import.is_some() {
            ctx.request_repaint();
        }
        if self.layout_running
            && let Some(layout) = &mut self.layout
        {
            // A few ticks per frame for small graphs, one for big ones: smooth either way.
            let ticks = if layout.keys().len() < 2000 { 4 } else { 1 };
            for _ in 0..ticks {
                layout.tick();
            }
            if layout.is_finished() {
                self.layout_running = false;
            }
            self.canvas.positions_changed();
            ctx.request_repaint();
        }
        if self.focus_anim < 1.0 {
            self.focus_anim = (self.focus_anim + 0.08).min(1.0);
            self.canvas.positions_changed();
            ctx.request_repaint();
        }
    }

    /// Keyboard shortcuts and mouse back/forward buttons, as commands.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let text_editing = ctx.text_edit_focused();
        let mut commands = Vec::new();
        ctx.input_mut(|i| {
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)) {
                commands.push(Command::OpenFilesDialog);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::S)) {
                commands.push(Command::SaveProject);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)) {
                commands.push(Command::FocusSearchBox);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::E)) {
                commands.push(Command::ExportImageDialog { whole_graph: false });
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft))
                || i.pointer.button_pressed(egui::PointerButton::Extra1)
            {
                commands.push(Command::Back);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowRight))
                || i.pointer.button_pressed(egui::PointerButton::Extra2)
            {
                commands.push(Command::Forward);
            }
            if !text_editing {
                if i.consume_key(Modifiers::NONE, Key::Escape) {
                    commands.push(if self.focus.is_some() { Command::LeaveFocus } else { Command::ClearSelection });
                }
                if i.consume_key(Modifiers::NONE, Key::F) {
                    commands.push(Command::FitView);
                }
                if i.consume_key(Modifiers::NONE, Key::Space) {
                    commands.push(Command::ToggleLayoutRunning);
                }
            }
            let dropped: Vec<PathBuf> = i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect();
            if !dropped.is_empty() {
                commands.push(Command::Open(dropped));
            }
        });
        for c in commands {
            self.execute(c);
        }
    }

    /// The whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ctx.set_theme(if self.settings.dark { egui::Theme::Dark } else { egui::Theme::Light });
        self.advance(&ctx);
        self.shortcuts(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
        if self.import.is_some() || !self.errors.is_empty() {
            egui::Panel::top("import").show(ui, |ui| self.import_ui(ui));
        }
        if self.settings.show_sidebar {
            egui::Panel::left("sidebar").default_size(250.0).show(ui, |ui| self.sidebar_ui(ui));
        }
        if self.settings.show_inspector {
            egui::Panel::right("inspector").default_size(320.0).show(ui, |ui| self.inspector_ui(ui));
        }
        if self.settings.show_reader && self.reader.is_some() {
            egui::Panel::bottom("reader").resizable(true).default_size(220.0).show(ui, |ui| self.reader_ui(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| self.canvas_ui(ui));
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }
}

/// Shows (removes from the hidden set) or hides an item.
fn show<T: Ord>(hidden: &mut BTreeSet<T>, item: T, visible: bool) {
    if visible {
        hidden.remove(&item);
    } else {
        hidden.insert(item);
    }
}

fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Lowercase without accents, for search ("Liban" finds "Líbano").
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}
