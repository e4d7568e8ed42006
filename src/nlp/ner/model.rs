//! The tagger's model: BILOU tags, hashed feature weights, transitions, constrained Viterbi
//! decoding (the file it ships in: `file.rs`).

use super::features::{FEATURES_PER_TOKEN, FeatureBuffer, TABLE_FEATURES, WORD_FEATURES, extract};
use super::network::{NetworkScratch, WindowNetwork, WordCodes};
use super::tables::{Clusters, GazetteerIndex, KeyTable, RowTable};
use super::types::{EntityType, Span};

pub use super::types::TAGS;
/// Weight rows are padded so the inner loop runs over whole vectors.
pub const STRIDE: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Begin,
    Inside,
    Last,
    Unit,
}

/// Tag index → (part, type); 0 is O.
pub fn tag_of(tag: usize) -> Option<(Part, EntityType)> {
    if tag == 0 || tag >= TAGS {
        return None;
    }
    let part = match (tag - 1) % 4 {
        0 => Part::Begin,
        1 => Part::Inside,
        2 => Part::Last,
        _ => Part::Unit,
    };
    Some((part, EntityType::ALL[(tag - 1) / 4]))
}

pub fn tag_index(part: Part, kind: EntityType) -> usize {
    1 + 4 * kind as usize
        + match part {
            Part::Begin => 0,
            Part::Inside => 1,
            Part::Last => 2,
            Part::Unit => 3,
        }
}

/// Is `next` allowed after `prev` (`None` = sentence start)?
pub fn allowed(prev: Option<usize>, next: usize) -> bool {
    let open = |t: usize| matches!(tag_of(t), Some((Part::Begin | Part::Inside, _)));
    match prev.filter(|&p| open(p)) {
        Some(p) => {
            let (_, kind) = tag_of(p).expect("open tag");
            matches!(tag_of(next), Some((Part::Inside | Part::Last, k)) if k == kind)
        }
        None => matches!(tag_of(next), None | Some((Part::Begin | Part::Unit, _))),
    }
}

/// May a sentence end with `tag`?
pub fn may_end(tag: usize) -> bool {
    !matches!(tag_of(tag), Some((Part::Begin | Part::Inside, _)))
}

/// BILOU tags → spans (the sequence is valid by construction; stray tags are skipped).
pub fn spans_of(tags: &[usize]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &t) in tags.iter().enumerate() {
        match tag_of(t) {
            Some((Part::Unit, kind)) => spans.push(Span { start: i, end: i + 1, kind }),
            Some((Part::Begin, kind)) => open = Some((i, kind)),
            Some((Part::Last, kind)) => {
                if let Some((start, k)) = open.take().filter(|(_, k)| *k == kind) {
                    spans.push(Span { start, end: i + 1, kind: k });
                }
            }
            Some((Part::Inside, _)) => {}
            None => open = None,
        }
    }
    spans
}

/// Spans → BILOU tags.
pub fn tags_of(spans: &[Span], len: usize) -> Vec<usize> {
    let mut tags = vec![0; len];
    for s in spans {
        if s.end - s.start == 1 {
            tags[s.start] = tag_index(Part::Unit, s.kind);
            continue;
        }
        tags[s.start] = tag_index(Part::Begin, s.kind);
        for t in &mut tags[s.start + 1..s.end - 1] {
            *t = tag_index(Part::Inside, s.kind);
        }
        tags[s.end - 1] = tag_index(Part::Last, s.kind);
    }
    tags
}

/// A trained tagger.
#[derive(Clone)]
pub struct Model {
    /// Feature key → row in `weights`.
    pub rows: RowTable,
    /// Feature keys in row order (what the file stores; the table keeps only fingerprints).
    pub keys: Vec<u64>,
    /// Quantised emission weights, `STRIDE` per row (the first `TAGS` used).
    pub weights: Vec<i16>,
    pub scale: f32,
    /// `transitions[prev * TAGS + next]`, with `prev == TAGS` meaning sentence start.
    pub transitions: Vec<f32>,
    /// Weight of ending a sentence on each tag.
    pub end: Vec<f32>,
    pub clusters: Clusters,
    pub gazetteer: GazetteerIndex,
    /// The window network whose scores join the emissions, and the word codes it reads.
    pub network: Option<WindowNetwork>,
    pub codes: WordCodes,
    /// Identifies these weights in word caches (a fresh number per model made or read).
    pub id: u64,
}

