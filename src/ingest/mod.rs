//! Ingest: files and folders → clean `Article`s (text, title, metadata), with per-file errors.
//!
//! The article's `text` is what every offset in the graph refers to.

mod decode;
mod depth;
mod docx;
mod epub;
mod html;
mod jsonld;
mod markdown;
mod mhtml;
pub mod pdf;
mod text;
mod zipped;

use std::path::{Path, PathBuf};

pub use decode::decode;
pub use html::extract_html;
pub use text::clean_plain_text;

pub use crate::model::Article;

/// Why a file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: file is empty")]
    Empty { path: PathBuf },
    #[error("{path}: looks like a binary file, not text")]
    Binary { path: PathBuf },
    #[error("{path}: {kind} files are not supported (open .txt, .md, .html, .mhtml, .docx, .epub or .pdf)")]
    Unsupported { path: PathBuf, kind: String },
    #[error("{path}: no article text found in the page")]
    NoText { path: PathBuf },
    #[error("{path}: cannot read this {kind} file: {reason}")]
    Damaged { path: PathBuf, kind: &'static str, reason: String },
    #[error("{path}: {what} is {size} MB; Dramatis reads up to {limit} MB (split it into smaller articles)")]
    TooLarge { path: PathBuf, what: &'static str, size: String, limit: u64 },
    #[error("{path}: no such file or folder (or a broken link)")]
    Missing { path: PathBuf },
    #[error("import cancelled; nothing was added")]
    Cancelled,
    #[error("{reason}")]
    Project { path: PathBuf, reason: String },
    #[error("loading failed: {reason}")]
    Failed { reason: String },
}

/// A file that loaded, but not as well as it might: said to the user with its name.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct IngestWarning {
    pub path: PathBuf,
    pub message: String,
}

/// An article and what the user should be told about its file, if anything.
pub type NotedArticle = (Article, Option<IngestWarning>);

/// Why a page loaded with a warning.
const LITTLE_TEXT: &str = "no article body was found in the page; loaded the little text it has";

impl IngestError {
    pub fn path(&self) -> &Path {
        match self {
            IngestError::Io { path, .. }
            | IngestError::Empty { path }
            | IngestError::Binary { path }
            | IngestError::Unsupported { path, .. }
            | IngestError::NoText { path }
            | IngestError::Damaged { path, .. }
            | IngestError::TooLarge { path, .. }
            | IngestError::Missing { path }
            | IngestError::Project { path, .. } => path,
            IngestError::Cancelled | IngestError::Failed { .. } => Path::new(""),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    /// A single-file saved page (MIME archive).
    Mhtml,
    /// A Word document (zipped XML).
    Docx,
    /// An e-book (zipped XHTML chapters).
    Epub,
    /// A PDF with a text layer.
    Pdf,
}

/// Extensions that belong to saved web pages' asset folders: skipped silently in folder walks.
const ASSET_EXTENSIONS: &[&str] =
    &["js", "css", "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "woff", "woff2", "ttf", "otf", "map", "json"];

fn format_of(path: &Path) -> Result<Format, IngestError> {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_lowercase).unwrap_or_default();
    match ext.as_str() {
        "txt" | "text" | "" => Ok(Format::Text),
        "md" | "markdown" => Ok(Format::Markdown),
        "html" | "htm" | "xhtml" | "shtml" => Ok(Format::Html),
        "mhtml" | "mht" => Ok(Format::Mhtml),
        "docx" => Ok(Format::Docx),
        "epub" => Ok(Format::Epub),
        "pdf" => Ok(Format::Pdf),
        other => Err(IngestError::Unsupported { path: path.to_owned(), kind: other.to_uppercase() }),
    }
}

/// Expands files and folders (recursively, sorted) into the files to load.
/// Missing paths and dangling links come back as errors; assets of saved pages are skipped.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<IngestError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        walk(path, &mut files, &mut errors);
    }
    (files, errors)
}

