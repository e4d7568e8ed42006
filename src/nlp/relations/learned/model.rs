//! The pair classifier's model: multinomial logistic regression over hashed features, with
//! weights quantised to 16 bits in `data/models/relations.bin`.
//!
//! Outputs: 0 is "no relation"; `1 + 2c` is class `c` of `relation_classes.tsv` read from the
//! first mention to the second, `2 + 2c` the same class from the second to the first.

use std::collections::HashMap;
use std::io::Write;
use std::sync::LazyLock;

const MAGIC: &[u8; 8] = b"DRREL\x00\x01\x00";

#[derive(Debug, thiserror::Error)]
pub enum PairModelError {
    #[error("bad relation model file: {0}")]
    Format(String),
    #[error("the relation model was trained for other classes than data/lexicon/relation_classes.tsv: retrain it")]
    Classes,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Output index of class `class`, forwards or reversed.
pub fn output_of(class: usize, reversed: bool) -> usize {
    1 + 2 * class + usize::from(reversed)
}

/// (class, reversed) of an output index; `None` for "no relation".
pub fn class_of_output(output: usize) -> Option<(usize, bool)> {
    (output > 0).then(|| ((output - 1) / 2, (output - 1) % 2 == 1))
}

/// A trained pair classifier.
#[derive(Debug, Clone, PartialEq)]
pub struct PairModel {
    /// Class names, in output order (must equal the table's).
    pub classes: Vec<String>,
    pub outputs: usize,
    /// Feature key → row of `weights`.
    pub rows: HashMap<u64, u32>,
    /// `outputs` quantised weights per row.
    pub weights: Vec<i16>,
    pub scale: f32,
}

impl PairModel {
    /// From float weights (`outputs` per key): quantises and keeps rows with any weight.
    pub fn from_weights(classes: Vec<String>, keyed: Vec<(u64, Vec<f32>)>) -> PairModel {
        let outputs = 1 + 2 * classes.len();
        let max_abs = keyed.iter().flat_map(|(_, w)| w.iter()).fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
        let scale = max_abs / 32767.0;
        let mut keyed: Vec<(u64, Vec<i16>)> = keyed
            .into_iter()
            .map(|(k, w)| (k, w.iter().map(|x| (x / scale).round().clamp(-32767.0, 32767.0) as i16).collect()))
            .filter(|(_, w): &(u64, Vec<i16>)| w.iter().any(|&x| x != 0))
            .collect();
        keyed.sort_unstable_by_key(|(k, _)| *k);
        let mut rows = HashMap::with_capacity(keyed.len());
        let mut weights = Vec::with_capacity(keyed.len() * outputs);
        for (i, (k, w)) in keyed.into_iter().enumerate() {
            rows.insert(k, i as u32);
            weights.extend(w);
        }
        PairModel { classes, outputs, rows, weights, scale }
    }

    /// Class probabilities (softmax over the outputs) for one pair's feature keys.
    pub fn probabilities(&self, keys: &[u64], out: &mut Vec<f32>) {
        // Sums of 16-bit weights over a few dozen keys stay far below 2^24: exact in f32.
        out.clear();
        out.resize(self.outputs, 0.0);
        for k in keys {
            if let Some(&row) = self.rows.get(k) {
                let row = &self.weights[row as usize * self.outputs..(row as usize + 1) * self.outputs];
                for (s, &w) in out.iter_mut().zip(row) {
                    *s += f32::from(w);
                }
            }
        }
        for s in out.iter_mut() {
            *s *= self.scale;
        }
        softmax(out);
    }

    pub fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        out.write_all(MAGIC)?;
        out.write_all(&(self.classes.len() as u32).to_le_bytes())?;
        for name in &self.classes {
            out.write_all(&(name.len() as u16).to_le_bytes())?;
            out.write_all(name.as_bytes())?;
        }
        out.write_all(&self.scale.to_le_bytes())?;
        let mut rows: Vec<(u64, u32)> = self.rows.iter().map(|(&k, &r)| (k, r)).collect();
        rows.sort_unstable();
        out.write_all(&(rows.len() as u32).to_le_bytes())?;
        for (key, row) in rows {
            out.write_all(&key.to_le_bytes())?;
            for w in &self.weights[row as usize * self.outputs..(row as usize + 1) * self.outputs] {
                out.write_all(&w.to_le_bytes())?;
            }
        }
        Ok(())
    }

