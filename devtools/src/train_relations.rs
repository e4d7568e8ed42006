//! Training and evaluating the relation pair classifier: examples from Re-DocRED's relation
//! triples (Wikipedia) and re3d's relations (defence and government text), mapped to the classes
//! of `data/lexicon/relation_classes.tsv`; multinomial logistic regression by SGD
//! (deterministic: fixed seed, fixed order).
//!
//! Splits: Re-DocRED `dev_revised.json` documents 0–399 train and 400–499 are dev,
//! `test_revised.json` is test (as for the tagger); re3d's CENTCOM folder and the Re-DocRED dev
//! documents tune the threshold, UK-Government is held out. re3d folders can be added to training
//! (`--re3d`), but measured on the held-out folder that made things worse, so the shipped model
//! reads Wikipedia only.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use serde::Deserialize;

use crate::eval_re3d::{Doc, GoldEntity, GoldRelation, json_lines, named, sentence_token_span};
use dramatis::nlp::lexicon::RELATION_CLASSES;
use dramatis::nlp::relations::learned::features::{PairMention, PairType, pair_features};
use dramatis::nlp::relations::learned::model::{PairModel, class_of_output, output_of, softmax};
use dramatis::nlp::{sentences::split_sentences, tokenize::tokenize};

/// Pairs further apart are not classified at run time either.
const MAX_GAP: usize = 40;

/// One pair of mentions: its feature keys and its gold output (0 = no relation).
#[derive(Debug, Clone)]
pub struct PairExample {
    pub keys: Vec<u64>,
    pub output: usize,
}

/// The class (and whether it runs the other way) a corpus relation type trains.
fn class_of_source(source: &str) -> Option<(usize, bool)> {
    RELATION_CLASSES
        .iter()
        .enumerate()
        .find_map(|(c, class)| class.sources.iter().find(|(s, _)| *s == source).map(|&(_, reversed)| (c, reversed)))
}

