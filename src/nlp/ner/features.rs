//! Feature extraction for the NER tagger: every token becomes a short list of hashed feature keys.
//!
//! Per-token values (word, lowercase, shapes, affixes, clusters, gazetteer position) are hashed once;
//! a feature key mixes a template number with one or more of those hashes, so neighbour and
//! bigram features cost a multiply, not a string. Keys are 64-bit: collisions are negligible.

use super::hash::{finish, hash_bytes, mix};
use super::tables::{ClusterIds, Clusters, GazetteerIndex};
use crate::nlp::gazetteer::push_normalised;

/// spaCy-style shape: X for capitals, x for lowercase, d for digits, other characters kept,
/// runs longer than `max_run` cut ("Lebanon" → "Xxxxx", "2003" → "dddd", "U.S." → "X.X.").
pub fn shape(word: &str, max_run: usize) -> String {
    let mut out = String::with_capacity(8);
    shape_into(word, max_run, &mut out);
    out
}

/// [`shape`] into a reused buffer.
pub fn shape_into(word: &str, max_run: usize, out: &mut String) {
    out.clear();
    let mut last = '\0';
    let mut run = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= max_run {
            out.push(s);
        }
        if out.len() > 12 {
            break;
        }
    }
}

/// How the letters of a whole sentence are cased: headlines and lowercase web text make
/// capitalisation uninformative, which the model must know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SentenceCase {
    Normal,
    Upper,
    Lower,
}

