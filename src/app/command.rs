//! One `Command` enum for every action: menus, shortcuts, clicks, dialogs and tests all send
//! these to [`super::state::App::execute`].

use std::path::PathBuf;

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use crate::curation::Edit;
use crate::graph::{NodeKind, Span};

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
    /// Ctrl/Shift+click: add a node to the selection, or take it out.
    ToggleSelected(NodeIndex),
    /// Select these nodes together (a box on the canvas, a list).
    SelectNodes(Vec<NodeIndex>),
    /// Change the graph (undoable); the app only ever changes the graph through these.
    Edit(Edit),
    /// Merge the selected nodes into the one selected first.
    MergeSelected,
    /// Delete the selected nodes, or the selected edge.
    DeleteSelected,
    Undo,
    Redo,
    /// Accept the merge suggestion at this rank (a merge edit) or dismiss it (remembered).
    AcceptSuggestion(usize),
    DismissSuggestion(usize),
    /// The answer to the question on screen ([`super::state::Confirm`]).
    Answer(Answer),
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
    /// Save the project to this file (and remember it for Ctrl+S).
    SaveProjectTo(PathBuf),
    /// Close the window (asks first when there are unsaved changes).
    Quit,
    ExportImageDialog {
        whole_graph: bool,
    },
    /// Write the current view (or the whole graph) as PNG or SVG, by the file's extension.
    ExportImageTo {
        path: PathBuf,
        whole_graph: bool,
    },
    ExportGraphDialog,
    /// Write the graph as GraphML, GEXF, JSON or CSV, by the file's extension.
    ExportGraphTo(PathBuf),
    DismissErrors,
}

/// An answer to a question the explorer asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save first (unsaved changes) or recover (a recovery file).
    Save,
    /// Go on without saving, or throw the recovery file away.
    Discard,
    Cancel,
}
