//! What the explorer's UI tests share: the seed article, an explorer with files loaded and laid
//! out, and a kittest harness around it.

use std::path::PathBuf;

use dramatis::app::{App, Command};
use egui_kittest::Harness;

pub fn seed_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/samples/naqoura-talks.txt"))
}

/// An explorer with these paths loaded and the layout converged.
pub fn opened(paths: Vec<PathBuf>) -> App {
    let mut app = App::new(Default::default());
    app.execute(Command::Open(paths));
    app.wait_for_import();
    app.finish_layout();
    app
}

/// The whole window at 1280×800, with Dramatis's fonts, after a first frame.
pub fn harness(app: App) -> Harness<'static, App> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(200)
        .with_context_setup(dramatis::app::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.run();
    h
}
