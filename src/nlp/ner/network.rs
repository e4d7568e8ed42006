//! The tagger's window network: a small feed-forward scorer over the product-quantised GloVe
//! vectors and case flags of a five-word window, whose tag scores join the perceptron's
//! emissions. Dense vectors carry what the perceptron's sparse features cannot: that an unseen
//! word sits near known town, party or surname words.
//!
//! A word's vector is eight codes (`scripts/distil_word_codes.py`); the first layer is a table
//! of one hidden-size row per (window position, sub-space, code), so a token costs 40 row sums,
//! a ReLU and one small output layer.

use super::features::SentenceCase;
use super::hash::hash_bytes;
use super::tables::KeyTable;
use super::types::TAGS;

/// Sub-spaces of the product quantisation: bytes a word.
pub const SUBSPACES: usize = 8;
/// Centroids per sub-space.
pub const CENTROIDS: usize = 256;
/// Words either side of the token.
pub const REACH: usize = 2;
pub const WINDOW: usize = 2 * REACH + 1;
/// Hidden units.
pub const HIDDEN: usize = 64;
/// Per-word flags (`flag` bits).
pub const FLAGS: usize = 7;
/// Per-sentence flags: a headline in capitals, a lowercase line.
pub const SENTENCE_FLAGS: usize = 2;

/// Bits of [`TokenInput::flags`].
pub mod flag {
    /// A window position beyond the sentence's edge.
    pub const PADDING: u8 = 1;
    /// A word the vectors do not know.
    pub const NO_VECTOR: u8 = 1 << 1;
    pub const CAPITAL: u8 = 1 << 2;
    /// At least two letters, all capitals.
    pub const ALL_CAPS: u8 = 1 << 3;
    pub const DIGIT: u8 = 1 << 4;
    /// No letter or digit.
    pub const PUNCTUATION: u8 = 1 << 5;
    /// A full stop, hyphen, ampersand or apostrophe inside the word ("U.S.", "al-Qaida").
    pub const INNER_MARK: u8 = 1 << 6;
}

/// Product-quantisation codes of lowercase words.
#[derive(Clone, Default)]
pub struct WordCodes {
    pub table: KeyTable<[u8; SUBSPACES]>,
}

impl WordCodes {
    /// Parses `word<TAB>16 hex digits` lines; comment (`#`) and codebook (`@`) lines are skipped,
    /// and so is a line whose codes do not read.
    pub fn parse(tsv: &str) -> WordCodes {
        let mut table = KeyTable::with_capacity(tsv.len() / 24);
        for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.starts_with('@')) {
            let Some((word, hex)) = line.split_once('\t') else { continue };
            if let Some(codes) = parse_codes(hex) {
                table.insert(hash_bytes(word.as_bytes()), codes);
            }
        }
        WordCodes { table }
    }

    #[inline]
    pub fn get(&self, lower: &str) -> Option<[u8; SUBSPACES]> {
        self.table.get(hash_bytes(lower.as_bytes()))
    }

    /// The codes of a lowercase word, or of its `plainer_spelling` when the word itself has
    /// none (the vectors' vocabulary is ASCII words: accents are folded first).
    pub fn lookup(&self, lower: &str) -> Option<[u8; SUBSPACES]> {
        if let Some(found) = self.get(lower) {
            return Some(found);
        }
        let folded;
        let ascii = if lower.is_ascii() {
            lower
        } else {
            folded = crate::model::fold(lower);
            &folded
        };
        let plain = plainer_spelling(ascii);
        (plain.len() < lower.len() && !plain.is_empty()).then(|| self.get(plain)).flatten()
    }
}

/// A plainer spelling of a word for the word vectors' table: without one closing full stop
/// ("mr." → "mr"; not "u.s."), without a hashtag's or handle's sign.
fn plainer_spelling(word: &str) -> &str {
    let word = word.strip_suffix('.').filter(|s| !s.is_empty() && !s.contains('.')).unwrap_or(word);
    word.trim_start_matches(['#', '@'])
}

