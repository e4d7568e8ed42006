//! Training the tagger: case augmentation, partial-label handling and per-corpus weights around
//! the averaged structured perceptron (deterministic: fixed seed, fixed order). The corpora it
//! reads are described in `corpora.rs`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

use dramatis::nlp::gazetteer::Gazetteer;
use dramatis::nlp::ner::features::{FEATURES_PER_TOKEN, FeatureBuffer, extract, is_table_row};
use dramatis::nlp::ner::model::{Model, STRIDE, Scratch, TAGS, tag_of, tags_of, viterbi};
use dramatis::nlp::ner::tables::{Clusters, GazetteerIndex, RowTable};
use dramatis::nlp::ner::{NerError, Span};

use crate::corpora::CorpusSpec;
pub use crate::word_tables::WordTables;

/// One sentence with gold spans, and what its corpus leaves unsaid.
#[derive(Debug, Clone, Default)]
pub struct LabeledSentence {
    pub words: Vec<String>,
    pub spans: Vec<Span>,
    /// Types (bits by `EntityType as u16`) the corpus never annotates: a token outside `spans`
    /// may be one of them (partial-label training picks the best such reading).
    pub open_types: u16,
    /// Token ranges `[start, end)` whose labels are unknown: any tag is allowed there.
    pub masked: Vec<(usize, usize)>,
    /// Expected copies of this sentence per epoch (its corpus's weight; 0 counts as 1).
    pub weight: f32,
}

impl LabeledSentence {
    pub fn word_refs(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

/// Deterministic pseudo-random numbers (xorshift64*).
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub epochs: usize,
    pub seed: u64,
    /// Features seen fewer times are dropped before training.
    pub min_count: u32,
    /// Share (percent) of sentences copied in ALL CAPS, and again in lowercase.
    pub case_augmentation: u64,
    /// Share (percent) of sentences with names copied with only the names lowercased.
    pub mention_lowercase: u64,
    /// Share (percent) of sentences with names copied with other names of the same types.
    pub mention_replacement: u64,
    /// Corpus weights that replace the specs' (name, weight), for tuning on dev splits.
    pub weights: Vec<(String, f32)>,
    /// Share (percent) of tokens per epoch whose word-identity features are hidden (perceptron).
    pub word_dropout: u64,
    /// How the weights are fitted.
    pub learner: Learner,
    /// Generated results-table rows per thousand training sentences (`results_tables.rs`).
    pub results_tables: u64,
    /// The window network over word codes beside the perceptron, or none.
    pub network: Option<crate::train_window::NetworkOptions>,
}

/// The training algorithm behind the same features, tags and decoder.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Learner {
    /// Averaged structured perceptron; a partly annotated sentence counts as its best allowed reading.
    Perceptron,
    /// Linear-chain CRF by SGD with L2; a partly annotated sentence counts as all its allowed readings.
    Crf(crate::train_crf::CrfOptions),
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 10,
            seed: 20261126,
            min_count: 2,
            case_augmentation: 10,
            mention_lowercase: 5,
            mention_replacement: 0,
            weights: Vec::new(),
            word_dropout: 0,
            learner: Learner::Perceptron,
            results_tables: 60,
            network: Some(crate::train_window::NetworkOptions::default()),
        }
    }
}

/// Feature keys are already well mixed: hash them as they are.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

pub(crate) const UNKNOWN: u32 = u32::MAX;

/// Features that are the word itself (its form, lower case, and word bigrams): word dropout
/// hides them so the model also learns names from shape, affixes, clusters and context.
const WORD_IDENTITY: [usize; 5] = [1, 2, 14, 15, 31];

/// Score taken from a tag the annotation rules out, so constrained decoding never picks it.
const FORBIDDEN: f32 = 1e9;

/// Per token, the tags (bit `t` = tag `t`) a partly annotated sentence allows, or `None` when
/// its gold tags are fully known. Inside a gold span only the span's tag; outside, `O` or any
/// tag of an open type; in a masked range, anything.
pub fn allowed_tags(sentence: &LabeledSentence) -> Option<Vec<u64>> {
    if sentence.open_types == 0 && sentence.masked.is_empty() {
        return None;
    }
    let open: u64 = (1..TAGS)
        .filter(|&t| tag_of(t).is_some_and(|(_, kind)| sentence.open_types & (1 << kind as u16) != 0))
        .fold(1, |bits, t| bits | 1 << t);
    let mut masks = vec![open; sentence.words.len()];
    for (i, &t) in tags_of(&sentence.spans, sentence.words.len()).iter().enumerate() {
        if t != 0 {
            masks[i] = 1 << t;
        }
    }
    for &(start, end) in &sentence.masked {
        for m in &mut masks[start..end.min(sentence.words.len())] {
            *m = (1u64 << TAGS) - 1;
        }
    }
    Some(masks)
}

