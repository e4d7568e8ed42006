//! The explorer driven like a user would, through AccessKit queries (egui_kittest): open the
//! seed article, click through relationships, go back, search, filter, read evidence, and see a
//! bad file reported while the good ones load. Plus a CPU-rendered snapshot of the seed graph.

use dramatis::app::{App, Command, Selection};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::{harness, opened, seed_path};

fn seed_app() -> App {
    opened(vec![seed_path()])
}

fn selected_label(h: &Harness<'_, App>) -> Option<String> {
    match h.state().selection {
        Some(Selection::Node(n)) => h.state().graph().node(n).map(|n| n.label.clone()),
        _ => None,
    }
}

#[test]
fn click_through_relationships_and_back() {
    let mut h = harness(seed_app());
    for name in ["Israel", "Lebanon", "Naqoura", "United States"] {
        assert!(h.query_by_role_and_label(Role::Button, name).is_some(), "{name} is not on the canvas");
    }
    h.get_by_role_and_label(Role::Button, "Israel").click();
    h.run();
    assert_eq!(selected_label(&h).as_deref(), Some("Israel"));
    // The inspector lists Israel's relationships as links, the talks event among them.
    assert!(h.query_by_role_and_label(Role::Link, "Talks: Israel – Lebanon").is_some(), "the talks event is listed");
    h.get_by_role_and_label(Role::Link, "Lebanon").click();
    h.run();
    assert_eq!(selected_label(&h).as_deref(), Some("Lebanon"));
    assert!(h.query_by_role_and_label(Role::Link, "Israel").is_some(), "Lebanon's inspector links back to Israel");
    h.get_by_label("< Back").click();
    h.run();
    assert_eq!(selected_label(&h).as_deref(), Some("Israel"));
    h.get_by_label("Forward >").click();
    h.run();
    assert_eq!(selected_label(&h).as_deref(), Some("Lebanon"));
}

#[test]
fn search_selects_and_filters_hide() {
    let mut h = harness(seed_app());
    let search = h.get_by_role(Role::TextInput);
    search.focus();
    search.type_text("naq");
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(selected_label(&h).as_deref(), Some("Naqoura"));
    // Turning off places hides Naqoura and Beirut from the canvas.
    h.get_by_label_contains("Place (").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::Button, "Naqoura").is_none());
    assert!(h.query_by_role_and_label(Role::Button, "Beirut").is_none());
    assert!(h.query_by_role_and_label(Role::Button, "Israel").is_some());
    // Event types filter too.
    assert!(h.query_by_role_and_label(Role::Button, "Talks: Israel – Lebanon").is_some());
    h.get_by_label_contains("04 Consult (").click();
    h.run();
    assert!(h.query_by_role_and_label(Role::Button, "Talks: Israel – Lebanon").is_none());
}

#[test]
fn selecting_an_edge_lists_its_evidence() {
    let mut h = harness(seed_app());
    h.get_by_role_and_label(Role::Button, "Hezbollah").click();
    h.run();
    h.get_all_by_label("why?").next().expect("a relationship with evidence").click();
    h.run();
    assert!(matches!(h.state().selection, Some(Selection::Edge(_))));
    assert!(h.query_by_label_contains("Evidence (").is_some());
    assert!(
        h.query_by_label_contains("Hezbollah’s influence in southern Lebanon").is_some(),
        "the evidence sentence is shown"
    );
}

#[test]
fn a_bad_file_is_reported_and_the_others_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed_path(), dir.path().join("good.txt")).unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("paper.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(dir.path().join("teaser.html"), "<html><body><span>Envoys met in Tyre.</span></body></html>")
        .unwrap();
    let mut app = App::new(Default::default());
    app.execute(Command::Open(vec![
        dir.path().join("good.txt"),
        dir.path().join("empty.txt"),
        dir.path().join("paper.pdf"),
        dir.path().join("teaser.html"),
    ]));
    app.wait_for_import();
    app.finish_layout();
    let mut h = harness(app);
    assert_eq!(h.state().graph().articles.len(), 2, "the page with little text loads too");
    assert!(h.query_by_label_contains("empty.txt").is_some(), "the empty file is named");
    assert!(h.query_by_label_contains("paper.pdf").is_some(), "the PDF is named");
    assert!(h.query_by_label_contains("loaded with a warning").is_some(), "the teaser is flagged");
    assert!(h.query_by_label_contains("teaser.html").is_some(), "the teaser is named");
    assert!(h.query_by_role_and_label(Role::Button, "Lebanon").is_some());
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().errors.is_empty() && h.state().warnings.is_empty());
}