fn parse_codes(hex: &str) -> Option<[u8; SUBSPACES]> {
    if hex.len() != 2 * SUBSPACES || !hex.is_ascii() {
        return None;
    }
    let mut codes = [0u8; SUBSPACES];
    for (m, c) in codes.iter_mut().enumerate() {
        *c = u8::from_str_radix(&hex[2 * m..2 * m + 2], 16).ok()?;
    }
    Some(codes)
}

/// What the network sees of one word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TokenInput {
    pub codes: Option<[u8; SUBSPACES]>,
    pub flags: u8,
}

/// The network's view of `word`; `lower` is a reused buffer.
pub fn token_input(word: &str, codes: &WordCodes, lower: &mut String) -> TokenInput {
    lower.clear();
    lower.extend(word.chars().flat_map(char::to_lowercase));
    let found = codes.lookup(lower);
    let mut flags = if found.is_some() { 0 } else { flag::NO_VECTOR };
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.chars().next().is_some_and(char::is_uppercase) {
        flags |= flag::CAPITAL;
    }
    if letters >= 2 && word.chars().all(|c| !c.is_lowercase()) {
        flags |= flag::ALL_CAPS;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        flags |= flag::DIGIT;
    }
    if !word.chars().any(char::is_alphanumeric) {
        flags |= flag::PUNCTUATION;
    }
    let inner = word.char_indices().skip(1).any(|(i, c)| matches!(c, '.' | '-' | '&' | '\'') && i + 1 < word.len());
    if inner {
        flags |= flag::INNER_MARK;
    }
    TokenInput { codes: found, flags }
}

/// The per-sentence flag bits of a sentence's case.
pub fn sentence_flags(case: SentenceCase) -> u8 {
    match case {
        SentenceCase::Normal => 0,
        SentenceCase::Upper => 1,
        SentenceCase::Lower => 2,
    }
}

/// The trained weights.
#[derive(Clone, Debug, PartialEq)]
pub struct WindowNetwork {
    /// Row `((d * SUBSPACES + m) * CENTROIDS + c)`: what code `c` of sub-space `m` adds to the
    /// hidden layer at window position `d` (0 = two words before the token).
    pub code_weights: Vec<f32>,
    /// Row `d * FLAGS + f`: flag bit `f` of the word at window position `d`.
    pub flag_weights: Vec<f32>,
    /// Row `f`: sentence flag bit `f`.
    pub sentence_weights: Vec<f32>,
    pub hidden_bias: Vec<f32>,
    /// Row `k`: what hidden unit `k` adds to each tag's score (`TAGS` a row).
    pub output: Vec<f32>,
    pub output_bias: Vec<f32>,
    /// How much the network's scores count beside the perceptron's.
    pub weight: f32,
}

impl WindowNetwork {
    /// Zero weights of the right shapes.
    pub fn zeros() -> WindowNetwork {
        WindowNetwork {
            code_weights: vec![0.0; WINDOW * SUBSPACES * CENTROIDS * HIDDEN],
            flag_weights: vec![0.0; WINDOW * FLAGS * HIDDEN],
            sentence_weights: vec![0.0; SENTENCE_FLAGS * HIDDEN],
            hidden_bias: vec![0.0; HIDDEN],
            output: vec![0.0; TAGS * HIDDEN],
            output_bias: vec![0.0; TAGS],
            weight: 1.0,
        }
    }

    /// The hidden layer (after the ReLU) of token `i`.
    pub fn hidden(&self, inputs: &[TokenInput], sentence: u8, i: usize, out: &mut [f32; HIDDEN]) {
        out.copy_from_slice(&self.hidden_bias);
        for_each_row(inputs, sentence, i, |row| {
            let weights = self.row(row);
            for k in 0..HIDDEN {
                out[k] += weights[k];
            }
        });
        for h in out.iter_mut() {
            *h = h.max(0.0);
        }
    }