/// This epoch's sentences (`epoch_order`) in a shuffled order (Fisher–Yates).
pub(crate) fn shuffled_epoch_order(sentences: &[LabeledSentence], rng: &mut Rng, order: &mut Vec<usize>) {
    epoch_order(sentences, rng, order);
    for i in (1..order.len()).rev() {
        let j = (rng.next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}

/// This epoch's sentences: each sentence `floor(weight)` times, plus once more with the
/// fractional part as probability (unshuffled; the caller shuffles).
pub(crate) fn epoch_order(sentences: &[LabeledSentence], rng: &mut Rng, order: &mut Vec<usize>) {
    order.clear();
    for (i, s) in sentences.iter().enumerate() {
        let weight = if s.weight > 0.0 { s.weight } else { 1.0 };
        let whole = weight.floor() as usize;
        order.extend(std::iter::repeat_n(i, whole));
        let fraction = weight - whole as f32;
        if fraction > 0.0 && ((rng.next() >> 11) as f64 / (1u64 << 53) as f64) < fraction as f64 {
            order.push(i);
        }
    }
}

/// Trains a model; `progress` hears about each finished epoch (number, token accuracy).
pub fn train(
    sentences: &[LabeledSentence],
    clusters: Clusters,
    gazetteer: GazetteerIndex,
    options: &TrainOptions,
    mut progress: impl FnMut(usize, f64),
) -> Model {
    let IndexedFeatures { keys: ordered, rows: features } =
        index_features(sentences, &clusters, &gazetteer, options.min_count);
    let gold: Vec<Vec<usize>> = sentences.iter().map(|s| tags_of(&s.spans, s.words.len())).collect();
    let allowed: Vec<Option<Vec<u64>>> = sentences.iter().map(allowed_tags).collect();

    let (weights, transitions, end) =
        perceptron_run(sentences, &features, &gold, &allowed, ordered.len(), options, &mut progress);
    // `build_model` prunes rows that barely vote and quantises to i16.
    build_model(&ordered, &weights, KEEP_THRESHOLD, transitions, end, clusters, gazetteer)
}

/// The averaged perceptron's `options.epochs` epochs: averaged emission weights (`TAGS` per
/// feature row), transitions and end weights.
fn perceptron_run(
    sentences: &[LabeledSentence],
    features: &[Vec<u32>],
    gold: &[Vec<usize>],
    allowed: &[Option<Vec<u64>>],
    n_features: usize,
    options: &TrainOptions,
    progress: &mut impl FnMut(usize, f64),
) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
    let mut weights = vec![0i32; n_features * TAGS];
    let mut sums = vec![0f64; n_features * TAGS];
    let mut transitions = vec![0i32; (TAGS + 1) * TAGS];
    let mut transition_sums = vec![0f64; (TAGS + 1) * TAGS];
    let mut end = vec![0i32; TAGS];
    let mut end_sums = vec![0f64; TAGS];
    // `sums` holds Σ c·Δ, so the average is w − sums / c (Daumé's trick).
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = Vec::with_capacity(sentences.len());
    let mut rng = Rng(options.seed | 1);
    let mut latent_gold: Vec<usize> = Vec::new();
    let mut constrained: Vec<f32> = Vec::new();
    let mut dropped: Vec<bool> = Vec::new();
    let mut scratch = Scratch::default();
    let mut emissions: Vec<f32> = Vec::new();
    let mut transitions_f: Vec<f32> = vec![0.0; (TAGS + 1) * TAGS];
    let mut end_f: Vec<f32> = vec![0.0; TAGS];
    for epoch in 1..=options.epochs {
        shuffled_epoch_order(sentences, &mut rng, &mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &s in &order {
            let n = gold[s].len();
            if n == 0 {
                continue;
            }
            for (f, t) in transitions_f.iter_mut().zip(&transitions) {
                *f = *t as f32;
            }
            for (f, t) in end_f.iter_mut().zip(&end) {
                *f = *t as f32;
            }
            emissions.clear();
            emissions.resize(n * TAGS, 0.0);
            dropped.clear();
            dropped.extend((0..n).map(|_| options.word_dropout > 0 && rng.next() % 100 < options.word_dropout));
            for (i, feats) in features[s].chunks_exact(FEATURES_PER_TOKEN).enumerate() {
                let e = &mut emissions[i * TAGS..(i + 1) * TAGS];
                for (k, &f) in feats.iter().enumerate() {
                    if f == UNKNOWN || (dropped[i] && WORD_IDENTITY.contains(&k)) {
                        continue;
                    }
                    for (x, w) in e.iter_mut().zip(&weights[f as usize * TAGS..(f as usize + 1) * TAGS]) {
                        *x += *w as f32;
                    }
                }
            }
            // Partly annotated: the gold is the best reading the annotation allows.
            let gold_tags = match &allowed[s] {
                None => &gold[s],
                Some(masks) => {
                    let (t, e) = (&transitions_f, &end_f);
                    best_allowed_reading(&emissions, masks, t, e, &mut scratch, &mut constrained, &mut latent_gold);
                    &latent_gold
                }
            };
            viterbi(&emissions, &transitions_f, &end_f, n, &mut scratch);
            let predicted = &scratch.tags;
            total += n;
            correct += predicted.iter().zip(gold_tags).filter(|(a, b)| a == b).count();
            if predicted != gold_tags {
                let update = |w: &mut [i32], sums: &mut [f64], at: usize, delta: i32| {
                    w[at] += delta;
                    sums[at] += c * delta as f64;
                };
                for i in 0..n {
                    let (g, p) = (gold_tags[i], predicted[i]);
                    if g != p {
                        for (k, &f) in
                            features[s][i * FEATURES_PER_TOKEN..(i + 1) * FEATURES_PER_TOKEN].iter().enumerate()
                        {
                            if f == UNKNOWN || (dropped[i] && WORD_IDENTITY.contains(&k)) {
                                continue;
                            }
                            update(&mut weights, &mut sums, f as usize * TAGS + g, 1);
                            update(&mut weights, &mut sums, f as usize * TAGS + p, -1);
                        }
                    }
                    let (gp, pp) = if i == 0 { (TAGS, TAGS) } else { (gold_tags[i - 1], predicted[i - 1]) };
                    if (gp, g) != (pp, p) {
                        update(&mut transitions, &mut transition_sums, gp * TAGS + g, 1);
                        update(&mut transitions, &mut transition_sums, pp * TAGS + p, -1);
                    }
                }
                let (g, p) = (gold_tags[n - 1], predicted[n - 1]);
                if g != p {
                    update(&mut end, &mut end_sums, g, 1);
                    update(&mut end, &mut end_sums, p, -1);
                }
            }
            c += 1.0;
        }
        progress(epoch, correct as f64 / total.max(1) as f64);
    }

    // Averaged weights: w − Σ c·Δ / c.
    let average =
        |w: &[i32], s: &[f64]| -> Vec<f32> { w.iter().zip(s).map(|(w, s)| (*w as f64 - s / c) as f32).collect() };
    (average(&weights, &sums), average(&transitions, &transition_sums), average(&end, &end_sums))
}

/// The features of a training set: the kept feature keys (sorted) and, per sentence, each
/// token's `FEATURES_PER_TOKEN` row numbers (`UNKNOWN` for a feature seen too rarely).
pub(crate) struct IndexedFeatures {
    pub keys: Vec<u64>,
    pub rows: Vec<Vec<u32>>,
}

/// Extracts every sentence's features once and numbers those seen at least `min_count` times.
pub(crate) fn index_features(
    sentences: &[LabeledSentence],
    clusters: &Clusters,
    gazetteer: &GazetteerIndex,
    min_count: u32,
) -> IndexedFeatures {
    let mut buffer = FeatureBuffer::default();
    let mut keys: Vec<Vec<u64>> = Vec::with_capacity(sentences.len());
    let mut counts: KeyMap<u32> = KeyMap::default();
    for s in sentences {
        extract(&s.word_refs(), clusters, gazetteer, &mut buffer);
        for &k in &buffer.keys {
            *counts.entry(k).or_default() += 1;
        }
        keys.push(buffer.keys.clone());
    }
    let mut ordered: Vec<u64> = counts.iter().filter(|(_, c)| **c >= min_count).map(|(k, _)| *k).collect();
    ordered.sort_unstable();
    drop(counts);
    let index: KeyMap<u32> = ordered.iter().enumerate().map(|(i, k)| (*k, i as u32)).collect();
    let rows =
        keys.into_iter().map(|ks| ks.iter().map(|k| index.get(k).copied().unwrap_or(UNKNOWN)).collect()).collect();
    IndexedFeatures { keys: ordered, rows }
}

/// The best tag sequence of `emissions` among those `masks` allow (bit `t` of a token's mask:
/// tag `t` is allowed), into `into`; `constrained` is scratch space.
pub(crate) fn best_allowed_reading(
    emissions: &[f32],
    masks: &[u64],
    transitions: &[f32],
    end: &[f32],
    scratch: &mut Scratch,
    constrained: &mut Vec<f32>,
    into: &mut Vec<usize>,
) {
    constrained.clear();
    constrained.extend_from_slice(emissions);
    for (i, mask) in masks.iter().enumerate() {
        for (t, e) in constrained[i * TAGS..(i + 1) * TAGS].iter_mut().enumerate() {
            if mask & (1 << t) == 0 {
                *e -= FORBIDDEN;
            }
        }
    }
    viterbi(constrained, transitions, end, masks.len(), scratch);
    into.clone_from(&scratch.tags);
}

/// A perceptron row whose every weight is below this barely votes: the shipped model drops it.
pub(crate) const KEEP_THRESHOLD: f32 = 0.02;

/// Appends `row` (`TAGS` weights) to `weights` quantised by `scale`, padded to `STRIDE`; `false`
/// (and nothing appended) when every weight is below `keep_threshold`.
pub(crate) fn push_quantised_row(weights: &mut Vec<i16>, row: &[f32], scale: f32, keep_threshold: f32) -> bool {
    if row.iter().all(|w| w.abs() < keep_threshold) {
        return false;
    }
    weights.extend(row.iter().map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16));
    weights.extend(std::iter::repeat_n(0, STRIDE - TAGS));
    true
}

/// Feature key → row number for the model's hot table.
pub(crate) fn row_table(keys: &[u64]) -> RowTable {
    let mut rows = RowTable::with_capacity(keys.len());
    for (row, &key) in keys.iter().enumerate() {
        rows.insert(key, row as u32);
    }
    rows
}

/// The shipped model from trained weights (`TAGS` per key): rows whose every weight is below
/// `keep_threshold` are dropped, the rest quantised to i16.
pub(crate) fn build_model(
    keys: &[u64],
    weights: &[f32],
    keep_threshold: f32,
    transitions: Vec<f32>,
    end: Vec<f32>,
    clusters: Clusters,
    gazetteer: GazetteerIndex,
) -> Model {
    let max_abs = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-6);
    let scale = max_abs / 32767.0;
    let mut kept = Vec::new();
    let mut quantised: Vec<i16> = Vec::new();
    for (f, key) in keys.iter().enumerate() {
        if push_quantised_row(&mut quantised, &weights[f * TAGS..(f + 1) * TAGS], scale, keep_threshold) {
            kept.push(*key);
        }
    }
    // Emissions are dequantised with `scale`, so transitions stay on the same scale as raw weights.
    Model {
        rows: row_table(&kept),
        keys: kept,
        weights: quantised,
        scale,
        transitions,
        end,
        clusters,
        gazetteer,
        network: None,
        codes: Default::default(),
        id: dramatis::nlp::ner::model::next_model_id(),
    }
}

