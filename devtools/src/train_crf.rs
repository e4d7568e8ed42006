//! Training the tagger as a linear-chain CRF: the perceptron's features, tags and decoding, but
//! weights fitted to the conditional log-likelihood with an L2 penalty by SGD. A partly
//! annotated sentence is trained on the sum over every reading its annotation allows (the
//! partial-label CRF of Tsuboi et al. 2008), not on one guessed reading.

use dramatis::nlp::ner::features::FEATURES_PER_TOKEN;
use dramatis::nlp::ner::model::{Model, TAGS, allowed, may_end, tags_of};
use dramatis::nlp::ner::tables::{Clusters, GazetteerIndex};

use crate::train_ner::{
    IndexedFeatures, LabeledSentence, Rng, TrainOptions, UNKNOWN, allowed_tags, build_model, index_features,
    shuffled_epoch_order,
};

/// The CRF's own settings (the rest — epochs, seed, weights, min count — are `TrainOptions`').
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CrfOptions {
    /// L2 penalty over the whole training set (per sentence it is this ÷ the sentences).
    pub l2: f32,
    /// Initial SGD step; it decays as 1 / (1 + rate · λ · t).
    pub rate: f32,
    /// Epochs from which the weights at each epoch's end are averaged into the model.
    pub average_from: usize,
}

impl Default for CrfOptions {
    fn default() -> Self {
        CrfOptions { l2: 0.1, rate: 0.05, average_from: 4 }
    }
}

/// Weights below this after training carry no vote worth a row in the model file.
const KEEP_THRESHOLD: f32 = 0.01;

/// The valid BILOU transitions: `(from, to)` pairs with `from == TAGS` for the sentence start.
fn valid_transitions() -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for from in 0..=TAGS {
        for to in 0..TAGS {
            if allowed((from < TAGS).then_some(from), to) {
                pairs.push((from, to));
            }
        }
    }
    pairs
}

/// Forward–backward over one sentence in scaled probability space (no log-sum-exp per pair).
/// `potential[i * TAGS + t]` = exp(emission − max) of allowed tags, 0 for tags ruled out.
struct Chain {
    alpha: Vec<f64>,
    beta: Vec<f64>,
    /// Per token, the forward pass's normaliser.
    norm: Vec<f64>,
    /// Σ_t alpha[n-1][t]·end[t] after normalisation.
    last: f64,
}

impl Chain {
    fn new() -> Chain {
        Chain { alpha: Vec::new(), beta: Vec::new(), norm: Vec::new(), last: 0.0 }
    }

    /// Runs both passes; returns log Z up to the emission maxima taken out of `potential` (the
    /// same for the model and the annotation, so they cancel in the loss), or `None` when no
    /// reading is allowed.
    fn run(
        &mut self,
        potential: &[f64],
        n: usize,
        trans: &[f64],
        start: &[f64],
        end: &[f64],
        pairs: &[(usize, usize)],
    ) -> Option<f64> {
        self.alpha.clear();
        self.alpha.resize(n * TAGS, 0.0);
        self.beta.clear();
        self.beta.resize(n * TAGS, 0.0);
        self.norm.clear();
        let mut log_z = 0.0;
        for i in 0..n {
            let (before, now) = self.alpha.split_at_mut(i * TAGS);
            let now = &mut now[..TAGS];
            if i == 0 {
                for t in 0..TAGS {
                    now[t] = start[t] * potential[t];
                }
            } else {
                let prev = &before[(i - 1) * TAGS..];
                for &(from, to) in pairs {
                    if from < TAGS {
                        now[to] += prev[from] * trans[from * TAGS + to];
                    }
                }
                for (a, p) in now.iter_mut().zip(&potential[i * TAGS..(i + 1) * TAGS]) {
                    *a *= p;
                }
            }
            let sum: f64 = now.iter().sum();
            if sum <= 0.0 || !sum.is_finite() {
                return None;
            }
            now.iter_mut().for_each(|a| *a /= sum);
            self.norm.push(sum);
            log_z += sum.ln();
        }
        let last: f64 = (0..TAGS).map(|t| self.alpha[(n - 1) * TAGS + t] * end[t]).sum();
        if last <= 0.0 || !last.is_finite() {
            return None;
        }
        self.last = last;
        self.beta[(n - 1) * TAGS..].copy_from_slice(end);
        for i in (0..n - 1).rev() {
            let (now, after) = self.beta.split_at_mut((i + 1) * TAGS);
            let now = &mut now[i * TAGS..];
            let next = &after[..TAGS];
            let p = &potential[(i + 1) * TAGS..(i + 2) * TAGS];
            let scale = 1.0 / self.norm[i + 1];
            for &(from, to) in pairs {
                if from < TAGS {
                    now[from] += trans[from * TAGS + to] * p[to] * next[to] * scale;
                }
            }
        }
        Some(log_z + last.ln())
    }

