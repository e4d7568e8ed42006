//! Projects: `.dramatis` files that keep the open articles (clean text, so offsets stay valid),
//! the user's edit log, node positions and the view. Versioned JSON (older versions migrate),
//! written atomically with the previous file kept as `.bak`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::curation::Edit;
use crate::ingest::Article;

pub const FORMAT: &str = "dramatis-project";
/// 1: articles, pins, hidden kinds, confidence floor. 2: the edit log, dismissed suggestions,
/// every node's position and the whole view (filters, focus, selection).
pub const VERSION: u32 = 2;

#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path} is not a Dramatis project: {reason}")]
    Invalid { path: String, reason: String },
    #[error(
        "{path} was written by a newer Dramatis (project version {found}, this build reads up to {VERSION}); it was not changed"
    )]
    TooNew { path: String, found: u32 },
    #[error(transparent)]
    Write(#[from] crate::export::ExportError),
}

/// A node's saved position (by node id); pinned ones stay where the user put them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NodePosition {
    pub id: String,
    pub x: f32,
    pub y: f32,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pinned: bool,
}

/// The neighbourhood the view was focused on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedFocus {
    pub node: String,
    pub hops: u8,
}

/// What the user was looking at: filters, focus, selection and the camera.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedView {
    pub hidden_kinds: Vec<String>,
    pub hidden_event_types: Vec<String>,
    /// Hidden articles, by article id.
    pub hidden_articles: Vec<String>,
    pub min_confidence: f32,
    pub focus: Option<SavedFocus>,
    /// Selected node ids, the primary one first.
    pub selection: Vec<String>,
    /// Camera centre (layout units) and zoom, when saved from the explorer.
    pub center: Option<[f32; 2]>,
    pub zoom: Option<f32>,
}

impl Default for SavedView {
    fn default() -> Self {
        SavedView {
            hidden_kinds: Vec::new(),
            hidden_event_types: Vec::new(),
            hidden_articles: Vec::new(),
            min_confidence: 0.0,
            focus: None,
            selection: Vec::new(),
            center: None,
            zoom: None,
        }
    }
}

/// A project: the articles (clean text, so offsets stay valid) and everything the user did.
/// The graph is not stored: it is `extract(articles)` with the edit log replayed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format: String,
    pub version: u32,
    pub articles: Vec<Article>,
    #[serde(default)]
    pub edits: Vec<Edit>,
    /// Merge suggestions the user dismissed, as order-free pairs of node ids.
    #[serde(default)]
    pub dismissed_suggestions: Vec<(String, String)>,
    #[serde(default)]
    pub positions: Vec<NodePosition>,
    #[serde(default)]
    pub view: SavedView,
}

impl Project {
    pub fn new(articles: Vec<Article>) -> Project {
        Project {
            format: FORMAT.into(),
            version: VERSION,
            articles,
            edits: Vec::new(),
            dismissed_suggestions: Vec::new(),
            positions: Vec::new(),
            view: SavedView::default(),
        }
    }

    /// Writes the project atomically (a crash leaves the old file or the new, never half), and
    /// keeps the file it replaces as `NAME.bak`.
    pub fn save(&self, path: &Path) -> Result<(), ProjectError> {
        if path.is_file() {
            keep_backup(path);
        }
        crate::export::write_atomically(path, &self.to_bytes())?;
        Ok(())
    }

    /// The project as the bytes of its file (JSON).
    pub fn to_bytes(&self) -> Vec<u8> {
        // Plain data with string keys and finite numbers (see `from_bytes`): serialising cannot fail.
        serde_json::to_vec_pretty(self).unwrap_or_default()
    }

    pub fn open(path: &Path) -> Result<Project, ProjectError> {
        let bytes =
            std::fs::read(path).map_err(|source| ProjectError::Read { path: path.display().to_string(), source })?;
        Project::from_bytes(&bytes, path)
    }