/// A fresh model id.
pub fn next_model_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Summed weights of the word-only features, per word and case: frequent words skip most of
/// their lookups. Bounded; cleared when full or when used with another model.
#[derive(Default)]
struct WordCache {
    model: u64,
    index: KeyTable<u32>,
    sums: Vec<[i32; STRIDE]>,
}

const WORD_CACHE_LIMIT: usize = 1 << 15;

/// Scratch space for tagging, reused across sentences.
#[derive(Default)]
pub struct Scratch {
    pub features: FeatureBuffer,
    rows: Vec<u32>,
    /// Per token, its word's entry in `words` when cached.
    cached: Vec<Option<u32>>,
    words: WordCache,
    emissions: Vec<f32>,
    network: NetworkScratch,
    best: Vec<f32>,
    pub tags: Vec<usize>,
}

impl Model {
    /// Emission scores, `TAGS` per token, into `scratch.emissions`.
    fn emissions(&self, words: &[&str], scratch: &mut Scratch) {
        extract(words, &self.clusters, &self.gazetteer, &mut scratch.features);
        let cache = &mut scratch.words;
        if cache.model != self.id || cache.sums.len() >= WORD_CACHE_LIMIT {
            *cache = WordCache { model: self.id, ..WordCache::default() };
        }
        // Lookups first (independent loads overlap), then the sums; word-only features come
        // summed from the cache when the word was seen before.
        let cached = &mut scratch.cached;
        cached.clear();
        cached.extend(scratch.features.word_keys.iter().map(|&k| cache.index.get(k)));
        scratch.rows.clear();
        for (keys, hit) in scratch.features.keys.chunks_exact(FEATURES_PER_TOKEN).zip(cached.iter()) {
            let from = if hit.is_some() { WORD_FEATURES } else { 0 };
            scratch.rows.extend(keys[from..].iter().map(|&k| self.rows.get(k).unwrap_or(u32::MAX)));
        }
        scratch.emissions.clear();
        scratch.emissions.resize(words.len() * TAGS, 0.0);
        let mut at = 0;
        for (i, hit) in cached.iter().enumerate() {
            let mut acc = match hit {
                Some(c) => cache.sums[*c as usize],
                None => {
                    let mut word = [0i32; STRIDE];
                    self.add_rows(&mut word, &scratch.rows[at..at + WORD_FEATURES]);
                    at += WORD_FEATURES;
                    cache.index.insert(scratch.features.word_keys[i], cache.sums.len() as u32);
                    cache.sums.push(word);
                    word
                }
            };
            let context = FEATURES_PER_TOKEN - WORD_FEATURES;
            self.add_rows(&mut acc, &scratch.rows[at..at + context]);
            at += context;
            if !scratch.features.table_keys.is_empty() {
                let mut table = [u32::MAX; TABLE_FEATURES];
                for (row, &k) in table.iter_mut().zip(&scratch.features.table_keys[i * TABLE_FEATURES..]) {
                    *row = self.rows.get(k).unwrap_or(u32::MAX);
                }
                self.add_rows(&mut acc, &table);
            }
            for (e, &a) in scratch.emissions[i * TAGS..(i + 1) * TAGS].iter_mut().zip(&acc) {
                *e = a as f32 * self.scale;
            }
        }
        if let Some(network) = &self.network {
            let case = scratch.features.sentence_case();
            network.add_scores(words, &self.codes, case, &mut scratch.emissions, &mut scratch.network, self.id);
        }
    }

