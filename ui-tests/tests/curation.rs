//! Curation driven like a user would (egui_kittest, AccessKit queries): Ctrl+click two nodes,
//! merge, undo, redo, save and reopen; accept a merge suggestion; rename and undo; and the
//! title bar's unsaved marker.

use std::path::{Path, PathBuf};

use dramatis::app::{App, Command, Selection};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, opened, seed_path};

fn has_node(h: &Harness<'_, App>, id: &str) -> bool {
    h.state().graph().index_of(id).is_some()
}

fn label_of(h: &Harness<'_, App>, id: &str) -> Option<String> {
    h.state().graph().node_by_id(id).map(|n| n.label.clone())
}

#[test]
fn select_two_merge_undo_redo_save_and_reopen() {
    let mut h = harness(opened(vec![seed_path()]));
    let nodes = h.state().graph().node_count();
    h.get_by_role_and_label(Role::Button, "Naqoura").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Beirut").click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(h.state().selected_nodes().len(), 2, "Ctrl+click adds to the selection");
    h.get_by_label_contains("Merge Beirut into Naqoura").click();
    h.run();
    assert_eq!(h.state().graph().node_count(), nodes - 1);
    let naqoura = h.state().graph().nodes().find(|(_, n)| n.label == "Naqoura").map(|(_, n)| n.id.clone()).unwrap();
    let beirut_gone = !h.state().graph().nodes().any(|(_, n)| n.label == "Beirut");
    assert!(beirut_gone && h.state().graph().node_by_id(&naqoura).unwrap().aliases.contains(&"Beirut".to_string()));
    assert!(h.state().title().starts_with("● "), "unsaved marker: {}", h.state().title());
    // The Edit menu says what Undo will undo.
    h.get_by_label("Edit").click();
    h.run();
    assert!(h.query_by_label_contains("Undo merge Beirut into Naqoura").is_some(), "undo names the merge");
    h.get_by_label("Edit").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().graph().node_count(), nodes, "undo brings Beirut back");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().graph().node_count(), nodes - 1, "redo merges again");
    // Save (the dialog answers with this command) and reopen: the merge is there.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curated.dramatis");
    h.state_mut().execute(Command::SaveProjectTo(path.clone()));
    h.run();
    assert!(!h.state().unsaved && h.state().title() == "curated.dramatis — Dramatis", "{}", h.state().title());
    let saved = dramatis::project::Project::open(&path).unwrap();
    assert_eq!(saved.view.selection, std::slice::from_ref(&naqoura), "the selection left after the merge is saved");
    let reopened = harness(opened(vec![path]));
    assert_eq!(reopened.state().graph().node_count(), nodes - 1);
    assert!(!reopened.state().graph().nodes().any(|(_, n)| n.label == "Beirut"));
    let selected: Vec<String> = reopened
        .state()
        .selected_nodes()
        .iter()
        .map(|&n| reopened.state().graph().node(n).unwrap().id.clone())
        .collect();
    assert_eq!(selected, [naqoura], "the selection comes back");
    assert_eq!(reopened.state().curation().undo_summary(), Some("merge Beirut into Naqoura"));
}

