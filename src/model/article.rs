//! An article as every layer sees it: its clean text (what all offsets point into), title and metadata.

use serde::{Deserialize, Serialize};

/// One loaded article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Unique within a graph (derived from the file name).
    pub id: String,
    pub path: String,
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