    /// Emission scores of one sentence, `TAGS` per token (what a second learner trains on top of).
    pub fn emission_scores<'a>(&self, words: &[&str], scratch: &'a mut Scratch) -> &'a [f32] {
        self.emissions(words, scratch);
        &scratch.emissions
    }

    /// Adds the weight rows `rows` (`u32::MAX` = feature unknown to the model) to `acc`.
    #[inline]
    fn add_rows(&self, acc: &mut [i32; STRIDE], rows: &[u32]) {
        add_weight_rows(&self.weights, acc, rows);
    }

    /// Tags one sentence; the best tag per token ends in `scratch.tags`.
    pub fn decode(&self, words: &[&str], scratch: &mut Scratch) {
        scratch.tags.clear();
        if words.is_empty() {
            return;
        }
        self.emissions(words, scratch);
        let emissions = std::mem::take(&mut scratch.emissions);
        viterbi(&emissions, &self.transitions, &self.end, words.len(), scratch);
        scratch.emissions = emissions;
    }

    /// Entity spans of one sentence. Punctuation at a span's edges is never part of a name
    /// ("- Coalition" → "Coalition").
    pub fn tag(&self, words: &[&str], scratch: &mut Scratch) -> Vec<Span> {
        self.decode(words, scratch);
        let wordlike = |i: usize| words[i].chars().any(char::is_alphanumeric);
        let mut spans = spans_of(&scratch.tags);
        spans.retain_mut(|s| {
            while s.start < s.end && !wordlike(s.start) {
                s.start += 1;
            }
            while s.end > s.start && !wordlike(s.end - 1) {
                s.end -= 1;
            }
            s.start < s.end
        });
        let features = &scratch.features;
        retype_known_names(&mut spans, features.gazetteer_positions());
        super::teams::read_places_as_teams(words, &mut spans, features.gazetteer_positions(), features.sentence_case());
        spans
    }
}

/// Where a known phrase of two or more words that opens the span at `start` ends, when the
/// span goes on after it (a gazetteer phrase begun at `start`, its last word before `end - 1`).
fn known_opening(positions: &[u16], start: usize, end: usize) -> Option<usize> {
    if positions[start] >> 8 != 1 {
        return None;
    }
    let last = (start + 1..end - 1).take_while(|&k| positions[k] >> 8 != 1).find(|&k| positions[k] >> 8 == 3)?;
    positions[start + 1..last].iter().all(|&p| p >> 8 == 2).then_some(last + 1)
}

/// A span that is exactly a name the gazetteer knows only as an organisation or armed group
/// (not a place, country, region or demonym, and not a common word) is an organisation,
/// whatever type the tagger gave it, and so is a place-typed span that such a name opens; a
/// span that is exactly a country's name and was read as a person is the country.
pub fn retype_known_names(spans: &mut [Span], positions: &[u16]) {
    use super::tables::gazetteer_bits::*;
    for s in spans.iter_mut() {
        let (first, last) = (positions[s.start], positions[s.end - 1]);
        // One phrase, begun and ended by the span: unit, or begin, inside…, last.
        let exact = if s.end - s.start == 1 {
            first >> 8 == 4
        } else {
            first >> 8 == 1 && last >> 8 == 3 && positions[s.start + 1..s.end - 1].iter().all(|&p| p >> 8 == 2)
        };
        let opening = if exact { None } else { known_opening(positions, s.start, s.end) };
        if !exact && opening.is_none() {
            continue;
        }
        let name_end = opening.unwrap_or(s.end);
        if positions[s.start..name_end].iter().any(|&p| p & 0xff != first & 0xff) {
            continue;
        }
        let bits = first & 0xff;
        if bits & COMMON != 0 {
            continue;
        }
        let organisation = bits & (ORGANIZATION | GROUP) != 0;
        let place = bits & (COUNTRY | PLACE | REGION | DEMONYM) != 0;
        // "Islamic State Sahel Province", "Hezbollah Executive Council": a known organisation's
        // name opening a longer name names a branch or body of it, an organisation too — read as
        // a place, it is not one. A person's name may open with one ("NATO Secretary General …").
        if opening.is_some() {
            if organisation && !place && matches!(s.kind, EntityType::Gpe | EntityType::Loc | EntityType::Misc) {
                s.kind = EntityType::Org;
            }
            continue;
        }
        if organisation
            && !place
            && matches!(s.kind, EntityType::Person | EntityType::Gpe | EntityType::Loc | EntityType::Misc)
        {
            s.kind = EntityType::Org;
        } else if bits == COUNTRY && s.kind == EntityType::Person {
            s.kind = EntityType::Gpe;
        }
    }
}

/// Number of tags that close an entity or stand outside one (O, L-x, U-x) — the only tags a
/// new entity or O may follow — and of tags that may start after them (O, B-x, U-x).
const FREE: usize = 1 + 2 * EntityType::ALL.len();

/// The transition weights rearranged for decoding BILOU: after O/L/U any of O/B/U may come
/// (a dense FREE × FREE block), after B-x or I-x only I-x or L-x (two weights each).
struct Lattice {
    /// Tags that end an entity or are O (possible predecessors of O/B/U).
    closing: [usize; FREE],
    /// Tags that may follow a closing tag.
    opening: [usize; FREE],
    /// `free[j][k]`: weight of `closing[k]` → `opening[j]`.
    free: [[f32; FREE]; FREE],
    /// Per type: weights of B→I, I→I, B→L, I→L.
    inside: [[f32; 4]; EntityType::ALL.len()],
}

