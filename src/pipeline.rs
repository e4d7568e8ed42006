//! End-to-end extraction, the one loader for CLI and app: paths → articles (files, folders,
//! projects; progress and cancel) → knowledge graph, with every per-file failure kept.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::curation::{Curation, Edit, ReplayIssue};
use crate::graph::{KnowledgeGraph, build_graph};
use crate::ingest::{IngestError, IngestWarning, LoadReport, NotedArticle, collect_files, load_file_noting};
use crate::project::{Project, is_project};

/// The graph of everything that loaded (with the projects' edits replayed), and what did not.
#[derive(Debug)]
pub struct Extraction {
    pub graph: KnowledgeGraph,
    pub errors: Vec<IngestError>,
    pub warnings: Vec<IngestWarning>,
    /// The projects' edit logs, in replay order (all kept, applied or not).
    pub edits: Vec<Edit>,
    /// Edits of the log that no longer (fully) apply.
    pub edit_issues: Vec<ReplayIssue>,
}

/// What a load brings: the articles, what failed, and the saved view of each project opened
/// (its `articles` left empty: they are in `report`).
#[derive(Debug, Default)]
pub struct Loaded {
    pub report: LoadReport,
    pub projects: Vec<Project>,
}

/// How a long load reports and stops: `progress(done, total, current file)` after each file,
/// `cancelled()` checked before each.
pub struct Progress<'a> {
    pub progress: &'a (dyn Fn(usize, usize, &Path) + Sync),
    pub cancelled: &'a (dyn Fn() -> bool + Sync),
}

impl Progress<'_> {
    /// No reports, never cancelled.
    pub fn none() -> Progress<'static> {
        Progress { progress: &|_, _, _| {}, cancelled: &|| false }
    }
}

/// Loads and analyses every article under `paths`; `.dramatis` projects bring their articles
/// and their edits, replayed on the extraction in the order the projects were named.
pub fn extract_paths(paths: &[PathBuf]) -> Extraction {
    let loaded = load(paths, &Progress::none());
    let curation = curate(build_graph(loaded.report.articles), &loaded.projects);
    let mut warnings = loaded.report.warnings;
    warnings.extend(analysis_warnings(curation.graph()));
    Extraction {
        edit_issues: curation.issues(),
        edits: curation.edits().cloned().collect(),
        graph: curation.into_graph(),
        errors: loaded.report.errors,
        warnings,
    }
}

/// The articles whose analysis failed, each a warning on its file (the article itself loaded).
pub fn analysis_warnings(graph: &KnowledgeGraph) -> impl Iterator<Item = IngestWarning> + '_ {
    graph.analysis_failures().iter().map(|f| IngestWarning { path: PathBuf::from(&f.path), message: f.reason.clone() })
}

/// The extraction with every project's edit log replayed on it.
pub fn curate(base: KnowledgeGraph, projects: &[Project]) -> Curation {
    Curation::with_log(base, projects.iter().flat_map(|p| p.edits.iter().cloned()).collect())
}

/// Articles from files, folders and projects; a project that cannot be read is one error.
pub fn load_sources(paths: &[PathBuf]) -> LoadReport {
    load(paths, &Progress::none()).report
}

/// The loader: files load in parallel (in walk order), then projects in order. A cancelled load
/// adds nothing, so a graph never holds half a batch.
pub fn load(paths: &[PathBuf], progress: &Progress) -> Loaded {
    use rayon::prelude::*;
    let (found, mut errors) = collect_files(paths);
    let (project_files, files): (Vec<PathBuf>, Vec<PathBuf>) = found.into_iter().partition(|p| is_project(p));
    let total = files.len() + project_files.len();
    let done = AtomicUsize::new(0);
    let step = |path: &Path| {
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        (progress.progress)(n, total, path);
    };
    let results: Vec<Option<Result<NotedArticle, IngestError>>> = files
        .par_iter()
        .map(|f| {
            if (progress.cancelled)() {
                return None;
            }
            let r = load_file_noting(f);
            step(f);
            Some(r)
        })
        .collect();
    let mut articles = Vec::new();
    let mut warnings = Vec::new();
    for r in results.into_iter().flatten() {
        match r {
            Ok((a, w)) => {
                articles.push(a);
                warnings.extend(w);
            }
            Err(e) => errors.push(e),
        }
    }
    let mut projects = Vec::new();
    for p in project_files {
        if (progress.cancelled)() {
            break;
        }
        match Project::open(&p) {
            Ok(mut project) => {
                articles.append(&mut project.articles);
                projects.push(project);
            }
            Err(e) => errors.push(IngestError::Project { path: p.clone(), reason: e.to_string() }),
        }
        step(&p);
    }
    if (progress.cancelled)() {
        let report = LoadReport { errors: vec![IngestError::Cancelled], ..LoadReport::default() };
        return Loaded { report, projects };
    }
    crate::ingest::make_ids_unique(&mut articles);
    Loaded { report: LoadReport { articles, errors, warnings }, projects }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_whose_analysis_failed_is_a_warning_on_its_file() {
        let mut graph = KnowledgeGraph::new();
        let failure =
            crate::graph::AnalysisFailure { article: "a".into(), path: "news/a.txt".into(), reason: "why".into() };
        graph.add_analysis_failure(failure);
        let warnings: Vec<IngestWarning> = analysis_warnings(&graph).collect();
        assert_eq!(warnings.len(), 1);
        assert_eq!((warnings[0].path.as_path(), warnings[0].message.as_str()), (Path::new("news/a.txt"), "why"));
    }

    #[test]
    fn files_come_before_projects_and_a_cancelled_load_adds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "Israel and Lebanon met in Naqoura.").unwrap();
        let mut project = Project::new(vec![crate::model::Article {
            id: "saved".into(),
            path: "saved.txt".into(),
            title: "Saved".into(),
            text: "Hezbollah warned Israel.".into(),
            date: None,
            url: None,
        }]);
        project.view.min_confidence = 0.4;
        project.save(&dir.path().join("a.dramatis")).unwrap();
        std::fs::write(dir.path().join("broken.dramatis"), "not json").unwrap();
        let seen = std::sync::Mutex::new(Vec::new());
        let record = |done: usize, total: usize, _: &Path| seen.lock().unwrap().push((done, total));
        let loaded = load(&[dir.path().to_path_buf()], &Progress { progress: &record, cancelled: &|| false });
        let ids: Vec<&str> = loaded.report.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b", "saved"]);
        assert_eq!(loaded.projects.len(), 1);
        assert_eq!(loaded.projects[0].view.min_confidence, 0.4);
        assert_eq!(loaded.report.errors.len(), 1, "{:?}", loaded.report.errors);
        assert_eq!(seen.lock().unwrap().last(), Some(&(3, 3)));
        let cancelled = load(&[dir.path().to_path_buf()], &Progress { progress: &|_, _, _| {}, cancelled: &|| true });
        assert!(cancelled.report.articles.is_empty());
        assert!(matches!(cancelled.report.errors[..], [IngestError::Cancelled]));
    }
}
