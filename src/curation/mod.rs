//! Curation: the user's edits to the graph as a replayable log ([`edit`]), the curated graph
//! with undo and redo ([`history`]) and merge suggestions ([`suggest`]). The app only sends edits.

pub mod edit;
pub mod history;
pub mod suggest;

pub use edit::{EdgeRef, Edit, EditError, Target, new_node_id, split_id};
pub use history::{Curation, Entry, ReplayIssue};
pub use suggest::{Reason, Suggestion, pair_key, suggest_merges};
