//! The explorer's state: what is open (articles, graph, layout), what the user looks at
//! (view, selection, focus, filters) and the transient bits of the frame. Persisted settings live
//! in [`super::settings`]; edits to this state go through [`super::command::Command`].

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::PathBuf;

use petgraph::stable_graph::NodeIndex;

use super::canvas::view::{CanvasCache, View};
use super::command::Selection;
use super::dialogs::Dialogs;
use super::import::ImportJob;
use super::settings::Settings;
use crate::graph::{KnowledgeGraph, NodeKind, Span};
use crate::layout::{ForceLayout, ForceParams, Vec2};
use crate::model::Article;

/// The explorer.
pub struct App {
    pub settings: Settings,
    pub(super) articles: Vec<Article>,
    pub graph: KnowledgeGraph,
    pub(super) layout: Option<ForceLayout>,
    /// Node of each layout slot, and back.
    pub(super) slots: Vec<NodeIndex>,
    pub(super) slot_of: HashMap<NodeIndex, usize>,
    pub layout_running: bool,
    pub view: View,
    pub selection: Option<Selection>,
    pub(super) history: Vec<Selection>,
    pub(super) history_pos: usize,
    pub focus: Option<(NodeIndex, u8)>,
    /// Radial positions (by slot) while focused, and the animation progress 0..1.
    pub(super) focus_positions: Option<Vec<Vec2>>,
    pub(super) focus_anim: f32,
    pub hidden_kinds: BTreeSet<NodeKind>,
    pub hidden_event_types: BTreeSet<String>,
    pub hidden_articles: BTreeSet<u32>,
    pub min_confidence: f32,
    pub search: String,
    pub(super) search_focus_requested: bool,
    pub reader: Option<(u32, Option<Span>)>,
    pub(super) reader_scroll_pending: bool,
    pub import: Option<ImportJob>,
    pub errors: Vec<String>,
    /// Files that loaded with something the user should know ("little text was found").
    pub warnings: Vec<String>,
    /// Where Ctrl+S saves.
    pub project_path: Option<PathBuf>,
    /// Visible nodes (after filters and focus), rebuilt when they change.
    pub(super) visible_cache: Option<HashSet<NodeIndex>>,
    pub(super) fit_pending: bool,
    pub canvas: CanvasCache,
    /// The file dialog open in the background, if any.
    pub(super) dialogs: Dialogs,
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
            warnings: Vec::new(),
            project_path: None,
            visible_cache: None,
            fit_pending: true,
            canvas: CanvasCache::default(),
            dialogs: Dialogs::default(),
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

    pub(super) fn add_articles(&mut self, mut new: Vec<Article>) {
        self.articles.append(&mut new);
        crate::ingest::make_ids_unique(&mut self.articles);
        let previous_ids: HashMap<NodeIndex, String> = self.graph.nodes().map(|(i, n)| (i, n.id.clone())).collect();
        let selected_id = match self.selection {
            Some(Selection::Node(n)) => previous_ids.get(&n).cloned(),
            _ => None,
        };
        self.graph = crate::graph::build_graph(self.articles.clone());
        // Indices change with a rebuild: keep what the user had by id.
        self.selection = selected_id.and_then(|id| self.graph.index_of(&id)).map(Selection::Node);
        self.history.clear();
        self.history_pos = 0;
        self.focus = None;
        self.focus_positions = None;
        self.rebuild_layout();
    }

    pub(super) fn rebuild_layout(&mut self) {
        let (layout_graph, order) = crate::style::layout_graph(&self.graph, self.settings.show_co_occurrence);
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

    /// Runs the layout to convergence now (tests, benchmarks, exports).
    pub fn finish_layout(&mut self) {
        if let Some(layout) = &mut self.layout {
            layout.run_to_convergence();
        }
        self.layout_running = false;
        self.canvas.positions_changed();
        self.fit_pending = true;
    }
}

pub(super) fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}
