//! The last clean-up of a layout: discs that still overlap are pushed apart, leaving air for
//! outlines and labels. Pairs are found through a grid of cells as wide as the largest disc, so
//! a pass is linear in the number of nodes.

use super::graph::Vec2;
use super::rng::key_hash;

/// Neighbouring discs keep this multiple of their radii apart, plus `CLEARANCE_PAD` layout
/// units: polygons (hexagons, diamonds) reach past their disc, and labels need a gap to sit in.
pub const CLEARANCE: f32 = 1.35;
pub const CLEARANCE_PAD: f32 = 2.0;

/// A grid of square cells over points: sorted (cell key, point) pairs, so the points of a cell
/// are one binary search away.
struct Grid {
    cell: f32,
    cells: Vec<(i64, u32)>,
}

impl Grid {
    fn new(cell: f32) -> Grid {
        Grid { cell, cells: Vec::new() }
    }

    fn cell_of(&self, p: Vec2) -> (i64, i64) {
        ((p.x / self.cell).floor() as i64, (p.y / self.cell).floor() as i64)
    }

    fn key((x, y): (i64, i64)) -> i64 {
        (x << 32) ^ (y & 0xffff_ffff)
    }

    fn fill(&mut self, positions: &[Vec2]) {
        self.cells.clear();
        for (i, &p) in positions.iter().enumerate() {
            self.cells.push((Grid::key(self.cell_of(p)), i as u32));
        }
        self.cells.sort_unstable();
    }

    /// Calls `visit` with every point in the 3×3 cells around `p`.
    fn near(&self, p: Vec2, visit: impl FnMut(usize)) {
        self.within(p, 1, visit);
    }

    /// Calls `visit` with every point in the cells up to `reach` cells away from `p`'s.
    fn within(&self, p: Vec2, reach: i64, mut visit: impl FnMut(usize)) {
        let (cx, cy) = self.cell_of(p);
        for dx in -reach..=reach {
            for dy in -reach..=reach {
                let wanted = Grid::key((cx + dx, cy + dy));
                let start = self.cells.partition_point(|&(c, _)| c < wanted);
                for &(c, j) in &self.cells[start..] {
                    if c != wanted {
                        break;
                    }
                    visit(j as usize);
                }
            }
        }
    }
}

/// Neighbour visits all passes of `separate_overlaps` may make together (beyond the first).
const PASS_WORK: usize = 12_000_000;
/// Most passes: crowded hubs need hundreds, the ring around them widening a little each time.
const MAX_PASSES: usize = 2000;