/// One sentence's mentions `(entity, mention)` in text order, overlaps resolved longest-first.
fn sentence_examples(
    words: &[String],
    mut mentions: Vec<(usize, PairMention)>,
    gold: impl Fn(usize, usize) -> Option<Option<usize>>,
    out: &mut Vec<PairExample>,
) {
    mentions.sort_by_key(|(_, m)| (m.start, std::cmp::Reverse(m.end)));
    let mut kept: Vec<(usize, PairMention)> = Vec::new();
    for (e, m) in mentions {
        if kept.last().is_none_or(|(_, k)| m.start >= k.end) {
            kept.push((e, m));
        }
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase().replace('’', "'")).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let mut keys = Vec::new();
    for (i, &(p, first)) in kept.iter().enumerate() {
        for (j, &(q, second)) in kept.iter().enumerate().skip(i + 1) {
            if p == q || second.start - first.end > MAX_GAP {
                continue;
            }
            // `None`: the pair is related elsewhere in the document but not here; left out.
            let Some(output) = gold(p, q) else { continue };
            pair_features(&lower, first, second, j - i - 1, &mut keys);
            out.push(PairExample { keys: keys.clone(), output: output.unwrap_or(0) });
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct RedocMention {
    pub pos: [usize; 2],
    pub sent_id: usize,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Deserialize)]
pub(crate) struct RedocLabel {
    pub r: String,
    pub h: usize,
    pub t: usize,
    #[serde(default)]
    pub evidence: Vec<usize>,
}

#[derive(Deserialize)]
pub(crate) struct RedocDocument {
    #[serde(rename = "vertexSet")]
    pub vertex_set: Vec<Vec<RedocMention>>,
    pub labels: Vec<RedocLabel>,
    pub sents: Vec<Vec<String>>,
}

fn redoc_type(kind: &str) -> Option<PairType> {
    match kind {
        "PER" => Some(PairType::Person),
        "ORG" => Some(PairType::Organisation),
        "LOC" => Some(PairType::Location),
        _ => None,
    }
}

/// Pair examples of Re-DocRED documents `range` of `path`. A pair is related in a sentence
/// when a mapped triple joins its entities and lists that sentence as evidence (or none).
pub fn redocred_examples(path: &Path, range: Range<usize>) -> anyhow::Result<Vec<PairExample>> {
    let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let documents: Vec<RedocDocument> =
        serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    for doc in documents.get(range.start..range.end.min(documents.len())).unwrap_or_default() {
        // (h, t) → triples, with their evidence sentences.
        let mut triples: HashMap<(usize, usize), Vec<&RedocLabel>> = HashMap::new();
        for l in &doc.labels {
            triples.entry((l.h, l.t)).or_default().push(l);
        }
        for (s, words) in doc.sents.iter().enumerate() {
            let mentions: Vec<(usize, PairMention)> = doc
                .vertex_set
                .iter()
                .enumerate()
                .flat_map(|(e, ms)| ms.iter().map(move |m| (e, m)))
                .filter(|(_, m)| m.sent_id == s && m.pos[0] < m.pos[1] && m.pos[1] <= words.len())
                .filter_map(|(e, m)| {
                    redoc_type(&m.kind).map(|kind| (e, PairMention { start: m.pos[0], end: m.pos[1], kind }))
                })
                .collect();
            let gold = |p: usize, q: usize| -> Option<Option<usize>> {
                let mut elsewhere = false;
                let mut found: Option<(usize, usize)> = None; // (class, output)
                for (h, t) in [(p, q), (q, p)] {
                    for l in triples.get(&(h, t)).into_iter().flatten() {
                        let here = l.evidence.is_empty() || l.evidence.contains(&s);
                        let Some((class, reversed)) = class_of_source(&l.r) else { continue };
                        if !here {
                            elsewhere = true;
                            continue;
                        }
                        // The relation's source is `h`, or `t` for a reversed property.
                        let source = if reversed { t } else { h };
                        let output = output_of(class, source != p);
                        if found.is_none_or(|(c, _)| class < c) {
                            found = Some((class, output));
                        }
                    }
                }
                match found {
                    Some((_, output)) => Some(Some(output)),
                    None if elsewhere => None,
                    None => Some(None),
                }
            };
            sentence_examples(words, mentions, gold, &mut out);
        }
    }
    Ok(out)
}

fn re3d_type(kind: &str) -> Option<PairType> {
    match kind {
        "Person" => Some(PairType::Person),
        "Organisation" => Some(PairType::Organisation),
        "Location" => Some(PairType::Location),
        _ => None,
    }
}

/// A gold entity's `[begin, end)` in characters.
type CharSpan = (usize, usize);

/// Pair examples of one re3d folder: named Person/Organisation/Location entities of a sentence,
/// related when a mapped gold relation joins exactly those two spans.
pub fn re3d_examples(folder: &Path) -> anyhow::Result<Vec<PairExample>> {
    let docs: Vec<Doc> = json_lines(&folder.join("documents.json"))?;
    let entities: Vec<GoldEntity> = json_lines(&folder.join("entities.json"))?;
    let relations: Vec<GoldRelation> = json_lines(&folder.join("relations.json"))?;
    let mut out = Vec::new();
    for doc in &docs {
        let text = &doc.text;
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let ents: Vec<&GoldEntity> = entities
            .iter()
            .filter(|g| g.document == doc.id && named(&g.value) && re3d_type(&g.kind).is_some())
            .collect();
        // Gold relations by (source, target) character spans.
        let mut related: HashMap<(CharSpan, CharSpan), (usize, bool)> = HashMap::new();
        for r in relations.iter().filter(|r| r.document == doc.id) {
            if let Some(class) = class_of_source(&r.kind) {
                related.entry(((r.source_begin, r.source_end), (r.target_begin, r.target_end))).or_insert(class);
            }
        }
        for s in &sentences {
            let range = s.tokens();
            let words: Vec<String> = tokens[range.clone()].iter().map(|t| t.text(text).to_string()).collect();
            let mut mentions = Vec::new();
            for (e, g) in ents.iter().enumerate() {
                let Some((start, end)) = sentence_token_span(text, &tokens, range.clone(), g.begin, g.end) else {
                    continue;
                };
                let kind = re3d_type(&g.kind).expect("filtered");
                mentions.push((e, PairMention { start, end, kind }));
            }
            let span = |e: usize| (ents[e].begin, ents[e].end);
            let gold = |p: usize, q: usize| -> Option<Option<usize>> {
                for (source, target) in [(p, q), (q, p)] {
                    if let Some(&(class, reversed)) = related.get(&(span(source), span(target))) {
                        let source = if reversed { target } else { source };
                        return Some(Some(output_of(class, source != p)));
                    }
                }
                Some(None)
            };
            sentence_examples(&words, mentions, gold, &mut out);
        }
    }
    Ok(out)
}

#[derive(Debug, Clone)]
pub struct RelationTrainOptions {
    pub epochs: usize,
    pub seed: u64,
    pub learning_rate: f32,
    /// L2 penalty per update, applied to the rows an example touches.
    pub l2: f32,
    /// Features seen fewer times are dropped.
    pub min_count: u32,
}

impl Default for RelationTrainOptions {
    fn default() -> Self {
        RelationTrainOptions { epochs: 10, seed: 20261202, learning_rate: 0.1, l2: 1e-3, min_count: 2 }
    }
}

/// Multinomial logistic regression by SGD over `examples`.
pub fn train(examples: &[PairExample], options: &RelationTrainOptions) -> PairModel {
    let classes: Vec<String> = RELATION_CLASSES.iter().map(|c| c.name.to_string()).collect();
    let outputs = 1 + 2 * classes.len();
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for e in examples {
        for &k in &e.keys {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut keys: Vec<u64> = counts.into_iter().filter(|&(_, c)| c >= options.min_count).map(|(k, _)| k).collect();
    keys.sort_unstable();
    let row_of: HashMap<u64, usize> = keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let rows: Vec<Vec<usize>> =
        examples.iter().map(|e| e.keys.iter().filter_map(|k| row_of.get(k).copied()).collect()).collect();
    let mut weights = vec![0f32; keys.len() * outputs];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = options.seed | 1;
    let mut scores = vec![0f32; outputs];
    for epoch in 0..options.epochs {
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let rate = options.learning_rate / (1.0 + epoch as f32);
        for &x in &order {
            scores.iter_mut().for_each(|s| *s = 0.0);
            for &r in &rows[x] {
                for (s, w) in scores.iter_mut().zip(&weights[r * outputs..(r + 1) * outputs]) {
                    *s += w;
                }
            }
            softmax(&mut scores);
            scores[examples[x].output] -= 1.0;
            for &r in &rows[x] {
                for (w, g) in weights[r * outputs..(r + 1) * outputs].iter_mut().zip(&scores) {
                    *w -= rate * (g + options.l2 * *w);
                }
            }
        }
    }
    let keyed = keys.iter().enumerate().map(|(i, &k)| (k, weights[i * outputs..(i + 1) * outputs].to_vec())).collect();
    PairModel::from_weights(classes, keyed)
}

/// Pair-level scores: whether a pair is related at all, and with the right class and direction.
#[derive(Debug, Default, Clone)]
pub struct PairScores {
    pub gold: usize,
    pub predicted: usize,
    pub related_correct: usize,
    pub typed_correct: usize,
    /// Per class (in `relation_classes.tsv` order): gold pairs and pairs found with that class.
    pub class_gold: Vec<usize>,
    pub class_found: Vec<usize>,
}

impl PairScores {
    fn f1(correct: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
        let p = correct as f64 / predicted.max(1) as f64;
        let r = correct as f64 / gold.max(1) as f64;
        (p, r, if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 })
    }
    pub fn line(&self, name: &str) -> String {
        let (rp, rr, rf) = Self::f1(self.related_correct, self.predicted, self.gold);
        let (tp, tr, tf) = Self::f1(self.typed_correct, self.predicted, self.gold);
        format!(
            "  {name:<28} related P {rp:.3} R {rr:.3} F1 {rf:.3} | class+direction P {tp:.3} R {tr:.3} F1 {tf:.3} | gold {}",
            self.gold
        )
    }
}

/// Scores `model` on `examples`: a pair is predicted related when its best relation output has
/// at least `threshold` probability.
pub fn score(model: &PairModel, examples: &[PairExample], threshold: f32) -> PairScores {
    let mut s = PairScores {
        class_gold: vec![0; RELATION_CLASSES.len()],
        class_found: vec![0; RELATION_CLASSES.len()],
        ..PairScores::default()
    };
    let mut p = Vec::new();
    for e in examples {
        model.probabilities(&e.keys, &mut p);
        let (best, &probability) = p.iter().enumerate().skip(1).max_by(|a, b| a.1.total_cmp(b.1)).expect("outputs");
        let predicted = probability >= threshold && class_of_output(best).is_some();
        s.gold += usize::from(e.output != 0);
        s.predicted += usize::from(predicted);
        s.related_correct += usize::from(predicted && e.output != 0);
        s.typed_correct += usize::from(predicted && best == e.output);
        if let Some((class, _)) = class_of_output(e.output) {
            s.class_gold[class] += 1;
            s.class_found[class] += usize::from(predicted && best == e.output);
        }
    }
    s
}

/// The relation examples: (train, [(name, eval set)]).
type RelationSets = (Vec<PairExample>, Vec<(String, Vec<PairExample>)>);

fn relation_sets(shared: &Path, test_split: bool, re3d_training: &[PathBuf]) -> anyhow::Result<RelationSets> {
    let corpora = shared.join("corpora");
    let dev = corpora.join("redocred/dev_revised.json");
    let mut train = redocred_examples(&dev, 0..400)?;
    for folder in re3d_training {
        train.extend(re3d_examples(folder)?);
    }
    let redocred = if test_split {
        ("Re-DocRED test", redocred_examples(&corpora.join("redocred/test_revised.json"), 0..usize::MAX)?)
    } else {
        ("Re-DocRED dev (docs 400-499)", redocred_examples(&dev, 400..500)?)
    };
    let held = vec![
        (redocred.0.to_string(), redocred.1),
        ("re3d CENTCOM (tuning)".to_string(), re3d_examples(&corpora.join("re3d-dev/CENTCOM"))?),
        ("re3d UK-Government (held out)".to_string(), re3d_examples(&corpora.join("re3d-dev/UK-Government"))?),
    ];
    Ok((train, held))
}

/// `dramatis-dev train relations`.
pub fn run_train(shared: &Path, re3d: &[PathBuf], output: &Path, epochs: usize, l2: f32) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let (examples, _) = relation_sets(shared, false, re3d)?;
    let related = examples.iter().filter(|e| e.output != 0).count();
    eprintln!("{} training pairs, {related} related", examples.len());
    let options = RelationTrainOptions { epochs, l2, ..Default::default() };
    let model = train(&examples, &options);
    eprintln!("{} feature rows", model.rows.len());
    crate::write_model(output, started, |bytes| model.write(bytes))
}

/// `dramatis-dev eval relations`: Re-DocRED dev (or its test split) and both re3d folders.
pub fn run_eval(
    shared: &Path,
    test_split: bool,
    threshold: Option<f32>,
    model: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    use dramatis::nlp::relations::learned::{model::PairModel, rule::THRESHOLD};
    let owned;
    let model = match model {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            owned = PairModel::read(&bytes)?;
            &owned
        }
        None => dramatis::nlp::relations::learned::model::bundled()
            .context("no relation model is bundled: run `dramatis-dev train relations`")?,
    };
    let threshold = threshold.unwrap_or(THRESHOLD);
    let (_, sets) = relation_sets(shared, test_split, &[])?;
    println!("relation pairs within a sentence, threshold {threshold}:");
    for (name, examples) in &sets {
        let scores = score(model, examples, threshold);
        println!("{}", scores.line(name));
        // Recall per class, for the classes this set has at least five gold pairs of.
        let classes: Vec<String> = (0..RELATION_CLASSES.len())
            .filter(|&c| scores.class_gold[c] >= 5)
            .map(|c| {
                let recall = scores.class_found[c] as f64 / scores.class_gold[c] as f64;
                format!("{} {recall:.2} of {}", RELATION_CLASSES[c].name, scores.class_gold[c])
            })
            .collect();
        println!("    recall by class: {}", classes.join(", "));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_corpus_relation_type_maps_to_one_class() {
        assert_eq!(class_of_source("P131").map(|(c, r)| (RELATION_CLASSES[c].name, r)), Some(("located_in", false)));
        assert_eq!(class_of_source("P150").map(|(c, r)| (RELATION_CLASSES[c].name, r)), Some(("located_in", true)));
        assert_eq!(class_of_source("FightingAgainst").map(|(c, _)| RELATION_CLASSES[c].name), Some("fights"));
        assert_eq!(class_of_source("P800"), None, "notable works are no edge of the graph");
        let mut seen = std::collections::HashSet::new();
        for class in RELATION_CLASSES.iter() {
            for (s, _) in &class.sources {
                assert!(seen.insert(*s), "{s} is in two classes");
            }
        }
    }

    /// Direction: a pair read left to right whose relation runs right to left gets the reversed output.
    #[test]
    fn examples_carry_class_and_direction() {
        let words: Vec<String> = "Ada Lind , mayor of Tarn , met Bo Vik".split(' ').map(String::from).collect();
        let m = |start, end, kind| PairMention { start, end, kind };
        let mentions =
            vec![(0, m(0, 2, PairType::Person)), (1, m(5, 6, PairType::Location)), (2, m(8, 10, PairType::Person))];
        let leads = class_of_source("P6").unwrap().0;
        let gold = |p: usize, q: usize| match (p, q) {
            (0, 1) => Some(Some(output_of(leads, false))),
            (1, 2) => None,
            _ => Some(None),
        };
        let mut out = Vec::new();
        sentence_examples(&words, mentions, gold, &mut out);
        assert_eq!(out.len(), 2, "the pair related elsewhere only is left out");
        assert_eq!(out[0].output, output_of(leads, false));
        assert_eq!(out[1].output, 0);
    }

    /// The classifier learns a cue between two names and scores it.
    #[test]
    fn logistic_regression_learns_a_toy_relation() {
        let fights = class_of_source("FightingAgainst").unwrap().0;
        let m = |start, end| PairMention { start, end, kind: PairType::Organisation };
        let mut examples = Vec::new();
        for (i, verb) in ["fought", "attacked", "met", "visited"].iter().enumerate() {
            for n in 0..20 {
                let words: Vec<String> =
                    format!("Red{n} Army {verb} Blue{n} Front").split(' ').map(String::from).collect();
                let output = if i < 2 { output_of(fights, false) } else { 0 };
                sentence_examples(&words, vec![(0, m(0, 2)), (1, m(3, 5))], |_, _| Some(Some(output)), &mut examples);
            }
        }
        let model = train(&examples, &RelationTrainOptions { min_count: 1, ..RelationTrainOptions::default() });
        let s = score(&model, &examples, 0.5);
        assert_eq!((s.gold, s.predicted, s.typed_correct), (40, 40, 40), "{s:?}");
        let again = train(&examples, &RelationTrainOptions { min_count: 1, ..RelationTrainOptions::default() });
        assert_eq!(model, again, "deterministic");
    }
}