    /// A project from the bytes of the file at `path` (named in errors; nothing is read).
    /// Older versions are migrated; newer ones are refused.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Project, ProjectError> {
        let invalid = |reason: String| ProjectError::Invalid { path: path.display().to_string(), reason };
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
            if e.is_eof() { invalid(format!("the file is cut short ({e})")) } else { invalid(e.to_string()) }
        })?;
        Project::from_value(value, path)
    }

    /// A project from parsed JSON (the file at `path`, named in errors): checked, migrated, made safe.
    fn from_value(mut value: serde_json::Value, path: &Path) -> Result<Project, ProjectError> {
        let invalid = |reason: String| ProjectError::Invalid { path: path.display().to_string(), reason };
        if value["format"] != FORMAT {
            return Err(invalid("no \"format\": \"dramatis-project\" field".into()));
        }
        let found = value["version"].as_u64().unwrap_or(0).min(u32::MAX as u64) as u32;
        if found > VERSION {
            return Err(ProjectError::TooNew { path: path.display().to_string(), found });
        }
        if found < 2 {
            migrate_v1(&mut value);
        }
        let mut project: Project = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
        // Numbers JSON can hold but a view cannot use (1e300 as f32 is infinite): positions that
        // are not finite are dropped, the confidence floor kept within [0, 1].
        project.positions.retain(|p| p.x.is_finite() && p.y.is_finite());
        let view = &mut project.view;
        view.min_confidence = if view.min_confidence.is_finite() { view.min_confidence.clamp(0.0, 1.0) } else { 0.0 };
        view.center = view.center.filter(|c| c.iter().all(|v| v.is_finite()));
        view.zoom = view.zoom.filter(|z| z.is_finite() && *z > 0.0);
        if let Some(focus) = &mut view.focus {
            focus.hops = focus.hops.clamp(1, 3);
        }
        Ok(project)
    }
}

/// Version 1 kept pins as `pinned` and two filters at the top level: they move into
/// `positions` (pinned) and `view`.
fn migrate_v1(value: &mut serde_json::Value) {
    let Some(object) = value.as_object_mut() else { return };
    let pinned = object.remove("pinned").unwrap_or_default();
    let positions: Vec<serde_json::Value> = pinned
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let mut p = p.as_object()?.clone();
            p.insert("pinned".into(), true.into());
            Some(serde_json::Value::Object(p))
        })
        .collect();
    object.insert("positions".into(), positions.into());
    let mut view = serde_json::Map::new();
    for key in ["hidden_kinds", "min_confidence"] {
        if let Some(v) = object.remove(key) {
            view.insert(key.into(), v);
        }
    }
    object.insert("view".into(), view.into());
    object.insert("version".into(), VERSION.into());
}

/// Keeps the file about to be replaced as `NAME.bak` (a hard link where the file system has
/// them, else a copy); a failure here never stops the save.
fn keep_backup(path: &Path) {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    let backup = path.with_file_name(name);
    let _ = std::fs::remove_file(&backup);
    if std::fs::hard_link(path, &backup).is_err() {
        let _ = std::fs::copy(path, &backup);
    }
}

/// Unsaved work of a session, written every 30 s and when the explorer crashes: where its
/// articles came from (they are read again on recovery, so the file stays small enough to write
/// at any moment), the project file it belongs to, and everything the user did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    pub format: String,
    pub sources: Vec<std::path::PathBuf>,
    #[serde(default)]
    pub project_path: Option<std::path::PathBuf>,
    /// The session as a project without its articles (edits, positions, view).
    pub state: Project,
}

pub const RECOVERY_FORMAT: &str = "dramatis-recovery";

impl Recovery {
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn open(path: &Path) -> Result<Recovery, ProjectError> {
        let bytes =
            std::fs::read(path).map_err(|source| ProjectError::Read { path: path.display().to_string(), source })?;
        let invalid = |reason: String| ProjectError::Invalid { path: path.display().to_string(), reason };
        let mut value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| invalid(e.to_string()))?;
        if value["format"] != RECOVERY_FORMAT {
            return Err(invalid("not a recovery file".into()));
        }
        // The state is a project: checked and migrated like one.
        let state = Project::from_value(value["state"].take(), path)?;
        let sources = serde_json::from_value(value["sources"].take()).map_err(|e| invalid(e.to_string()))?;
        let project_path = serde_json::from_value(value["project_path"].take()).map_err(|e| invalid(e.to_string()))?;
        Ok(Recovery { format: RECOVERY_FORMAT.into(), sources, project_path, state })
    }
}

