//! A monkey in the explorer: thousands of seeded random clicks, drags, scrolls and keys (edits,
//! undo and redo among them) over the bundled samples. Nothing may panic, after every step the
//! state must still make sense, and undoing everything gives the extraction back.

use std::path::PathBuf;

use dramatis::app::{App, Command, Selection};
use dramatis::layout::SplitMix64;
use egui::{Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, PointerButton, Pos2, TouchPhase, pos2, vec2};
use egui_kittest::Harness;

const STEPS: usize = 2_000;
const SIZE: (f32, f32) = (1280.0, 800.0);

fn samples_app() -> App {
    let mut app = App::new(Default::default());
    app.execute(Command::Open(vec![PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/samples"))]));
    app.wait_for_import();
    app
}

fn random_pos(rng: &mut SplitMix64) -> Pos2 {
    pos2(rng.next_f32() * SIZE.0, rng.next_f32() * SIZE.1)
}

/// Keys a user presses; never the shortcuts that open native file dialogs (Ctrl+O/S/E).
const KEYS: &[(Modifiers, Key)] = &[
    (Modifiers::NONE, Key::F),
    (Modifiers::NONE, Key::Space),
    (Modifiers::NONE, Key::Escape),
    (Modifiers::NONE, Key::Tab),
    (Modifiers::NONE, Key::Enter),
    (Modifiers::NONE, Key::ArrowDown),
    (Modifiers::NONE, Key::A),
    (Modifiers::NONE, Key::Backspace),
    (Modifiers::ALT, Key::ArrowLeft),
    (Modifiers::ALT, Key::ArrowRight),
    (Modifiers::COMMAND, Key::F),
    // Editing: delete and merge the selection, undo and redo.
    (Modifiers::NONE, Key::Delete),
    (Modifiers::NONE, Key::M),
    (Modifiers::COMMAND, Key::Z),
    (Modifiers::COMMAND, Key::Z),
    (Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
];

/// A button going down or up at `at`, with no modifier held.
fn press(h: &Harness<'_, App>, at: Pos2, button: PointerButton, pressed: bool) {
    h.event(Event::PointerButton { pos: at, button, pressed, modifiers: Modifiers::NONE });
}

fn click(h: &Harness<'_, App>, at: Pos2, button: PointerButton, twice: bool) {
    h.event(Event::PointerMoved(at));
    for _ in 0..if twice { 2 } else { 1 } {
        press(h, at, button, true);
        press(h, at, button, false);
    }
}

/// The explorer's state is coherent: what it points at exists, the view is finite, and with
/// no edit in the log the graph is the extraction.
fn check(app: &App, nodes: usize, step: usize) {
    if app.curation().log().is_empty() {
        assert_eq!(app.graph().node_count(), nodes, "step {step}: the graph changed without an edit");
    }
    for &n in &app.selected {
        assert!(app.graph().node(n).is_some(), "step {step}: a selected node is gone");
    }
    match app.selection {
        Some(Selection::Node(n)) => assert!(app.graph().node(n).is_some(), "step {step}: selected node is gone"),
        Some(Selection::Edge(e)) => assert!(app.graph().edge(e).is_some(), "step {step}: selected edge is gone"),
        None => {}
    }
    if let Some((center, hops)) = app.focus {
        assert!(app.graph().node(center).is_some() && (1..=3).contains(&hops), "step {step}: bad focus");
    }
    assert!(app.view.zoom.is_finite() && app.view.zoom > 0.0, "step {step}: zoom {}", app.view.zoom);
    assert!(app.view.center.x.is_finite() && app.view.center.y.is_finite(), "step {step}: view centre");
    assert!((0.0..=1.0).contains(&app.min_confidence), "step {step}");
}

#[test]
fn two_thousand_random_steps_never_panic_and_keep_the_state_coherent() {
    let app = samples_app();
    let nodes = app.graph().node_count();
    assert!(nodes > 100, "the samples give a real graph ({nodes} nodes)");
    let mut h = Harness::builder()
        .with_size(vec2(SIZE.0, SIZE.1))
        .with_context_setup(dramatis::app::install_fonts)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    let mut rng = SplitMix64::new(2026);
    let (mut selections, mut longest_log) = (0, 0);
    for step in 0..STEPS {
        match rng.next_u64() % 10 {
            0..=2 => click(&h, random_pos(&mut rng), PointerButton::Primary, false),
            3 => click(&h, random_pos(&mut rng), PointerButton::Primary, true),
            4 => click(&h, random_pos(&mut rng), PointerButton::Secondary, false),
            5 => {
                let (from, to) = (random_pos(&mut rng), random_pos(&mut rng));
                h.event(Event::PointerMoved(from));
                press(&h, from, PointerButton::Primary, true);
                h.step();
                h.event(Event::PointerMoved(pos2((from.x + to.x) / 2.0, (from.y + to.y) / 2.0)));
                h.step();
                h.event(Event::PointerMoved(to));
                press(&h, to, PointerButton::Primary, false);
            }
            6 => {
                h.event(Event::PointerMoved(random_pos(&mut rng)));
                let delta = vec2(0.0, (rng.next_f32() - 0.5) * 600.0);
                h.event(Event::MouseWheel {
                    unit: MouseWheelUnit::Point,
                    delta,
                    phase: TouchPhase::Move,
                    source: MouseWheelSource::Unknown,
                    modifiers: Modifiers::NONE,
                });
            }
            7 => h.event(Event::Text(["Leb", "x", "ا", " "][(rng.next_u64() % 4) as usize].to_string())),
            _ => {
                let (modifiers, key) = KEYS[(rng.next_u64() % KEYS.len() as u64) as usize];
                h.key_press_modifiers(modifiers, key);
            }
        }
        h.step();
        check(h.state(), nodes, step);
        selections += usize::from(h.state().selection.is_some());
        longest_log = longest_log.max(h.state().curation().log().len());
    }
    // The monkey did reach the graph, not only empty space.
    assert!(selections > 0, "no step ever selected anything");
    // Whatever it edited, undoing everything gives the extraction back.
    let edits = h.state().curation().log().len();
    eprintln!("monkey: {edits} edits in the log, {longest_log} at most");
    assert!(longest_log > 0, "the monkey never edited the graph");
    while h.state().curation().undo_summary().is_some() {
        h.state_mut().execute(Command::Undo);
    }
    assert_eq!(
        h.state().graph().fingerprint(),
        h.state().curation().base().fingerprint(),
        "after undoing {edits} edits"
    );
}