    /// P(tag t at token i).
    fn node(&self, i: usize, t: usize) -> f64 {
        self.alpha[i * TAGS + t] * self.beta[i * TAGS + t] / self.last
    }

    /// P(tag `from` at i−1 and `to` at i), for i ≥ 1.
    fn edge(&self, i: usize, from: usize, to: usize, trans: &[f64], potential: &[f64]) -> f64 {
        self.alpha[(i - 1) * TAGS + from]
            * trans[from * TAGS + to]
            * potential[i * TAGS + to]
            * self.beta[i * TAGS + to]
            / (self.norm[i] * self.last)
    }
}

/// Per token, the tags a sentence's annotation allows (its gold tag alone when fully annotated).
fn annotation_masks(sentence: &LabeledSentence) -> Vec<u64> {
    allowed_tags(sentence)
        .unwrap_or_else(|| tags_of(&sentence.spans, sentence.words.len()).iter().map(|&t| 1u64 << t).collect())
}

/// Trains a CRF; `progress` hears about each finished epoch (number, mean negative log-likelihood
/// per sentence).
pub fn train(
    sentences: &[LabeledSentence],
    clusters: Clusters,
    gazetteer: GazetteerIndex,
    options: &TrainOptions,
    crf: &CrfOptions,
    mut progress: impl FnMut(usize, f64),
) -> Model {
    let IndexedFeatures { keys, rows: features } = index_features(sentences, &clusters, &gazetteer, options.min_count);
    let masks: Vec<Vec<u64>> = sentences.iter().map(annotation_masks).collect();
    let pairs = valid_transitions();
    // Emission weights are `scale · v`, so the L2 shrink of every weight is one multiplication.
    let mut v = vec![0f32; keys.len() * TAGS];
    let mut scale = 1.0f64;
    let mut trans_w = vec![0f64; (TAGS + 1) * TAGS];
    let mut end_w = vec![0f64; TAGS];
    let mut average = Average::default();

    let mut rng = Rng(options.seed | 1);
    let mut order: Vec<usize> = Vec::with_capacity(sentences.len());
    let (mut chain, mut clamped) = (Chain::new(), Chain::new());
    let (mut scores, mut potential, mut clamped_potential) = (Vec::new(), Vec::new(), Vec::new());
    let mut gradient = vec![0f64; TAGS];
    let mut trans_gradient = vec![0f64; (TAGS + 1) * TAGS];
    let (mut trans_exp, mut start, mut end) = (vec![0f64; TAGS * TAGS], vec![0f64; TAGS], vec![0f64; TAGS]);
    let mut step: f64 = 0.0;
    for epoch in 1..=options.epochs {
        shuffled_epoch_order(sentences, &mut rng, &mut order);
        let lambda = crf.l2 as f64 / order.len().max(1) as f64;
        let (mut loss, mut counted) = (0.0f64, 0usize);
        for &s in &order {
            let n = masks[s].len();
            if n == 0 {
                continue;
            }
            let rate = crf.rate as f64 / (1.0 + crf.rate as f64 * lambda * step);
            step += 1.0;
            // Scores per token and tag, then potentials shifted by each token's maximum.
            scores.clear();
            scores.resize(n * TAGS, 0.0f64);
            for (i, feats) in features[s].chunks_exact(FEATURES_PER_TOKEN).enumerate() {
                let row = &mut scores[i * TAGS..(i + 1) * TAGS];
                for &f in feats.iter().filter(|&&f| f != UNKNOWN) {
                    for (x, w) in row.iter_mut().zip(&v[f as usize * TAGS..(f as usize + 1) * TAGS]) {
                        *x += *w as f64;
                    }
                }
                row.iter_mut().for_each(|x| *x *= scale);
            }
            // The transition weights changed with the last sentence: their exponentials now.
            for (e, w) in trans_exp.iter_mut().zip(&trans_w[..TAGS * TAGS]) {
                *e = w.exp();
            }
            for t in 0..TAGS {
                start[t] = if allowed(None, t) { trans_w[TAGS * TAGS + t].exp() } else { 0.0 };
                end[t] = if may_end(t) { end_w[t].exp() } else { 0.0 };
            }
            potential.clear();
            clamped_potential.clear();
            for i in 0..n {
                let row = &scores[i * TAGS..(i + 1) * TAGS];
                let max = row.iter().fold(f64::NEG_INFINITY, |m, &x| m.max(x));
                for (t, &x) in row.iter().enumerate() {
                    let p = (x - max).exp();
                    potential.push(p);
                    clamped_potential.push(if masks[s][i] & (1 << t) != 0 { p } else { 0.0 });
                }
            }
            let Some(log_z) = chain.run(&potential, n, &trans_exp, &start, &end, &pairs) else { continue };
            let Some(log_zc) = clamped.run(&clamped_potential, n, &trans_exp, &start, &end, &pairs) else { continue };
            loss += log_z - log_zc;
            counted += 1;

            // L2 shrink, then the gradient step: model expectation − expectation under the annotation.
            scale *= 1.0 - rate * lambda;
            if scale < 1e-4 {
                v.iter_mut().for_each(|w| *w = (*w as f64 * scale) as f32);
                scale = 1.0;
            }
            let emission_step = (rate / scale) as f32;
            for (i, feats) in features[s].chunks_exact(FEATURES_PER_TOKEN).enumerate() {
                for (t, g) in gradient.iter_mut().enumerate() {
                    *g = chain.node(i, t) - clamped.node(i, t);
                }
                for &f in feats.iter().filter(|&&f| f != UNKNOWN) {
                    let row = &mut v[f as usize * TAGS..(f as usize + 1) * TAGS];
                    for (w, g) in row.iter_mut().zip(&gradient) {
                        *w -= emission_step * *g as f32;
                    }
                }
            }
            trans_gradient.iter_mut().for_each(|g| *g = 0.0);
            for t in 0..TAGS {
                trans_gradient[TAGS * TAGS + t] = chain.node(0, t) - clamped.node(0, t);
            }
            for i in 1..n {
                for &(from, to) in pairs.iter().filter(|(from, _)| *from < TAGS) {
                    trans_gradient[from * TAGS + to] += chain.edge(i, from, to, &trans_exp, &potential)
                        - clamped.edge(i, from, to, &trans_exp, &clamped_potential);
                }
            }
            for (w, g) in trans_w.iter_mut().zip(&trans_gradient) {
                *w -= rate * g;
            }
            for (t, w) in end_w.iter_mut().enumerate() {
                *w -= rate * (chain.node(n - 1, t) - clamped.node(n - 1, t));
            }
        }
        progress(epoch, loss / counted.max(1) as f64);
        if epoch >= crf.average_from.min(options.epochs) {
            average.add(v.iter().map(|w| *w as f64 * scale), &trans_w, &end_w);
        }
    }
    if average.epochs == 0 {
        average.add(v.iter().map(|w| *w as f64 * scale), &trans_w, &end_w);
    }
    drop(v);
    let (emissions, transitions, end) = average.mean();
    // The decoder reads transitions as [from · TAGS + to] with the start row last, as here.
    build_model(&keys, &emissions, KEEP_THRESHOLD, transitions, end, clusters, gazetteer)
}

