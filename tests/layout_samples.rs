//! The force layout on the bundled samples' graph: converged, no overlapping discs, linked
//! nodes closer than unlinked ones, communities visible; radial rings by hop distance.

use std::path::PathBuf;

use dramatis::layout::{ForceParams, LayoutGraph, Vec2, radial::hop_distances, radial_layout, start_layout};

fn samples_graph() -> LayoutGraph {
    let samples = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples"));
    let x = dramatis::pipeline::extract_paths(&[samples]);
    dramatis::style::layout_graph(&x.graph, true).0
}

fn distance(a: Vec2, b: Vec2) -> f32 {
    Vec2::new(a.x - b.x, a.y - b.y).length()
}

#[test]
fn samples_layout_is_readable() {
    let graph = samples_graph();
    assert!(graph.len() > 50);
    let mut layout = start_layout(&graph, ForceParams::default());
    layout.run_to_convergence();
    assert!(layout.iterations() < ForceParams::default().max_iterations, "no convergence");
    let p = &layout.layout().positions;
    let linked: std::collections::HashSet<(u32, u32)> =
        graph.edges.iter().map(|&(a, b, _)| (a.min(b), a.max(b))).collect();
    let (mut linked_sum, mut linked_n, mut other_sum, mut other_n) = (0.0f64, 0, 0.0f64, 0);
    for i in 0..p.len() {
        for j in i + 1..p.len() {
            let d = distance(p[i], p[j]);
            assert!(d >= graph.radius[i] + graph.radius[j] - 0.5, "{} and {} overlap", graph.keys[i], graph.keys[j]);
            if linked.contains(&(i as u32, j as u32)) {
                linked_sum += d as f64;
                linked_n += 1;
            } else {
                other_sum += d as f64;
                other_n += 1;
            }
        }
    }
    let (linked_mean, other_mean) = (linked_sum / linked_n as f64, other_sum / other_n as f64);
    assert!(linked_mean < other_mean, "linked {linked_mean} vs unlinked {other_mean}");
    // Structure shows: communities gather and edges are short (0.42 / 0.31 when written; igraph's
    // Fruchterman–Reingold scores 0.51 / 0.31 on this graph).
    let q = dramatis::layout::quality::measure(&graph, p, 1);
    assert!(q.community_ratio < 0.5 && q.linked_ratio < 0.4, "{q:?}");
}

#[test]
fn radial_layout_of_the_samples_puts_nodes_on_hop_rings() {
    let graph = samples_graph();
    let focus = graph.keys.iter().position(|k| k == "country:IRQ").expect("Iraq in the samples");
    let layout = radial_layout(&graph, focus, 120.0);
    let hops = hop_distances(&graph, focus);
    let mut ring_radius: std::collections::HashMap<u32, f32> = std::collections::HashMap::new();
    for (i, p) in layout.positions.iter().enumerate() {
        if i == focus {
            assert_eq!(*p, Vec2::ZERO);
            continue;
        }
        let r = p.length();
        let expected = *ring_radius.entry(hops[i]).or_insert(r);
        assert!((r - expected).abs() < 0.01);
    }
}
