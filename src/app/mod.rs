//! The desktop explorer (egui/eframe). The only module that touches egui, eframe or rfd.

use std::path::PathBuf;

use crate::graph::{KnowledgeGraph, NodeKind};

/// Opens the window on the given paths.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_title("Dramatis").with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native("Dramatis", options, Box::new(move |_cc| Ok(Box::new(App::open(&paths)))))
}

/// The explorer's state.
pub struct App {
    graph: KnowledgeGraph,
    errors: Vec<String>,
}

impl App {
    pub fn open(paths: &[PathBuf]) -> App {
        let x = crate::pipeline::extract_paths(paths);
        App { graph: x.graph, errors: x.errors.iter().map(ToString::to_string).collect() }
    }

    pub fn ui(&mut self, ui: &mut egui::Ui) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(format!(
                "{} articles · {} nodes · {} edges",
                self.graph.articles.len(),
                self.graph.node_count(),
                self.graph.edge_count()
            ));
            for e in &self.errors {
                ui.colored_label(egui::Color32::RED, e);
            }
            egui::ScrollArea::vertical().show(ui, |ui| {
                for kind in NodeKind::ALL {
                    let nodes: Vec<_> = self.graph.nodes().filter(|(_, n)| n.kind == kind).collect();
                    if nodes.is_empty() {
                        continue;
                    }
                    ui.collapsing(format!("{kind} ({})", nodes.len()), |ui| {
                        for (_, n) in nodes {
                            ui.label(format!("{} — {} mentions", n.label, n.mentions.len()));
                        }
                    });
                }
            });
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }
}
