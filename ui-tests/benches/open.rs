//! Opening a big project as a user does: File > Open on a folder of articles (the import worker
//! reads and extracts, the layout starts on its worker), frames stepped as the window would. Prints
//! the time until the graph is drawn, until the multilevel shape arrives, and frame times while
//! loading and while the layout runs (frames at most 60 a second, as on a display). Target: a
//! 5,000-article project drawn in ≤ 5 s.
//! `OPEN_ARTICLES=DIR` (e.g. from `dramatis-dev write-articles gmb DIR`; default /tmp/corp/gmb).

use std::time::{Duration, Instant};

use dramatis::app::{App, Command};
use egui_kittest::Harness;

fn main() {
    let dir = std::env::var("OPEN_ARTICLES").unwrap_or_else(|_| "/tmp/corp/gmb".into());
    if !std::path::Path::new(&dir).is_dir() {
        eprintln!("no folder {dir}: write one with `dramatis-dev write-articles gmb {dir}` or set OPEN_ARTICLES");
        return;
    }
    let mut h = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), App::new(Default::default()));
    h.run_steps(2);
    let start = Instant::now();
    h.state_mut().execute(Command::Open(vec![dir.clone().into()]));
    let mut loading_frames = Vec::new();
    let mut drawn_at = None;
    let mut shaped_at = None;
    let mut running_frames = Vec::new();
    while start.elapsed() < Duration::from_secs(120) {
        let frame = Instant::now();
        h.step();
        let took = frame.elapsed();
        // A window waits for the display (60 Hz) between frames; it does not spin.
        std::thread::sleep(Duration::from_millis(16).saturating_sub(took));
        let app = h.state();
        if drawn_at.is_none() {
            loading_frames.push(took);
            if app.graph().node_count() > 0 {
                drawn_at = Some(start.elapsed());
            }
            continue;
        }
        if shaped_at.is_none() && !app.layout_starting() {
            shaped_at = Some(start.elapsed());
            continue;
        }
        if shaped_at.is_some() {
            running_frames.push(took);
            if !app.layout_running || running_frames.len() >= 300 {
                break;
            }
        }
    }
    let app = h.state();
    println!(
        "{dir}: {} articles, {} nodes, {} edges",
        app.graph().articles.len(),
        app.graph().node_count(),
        app.graph().edge_count()
    );
    let ms = |d: Option<Duration>| d.map_or("never".to_string(), |d| format!("{:.0} ms", d.as_secs_f64() * 1000.0));
    println!("drawn after {}  (target ≤ 5,000 ms)", ms(drawn_at));
    println!("multilevel shape after {}", ms(shaped_at));
    let summary = |name: &str, frames: &mut Vec<Duration>| {
        frames.sort();
        if frames.is_empty() {
            return;
        }
        let at = |q: f64| frames[((frames.len() - 1) as f64 * q) as usize].as_secs_f64() * 1000.0;
        println!(
            "{name}: {} frames, median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
            frames.len(),
            at(0.5),
            at(0.95),
            at(1.0)
        );
    };
    summary("frames while loading", &mut loading_frames);
    summary("frames while the layout runs", &mut running_frames);
    // A filter change rebuilds the scene (what is shown, sizes, label order) in one frame.
    let mut filter_frames = Vec::new();
    for visible in [false, true, false, true] {
        h.state_mut().execute(Command::SetKindVisible(dramatis::graph::NodeKind::Place, visible));
        let frame = Instant::now();
        h.step();
        filter_frames.push(frame.elapsed());
    }
    summary("frames that hide or show all places", &mut filter_frames);
}
