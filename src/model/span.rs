//! Spans: byte ranges of an article's clean text, the unit of evidence everywhere.

use serde::{Deserialize, Serialize};

/// A span of an article's clean text: byte offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Index into the graph's article list (the JSON writes the article id instead).
    pub article: u32,
    pub start: u32,
    pub end: u32,
}
