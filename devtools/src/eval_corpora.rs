//! The generalisation report: the tagger on every training corpus's dev or test split, and the
//! leave-one-corpus-out table (train on all other corpora, test on the one left out) — the
//! honest forecast of how the tagger does on sources it never saw.

use std::fmt::Write as _;
use std::path::Path;

use crate::corpora::training_set;
use crate::corpora::{CORPORA, CorpusSpec, Split};
use crate::eval_ner::{CorpusEval, corpus_header, corpus_row, predict};
use crate::train_ner::{LabeledSentence, TrainOptions, WordTables, train_on};
use dramatis::nlp::Gazetteer;
use dramatis::nlp::ner::tables::GazetteerIndex;
use dramatis::nlp::ner::{Model, NerError};

/// The corpora named in `names` (comma-separated; empty = all), in report order.
pub fn pick(names: &str) -> Result<Vec<&'static CorpusSpec>, NerError> {
    if names.trim().is_empty() {
        return Ok(CORPORA.iter().collect());
    }
    names
        .split(',')
        .map(|n| {
            crate::corpora::spec(n.trim()).ok_or_else(|| NerError::Corpus {
                path: n.to_string(),
                reason: format!(
                    "no such corpus (known: {})",
                    CORPORA.iter().map(|c| c.name).collect::<Vec<_>>().join(", ")
                ),
            })
        })
        .collect()
}

/// `model` on `split` of each corpus: one line each (per document with the consistency pass, as `extract` tags).
pub fn report(
    shared: &Path,
    model: &Model,
    corpora: &[&CorpusSpec],
    split: Split,
    show_errors: usize,
) -> Result<String, NerError> {
    let gazetteer = GazetteerIndex::build(Gazetteer::bundled());
    let mut out = String::new();
    let _ = writeln!(
        out,
        "F1 per corpus, {split:?} split, exact spans (GPE and LOC as LOC; P/O/L = micro over PER, ORG, LOC):"
    );
    let _ = writeln!(out, "{}", corpus_header());
    for spec in corpora {
        let eval = CorpusEval::load(shared, spec, split, &gazetteer)?;
        let predicted = predict(model, &eval.corpus, true);
        let counts = eval.score(&predicted);
        let _ = writeln!(out, "{}", corpus_row(spec.name, &eval, &counts));
        if show_errors > 0 {
            out.push_str(&errors(&eval, &predicted, show_errors));
        }
    }
    Ok(out)
}

/// The first `limit` missed and `limit` spurious spans of each class, with their sentence.
fn errors(eval: &CorpusEval, predicted: &[Vec<dramatis::nlp::ner::Span>], limit: usize) -> String {
    use crate::eval_ner::corpus_class;
    let mut out = String::new();
    let mut shown: std::collections::BTreeMap<(&str, &str), usize> = Default::default();
    for (i, (gold, found)) in eval.corpus.gold.iter().zip(predicted).enumerate() {
        let words = &eval.corpus.sentences[i];
        let text = |a: usize, b: usize| words[a..b].join(" ");
        let found: Vec<(usize, usize, &str)> = found.iter().map(|s| (s.start, s.end, corpus_class(s.kind))).collect();
        let mut say = |kind: &'static str, class: &str, a: usize, b: usize, other: String| {
            let n = shown
                .entry((
                    kind,
                    if class == "PER" {
                        "PER"
                    } else if class == "ORG" {
                        "ORG"
                    } else {
                        "other"
                    },
                ))
                .or_default();
            if *n < limit {
                *n += 1;
                let _ = writeln!(out, "    {kind} {class} [{}] {other} — {}", text(a, b), text(0, words.len()));
            }
        };
        for (a, b, class) in gold {
            if !found.iter().any(|f| (f.0, f.1, f.2) == (*a, *b, class.as_str())) {
                let instead = found
                    .iter()
                    .find(|f| f.0 < *b && *a < f.1)
                    .map_or(String::new(), |f| format!("(as {} [{}])", f.2, text(f.0, f.1)));
                say("missed", class, *a, *b, instead);
            }
        }
        for &(a, b, class) in &found {
            if eval.annotated.contains(&class) && !gold.iter().any(|g| (g.0, g.1, g.2.as_str()) == (a, b, class)) {
                say("spurious", class, a, b, String::new());
            }
        }
    }
    out
}

/// Leave-one-corpus-out: for each of `corpora`, a model trained on every other corpus of
/// [`CORPORA`], scored on `split` of the one left out. Each corpus is read once; models train
/// in parallel (rayon: two at a time on two cores).
pub fn leave_one_out(
    shared: &Path,
    words: &WordTables,
    corpora: &[&'static CorpusSpec],
    split: Split,
    options: &TrainOptions,
    network_weights: &[f32],
) -> Result<String, NerError> {
    use rayon::prelude::*;
    let gazetteer = GazetteerIndex::build(Gazetteer::bundled());
    let training: Vec<Vec<LabeledSentence>> = CORPORA
        .iter()
        .map(|spec| training_set(shared, &[spec], &options.weights, &gazetteer, |_| {}))
        .collect::<Result<_, _>>()?;
    let rows: Vec<String> = corpora
        .par_iter()
        .map(|left_out| -> Result<String, NerError> {
            let others: Vec<LabeledSentence> = CORPORA
                .iter()
                .zip(&training)
                .filter(|(spec, _)| spec.name != left_out.name)
                .flat_map(|(_, sentences)| sentences.iter().cloned())
                .collect();
            let mut model = train_on(&others, words.clone(), gazetteer.clone(), options, |_| {});
            let eval = CorpusEval::load(shared, left_out, split, &gazetteer)?;
            let counts = eval.score(&predict(&model, &eval.corpus, true));
            eprintln!("left out {}: done", left_out.name);
            let mut rows = corpus_row(left_out.name, &eval, &counts);
            // The same model with other network weights: the weight is tuned without retraining.
            for &weight in network_weights {
                let Some(network) = model.network.as_mut() else { break };
                network.weight = weight;
                let counts = eval.score(&predict(&model, &eval.corpus, true));
                rows.push('\n');
                rows.push_str(&corpus_row(&format!("{} @{weight}", left_out.name), &eval, &counts));
            }
            Ok(rows)
        })
        .collect::<Result<_, _>>()?;
    let mut out = String::new();
    let _ = writeln!(out, "Leave one corpus out ({split:?} split of the corpus left out; trained on all the others):");
    let _ = writeln!(out, "{}", corpus_header());
    for row in rows {
        let _ = writeln!(out, "{row}");
    }
    Ok(out)
}
