//! The layout the explorer shows, kept moving without holding up the window: a big graph's
//! multilevel start and its ticks run on worker threads while the window draws the positions
//! of the last finished tick; a small graph ticks on the UI thread (a few ticks cost less than
//! a thread hand-off, and tests see the same frames every run).

use std::sync::mpsc::{Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;

use crate::layout::{ForceLayout, ForceParams, LayoutGraph, Vec2, initial_positions, start_layout, wants_multilevel};

/// Graphs from this size tick on a worker thread (as big as a multilevel start; checked each
/// frame, so a graph that grows or shrinks moves across).
pub const BACKGROUND_FROM: usize = crate::layout::multilevel::MULTILEVEL_FROM;
/// Ticks per frame for a graph on the UI thread.
const TICKS_PER_FRAME: usize = 4;

/// A force layout, its drawn positions and the work running on it.
pub struct LiveLayout {
    /// The layout, when no worker holds it.
    held: Option<ForceLayout>,
    /// The worker that ticks a big layout, started on first use.
    worker: Option<TickWorker>,
    /// The worker holds the layout for a tick.
    ticking: bool,
    /// A worker computing the multilevel start (the keys of the graph it places, and their
    /// positions); the layout waits for it.
    start: Option<JoinHandle<(Vec<String>, Vec<Vec2>)>>,
    /// What is drawn: the positions and pins after the last tick or change.
    positions: Vec<Vec2>,
    pinned: Vec<bool>,
    finished: bool,
}

impl LiveLayout {
    /// A fresh layout of `graph`: a big one is drawn at its plain start at once while a worker
    /// computes the multilevel start; a small one starts directly.
    pub fn start(graph: &LayoutGraph, params: ForceParams) -> LiveLayout {
        if !wants_multilevel(graph, &params) {
            return LiveLayout::from_layout(start_layout(graph, params));
        }
        let cold = ForceLayout::new(graph, params.clone());
        let owned = graph.clone();
        let start = std::thread::Builder::new()
            .name("layout-start".into())
            .spawn(move || {
                let positions = initial_positions(&owned, &params);
                (owned.keys, positions)
            })
            .ok();
        LiveLayout { start, ..LiveLayout::from_layout(cold) }
    }

    fn from_layout(layout: ForceLayout) -> LiveLayout {
        let mut live = LiveLayout {
            held: Some(layout),
            worker: None,
            ticking: false,
            start: None,
            positions: Vec::new(),
            pinned: Vec::new(),
            finished: false,
        };
        live.refresh();
        live
    }

    /// Positions by layout slot, as drawn now.
    pub fn positions(&self) -> &[Vec2] {
        &self.positions
    }

    pub fn is_pinned(&self, slot: usize) -> bool {
        self.pinned.get(slot).copied().unwrap_or(false)
    }

    /// Converged (and nothing runs on it).
    pub fn is_finished(&self) -> bool {
        self.finished && !self.ticking && self.start.is_none()
    }

    /// Waiting for its multilevel start.
    pub fn is_starting(&self) -> bool {
        self.start.is_some()
    }

    /// Changes the layout itself (pins, new graph, restart), once a running tick has handed it
    /// back (a wait of at most one tick), and shows the result.
    pub fn edit<T>(&mut self, change: impl FnOnce(&mut ForceLayout) -> T) -> Option<T> {
        self.land_tick(true);
        let result = change(self.held.as_mut()?);
        self.refresh();
        Some(result)
    }

    /// Forgets the multilevel start being computed: the user placed nodes, and it would move them.
    pub fn cancel_start(&mut self) {
        self.start = None;
    }

    /// Per frame: shows a finished tick or start, and, when `run`, sets the next ticks going.
    /// Returns whether the drawn positions changed.
    pub fn advance(&mut self, run: bool) -> bool {
        let mut changed = self.land_start(false);
        changed |= self.land_tick(false);
        if !run || self.start.is_some() || self.ticking {
            return changed;
        }
        let Some(layout) = self.held.take() else { return changed };
        if layout.is_finished() {
            self.held = Some(layout);
            return changed;
        }
        if self.positions.len() < BACKGROUND_FROM {
            return self.tick_here(layout, TICKS_PER_FRAME);
        }
        let worker = self.worker.get_or_insert_with(TickWorker::spawn);
        match worker.jobs.send(layout) {
            Ok(()) => self.ticking = true,
            // The worker is gone (it could not start): tick here instead.
            Err(std::sync::mpsc::SendError(layout)) => return self.tick_here(layout, 1),
        }
        changed
    }

    /// Runs `ticks` ticks on this thread and shows them.
    fn tick_here(&mut self, mut layout: ForceLayout, ticks: usize) -> bool {
        for _ in 0..ticks {
            layout.tick();
        }
        self.held = Some(layout);
        self.refresh();
        true
    }

    /// Runs to convergence now, after the start (tests, benchmarks, exports).
    pub fn finish(&mut self) {
        self.land_start(true);
        self.edit(|layout| {
            layout.run_to_convergence();
        });
    }

    /// What is drawn catches up with the layout.
    fn refresh(&mut self) {
        if let Some(layout) = &self.held {
            self.positions.clone_from(&layout.layout().positions);
            self.pinned = (0..self.positions.len()).map(|slot| layout.is_pinned(slot)).collect();
            self.finished = layout.is_finished();
        }
    }

    /// Takes back the layout from a tick that has finished (or, with `wait`, waits for it).
    /// A tick that panicked leaves the layout where it was, stopped.
    fn land_tick(&mut self, wait: bool) -> bool {
        let Some(worker) = self.worker.as_ref().filter(|_| self.ticking) else { return false };
        let landed =
            if wait { worker.done.recv().map_err(|_| TryRecvError::Disconnected) } else { worker.done.try_recv() };
        let (mut layout, ticked) = match landed {
            Ok(landed) => landed,
            Err(TryRecvError::Empty) => return false,
            // Cannot happen (the worker catches a tick's panic); the layout would be gone with it.
            Err(TryRecvError::Disconnected) => {
                self.ticking = false;
                return false;
            }
        };
        self.ticking = false;
        if !ticked {
            // The panic was reported (and unsaved work written) by the hook; stop here.
            layout.settle();
        }
        self.held = Some(layout);
        self.refresh();
        true
    }

    /// Moves every node to its multilevel start once the worker is done (or, with `wait`,
    /// waits for it); nodes the start does not know (added since) keep their place.
    fn land_start(&mut self, wait: bool) -> bool {
        if !self.start.as_ref().is_some_and(|s| wait || s.is_finished()) {
            return false;
        }
        let Some(Ok((keys, start))) = self.start.take().map(JoinHandle::join) else { return false };
        let by_key: std::collections::HashMap<String, Vec2> = keys.into_iter().zip(start).collect();
        self.edit(|layout| {
            let now = &layout.layout().positions;
            let positions: Vec<Vec2> =
                layout.keys().iter().zip(now).map(|(key, p)| by_key.get(key.as_str()).copied().unwrap_or(*p)).collect();
            layout.reshape(&positions);
        });
        true
    }
}

/// A thread that ticks the layouts sent to it and hands them back; it ends when the layout
/// that owns it is dropped.
struct TickWorker {
    jobs: Sender<ForceLayout>,
    done: Receiver<(ForceLayout, bool)>,
}

impl TickWorker {
    fn spawn() -> TickWorker {
        let (jobs, inbox) = std::sync::mpsc::channel::<ForceLayout>();
        let (outbox, done) = std::sync::mpsc::channel();
        // If the thread cannot start, `inbox` is dropped with it and sends hand the layout back.
        let _ = std::thread::Builder::new().name("layout-tick".into()).spawn(move || {
            for mut layout in inbox {
                // A panicking tick must not take the layout (and the pins) down with the thread.
                let ticked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    layout.tick();
                }))
                .is_ok();
                if outbox.send((layout, ticked)).is_err() {
                    break;
                }
            }
        });
        TickWorker { jobs, done }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::scale_free_graph;

    fn converged_directly(graph: &LayoutGraph) -> Vec<Vec2> {
        let mut layout = start_layout(graph, ForceParams::default());
        layout.run_to_convergence();
        layout.layout().positions.clone()
    }

    #[test]
    fn a_big_layout_on_workers_ends_where_the_ui_thread_would() {
        let graph = scale_free_graph(2500, 5000, 5);
        let expected = converged_directly(&graph);
        let mut live = LiveLayout::start(&graph, ForceParams::default());
        assert!(live.is_starting());
        // Drawn at once, at the plain start.
        assert_eq!(live.positions().len(), graph.len());
        let began = std::time::Instant::now();
        while !live.is_finished() {
            live.advance(true);
            std::thread::sleep(std::time::Duration::from_micros(200));
            assert!(began.elapsed().as_secs() < 120, "never finished");
        }
        assert_eq!(live.positions(), expected.as_slice());
    }

    #[test]
    fn finishing_waits_for_the_start_and_converges() {
        let graph = scale_free_graph(2200, 4000, 8);
        let mut live = LiveLayout::start(&graph, ForceParams::default());
        live.advance(true);
        live.finish();
        assert!(live.is_finished() && !live.is_starting());
        assert_eq!(live.positions(), converged_directly(&graph).as_slice());
    }

    #[test]
    fn a_pin_wins_over_the_start_and_edits_wait_for_the_tick() {
        let graph = scale_free_graph(2200, 4000, 9);
        let mut live = LiveLayout::start(&graph, ForceParams::default());
        let at = Vec2::new(5000.0, -5000.0);
        live.cancel_start();
        live.edit(|l| l.pin(3, at));
        for _ in 0..50 {
            live.advance(true);
            std::thread::sleep(std::time::Duration::from_micros(200));
        }
        assert!(!live.is_starting());
        // An edit while a tick is out lands that tick first, then changes the layout.
        live.edit(|l| l.unpin(3));
        assert!(!live.is_pinned(3));
        assert_eq!(live.positions()[3], at, "the start never moved the pinned node");
        live.finish();
        assert!(live.is_finished());
    }

    #[test]
    fn the_start_lands_by_key_on_a_graph_changed_meanwhile() {
        let graph = scale_free_graph(2100, 4000, 4);
        let start = crate::layout::initial_positions(&graph, &ForceParams::default());
        let mut live = LiveLayout::start(&graph, ForceParams::default());
        // The graph loses its first node while the start is computed: slots shift by one.
        let mut smaller = graph.clone();
        smaller.keys.remove(0);
        smaller.radius.remove(0);
        smaller.group.remove(0);
        smaller.edges = graph.edges.iter().filter(|e| e.0 > 0 && e.1 > 0).map(|&(a, b, w)| (a - 1, b - 1, w)).collect();
        live.edit(|l| l.set_graph(&smaller));
        live.land_start(true);
        assert_eq!(live.positions()[0], start[1]);
        assert_eq!(live.positions()[10], start[11]);
    }

    #[test]
    fn a_small_layout_ticks_on_the_ui_thread() {
        let graph = scale_free_graph(300, 600, 2);
        let mut live = LiveLayout::start(&graph, ForceParams::default());
        let before = live.positions().to_vec();
        assert!(live.advance(true), "moved in the same frame");
        assert_ne!(live.positions(), before.as_slice());
        assert!(live.worker.is_none());
    }
}