impl Lattice {
    fn new(transitions: &[f32]) -> Lattice {
        let mut closing = [0; FREE];
        let mut opening = [0; FREE];
        for (k, kind) in EntityType::ALL.into_iter().enumerate() {
            closing[1 + 2 * k] = tag_index(Part::Last, kind);
            closing[2 + 2 * k] = tag_index(Part::Unit, kind);
            opening[1 + 2 * k] = tag_index(Part::Begin, kind);
            opening[2 + 2 * k] = tag_index(Part::Unit, kind);
        }
        let mut free = [[0.0; FREE]; FREE];
        for (j, &to) in opening.iter().enumerate() {
            for (k, &from) in closing.iter().enumerate() {
                free[j][k] = transitions[from * TAGS + to];
            }
        }
        let mut inside = [[0.0; 4]; EntityType::ALL.len()];
        for (k, kind) in EntityType::ALL.into_iter().enumerate() {
            let (b, i, l) = (tag_index(Part::Begin, kind), tag_index(Part::Inside, kind), tag_index(Part::Last, kind));
            inside[k] = [
                transitions[b * TAGS + i],
                transitions[i * TAGS + i],
                transitions[b * TAGS + l],
                transitions[i * TAGS + l],
            ];
        }
        Lattice { closing, opening, free, inside }
    }
}

/// Adds the rows `rows` of `weights` (`STRIDE` a row; `u32::MAX` = none) to `acc`. Compiled a
/// second time for AVX2, used when the CPU has it: the same sums, twice as many lanes a step.
fn add_weight_rows(weights: &[i16], acc: &mut [i32; STRIDE], rows: &[u32]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: reached only on a CPU with AVX2.
        return unsafe { add_weight_rows_avx2(weights, acc, rows) };
    }
    add_weight_rows_portable(weights, acc, rows);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn add_weight_rows_avx2(weights: &[i16], acc: &mut [i32; STRIDE], rows: &[u32]) {
    add_weight_rows_portable(weights, acc, rows);
}

#[inline(always)]
fn add_weight_rows_portable(weights: &[i16], acc: &mut [i32; STRIDE], rows: &[u32]) {
    for &r in rows {
        if r == u32::MAX {
            continue;
        }
        let row: &[i16; STRIDE] = weights[r as usize * STRIDE..(r as usize + 1) * STRIDE].try_into().expect("one row");
        // Indexing fixed-size arrays (not zip over slices) keeps this loop vectorised.
        #[allow(clippy::needless_range_loop)]
        for k in 0..STRIDE {
            acc[k] += i32::from(row[k]);
        }
    }
}

