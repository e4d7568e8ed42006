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
}
