//! NER evaluation: per-type and micro precision/recall/F1 on the GMB held-out split, on the
//! re3d-dev annotations and on every training corpus's dev or test split, for our tagger or for
//! any tagger's `dramatis tag`-style output.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::corpora::{CorpusSpec, Split, is_held_out, load, read_gmb};
use crate::eval_re3d::re3d_folders;
use crate::re3d_corpus::{UNMAPPED, re3d_sentences};

use dramatis::nlp::ner::tables::GazetteerIndex;
use dramatis::nlp::ner::{EntityType, Model, NerError, Scratch, Span, tag_document};

/// Sentences with gold spans labelled by class name.
#[derive(Debug, Clone, Default)]
pub struct NerCorpus {
    pub sentences: Vec<Vec<String>>,
    pub gold: Vec<Vec<(usize, usize, String)>>,
    /// Index of the document each sentence belongs to.
    pub document: Vec<usize>,
}

impl NerCorpus {
    pub fn word_refs(&self, i: usize) -> Vec<&str> {
        self.sentences[i].iter().map(String::as_str).collect()
    }

    /// One `{"tokens": [...]}` line per sentence: the input of `dramatis tag`.
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for s in &self.sentences {
            out.push_str(&serde_json::json!({ "tokens": s }).to_string());
            out.push('\n');
        }
        out
    }
}

/// The GMB held-out split (every 10th sentence), labelled with our type names.
pub fn gmb_heldout(path: &Path, gazetteer: &GazetteerIndex) -> Result<NerCorpus, NerError> {
    let mut corpus = NerCorpus::default();
    for (i, s) in read_gmb(path, gazetteer)?.into_iter().enumerate().filter(|(i, _)| is_held_out(*i)) {
        corpus.gold.push(s.spans.iter().map(|sp| (sp.start, sp.end, sp.kind.as_str().to_string())).collect());
        corpus.sentences.push(s.words);
        corpus.document.push(i);
    }
    Ok(corpus)
}

/// re3d-dev documents split into sentences by our tokenizer, with named Person, Organisation
/// and Location entities as gold (`PER`, `ORG`, `LOC`).
pub fn re3d(root: &Path) -> Result<NerCorpus, NerError> {
    let bad =
        |e: crate::eval_re3d::EvalError| NerError::Corpus { path: root.display().to_string(), reason: e.to_string() };
    let mut corpus = NerCorpus::default();
    for folder in re3d_folders(root).map_err(bad)? {
        let first_document = corpus.document.last().map_or(0, |d| d + 1);
        for s in re3d_sentences(&folder)? {
            corpus.sentences.push(s.words);
            corpus.gold.push(s.mentions.into_iter().filter(|m| m.2 != UNMAPPED).collect());
            corpus.document.push(first_document + s.document);
        }
    }
    Ok(corpus)
}

/// Our tagger over a corpus: sentence by sentence, or per document with the consistency pass.
pub fn predict(model: &Model, corpus: &NerCorpus, by_document: bool) -> Vec<Vec<Span>> {
    if !by_document {
        let mut scratch = Scratch::default();
        return (0..corpus.sentences.len()).map(|i| model.tag(&corpus.word_refs(i), &mut scratch)).collect();
    }
    let mut out = Vec::with_capacity(corpus.sentences.len());
    let mut i = 0;
    while i < corpus.sentences.len() {
        let doc = corpus.document[i];
        let end = (i..corpus.sentences.len()).find(|&j| corpus.document[j] != doc).unwrap_or(corpus.sentences.len());
        let sentences: Vec<Vec<&str>> = (i..end).map(|j| corpus.word_refs(j)).collect();
        out.extend(tag_document(model, &sentences));
        i = end;
    }
    out
}

/// Reads `dramatis tag`-style output: one `{"entities": [...]}` line per sentence.
pub fn read_predictions(path: &Path) -> Result<Vec<Vec<Span>>, NerError> {
    #[derive(serde::Deserialize)]
    struct Line {
        entities: Vec<Span>,
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| NerError::Corpus { path: path.display().to_string(), reason: e.to_string() })?;
    text.lines()
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str::<Line>(l).map(|l| l.entities).map_err(|e| NerError::Corpus {
                path: path.display().to_string(),
                reason: format!("line {}: {e}", i + 1),
            })
        })
        .collect()
}

/// Predicted and gold spans of one class, and how many of each found a match (with overlap
/// matching one predicted span may cover two gold spans, so the two sides are counted apart).
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub predicted: usize,
    pub predicted_correct: usize,
    pub gold: usize,
    pub gold_found: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        self.predicted_correct as f64 / self.predicted.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.gold_found as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn add(&mut self, o: Counts) {
        self.predicted += o.predicted;
        self.predicted_correct += o.predicted_correct;
        self.gold += o.gold;
        self.gold_found += o.gold_found;
    }
}