#[test]
fn rename_and_undo() {
    let mut h = harness(opened(vec![seed_path()]));
    h.get_by_role_and_label(Role::Button, "Israel").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Name").focus();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Name").type_text("State of Israel");
    h.run();
    h.get_by_label("Rename").click();
    h.run();
    assert_eq!(label_of(&h, "country:ISR").as_deref(), Some("State of Israel"));
    assert!(h.query_by_role_and_label(Role::Button, "State of Israel").is_some(), "the canvas shows the new name");
    // Ctrl+Z outside a text field undoes the rename.
    h.state_mut().execute(Command::Undo);
    h.run();
    assert_eq!(label_of(&h, "country:ISR").as_deref(), Some("Israel"));
    assert_eq!(h.state().selection.map(|s| matches!(s, Selection::Node(_))), Some(true), "Israel stays selected");
    assert_eq!(h.state().curation().redo_summary(), Some("rename Israel to State of Israel"));
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn accept_and_dismiss_merge_suggestions() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", "The Andean Trade Council met in Lima on Monday to discuss tariffs with Peru.");
    let b = write(dir.path(), "b.txt", "The ATC said on Friday that Bolivia would join the talks in Lima next month.");
    let mut h = harness(opened(vec![a, b]));
    assert!(has_node(&h, "organization:atc") && has_node(&h, "organization:andean-trade-council"));
    h.get_by_label_contains("Merge suggestions").click();
    h.run();
    assert!(h.query_by_label_contains("merge ATC into Andean Trade Council").is_some(), "the acronym pair is proposed");
    h.get_by_label("Merge").click();
    h.run();
    assert!(!has_node(&h, "organization:atc"), "accepting merges the acronym into its expansion");
    h.state_mut().execute(Command::Undo);
    h.run();
    assert!(has_node(&h, "organization:atc"), "an accepted suggestion is an undoable merge");
    // "Not the same" is remembered: the pair is not proposed again, and the project keeps it.
    h.get_by_label("Not the same").click();
    h.run();
    assert!(h.query_by_label("merge ATC into Andean Trade Council").is_none());
    let project = h.state().to_project();
    assert_eq!(project.dismissed_suggestions.len(), 1);
}

#[test]
fn save_and_open_give_back_the_graph_layout_filters_focus_and_notes() {
    let mut app = opened(vec![seed_path()]);
    let israel = app.graph().index_of("country:ISR").unwrap();
    let target = dramatis::curation::Target::Node("country:ISR".into());
    app.execute(Command::Edit(dramatis::curation::Edit::SetNote { target, note: Some("party".into()) }));
    app.finish_layout();
    app.execute(Command::SetMinConfidence(0.3));
    app.execute(Command::Focus(israel));
    app.execute(Command::SetFocusHops(2));
    let lebanon = app.graph().index_of("country:LBN").unwrap();
    let fingerprint = app.graph().fingerprint();
    app.execute(Command::LeaveFocus);
    let base_position = app.position(lebanon);
    app.execute(Command::Focus(israel));
    app.execute(Command::SetFocusHops(2));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("view.dramatis");
    app.save_project(path.clone());
    assert!(app.errors.is_empty(), "{:?}", app.errors);
    let mut reopened = opened_without_layout(vec![path]);
    assert_eq!(reopened.graph().fingerprint(), fingerprint, "the same graph, note included");
    assert_eq!(reopened.graph().node_by_id("country:ISR").unwrap().note.as_deref(), Some("party"));
    assert_eq!(reopened.min_confidence, 0.3);
    let israel = reopened.graph().index_of("country:ISR").unwrap();
    assert_eq!(reopened.focus, Some((israel, 2)), "the focus comes back with its hops");
    // The layout comes back as it was, without running again.
    reopened.execute(Command::LeaveFocus);
    let lebanon = reopened.graph().index_of("country:LBN").unwrap();
    assert_eq!(reopened.position(lebanon), base_position);
    assert!(base_position.is_some() && !reopened.layout_running);
    assert!(!reopened.unsaved, "a project just opened has nothing unsaved");
}

fn opened_without_layout(paths: Vec<PathBuf>) -> App {
    let mut app = App::new(Default::default());
    app.execute(Command::Open(paths));
    app.wait_for_import();
    app
}

