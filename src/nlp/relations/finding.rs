//! What relation rules produce: a typed edge between two entity mentions.

use crate::model::EdgeKind;

/// A typed edge between two entity mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationFinding {
    pub source: usize,
    pub target: usize,
    pub kind: EdgeKind,
    pub label: String,
    pub sentence: usize,
    pub confidence: f32,
}
