//! Criterion benches of the force layout: one tick at several sizes, and convergence at 1,000 nodes.

use criterion::{Criterion, criterion_group, criterion_main};
use dramatis::layout::{ForceLayout, ForceParams, scale_free_graph};

fn ticks(c: &mut Criterion) {
    for (nodes, edges) in [(1_000, 3_000), (10_000, 30_000), (100_000, 300_000)] {
        let graph = scale_free_graph(nodes, edges, 42);
        let mut layout = ForceLayout::new(
            &graph,
            ForceParams { max_iterations: u32::MAX, tolerance: 0.0, ..ForceParams::default() },
        );
        layout.tick();
        let mut group = c.benchmark_group("force_tick");
        if nodes >= 100_000 {
            group.sample_size(10);
        }
        group.bench_function(format!("{nodes}n_{edges}e"), |b| {
            b.iter(|| std::hint::black_box(layout.tick().positions.len()))
        });
        group.finish();
    }
}

fn convergence(c: &mut Criterion) {
    let graph = scale_free_graph(1_000, 3_000, 42);
    let mut group = c.benchmark_group("force_converge");
    group.sample_size(10);
    group.bench_function("1000n_3000e", |b| {
        b.iter(|| {
            let mut layout = ForceLayout::new(&graph, ForceParams::default());
            layout.run_to_convergence();
            std::hint::black_box(layout.iterations())
        })
    });
    group.finish();
}

criterion_group!(benches, ticks, convergence);
criterion_main!(benches);
