//! What the user is typing in the editing controls (a rename, a note, a new edge's label, the
//! "Add node" window): transient, never saved, kept apart from the explorer's state.

use crate::curation::Target;
use crate::graph::NodeKind;

/// Text the user is typing in the editing controls (transient, never saved).
#[derive(Debug, Default)]
pub struct Drafts {
    /// The rename field, and the node it belongs to.
    pub rename: (Option<String>, String),
    /// The note field, and what it belongs to.
    pub note: (Option<Target>, String),
    /// The label of a new edge between two selected nodes.
    pub edge_label: String,
    /// The "Add node" window: its name and kind, while open.
    pub new_node: Option<(String, NodeKind)>,
}
