//! Canvas cost per frame on synthetic graphs (1k/3k, 10k/30k, 100k/300k nodes/edges) at full
//! view, panning: egui's whole frame (our mesh building, widgets, labels) run in a kittest
//! harness on the CPU, without a GPU. Targets: 10k/30k ≤ 4 ms, 100k/300k ≤ 16 ms per frame.
//! `CANVAS_SIZES=100000` runs only the sizes whose node count is listed.

use criterion::{Criterion, criterion_group, criterion_main};
use dramatis::app::App;
use egui_kittest::Harness;

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("canvas_frame");
    group.sample_size(20);
    let only: Option<Vec<usize>> =
        std::env::var("CANVAS_SIZES").ok().map(|v| v.split(',').filter_map(|x| x.trim().parse().ok()).collect());
    for (nodes, edges) in [(1_000, 3_000), (10_000, 30_000), (100_000, 300_000)] {
        if only.as_ref().is_some_and(|only| !only.contains(&nodes)) {
            continue;
        }
        let mut app = App::with_graph(dramatis::layout::synthetic_graph(nodes, edges, 42));
        app.finish_layout();
        let mut h = Harness::builder()
            .with_size(egui::vec2(1600.0, 1000.0))
            .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
        h.run_steps(3);
        group.bench_function(format!("{nodes}n_{edges}e_full_view"), |b| {
            b.iter(|| {
                // A moving view forces a full redraw each frame (no cached shapes).
                h.state_mut().view.center.x += 0.5;
                h.state_mut().canvas.positions_changed();
                h.step();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
