//! Document memory for training: every sentence of a multi-sentence document gets the
//! recollections a model that never saw that document's *corpus* gives it — one base model per
//! corpus with documents, trained on all the others — so the final model learns to trust the
//! memory as far as it deserves on text from a new source, not as far as predictions on familiar
//! text would suggest.

use std::collections::BTreeMap;

use dramatis::nlp::ner::Scratch;
use dramatis::nlp::ner::memory::DocumentMemory;
use dramatis::nlp::ner::tables::{Clusters, GazetteerIndex};

use crate::train_ner::{LabeledSentence, TrainOptions, train_on};

/// The fold of a document: its corpus (the top byte of the document number).
fn fold(document: u32) -> u32 {
    document >> 24
}

/// Fills `memory` of every sentence in a document of two or more sentences.
pub fn assign_memory(
    training: &mut [LabeledSentence],
    clusters: &Clusters,
    gazetteer: &GazetteerIndex,
    options: &TrainOptions,
    log: &mut dyn FnMut(&str),
) {
    // Sentence indices per document, in text order.
    let mut documents: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, s) in training.iter().enumerate() {
        if let Some(d) = s.document {
            documents.entry(d).or_default().push(i);
        }
    }
    documents.retain(|_, sentences| sentences.len() > 1);
    let folds: std::collections::BTreeSet<u32> = documents.keys().map(|&d| fold(d)).collect();
    let in_fold = |s: &LabeledSentence, k: u32| s.document.is_some_and(|d| fold(d) == k);
    let base_options = TrainOptions { memory: false, ..options.clone() };
    for (n, &k) in folds.iter().enumerate() {
        let rest: Vec<LabeledSentence> = training.iter().filter(|s| !in_fold(s, k)).cloned().collect();
        log(&format!("document memory: base model {} of {} on {} sentences", n + 1, folds.len(), rest.len()));
        let base = train_on(&rest, clusters.clone(), gazetteer.clone(), &base_options, |_| {});
        let mut scratch = Scratch::default();
        for (&d, sentences) in &documents {
            if fold(d) != k {
                continue;
            }
            let mut memory = DocumentMemory::default();
            let mut tags: Vec<Vec<usize>> = Vec::with_capacity(sentences.len());
            for &i in sentences {
                let words = training[i].word_refs();
                base.decode(&words, &mut scratch);
                memory.add(&words, &scratch.tags);
                tags.push(std::mem::take(&mut scratch.tags));
            }
            let mut recollections = Vec::new();
            for (&i, own) in sentences.iter().zip(&tags) {
                memory.recall(&training[i].word_refs(), Some(own), &mut recollections);
                training[i].memory = if recollections.iter().any(Option::is_some) {
                    std::mem::take(&mut recollections)
                } else {
                    Vec::new()
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::train_ner::tests::toy_corpus;

    #[test]
    fn sentences_of_shared_documents_get_memory_and_lone_sentences_none() {
        let gazetteer = crate::corpora::tests::gazetteer();
        let mut corpus = toy_corpus();
        // Two corpora of one document each (the top byte numbers the corpus).
        let n = corpus.len();
        for (i, s) in corpus.iter_mut().enumerate() {
            s.document = Some(if i < n / 2 { 1 << 24 } else { 2 << 24 });
        }
        corpus.push(LabeledSentence {
            words: vec!["Tavira".into(), "slept".into()],
            document: Some(3 << 24),
            ..LabeledSentence::default()
        });
        let options = TrainOptions { epochs: 3, ..TrainOptions::default() };
        assign_memory(&mut corpus, &Clusters::default(), &gazetteer, &options, &mut |_| {});
        assert!(corpus.last().is_some_and(|s| s.memory.is_empty()), "a one-sentence document has no memory");
        let with_memory = corpus.iter().filter(|s| !s.memory.is_empty()).count();
        assert!(with_memory > 0, "sentences sharing capitalised words with their document remember them");
        for s in corpus.iter().filter(|s| !s.memory.is_empty()) {
            assert_eq!(s.memory.len(), s.words.len());
        }
        // Deterministic: the same input gives the same memory.
        let mut again = toy_corpus();
        for (i, s) in again.iter_mut().enumerate() {
            s.document = Some(if i < n / 2 { 1 << 24 } else { 2 << 24 });
        }
        assign_memory(&mut again, &Clusters::default(), &gazetteer, &options, &mut |_| {});
        assert!(again.iter().zip(&corpus).all(|(a, b)| a.memory == b.memory));
    }
}