    /// The first-layer row a [`Row`] names.
    #[inline]
    pub fn row(&self, row: Row) -> &[f32; HIDDEN] {
        let (table, at) = match row {
            Row::Code(r) => (&self.code_weights, r),
            Row::Flag(r) => (&self.flag_weights, r),
            Row::Sentence(r) => (&self.sentence_weights, r),
        };
        table[at * HIDDEN..(at + 1) * HIDDEN].try_into().expect("one row")
    }

    /// Unweighted tag scores of a hidden layer. Row by row over the hidden units, so the inner
    /// loop runs across tags (vectorised) and the units the ReLU silenced cost nothing.
    #[inline(always)]
    pub fn scores(&self, hidden: &[f32; HIDDEN], out: &mut [f32; TAGS]) {
        out.copy_from_slice(&self.output_bias);
        for (k, &h) in hidden.iter().enumerate() {
            if h == 0.0 {
                continue;
            }
            let row: &[f32; TAGS] = self.output[k * TAGS..(k + 1) * TAGS].try_into().expect("one row");
            for t in 0..TAGS {
                out[t] += h * row[t];
            }
        }
    }

    /// Adds `weight` × the network's tag scores of every token of `words` to `emissions`
    /// (`TAGS` per token). `owner` identifies these weights in the scratch's word cache (the
    /// model's id): a word's first-layer sums at every window position are computed once.
    pub fn add_scores(
        &self,
        words: &[&str],
        codes: &WordCodes,
        case: SentenceCase,
        emissions: &mut [f32],
        scratch: &mut NetworkScratch,
        owner: u64,
    ) {
        if scratch.owner != owner || scratch.sums.len() >= WORD_CACHE_LIMIT {
            scratch.index = KeyTable::default();
            scratch.sums.clear();
            scratch.owner = owner;
        }
        // Slot 0: the padding beyond either edge.
        if scratch.sums.is_empty() {
            scratch.sums.push(self.position_sums(TokenInput { codes: None, flags: flag::PADDING }));
        }
        let NetworkScratch { lower, index, sums, slots, .. } = scratch;
        slots.clear();
        for w in words {
            let key = hash_bytes(w.as_bytes());
            let slot = index.get(key).unwrap_or_else(|| {
                sums.push(self.position_sums(token_input(w, codes, lower)));
                index.insert(key, sums.len() as u32 - 1);
                sums.len() as u32 - 1
            });
            slots.push(slot);
        }
        let mut base = [0f32; HIDDEN];
        base.copy_from_slice(&self.hidden_bias);
        let sentence = sentence_flags(case);
        for bit in (0..SENTENCE_FLAGS).filter(|bit| sentence & (1 << bit) != 0) {
            for (b, w) in base.iter_mut().zip(self.row(Row::Sentence(bit))) {
                *b += w;
            }
        }
        window_scores(self, &base, sums, slots, emissions);
    }

    /// What a word adds to the hidden layer at each window position (`HIDDEN` per position).
    fn position_sums(&self, input: TokenInput) -> [f32; WINDOW * HIDDEN] {
        let mut sums = [0f32; WINDOW * HIDDEN];
        for (d, part) in sums.chunks_exact_mut(HIDDEN).enumerate() {
            for_each_word_row(input, d, &mut |row| {
                for (p, w) in part.iter_mut().zip(self.row(row)) {
                    *p += w;
                }
            });
        }
        sums
    }
}

