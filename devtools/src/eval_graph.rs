//! The re3d-style graph measure on the training corpora's dev or test documents: each document
//! becomes an article, the whole pipeline builds the graph, and the named people, organisations
//! and places of the gold are looked for among the graph's node mentions — the held-out forecast
//! of "entity recall at mention precision" on sources nobody tuned the rules on.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;

use dramatis::graph::NodeKind;
use dramatis::model::Article;
use dramatis::nlp::Gazetteer;
use dramatis::nlp::ner::NerError;
use dramatis::nlp::ner::tables::GazetteerIndex;

use crate::corpora::{CorpusSpec, Split};
use crate::corpus_articles::detokenize_into;
use crate::eval_ner::{CorpusEval, NerCorpus};

/// One corpus's documents as articles, with gold mentions as byte ranges of the article text.
struct Documents {
    articles: Vec<Article>,
    /// Per article: `(start, end, class)` of every gold mention.
    gold: Vec<Vec<(usize, usize, String)>>,
    /// Per article: byte ranges nobody annotated (Twitter handles).
    masked: Vec<Vec<(usize, usize)>>,
}

/// `corpus`'s documents joined into running text; `masked(i)` are sentence `i`'s unannotated tokens.
fn documents<'a>(corpus: &NerCorpus, masked_tokens: impl Fn(usize) -> &'a [(usize, usize)], name: &str) -> Documents {
    let mut out = Documents { articles: Vec::new(), gold: Vec::new(), masked: Vec::new() };
    let mut i = 0;
    while i < corpus.sentences.len() {
        let doc = corpus.document[i];
        let end = (i..corpus.sentences.len()).find(|&j| corpus.document[j] != doc).unwrap_or(corpus.sentences.len());
        let mut text = String::new();
        let (mut gold, mut masked) = (Vec::new(), Vec::new());
        for s in i..end {
            let ranges = detokenize_into(&corpus.word_refs(s), &mut text);
            for (a, b, class) in &corpus.gold[s] {
                gold.push((ranges[*a].0, ranges[*b - 1].1, class.clone()));
            }
            for &(a, b) in masked_tokens(s) {
                masked.push((ranges[a].0, ranges[b - 1].1));
            }
        }
        let id = format!("{name}-{}", out.articles.len());
        out.articles.push(Article { id: id.clone(), path: id, title: String::new(), text, date: None, url: None });
        out.gold.push(gold);
        out.masked.push(masked);
        i = end;
    }
    out
}

