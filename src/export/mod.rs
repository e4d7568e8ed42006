//! Export: the graph as files other tools read (JSON node-link, GraphML, GEXF, Neo4j CSV) and
//! as images (SVG, and PNG rendered from that same SVG: one drawing path).

pub mod csv;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod png;
pub mod raster;
pub mod svg;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use petgraph::stable_graph::NodeIndex;

pub use json::{Document, to_document, write_json};

use crate::graph::KnowledgeGraph;
use crate::layout::{ForceParams, Vec2};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("cannot render the image: {0}")]
    Render(String),
    #[error("unknown export format {0:?} (use png, svg, graphml, gexf, json or csv)")]
    UnknownFormat(String),
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
    GraphMl,
    Gexf,
    Json,
    Csv,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, ExportError> {
        match s.to_ascii_lowercase().as_str() {
            "png" => Ok(Format::Png),
            "svg" => Ok(Format::Svg),
            "graphml" => Ok(Format::GraphMl),
            "gexf" => Ok(Format::Gexf),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            other => Err(ExportError::UnknownFormat(other.to_string())),
        }
    }

    /// The format an output path asks for by its extension (a folder means CSV).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension().and_then(|e| e.to_str())?;
        Format::parse(ext).ok()
    }
}

/// Image background.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Background {
    #[default]
    White,
    Transparent,
    Dark,
}

impl Background {
    pub fn parse(s: &str) -> Option<Background> {
        match s.to_ascii_lowercase().as_str() {
            "white" | "light" => Some(Background::White),
            "transparent" | "none" => Some(Background::Transparent),
            "dark" | "black" => Some(Background::Dark),
            _ => None,
        }
    }
}

/// How images are drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageOptions {
    /// Size in pixels before `scale`; `None` fits the graph's aspect (long side 1600).
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub scale: f32,
    pub background: Background,
    pub labels: bool,
    pub legend: bool,
    pub title: Option<String>,
    /// Name the source articles in a footer.
    pub sources: bool,
}

impl Default for ImageOptions {
    fn default() -> Self {
        ImageOptions {
            width: None,
            height: None,
            scale: 1.0,
            background: Background::White,
            labels: true,
            legend: true,
            title: None,
            sources: true,
        }
    }
}

/// Positions for every node: the force layout run to convergence (deterministic).
pub fn converged_positions(graph: &KnowledgeGraph) -> HashMap<NodeIndex, Vec2> {
    let (layout_graph, order) = crate::style::layout_graph(graph, true);
    let mut layout = crate::layout::start_layout(&layout_graph, ForceParams::default());
    layout.run_to_convergence();
    order.into_iter().zip(layout.layout().positions.iter().copied()).collect()
}

/// Whether `path` is something other than a regular file — a device or a pipe ("-o /dev/null",
/// "-o /dev/stdout") —, which is written in place: a rename would put a file where it was.
fn is_special_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Writes bytes to a temporary file beside the target, fsyncs it, renames it over the target
/// and fsyncs the folder: readers and crashes see the old file or the new one, never half of one.
/// A device or a pipe is written in place.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    use std::io::Write;
    use std::sync::atomic::{AtomicU64, Ordering};
    if is_special_file(path) {
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(bytes))
            .map_err(|source| ExportError::Write { path: path.to_owned(), source });
    }
    // Unique per process and per call, so two saves at once (autosave and Save) never share one.
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("export");
    let tmp = dir.join(format!(".{name}.{}-{}.tmp", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    let error = |source| ExportError::Write { path: path.to_owned(), source };
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(error(e));
    }
    // The rename is durable once the folder is on disk too (where a folder can be opened).
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// Exports the whole graph in `format` to `out` (a file, or a folder for CSV).
pub fn export(graph: &KnowledgeGraph, format: Format, out: &Path, options: &ImageOptions) -> Result<(), ExportError> {
    match format {
        Format::Json => {
            let mut bytes = Vec::new();
            write_json(graph, &mut bytes).map_err(|source| ExportError::Write { path: out.to_owned(), source })?;
            write_atomically(out, &bytes)
        }
        Format::GraphMl => {
            write_atomically(out, graphml::to_graphml(graph, Some(&converged_positions(graph))).as_bytes())
        }
        Format::Gexf => write_atomically(out, gexf::to_gexf(graph, &converged_positions(graph)).as_bytes()),
        Format::Csv => csv::write_neo4j_csv(graph, out),
        Format::Svg | Format::Png => {
            let positions = converged_positions(graph);
            // Images show what the user did not hide; graph files keep everything, marked.
            let scene = crate::scene::Scene::build(
                graph,
                &positions,
                |n| graph.node(n).is_some_and(|n| !n.hidden),
                |e| !e.hidden,
            );
            write_image(graph, &scene, options, &[], format, out)
        }
    }
}

/// Draws a scene (the whole graph, or what a view shows) and writes it as SVG, or PNG for any
/// other format; `highlight` are scene nodes drawn as selected. The one image path for CLI and app.
pub fn write_image(
    graph: &KnowledgeGraph,
    scene: &crate::scene::Scene,
    options: &ImageOptions,
    highlight: &[usize],
    format: Format,
    out: &Path,
) -> Result<(), ExportError> {
    let drawing = svg::draw(graph, scene, options, highlight);
    match format {
        Format::Svg => write_atomically(out, drawing.to_svg().as_bytes()),
        _ => write_atomically(out, &png::drawing_to_png(&drawing)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A device is written in place, never replaced by a renamed file; a regular file or a new
    /// path takes the atomic rename.
    #[test]
    fn devices_are_written_in_place_files_by_rename() {
        let dir = std::env::temp_dir().join(format!("dramatis-special-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("graph.json");
        assert!(!is_special_file(&file), "a new path");
        write_atomically(&file, b"{}").unwrap();
        assert!(!is_special_file(&file) && !is_special_file(&dir), "a regular file, a folder");
        #[cfg(unix)]
        {
            // Only the test of the path: a regression in the writer must not put a file there.
            assert!(is_special_file(Path::new("/dev/null")), "a device");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