/// Adds `net.weight` × the tag scores of every token (`slots`: its word's entry in `sums`) to
/// `emissions`, starting each hidden layer from `base`. Compiled a second time for AVX2, used
/// when the CPU has it: the same sums in the same order, twice as many lanes a step.
fn window_scores(
    net: &WindowNetwork,
    base: &[f32; HIDDEN],
    sums: &[[f32; WINDOW * HIDDEN]],
    slots: &[u32],
    emissions: &mut [f32],
) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: reached only on a CPU with AVX2.
        return unsafe { window_scores_avx2(net, base, sums, slots, emissions) };
    }
    window_scores_portable(net, base, sums, slots, emissions);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn window_scores_avx2(
    net: &WindowNetwork,
    base: &[f32; HIDDEN],
    sums: &[[f32; WINDOW * HIDDEN]],
    slots: &[u32],
    emissions: &mut [f32],
) {
    window_scores_portable(net, base, sums, slots, emissions);
}

#[inline(always)]
fn window_scores_portable(
    net: &WindowNetwork,
    base: &[f32; HIDDEN],
    sums: &[[f32; WINDOW * HIDDEN]],
    slots: &[u32],
    emissions: &mut [f32],
) {
    let mut scores = [0.0; TAGS];
    for (i, e) in emissions.chunks_exact_mut(TAGS).enumerate().take(slots.len()) {
        let mut hidden = *base;
        for d in 0..WINDOW {
            let slot = (i + d).checked_sub(REACH).and_then(|j| slots.get(j)).map_or(0, |&s| s as usize);
            let part: &[f32; HIDDEN] = sums[slot][d * HIDDEN..(d + 1) * HIDDEN].try_into().expect("one row");
            for k in 0..HIDDEN {
                hidden[k] += part[k];
            }
        }
        for h in hidden.iter_mut() {
            *h = h.max(0.0);
        }
        net.scores(&hidden, &mut scores);
        for (e, s) in e.iter_mut().zip(&scores) {
            *e += net.weight * s;
        }
    }
}

/// Words whose position sums a scratch keeps (10 MB) before it starts afresh.
const WORD_CACHE_LIMIT: usize = 1 << 13;

/// The code table as the model file stores it: i16 values and their scale (largest |weight| /
/// 32767). Training rounds through this too, so a model in memory and read back agree.
pub fn quantise_codes(weights: &[f32]) -> (f32, Vec<i16>) {
    let scale = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9) / 32767.0;
    (scale, weights.iter().map(|w| (w / scale).round().clamp(-32767.0, 32767.0) as i16).collect())
}

/// Buffers reused from sentence to sentence, and the word cache.
#[derive(Default)]
pub struct NetworkScratch {
    lower: String,
    /// The model whose sums `sums` holds.
    owner: u64,
    /// Word (exact form) → its entry in `sums`.
    index: KeyTable<u32>,
    sums: Vec<[f32; WINDOW * HIDDEN]>,
    /// Per token of the sentence, its entry in `sums`.
    slots: Vec<u32>,
}

/// One first-layer row that token's window switches on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Row {
    Code(usize),
    Flag(usize),
    Sentence(usize),
}

/// Calls `f` with every first-layer row a word switches on at window position `d`.
#[inline]
fn for_each_word_row(input: TokenInput, d: usize, f: &mut impl FnMut(Row)) {
    if let Some(codes) = input.codes {
        for (m, &c) in codes.iter().enumerate() {
            f(Row::Code((d * SUBSPACES + m) * CENTROIDS + c as usize));
        }
    }
    for bit in 0..FLAGS {
        if input.flags & (1 << bit) != 0 {
            f(Row::Flag(d * FLAGS + bit));
        }
    }
}

