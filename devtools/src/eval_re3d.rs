//! Evaluation against hand-annotated documents (re3d: documents.json, entities.json,
//! relations.json as JSON lines with character offsets): entity recall and mention precision,
//! relation-pair connectivity through typed edges (and with co-occurrence), typed pair
//! precision, and edges per article by kind.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use petgraph::stable_graph::NodeIndex;
use serde::Deserialize;

use dramatis::graph::{EdgeKind, KnowledgeGraph, NodeKind};
use dramatis::ingest::Article;

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}: line {line}: {reason}")]
    Parse { path: String, line: usize, reason: String },
    #[error("no re3d documents under {0} (expected documents.json, entities.json, relations.json)")]
    Empty(String),
}

#[derive(Deserialize)]
pub(crate) struct Doc {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default)]
    pub title: String,
    pub text: String,
}

#[derive(Deserialize)]
pub(crate) struct GoldEntity {
    pub begin: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(rename = "documentId")]
    pub document: String,
}

#[derive(Deserialize)]
pub(crate) struct GoldRelation {
    #[serde(rename = "sourceBegin")]
    pub source_begin: usize,
    #[serde(rename = "sourceEnd")]
    pub source_end: usize,
    #[serde(rename = "targetBegin")]
    pub target_begin: usize,
    #[serde(rename = "targetEnd")]
    pub target_end: usize,
    pub source: String,
    pub target: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// The words that state the relation ("in", "fighting").
    #[serde(default)]
    pub value: String,
    #[serde(rename = "documentId")]
    pub document: String,
}

pub(crate) fn json_lines<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, EvalError> {
    let text =
        std::fs::read_to_string(path).map_err(|source| EvalError::Read { path: path.display().to_string(), source })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| EvalError::Parse {
                path: path.display().to_string(),
                line: i + 1,
                reason: e.to_string(),
            })
        })
        .collect()
}

/// Character offset → byte offset in `text`.
pub(crate) fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

/// The tokens of `sentence` (token indices) that a gold span of characters `[begin, end)`
/// touches, as `[start, end)` relative to the sentence; `None` when it touches none.
pub(crate) fn sentence_token_span(
    text: &str,
    tokens: &[dramatis::nlp::tokenize::Token],
    sentence: std::ops::Range<usize>,
    begin: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let (b, e) = (byte_at(text, begin), byte_at(text, end));
    let mut inside = sentence.clone().filter(|&t| tokens[t].start < e && b < tokens[t].end);
    let first = inside.next()?;
    let last = inside.next_back().unwrap_or(first);
    Some((first - sentence.start, last + 1 - sentence.start))
}

/// Is this mention a personal pronoun ("he", "She", "his")?
fn is_pronoun(value: &str) -> bool {
    matches!(value.trim().to_lowercase().as_str(), "he" | "him" | "his" | "she" | "her" | "hers")
}

/// Does a gold value carry a proper name? It must hold a capital letter outside a leading
/// determiner, and not be a pronoun: "We", "He", "The regime" are not names; "the Kurdish YPG" is.
pub(crate) fn named(value: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
        "them", "their", "this", "that", "these", "those",
    ];
    const DETERMINERS: &[&str] =
        &["the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your"];
    let words: Vec<&str> = value.split_whitespace().collect();
    if words.len() == 1 && PRONOUNS.contains(&words[0].to_lowercase().as_str()) {
        return false;
    }
    let start = usize::from(words.first().is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str())));
    words[start.min(words.len())..].iter().any(|w| w.chars().any(char::is_uppercase))
}

/// What `dramatis eval re3d` reports.
#[derive(Debug, Default)]
pub struct Re3dReport {
    pub documents: usize,
    pub gold_named_entities: usize,
    pub recalled_entities: usize,
    pub node_mentions: usize,
    pub precise_mentions: usize,
    pub gold_relations: usize,
    pub connected_typed: usize,
    /// Joined by typed edges stated anywhere in the graph, not necessarily in the relation's article.
    pub connected_typed_anywhere: usize,
    pub connected_with_co_occurrence: usize,
    pub typed_pairs: usize,
    pub typed_pairs_gold: usize,
    pub co_occurrence_pairs: usize,
    pub co_occurrence_pairs_gold: usize,
    pub edges_by_kind: BTreeMap<String, usize>,
    /// Plain sentence co-occurrence over the same node mentions: relations whose ends share a
    /// sentence, and the pairs it joins.
    pub baseline_connected: usize,
    pub baseline_pairs: usize,
    pub baseline_pairs_gold: usize,
    pub pronoun_mentions: usize,
    pub pronoun_mentions_on_gold: usize,
    /// Gold relations between a personal pronoun and a name.
    pub pronoun_relations: usize,
    pub pronoun_relations_connected: usize,
}