/// Everything `dramatis-dev train ner` does: read the clusters and the train splits of
/// `corpora` from `shared`, add case copies, train.
pub fn train_from_corpora(
    shared: &Path,
    corpora: &[&CorpusSpec],
    words: &WordTables,
    options: &TrainOptions,
    mut log: impl FnMut(&str),
) -> Result<Model, NerError> {
    let gazetteer = GazetteerIndex::build(Gazetteer::bundled());
    log(&format!(
        "clusters: {} words; word codes: {}; gazetteer phrases: {}",
        words.clusters.table.len(),
        words.codes.table.len(),
        gazetteer.phrases.len()
    ));
    let training = crate::corpora::training_set(shared, corpora, &options.weights, &gazetteer, &mut log)?;
    Ok(train_on(&training, words.clone(), gazetteer, options, log))
}

/// Case copies of `training`, then the learner: what every tagger model goes through.
pub fn train_on(
    training: &[LabeledSentence],
    words: WordTables,
    gazetteer: GazetteerIndex,
    options: &TrainOptions,
    mut log: impl FnMut(&str),
) -> Model {
    let WordTables { clusters, codes } = words;
    let mut tables = Vec::new();
    if options.results_tables > 0 {
        let names = crate::results_tables::RowNames::harvest(training, dramatis::nlp::gazetteer::Gazetteer::bundled());
        tables = crate::results_tables::generate(training, &names, options.results_tables, options.seed);
    }
    let lowered = crate::augment::lowercase_mentions(training, options.mention_lowercase, options.seed);
    let replaced = crate::augment::replace_mentions(training, options.mention_replacement, options.seed);
    let mut training = crate::augment::augment_case(training, options.case_augmentation, options.seed);
    training.extend(lowered);
    training.extend(replaced);
    log(&format!("training on {} sentences (with case copies)", training.len()));
    let started = std::time::Instant::now();
    let mut model = match &options.learner {
        Learner::Perceptron => train(&training, clusters, gazetteer, options, |epoch, accuracy| {
            log(&format!("epoch {epoch}: token accuracy {accuracy:.4} ({:.1} s)", started.elapsed().as_secs_f64()))
        }),
        Learner::Crf(crf) => crate::train_crf::train(&training, clusters, gazetteer, options, crf, |epoch, loss| {
            log(&format!("epoch {epoch}: loss per sentence {loss:.4} ({:.1} s)", started.elapsed().as_secs_f64()))
        }),
    };
    // Then the table features, on the training lines that read as tables and the generated rows.
    let table_rows: Vec<&LabeledSentence> =
        training.iter().filter(|s| is_table_row(&s.word_refs())).chain(&tables).collect();
    let added = crate::train_tables::add_table_features(&mut model, &table_rows, options.epochs, options.seed);
    log(&format!("{} table rows ({} generated): {added} table feature rows", table_rows.len(), tables.len()));
    log(&format!("{} feature rows kept", model.rows.len()));
    if let Some(network) = &options.network {
        let started = std::time::Instant::now();
        model.network = Some(crate::train_window::train(&training, &codes, network, options.seed, |epoch, loss| {
            log(&format!("network epoch {epoch}: loss per token {loss:.4} ({:.1} s)", started.elapsed().as_secs_f64()))
        }));
        model.codes = codes;
    }
    model
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::corpora::tests::sentence;
    use dramatis::nlp::ner::EntityType;

    /// A tiny corpus is learnt: the perceptron, averaging and quantisation work end to end.
    /// Six names in two frames: a corpus any learner should fit.
    pub(crate) fn toy_corpus() -> Vec<LabeledSentence> {
        let mut corpus = Vec::new();
        for name in ["Aoun", "Berri", "Salam", "Mikati", "Hariri", "Jumblatt"] {
            corpus.push(sentence(&["Mr.", name, "visited", "Tyre", "."], &["B-per", "I-per", "O", "B-geo", "O"]));
            corpus.push(sentence(&["Officials", "met", name, "on", "Monday"], &["O", "O", "B-per", "O", "B-tim"]));
        }
        corpus
    }

    #[test]
    fn perceptron_learns_a_toy_corpus() {
        let corpus = toy_corpus();
        let options = TrainOptions { epochs: 8, min_count: 1, case_augmentation: 0, ..TrainOptions::default() };
        let model = train(&corpus, Clusters::default(), GazetteerIndex::default(), &options, |_, _| {});
        let mut scratch = Scratch::default();
        let spans = model.tag(&["Mr.", "Salam", "visited", "Tyre", "."], &mut scratch);
        assert_eq!(spans[0], Span { start: 1, end: 2, kind: EntityType::Person });
        // Round trip through the file format keeps every decision.
        let mut bytes = Vec::new();
        model.write(&mut bytes).unwrap();
        let loaded = Model::read(&bytes).unwrap();
        assert_eq!(loaded.tag(&["Officials", "met", "Berri", "on", "Monday"], &mut scratch), {
            model.tag(&["Officials", "met", "Berri", "on", "Monday"], &mut scratch)
        });
        assert!(Model::read(&bytes[..bytes.len() / 2]).is_err());
    }

    #[test]
    fn allowed_tags_fix_spans_and_open_the_unannotated_types() {
        use dramatis::nlp::ner::model::{Part, tag_index};
        let full = sentence(&["Talks", "in", "Oslo"], &["O", "O", "B-geo"]);
        assert!(allowed_tags(&full).is_none(), "a fully annotated sentence has one gold");
        let partial = LabeledSentence {
            open_types: crate::corpora::type_bit(EntityType::Date),
            masked: vec![(0, 1)],
            ..full.clone()
        };
        let masks = allowed_tags(&partial).unwrap();
        assert_eq!(masks[0], (1u64 << TAGS) - 1, "a masked token may take any tag");
        let date_unit = 1u64 << tag_index(Part::Unit, EntityType::Date);
        let person_unit = 1u64 << tag_index(Part::Unit, EntityType::Person);
        assert!(masks[1] & 1 != 0 && masks[1] & date_unit != 0, "outside spans: O or an open type");
        assert_eq!(masks[1] & person_unit, 0, "annotated types keep their O");
        assert_eq!(masks[2].count_ones(), 1, "inside a span: only its tag");
    }

    #[test]
    fn weights_set_how_often_a_sentence_is_seen() {
        let one = sentence(&["a"], &["O"]);
        let sentences = vec![
            LabeledSentence { weight: 2.0, ..one.clone() },
            LabeledSentence { weight: 0.5, ..one.clone() },
            LabeledSentence { weight: 0.0, ..one },
        ];
        let mut rng = Rng(7);
        let (mut twice, mut half, mut unit) = (0, 0, 0);
        let mut order = Vec::new();
        for _ in 0..1000 {
            epoch_order(&sentences, &mut rng, &mut order);
            twice += order.iter().filter(|&&i| i == 0).count();
            half += order.iter().filter(|&&i| i == 1).count();
            unit += order.iter().filter(|&&i| i == 2).count();
        }
        assert_eq!((twice, unit), (2000, 1000));
        assert!((400..600).contains(&half), "{half}");
    }

    /// A corpus that never labels dates must not teach that dates are O: with its DATE open, the
    /// dates another corpus labels are still learnt; without, the silent corpus outvotes them.
    #[test]
    fn partial_annotation_keeps_types_a_corpus_never_labels() {
        let options = TrainOptions { epochs: 8, min_count: 1, case_augmentation: 0, ..TrainOptions::default() };
        assert_open_types_are_kept(|corpus| {
            train(corpus, Clusters::default(), GazetteerIndex::default(), &options, |_, _| {})
        });
    }

    /// The partial-annotation check for any learner: dates one corpus labels and another, with
    /// DATE open, leaves as O are learnt; with DATE closed the silent corpus unteaches them.
    pub(crate) fn assert_open_types_are_kept(train: impl Fn(&[LabeledSentence]) -> Model) {
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
        let labelled: Vec<LabeledSentence> =
            days.iter().map(|d| sentence(&["Envoys", "met", "on", d, "."], &["O", "O", "O", "B-tim", "O"])).collect();
        let silent: Vec<LabeledSentence> = days
            .iter()
            .flat_map(|d| {
                ["arrived", "spoke", "left", "voted"].map(|v| sentence(&["Crowds", v, "on", d, "."], &["O"; 5]))
            })
            .collect();
        let train_with = |open: u16| {
            let mut corpus = labelled.clone();
            corpus.extend(silent.iter().map(|s| LabeledSentence { open_types: open, ..s.clone() }));
            train(&corpus)
        };
        let probe = ["Delegates", "gathered", "on", "Thursday", "."];
        let mut scratch = Scratch::default();
        let open = train_with(crate::corpora::type_bit(EntityType::Date));
        assert_eq!(open.tag(&probe, &mut scratch), vec![Span { start: 3, end: 4, kind: EntityType::Date }]);
        let closed = train_with(0);
        assert!(closed.tag(&probe, &mut scratch).is_empty(), "the silent corpus taught that days are O");
    }
}
