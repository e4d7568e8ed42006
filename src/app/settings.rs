//! What persists between runs (eframe storage): theme, panels, recent files — never the graph.

use std::path::PathBuf;

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
