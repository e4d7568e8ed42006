//! The generalisation report: the tagger on every training corpus's dev or test split, and the
//! leave-one-corpus-out table (train on all other corpora, test on the one left out) — the
//! honest forecast of how the tagger does on sources it never saw.

use std::fmt::Write as _;
use std::path::Path;

use crate::corpora::{CORPORA, CorpusSpec, Split};
use crate::eval_ner::{CorpusEval, corpus_header, corpus_row, predict};
use crate::train_ner::{TrainOptions, train_from_corpora};
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
pub fn report(shared: &Path, model: &Model, corpora: &[&CorpusSpec], split: Split) -> Result<String, NerError> {
    let gazetteer = GazetteerIndex::build(Gazetteer::bundled());
    let mut out = String::new();
    let _ = writeln!(out, "F1 per corpus, {split:?} split, exact spans (GPE and LOC as LOC; P/O/L = micro over PER, ORG, LOC):");
    let _ = writeln!(out, "{}", corpus_header());
    for spec in corpora {
        let eval = CorpusEval::load(shared, spec, split, &gazetteer)?;
        let counts = eval.score(&predict(model, &eval.corpus, true));
        let _ = writeln!(out, "{}", corpus_row(spec.name, &eval, &counts));
    }
    Ok(out)
}

/// Leave-one-corpus-out: for each of `corpora`, a model trained on every other corpus of
/// [`CORPORA`], scored on `split` of the one left out. Two models train at a time.
pub fn leave_one_out(
    shared: &Path,
    clusters: &Path,
    corpora: &[&'static CorpusSpec],
    split: Split,
    options: &TrainOptions,
) -> Result<String, NerError> {
    let gazetteer = GazetteerIndex::build(Gazetteer::bundled());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let rows: std::sync::Mutex<Vec<(usize, String)>> = std::sync::Mutex::new(Vec::new());
    let failure: std::sync::Mutex<Option<NerError>> = std::sync::Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(left_out) = corpora.get(i) else { break };
                    let result = (|| -> Result<String, NerError> {
                        let others: Vec<&CorpusSpec> = CORPORA.iter().filter(|c| c.name != left_out.name).collect();
                        let model = train_from_corpora(shared, &others, Some(clusters), options, |_| {})?;
                        let eval = CorpusEval::load(shared, left_out, split, &gazetteer)?;
                        let counts = eval.score(&predict(&model, &eval.corpus, true));
                        eprintln!("left out {}: done", left_out.name);
                        Ok(corpus_row(left_out.name, &eval, &counts))
                    })();
                    match result {
                        Ok(row) => rows.lock().expect("rows").push((i, row)),
                        Err(e) => {
                            *failure.lock().expect("failure") = Some(e);
                            break;
                        }
                    }
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().expect("failure") {
        return Err(e);
    }
    let mut rows = rows.into_inner().expect("rows");
    rows.sort();
    let mut out = String::new();
    let _ = writeln!(out, "Leave one corpus out ({split:?} split of the corpus left out; trained on all the others):");
    let _ = writeln!(out, "{}", corpus_header());
    for (_, row) in rows {
        let _ = writeln!(out, "{row}");
    }
    Ok(out)
}