pub fn sentence_case(words: &[&str]) -> SentenceCase {
    let (mut upper, mut lower) = (0usize, 0usize);
    for w in words {
        for c in w.chars() {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
    }
    if upper >= 6 && lower * 10 < upper {
        SentenceCase::Upper
    } else if lower >= 12 && upper == 0 {
        SentenceCase::Lower
    } else {
        SentenceCase::Normal
    }
}

/// Hashes of one token's values.
#[derive(Debug, Clone, Copy, Default)]
struct TokenValues {
    word: u64,
    lower: u64,
    shape: u64,
    short_shape: u64,
    prefix3: u64,
    suffix2: u64,
    suffix3: u64,
    suffix4: u64,
    cluster_row: u64,
    cluster_fine: u64,
    cluster_coarse: u64,
    news_fine: u64,
    news_coarse: u64,
    gazetteer: u64,
    /// 2 for a person's title or honorific ("Justice", "Gen."), else 1.
    title: u64,
}

const PAD: TokenValues = TokenValues {
    word: 1,
    lower: 1,
    shape: 1,
    short_shape: 1,
    prefix3: 1,
    suffix2: 1,
    suffix3: 1,
    suffix4: 1,
    cluster_row: 1,
    cluster_fine: 1,
    cluster_coarse: 1,
    news_fine: 1,
    news_coarse: 1,
    gazetteer: 1,
    title: 1,
};

/// Number of feature keys produced per token (fixed, so buffers can be flat).
pub const FEATURES_PER_TOKEN: usize = 39;
/// Extra keys per token of a results or standings row ([`is_table_row`]), in `table_keys`.
pub const TABLE_FEATURES: usize = 10;
/// The leading features of each token that depend only on the word and the sentence's case.
pub const WORD_FEATURES: usize = 13;

/// A line of a results, standings or price table rather than prose: it carries score-like
/// numbers — at least one for every two capitalised words, and two unless there is one name
/// ("Leeds 2 Bristol 1", "Leeds 12 7 3 2 21 11 24", "3. Ana Ortiz ( Peru ) 19.79", "Acme 71.30
/// +0.45", "Leeds 287") — at most one lowercase word ("Leeds 412-7 declared"), and no full stop,
/// question or exclamation mark at its end, nor a comma or colon outside parentheses (a list of
/// places and counts, "Deaths : Kabul 12 , Herat 4", is no row; scorers in parentheses are). A
/// headline with a number ("Bomb Kills 12 In Kabul") has too few numbers for its capitalised
/// words; prose has lowercase words and ends in a stop; years and web addresses are no scores.
pub fn is_table_row(words: &[&str]) -> bool {
    if words.last().is_some_and(|w| matches!(*w, "." | "?" | "!")) {
        return false;
    }
    let (mut numbers, mut capitalised, mut lowercase) = (0usize, 0usize, 0usize);
    let mut depth = 0usize;
    for w in words {
        match *w {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            // A list ("Deaths : Kabul 12 , Herat 4") or a clock ("Temp : 17"), not a row.
            "," | ":" | ";" if depth == 0 => return false,
            _ => {}
        }
        if is_score(w) {
            numbers += 1;
        } else if let Some(c) = w.chars().next() {
            if c.is_uppercase() {
                capitalised += 1;
            } else if c.is_lowercase() {
                lowercase += 1;
            }
        }
    }
    // One number makes a row only beside one name ("Leeds 287"; "Friday , March 4" is a date).
    (numbers >= 2 || capitalised == 1) && capitalised >= 1 && lowercase <= 1 && 2 * numbers >= capitalised
}

/// A number as tables print them: digits with at most a sign, point, colon, dash or percent
/// ("3", "412-7", ".550", "+0.35", "1."), not longer than 12 characters, and not a date: no year
/// ("1996") and no second dash or slash ("1996-08-30", "30/08/96" — a dateline is no row).
fn is_score(word: &str) -> bool {
    let b = word.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let year = b.len() == 4 && digits == 4 && (b[0] == b'1' || (b[0] == b'2' && b[1] == b'0'));
    let date = b.iter().filter(|c| matches!(c, b'-' | b'/')).count() >= 2;
    digits > 0
        && b.len() <= 12
        && !year
        && !date
        && b.iter().all(|c| c.is_ascii_digit() || b".,:/%-+()".contains(c))
        && (b[0].is_ascii_digit() || b.get(1).is_some_and(u8::is_ascii_digit))
}

/// Hash of the first or last `n` characters (a word no longer than `n` hashes apart).
fn affix(lower: &str, n: usize, suffix: bool) -> u64 {
    let cut = if suffix { lower.char_indices().rev().nth(n - 1) } else { lower.char_indices().nth(n) };
    match cut {
        Some((at, _)) if at > 0 => hash_bytes(if suffix { &lower.as_bytes()[at..] } else { &lower.as_bytes()[..at] }),
        _ => hash_bytes(lower.as_bytes()) ^ 0x55,
    }
}

/// A cluster id as a feature value in its own range; 2 for a word the table lacks.
fn cluster_value(id: Option<u16>, base: u64) -> u64 {
    match id {
        Some(id) if id != ClusterIds::ABSENT => base + id as u64,
        _ => 2,
    }
}

/// Reusable buffers for feature extraction.
#[derive(Default)]
pub struct FeatureBuffer {
    values: Vec<TokenValues>,
    gaz: Vec<u16>,
    lower: String,
    folded: String,
    shape: String,
    /// `FEATURES_PER_TOKEN` keys per token.
    pub keys: Vec<u64>,
    /// Per token, a key of everything the first `WORD_FEATURES` depend on (word and case).
    pub word_keys: Vec<u64>,
    /// `TABLE_FEATURES` keys per token when the sentence is a table row, else empty: the
    /// table's own weights, added to what the prose features say.
    pub table_keys: Vec<u64>,
    case: Option<SentenceCase>,
}

impl FeatureBuffer {
    /// How the last sentence extracted is cased (`Normal` before any).
    pub fn sentence_case(&self) -> SentenceCase {
        self.case.unwrap_or(SentenceCase::Normal)
    }

    /// Per token of the last sentence extracted, [`GazetteerIndex::tag_positions`]'s value.
    pub fn gazetteer_positions(&self) -> &[u16] {
        &self.gaz
    }
}

/// Fills `buffer.keys` with the features of every token of one sentence.
pub fn extract(words: &[&str], clusters: &Clusters, gazetteer: &GazetteerIndex, buffer: &mut FeatureBuffer) {
    let n = words.len();
    let case = sentence_case(words);
    buffer.case = Some(case);
    buffer.values.clear();
    buffer.gaz.clear();
    gazetteer.tag_positions(words, &mut buffer.gaz, &mut buffer.lower);
    for (i, w) in words.iter().enumerate() {
        let lower = &mut buffer.lower;
        lower.clear();
        push_normalised(lower, w);
        let lower_key: &str = if lower.bytes().any(|b| b.is_ascii_digit()) {
            // Numbers share a value per shape: "1,200" and "3,400" look alike to the model.
            buffer.folded.clear();
            buffer.folded.extend(lower.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }));
            &buffer.folded
        } else {
            lower
        };
        let cluster = clusters.get(lower);
        let word_hash = if case == SentenceCase::Normal { hash_bytes(w.as_bytes()) } else { 7 };
        shape_into(w, 4, &mut buffer.shape);
        let long_shape = hash_bytes(buffer.shape.as_bytes());
        shape_into(w, 1, &mut buffer.shape);
        buffer.values.push(TokenValues {
            word: word_hash,
            lower: hash_bytes(lower_key.as_bytes()),
            shape: long_shape,
            short_shape: hash_bytes(buffer.shape.as_bytes()),
            prefix3: affix(lower_key, 3, false),
            suffix2: affix(lower_key, 2, true),
            suffix3: affix(lower_key, 3, true),
            suffix4: affix(lower_key, 4, true),
            cluster_row: cluster_value(cluster.map(|c| c.row), 1000),
            cluster_fine: cluster_value(cluster.map(|c| c.fine), 100_000),
            cluster_coarse: cluster_value(cluster.map(|c| c.coarse), 200_000),
            news_fine: cluster_value(cluster.map(|c| c.news_fine), 300_000),
            news_coarse: cluster_value(cluster.map(|c| c.news_coarse), 400_000),
            gazetteer: buffer.gaz[i] as u64,
            title: 1 + u64::from(gazetteer.is_title(lower)),
        });
    }
    buffer.keys.clear();
    buffer.keys.reserve(n * FEATURES_PER_TOKEN);
    buffer.table_keys.clear();
    let table_row = is_table_row(words);
    buffer.word_keys.clear();
    let case_tag = case as u64 + 1;
    for (i, word) in words.iter().enumerate() {
        let v = &buffer.values[i];
        let at = |k: isize| -> &TokenValues {
            let j = i as isize + k;
            if j < 0 || j >= n as isize { &PAD } else { &buffer.values[j as usize] }
        };
        let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
        let first = u64::from(i == 0);
        let t = |template: u64, value: u64| finish(mix(template.wrapping_mul(0x9e37_79b9_7f4a_7c15), value));
        // The first WORD_FEATURES depend on the word and the sentence's case alone (the tagger
        // caches their sum per word); the rest look at position and neighbours.
        let features: [u64; FEATURES_PER_TOKEN] = [
            t(0, 0),
            t(1, v.word),
            t(2, v.lower),
            t(3, mix(v.shape, case_tag)),
            t(4, v.prefix3),
            t(5, v.suffix2),
            t(6, v.suffix3),
            t(7, v.suffix4),
            t(21, v.cluster_row),
            t(22, v.cluster_fine),
            t(23, v.cluster_coarse),
            t(32, v.news_fine),
            t(33, v.news_coarse),
            t(8, p1.lower),
            t(9, n1.lower),
            t(10, p2.lower),
            t(11, n2.lower),
            t(12, mix(p1.short_shape, case_tag)),
            t(13, mix(n1.short_shape, case_tag)),
            t(14, mix(p1.lower, v.lower)),
            t(15, mix(v.lower, n1.lower)),
            t(16, mix(mix(p1.short_shape, v.short_shape), mix(n1.short_shape, case_tag))),
            t(17, mix(first, mix(v.shape, case_tag))),
            t(18, v.gazetteer),
            t(19, p1.gazetteer),
            t(20, n1.gazetteer),
            t(24, p1.cluster_fine),
            t(25, n1.cluster_fine),
            t(26, mix(v.gazetteer, case_tag)),
            t(27, mix(p1.lower, v.cluster_coarse)),
            t(28, mix(v.cluster_coarse, n1.lower)),
            t(29, p2.cluster_coarse),
            t(30, n2.cluster_coarse),
            t(31, mix(v.word, n1.word)),
            t(34, p1.news_fine),
            t(35, n1.news_fine),
            t(36, mix(p1.title, mix(v.short_shape, case_tag))),
            t(37, mix(v.title, mix(n1.short_shape, case_tag))),
            t(38, mix(mix(p2.title, p1.short_shape), mix(v.short_shape, case_tag))),
        ];
        buffer.keys.extend_from_slice(&features);
        buffer.word_keys.push(mix(hash_bytes(word.as_bytes()), case_tag));
        if table_row {
            // Templates from 100 up: a table's weights never share a key with prose.
            let table: [u64; TABLE_FEATURES] = [
                t(100, 0),
                t(101, mix(v.short_shape, case_tag)),
                t(102, v.gazetteer),
                t(103, mix(v.gazetteer, n1.short_shape)),
                t(104, mix(p1.short_shape, v.short_shape)),
                t(105, mix(v.short_shape, n1.short_shape)),
                t(106, p1.lower),
                t(107, n1.lower),
                t(108, mix(first, v.news_coarse)),
                t(109, mix(v.gazetteer, p1.short_shape)),
            ];
            buffer.table_keys.extend_from_slice(&table);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("Lebanon", 4), "Xxxxx");
        assert_eq!(shape("2003", 4), "dddd");
        assert_eq!(shape("U.S.", 4), "X.X.");
        assert_eq!(shape("al-Qaida", 1), "x-Xx");
        assert_eq!(shape("CJTF-OIR", 1), "X-X");
    }

    #[test]
    fn sentence_case_detects_headlines_and_lowercase_text() {
        assert_eq!(sentence_case(&["BEIRUT", ",", "NOV", "26", "(", "REUTERS", ")"]), SentenceCase::Upper);
        assert_eq!(sentence_case(&["israel", "and", "lebanon", "held", "talks"]), SentenceCase::Lower);
        assert_eq!(sentence_case(&["Israel", "and", "Lebanon", "held", "talks"]), SentenceCase::Normal);
    }

    #[test]
    fn results_standings_and_price_rows_are_tables_and_prose_is_not() {
        let table = |line: &str| is_table_row(&line.split(' ').collect::<Vec<_>>());
        assert!(table("Carlisle 4 Exeter 2"));
        assert!(table("Carlisle 11 6 3 2 19 12 21"));
        assert!(table("Cardinals 74 61 .548 -"));
        assert!(table("2. Ines Okafor ( Kenya ) 13:02.15"));
        assert!(table("Carlisle 318-6 declared"));
        assert!(table("Vantor 12.80 -0.15"));
        assert!(!table("Storm Kills 14 In Dhaka"), "a headline");
        assert!(!table("Exports rose 4 percent in March ."), "prose");
        assert!(!table("Carlisle 2 Exeter 1 ."), "a sentence's stop");
        assert!(!table("Gala Night 1998"), "a year is no score");
        assert!(!table("OSLO 2001-05-17"), "a dateline");
        assert!(!table("Oslo 17/05/2001"), "a dateline");
        assert!(!table("Photos http://t.co/x7Q2 http://t.co/9kP3"), "web addresses");
        assert!(!table("Wednesday , March 4"), "one number beside two capitalised words: a date");
        assert!(table("Carlisle 2 ( Mbeki 8 , Lund 71 ) Exeter 0"), "scorers in parentheses");
        assert!(!table("Injured : Mosul 31 , Kirkuk 9 , Erbil 2"), "a list of places and counts");
    }

    #[test]
    fn only_table_rows_get_table_features() {
        let (clusters, gazetteer) = (Clusters::default(), GazetteerIndex::default());
        let mut buffer = FeatureBuffer::default();
        extract(&["Carlisle", "4", "Exeter", "2"], &clusters, &gazetteer, &mut buffer);
        assert_eq!(buffer.table_keys.len(), 4 * TABLE_FEATURES);
        assert!(buffer.table_keys.iter().all(|k| !buffer.keys.contains(k)), "a table's keys are its own");
        extract(&["Carlisle", "beat", "Exeter", "4-2", "."], &clusters, &gazetteer, &mut buffer);
        assert!(buffer.table_keys.is_empty());
    }

    /// The feature keys of one sentence.
    fn keys_of(words: &[&str], clusters: &Clusters, gazetteer: &GazetteerIndex) -> Vec<u64> {
        let mut buffer = FeatureBuffer::default();
        extract(words, clusters, gazetteer, &mut buffer);
        buffer.keys
    }

    /// Feature `feature` of token `token`.
    fn at(keys: &[u64], token: usize, feature: usize) -> u64 {
        keys[token * FEATURES_PER_TOKEN + feature]
    }

    // Positions of the context features the tests below look at (see the list in `extract`).
    const PREVIOUS_NEWS_FINE: usize = 34;
    const NEXT_NEWS_FINE: usize = 35;
    const AFTER_TITLE: usize = 36;
    const BEFORE_NAME: usize = 37;

    #[test]
    fn words_of_one_newswire_cluster_share_its_features_and_unknown_words_share_none() {
        let clusters =
            Clusters::parse("sloop\t65535\t65535\t65535\t40\t5\nketch\t9\t9\t9\t40\t5\nyawl\t9\t9\t9\t41\t5\n");
        let gazetteer = GazetteerIndex::default();
        let keys_of = |words: &[&str]| keys_of(words, &clusters, &gazetteer);
        let (news_fine, news_coarse) = (WORD_FEATURES - 2, WORD_FEATURES - 1);
        let sloop = keys_of(&["the", "sloop", "sailed"]);
        let ketch = keys_of(&["the", "ketch", "sailed"]);
        let yawl = keys_of(&["the", "yawl", "sailed"]);
        assert_eq!(at(&sloop, 1, news_fine), at(&ketch, 1, news_fine));
        assert_ne!(at(&sloop, 1, news_fine), at(&yawl, 1, news_fine));
        assert_eq!(at(&sloop, 1, news_coarse), at(&yawl, 1, news_coarse));
        // The neighbour's class reaches the words beside it.
        assert_eq!(at(&sloop, 0, NEXT_NEWS_FINE), at(&ketch, 0, NEXT_NEWS_FINE));
        assert_eq!(at(&sloop, 2, PREVIOUS_NEWS_FINE), at(&ketch, 2, PREVIOUS_NEWS_FINE));
        assert_ne!(at(&sloop, 0, NEXT_NEWS_FINE), at(&yawl, 0, NEXT_NEWS_FINE));
        assert_ne!(at(&sloop, 2, PREVIOUS_NEWS_FINE), at(&yawl, 2, PREVIOUS_NEWS_FINE));
        // A word the web-text table marks absent looks like a word in no table at all ("dinghy");
        // the newswire class still tells them apart.
        let dinghy = keys_of(&["the", "dinghy", "sailed"]);
        assert_eq!(at(&sloop, 1, 8), at(&dinghy, 1, 8));
        assert_ne!(at(&sloop, 1, news_fine), at(&dinghy, 1, news_fine));
    }

    #[test]
    fn a_title_before_a_word_is_a_class_the_tagger_sees() {
        let gazetteer = GazetteerIndex::build(&crate::nlp::gazetteer::Gazetteer::parse(""));
        let clusters = Clusters::default();
        let keys_of = |words: &[&str]| keys_of(words, &clusters, &gazetteer);
        let (after_title, before_name) = (AFTER_TITLE, BEFORE_NAME);
        let justice = keys_of(&["Justice", "Ortiz", "ruled"]);
        let bishop = keys_of(&["Bishop", "Ortiz", "ruled"]);
        let zorvath = keys_of(&["Zorvath", "Ortiz", "ruled"]);
        assert_eq!(at(&justice, 1, after_title), at(&bishop, 1, after_title));
        assert_ne!(at(&justice, 1, after_title), at(&zorvath, 1, after_title));
        assert_eq!(at(&justice, 0, before_name), at(&bishop, 0, before_name));
        assert_ne!(at(&justice, 0, before_name), at(&zorvath, 0, before_name));
        assert!(gazetteer.is_title("gen.") && gazetteer.is_title("mrs") && !gazetteer.is_title("ortiz"));
    }

    #[test]
    fn every_token_gets_the_same_number_of_distinct_features() {
        let clusters = Clusters::default();
        let gazetteer = GazetteerIndex::default();
        let mut buffer = FeatureBuffer::default();
        let words = ["Mr.", "Aoun", "visited", "Naqoura", "."];
        extract(&words, &clusters, &gazetteer, &mut buffer);
        assert_eq!(buffer.keys.len(), words.len() * FEATURES_PER_TOKEN);
        let token = &buffer.keys[FEATURES_PER_TOKEN..2 * FEATURES_PER_TOKEN];
        let distinct: std::collections::HashSet<_> = token.iter().collect();
        assert_eq!(distinct.len(), FEATURES_PER_TOKEN);
        // The same word in the same context gives the same keys; a different word does not.
        let mut again = FeatureBuffer::default();
        extract(&words, &clusters, &gazetteer, &mut again);
        assert_eq!(buffer.keys, again.keys);
        extract(&["Mr.", "Berri", "visited", "Naqoura", "."], &clusters, &gazetteer, &mut again);
        assert_ne!(buffer.keys[FEATURES_PER_TOKEN + 1], again.keys[FEATURES_PER_TOKEN + 1]);
    }
}
