//! The window: opening it, fonts, the per-frame housekeeping and the panel layout.

use std::path::PathBuf;

use super::command::Command;
use super::settings::Settings;
use super::state::App;

/// Opens the window on the given paths.
pub fn run(paths: Vec<PathBuf>) -> eframe::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Dramatis")
            .with_inner_size([1280.0, 800.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Dramatis",
        options,
        Box::new(move |cc| {
            install_fonts(&cc.egui_ctx);
            let settings: Settings = cc.storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY)).unwrap_or_default();
            cc.egui_ctx.set_theme(if settings.dark { egui::Theme::Dark } else { egui::Theme::Light });
            let mut app = App::new(settings);
            if let Some(folder) = eframe::storage_dir("Dramatis") {
                app.recovery = super::recovery::RecoveryWriter::in_folder(&folder);
            }
            install_panic_hook(&app);
            // Work a crash left behind is offered before anything else opens.
            app.offer_recovery();
            app.execute(Command::Open(paths));
            Ok(Box::new(app))
        }),
    )
}

/// On a crash: write the last snapshot of unsaved work to the recovery file and say so, then
/// let the default hook report the panic.
fn install_panic_hook(app: &App) {
    let write_recovery = app.recovery.panic_hook();
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A PDF parser's panic is caught in its own thread and becomes that file's load error.
        if crate::ingest::pdf::is_isolated_thread() {
            return;
        }
        if let Some(path) = write_recovery() {
            eprintln!(
                "Dramatis stopped on an internal error. Your unsaved work was written to {} and will be \
                 offered back when Dramatis starts again.",
                path.display()
            );
        }
        default(info);
    }));
}

/// Registers the fonts Dramatis ships (Latin, Arabic, Hebrew) as fallbacks after egui's own.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    for (name, bytes) in crate::fonts::FONTS {
        if name.contains("Bold") {
            continue;
        }
        fonts.font_data.insert(name.to_string(), std::sync::Arc::new(egui::FontData::from_static(bytes)));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(name.to_string());
        }
    }
    ctx.set_fonts(fonts);
}

impl App {
    /// Per-frame housekeeping: import progress, layout ticks, focus animation.
    pub(super) fn advance(&mut self, ctx: &egui::Context) {
        if let Some(command) = self.dialogs.poll() {
            self.execute(command);
        }
        if self.dialogs.is_open() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.apply_import();
        if self.import.is_some() {
            // Progress ten times a second; the cores are the import's.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.autosave();
        self.window_title(ctx);
        // Closing with unsaved changes asks first; a confirmed close goes through.
        if ctx.input(|i| i.viewport().close_requested()) && self.unsaved && !self.quit_requested {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(super::state::Confirm::Quit);
        }
        if self.quit_requested {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if let Some(layout) = &mut self.layout {
            let run = self.layout_running && !self.canvas.dragging_node;
            if layout.advance(run) {
                self.canvas.positions_changed();
            }
            if layout.is_finished() {
                self.layout_running = false;
            } else if run || layout.is_starting() {
                // A worker's tick or start lands on a later frame.
                ctx.request_repaint();
            }
        }
        if self.focus_anim < 1.0 {
            self.focus_anim = (self.focus_anim + 0.08).min(1.0);
            self.canvas.positions_changed();
            ctx.request_repaint();
        }
    }

    /// The whole window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        ctx.set_theme(if self.settings.dark { egui::Theme::Dark } else { egui::Theme::Light });
        self.advance(&ctx);
        self.shortcuts(&ctx);
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
        if self.import.is_some() || !self.errors.is_empty() || !self.warnings.is_empty() {
            egui::Panel::top("import").show(ui, |ui| self.import_ui(ui));
        }
        if self.settings.show_sidebar {
            egui::Panel::left("sidebar").default_size(250.0).show(ui, |ui| self.sidebar_ui(ui));
        }
        if self.settings.show_inspector {
            egui::Panel::right("inspector").default_size(320.0).show(ui, |ui| self.inspector_ui(ui));
        }
        if self.settings.show_reader && self.reader.is_some() {
            egui::Panel::bottom("reader").resizable(true).default_size(220.0).show(ui, |ui| self.reader_ui(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| self.canvas_ui(ui));
        self.dialogs_ui(&ctx);
    }

    /// The title bar: the project's name, with a dot while there are unsaved changes.
    fn window_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if self.last_title.as_deref() != Some(title.as_str()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = Some(title);
        }
    }

    /// "● region.dramatis — Dramatis".
    pub fn title(&self) -> String {
        let name = self
            .project_path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| "Untitled".to_string(), |n| n.to_string_lossy().into_owned());
        format!("{}{name} — Dramatis", if self.unsaved { "● " } else { "" })
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // A clean exit with nothing unsaved leaves no recovery file to offer.
        if !self.unsaved {
            self.recovery.clear();
        }
    }
}
