//! Training the tagger's window network (`dramatis::nlp::ner::network`): per-token AdaGrad on
//! the log-likelihood of the tags a token's annotation allows — a partly annotated token counts
//! as the sum over every tag it may take, so a corpus that never labels dates teaches nothing
//! about dates. Deterministic: fixed seed, fixed order, one thread.

use dramatis::nlp::ner::features::sentence_case;
use dramatis::nlp::ner::model::{TAGS, tags_of};
use dramatis::nlp::ner::network::{
    HIDDEN, Row, TokenInput, WindowNetwork, WordCodes, for_each_row, quantise_codes, sentence_flags, token_input,
};

use crate::train_ner::{LabeledSentence, Rng, allowed_tags, shuffled_epoch_order};

/// How the network is trained and how much it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkOptions {
    pub epochs: usize,
    /// AdaGrad's step.
    pub rate: f32,
    /// Share (percent) of hidden units switched off per token while training.
    pub dropout: u64,
    /// Its scores' weight beside the perceptron's emissions.
    pub weight: f32,
}

impl Default for NetworkOptions {
    fn default() -> Self {
        NetworkOptions { epochs: 8, rate: 0.05, dropout: 0, weight: 4.0 }
    }
}

/// One sentence as the network sees it.
struct Example {
    inputs: Vec<TokenInput>,
    sentence: u8,
    /// Per token, the tags (bit `t`) its annotation allows.
    allowed: Vec<u64>,
}

fn example(s: &LabeledSentence, codes: &WordCodes, lower: &mut String) -> Example {
    let words = s.word_refs();
    let allowed =
        allowed_tags(s).unwrap_or_else(|| tags_of(&s.spans, s.words.len()).into_iter().map(|t| 1u64 << t).collect());
    Example {
        inputs: words.iter().map(|w| token_input(w, codes, lower)).collect(),
        sentence: sentence_flags(sentence_case(&words)),
        allowed,
    }
}

/// Parameters and their AdaGrad sums of squared gradients, in one flat layout.
struct Trainer {
    net: WindowNetwork,
    squares: WindowNetwork,
}

const EPSILON: f32 = 1e-6;

// Dropout masks are one u64 a token.
const _: () = assert!(HIDDEN <= 64);

#[inline]
fn adagrad(w: &mut f32, square: &mut f32, gradient: f32, rate: f32) {
    *square += gradient * gradient;
    *w -= rate * gradient / (square.sqrt() + EPSILON);
}

impl Trainer {
    /// One token: forward, the allowed-tags loss, backward, update. Returns −log P(allowed).
    fn step(&mut self, ex: &Example, i: usize, rate: f32, dropped: u64, rows: &mut Vec<Row>) -> f32 {
        rows.clear();
        for_each_row(&ex.inputs, ex.sentence, i, |r| rows.push(r));
        let mut hidden = [0f32; HIDDEN];
        hidden.copy_from_slice(&self.net.hidden_bias);
        for &r in rows.iter() {
            let w = self.net.row(r);
            for k in 0..HIDDEN {
                hidden[k] += w[k];
            }
        }
        let keep = 1.0 / (1.0 - dropped.count_ones() as f32 / HIDDEN as f32);
        for (k, h) in hidden.iter_mut().enumerate() {
            *h = if dropped & (1 << k) != 0 { 0.0 } else { h.max(0.0) * keep };
        }
        let mut scores = [0f32; TAGS];
        self.net.scores(&hidden, &mut scores);
        let top = scores.iter().fold(f32::MIN, |m, &s| m.max(s));
        let mut p = [0f32; TAGS];
        let mut total = 0.0;
        for (p, s) in p.iter_mut().zip(&scores) {
            *p = (s - top).exp();
            total += *p;
        }
        let allowed = ex.allowed[i];
        let mut in_allowed = 0.0;
        for (t, p) in p.iter_mut().enumerate() {
            *p /= total;
            if allowed & (1 << t) != 0 {
                in_allowed += *p;
            }
        }
        let in_allowed = in_allowed.max(1e-30);
        // d(−log Σ_allowed p)/d score_t = p_t − [t allowed] p_t / Σ_allowed p.
        let mut d_scores = [0f32; TAGS];
        for (t, d) in d_scores.iter_mut().enumerate() {
            *d = p[t] - if allowed & (1 << t) != 0 { p[t] / in_allowed } else { 0.0 };
        }
        let mut d_hidden = [0f32; HIDDEN];
        for k in 0..HIDDEN {
            let w = &mut self.net.output[k * TAGS..(k + 1) * TAGS];
            let sq = &mut self.squares.output[k * TAGS..(k + 1) * TAGS];
            for (t, &d) in d_scores.iter().enumerate() {
                d_hidden[k] += w[t] * d;
                if hidden[k] > 0.0 {
                    adagrad(&mut w[t], &mut sq[t], d * hidden[k], rate);
                }
            }
        }
        for (t, &d) in d_scores.iter().enumerate() {
            adagrad(&mut self.net.output_bias[t], &mut self.squares.output_bias[t], d, rate);
        }
        for (d, h) in d_hidden.iter_mut().zip(&hidden) {
            *d = if *h > 0.0 { *d * keep } else { 0.0 };
        }
        for ((w, sq), &d) in self.net.hidden_bias.iter_mut().zip(&mut self.squares.hidden_bias).zip(&d_hidden) {
            adagrad(w, sq, d, rate);
        }
        for &r in rows.iter() {
            let (w, sq) = row_pair(&mut self.net, &mut self.squares, r);
            for k in 0..HIDDEN {
                if d_hidden[k] != 0.0 {
                    adagrad(&mut w[k], &mut sq[k], d_hidden[k], rate);
                }
            }
        }
        -in_allowed.ln()
    }
}

