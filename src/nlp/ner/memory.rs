//! Document memory: what a first tagging pass called each capitalised word elsewhere in the same
//! document, turned into features of a second pass — non-local evidence, so that a name read
//! clearly in one sentence ("the town of Coron") informs its bare mentions in the others.
//!
//! The model learns how far to trust the memory: training computes it from predictions of
//! models that never saw the document (two folds), so it is as noisy as at tagging time.

use std::collections::HashMap;

use super::features::SentenceCase;
use super::hash::{finish, mix};
use super::model::tag_of;
use super::types::EntityType;

/// Feature keys a token's memory adds.
pub const MEMORY_FEATURES: usize = 2;

/// Outside any name, then one class per entity type.
const CLASSES: usize = 1 + EntityType::ALL.len();

/// What the rest of a document called one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recollection {
    /// 0 = outside a name, else 1 + the type's index in [`EntityType::ALL`].
    pub class: u8,
    /// At least two thirds of the other occurrences agree.
    pub strong: bool,
    /// Seen at least three times elsewhere.
    pub often: bool,
}

/// Whether a word is remembered and looked up: it starts with a capital and has two or more
/// characters (the pronoun "I" and initials carry no name).
pub fn remembered(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some()
}

fn class_of(tag: usize) -> usize {
    tag_of(tag).map_or(0, |(_, kind)| 1 + kind as usize)
}

/// Per capitalised word form (lowercased), how often each class was predicted for it.
#[derive(Debug, Default, Clone)]
pub struct DocumentMemory {
    counts: HashMap<String, [u32; CLASSES]>,
}

impl DocumentMemory {
    /// Remembers one tagged sentence. Only normally cased sentences count: in a headline or a
    /// lowercase line capitals say little, and such lines are what the memory helps.
    pub fn add(&mut self, words: &[&str], tags: &[usize]) {
        if super::features::sentence_case(words) != SentenceCase::Normal {
            return;
        }
        for (w, &t) in words.iter().zip(tags) {
            if remembered(w) {
                self.counts.entry(w.to_lowercase()).or_insert([0; CLASSES])[class_of(t)] += 1;
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Each token's recollection from the *other* sentences: `own` are the tags this sentence
    /// was remembered with (`None` when it was not added), subtracted first.
    pub fn recall(&self, words: &[&str], own: Option<&[usize]>, out: &mut Vec<Option<Recollection>>) {
        out.clear();
        let counted = own.filter(|_| super::features::sentence_case(words) == SentenceCase::Normal);
        for (i, w) in words.iter().enumerate() {
            if !remembered(w) {
                out.push(None);
                continue;
            }
            let lower = w.to_lowercase();
            let Some(mut counts) = self.counts.get(&lower).copied() else {
                out.push(None);
                continue;
            };
            if let Some(tags) = counted {
                // The same form elsewhere in this sentence still counts; this token does not.
                counts[class_of(tags[i])] = counts[class_of(tags[i])].saturating_sub(1);
            }
            let total: u32 = counts.iter().sum();
            if total == 0 {
                out.push(None);
                continue;
            }
            // The last of equal counts wins: ties go to the name classes, which carry the information.
            let (class, &count) = counts.iter().enumerate().max_by_key(|(_, c)| **c).expect("CLASSES is not empty");
            out.push(Some(Recollection { class: class as u8, strong: count * 3 >= total * 2, often: total >= 3 }));
        }
    }
}

/// The memory features of one token's recollection.
pub fn memory_keys(r: Recollection, sentence_initial: bool) -> [u64; MEMORY_FEATURES] {
    let value = mix(u64::from(r.class), u64::from(r.strong));
    let t = |template: u64, value: u64| finish(mix(template.wrapping_mul(0x9e37_79b9_7f4a_7c15), value));
    [t(40, value), t(41, mix(value, mix(u64::from(r.often), u64::from(sentence_initial))))]
}

/// Every key [`memory_keys`] can make (to tell whether a model learned any of them).
pub fn all_memory_keys() -> Vec<u64> {
    let mut keys = Vec::new();
    for class in 0..CLASSES as u8 {
        for strong in [false, true] {
            for often in [false, true] {
                for initial in [false, true] {
                    keys.extend(memory_keys(Recollection { class, strong, often }, initial));
                }
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::ner::model::tags_of;
    use crate::nlp::ner::types::Span;

    fn tags(len: usize, spans: &[(usize, usize, EntityType)]) -> Vec<usize> {
        let spans: Vec<Span> = spans.iter().map(|&(start, end, kind)| Span { start, end, kind }).collect();
        tags_of(&spans, len)
    }

    #[test]
    fn a_word_recalls_what_other_sentences_called_it_not_itself() {
        let first = ["Ferries", "reach", "Tavira", "daily", "."];
        let second = ["Tavira", "hosts", "a", "fair", "."];
        let mut memory = DocumentMemory::default();
        let first_tags = tags(5, &[(2, 3, EntityType::Gpe)]);
        let second_tags = tags(5, &[(0, 1, EntityType::Person)]);
        memory.add(&first, &first_tags);
        memory.add(&second, &second_tags);
        let mut out = Vec::new();
        memory.recall(&second, Some(&second_tags), &mut out);
        let gpe = 1 + EntityType::Gpe as u8;
        assert_eq!(out[0], Some(Recollection { class: gpe, strong: true, often: false }));
        assert_eq!(out[1], None, "lowercase words are not remembered");
        // The first sentence's own reading is taken out: only the second one's remains.
        memory.recall(&first, Some(&first_tags), &mut out);
        assert_eq!(out[2].map(|r| r.class), Some(1 + EntityType::Person as u8));
        // "Ferries" was only ever outside a name, and only here.
        assert_eq!(out[0], None);
    }

    #[test]
    fn headlines_are_not_remembered_but_recall() {
        let mut memory = DocumentMemory::default();
        let headline = ["STORM", "HITS", "TAVIRA", "COAST", "AGAIN", "TODAY"];
        memory.add(&headline, &tags(6, &[(2, 3, EntityType::Org)]));
        assert!(memory.is_empty());
        memory.add(&["Rain", "fell", "on", "Tavira", "."], &tags(5, &[(3, 4, EntityType::Gpe)]));
        let mut out = Vec::new();
        memory.recall(&headline, None, &mut out);
        assert_eq!(out[2].map(|r| r.class), Some(1 + EntityType::Gpe as u8));
    }

    #[test]
    fn keys_differ_by_class_and_from_the_tagger_features() {
        let keys = all_memory_keys();
        assert_eq!(keys.len(), CLASSES * 2 + CLASSES * 2 * 2 * 2);
        let mut buffer = crate::nlp::ner::features::FeatureBuffer::default();
        let gazetteer = crate::nlp::ner::tables::GazetteerIndex::default();
        let clusters = crate::nlp::ner::tables::Clusters::default();
        crate::nlp::ner::features::extract(&["Tavira", "hosts", "a", "fair"], &clusters, &gazetteer, &mut buffer);
        assert!(buffer.keys.iter().all(|k| !keys.contains(k)));
    }
}