#[test]
fn keys_and_focus_never_panic() {
    let mut h = harness(seed_app());
    h.get_by_role_and_label(Role::Button, "Lebanon").click();
    h.run();
    let lebanon = h.state().graph().index_of("country:LBN").unwrap();
    h.state_mut().execute(Command::Focus(lebanon));
    h.run();
    assert!(h.state().focus.is_some());
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().focus.is_none());
    let running_before = h.state().layout_running;
    for key in [egui::Key::F, egui::Key::Space, egui::Key::Escape, egui::Key::Space] {
        h.key_press(key);
        h.run_steps(3);
    }
    h.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    h.run_steps(3);
    // Esc cleared the selection, Space twice left the layout as it was, the graph is intact and
    // Back with one entry of history stays put.
    assert_eq!(h.state().selection, None);
    assert_eq!(h.state().layout_running, running_before);
    assert!(h.state().graph().node_count() > 5);
    assert!(!h.state().can_go_back());
}

#[test]
fn seed_graph_snapshot() {
    let mut h = harness(seed_app());
    h.get_by_role_and_label(Role::Button, "Israel").click();
    h.run();
    // CPU rasterisers differ by a few pixels between machines; the picture must not.
    h.snapshot_options("explorer_seed", &egui_kittest::SnapshotOptions::new().threshold(2.0).max_failed_pixels(2000));
}

#[test]
fn a_saved_project_reopens_with_its_pins() {
    let mut app = seed_app();
    let israel = app.graph().index_of("country:ISR").unwrap();
    app.pin(israel, dramatis::layout::Vec2::new(123.0, -45.0));
    app.execute(Command::SetKindVisible(dramatis::graph::NodeKind::Place, false));
    app.execute(Command::SetMinConfidence(0.5));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.dramatis");
    app.save_project(path.clone());
    assert!(app.errors.is_empty(), "{:?}", app.errors);
    let mut reopened = App::new(Default::default());
    reopened.execute(Command::Open(vec![path.clone()]));
    reopened.wait_for_import();
    assert_eq!(reopened.graph().node_count(), app.graph().node_count());
    let israel = reopened.graph().index_of("country:ISR").unwrap();
    assert!(reopened.is_pinned(israel));
    assert_eq!(reopened.position(israel), Some(dramatis::layout::Vec2::new(123.0, -45.0)));
    assert_eq!(reopened.project_path.as_deref(), Some(path.as_path()));
    // The filters come back too.
    assert!(reopened.hidden_kinds.contains(&dramatis::graph::NodeKind::Place));
    assert_eq!(reopened.min_confidence, 0.5);
    let naqoura = reopened.graph().nodes().find(|(_, n)| n.label.contains("Naqoura")).map(|(i, _)| i);
    assert!(naqoura.is_none_or(|n| !reopened.visible_nodes().contains(&n)));
}

#[test]
fn a_big_graph_draws_and_answers_while_its_layout_runs_on_workers() {
    let app = App::with_graph(dramatis::layout::synthetic_graph(3000, 6000, 7));
    let mut h =
        Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    h.step();
    // Drawn from the first frame, whether or not the multilevel start has landed.
    h.get_by_label_contains("3000 nodes");
    let before = h.state().position(h.state().graph().node_indices().next().unwrap()).unwrap();
    let began = std::time::Instant::now();
    while h.state().layout_starting() || h.state().layout_running {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
        assert!(began.elapsed().as_secs() < 120, "the layout never finished");
    }
    let node = h.state().graph().node_indices().next().unwrap();
    assert_ne!(h.state().position(node).unwrap(), before, "the workers' ticks reached the window");
    // Commands still work on the laid-out graph (a pin lands at once).
    let at = dramatis::layout::Vec2::new(1.0, 2.0);
    h.state_mut().pin(node, at);
    assert_eq!(h.state().position(node), Some(at));
}
