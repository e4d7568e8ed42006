//! The desktop explorer (egui/eframe): the only module that touches egui, eframe or rfd.
//!
//! In rooms: [`state`] (what is open and shown), [`settings`] (what persists across runs),
//! [`command`] (every action as one `Command`), [`execute`] (carrying them out), [`dialogs`]
//! (file dialogs that never block), [`shortcuts`], [`filters`], [`files`] (imports, saves,
//! exports), [`editing`] (edits, undo, merge suggestions), [`autosave`] and [`recovery`]
//! (unsaved work written every 30 s and on a crash, offered back), [`window`] (the frame and its panels), [`canvas`], [`panels`] and [`curation_ui`].

mod autosave;
mod canvas;
mod command;
mod curation_ui;
mod dialogs;
mod drafts;
mod editing;
mod execute;
mod files;
mod filters;
mod import;
mod live_layout;
mod panels;
mod recovery;
mod settings;
mod shortcuts;
mod sidebar;
mod state;
mod window;

pub use canvas::View;
pub use command::{Answer, Command, Selection};
pub use filters::fold;
pub use import::ImportJob;
pub use recovery::RecoveryWriter;
pub use settings::Settings;
pub use state::{App, Confirm};
pub use window::{install_fonts, run};
