//! Projects: `.dramatis` files that keep the open articles (clean text, so offsets stay valid),
//! pinned node positions and view filters. Versioned JSON, written atomically.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::ingest::Article;

pub const FORMAT: &str = "dramatis-project";
pub const VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path} is not a Dramatis project: {reason}")]
    Invalid { path: String, reason: String },
    #[error("{path} was written by a newer Dramatis (project version {found}, this build reads up to {VERSION})")]
    TooNew { path: String, found: u32 },
    #[error(transparent)]
    Write(#[from] crate::export::ExportError),
}

/// A saved node position (by node id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PinnedNode {
    pub id: String,
    pub x: f32,
    pub y: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format: String,
    pub version: u32,
    pub articles: Vec<Article>,
    #[serde(default)]
    pub pinned: Vec<PinnedNode>,
    #[serde(default)]
    pub hidden_kinds: Vec<String>,
    #[serde(default)]
    pub min_confidence: f32,
}

impl Project {
    pub fn new(articles: Vec<Article>) -> Project {
        Project {
            format: FORMAT.into(),
            version: VERSION,
            articles,
            pinned: Vec::new(),
            hidden_kinds: Vec::new(),
            min_confidence: 0.0,
        }
    }

    /// Writes the project atomically (a crash never leaves half a file).
    pub fn save(&self, path: &Path) -> Result<(), ProjectError> {
        crate::export::write_atomically(path, &self.to_bytes())?;
        Ok(())
    }

    /// The project as the bytes of its file (pretty JSON).
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
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Project, ProjectError> {
        let invalid = |reason: String| ProjectError::Invalid { path: path.display().to_string(), reason };
        let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| invalid(e.to_string()))?;
        if value["format"] != FORMAT {
            return Err(invalid("no \"format\": \"dramatis-project\" field".into()));
        }
        let found = value["version"].as_u64().unwrap_or(0) as u32;
        if found > VERSION {
            return Err(ProjectError::TooNew { path: path.display().to_string(), found });
        }
        let mut project: Project = serde_json::from_value(value).map_err(|e| invalid(e.to_string()))?;
        // Numbers JSON can hold but a view cannot use (1e300 as f32 is infinite): pins that are not
        // finite are dropped, the confidence floor kept within [0, 1].
        project.pinned.retain(|p| p.x.is_finite() && p.y.is_finite());
        project.min_confidence =
            if project.min_confidence.is_finite() { project.min_confidence.clamp(0.0, 1.0) } else { 0.0 };
        Ok(project)
    }
}

/// Does this path name a project file?
pub fn is_project(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("dramatis"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bad_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.dramatis");
        let mut p = Project::new(vec![Article {
            id: "a".into(),
            path: "a.txt".into(),
            title: "A".into(),
            text: "Israel and Lebanon.".into(),
            date: None,
            url: None,
        }]);
        p.pinned.push(PinnedNode { id: "country:ISR".into(), x: 1.0, y: 2.0 });
        p.save(&path).unwrap();
        assert_eq!(Project::open(&path).unwrap(), p);
        std::fs::write(&path, "{\"format\": \"dramatis-project\", \"version\": 99, \"articles\": []}").unwrap();
        assert!(matches!(Project::open(&path), Err(ProjectError::TooNew { .. })));
        std::fs::write(&path, "not json").unwrap();
        assert!(matches!(Project::open(&path), Err(ProjectError::Invalid { .. })));
        std::fs::write(&path, "{\"hello\": 1}").unwrap();
        assert!(matches!(Project::open(&path), Err(ProjectError::Invalid { .. })));
        // Numbers a view cannot use are dropped or clamped, so the project saves and reopens the same.
        std::fs::write(
            &path,
            r#"{"format": "dramatis-project", "version": 1, "articles": [], "min_confidence": 1e300,
               "pinned": [{"id": "a", "x": 1e300, "y": 0}, {"id": "b", "x": 1, "y": 2}]}"#,
        )
        .unwrap();
        let odd = Project::open(&path).unwrap();
        assert_eq!(odd.min_confidence, 0.0);
        assert_eq!(odd.pinned, vec![PinnedNode { id: "b".into(), x: 1.0, y: 2.0 }]);
        assert_eq!(Project::from_bytes(&odd.to_bytes(), &path).unwrap(), odd);
        // No temporary files are left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
