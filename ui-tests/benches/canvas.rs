//! Canvas cost per frame on a synthetic 10,000-node / 30,000-edge graph at full view: egui's
//! whole frame (our mesh building, widgets, labels, tessellation) run in a kittest harness on
//! the CPU, without a GPU. Target: ≤ 8 ms per frame.

use criterion::{Criterion, criterion_group, criterion_main};
use dramatis::app::App;
use egui_kittest::Harness;

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("canvas_frame");
    group.sample_size(20);
    for (nodes, edges) in [(1_000, 3_000), (10_000, 30_000)] {
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
