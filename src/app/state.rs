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
use super::live_layout::LiveLayout;
use super::recovery::RecoveryWriter;
use super::settings::Settings;
use crate::curation::{Curation, EdgeRef, Suggestion};
use crate::graph::{KnowledgeGraph, NodeKind, Span};
use crate::layout::{ForceParams, Vec2};
use crate::model::Article;

/// The explorer.
pub struct App {
    pub settings: Settings,
    pub(super) articles: Vec<Article>,
    /// The extracted graph, the user's edit log and the graph they make (what is shown).
    pub(super) curation: Curation,
    /// Files and folders the open articles came from (the recovery file reopens them).
    pub(super) sources: Vec<PathBuf>,
    /// Something the user did (edits, pins, filters) is not in a saved project yet.
    pub unsaved: bool,
    /// Merge suggestions the user dismissed (order-free pairs of node ids).
    pub(super) dismissed: HashSet<(String, String)>,
    /// Merge suggestions for the current graph, computed when asked for (`None`: stale).
    pub(super) suggestions: Option<Vec<Suggestion>>,
    /// A question for the user (unsaved changes, recovery), shown as a modal window.
    pub confirm: Option<Confirm>,
    /// The last thing done, for the status bar ("Undid merge …", "Saved …").
    pub status: Option<String>,
    /// The user chose to close the window (the frame closes it).
    pub quit_requested: bool,
    /// Autosave of unsaved work.
    pub recovery: RecoveryWriter,
    /// A recovered session waiting for its articles to load.
    pub(super) recovering: Option<crate::project::Project>,
    /// The project file being opened (it becomes `project_path` when it loads).
    pub(super) opening_project: Option<PathBuf>,
    /// The title last sent to the window.
    pub(super) last_title: Option<String>,
    /// Transient editing state of the panels (text being typed).
    pub(super) drafts: super::drafts::Drafts,
    pub(super) layout: Option<LiveLayout>,
    /// Node of each layout slot, and back.
    pub(super) slots: Vec<NodeIndex>,
    pub(super) slot_of: HashMap<NodeIndex, usize>,
    pub layout_running: bool,
    pub view: View,
    pub selection: Option<Selection>,
    /// Nodes selected together (Ctrl/Shift+click, box, lists), in the order they were selected;
    /// the primary selection is among them.
    pub selected: Vec<NodeIndex>,
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
    /// Show what the user hid (drawn faded), to bring it back.
    pub show_hidden: bool,
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
            curation: Curation::default(),
            sources: Vec::new(),
            unsaved: false,
            dismissed: HashSet::new(),
            suggestions: None,
            confirm: None,
            status: None,
            quit_requested: false,
            recovery: RecoveryWriter::default(),
            recovering: None,
            opening_project: None,
            last_title: None,
            drafts: Default::default(),
            layout: None,
            slots: Vec::new(),
            slot_of: HashMap::new(),
            layout_running: true,
            view: View::default(),
            selection: None,
            selected: Vec::new(),
            history: Vec::new(),
            history_pos: 0,
            focus: None,
            focus_positions: None,
            focus_anim: 1.0,
            hidden_kinds: BTreeSet::new(),
            hidden_event_types: BTreeSet::new(),
            hidden_articles: BTreeSet::new(),
            min_confidence: 0.0,
            show_hidden: false,
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
        app.curation = Curation::new(graph);
        app.rebuild_layout();
        app
    }

    /// The graph shown: the extraction with the user's edits.
    pub fn graph(&self) -> &KnowledgeGraph {
        self.curation.graph()
    }

    pub fn curation(&self) -> &Curation {
        &self.curation
    }

    pub(super) fn add_articles(&mut self, mut new: Vec<Article>) {
        self.articles.append(&mut new);
        crate::ingest::make_ids_unique(&mut self.articles);
        let base = crate::graph::build_graph(self.articles.clone());
        self.warnings.extend(crate::pipeline::analysis_warnings(&base).map(|w| w.to_string()));
        self.graph_changed(|curation| curation.rebase(base));
    }

    /// Changes the graph (an edit, undo, redo, a new extraction) and keeps what the user had
    /// by id, since node indices change: selection, history, focus; layout positions follow ids.
    pub(super) fn graph_changed<T>(&mut self, change: impl FnOnce(&mut Curation) -> T) -> T {
        let saved = self.remembered_ids();
        let result = change(&mut self.curation);
        self.restore_ids(saved);
        self.suggestions = None;
        self.rebuild_layout();
        if let Some((center, hops)) = self.focus {
            self.compute_focus_layout(center, hops);
        }
        result
    }

    fn remembered_ids(&self) -> RememberedIds {
        let graph = self.curation.graph();
        let node_id = |n: NodeIndex| graph.node(n).map(|n| n.id.clone());
        let selection_id = |s: &Selection| match *s {
            Selection::Node(n) => node_id(n).map(RememberedSelection::Node),
            Selection::Edge(e) => EdgeRef::of(graph, e).map(RememberedSelection::Edge),
        };
        RememberedIds {
            selection: self.selection.as_ref().and_then(selection_id),
            selected: self.selected.iter().filter_map(|&n| node_id(n)).collect(),
            history: self.history.iter().map(selection_id).collect(),
            focus: self.focus.and_then(|(n, hops)| Some((node_id(n)?, hops))),
        }
    }

    fn restore_ids(&mut self, saved: RememberedIds) {
        let graph = self.curation.graph();
        let find = |s: &RememberedSelection| match s {
            RememberedSelection::Node(id) => graph.index_of(id).map(Selection::Node),
            RememberedSelection::Edge(e) => e.find(graph).map(Selection::Edge),
        };
        self.selection = saved.selection.as_ref().and_then(find);
        self.selected = saved.selected.iter().filter_map(|id| graph.index_of(id)).collect();
        // History entries that no longer exist drop out; the position moves with them.
        let before_pos = self.history_pos;
        let mut history = Vec::new();
        let mut pos = 0;
        for (k, entry) in saved.history.iter().enumerate() {
            if let Some(s) = entry.as_ref().and_then(find) {
                history.push(s);
                if k < before_pos {
                    pos = history.len();
                }
            }
        }
        self.history = history;
        self.history_pos = pos;
        let focus = saved.focus.and_then(|(id, hops)| Some((graph.index_of(&id)?, hops)));
        if focus.is_none() {
            self.focus_positions = None;
        }
        self.focus = focus;
    }

    pub(super) fn rebuild_layout(&mut self) {
        let (layout_graph, order) = crate::style::layout_graph(self.curation.graph(), self.settings.show_co_occurrence);
        match &mut self.layout {
            Some(layout) => {
                layout.edit(|l| l.set_graph(&layout_graph));
            }
            None => {
                self.layout = Some(LiveLayout::start(&layout_graph, ForceParams::default()));
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
        self.position_of_slot(*self.slot_of.get(&node)?)
    }

    /// Position of the node in layout slot `slot` (see `position`).
    pub(crate) fn position_of_slot(&self, slot: usize) -> Option<Vec2> {
        let base = self.layout.as_ref()?.positions().get(slot).copied()?;
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
            // The user placed something: a start still being computed would move it.
            layout.cancel_start();
            layout.edit(|l| l.pin(slot, at));
            self.layout_running = true;
            self.unsaved = true;
        }
    }

    /// Whether the layout waits for its multilevel start.
    pub fn layout_starting(&self) -> bool {
        self.layout.as_ref().is_some_and(LiveLayout::is_starting)
    }

    /// Runs the layout to convergence now (tests, benchmarks, exports).
    pub fn finish_layout(&mut self) {
        if let Some(layout) = &mut self.layout {
            layout.finish();
        }
        self.layout_running = false;
        self.canvas.positions_changed();
        self.fit_pending = true;
    }
}

/// What the user had, by id, across a change of the graph.
struct RememberedIds {
    selection: Option<RememberedSelection>,
    selected: Vec<String>,
    history: Vec<Option<RememberedSelection>>,
    focus: Option<(String, u8)>,
}

enum RememberedSelection {
    Node(String),
    Edge(EdgeRef),
}

/// A question the explorer asks before doing something that would lose work.
#[derive(Debug, Clone, PartialEq)]
pub enum Confirm {
    /// Unsaved changes, and the user asked to open a project in their place.
    OpenProject(Vec<PathBuf>),
    /// Unsaved changes, and the window is closing.
    Quit,
    /// A recovery file from a session that did not end cleanly.
    Recover(PathBuf),
}

pub(super) fn ease(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}