/// Does this path name a project file?
pub fn is_project(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("dramatis"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Project {
        let mut p = Project::new(vec![Article {
            id: "a".into(),
            path: "a.txt".into(),
            title: "A".into(),
            text: "Israel and Lebanon.".into(),
            date: None,
            url: None,
        }]);
        p.positions.push(NodePosition { id: "country:ISR".into(), x: 1.0, y: 2.0, pinned: true });
        p.edits.push(Edit::Rename { node: "country:ISR".into(), label: "Israel (state)".into() });
        p.dismissed_suggestions.push(("a".into(), "b".into()));
        p.view.focus = Some(SavedFocus { node: "country:ISR".into(), hops: 2 });
        p.view.selection = vec!["country:ISR".into()];
        p.view.hidden_articles = vec!["a".into()];
        p
    }

    #[test]
    fn round_trip_backup_and_bad_files_that_are_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.dramatis");
        let p = sample();
        p.save(&path).unwrap();
        assert_eq!(Project::open(&path).unwrap(), p);
        // Saving again keeps the previous file as .bak.
        let mut second = p.clone();
        second.edits.clear();
        second.save(&path).unwrap();
        assert_eq!(Project::open(&path).unwrap(), second);
        assert_eq!(Project::open(&dir.path().join("p.dramatis.bak")).unwrap(), p);
        // Bad files: a clear error, and the file is left as it was.
        let full = std::fs::read(&path).unwrap();
        let cases: [(&[u8], &str); 4] = [
            (br#"{"format": "dramatis-project", "version": 99, "articles": []}"#, "newer Dramatis"),
            (b"not json", "not a Dramatis project"),
            (br#"{"hello": 1}"#, "not a Dramatis project"),
            (&full[..full.len() / 2], "cut short"),
        ];
        for (bytes, message) in cases {
            std::fs::write(&path, bytes).unwrap();
            let error = Project::open(&path).unwrap_err().to_string();
            assert!(error.contains(message), "{error}");
            assert_eq!(std::fs::read(&path).unwrap(), bytes, "opening never writes");
        }
        // Numbers a view cannot use are dropped or clamped, so the project saves and reopens the same.
        std::fs::write(
            &path,
            r#"{"format": "dramatis-project", "version": 2, "articles": [], "view": {"min_confidence": 1e300, "zoom": -1},
               "positions": [{"id": "a", "x": 1e300, "y": 0}, {"id": "b", "x": 1, "y": 2}]}"#,
        )
        .unwrap();
        let odd = Project::open(&path).unwrap();
        assert_eq!((odd.view.min_confidence, odd.view.zoom), (0.0, None));
        assert_eq!(odd.positions, vec![NodePosition { id: "b".into(), x: 1.0, y: 2.0, pinned: false }]);
        assert_eq!(Project::from_bytes(&odd.to_bytes(), &path).unwrap(), odd);
        // No temporary files are left behind: the project and its backup.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_recovery_file_round_trips_and_is_checked_like_a_project() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("recovery.json");
        let mut state = sample();
        state.articles.clear();
        let r = Recovery {
            format: RECOVERY_FORMAT.into(),
            sources: vec!["a.txt".into()],
            project_path: Some("p.dramatis".into()),
            state,
        };
        crate::export::write_atomically(&path, &r.to_bytes()).unwrap();
        assert_eq!(Recovery::open(&path).unwrap(), r);
        std::fs::write(&path, r#"{"format": "dramatis-recovery", "sources": [], "state": {"format": "dramatis-project", "version": 7, "articles": []}}"#).unwrap();
        assert!(matches!(Recovery::open(&path), Err(ProjectError::TooNew { .. })));
        std::fs::write(&path, "{}").unwrap();
        assert!(matches!(Recovery::open(&path), Err(ProjectError::Invalid { .. })));
    }

    #[test]
    fn a_version_1_project_opens_with_its_pins_and_filters() {
        // Written by Dramatis before the edit log (project version 1).
        let v1 = r#"{
          "format": "dramatis-project",
          "version": 1,
          "articles": [{"id": "a", "path": "a.txt", "title": "A", "text": "Israel and Lebanon."}],
          "pinned": [{"id": "country:ISR", "x": 1.0, "y": 2.0}],
          "hidden_kinds": ["event"],
          "min_confidence": 0.4
        }"#;
        let p = Project::from_bytes(v1.as_bytes(), Path::new("old.dramatis")).unwrap();
        assert_eq!(p.version, VERSION);
        assert_eq!(p.articles.len(), 1);
        assert_eq!(p.positions, vec![NodePosition { id: "country:ISR".into(), x: 1.0, y: 2.0, pinned: true }]);
        assert_eq!(p.view.hidden_kinds, ["event"]);
        assert_eq!(p.view.min_confidence, 0.4);
        assert!(p.edits.is_empty());
    }
}
