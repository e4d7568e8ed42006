//! Extra training copies of the tagger's sentences: in other cases (ALL CAPS, lowercase, a wire
//! dateline) and with only the names lowercased, so the tagger meets names as web text and
//! headlines write them.

use dramatis::nlp::ner::{EntityType, Span};

use crate::train_ner::{LabeledSentence, Rng};

/// Case augmentation: a share of sentences also appear in ALL CAPS and in lowercase, so the
/// tagger learns names from words, clusters and gazetteers, not from capitals alone. A smaller
/// share gets a wire-style dateline ("BAGHDAD , …" / "BAGHDAD - …") built from a place the
/// sentence names, since GMB has none and news pages open with them.
pub fn augment_case(sentences: &[LabeledSentence], share_percent: u64, seed: u64) -> Vec<LabeledSentence> {
    let mut rng = Rng(seed | 1);
    let mut out = Vec::with_capacity(sentences.len() * (100 + 2 * share_percent as usize) / 100);
    for s in sentences {
        out.push(s.clone());
        let roll = rng.next() % 100;
        if roll < share_percent {
            out.push(LabeledSentence { words: s.words.iter().map(|w| w.to_uppercase()).collect(), ..s.clone() });
        } else if roll < 2 * share_percent {
            out.push(LabeledSentence { words: s.words.iter().map(|w| w.to_lowercase()).collect(), ..s.clone() });
        }
        if rng.next() % 100 < share_percent / 3
            && let Some(place) = s.spans.iter().find(|sp| sp.kind == EntityType::Gpe && sp.end - sp.start == 1)
        {
            let separator = if rng.next().is_multiple_of(2) { "," } else { "-" };
            let mut words = vec![s.words[place.start].to_uppercase(), separator.to_string()];
            words.extend(s.words.iter().cloned());
            let mut spans = vec![Span { start: 0, end: 1, kind: EntityType::Gpe }];
            spans.extend(s.spans.iter().map(|sp| Span { start: sp.start + 2, end: sp.end + 2, kind: sp.kind }));
            let masked = s.masked.iter().map(|&(a, b)| (a + 2, b + 2)).collect();
            out.push(LabeledSentence { words, spans, masked, ..s.clone() });
        }
    }
    out
}

/// Copies of `share_percent` of the sentences with names in them whose names alone are
/// lowercased ("we saw justin bieber in Paris"): web text writes names so inside sentences of
/// normal case, where whole-sentence copies never put them. Its own random stream, so the
/// other copies stay as they were.
pub fn lowercase_mentions(sentences: &[LabeledSentence], share_percent: u64, seed: u64) -> Vec<LabeledSentence> {
    let mut rng = Rng(seed.rotate_left(29) | 1);
    let mut out = Vec::new();
    for s in sentences.iter().filter(|s| !s.spans.is_empty()) {
        if rng.next() % 100 >= share_percent {
            continue;
        }
        let mut words = s.words.clone();
        for span in &s.spans {
            for w in &mut words[span.start..span.end] {
                *w = w.to_lowercase();
            }
        }
        if words != s.words {
            out.push(LabeledSentence { words, ..s.clone() });
        }
    }
    out
}

