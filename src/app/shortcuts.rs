//! Keyboard shortcuts (open, save, undo/redo, delete, merge…), mouse back/forward buttons and
//! dropped files, as commands.

use std::path::PathBuf;

use super::command::Command;
use super::state::App;

impl App {
    /// Keyboard shortcuts and mouse back/forward buttons, as commands.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let text_editing = ctx.text_edit_focused();
        let mut commands = Vec::new();
        ctx.input_mut(|i| {
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)) {
                commands.push(Command::OpenFilesDialog);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::S)) {
                commands.push(Command::SaveProject);
            }
            // Longest first: Ctrl+Shift+Z must not be read as Ctrl+Z.
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z))
                || i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y))
            {
                commands.push(Command::Redo);
            }
            if !text_editing && i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)) {
                commands.push(Command::Undo);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)) {
                commands.push(Command::FocusSearchBox);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::E)) {
                commands.push(Command::ExportImageDialog { whole_graph: false });
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft))
                || i.pointer.button_pressed(egui::PointerButton::Extra1)
            {
                commands.push(Command::Back);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowRight))
                || i.pointer.button_pressed(egui::PointerButton::Extra2)
            {
                commands.push(Command::Forward);
            }
            if !text_editing {
                if i.consume_key(Modifiers::NONE, Key::Escape) {
                    commands.push(if self.focus.is_some() { Command::LeaveFocus } else { Command::ClearSelection });
                }
                if i.consume_key(Modifiers::NONE, Key::F) {
                    commands.push(Command::FitView);
                }
                if i.consume_key(Modifiers::NONE, Key::Space) {
                    commands.push(Command::ToggleLayoutRunning);
                }
                if i.consume_key(Modifiers::NONE, Key::Delete) {
                    commands.push(Command::DeleteSelected);
                }
                if i.consume_key(Modifiers::NONE, Key::M) {
                    commands.push(Command::MergeSelected);
                }
            }
            let dropped: Vec<PathBuf> = i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect();
            if !dropped.is_empty() {
                commands.push(Command::Open(dropped));
            }
        });
        for c in commands {
            self.execute(c);
        }
    }
}