/// Depth first in name order, without recursion (any depth is fine), entering each real folder
/// once: a symlinked folder that leads back into the walk is not walked again.
fn walk(root: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    let mut visited: std::collections::HashSet<PathBuf> = std::collections::HashSet::new();
    let mut stack: Vec<(PathBuf, bool)> = vec![(root.to_owned(), true)];
    while let Some((path, explicit)) = stack.pop() {
        let metadata = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(IngestError::Missing { path });
                continue;
            }
            Err(source) => {
                errors.push(IngestError::Io { path, source });
                continue;
            }
        };
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if metadata.is_dir() {
            if !explicit && (name.starts_with('.') || name.ends_with("_files")) {
                continue;
            }
            let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !visited.insert(real) {
                continue;
            }
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(&path) {
                Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(source) => {
                    errors.push(IngestError::Io { path, source });
                    continue;
                }
            };
            entries.sort();
            stack.extend(entries.into_iter().rev().map(|e| (e, false)));
            continue;
        }
        if !explicit {
            let ext = path.extension().and_then(|e| e.to_str()).map(str::to_lowercase).unwrap_or_default();
            if name.starts_with('.') || ASSET_EXTENSIONS.contains(&ext.as_str()) {
                continue;
            }
        }
        files.push(path);
    }
}

/// Loads one file into an article (id is left for the caller to make unique).
/// The largest file read (saved pages carry scripts and styles around their text), in MB.
pub const MAX_FILE_MB: u64 = 64;
/// The most clean text one article may have, in MB: extraction of this much takes a few
/// seconds and a few hundred MB on one core (a thousand-page book is about 2.5 MB).
pub const MAX_TEXT_MB: u64 = 4;

fn megabytes(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / 1e6)
}

pub fn load_file(path: &Path) -> Result<Article, IngestError> {
    load_file_noting(path).map(|(article, _)| article)
}

/// [`load_file`], and what the user should be told about a file that did load.
pub fn load_file_noting(path: &Path) -> Result<NotedArticle, IngestError> {
    format_of(path)?;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.len() > MAX_FILE_MB * 1_000_000
    {
        let size = megabytes(meta.len());
        return Err(IngestError::TooLarge { path: path.to_owned(), what: "the file", size, limit: MAX_FILE_MB });
    }
    let bytes = std::fs::read(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => IngestError::Missing { path: path.to_owned() },
        _ => IngestError::Io { path: path.to_owned(), source },
    })?;
    article_from_bytes_noting(&bytes, path)
}

/// An article from the bytes of a file called `path` (its extension says the format; nothing
/// is read from disk): what [`load_file`] does once it has the bytes, and what the fuzzers drive.
pub fn article_from_bytes(bytes: &[u8], path: &Path) -> Result<Article, IngestError> {
    article_from_bytes_noting(bytes, path).map(|(article, _)| article)
}

/// [`article_from_bytes`] with its warning, if any.
pub fn article_from_bytes_noting(bytes: &[u8], path: &Path) -> Result<NotedArticle, IngestError> {
    let format = format_of(path)?;
    let fallback_title = title_from_file_name(path);
    let (mut article, note) = load_bytes(bytes, format, &fallback_title).map_err(|e| e.at(path))?;
    if article.text.len() as u64 > MAX_TEXT_MB * 1_000_000 {
        let size = megabytes(article.text.len() as u64);
        return Err(IngestError::TooLarge { path: path.to_owned(), what: "its text", size, limit: MAX_TEXT_MB });
    }
    article.path = path.display().to_string();
    article.id = crate::model::slug(path.file_stem().and_then(|s| s.to_str()).unwrap_or("article"));
    if article.id.is_empty() {
        article.id = "article".into();
    }
    let warning = note.map(|message| IngestWarning { path: path.to_owned(), message: message.to_string() });
    Ok((article, warning))
}

