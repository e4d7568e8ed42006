//! The tagger's table features, trained after the prose model on table rows alone: generated
//! results and standings rows (`results_tables.rs`) and the training lines that read as tables.
//!
//! The prose weights stay as they were trained; a table row's score is theirs plus the table
//! features' (`features::TABLE_FEATURES`), which learn only the correction a table needs — so
//! made-up rows can never shift how prose is read.

use std::collections::HashMap;

use dramatis::nlp::ner::features::{FeatureBuffer, TABLE_FEATURES, extract};
use dramatis::nlp::ner::model::{Model, Scratch, TAGS, tags_of, viterbi};

use crate::train_ner::{
    KEEP_THRESHOLD, LabeledSentence, Rng, allowed_tags, best_allowed_reading, push_quantised_row, row_table,
};

/// One table row ready to train on: its prose scores (fixed), table feature rows and gold.
struct TableRow {
    prose: Vec<f32>,
    table: Vec<u32>,
    gold: Vec<usize>,
    allowed: Option<Vec<u64>>,
}

/// Trains table features for `rows` (every one a table row by `features::is_table_row`) on top of
/// `model`'s prose weights for `epochs` averaged-perceptron epochs, and adds those whose weights
/// matter to `model`. Deterministic for `seed`.
pub fn add_table_features(model: &mut Model, rows: &[&LabeledSentence], epochs: usize, seed: u64) -> usize {
    let mut buffer = FeatureBuffer::default();
    let mut scratch = Scratch::default();
    let mut index: HashMap<u64, u32> = HashMap::new();
    let mut keys: Vec<u64> = Vec::new();
    let mut prepared = Vec::with_capacity(rows.len());
    for s in rows {
        let words = s.word_refs();
        extract(&words, &model.clusters, &model.gazetteer, &mut buffer);
        if buffer.table_keys.is_empty() {
            continue;
        }
        let table = buffer
            .table_keys
            .iter()
            .map(|&k| {
                *index.entry(k).or_insert_with(|| {
                    keys.push(k);
                    keys.len() as u32 - 1
                })
            })
            .collect();
        let prose = model.emission_scores(&words, &mut scratch).to_vec();
        prepared.push(TableRow { prose, table, gold: tags_of(&s.spans, words.len()), allowed: allowed_tags(s) });
    }
    if prepared.is_empty() {
        return 0;
    }

    let mut weights = vec![0i32; keys.len() * TAGS];
    let mut sums = vec![0f64; keys.len() * TAGS];
    let mut c: f64 = 1.0;
    let mut rng = Rng(seed | 1);
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let (mut emissions, mut constrained, mut latent) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        for &r in &order {
            let row = &prepared[r];
            let n = row.gold.len();
            emissions.clone_from(&row.prose);
            for (i, features) in row.table.chunks_exact(TABLE_FEATURES).enumerate() {
                for &f in features {
                    let w = &weights[f as usize * TAGS..(f as usize + 1) * TAGS];
                    for (e, w) in emissions[i * TAGS..(i + 1) * TAGS].iter_mut().zip(w) {
                        *e += *w as f32;
                    }
                }
            }
            let gold = match &row.allowed {
                None => &row.gold,
                Some(masks) => {
                    let (t, e) = (&model.transitions, &model.end);
                    best_allowed_reading(&emissions, masks, t, e, &mut scratch, &mut constrained, &mut latent);
                    &latent
                }
            };
            viterbi(&emissions, &model.transitions, &model.end, n, &mut scratch);
            for (i, features) in row.table.chunks_exact(TABLE_FEATURES).enumerate() {
                let (g, p) = (gold[i], scratch.tags[i]);
                if g == p {
                    continue;
                }
                for &f in features {
                    for (tag, delta) in [(g, 1), (p, -1)] {
                        let at = f as usize * TAGS + tag;
                        weights[at] += delta;
                        sums[at] += c * delta as f64;
                    }
                }
            }
            c += 1.0;
        }
    }

    // Averaged, then quantised on the prose weights' scale; rows that barely vote are dropped.
    let mut added = 0;
    for (f, &key) in keys.iter().enumerate() {
        let row: Vec<f32> = (0..TAGS).map(|t| (weights[f * TAGS + t] as f64 - sums[f * TAGS + t] / c) as f32).collect();
        if push_quantised_row(&mut model.weights, &row, model.scale, KEEP_THRESHOLD) {
            model.keys.push(key);
            added += 1;
        }
    }
    let table = row_table(&model.keys);
    model.rows = table;
    model.id = dramatis::nlp::ner::model::next_model_id();
    added
}