/// Constrained first-order Viterbi over `n` tokens; writes the best path to `scratch.tags`.
///
/// The forward pass keeps only scores (branch-free maxima over the allowed predecessors); the
/// backward pass recomputes the argmax along the chosen path alone.
pub fn viterbi(emissions: &[f32], transitions: &[f32], end: &[f32], n: usize, scratch: &mut Scratch) {
    const NEG: f32 = f32::NEG_INFINITY;
    let lattice = Lattice::new(transitions);
    scratch.best.clear();
    scratch.best.resize(n * TAGS, NEG);
    for t in 0..TAGS {
        if allowed(None, t) {
            scratch.best[t] = emissions[t] + transitions[TAGS * TAGS + t];
        }
    }
    let mut closed = [NEG; FREE];
    for i in 1..n {
        let (before, now) = scratch.best.split_at_mut(i * TAGS);
        let prev = &before[(i - 1) * TAGS..];
        let now = &mut now[..TAGS];
        let e = &emissions[i * TAGS..(i + 1) * TAGS];
        for (c, &from) in closed.iter_mut().zip(&lattice.closing) {
            *c = prev[from];
        }
        for (j, &to) in lattice.opening.iter().enumerate() {
            let row = &lattice.free[j];
            // `if >` rather than f32::max: no NaN handling, so the loop vectorises.
            let best = closed.iter().zip(row).fold(NEG, |m, (c, w)| if c + w > m { c + w } else { m });
            now[to] = best + e[to];
        }
        for (k, w) in lattice.inside.iter().enumerate() {
            let (b, i_, l) = (1 + 4 * k, 2 + 4 * k, 3 + 4 * k);
            now[i_] = (prev[b] + w[0]).max(prev[i_] + w[1]) + e[i_];
            now[l] = (prev[b] + w[2]).max(prev[i_] + w[3]) + e[l];
        }
    }
    let last = &scratch.best[(n - 1) * TAGS..];
    let mut tag = 0;
    let mut best = NEG;
    for (t, &score) in last.iter().enumerate() {
        if may_end(t) && score + end[t] > best {
            best = score + end[t];
            tag = t;
        }
    }
    scratch.tags.clear();
    scratch.tags.resize(n, 0);
    scratch.tags[n - 1] = tag;
    let mut tag_before = 0;
    for i in (1..n).rev() {
        let prev = &scratch.best[(i - 1) * TAGS..i * TAGS];
        let inside_pair;
        let candidates: &[usize] = match tag_of(tag) {
            Some((Part::Inside | Part::Last, kind)) => {
                inside_pair = [tag_index(Part::Begin, kind), tag_index(Part::Inside, kind)];
                &inside_pair
            }
            _ => &lattice.closing,
        };
        let mut best = NEG;
        for &p in candidates {
            let score = prev[p] + transitions[p * TAGS + tag];
            if score > best {
                best = score;
                tag_before = p;
            }
        }
        tag = tag_before;
        scratch.tags[i - 1] = tag;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wide_and_the_portable_row_sums_agree() {
        let weights: Vec<i16> = (0..7 * STRIDE).map(|i| ((i * 7919) % 4001) as i16 - 2000).collect();
        let rows = [3, u32::MAX, 0, 6, 3];
        let mut dispatched = [5i32; STRIDE];
        let mut portable = [5i32; STRIDE];
        add_weight_rows(&weights, &mut dispatched, &rows);
        add_weight_rows_portable(&weights, &mut portable, &rows);
        assert_eq!(dispatched, portable);
        assert_eq!(
            portable[1],
            5 + 2 * i32::from(weights[3 * STRIDE + 1]) + i32::from(weights[1]) + i32::from(weights[6 * STRIDE + 1])
        );
    }

    #[test]
    fn names_known_only_as_organisations_or_countries_take_that_type() {
        let gazetteer = GazetteerIndex::build(crate::nlp::gazetteer::Gazetteer::bundled());
        let retyped = |words: &[&str], spans: &[(usize, usize, EntityType)]| {
            let (mut positions, mut scratch) = (Vec::new(), String::new());
            gazetteer.tag_positions(words, &mut positions, &mut scratch);
            let mut spans: Vec<Span> = spans.iter().map(|&(start, end, kind)| Span { start, end, kind }).collect();
            retype_known_names(&mut spans, &positions);
            spans.iter().map(|s| s.kind).collect::<Vec<_>>()
        };
        use EntityType::*;
        let words = ["Fighters", "loyal", "to", "Hezbollah", "crossed", "into", "Chad", "at", "dawn", "."];
        assert_eq!(retyped(&words, &[(3, 4, Loc), (6, 7, Person)]), vec![Org, Gpe]);
        // Only the exact name: a longer span, or a person whose first name is a country, stays.
        let words = ["Chad", "Ekwueme", "met", "Hezbollah", "Council", "members", "."];
        assert_eq!(retyped(&words, &[(0, 2, Person), (3, 5, Gpe)]), vec![Person, Gpe]);
        // …unless a known name of two or more words opens a longer place-typed span: its branch.
        let words = ["Gunmen", "of", "Islamic", "State", "Tarvos", "Province", "raided", "a", "market", "."];
        assert_eq!(retyped(&words, &[(2, 6, Loc)]), vec![Org]);
        let words = ["Islamic", "State", "Tarvos", "Ekwueme", "spoke", "."];
        assert_eq!(retyped(&words, &[(0, 4, Person)]), vec![Person]);
        // A place is not made anything else, and organisations stay as tagged.
        let words = ["Ferries", "left", "Tyre", "for", "the", "United", "Nations", "depot", "."];
        assert_eq!(retyped(&words, &[(2, 3, Org), (5, 7, Org)]), vec![Org, Org]);
    }

    #[test]
    fn tags_and_spans_round_trip() {
        let spans = vec![
            Span { start: 0, end: 1, kind: EntityType::Gpe },
            Span { start: 2, end: 5, kind: EntityType::Person },
            Span { start: 5, end: 7, kind: EntityType::Org },
        ];
        let tags = tags_of(&spans, 8);
        assert_eq!(spans_of(&tags), spans);
        for pair in tags.windows(2) {
            assert!(allowed(Some(pair[0]), pair[1]));
        }
    }

    /// Deterministic scores in [-10, 10) (xorshift).
    fn random_scores(mut seed: u64) -> impl FnMut() -> f32 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % 2000) as f32 / 100.0 - 10.0
        }
    }

    /// Whatever the scores, decoding yields a valid BILOU sequence.
    #[test]
    fn viterbi_never_yields_invalid_sequences() {
        let mut random = random_scores(0x2545_f491_4f6c_dd1du64);
        let mut scratch = Scratch::default();
        for n in 1..40 {
            let emissions: Vec<f32> = (0..n * TAGS).map(|_| random()).collect();
            let transitions: Vec<f32> = (0..(TAGS + 1) * TAGS).map(|_| random()).collect();
            let end: Vec<f32> = (0..TAGS).map(|_| random()).collect();
            viterbi(&emissions, &transitions, &end, n, &mut scratch);
            let tags = &scratch.tags;
            assert!(allowed(None, tags[0]), "{tags:?}");
            for pair in tags.windows(2) {
                assert!(allowed(Some(pair[0]), pair[1]), "{tags:?}");
            }
            assert!(may_end(tags[n - 1]), "{tags:?}");
        }
    }

    /// Exhaustive search over valid sequences, for short sentences.
    fn best_by_search(emissions: &[f32], transitions: &[f32], end: &[f32], n: usize) -> f32 {
        fn walk(i: usize, prev: Option<usize>, score: f32, e: &[f32], tr: &[f32], end: &[f32], n: usize) -> f32 {
            if i == n {
                let p = prev.expect("n > 0");
                return if may_end(p) { score + end[p] } else { f32::NEG_INFINITY };
            }
            (0..TAGS)
                .filter(|&t| allowed(prev, t))
                .map(|t| {
                    let from = prev.unwrap_or(TAGS);
                    walk(i + 1, Some(t), score + tr[from * TAGS + t] + e[i * TAGS + t], e, tr, end, n)
                })
                .fold(f32::NEG_INFINITY, f32::max)
        }
        walk(0, None, 0.0, emissions, transitions, end, n)
    }

    #[test]
    fn viterbi_finds_the_best_sequence() {
        let mut random = random_scores(0x9e37_79b9_7f4a_7c15u64);
        let mut scratch = Scratch::default();
        for n in 1..=3 {
            for _ in 0..5 {
                let emissions: Vec<f32> = (0..n * TAGS).map(|_| random()).collect();
                let transitions: Vec<f32> = (0..(TAGS + 1) * TAGS).map(|_| random()).collect();
                let end: Vec<f32> = (0..TAGS).map(|_| random()).collect();
                viterbi(&emissions, &transitions, &end, n, &mut scratch);
                let tags = &scratch.tags;
                let mut score = transitions[TAGS * TAGS + tags[0]] + emissions[tags[0]] + end[tags[n - 1]];
                for i in 1..n {
                    score += transitions[tags[i - 1] * TAGS + tags[i]] + emissions[i * TAGS + tags[i]];
                }
                let best = best_by_search(&emissions, &transitions, &end, n);
                assert!((score - best).abs() < 1e-3, "{score} vs {best} for {tags:?}");
            }
        }
    }

    #[test]
    fn viterbi_prefers_the_best_valid_path() {
        // Token 0 wants B-PER, token 1 wants O: B-PER cannot be followed by O, so U-PER wins.
        let mut emissions = vec![0.0; 2 * TAGS];
        emissions[tag_index(Part::Begin, EntityType::Person)] = 5.0;
        emissions[tag_index(Part::Unit, EntityType::Person)] = 4.0;
        emissions[TAGS] = 3.0;
        let mut scratch = Scratch::default();
        viterbi(&emissions, &vec![0.0; (TAGS + 1) * TAGS], &[0.0; TAGS], 2, &mut scratch);
        assert_eq!(scratch.tags, vec![tag_index(Part::Unit, EntityType::Person), 0]);
    }
}
