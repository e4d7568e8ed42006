//! File dialogs that never block a frame: each opens on a background thread (on macOS, where
//! dialogs must run on the main thread, in place) and its answer comes back as a [`Command`].

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

use super::command::Command;

/// Which dialog, and what its answer means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    OpenFiles,
    OpenFolder,
    SaveProjectAs,
    ExportImage { whole_graph: bool },
    ExportGraph,
}

impl DialogKind {
    /// Shows the dialog (blocking the calling thread) and returns the chosen paths.
    fn show(self) -> Vec<PathBuf> {
        let dialog = rfd::FileDialog::new();
        match self {
            DialogKind::OpenFiles => dialog
                .add_filter(
                    "Articles and projects",
                    &["txt", "md", "markdown", "html", "htm", "mhtml", "mht", "docx", "epub", "pdf", "dramatis"],
                )
                .pick_files()
                .unwrap_or_default(),
            DialogKind::OpenFolder => dialog.pick_folder().into_iter().collect(),
            DialogKind::SaveProjectAs => dialog
                .add_filter("Dramatis project", &["dramatis"])
                .set_file_name("project.dramatis")
                .save_file()
                .into_iter()
                .collect(),
            DialogKind::ExportImage { .. } => dialog
                .add_filter("PNG image", &["png"])
                .add_filter("SVG image", &["svg"])
                .set_file_name("graph.png")
                .save_file()
                .into_iter()
                .collect(),
            DialogKind::ExportGraph => dialog
                .add_filter("GraphML", &["graphml"])
                .add_filter("GEXF (Gephi)", &["gexf"])
                .add_filter("JSON", &["json"])
                .set_file_name("graph.graphml")
                .save_file()
                .into_iter()
                .collect(),
        }
    }

    /// The command an answer asks for (`None` when the dialog was cancelled).
    fn command(self, mut paths: Vec<PathBuf>) -> Option<Command> {
        if paths.is_empty() {
            return None;
        }
        Some(match self {
            DialogKind::OpenFiles | DialogKind::OpenFolder => Command::Open(paths),
            DialogKind::SaveProjectAs => Command::SaveProjectTo(paths.swap_remove(0)),
            DialogKind::ExportImage { whole_graph } => {
                Command::ExportImageTo { path: paths.swap_remove(0), whole_graph }
            }
            DialogKind::ExportGraph => Command::ExportGraphTo(paths.swap_remove(0)),
        })
    }
}

/// The dialog open in the background, if any (one at a time).
#[derive(Default)]
pub struct Dialogs {
    pending: Option<(DialogKind, Receiver<Vec<PathBuf>>)>,
}

impl Dialogs {
    /// Opens a dialog unless one is already open; its answer arrives through [`Dialogs::poll`].
    pub fn open(&mut self, kind: DialogKind) {
        if self.pending.is_some() {
            return;
        }
        let (send, receive) = std::sync::mpsc::channel();
        if cfg!(target_os = "macos") {
            let _ = send.send(kind.show());
        } else {
            std::thread::spawn(move || {
                let _ = send.send(kind.show());
            });
        }
        self.pending = Some((kind, receive));
    }

    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// The command the finished dialog asks for; `None` while it is open or when cancelled.
    pub fn poll(&mut self) -> Option<Command> {
        let (kind, receive) = self.pending.as_ref()?;
        let answer = match receive.try_recv() {
            Ok(paths) => paths,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Vec::new(), // the dialog thread failed: as cancelled
        };
        let kind = *kind;
        self.pending = None;
        kind.command(answer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_become_commands_and_cancel_becomes_nothing() {
        let p = PathBuf::from("a.png");
        assert_eq!(DialogKind::ExportImage { whole_graph: true }.command(vec![]), None);
        assert_eq!(
            DialogKind::ExportImage { whole_graph: true }.command(vec![p.clone()]),
            Some(Command::ExportImageTo { path: p.clone(), whole_graph: true })
        );
        assert_eq!(DialogKind::OpenFiles.command(vec![p.clone()]), Some(Command::Open(vec![p.clone()])));
        assert_eq!(DialogKind::SaveProjectAs.command(vec![p.clone()]), Some(Command::SaveProjectTo(p)));
    }
}