/// The same first-layer row of the weights and of the squared-gradient sums.
fn row_pair<'a>(
    net: &'a mut WindowNetwork,
    squares: &'a mut WindowNetwork,
    row: Row,
) -> (&'a mut [f32], &'a mut [f32]) {
    let (w, s, at) = match row {
        Row::Code(r) => (&mut net.code_weights, &mut squares.code_weights, r),
        Row::Flag(r) => (&mut net.flag_weights, &mut squares.flag_weights, r),
        Row::Sentence(r) => (&mut net.sentence_weights, &mut squares.sentence_weights, r),
    };
    (&mut w[at * HIDDEN..(at + 1) * HIDDEN], &mut s[at * HIDDEN..(at + 1) * HIDDEN])
}

/// Small uniform weights in [−scale, scale), from `rng`.
fn uniform(values: &mut [f32], scale: f32, rng: &mut Rng) {
    for v in values {
        *v = ((rng.next() >> 40) as f32 / (1u64 << 24) as f32 * 2.0 - 1.0) * scale;
    }
}

/// Trains the network on `sentences` (each weighted as the perceptron weighs it); `progress`
/// hears each epoch's mean loss per token.
pub fn train(
    sentences: &[LabeledSentence],
    codes: &WordCodes,
    options: &NetworkOptions,
    seed: u64,
    mut progress: impl FnMut(usize, f64),
) -> WindowNetwork {
    let mut lower = String::new();
    let examples: Vec<Example> = sentences.iter().map(|s| example(s, codes, &mut lower)).collect();
    let mut rng = Rng(seed.rotate_left(17) | 1);
    let mut net = WindowNetwork::zeros();
    uniform(&mut net.code_weights, 0.05, &mut rng);
    uniform(&mut net.flag_weights, 0.05, &mut rng);
    uniform(&mut net.sentence_weights, 0.05, &mut rng);
    uniform(&mut net.output, 0.1, &mut rng);
    net.weight = options.weight;
    let mut trainer = Trainer { net, squares: WindowNetwork::zeros() };
    let mut order = Vec::with_capacity(sentences.len());
    let mut rows = Vec::new();
    for epoch in 1..=options.epochs {
        shuffled_epoch_order(sentences, &mut rng, &mut order);
        let (mut loss, mut tokens) = (0f64, 0usize);
        for &s in &order {
            let ex = &examples[s];
            for i in 0..ex.inputs.len() {
                let mut dropped = 0u64;
                if options.dropout > 0 {
                    for k in 0..HIDDEN {
                        if rng.next() % 100 < options.dropout {
                            dropped |= 1 << k;
                        }
                    }
                }
                loss += f64::from(trainer.step(ex, i, options.rate, dropped, &mut rows));
                tokens += 1;
            }
        }
        progress(epoch, loss / tokens.max(1) as f64);
    }
    let mut net = trainer.net;
    // Round the code table as the model file stores it, so this model and its file agree.
    let (scale, quantised) = quantise_codes(&net.code_weights);
    for (w, q) in net.code_weights.iter_mut().zip(quantised) {
        *w = f32::from(q) * scale;
    }
    net
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpora::tests::sentence;
    use dramatis::nlp::ner::EntityType;
    use dramatis::nlp::ner::features::SentenceCase;
    use dramatis::nlp::ner::model::{Part, tag_index};

    /// Town-like and person-like words get codes of their own; the network learns, from the
    /// codes alone, that an unseen word sharing a town's codes after "in" is a place.
    #[test]
    fn the_network_learns_types_from_word_codes() {
        let codes = WordCodes::parse(
            "tyre\t0101010101010101\nsidon\t0101010101010102\njezzine\t0101010101010103\n\
             aoun\t0202020202020201\nberri\t0202020202020202\n",
        );
        let mut corpus = Vec::new();
        for town in ["Tyre", "Sidon"] {
            for person in ["Aoun", "Berri"] {
                corpus.push(sentence(&[person, "visited", town, "."], &["B-per", "O", "B-geo", "O"]));
            }
        }
        let options = NetworkOptions { epochs: 30, ..NetworkOptions::default() };
        let net = train(&corpus, &codes, &options, 7, |_, _| {});
        let again = train(&corpus, &codes, &options, 7, |_, _| {});
        assert_eq!(net, again, "training is deterministic");
        let mut emissions = vec![0.0; 4 * TAGS];
        let words = ["Berri", "visited", "Jezzine", "."];
        net.add_scores(&words, &codes, SentenceCase::Normal, &mut emissions, &mut Default::default(), 1);
        let best =
            |i: usize| (0..TAGS).max_by(|&a, &b| emissions[i * TAGS + a].total_cmp(&emissions[i * TAGS + b])).unwrap();
        assert_eq!(best(2), tag_index(Part::Unit, EntityType::Gpe));
        assert_eq!(best(0), tag_index(Part::Unit, EntityType::Person));
        assert_eq!(best(1), 0);
    }

    /// A token whose annotation allows several tags is trained on their sum: with DATE open,
    /// the silent corpus leaves the dates another corpus labels standing.
    #[test]
    fn open_types_are_not_taught_as_o() {
        crate::train_ner::tests::assert_open_types_are_kept(|corpus| {
            let options = crate::train_ner::TrainOptions {
                epochs: 0,
                min_count: 1,
                case_augmentation: 0,
                ..crate::train_ner::TrainOptions::default()
            };
            let mut model =
                crate::train_ner::train(corpus, Default::default(), Default::default(), &options, |_, _| {});
            let network = NetworkOptions { epochs: 40, ..NetworkOptions::default() };
            model.network = Some(train(corpus, &WordCodes::default(), &network, 3, |_, _| {}));
            model
        });
    }
}