/// Scores spans per class; `class_of` maps a predicted type to a gold class name (or drops it).
/// Exact: same tokens and class. Overlap: shares a token with one of the same class.
pub fn score(
    gold: &[Vec<(usize, usize, String)>],
    predicted: &[Vec<Span>],
    class_of: impl Fn(EntityType) -> Option<&'static str>,
    gold_class: impl Fn(&str) -> String,
    overlap: bool,
) -> BTreeMap<String, Counts> {
    let mut by_class: BTreeMap<String, Counts> = BTreeMap::new();
    for (g, p) in gold.iter().zip(predicted) {
        let g: Vec<(usize, usize, String)> = g.iter().map(|(s, e, c)| (*s, *e, gold_class(c))).collect();
        let p: Vec<(usize, usize, String)> =
            p.iter().filter_map(|s| class_of(s.kind).map(|c| (s.start, s.end, c.to_string()))).collect();
        let matches = |a: &(usize, usize, String), b: &(usize, usize, String)| {
            a.2 == b.2 && if overlap { a.0 < b.1 && b.0 < a.1 } else { a.0 == b.0 && a.1 == b.1 }
        };
        for x in &p {
            let c = by_class.entry(x.2.clone()).or_default();
            c.predicted += 1;
            c.predicted_correct += usize::from(g.iter().any(|y| matches(x, y)));
        }
        for y in &g {
            let c = by_class.entry(y.2.clone()).or_default();
            c.gold += 1;
            c.gold_found += usize::from(p.iter().any(|x| matches(x, y)));
        }
    }
    by_class
}

fn table(out: &mut String, title: &str, classes: &BTreeMap<String, Counts>, micro_over: &[&str]) -> Counts {
    let _ = writeln!(out, "{title}");
    let _ = writeln!(out, "  {:<10} {:>6} {:>6} {:>6} {:>7}", "type", "P", "R", "F1", "gold");
    let mut micro = Counts::default();
    for (class, c) in classes {
        let _ =
            writeln!(out, "  {:<10} {:>6.3} {:>6.3} {:>6.3} {:>7}", class, c.precision(), c.recall(), c.f1(), c.gold);
        if micro_over.contains(&class.as_str()) {
            micro.add(*c);
        }
    }
    let _ = writeln!(
        out,
        "  {:<10} {:>6.3} {:>6.3} {:>6.3}   over {}",
        "micro",
        micro.precision(),
        micro.recall(),
        micro.f1(),
        micro_over.join(", ")
    );
    micro
}

/// The GMB report: every type, then the target's micro F1 over PERSON, ORG, GPE+LOC, NORP, DATE.
pub fn report_gmb(corpus: &NerCorpus, predicted: &[Vec<Span>]) -> (String, f64) {
    let mut out = String::new();
    let per_type = score(&corpus.gold, predicted, |t| Some(t.as_str()), |c| c.to_string(), false);
    table(
        &mut out,
        "GMB held-out (every 10th sentence), exact spans, per type:",
        &per_type,
        &["PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"],
    );
    let merged = |c: &str| -> String { if c == "GPE" || c == "LOC" { "GPE+LOC".into() } else { c.into() } };
    let grouped = score(
        &corpus.gold,
        predicted,
        |t| Some(if matches!(t, EntityType::Gpe | EntityType::Loc) { "GPE+LOC" } else { t.as_str() }),
        merged,
        false,
    );
    let micro = table(
        &mut out,
        "GMB held-out, GPE and LOC as one class (the target's micro F1):",
        &grouped,
        &["PERSON", "ORG", "GPE+LOC", "NORP", "DATE"],
    );
    (out, micro.f1())
}

/// Our types as re3d classes.
pub fn re3d_class(t: EntityType) -> Option<&'static str> {
    match t {
        EntityType::Person => Some("PER"),
        EntityType::Org => Some("ORG"),
        EntityType::Gpe | EntityType::Loc => Some("LOC"),
        _ => None,
    }
}

/// The re3d report: PER/ORG/LOC with exact spans and with overlap.
pub fn report_re3d(corpus: &NerCorpus, predicted: &[Vec<Span>]) -> (String, f64) {
    let mut out = String::new();
    let exact = score(&corpus.gold, predicted, re3d_class, |c| c.to_string(), false);
    let micro =
        table(&mut out, "re3d-dev named Person/Organisation/Location, exact spans:", &exact, &["PER", "ORG", "LOC"]);
    let overlap = score(&corpus.gold, predicted, re3d_class, |c| c.to_string(), true);
    table(&mut out, "re3d-dev, overlapping spans:", &overlap, &["PER", "ORG", "LOC"]);
    (out, micro.f1())
}

