//! The re3d measure on Re-DocRED's Wikipedia documents: each document becomes an article, the
//! whole pipeline builds the graph, and re3d's scoring (entity recall, mention precision,
//! relation-pair connectivity, typed pair precision) runs on Re-DocRED's entities and triples.
//! Wikipedia is one of the sources the re3d-style targets are checked on; these documents are
//! the relation classifier's dev (400–499 of `dev_revised.json`) and test (`test_revised.json`).

use std::path::Path;

use anyhow::Context as _;

use crate::corpus_articles::detokenize_into;
use crate::eval_re3d::{GoldEntity, GoldRelation, Re3dReport, score};
use crate::train_relations::RedocDocument;
use dramatis::ingest::Article;

/// re3d's entity type for a Re-DocRED one; `None` for the types no relation end of the graph has
/// (MISC, TIME, NUM), which still count as gold for mention precision.
fn re3d_kind(kind: &str) -> Option<&'static str> {
    match kind {
        "PER" => Some("Person"),
        "ORG" => Some("Organisation"),
        "LOC" => Some("Location"),
        _ => None,
    }
}

/// Re-DocRED as re3d gold.
struct Gold {
    articles: Vec<Article>,
    entities: Vec<GoldEntity>,
    /// Triples whose entities are named in one sentence: re3d annotates relations stated there.
    relations: Vec<GoldRelation>,
    /// The other triples (most of Re-DocRED's), between their closest mentions: still related
    /// pairs for pair precision.
    across: Vec<GoldRelation>,
}

/// Re-DocRED documents as re3d gold: articles, entities (character offsets) and, per triple
/// between people, organisations and places, one relation between their first mentions that
/// share a sentence, or else their closest ones.
fn as_re3d(documents: &[RedocDocument], name: &str) -> Gold {
    let mut gold = Gold { articles: Vec::new(), entities: Vec::new(), relations: Vec::new(), across: Vec::new() };
    let Gold { articles, entities, relations, across } = &mut gold;
    for (d, doc) in documents.iter().enumerate() {
        let id = format!("{name}-{d}");
        let mut text = String::new();
        let ranges: Vec<Vec<(usize, usize)>> = doc
            .sents
            .iter()
            .map(|s| detokenize_into(&s.iter().map(String::as_str).collect::<Vec<_>>(), &mut text))
            .collect();
        let chars = |byte: usize| text[..byte].chars().count();
        // Per entity, its mentions as (sentence, character begin, end, text).
        let mentions: Vec<Vec<(usize, usize, usize, String)>> = doc
            .vertex_set
            .iter()
            .map(|ms| {
                ms.iter()
                    .filter_map(|m| {
                        let sentence = ranges.get(m.sent_id)?;
                        let (a, b) = (*sentence.get(m.pos[0])?, *sentence.get(m.pos[1].checked_sub(1)?)?);
                        Some((m.sent_id, chars(a.0), chars(b.1), text[a.0..b.1].to_string()))
                    })
                    .collect()
            })
            .collect();
        for (e, ms) in doc.vertex_set.iter().enumerate() {
            let kind = ms.first().and_then(|m| re3d_kind(&m.kind)).unwrap_or("Other");
            for (_, begin, end, value) in &mentions[e] {
                entities.push(GoldEntity {
                    begin: *begin,
                    end: *end,
                    kind: kind.to_string(),
                    value: value.clone(),
                    document: id.clone(),
                });
            }
        }
        let kind_of = |e: usize| doc.vertex_set.get(e)?.first().and_then(|m| re3d_kind(&m.kind));
        let mut seen = std::collections::HashSet::new();
        for l in &doc.labels {
            if kind_of(l.h).is_none() || kind_of(l.t).is_none() || !seen.insert((l.h.min(l.t), l.h.max(l.t))) {
                continue;
            }
            let pairs = || mentions[l.h].iter().flat_map(|x| mentions[l.t].iter().map(move |y| (x, y)));
            let (list, (x, y)) = match pairs().find(|(x, y)| x.0 == y.0) {
                Some(pair) => (&mut *relations, pair),
                None => match pairs().min_by_key(|(x, y)| x.0.abs_diff(y.0)) {
                    Some(pair) => (&mut *across, pair),
                    None => continue,
                },
            };
            list.push(GoldRelation {
                source_begin: x.1,
                source_end: x.2,
                target_begin: y.1,
                target_end: y.2,
                source: x.3.clone(),
                target: y.3.clone(),
                kind: l.r.clone(),
                value: String::new(),
                document: id.clone(),
            });
        }
        articles.push(Article { id: id.clone(), path: id, title: String::new(), text, date: None, url: None });
    }
    gold
}

/// `dramatis-dev eval redocred`: the re3d report on Re-DocRED's dev or test documents.
pub fn eval_redocred(shared: &Path, test: bool) -> anyhow::Result<Re3dReport> {
    let (file, range) = if test { ("test_revised.json", 0..usize::MAX) } else { ("dev_revised.json", 400..500) };
    let path = shared.join("corpora/redocred").join(file);
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let documents: Vec<RedocDocument> =
        serde_json::from_str(&text).with_context(|| format!("{}: not Re-DocRED JSON", path.display()))?;
    let picked = documents.get(range.start..range.end.min(documents.len())).unwrap_or_default();
    let gold = as_re3d(picked, if test { "redocred-test" } else { "redocred-dev" });
    let graph = dramatis::graph::build_graph(gold.articles);
    Ok(score(&graph, &gold.entities, &gold.relations, &gold.across))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triples_between_actors_and_places_become_relations_between_their_closest_mentions() {
        let doc: RedocDocument = serde_json::from_str(
            r#"{"sents": [["Ana", "Ortiz", "was", "born", "in", "Lima", "."], ["Ortiz", "moved", "to", "Quito", "in", "1990", "."]],
                "vertexSet": [[{"pos": [0, 2], "sent_id": 0, "type": "PER"}, {"pos": [0, 1], "sent_id": 1, "type": "PER"}],
                              [{"pos": [5, 6], "sent_id": 0, "type": "LOC"}],
                              [{"pos": [3, 4], "sent_id": 1, "type": "LOC"}],
                              [{"pos": [5, 6], "sent_id": 1, "type": "TIME"}]],
                "labels": [{"r": "P19", "h": 0, "t": 1}, {"r": "P551", "h": 0, "t": 2}, {"r": "P585", "h": 0, "t": 3},
                           {"r": "P17", "h": 1, "t": 2}]}"#,
        )
        .unwrap();
        let Gold { articles, entities, relations, across } = as_re3d(&[doc], "t");
        assert_eq!(articles[0].text, "Ana Ortiz was born in Lima. Ortiz moved to Quito in 1990.");
        assert_eq!(entities.len(), 5, "every mention, the date too (for mention precision)");
        assert_eq!(entities.iter().filter(|e| e.kind == "Other").count(), 1);
        // The date is no relation end, Lima and Quito never share a sentence; Quito pairs with the "Ortiz" of its own sentence.
        assert_eq!(relations.len(), 2);
        assert!(relations.iter().any(|r| r.source == "Ana Ortiz" && r.target == "Lima"));
        assert_eq!(across.len(), 1, "Lima and Quito, for pair precision only");
        let quito = relations.iter().find(|r| r.target == "Quito").unwrap();
        assert_eq!((quito.source.as_str(), quito.source_begin), ("Ortiz", 28));
        assert_eq!(&articles[0].text[quito.target_begin..quito.target_end], "Quito");
    }
}