impl std::fmt::Display for Re3dReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        writeln!(f, "documents: {}", self.documents)?;
        writeln!(
            f,
            "entity recall (named Person/Organisation/Location): {:.3} ({} of {})",
            ratio(self.recalled_entities, self.gold_named_entities),
            self.recalled_entities,
            self.gold_named_entities
        )?;
        writeln!(
            f,
            "mention precision (non-event node mentions on a gold entity): {:.3} ({} of {})",
            ratio(self.precise_mentions, self.node_mentions),
            self.precise_mentions,
            self.node_mentions
        )?;
        writeln!(
            f,
            "relation-pair connectivity, typed edges or one event stated in the same article: {:.3} ({} of {})",
            ratio(self.connected_typed, self.gold_relations),
            self.connected_typed,
            self.gold_relations
        )?;
        writeln!(
            f,
            "relation-pair connectivity, typed edges or one event anywhere in the graph: {:.3} ({} of {})",
            ratio(self.connected_typed_anywhere, self.gold_relations),
            self.connected_typed_anywhere,
            self.gold_relations
        )?;
        writeln!(
            f,
            "relation-pair connectivity, with co-occurrence: {:.3} ({} of {})",
            ratio(self.connected_with_co_occurrence, self.gold_relations),
            self.connected_with_co_occurrence,
            self.gold_relations
        )?;
        writeln!(
            f,
            "typed pair precision (lower bound): {:.3} ({} of {})",
            ratio(self.typed_pairs_gold, self.typed_pairs),
            self.typed_pairs_gold,
            self.typed_pairs
        )?;
        writeln!(
            f,
            "pair precision of the graph's co-occurrence fallback edges (pairs without a typed edge): {:.3} ({} of {})",
            ratio(self.co_occurrence_pairs_gold, self.co_occurrence_pairs),
            self.co_occurrence_pairs_gold,
            self.co_occurrence_pairs
        )?;
        writeln!(
            f,
            "baseline, plain sentence co-occurrence over the same mentions: connectivity {:.3} ({} of {}), \
             pair precision {:.3} ({} of {})",
            ratio(self.baseline_connected, self.gold_relations),
            self.baseline_connected,
            self.gold_relations,
            ratio(self.baseline_pairs_gold, self.baseline_pairs),
            self.baseline_pairs_gold,
            self.baseline_pairs
        )?;
        writeln!(
            f,
            "pronouns and descriptions resolved (he/she/his/her, its, the group…): {} mentions, {:.3} on a gold \
             entity; \
             gold pronoun–name relations joined: {:.3} ({} of {})",
            self.pronoun_mentions,
            ratio(self.pronoun_mentions_on_gold, self.pronoun_mentions),
            ratio(self.pronoun_relations_connected, self.pronoun_relations),
            self.pronoun_relations_connected,
            self.pronoun_relations
        )?;
        writeln!(f, "edges per article by kind:")?;
        for (k, n) in &self.edges_by_kind {
            writeln!(f, "  {k}: {:.2}", *n as f64 / self.documents.max(1) as f64)?;
        }
        Ok(())
    }
}

/// The re3d folders under `root`: `root` itself when it holds `documents.json`, else its
/// subfolders that do, sorted.
pub(crate) fn re3d_folders(root: &Path) -> Result<Vec<std::path::PathBuf>, EvalError> {
    let mut folders = Vec::new();
    if root.join("documents.json").exists() {
        folders.push(root.to_path_buf());
    } else if let Ok(rd) = std::fs::read_dir(root) {
        folders = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("documents.json").exists()).collect();
        folders.sort();
    }
    if folders.is_empty() {
        return Err(EvalError::Empty(root.display().to_string()));
    }
    Ok(folders)
}

/// Evaluates extraction on every re3d folder under `root` (a folder holding the three files,
/// or a folder of such folders).
pub fn eval_re3d(root: &Path) -> Result<Re3dReport, EvalError> {
    let folders = re3d_folders(root)?;
    let mut articles = Vec::new();
    let mut entities: Vec<GoldEntity> = Vec::new();
    let mut relations: Vec<GoldRelation> = Vec::new();
    for folder in &folders {
        for d in json_lines::<Doc>(&folder.join("documents.json"))? {
            articles.push(Article {
                id: d.id.clone(),
                path: d.id,
                title: d.title,
                text: d.text,
                date: None,
                url: None,
            });
        }
        entities.extend(json_lines::<GoldEntity>(&folder.join("entities.json"))?);
        relations.extend(json_lines::<GoldRelation>(&folder.join("relations.json"))?);
    }
    let graph = dramatis::graph::build_graph(articles);
    Ok(score(&graph, &entities, &relations, &[]))
}

