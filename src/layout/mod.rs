//! Layout: node positions as pure data. A force layout (Barnes–Hut, ForceAtlas2 family) ticked
//! incrementally, plus radial and circular layouts. No egui here: the explorer animates the
//! ticks and the CLI runs them to convergence. Sizes come in as data (`LayoutGraph::radius`).

pub mod circular;
pub mod force;
mod forces;
pub mod graph;
pub mod multilevel;
pub mod overlap;
pub mod packing;
mod params;
pub mod quadtree;
pub mod quality;
pub mod radial;
pub mod rng;
pub mod synthetic;

pub use circular::circular_layout;
pub use force::ForceLayout;
pub use graph::{Layout, LayoutGraph, Vec2};
pub use multilevel::{initial_positions, start_layout, wants_multilevel};
pub use params::ForceParams;
pub use radial::radial_layout;
pub use rng::{SplitMix64, key_hash};
pub use synthetic::{scale_free_graph, synthetic_graph};