/// A load failure before the path is known.
#[derive(Debug)]
enum ContentError {
    Empty,
    Binary,
    NoText,
    Damaged(&'static str, String),
}

impl ContentError {
    fn at(self, path: &Path) -> IngestError {
        let path = path.to_owned();
        match self {
            ContentError::Empty => IngestError::Empty { path },
            ContentError::Binary => IngestError::Binary { path },
            ContentError::NoText => IngestError::NoText { path },
            ContentError::Damaged(kind, reason) => IngestError::Damaged { path, kind, reason },
        }
    }
}

/// The article of a file's bytes, and a note for the user when it loaded with little to go on.
fn load_bytes(
    bytes: &[u8],
    format: Format,
    fallback_title: &str,
) -> Result<(Article, Option<&'static str>), ContentError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ContentError::Empty);
    }
    // Zipped documents carry their own structure: paragraphs or chapters, title, date.
    let zipped = match format {
        Format::Docx => Some(docx::docx_text(bytes).map_err(|e| ContentError::Damaged("Word", e))?),
        Format::Epub => Some(epub::epub_text(bytes).map_err(|e| ContentError::Damaged("EPUB", e))?),
        Format::Pdf => Some(pdf::pdf_text(bytes).map_err(|e| ContentError::Damaged("PDF", e))?),
        _ => None,
    };
    if let Some((title, text, date)) = zipped {
        if text.trim().is_empty() {
            return Err(ContentError::NoText);
        }
        let title = title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| fallback_title.to_string());
        return Ok((Article { id: String::new(), path: String::new(), title, text, date, url: None }, None));
    }
    // A single-file page is its HTML part, in UTF-8 when its headers name another charset.
    let page;
    let (bytes, format) = if format == Format::Mhtml {
        let (html, charset) = mhtml::html_part(bytes).ok_or(ContentError::NoText)?;
        page = match charset.and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes())) {
            Some(encoding) if encoding != encoding_rs::UTF_8 => encoding.decode(&html).0.into_owned().into_bytes(),
            _ => html,
        };
        (page.as_slice(), Format::Html)
    } else {
        (bytes, format)
    };
    let decoded = decode(bytes, format == Format::Html).ok_or(ContentError::Binary)?;
    let mut note = None;
    let (title, text, date, url) = match format {
        Format::Html | Format::Mhtml | Format::Docx | Format::Epub | Format::Pdf => {
            let page = extract_html(&decoded);
            if page.little_text {
                note = Some(LITTLE_TEXT);
            }
            (page.title, page.text, page.date, page.url)
        }
        Format::Markdown => {
            let (title, text) = markdown::markdown_to_text(&decoded);
            (title, text, None, None)
        }
        Format::Text => {
            let text = clean_plain_text(&decoded);
            (text::title_of_plain_text(&text), text, None, None)
        }
    };
    if text.trim().is_empty() {
        return Err(ContentError::NoText);
    }
    let title = title.filter(|t| !t.trim().is_empty()).unwrap_or_else(|| fallback_title.to_string());
    Ok((Article { id: String::new(), path: String::new(), title, text, date, url }, note))
}

fn title_from_file_name(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("Untitled");
    let words: Vec<String> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        })
        .collect();
    if words.is_empty() { "Untitled".into() } else { words.join(" ") }
}

/// Result of loading many paths: the articles (ids unique), every failure and every warning, by name.
#[derive(Debug, Default)]
pub struct LoadReport {
    pub articles: Vec<Article>,
    pub errors: Vec<IngestError>,
    pub warnings: Vec<IngestWarning>,
}

/// Loads every file under `paths` in parallel; one bad file never stops the others.
pub fn load_paths(paths: &[PathBuf]) -> LoadReport {
    use rayon::prelude::*;
    let (files, mut errors) = collect_files(paths);
    let results: Vec<_> = files.par_iter().map(|f| load_file_noting(f)).collect();
    let mut articles = Vec::new();
    let mut warnings = Vec::new();
    for r in results {
        match r {
            Ok((a, w)) => {
                articles.push(a);
                warnings.extend(w);
            }
            Err(e) => errors.push(e),
        }
    }
    make_ids_unique(&mut articles);
    LoadReport { articles, errors, warnings }
}

