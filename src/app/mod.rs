//! The desktop explorer (egui/eframe): the only module that touches egui, eframe or rfd.
//!
//! In rooms: [`state`] (what is open and shown), [`settings`] (what persists across runs),
//! [`command`] (every action as one `Command`), [`execute`] (carrying them out), [`dialogs`]
//! (file dialogs that never block), [`shortcuts`], [`filters`], [`files`] (imports, saves,
//! exports), [`window`] (the frame and its panels), [`canvas`] and [`panels`].

mod canvas;
mod command;
mod dialogs;
mod execute;
mod files;
mod filters;
mod import;
mod panels;
mod settings;
mod shortcuts;
mod state;
mod window;

pub use canvas::View;
pub use command::{Command, Selection};
pub use filters::fold;
pub use import::ImportJob;
pub use settings::Settings;
pub use state::App;
pub use window::{install_fonts, run};
