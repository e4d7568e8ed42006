//! The knowledge graph: actors, places and events over a petgraph `StableGraph`, every node and
//! edge tied to the article spans it came from.

pub mod build;
pub mod event_labels;
pub mod model;
pub mod resolve;
pub mod store;

pub use build::build_graph;
pub use model::{Edge, EventInfo, Node};
pub use store::{AnalysisFailure, KnowledgeGraph};

pub use crate::model::{EdgeKind, Modality, NodeKind, Role, Span};