/// One split of one training corpus as an evaluation set: gold classes PER, ORG, LOC (GPE and
/// LOC as one), NORP, EVENT, DATE, MISC; masked ranges (Twitter handles, re3d's noun phrases and foreign types) are scored by nobody.
pub struct CorpusEval {
    pub corpus: NerCorpus,
    masked: Vec<Vec<(usize, usize)>>,
    /// Classes the corpus annotates.
    pub annotated: Vec<&'static str>,
}

/// Our types as the classes corpora are scored in.
pub fn corpus_class(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "PER",
        EntityType::Org => "ORG",
        EntityType::Gpe | EntityType::Loc => "LOC",
        other => other.as_str(),
    }
}

impl CorpusEval {
    pub fn load(
        shared: &Path,
        spec: &CorpusSpec,
        split: Split,
        gazetteer: &GazetteerIndex,
    ) -> Result<CorpusEval, NerError> {
        let mut corpus = NerCorpus::default();
        let mut masked = Vec::new();
        for s in load(shared, spec, split, gazetteer)? {
            corpus.gold.push(
                s.sentence.spans.iter().map(|sp| (sp.start, sp.end, corpus_class(sp.kind).to_string())).collect(),
            );
            corpus.sentences.push(s.sentence.words);
            corpus.document.push(s.document);
            masked.push(s.sentence.masked);
        }
        let mut annotated: Vec<&'static str> = Vec::new();
        for t in EntityType::ALL.into_iter().filter(|t| !spec.open.contains(t)) {
            if !annotated.contains(&corpus_class(t)) {
                annotated.push(corpus_class(t));
            }
        }
        Ok(CorpusEval { corpus, masked, annotated })
    }

    /// Token ranges of sentence `i` nobody annotated.
    pub fn masked_ranges(&self, i: usize) -> &[(usize, usize)] {
        &self.masked[i]
    }

    /// Exact-span counts per annotated class, predictions over masked tokens left out.
    pub fn score(&self, predicted: &[Vec<Span>]) -> BTreeMap<String, Counts> {
        let kept: Vec<Vec<Span>> = predicted
            .iter()
            .zip(&self.masked)
            .map(|(p, m)| p.iter().filter(|s| !m.iter().any(|&(a, b)| s.start < b && a < s.end)).copied().collect())
            .collect();
        let mut counts = score(&self.corpus.gold, &kept, |t| Some(corpus_class(t)), |c| c.to_string(), false);
        counts.retain(|class, _| self.annotated.contains(&class.as_str()));
        counts
    }
}

/// Micro counts over `classes`.
pub fn micro(counts: &BTreeMap<String, Counts>, classes: &[&str]) -> Counts {
    let mut total = Counts::default();
    for class in classes {
        if let Some(c) = counts.get(*class) {
            total.add(*c);
        }
    }
    total
}

/// The header of [`corpus_row`] lines.
pub fn corpus_header() -> String {
    format!(
        "  {:<18} {:>6} {:>6} {:>6} {:>6} {:>9} {:>9}",
        "corpus", "PER", "ORG", "LOC", "P/O/L", "annotated", "sentences"
    )
}

/// One line: F1 of PER, ORG, LOC, their micro F1, and the micro F1 over every annotated class.
pub fn corpus_row(name: &str, eval: &CorpusEval, counts: &BTreeMap<String, Counts>) -> String {
    let f1 = |class: &str| counts.get(class).map_or(f64::NAN, |c| c.f1() * 100.0);
    format!(
        "  {:<18} {:>6.1} {:>6.1} {:>6.1} {:>6.1} {:>9.1} {:>9}",
        name,
        f1("PER"),
        f1("ORG"),
        f1("LOC"),
        micro(counts, &["PER", "ORG", "LOC"]).f1() * 100.0,
        micro(counts, &eval.annotated).f1() * 100.0,
        eval.corpus.sentences.len()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_and_overlap_scoring() {
        let gold = vec![vec![(0, 2, "PERSON".to_string()), (4, 5, "GPE".to_string())]];
        let predicted = vec![vec![
            Span { start: 0, end: 2, kind: EntityType::Person },
            Span { start: 4, end: 6, kind: EntityType::Gpe },
            Span { start: 7, end: 8, kind: EntityType::Org },
        ]];
        let exact = score(&gold, &predicted, |t| Some(t.as_str()), |c| c.to_string(), false);
        assert_eq!(exact["PERSON"].predicted_correct, 1);
        let gpe = exact["GPE"];
        assert_eq!((gpe.predicted, gpe.predicted_correct, gpe.gold, gpe.gold_found), (1, 0, 1, 0));
        assert_eq!(exact["ORG"].precision(), 0.0);
        let overlap = score(&gold, &predicted, |t| Some(t.as_str()), |c| c.to_string(), true);
        assert_eq!(overlap["GPE"].gold_found, 1);
        assert!((overlap["PERSON"].f1() - 1.0).abs() < 1e-9);
    }
}