    pub fn read(bytes: &[u8]) -> Result<PairModel, PairModelError> {
        let mut at = 0usize;
        let mut take = |n: usize| -> Result<&[u8], PairModelError> {
            let end = at
                .checked_add(n)
                .filter(|&e| e <= bytes.len())
                .ok_or_else(|| PairModelError::Format(format!("truncated at byte {at} of {}", bytes.len())))?;
            let slice = &bytes[at..end];
            at = end;
            Ok(slice)
        };
        if take(8)? != MAGIC {
            return Err(PairModelError::Format("not a Dramatis relation model (bad magic)".into()));
        }
        let u32_of = |b: &[u8]| u32::from_le_bytes(b.try_into().expect("4 bytes"));
        let n_classes = u32_of(take(4)?) as usize;
        if n_classes > 1000 {
            return Err(PairModelError::Format(format!("{n_classes} classes")));
        }
        let mut classes = Vec::with_capacity(n_classes);
        for _ in 0..n_classes {
            let len = u16::from_le_bytes(take(2)?.try_into().expect("2 bytes")) as usize;
            let name = std::str::from_utf8(take(len)?).map_err(|e| PairModelError::Format(e.to_string()))?;
            classes.push(name.to_string());
        }
        let scale = f32::from_le_bytes(take(4)?.try_into().expect("4 bytes"));
        if !scale.is_finite() || scale <= 0.0 {
            return Err(PairModelError::Format(format!("scale {scale}")));
        }
        let outputs = 1 + 2 * n_classes;
        let n = u32_of(take(4)?) as usize;
        let record = 8 + 2 * outputs;
        let body = take(n.checked_mul(record).ok_or_else(|| PairModelError::Format("size overflow".into()))?)?;
        let mut rows = HashMap::with_capacity(n);
        let mut weights = Vec::with_capacity(n * outputs);
        for (i, r) in body.chunks_exact(record).enumerate() {
            rows.insert(u64::from_le_bytes(r[..8].try_into().expect("8 bytes")), i as u32);
            weights.extend(r[8..].chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])));
        }
        if take(1).is_ok() {
            return Err(PairModelError::Format("trailing bytes".into()));
        }
        Ok(PairModel { classes, outputs, rows, weights, scale })
    }
}

/// In place: `x` → softmax(`x`).
pub fn softmax(x: &mut [f32]) {
    let max = x.iter().fold(f32::NEG_INFINITY, |m, &v| m.max(v));
    let mut sum = 0.0;
    for v in x.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in x.iter_mut() {
        *v /= sum;
    }
}

static BUNDLED_BYTES: &[u8] = include_bytes!("../../../../data/models/relations.bin");
static BUNDLED: LazyLock<Result<Option<PairModel>, PairModelError>> = LazyLock::new(|| {
    if BUNDLED_BYTES.is_empty() {
        return Ok(None);
    }
    let loaded = PairModel::read(BUNDLED_BYTES).and_then(|m| {
        let table: Vec<&str> = crate::nlp::lexicon::RELATION_CLASSES.iter().map(|c| c.name).collect();
        if m.classes.iter().map(String::as_str).eq(table) { Ok(Some(m)) } else { Err(PairModelError::Classes) }
    });
    if let Err(e) = &loaded {
        // Said once, on first use: the rules still find relations.
        eprintln!("dramatis: {e}; relations come from the rules only");
    }
    loaded
});

/// The model shipped in `data/models/relations.bin`, or `None` when none was trained or it
/// does not match the class table.
pub fn bundled() -> Option<&'static PairModel> {
    BUNDLED.as_ref().ok().and_then(Option::as_ref)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> PairModel {
        PairModel::from_weights(
            vec!["member_of".into(), "fights".into()],
            vec![(7, vec![0.0, 2.0, 0.0, 0.0, -1.0]), (9, vec![1.0, 0.0, 0.0, 0.5, 0.0]), (11, vec![0.0; 5])],
        )
    }

    #[test]
    fn probabilities_follow_the_weights_and_sum_to_one() {
        let m = toy();
        assert_eq!(m.rows.len(), 2, "an all-zero row is dropped");
        let mut p = Vec::new();
        m.probabilities(&[7, 12345], &mut p);
        assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert_eq!(p.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).map(|(i, _)| i), Some(output_of(0, false)));
        m.probabilities(&[], &mut p);
        assert!(p.iter().all(|&x| (x - 0.2).abs() < 1e-5), "unknown features: uniform");
        assert_eq!(class_of_output(0), None);
        assert_eq!(class_of_output(output_of(1, true)), Some((1, true)));
    }

    #[test]
    fn file_round_trip_and_corrupt_files() {
        let m = toy();
        let mut bytes = Vec::new();
        m.write(&mut bytes).unwrap();
        assert_eq!(PairModel::read(&bytes).unwrap(), m);
        for cut in [0, 7, 12, bytes.len() - 1] {
            assert!(PairModel::read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(PairModel::read(&longer).is_err());
    }
}