/// The mean of the weights at the ends of the averaged epochs (Polyak averaging at epoch
/// granularity: SGD's last iterate jitters with the last sentences seen).
#[derive(Default)]
struct Average {
    emissions: Vec<f64>,
    transitions: Vec<f64>,
    end: Vec<f64>,
    epochs: usize,
}

impl Average {
    fn add(&mut self, emissions: impl ExactSizeIterator<Item = f64>, transitions: &[f64], end: &[f64]) {
        let accumulate = |sum: &mut Vec<f64>, len: usize, values: &mut dyn Iterator<Item = f64>| {
            sum.resize(len, 0.0);
            sum.iter_mut().zip(values).for_each(|(a, x)| *a += x);
        };
        let len = emissions.len();
        accumulate(&mut self.emissions, len, &mut { emissions });
        accumulate(&mut self.transitions, transitions.len(), &mut transitions.iter().copied());
        accumulate(&mut self.end, end.len(), &mut end.iter().copied());
        self.epochs += 1;
    }

    fn mean(&self) -> (Vec<f32>, Vec<f32>, Vec<f32>) {
        let mean = |xs: &[f64]| -> Vec<f32> { xs.iter().map(|x| (x / self.epochs.max(1) as f64) as f32).collect() };
        (mean(&self.emissions), mean(&self.transitions), mean(&self.end))
    }
}

#[cfg(test)]
mod tests {
    use dramatis::nlp::ner::model::Scratch;
    use dramatis::nlp::ner::{EntityType, Span};