pub fn make_ids_unique(articles: &mut [Article]) {
    let mut seen = std::collections::HashSet::new();
    for a in articles {
        let base = a.id.clone();
        let mut n = 2;
        while !seen.insert(a.id.clone()) {
            a.id = format!("{base}-{n}");
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn folder_walks_end_on_symlink_loops_and_keep_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("inner");
        std::fs::create_dir(&inner).unwrap();
        std::fs::write(dir.path().join("b.txt"), "B").unwrap();
        std::fs::write(inner.join("a.txt"), "A").unwrap();
        // inner/back → the root: a loop that a walk remembering nothing would follow forever.
        std::os::unix::fs::symlink(dir.path(), inner.join("back")).unwrap();
        let (files, errors) = collect_files(&[dir.path().to_path_buf()]);
        assert!(errors.is_empty(), "{errors:?}");
        let names: Vec<String> =
            files.iter().map(|f| f.strip_prefix(dir.path()).unwrap().display().to_string()).collect();
        assert_eq!(names, ["b.txt", "inner/a.txt"]);
    }

    use super::*;

    #[test]
    fn folder_with_bad_files_reports_each_and_loads_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("good.txt"), "Israel and Lebanon held talks.").unwrap();
        std::fs::write(dir.path().join("empty.txt"), "").unwrap();
        std::fs::write(dir.path().join("blob.bin"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
        std::fs::write(dir.path().join("paper.pdf"), b"%PDF-1.4").unwrap();
        std::fs::write(dir.path().join("style.css"), "body{}").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.path().join("nowhere.txt"), dir.path().join("dangling.txt")).unwrap();
        let report = load_paths(&[dir.path().to_owned()]);
        assert_eq!(report.articles.len(), 1);
        assert_eq!(report.articles[0].id, "good");
        let names: Vec<String> =
            report.errors.iter().map(|e| e.path().file_name().unwrap().to_string_lossy().into_owned()).collect();
        for bad in ["empty.txt", "blob.bin", "paper.pdf"] {
            assert!(names.contains(&bad.to_string()), "{bad} missing from {names:?}");
        }
        #[cfg(unix)]
        assert!(names.contains(&"dangling.txt".to_string()));
        assert!(!names.contains(&"style.css".to_string()));
    }

    #[test]
    fn binary_with_text_extension_is_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.txt");
        std::fs::write(&p, [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).unwrap();
        assert!(matches!(load_file(&p), Err(IngestError::Binary { .. })));
    }

    #[test]
    fn ids_are_unique() {
        let mut a = vec![
            Article { id: "a".into(), path: "1".into(), title: "t".into(), text: "x".into(), date: None, url: None },
            Article { id: "a".into(), path: "2".into(), title: "t".into(), text: "x".into(), date: None, url: None },
        ];
        make_ids_unique(&mut a);
        assert_eq!(a[1].id, "a-2");
    }

    /// A page with an article body loads quietly; one with only loose text loads it, with a warning.
    #[test]
    fn pages_with_little_text_load_with_a_warning() {
        let full = "<html><body><article><p>Envoys from Norway and Lebanon met in Tyre on Tuesday to talk about \
                    water rights along the river.</p><p>Both sides called the meeting useful.</p></article></body></html>";
        let (article, warning) = article_from_bytes_noting(full.as_bytes(), Path::new("full.html")).unwrap();
        assert!(article.text.contains("water rights") && warning.is_none(), "{warning:?}");
        let teaser = "<html><body><span>Envoys met in Tyre.</span></body></html>";
        let (article, warning) = article_from_bytes_noting(teaser.as_bytes(), Path::new("teaser.html")).unwrap();
        assert!(article.text.contains("Envoys met in Tyre"));
        let warning = warning.expect("a warning");
        assert!(warning.to_string().starts_with("teaser.html: no article body"), "{warning}");
        assert!(article_from_bytes_noting(b"Envoys met.", Path::new("note.txt")).unwrap().1.is_none());
    }
}