#[test]
fn unsaved_work_is_recovered_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = opened(vec![seed_path()]);
    app.recovery = dramatis::app::RecoveryWriter::in_folder(dir.path());
    app.execute(Command::Edit(dramatis::curation::Edit::Rename {
        node: "country:LBN".into(),
        label: "Lebanese Republic".into(),
    }));
    app.write_recovery_now();
    drop(app); // the crash: nothing saved, no clean exit
    let mut next = App::new(Default::default());
    next.recovery = dramatis::app::RecoveryWriter::in_folder(dir.path());
    next.offer_recovery();
    assert!(matches!(next.confirm, Some(dramatis::app::Confirm::Recover(_))), "the recovery is offered");
    next.execute(Command::Answer(dramatis::app::Answer::Save));
    next.wait_for_import();
    assert_eq!(next.graph().node_by_id("country:LBN").unwrap().label, "Lebanese Republic");
    assert!(next.unsaved, "recovered work is not saved until the user saves it");
    // Discarding removes the file: nothing is offered again.
    next.write_recovery_now();
    let mut third = App::new(Default::default());
    third.recovery = dramatis::app::RecoveryWriter::in_folder(dir.path());
    third.offer_recovery();
    third.execute(Command::Answer(dramatis::app::Answer::Discard));
    third.offer_recovery();
    assert!(third.confirm.is_none());
}

#[test]
fn a_project_from_a_newer_version_is_refused_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path =
        write(dir.path(), "future.dramatis", r#"{"format": "dramatis-project", "version": 999, "articles": []}"#);
    let before = std::fs::read(&path).unwrap();
    let mut h = harness(opened(vec![path.clone()]));
    assert!(h.state().errors.iter().any(|e| e.contains("newer Dramatis")), "{:?}", h.state().errors);
    assert!(h.query_by_label_contains("newer Dramatis").is_some(), "the error is on screen");
    // Ctrl+S asks where to save (no project path) instead of writing over the file it could not read.
    assert_eq!(h.state().project_path, None);
    h.state_mut().execute(Command::Edit(dramatis::curation::Edit::AddNode {
        id: "user:x".into(),
        kind: dramatis::graph::NodeKind::Person,
        label: "X".into(),
    }));
    h.run();
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// A left-button drag from `from` to `to` in a few moves, with `modifiers` held.
fn drag(h: &mut Harness<'_, App>, from: egui::Pos2, to: egui::Pos2, modifiers: Modifiers) {
    use egui::{Event, PointerButton};
    h.event(Event::ModifiersChanged(modifiers));
    h.event(Event::PointerMoved(from));
    h.event(Event::PointerButton { pos: from, button: PointerButton::Primary, pressed: true, modifiers });
    h.step();
    for t in [0.25, 0.5, 0.75, 1.0] {
        h.event(Event::PointerMoved(from + (to - from) * t));
        h.step();
    }
    h.event(Event::PointerButton { pos: to, button: PointerButton::Primary, pressed: false, modifiers });
    h.step();
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

#[test]
fn dropping_a_node_onto_another_merges_it_and_a_shift_box_selects_several() {
    let mut h = harness(opened(vec![seed_path()]));
    let nodes = h.state().graph().node_count();
    let beirut = h.get_by_role_and_label(Role::Button, "Beirut").rect().center();
    let naqoura = h.get_by_role_and_label(Role::Button, "Naqoura").rect().center();
    drag(&mut h, beirut, naqoura, Modifiers::NONE);
    assert_eq!(h.state().graph().node_count(), nodes - 1, "the dropped node merged");
    let kept = h.state().graph().nodes().find(|(_, n)| n.label == "Naqoura").map(|(_, n)| n.aliases.clone());
    assert!(kept.unwrap().contains(&"Beirut".to_string()), "into the node it was dropped on");
    assert!(h.state().status.as_deref().is_some_and(|s| s.contains("Ctrl+Z")), "{:?}", h.state().status);
    h.state_mut().execute(Command::Undo);
    h.run();
    assert_eq!(h.state().graph().node_count(), nodes);
    // Shift+drag over empty canvas draws a box: everything inside is selected.
    h.state_mut().finish_layout(); // settled and fitted: every node is on the canvas
    h.run();
    let canvas = h.state().canvas.last_rect.unwrap();
    drag(&mut h, canvas.min + egui::vec2(2.0, 2.0), canvas.max - egui::vec2(2.0, 2.0), Modifiers::SHIFT);
    assert_eq!(h.state().selected_nodes().len(), nodes, "the box around the whole canvas selects every node");
}
