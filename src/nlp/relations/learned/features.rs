//! What the pair classifier sees of two mentions in a sentence: the words between and around
//! them, their types, order, distance, how many names sit between, and negation.

use crate::nlp::ner::hash::{finish, hash_bytes, mix};

/// The coarse type of a mention, as the corpora and the graph share it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairType {
    Person,
    Organisation,
    Location,
}

impl PairType {
    fn as_str(self) -> &'static str {
        match self {
            PairType::Person => "PER",
            PairType::Organisation => "ORG",
            PairType::Location => "LOC",
        }
    }
}

/// One mention of a pair: tokens `[start, end)` of the sentence and its type.
#[derive(Debug, Clone, Copy)]
pub struct PairMention {
    pub start: usize,
    pub end: usize,
    pub kind: PairType,
}

/// Between-word windows longer than this keep only their two ends.
const NEAR: usize = 12;

fn key(template: &str, parts: &[&str]) -> u64 {
    let mut h = hash_bytes(template.as_bytes());
    for p in parts {
        h = mix(h, hash_bytes(p.as_bytes()));
    }
    finish(h)
}

fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=8 => "6-8",
        9..=12 => "9-12",
        13..=20 => "13-20",
        _ => "21+",
    }
}

/// Feature keys of the pair `first` (earlier in the sentence) and `second`, over the sentence's
/// lower-cased words; `names_between` counts the other mentions between them.
pub fn pair_features(
    words: &[&str],
    first: PairMention,
    second: PairMention,
    names_between: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    let word = |i: usize| words.get(i).copied().unwrap_or("<none>");
    let types = format!("{}-{}", first.kind.as_str(), second.kind.as_str());
    let types = types.as_str();
    let between = &words[first.end.min(second.start)..second.start];
    let distance = bucket(between.len());
    out.push(key("bias", &[]));
    out.push(key("types", &[types]));
    out.push(key("distance", &[types, distance]));
    out.push(key("names-between", &[bucket(names_between)]));
    out.push(key("before-first", &[word(first.start.wrapping_sub(1))]));
    out.push(key("before-first2", &[word(first.start.wrapping_sub(2)), word(first.start.wrapping_sub(1))]));
    out.push(key("after-second", &[word(second.end)]));
    out.push(key("after-second2", &[word(second.end), word(second.end + 1)]));
    out.push(key("head-first", &[types, word(first.end - 1)]));
    out.push(key("head-second", &[types, word(second.end - 1)]));
    if between.is_empty() {
        out.push(key("adjacent", &[types]));
        return;
    }
    out.push(key("first-between", &[types, between[0]]));
    out.push(key("last-between", &[types, between[between.len() - 1]]));
    out.push(key("ends-between", &[between[0], between[between.len() - 1]]));
    let near = between.len() <= NEAR;
    let window: Vec<&str> = if near {
        between.to_vec()
    } else {
        between[..4].iter().chain(&between[between.len() - 4..]).copied().collect()
    };
    let tag = if near { "between" } else { "between-far" };
    for (i, w) in window.iter().enumerate() {
        out.push(key(tag, &[w]));
        out.push(key("typed-between", &[types, w]));
        if let Some(next) = window.get(i + 1) {
            out.push(key("between-bigram", &[w, next]));
        }
    }
    if between.iter().any(|w| matches!(*w, "not" | "n't" | "never" | "no" | "denied" | "without")) {
        out.push(key("negated", &[types]));
    }
    if between.len() == 1 && matches!(between[0], "," | "(" | "of" | "in") {
        out.push(key("tight", &[types, between[0]]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(sentence: &str, a: (usize, usize), b: (usize, usize)) -> Vec<u64> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut out = Vec::new();
        let m = |(start, end), kind| PairMention { start, end, kind };
        pair_features(&words, m(a, PairType::Person), m(b, PairType::Organisation), 0, &mut out);
        out
    }

    #[test]
    fn features_see_the_words_between_and_the_order() {
        let works = features("anna berg , who works for the harbour trust , spoke", (0, 2), (7, 9));
        let leads = features("anna berg , who leads the harbour trust , spoke", (0, 2), (6, 8));
        let shared = works.iter().filter(|k| leads.contains(k)).count();
        assert!(shared >= 4 && shared < works.len(), "types and context are shared, the verbs are not");
        assert!(works.contains(&key("between", &["works"])) && !leads.contains(&key("between", &["works"])));
        // Far apart: only the ends of the gap are read, so the key count stays bounded.
        let long: String = std::iter::repeat_n("word", 200).collect::<Vec<_>>().join(" ");
        let far = features(&format!("anna berg {long} harbour trust"), (0, 2), (202, 204));
        assert!(far.len() < 40 && far.contains(&key("between-far", &["word"])));
    }

    #[test]
    fn negation_is_a_feature() {
        let said = features("anna berg never worked for harbour trust", (0, 2), (5, 7));
        assert!(said.contains(&key("negated", &["PER-ORG"])));
        assert!(
            !features("anna berg worked for harbour trust", (0, 2), (4, 6)).contains(&key("negated", &["PER-ORG"]))
        );
    }
}
