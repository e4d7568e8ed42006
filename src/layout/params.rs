//! Parameters of the force layout, with defaults measured to show structure on real graphs.

/// Parameters of the force layout. Changing them restarts convergence, not positions.
#[derive(Debug, Clone, PartialEq)]
pub struct ForceParams {
    /// Barnes–Hut opening criterion: larger is faster and coarser.
    pub theta: f32,
    /// Repulsion strength (FA2 "scaling").
    pub scaling: f32,
    /// Pull toward the centre of the node's component, proportional to its mass. Weak by default:
    /// it only keeps loose ends from drifting; components are kept together by packing.
    pub gravity: f32,
    /// Gravity grows with distance (FA2 "strong gravity"): a round, dense picture.
    pub strong_gravity: bool,
    /// LinLog attraction (log of the distance): tighter clusters, longer edges between them.
    pub lin_log: bool,
    /// Divide a node's pull along its edges by its mass (FA2 "dissuade hubs"): hubs go to the
    /// edge of their cluster instead of its middle.
    pub dissuade_hubs: bool,
    /// Lay connected components side by side instead of letting them orbit each other.
    pub pack_components: bool,
    /// A big graph laid out from scratch starts from a multilevel pass (`layout::multilevel`).
    pub multilevel: bool,
    /// 0 ignores edge weights, 1 uses them as given.
    pub edge_weight_influence: f32,
    pub jitter_tolerance: f32,
    /// Keep node discs from overlapping (by `LayoutGraph::radius`).
    pub prevent_overlap: bool,
    pub seed: u64,
    /// Stop after this many ticks even if still moving.
    pub max_iterations: u32,
    /// A phase ends when the mean displacement per tick falls below this share of the spread of
    /// nodes around their component centres.
    pub tolerance: f32,
    /// Use rayon across cores.
    pub parallel: bool,
}

impl Default for ForceParams {
    fn default() -> Self {
        ForceParams {
            theta: 1.2,
            scaling: 4.0,
            gravity: 0.05,
            strong_gravity: false,
            lin_log: false,
            dissuade_hubs: false,
            pack_components: true,
            multilevel: true,
            edge_weight_influence: 1.0,
            jitter_tolerance: 1.0,
            prevent_overlap: true,
            seed: 42,
            max_iterations: 3000,
            tolerance: 5e-4,
            parallel: true,
        }
    }
}