    use super::*;
    use crate::train_ner::tests::{assert_open_types_are_kept, toy_corpus};

    /// Every valid tag sequence of length `n` (BILOU order, allowed ends).
    fn sequences(n: usize) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = vec![vec![]];
        for _ in 0..n {
            let mut longer = Vec::new();
            for seq in &out {
                for t in (0..TAGS).filter(|&t| allowed(seq.last().copied(), t)) {
                    let mut next = seq.clone();
                    next.push(t);
                    longer.push(next);
                }
            }
            out = longer;
        }
        out.retain(|seq| may_end(*seq.last().unwrap()));
        out
    }

    /// The scaled forward–backward gives the partition function and the node and edge marginals
    /// that enumerating every valid sequence gives, with and without tags ruled out.
    #[test]
    fn forward_backward_matches_enumeration() {
        let n = 3;
        let mut rng = Rng(99);
        let mut uniform = || (rng.next() >> 11) as f64 / (1u64 << 53) as f64;
        let trans: Vec<f64> = (0..TAGS * TAGS).map(|_| (uniform() * 2.0 - 1.0).exp()).collect();
        let start: Vec<f64> = (0..TAGS).map(|t| if allowed(None, t) { (uniform() - 0.5).exp() } else { 0.0 }).collect();
        let end: Vec<f64> = (0..TAGS).map(|t| if may_end(t) { (uniform() - 0.5).exp() } else { 0.0 }).collect();
        let mut potential: Vec<f64> = (0..n * TAGS).map(|_| (uniform() * 3.0).exp()).collect();
        let pairs = valid_transitions();
        for rule_out_o in [false, true] {
            if rule_out_o {
                // Token 1 may not be O.
                potential[TAGS] = 0.0;
            }
            let mut chain = Chain::new();
            let log_z = chain.run(&potential, n, &trans, &start, &end, &pairs).unwrap();
            let score = |seq: &[usize]| {
                let mut p = start[seq[0]] * potential[seq[0]] * end[seq[n - 1]];
                for i in 1..n {
                    p *= trans[seq[i - 1] * TAGS + seq[i]] * potential[i * TAGS + seq[i]];
                }
                p
            };
            let all = sequences(n);
            let z: f64 = all.iter().map(|s| score(s)).sum();
            assert!((log_z - z.ln()).abs() < 1e-9, "{log_z} vs {}", z.ln());
            for t in [0, 1, 4, 8] {
                let want: f64 = all.iter().filter(|s| s[1] == t).map(|s| score(s)).sum::<f64>() / z;
                assert!((chain.node(1, t) - want).abs() < 1e-9, "node {t}");
            }
            for &(from, to) in pairs.iter().filter(|(from, _)| *from < TAGS).take(40) {
                let want: f64 = all.iter().filter(|s| s[0] == from && s[1] == to).map(|s| score(s)).sum::<f64>() / z;
                assert!((chain.edge(1, from, to, &trans, &potential) - want).abs() < 1e-9, "edge {from}→{to}");
            }
        }
    }

    fn options() -> TrainOptions {
        TrainOptions { epochs: 10, min_count: 1, case_augmentation: 0, ..TrainOptions::default() }
    }

    #[test]
    fn crf_learns_a_toy_corpus_deterministically() {
        let corpus = toy_corpus();
        let crf = CrfOptions { rate: 0.2, ..CrfOptions::default() };
        let model = train(&corpus, Clusters::default(), GazetteerIndex::default(), &options(), &crf, |_, _| {});
        let mut scratch = Scratch::default();
        let spans = model.tag(&["Mr.", "Salam", "visited", "Tyre", "."], &mut scratch);
        assert!(spans.contains(&Span { start: 1, end: 2, kind: EntityType::Person }), "{spans:?}");
        let again = train(&corpus, Clusters::default(), GazetteerIndex::default(), &options(), &crf, |_, _| {});
        let (mut a, mut b) = (Vec::new(), Vec::new());
        model.write(&mut a).unwrap();
        again.write(&mut b).unwrap();
        assert!(a == b, "same corpus and seed, same model file");
    }

    /// As with the perceptron: a corpus that never labels dates (DATE open) does not unteach the
    /// dates another corpus labels; the same corpus read as fully annotated does.
    #[test]
    fn crf_partial_annotation_keeps_types_a_corpus_never_labels() {
        let crf = CrfOptions { rate: 0.2, ..CrfOptions::default() };
        assert_open_types_are_kept(|corpus| {
            train(corpus, Clusters::default(), GazetteerIndex::default(), &options(), &crf, |_, _| {})
        });
    }
}