/// A gold mention of a person, organisation or place that is a name (capitalised).
fn named(text: &str, class: &str) -> bool {
    matches!(class, "PER" | "ORG" | "LOC") && text.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a node of `kind` is the gold class's kind of thing (a country is a place and an actor).
fn fits(class: &str, kind: NodeKind) -> bool {
    match class {
        "PER" => kind == NodeKind::Person,
        "ORG" => matches!(kind, NodeKind::Organization | NodeKind::Group | NodeKind::Country),
        "LOC" => matches!(kind, NodeKind::Place | NodeKind::Country),
        _ => false,
    }
}

/// Counts of one corpus.
#[derive(Default)]
struct GraphCounts {
    gold_named: usize,
    recalled: usize,
    /// Recalled by a node of a fitting kind.
    typed: usize,
    /// Recalled, per class.
    by_class: BTreeMap<String, (usize, usize)>,
    node_mentions: usize,
    on_gold: usize,
}

fn score(documents: &Documents, explain: bool) -> GraphCounts {
    let graph = dramatis::graph::build_graph(documents.articles.clone());
    let mut mentions: HashMap<u32, Vec<(usize, usize, NodeKind)>> = HashMap::new();
    for (_, n) in graph.nodes() {
        if n.kind == NodeKind::Event {
            continue;
        }
        for m in &n.mentions {
            mentions.entry(m.article).or_default().push((m.start as usize, m.end as usize, n.kind));
        }
    }
    let article_of: HashMap<&str, usize> =
        documents.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let mut counts = GraphCounts::default();
    for (a, article) in graph.articles.iter().enumerate() {
        let Some(&d) = article_of.get(article.id.as_str()) else { continue };
        let text = &documents.articles[d].text;
        let found = mentions.get(&(a as u32)).map_or(&[][..], Vec::as_slice);
        for (s, e, class) in &documents.gold[d] {
            if !named(&text[*s..*e], class) {
                continue;
            }
            let hit = found.iter().any(|m| m.0 < *e && *s < m.1);
            let typed = found.iter().any(|m| m.0 < *e && *s < m.1 && fits(class, m.2));
            counts.typed += typed as usize;
            if hit && !typed && explain {
                let kinds: Vec<&str> = found.iter().filter(|m| m.0 < *e && *s < m.1).map(|m| m.2.as_str()).collect();
                eprintln!("wrong kind {class} as {}: {} …{}…", kinds.join("/"), &text[*s..*e], context(text, *s, *e));
            }
            counts.gold_named += 1;
            let entry = counts.by_class.entry(class.clone()).or_default();
            entry.1 += 1;
            if hit {
                counts.recalled += 1;
                entry.0 += 1;
            } else if explain {
                eprintln!("missed {class}: {} …{}…", &text[*s..*e], context(text, *s, *e));
            }
        }
        for m in found {
            if documents.masked[d].iter().any(|r| r.0 < m.1 && m.0 < r.1) {
                continue;
            }
            counts.node_mentions += 1;
            if documents.gold[d].iter().any(|g| g.0 < m.1 && m.0 < g.1) {
                counts.on_gold += 1;
            } else if explain {
                eprintln!("off gold [{}]: {} …{}…", m.2.as_str(), &text[m.0..m.1], context(text, m.0, m.1));
            }
        }
    }
    counts
}

fn context(text: &str, s: usize, e: usize) -> String {
    let before = text[..s].char_indices().rev().nth(50).map_or(0, |(i, _)| i);
    let after = text[e..].char_indices().nth(50).map_or(text.len(), |(i, _)| e + i);
    text[before..after].replace('\n', " ")
}

/// `dramatis-dev eval graph`: one row per corpus — named gold entities recalled by a node mention,
/// node mentions on a gold mention (mention precision; a corpus that leaves types unannotated
/// makes this a lower bound), recall per class. `DRAMATIS_EVAL_MISSES=1` lists misses on stderr.
pub fn report(shared: &Path, corpora: &[&CorpusSpec], split: Split) -> Result<String, NerError> {
    let gazetteer = GazetteerIndex::build(Gazetteer::bundled());
    let explain = std::env::var_os("DRAMATIS_EVAL_MISSES").is_some();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Graph from each corpus's {split:?} documents: named PER/ORG/LOC gold recalled by a node mention (and by a node of its kind), node mentions on gold"
    );
    let _ = writeln!(
        out,
        "  {:<18} {:>6} {:>8} {:>7} {:>10} {:>9}   {:>6} {:>6} {:>6}",
        "corpus", "docs", "recall", "typed", "precision", "mentions", "PER", "ORG", "LOC"
    );
    let (mut all_gold, mut all_recalled, mut all_typed, mut all_mentions, mut all_on_gold) = (0, 0, 0, 0, 0);
    for spec in corpora {
        let eval = CorpusEval::load(shared, spec, split, &gazetteer)?;
        let documents = documents(&eval.corpus, |i| eval.masked_ranges(i), spec.name);
        let counts = score(&documents, explain);
        let ratio = |a: usize, b: usize| if b == 0 { f64::NAN } else { a as f64 / b as f64 };
        let class = |c: &str| counts.by_class.get(c).map_or(f64::NAN, |(r, g)| ratio(*r, *g));
        let _ = writeln!(
            out,
            "  {:<18} {:>6} {:>8.3} {:>7.3} {:>10.3} {:>9}   {:>6.3} {:>6.3} {:>6.3}",
            spec.name,
            documents.articles.len(),
            ratio(counts.recalled, counts.gold_named),
            ratio(counts.typed, counts.gold_named),
            ratio(counts.on_gold, counts.node_mentions),
            counts.node_mentions,
            class("PER"),
            class("ORG"),
            class("LOC"),
        );
        all_gold += counts.gold_named;
        all_recalled += counts.recalled;
        all_typed += counts.typed;
        all_mentions += counts.node_mentions;
        all_on_gold += counts.on_gold;
    }
    let _ = writeln!(
        out,
        "  {:<18} {:>6} {:>8.3} {:>7.3} {:>10.3} {:>9}",
        "all",
        "",
        all_recalled as f64 / all_gold.max(1) as f64,
        all_typed as f64 / all_gold.max(1) as f64,
        all_on_gold as f64 / all_mentions.max(1) as f64,
        all_mentions
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_of_a_document_become_one_article_with_gold_at_their_words() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let corpus = NerCorpus {
            sentences: vec![words("Ships left Tavira ."), words("@ferrywatch saw them ."), words("Rain in Porto .")],
            gold: vec![vec![(2, 3, "LOC".into())], vec![], vec![(2, 3, "LOC".into())]],
            document: vec![0, 0, 1],
        };
        let masked = [vec![], vec![(0, 1)], vec![]];
        let docs = documents(&corpus, |i| masked[i].as_slice(), "test");
        assert_eq!(docs.articles.len(), 2);
        let text = &docs.articles[0].text;
        assert_eq!(text, "Ships left Tavira. @ferrywatch saw them.");
        let (s, e, class) = &docs.gold[0][0];
        assert_eq!((&text[*s..*e], class.as_str()), ("Tavira", "LOC"));
        let (s, e) = docs.masked[0][0];
        assert_eq!(&text[s..e], "@ferrywatch");
        assert_eq!(&docs.articles[1].text[docs.gold[1][0].0..docs.gold[1][0].1], "Porto");
    }

    #[test]
    fn countries_fit_both_organisations_and_places() {
        assert!(fits("ORG", NodeKind::Country) && fits("LOC", NodeKind::Country));
        assert!(!fits("PER", NodeKind::Place) && !fits("LOC", NodeKind::Group));
    }

    #[test]
    fn only_capitalised_people_organisations_and_places_count_as_names() {
        assert!(named("Oslo", "LOC"));
        assert!(!named("the council", "ORG"));
        assert!(!named("Monday", "DATE"));
    }
}