/// The report for `graph` against gold `entities` and `relations`; `also_related` are gold pairs
/// that count for pair precision only (relations not stated in one sentence).
pub(crate) fn score(
    graph: &KnowledgeGraph,
    entities: &[GoldEntity],
    relations: &[GoldRelation],
    also_related: &[GoldRelation],
) -> Re3dReport {
    let mut report = Re3dReport { documents: graph.articles.len(), ..Re3dReport::default() };
    // Developer aid: DRAMATIS_EVAL_MISSES=1 lists every miss on stderr.
    let explain = std::env::var_os("DRAMATIS_EVAL_MISSES").is_some();
    let article_of: HashMap<&str, u32> =
        graph.articles.iter().enumerate().map(|(i, a)| (a.id.as_str(), i as u32)).collect();
    // Byte spans of gold entities per article.
    let span = |doc: &str, b: usize, e: usize| -> Option<(u32, usize, usize)> {
        let a = *article_of.get(doc)?;
        let text = &graph.articles[a as usize].text;
        Some((a, byte_at(text, b), byte_at(text, e)))
    };
    // Non-event node mentions per article.
    let mut mentions: HashMap<u32, Vec<(usize, usize, NodeIndex)>> = HashMap::new();
    for (i, n) in graph.nodes() {
        if n.kind == NodeKind::Event {
            continue;
        }
        for m in &n.mentions {
            mentions.entry(m.article).or_default().push((m.start as usize, m.end as usize, i));
        }
    }
    // Pronouns resolved to a person ("he" → Hammond) are no node mentions (not names): they
    // come from the analysis again and are reported on their own.
    let mut pronoun_mentions: HashMap<u32, Vec<(usize, usize, NodeIndex)>> = HashMap::new();
    // The baseline the issue compares with: a plain sentence co-occurrence graph over the same
    // node mentions (every two nodes named in one sentence), per article.
    let mut co_mentioned: HashSet<(u32, NodeIndex, NodeIndex)> = HashSet::new();
    for (a, article) in graph.articles.iter().enumerate() {
        let analysis = dramatis::nlp::analyze(&article.text);
        for m in analysis.entities.iter().filter(|m| m.pronoun) {
            let (id, ..) = dramatis::graph::build::node_identity(&article.id, m);
            if let Some(node) = graph.index_of(&id) {
                pronoun_mentions.entry(a as u32).or_default().push((m.start, m.end, node));
            }
        }
        let Some(ms) = mentions.get(&(a as u32)) else { continue };
        for s in &analysis.sentences {
            let mut inside: Vec<NodeIndex> =
                ms.iter().filter(|m| m.0 >= s.start && m.1 <= s.end).map(|m| m.2).collect();
            inside.sort();
            inside.dedup();
            for (i, &x) in inside.iter().enumerate() {
                for &y in &inside[i + 1..] {
                    co_mentioned.insert((a as u32, x, y));
                }
            }
        }
    }
    let nodes_at = |a: u32, s: usize, e: usize| -> Vec<NodeIndex> {
        mentions.get(&a).map_or(Vec::new(), |v| v.iter().filter(|m| m.0 < e && s < m.1).map(|m| m.2).collect())
    };
    let people_orgs_places = ["Person", "Organisation", "Location"];
    let mut gold_spans: HashMap<u32, Vec<(usize, usize, bool)>> = HashMap::new();
    for g in entities {
        let Some((a, s, e)) = span(&g.document, g.begin, g.end) else { continue };
        let is_named = named(&g.value) && people_orgs_places.contains(&g.kind.as_str());
        gold_spans.entry(a).or_default().push((s, e, is_named));
        if is_named {
            report.gold_named_entities += 1;
            if !nodes_at(a, s, e).is_empty() {
                report.recalled_entities += 1;
            } else if explain {
                eprintln!("missed entity: {} [{}]", g.value, g.kind);
            }
        }
    }
    for (a, ms) in &mentions {
        for m in ms {
            report.node_mentions += 1;
            if gold_spans.get(a).is_some_and(|g| g.iter().any(|g| g.0 < m.1 && m.0 < g.1)) {
                report.precise_mentions += 1;
            } else if explain {
                let kind = graph.node(m.2).map_or("?", |n| n.kind.as_str());
                let text = &graph.articles[*a as usize].text;
                let before = text[..m.0].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
                let after = text[m.1..].char_indices().nth(40).map_or(text.len(), |(i, _)| m.1 + i);
                let context = text[before..after].replace('\n', " ");
                // Does the annotators' gold mark anything in this sentence (between full stops)?
                let (from, to) = (
                    text[..m.0].rfind(". ").map_or(0, |i| i + 1),
                    text[m.1..].find(". ").map_or(text.len(), |i| m.1 + i),
                );
                let annotated = gold_spans.get(a).is_some_and(|g| g.iter().any(|g| g.0 < to && from < g.1));
                let note = if annotated { "" } else { " (sentence without gold)" };
                eprintln!("mention off gold{note}: {} [{kind}] …{context}…", &text[m.0..m.1]);
            }
        }
    }
    // Neighbourhoods: typed (direct or via one event) and co-occurrence.
    // Gold relations are stated per document, so a join counts only when the edges carry
    // evidence from that document (the graph merges nodes across articles).
    // `None` = anywhere in the graph (reported beside, for comparison with earlier versions).
    let stated_in =
        |a: Option<u32>, e: &dramatis::graph::Edge| a.is_none_or(|a| e.evidence.iter().any(|s| s.article == a));
    let typed_path = |a: Option<u32>, x: NodeIndex, y: NodeIndex| -> Option<String> {
        if let Some((_, e)) =
            graph.edges_between(x, y).into_iter().find(|(_, e)| e.kind != EdgeKind::CoOccurrence && stated_in(a, e))
        {
            return Some(e.kind.as_str().to_string());
        }
        let events = |n: NodeIndex| -> HashMap<NodeIndex, &'static str> {
            graph
                .incident_edges(n)
                .into_iter()
                .filter(|(_, o, e, _)| stated_in(a, e) && graph.node(*o).is_some_and(|o| o.kind == NodeKind::Event))
                .map(|(_, o, e, _)| (o, e.kind.as_str()))
                .collect()
        };
        let (ex, ey) = (events(x), events(y));
        ex.iter().find_map(|(ev, kx)| {
            let ky = ey.get(ev)?;
            let label = graph.node(*ev).map_or("?", |n| n.label.as_str());
            Some(format!("{kx}/{ky} of event {label}"))
        })
    };
    let typed_joined = |a: Option<u32>, x: NodeIndex, y: NodeIndex| typed_path(a, x, y).is_some();
    let co_joined = |a: Option<u32>, x: NodeIndex, y: NodeIndex| {
        graph.edges_between(x, y).iter().any(|(_, e)| e.kind == EdgeKind::CoOccurrence && stated_in(a, e))
    };
    // Pronouns: how many resolved mentions sit on a gold entity, and how many gold relations
    // between a pronoun and a name are joined through the pronoun's person.
    let pronoun_nodes_at = |a: u32, s: usize, e: usize| -> Vec<NodeIndex> {
        pronoun_mentions.get(&a).map_or(Vec::new(), |v| v.iter().filter(|m| m.0 < e && s < m.1).map(|m| m.2).collect())
    };
    for (a, ms) in &pronoun_mentions {
        for m in ms {
            report.pronoun_mentions += 1;
            if gold_spans.get(a).is_some_and(|g| g.iter().any(|g| g.0 < m.1 && m.0 < g.1)) {
                report.pronoun_mentions_on_gold += 1;
            }
        }
    }
    for r in relations {
        if matches!(r.kind.as_str(), "IsSynonymOf" | "HasAttrOf") {
            continue;
        }
        let (pronoun_end, named_end) = match (is_pronoun(&r.source), is_pronoun(&r.target)) {
            (true, false) if named(&r.target) => ((r.source_begin, r.source_end), (r.target_begin, r.target_end)),
            (false, true) if named(&r.source) => ((r.target_begin, r.target_end), (r.source_begin, r.source_end)),
            _ => continue,
        };
        let (Some((a, ps, pe)), Some((_, ns, ne))) =
            (span(&r.document, pronoun_end.0, pronoun_end.1), span(&r.document, named_end.0, named_end.1))
        else {
            continue;
        };
        report.pronoun_relations += 1;
        let joined = pronoun_nodes_at(a, ps, pe)
            .iter()
            .any(|&x| nodes_at(a, ns, ne).iter().any(|&y| x != y && typed_joined(Some(a), x, y)));
        report.pronoun_relations_connected += joined as usize;
    }
    let mut gold_pairs: HashSet<(u32, NodeIndex, NodeIndex)> = HashSet::new();
    for r in relations {
        if matches!(r.kind.as_str(), "IsSynonymOf" | "HasAttrOf") || !named(&r.source) || !named(&r.target) {
            continue;
        }
        let (Some((a, ss, se)), Some((_, ts, te))) =
            (span(&r.document, r.source_begin, r.source_end), span(&r.document, r.target_begin, r.target_end))
        else {
            continue;
        };
        report.gold_relations += 1;
        let (xs, ys) = (nodes_at(a, ss, se), nodes_at(a, ts, te));
        let mut typed = false;
        let mut any = false;
        let mut anywhere = false;
        let mut sentence_baseline = false;
        for &x in &xs {
            for &y in &ys {
                if x == y {
                    continue;
                }
                gold_pairs.insert((a, x.min(y), x.max(y)));
                typed |= typed_joined(Some(a), x, y);
                sentence_baseline |= co_mentioned.contains(&(a, x.min(y), x.max(y)));
                anywhere |= typed_joined(None, x, y);
                if typed_joined(Some(a), x, y) || co_joined(Some(a), x, y) {
                    any = true;
                }
            }
        }
        if !typed && explain {
            let why = if xs.is_empty() || ys.is_empty() { "an end has no node" } else { "not joined" };
            let text = &graph.articles[a as usize].text;
            let (from, to) = (ss.min(ts), se.max(te));
            let between = if to - from <= 400 { text[from..to].replace('\n', " ") } else { String::from("…") };
            let kinds = |ns: &[NodeIndex]| -> String {
                ns.iter().filter_map(|&n| graph.node(n)).map(|n| n.kind.as_str()).collect::<Vec<_>>().join("+")
            };
            eprintln!(
                "miss ({why}): {} ({}) --{}--> {} ({}) [{}] «{between}»",
                r.source,
                kinds(&xs),
                r.kind,
                r.target,
                kinds(&ys),
                r.value
            );
        }
        report.connected_typed += typed as usize;
        report.connected_typed_anywhere += anywhere as usize;
        report.baseline_connected += sentence_baseline as usize;
        report.connected_with_co_occurrence += any as usize;
    }
    for r in also_related {
        let (Some((a, ss, se)), Some((_, ts, te))) =
            (span(&r.document, r.source_begin, r.source_end), span(&r.document, r.target_begin, r.target_end))
        else {
            continue;
        };
        for x in nodes_at(a, ss, se) {
            for y in nodes_at(a, ts, te) {
                gold_pairs.insert((a, x.min(y), x.max(y)));
            }
        }
    }
    // Pair precision over nodes on named gold entities, per article.
    for (a, ms) in &mentions {
        let on_gold: Vec<NodeIndex> = {
            let mut v: Vec<NodeIndex> = ms
                .iter()
                .filter(|m| gold_spans.get(a).is_some_and(|g| g.iter().any(|g| g.2 && g.0 < m.1 && m.0 < g.1)))
                .map(|m| m.2)
                .collect();
            v.sort();
            v.dedup();
            v
        };
        for (i, &x) in on_gold.iter().enumerate() {
            for &y in &on_gold[i + 1..] {
                let gold = gold_pairs.contains(&(*a, x.min(y), x.max(y)));
                if let Some(path) = typed_path(Some(*a), x, y) {
                    report.typed_pairs += 1;
                    report.typed_pairs_gold += gold as usize;
                    if !gold && explain {
                        let label = |n: NodeIndex| graph.node(n).map_or("?", |n| n.label.as_str());
                        eprintln!("typed pair off gold: {} -- {} [{path}]", label(x), label(y));
                    }
                }
                if co_mentioned.contains(&(*a, x.min(y), x.max(y))) {
                    report.baseline_pairs += 1;
                    report.baseline_pairs_gold += gold as usize;
                }
                if co_joined(Some(*a), x, y) {
                    report.co_occurrence_pairs += 1;
                    report.co_occurrence_pairs_gold += gold as usize;
                }
            }
        }
    }
    for (_, _, _, e) in graph.edges() {
        *report.edges_by_kind.entry(e.kind.as_str().to_string()).or_default() += 1;
    }
    report
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn names_exclude_pronouns_and_common_noun_mentions() {
        for name in ["Syria", "the Kurdish YPG", "U.S. service members", "The Foreign Secretary", "ISIL"] {
            assert!(named(name), "{name}");
        }
        for not_a_name in ["We", "I", "He", "they", "The regime", "the city", "our partners", "Its"] {
            assert!(!named(not_a_name), "{not_a_name}");
        }
    }
}