/// Pushes overlapping discs apart until none overlap (or the work bound is reached). A node that
/// `movable` refuses stays put and its partner moves the whole way. The first pass looks at
/// every node; later passes only at nodes that moved (a pair where neither moved cannot have
/// started to overlap), so the cost follows the crowding, not the graph's size.
pub fn separate_overlaps(positions: &mut [Vec2], radius: &[f32], keys: &[String], movable: impl Fn(usize) -> bool) {
    let n = positions.len();
    if n < 2 {
        return;
    }
    // Cells fit all but the biggest discs (a hub's disc would make every cell crowded); a big
    // disc looks as far as it reaches, is always looked at, and small ones leave it alone.
    let mut sorted: Vec<f32> = radius.to_vec();
    sorted.sort_unstable_by(f32::total_cmp);
    let small_r = sorted[(n - 1) * 99 / 100].max(1e-3);
    let cell = 2.0 * small_r * CLEARANCE + CLEARANCE_PAD + 1.0;
    let mut grid = Grid::new(cell);
    let big: Vec<bool> = radius.iter().map(|&r| r > small_r).collect();
    let bigs: Vec<usize> = (0..n).filter(|&i| big[i]).collect();
    let reach = |r: f32| (((r + small_r) * CLEARANCE + CLEARANCE_PAD) / cell).ceil() as i64;
    let mut near: Vec<usize> = Vec::new();
    let mut active: Vec<usize> = (0..n).collect();
    let mut is_active = vec![true; n];
    let mut moved = vec![false; n];
    let mut next: Vec<usize> = Vec::new();
    let mut work = 0usize;
    for _pass in 0..MAX_PASSES {
        grid.fill(positions);
        for &i in &active {
            near.clear();
            // Each pair once: a big disc handles all of its pairs (the lower index of two big
            // ones); of two small active discs, the lower index.
            if big[i] {
                grid.within(positions[i], reach(radius[i]), |j| {
                    if j != i && !(big[j] && j < i) {
                        near.push(j)
                    }
                });
            } else {
                grid.near(positions[i], |j| {
                    if j != i && !big[j] && !(is_active[j] && j < i) {
                        near.push(j)
                    }
                });
            }
            work += near.len();
            for &j in &near {
                let (a, b) = (positions[i], positions[j]);
                let (vx, vy) = (b.x - a.x, b.y - a.y);
                let d = (vx * vx + vy * vy).sqrt();
                let need = (radius[i] + radius[j]) * CLEARANCE + CLEARANCE_PAD;
                // A hair of tolerance: after a shift the pair sits at `need` up to rounding.
                if d >= need - 1e-3 {
                    continue;
                }
                let (ux, uy, overlap) = if d < 1e-4 {
                    // Coincident: separate along a direction fixed by the pair.
                    let (lo, hi) = (i.min(j), i.max(j));
                    let angle = (key_hash(&keys[lo], hi as u64) % 360) as f32 * std::f32::consts::PI / 180.0;
                    let sign = if i == lo { 1.0 } else { -1.0 };
                    (sign * angle.cos(), sign * angle.sin(), need)
                } else {
                    (vx / d, vy / d, need - d)
                };
                let (si, sj) = match (movable(i), movable(j)) {
                    (true, true) => (0.5, 0.5),
                    (true, false) => (1.0, 0.0),
                    (false, true) => (0.0, 1.0),
                    (false, false) => continue,
                };
                // A little over-relaxation: crowded neighbourhoods settle in far fewer passes.
                let step = overlap * 1.25 + 0.01;
                positions[i].x -= ux * step * si;
                positions[i].y -= uy * step * si;
                positions[j].x += ux * step * sj;
                positions[j].y += uy * step * sj;
                for (k, share) in [(i, si), (j, sj)] {
                    if share > 0.0 && !moved[k] {
                        moved[k] = true;
                        next.push(k);
                    }
                }
            }
        }
        for &i in &active {
            is_active[i] = false;
        }
        std::mem::swap(&mut active, &mut next);
        next.clear();
        for &i in &active {
            moved[i] = false;
        }
        if active.is_empty() || work > PASS_WORK + n * 9 {
            break;
        }
        for &i in &active {
            is_active[i] = true;
        }
        // Big discs are looked at every pass: a small neighbour that moved does not look back.
        for &b in &bigs {
            if !is_active[b] {
                is_active[b] = true;
                active.push(b);
            }
        }
    }
}

/// Pairs of discs that overlap (closer than the sum of their radii less half a unit).
pub fn overlapping_pairs(positions: &[Vec2], radius: &[f32]) -> usize {
    let max_r = radius.iter().fold(0.0f32, |m, r| m.max(*r)).max(1e-3);
    let mut grid = Grid::new(2.0 * max_r + 1.0);
    grid.fill(positions);
    let mut count = 0;
    for (i, &p) in positions.iter().enumerate() {
        grid.near(p, |j| {
            let q = positions[j];
            if j > i && Vec2::new(p.x - q.x, p.y - q.y).length() < radius[i] + radius[j] - 0.5 {
                count += 1;
            }
        });
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heap_of_discs_comes_apart() {
        let n = 300;
        let mut positions: Vec<Vec2> = (0..n).map(|i| Vec2::new((i % 7) as f32, (i % 5) as f32)).collect();
        let radius = vec![4.0; n];
        let keys: Vec<String> = (0..n).map(|i| format!("k{i}")).collect();
        assert!(overlapping_pairs(&positions, &radius) > 1000);
        separate_overlaps(&mut positions, &radius, &keys, |i| i != 0);
        assert_eq!(overlapping_pairs(&positions, &radius), 0);
        assert_eq!(positions[0], Vec2::new(0.0, 0.0), "an immovable disc stays");
    }
}