/// Calls `f` with every first-layer row token `i`'s window switches on.
#[inline]
pub fn for_each_row(inputs: &[TokenInput], sentence: u8, i: usize, mut f: impl FnMut(Row)) {
    for d in 0..WINDOW {
        let at = (i + d).checked_sub(REACH).filter(|&j| j < inputs.len());
        let input = at.map_or(TokenInput { codes: None, flags: flag::PADDING }, |j| inputs[j]);
        for_each_word_row(input, d, &mut f);
    }
    for bit in 0..SENTENCE_FLAGS {
        if sentence & (1 << bit) != 0 {
            f(Row::Sentence(bit));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wide_and_the_portable_window_scores_agree() {
        let mut net = WindowNetwork::zeros();
        let wave = |i: usize| ((i * 7919) % 1009) as f32 / 1009.0 - 0.45;
        net.output.iter_mut().enumerate().for_each(|(i, w)| *w = wave(i));
        net.output_bias.iter_mut().enumerate().for_each(|(i, w)| *w = wave(i + 5));
        net.weight = 1.5;
        let base: [f32; HIDDEN] = std::array::from_fn(|k| wave(k + 11));
        let sums: Vec<[f32; WINDOW * HIDDEN]> = (0..3).map(|s| std::array::from_fn(|k| wave(k + 97 * s))).collect();
        let slots = [1, 2, 1, 2];
        let mut dispatched = vec![0.25; slots.len() * TAGS];
        let mut portable = dispatched.clone();
        window_scores(&net, &base, &sums, &slots, &mut dispatched);
        window_scores_portable(&net, &base, &sums, &slots, &mut portable);
        assert_eq!(dispatched, portable);
        assert!(portable.iter().any(|&e| e != 0.25), "the scores were added");
    }

    fn codes() -> WordCodes {
        WordCodes::parse("# comment\n@codebook\t0\t0\t0.1 0.2\nbeirut\t0102030405060708\nbad\t01\n")
    }

    #[test]
    fn codes_parse_and_look_up_lowercase_words() {
        let codes = codes();
        assert_eq!(codes.get("beirut"), Some([1, 2, 3, 4, 5, 6, 7, 8]));
        assert_eq!(codes.get("bad"), None, "a short code line is skipped");
        let mut lower = String::new();
        let input = token_input("BEIRUT", &codes, &mut lower);
        assert_eq!(input.codes, Some([1, 2, 3, 4, 5, 6, 7, 8]), "looked up in lower case");
        assert_eq!(input.flags, flag::CAPITAL | flag::ALL_CAPS);
    }

    #[test]
    fn a_word_without_codes_borrows_those_of_its_plainer_spelling() {
        let codes = WordCodes::parse("quebec\t0101010101010101\nmr\t0202020202020202\nus\t0303030303030303\n");
        let mut lower = String::new();
        let mut codes_of = |w: &str| token_input(w, &codes, &mut lower).codes.map(|c| c[0]);
        assert_eq!(codes_of("Québec"), Some(1), "accents folded");
        assert_eq!(codes_of("Mr."), Some(2), "one closing full stop dropped");
        assert_eq!(codes_of("U.S."), None, "an abbreviation with inner stops is not a word");
        assert_eq!(codes_of("#Quebec"), Some(1), "a hashtag's sign dropped");
        assert_eq!(codes_of("Montréal"), None, "no spelling found");
    }

    #[test]
    fn flags_describe_the_word() {
        let codes = WordCodes::default();
        let mut lower = String::new();
        let mut flags = |w: &str| token_input(w, &codes, &mut lower).flags & !flag::NO_VECTOR;
        assert_eq!(flags("U.S."), flag::CAPITAL | flag::ALL_CAPS | flag::INNER_MARK);
        assert_eq!(flags("al-Qaida"), flag::INNER_MARK);
        assert_eq!(flags("1990s"), flag::DIGIT);
        assert_eq!(flags("--"), flag::PUNCTUATION);
        assert_eq!(flags("talks"), 0);
        assert_eq!(flags("Hezbollah's"), flag::CAPITAL | flag::INNER_MARK);
    }

    #[test]
    fn the_window_switches_on_codes_flags_and_padding() {
        let codes = codes();
        let mut lower = String::new();
        let inputs: Vec<TokenInput> = ["in", "Beirut"].iter().map(|w| token_input(w, &codes, &mut lower)).collect();
        let mut rows = Vec::new();
        for_each_row(&inputs, 0, 1, |r| rows.push(r));
        // Window positions 0..5 around "Beirut": before "in", "in", "Beirut", two past the end.
        assert!(rows.contains(&Row::Flag(0)), "position 0 is before the sentence: padding");
        assert!(rows.contains(&Row::Flag(3 * FLAGS)) && rows.contains(&Row::Flag(4 * FLAGS)), "past the end");
        assert!(rows.contains(&Row::Code(2 * SUBSPACES * CENTROIDS + 1)), "Beirut's first code at the centre");
        assert!(rows.contains(&Row::Flag(FLAGS + 1)), "\"in\" has no vector");
        assert_eq!(rows.iter().filter(|r| matches!(r, Row::Code(_))).count(), SUBSPACES);
    }

    /// The cached per-word sums give the scores the row-by-row path (what training uses) gives,
    /// on a first pass and again from the cache.
    #[test]
    fn cached_scores_match_the_row_by_row_network() {
        let mut net = WindowNetwork::zeros();
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for table in [
            &mut net.code_weights,
            &mut net.flag_weights,
            &mut net.sentence_weights,
            &mut net.hidden_bias,
            &mut net.output,
            &mut net.output_bias,
        ] {
            for v in table.iter_mut() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                *v = (seed >> 40) as f32 / (1u64 << 24) as f32 - 0.5;
            }
        }
        net.weight = 1.5;
        let codes = WordCodes::parse("beirut\t0102030405060708\ntalks\t0a0b0c0d0e0f1011\n");
        let words = ["TALKS", "in", "Beirut", ",", "talks", "in", "Beirut"];
        let mut lower = String::new();
        let inputs: Vec<TokenInput> = words.iter().map(|w| token_input(w, &codes, &mut lower)).collect();
        let sentence = sentence_flags(SentenceCase::Lower);
        let mut expected = vec![0.0; words.len() * TAGS];
        let (mut hidden, mut scores) = ([0.0; HIDDEN], [0.0; TAGS]);
        for i in 0..words.len() {
            net.hidden(&inputs, sentence, i, &mut hidden);
            net.scores(&hidden, &mut scores);
            for t in 0..TAGS {
                expected[i * TAGS + t] = 1.5 * scores[t];
            }
        }
        let mut scratch = NetworkScratch::default();
        for _ in 0..2 {
            let mut got = vec![0.0; words.len() * TAGS];
            net.add_scores(&words, &codes, SentenceCase::Lower, &mut got, &mut scratch, 7);
            for (g, e) in got.iter().zip(&expected) {
                assert!((g - e).abs() < 1e-3 * e.abs().max(1.0), "{g} vs {e}");
            }
        }
        assert_eq!(scratch.sums.len(), 1 + 5, "padding and five distinct word forms");
    }

    #[test]
    fn scores_are_added_with_the_network_weight() {
        let mut net = WindowNetwork::zeros();
        net.hidden_bias[0] = 1.0;
        net.output[5] = 2.0; // hidden unit 0 → tag 5
        net.weight = 0.5;
        let mut emissions = vec![0.0; 2 * TAGS];
        let mut scratch = NetworkScratch::default();
        net.add_scores(&["a", "b"], &WordCodes::default(), SentenceCase::Normal, &mut emissions, &mut scratch, 1);
        assert_eq!(emissions[5], 1.0);
        assert_eq!(emissions[TAGS + 5], 1.0);
        assert_eq!(emissions.iter().filter(|&&e| e != 0.0).count(), 2);
        // A negative pre-activation is cut by the ReLU.
        net.hidden_bias[0] = -1.0;
        let mut emissions = vec![0.0; TAGS];
        net.add_scores(&["a"], &WordCodes::default(), SentenceCase::Normal, &mut emissions, &mut scratch, 2);
        assert!(emissions.iter().all(|&e| e == 0.0));
    }
}