/// Copies of `share_percent` of the sentences with names in them, each person, organisation or
/// place name replaced by another name of its type drawn from every training sentence (mention
/// replacement): the copy keeps the context and changes the name, so the tagger learns what a
/// context says of a name it has never met — and names of one corpus meet the contexts of the
/// others. Names under a masked range stay. Its own random stream, like the other copies.
pub fn replace_mentions(sentences: &[LabeledSentence], share_percent: u64, seed: u64) -> Vec<LabeledSentence> {
    use std::collections::BTreeSet;
    let replaceable =
        |kind: EntityType| matches!(kind, EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Loc);
    let mut pools: std::collections::BTreeMap<u8, BTreeSet<Vec<String>>> = Default::default();
    for s in sentences {
        for span in s.spans.iter().filter(|sp| replaceable(sp.kind)) {
            pools.entry(span.kind as u8).or_default().insert(s.words[span.start..span.end].to_vec());
        }
    }
    let pools: std::collections::BTreeMap<u8, Vec<Vec<String>>> =
        pools.into_iter().map(|(k, names)| (k, names.into_iter().collect())).collect();
    let mut rng = Rng(seed.rotate_left(41) | 1);
    let mut out = Vec::new();
    for s in sentences.iter().filter(|s| s.spans.iter().any(|sp| replaceable(sp.kind))) {
        if rng.next() % 100 >= share_percent {
            continue;
        }
        let mut spans = s.spans.clone();
        spans.sort_by_key(|sp| sp.start);
        // Nested or overlapping spans have no one place to put a new name: left as they are.
        if spans.windows(2).any(|w| w[1].start < w[0].end) {
            continue;
        }
        // Where each old token boundary lands in the copy.
        let mut moved_to = vec![0usize; s.words.len() + 1];
        let mut words = Vec::with_capacity(s.words.len() + 4);
        let mut new_spans = Vec::with_capacity(spans.len());
        let mut at = 0;
        for span in &spans {
            while at < span.start {
                moved_to[at] = words.len();
                words.push(s.words[at].clone());
                at += 1;
            }
            moved_to[span.start] = words.len();
            let under_mask = s.masked.iter().any(|&(a, b)| a < span.end && span.start < b);
            let pool = pools.get(&(span.kind as u8)).filter(|_| replaceable(span.kind) && !under_mask);
            match pool {
                Some(pool) => words.extend(pool[(rng.next() % pool.len() as u64) as usize].iter().cloned()),
                None => {
                    for (i, word) in s.words.iter().enumerate().take(span.end).skip(span.start) {
                        moved_to[i] = words.len();
                        words.push(word.clone());
                    }
                }
            }
            new_spans.push(Span { start: moved_to[span.start], end: words.len(), kind: span.kind });
            at = span.end;
        }
        while at < s.words.len() {
            moved_to[at] = words.len();
            words.push(s.words[at].clone());
            at += 1;
        }
        moved_to[s.words.len()] = words.len();
        // A masked range may run past the sentence's end (readers clamp it).
        let end = s.words.len();
        let masked = s.masked.iter().map(|&(a, b)| (moved_to[a.min(end)], moved_to[b.min(end)])).collect();
        if words != s.words {
            out.push(LabeledSentence { words, spans: new_spans, masked, ..s.clone() });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpora::tests::sentence;

    #[test]
    fn case_augmentation_adds_upper_and_lower_copies_deterministically() {
        let base: Vec<LabeledSentence> = (0..200).map(|_| sentence(&["Lebanon", "talks"], &["B-geo", "O"])).collect();
        let a = augment_case(&base, 10, 42);
        let b = augment_case(&base, 10, 42);
        assert_eq!(a.len(), b.len());
        assert!(a.len() > 220 && a.len() < 290, "{}", a.len());
        assert!(a.iter().any(|s| s.words[0] == "LEBANON"));
        assert!(a.iter().any(|s| s.words[0] == "lebanon"));
        let dateline = a.iter().find(|s| s.words.len() == 4).expect("a dateline copy");
        assert_eq!(dateline.words[0], "LEBANON");
        assert_eq!(dateline.spans[0], Span { start: 0, end: 1, kind: EntityType::Gpe });
        assert_eq!(dateline.spans[1], Span { start: 2, end: 3, kind: EntityType::Gpe });
    }

    #[test]
    fn mention_copies_lowercase_the_names_and_nothing_else() {
        let named = sentence(
            &["We", "met", "Ana", "Ortiz", "in", "Lyon", "."],
            &["O", "O", "B-per", "I-per", "O", "B-geo", "O"],
        );
        let unnamed = sentence(&["It", "rained", "."], &["O", "O", "O"]);
        let copies = lowercase_mentions(&[named.clone(), unnamed.clone()], 100, 7);
        assert_eq!(copies.len(), 1, "a sentence without names has nothing to copy");
        assert_eq!(copies[0].words, ["We", "met", "ana", "ortiz", "in", "lyon", "."]);
        assert_eq!(copies[0].spans, named.spans);
        assert!(lowercase_mentions(std::slice::from_ref(&named), 0, 7).is_empty());
        let many = vec![named; 400];
        let (a, b) = (lowercase_mentions(&many, 5, 7), lowercase_mentions(&many, 5, 7));
        assert_eq!(a.len(), b.len(), "deterministic");
        assert!((8..40).contains(&a.len()), "about one in twenty: {}", a.len());
    }

    #[test]
    fn mention_replacement_swaps_names_of_one_type_and_keeps_the_context() {
        let a = sentence(
            &["Talks", "in", "Lyon", "with", "Ana", "Ortiz", "."],
            &["O", "O", "B-geo", "O", "B-per", "I-per", "O"],
        );
        let b = sentence(&["Pedro", "visited", "Kigali", "."], &["B-per", "O", "B-geo", "O"]);
        let mut masked = sentence(&["Vega", "flew", "the", "Mk", "II", "."], &["B-per", "O", "O", "O", "O", "O"]);
        masked.masked = vec![(3, 5)];
        let mut input = vec![a.clone(), b.clone()];
        input.extend(std::iter::repeat_n(masked.clone(), 20));
        let copies = replace_mentions(&input, 100, 7);
        assert!(copies.iter().any(|c| c.words[1] == "Ortiz" && c.words[2] == "flew"), "a longer name moved the mask");
        assert!(!copies.is_empty());
        let places = [["Lyon"].as_slice(), &["Kigali"]];
        let people = [["Ana", "Ortiz"].as_slice(), &["Pedro"], &["Vega"]];
        for copy in &copies {
            for span in &copy.spans {
                let name: Vec<&str> = copy.words[span.start..span.end].iter().map(String::as_str).collect();
                match span.kind {
                    EntityType::Gpe | EntityType::Loc => assert!(places.contains(&name.as_slice()), "{name:?}"),
                    EntityType::Person => assert!(people.contains(&name.as_slice()), "{name:?}"),
                    other => panic!("{other:?}"),
                }
            }
        }
        // The context words stay where they were relative to the names, and a masked range
        // still covers the same words.
        for copy in copies.iter().filter(|c| c.words.last().is_some_and(|w| w == ".")) {
            if copy.words.contains(&"flew".to_string()) {
                let (from, to) = copy.masked[0];
                assert_eq!(copy.words[from..to], ["Mk", "II"]);
            }
            if copy.words[0] == "Talks" {
                assert_eq!(copy.words[copy.spans[0].end], "with");
            }
        }
        let again = replace_mentions(&input, 100, 7);
        assert_eq!(
            copies.iter().map(|c| &c.words).collect::<Vec<_>>(),
            again.iter().map(|c| &c.words).collect::<Vec<_>>()
        );
        assert!(replace_mentions(&[a, b], 0, 7).is_empty());
    }
}
