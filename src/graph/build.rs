//! Builds the knowledge graph from articles: NLP in parallel, then one node per real-world thing,
//! `located_in` from the gazetteer and sentence co-occurrence as a low-confidence fallback.

use std::collections::{BTreeSet, HashMap, HashSet};

use rayon::prelude::*;

use super::store::{AnalysisFailure, KnowledgeGraph};
use petgraph::stable_graph::NodeIndex;

use super::model::{Edge, EventInfo};
use crate::model::Article;
use crate::model::{EdgeKind, Modality, NodeKind, Role, Span};
use crate::nlp::entities::EntityMention;
use crate::nlp::{self, Analysis, Gazetteer, Target};

/// Confidence of a co-occurrence edge seen in `n` sentences: low, growing slowly.
pub fn co_occurrence_confidence(n: usize) -> f32 {
    (0.15 + 0.08 * (n as f32).ln()).min(0.45)
}

type Findings = (Analysis, Vec<nlp::events::EventFinding>, Vec<nlp::relations::RelationFinding>);

/// Analyses every article and builds one graph.
pub fn build_graph(articles: Vec<Article>) -> KnowledgeGraph {
    build_graph_with(articles, &|text| {
        let analysis = nlp::analyze(text);
        let (events, relations) = nlp::events::find_events(text, &analysis);
        (analysis, events, relations)
    })
}

/// One article's findings, or what went wrong: a fault of the rules on one text must not cost the
/// other articles their graph, nor this one its text — it is kept with nothing found in it.
fn analyse_article(text: &str, analyse: &(dyn Fn(&str) -> Findings + Sync)) -> Result<Findings, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(text))).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown fault".into());
        format!("its text could not be analysed (internal error: {message}); it is kept with no nodes or edges")
    })
}

fn build_graph_with(articles: Vec<Article>, analyse: &(dyn Fn(&str) -> Findings + Sync)) -> KnowledgeGraph {
    let results: Vec<Result<Findings, String>> =
        articles.par_iter().map(|a| analyse_article(&a.text, analyse)).collect();
    let mut graph = KnowledgeGraph::new();
    let mut analyses: Vec<Findings> = Vec::with_capacity(results.len());
    for (article, result) in articles.iter().zip(results) {
        analyses.push(result.unwrap_or_else(|reason| {
            graph.add_analysis_failure(AnalysisFailure {
                article: article.id.clone(),
                path: article.path.clone(),
                reason,
            });
            (Analysis::default(), Vec::new(), Vec::new())
        }));
    }
    // Sentence spans per article, kept from the analysis for the co-occurrence pass.
    let mut sentence_spans: Vec<Vec<(u32, u32)>> = Vec::with_capacity(analyses.len());
    // Nodes some mention of which a cue or the gazetteer typed, not a guess alone.
    let mut firm: HashSet<NodeIndex> = HashSet::new();
    for (article, (analysis, events, relations)) in articles.into_iter().zip(analyses) {
        sentence_spans.push(analysis.sentences.iter().map(|s| (s.start as u32, s.end as u32)).collect());
        let index = graph.add_article(article);
        let nodes = add_analysis(&mut graph, index, &analysis);
        firm.extend(analysis.entities.iter().zip(&nodes).filter(|(m, _)| !m.guessed && !m.pronoun).map(|(_, n)| *n));
        add_events(&mut graph, index, &analysis, &nodes, &events, &relations);
    }
    super::resolve::resolve(&mut graph, &firm);
    merge_events_across_articles(&mut graph);
    relabel_unseen_place_names(&mut graph);
    relabel_bodies_by_the_articles_case(&mut graph);
    super::event_labels::distinguish_event_labels(&mut graph);
    add_co_occurrence(&mut graph, &sentence_spans);
    graph.set_sentences(sentence_spans);
    graph
}

/// A place whose gazetteer name never appears ("En Nâqoûra") takes the spelling the articles
/// use most ("Naqoura"); the gazetteer name stays as the `canonical_name` attribute. A spelling
/// in capitals only ("MONTEVIDEO" of a dateline) is the gazetteer name's when the letters agree,
/// and never a label; nor is a lone compass word ("Central" of "Central and South America"), nor
/// a spelling ending in a people's adjective ("southern Lebanese").
fn relabel_unseen_place_names(graph: &mut KnowledgeGraph) {
    let indices: Vec<_> = graph.node_indices().collect();
    for index in indices {
        let Some(node) = graph.node(index) else { continue };
        if node.kind != NodeKind::Place || node.mentions.is_empty() {
            continue;
        }
        let counts = surface_counts(graph, node);
        let shouted = |s: &str| !s.chars().any(char::is_lowercase);
        let canonical = node.label.to_lowercase();
        if counts.iter().any(|(s, _)| *s == node.label || (shouted(s) && s.to_lowercase() == canonical)) {
            continue;
        }
        let Some((best, _)) = counts
            .iter()
            .filter(|(s, _)| !shouted(s) && !nlp::lexicon::is_compass_word(s) && !ends_in_a_demonym(s))
            .max_by_key(|(_, n)| *n)
            .cloned()
        else {
            continue;
        };
        let Some(node) = graph.node_mut(index) else { continue };
        let canonical = std::mem::replace(&mut node.label, best.clone());
        node.aliases.retain(|a| *a != canonical);
        node.aliases.retain(|a| *a != best);
        node.aliases.insert(0, best);
        node.set_attribute("canonical_name", &canonical);
    }
}

/// "southern Lebanese" (of "the southern Lebanese town of X"): a spelling ending in a people's
/// adjective describes the place and is never its name.
fn ends_in_a_demonym(spelling: &str) -> bool {
    let last = spelling.rsplit(' ').next().unwrap_or(spelling);
    nlp::gazetteer::Gazetteer::bundled().lookup(last).iter().any(|h| h.demonym)
}

/// How often each spelling of a node's mentions is written, in order of first use.
fn surface_counts(graph: &KnowledgeGraph, node: &super::model::Node) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for m in &node.mentions {
        let surface = graph.span_text(*m);
        match counts.iter_mut().find(|(s, _)| s == surface) {
            Some((_, n)) => *n += 1,
            None => counts.push((surface.to_string(), 1)),
        }
    }
    counts
}

/// An organisation or group whose gazetteer name the articles never write, but write in other
/// capitals ("Igad", a case the gazetteer's build guessed, written "IGAD"), takes the articles'
/// spelling — the one they use most, the first on a tie; the gazetteer name stays as the
/// `canonical_name` attribute. Spellings with other letters are left to the aliases.
fn relabel_bodies_by_the_articles_case(graph: &mut KnowledgeGraph) {
    let indices: Vec<_> = graph.node_indices().collect();
    for index in indices {
        let Some(node) = graph.node(index) else { continue };
        if !matches!(node.kind, NodeKind::Organization | NodeKind::Group) || node.mentions.is_empty() {
            continue;
        }
        let counts = surface_counts(graph, node);
        if counts.iter().any(|(s, _)| *s == node.label) {
            continue;
        }
        let label = node.label.to_lowercase();
        // The first of the most used (`max_by_key` keeps the last of equals).
        let Some((best, _)) =
            counts.iter().filter(|(s, _)| s.to_lowercase() == label).rev().max_by_key(|(_, n)| *n).cloned()
        else {
            continue;
        };
        let Some(node) = graph.node_mut(index) else { continue };
        let canonical = std::mem::replace(&mut node.label, best.clone());
        node.aliases.retain(|a| *a != canonical && *a != best);
        node.aliases.insert(0, best);
        node.set_attribute("canonical_name", &canonical);
    }
}

/// The node an entity mention of an article stands for: id, label, kind and (for places) the
/// id of the place it lies in.
pub fn node_identity(article_id: &str, m: &EntityMention) -> (String, String, NodeKind, Option<String>) {
    match &m.target {
        Target::Known(i) => {
            let e = Gazetteer::bundled().entry(*i);
            (e.id.clone(), e.label.clone(), e.kind, e.parent.clone())
        }
        // An unnamed office holder is a person of this article only.
        Target::New { id, label } if id.starts_with(nlp::entities::ROLE_ID_PREFIX) => {
            (format!("{id}@{article_id}"), label.clone(), m.kind, None)
        }
        Target::New { id, label } => (id.clone(), label.clone(), m.kind, m.parent.clone()),
    }
}

/// Adds one analysed article's entities (nodes, mentions, located_in) to the graph; returns
/// the node of each entity mention.
pub fn add_analysis(graph: &mut KnowledgeGraph, article: u32, analysis: &Analysis) -> Vec<NodeIndex> {
    let mut nodes = Vec::with_capacity(analysis.entities.len());
    let mut parents: Vec<(NodeIndex, String, Span)> = Vec::new();
    for m in &analysis.entities {
        let (id, label, kind, parent) = node_identity(&graph.articles[article as usize].id, m);
        let node = graph.upsert_node(&id, kind, &label);
        nodes.push(node);
        // "he" takes part through its person (events, relations), but is no name of theirs:
        // node mentions stay the surface forms of the node's aliases.
        if m.pronoun {
            continue;
        }
        let text = &graph.articles[article as usize].text;
        let surface = text[m.start..m.end].to_string();
        graph.add_mention(node, Span { article, start: m.start as u32, end: m.end as u32 }, &surface);
        if let Some(role) = &m.role
            && let Some(n) = graph.node_mut(node)
            && n.attribute("role").is_none()
        {
            n.set_attribute("role", role);
        }
        if let Some(parent) = parent {
            let s = &analysis.sentences[m.sentence];
            parents.push((node, parent, Span { article, start: s.start as u32, end: s.end as u32 }));
        }
    }
    // located_in only towards places and countries the articles actually mention.
    for (node, parent, evidence) in parents {
        if let Some(p) = graph.index_of(&parent)
            && p != node
        {
            let mut edge = Edge::new(EdgeKind::LocatedIn, 0.9);
            edge.evidence.push(evidence);
            graph.add_edge(node, p, edge);
        }
    }
    nodes
}

fn sentence_span(analysis: &Analysis, article: u32, sentence: usize) -> Span {
    let s = &analysis.sentences[sentence];
    Span { article, start: s.start as u32, end: s.end as u32 }
}

/// Adds event nodes with their role edges, and relation/affiliation edges, for one article.
pub fn add_events(
    graph: &mut KnowledgeGraph,
    article: u32,
    analysis: &Analysis,
    nodes: &[NodeIndex],
    events: &[nlp::events::EventFinding],
    relations: &[nlp::relations::RelationFinding],
) {
    let article_id = graph.articles[article as usize].id.clone();
    for (k, e) in events.iter().enumerate() {
        let participants: Vec<String> = e
            .roles
            .iter()
            .filter(|r| r.kind == EdgeKind::Participant)
            .filter_map(|r| graph.node(nodes[r.entity]).map(|n| n.label.clone()))
            .fold(Vec::new(), |mut v, l| {
                if !v.contains(&l) {
                    v.push(l);
                }
                v
            });
        let mut trigger = e.trigger.clone();
        if let Some(first) = trigger.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        let label = if participants.is_empty() {
            trigger
        } else {
            format!("{trigger}: {}", participants.iter().take(3).cloned().collect::<Vec<_>>().join(" – "))
        };
        let id = format!("event:{article_id}:{}", k + 1);
        let node = graph.upsert_node(&id, NodeKind::Event, &label);
        // Time: ISO 8601 against the article's date when it pins one, else the words themselves.
        let time_text = e.time.map(|t| {
            let t = &analysis.times[t];
            graph.articles[article as usize].text[t.start..t.end].to_string()
        });
        let anchor = graph.articles[article as usize].date.as_deref().and_then(nlp::time::Date::parse);
        let time = time_text.as_deref().map(|t| nlp::time::normalize(t, anchor).unwrap_or_else(|| t.to_string()));
        if let Some(n) = graph.node_mut(node) {
            n.event =
                Some(EventInfo { event_type: nlp::events::root_label(e.root).to_string(), modality: e.modality, time });
            if let Some(t) = &time_text {
                n.set_attribute("time_text", t);
            }
            n.aliases.clear();
        }
        for &(start, end, _) in &e.mentions {
            let surface = graph.articles[article as usize].text[start..end].to_string();
            graph.add_mention(node, Span { article, start: start as u32, end: end as u32 }, &surface);
        }
        // Doubtful events get doubtful edges.
        let doubt = if e.modality == Modality::Asserted { 1.0 } else { 0.6 };
        for &nlp::events::RoleFinding { entity, kind, role, sentence, confidence } in &e.roles {
            let other = nodes[entity];
            let mut edge = Edge::new(kind, confidence * doubt);
            edge.role = role;
            edge.label = Some(e.trigger.clone());
            edge.evidence.push(sentence_span(analysis, article, sentence));
            if kind == EdgeKind::Location {
                graph.add_edge(node, other, edge);
            } else {
                graph.add_edge(other, node, edge);
            }
        }
    }
    for r in relations {
        let (a, b) = (nodes[r.source], nodes[r.target]);
        if a == b {
            continue;
        }
        let mut edge = Edge::new(r.kind, r.confidence);
        // located_in needs no label, and then joins the gazetteer's edge for the same pair.
        edge.label = (r.kind != EdgeKind::LocatedIn).then(|| r.label.clone());
        edge.evidence.push(sentence_span(analysis, article, r.sentence));
        graph.add_edge(a, b, edge);
    }
}

/// The same event reported by several articles: same type, same participants (two or more) in
/// the same roles, same places → one node. Sides told the other way round ("X attacked Y", "Y
/// attacked X") are two events, and no party ends up both source and target of one.
fn merge_events_across_articles(graph: &mut KnowledgeGraph) {
    type Key = (String, Vec<(NodeIndex, Option<Role>)>, Vec<NodeIndex>);
    let mut by_key: HashMap<Key, NodeIndex> = HashMap::new();
    let mut merges = Vec::new();
    for (index, node) in graph.nodes() {
        let Some(info) = &node.event else { continue };
        if info.modality != Modality::Asserted {
            continue;
        }
        let mut participants = Vec::new();
        let mut places = Vec::new();
        for (_, other, edge, _) in graph.incident_edges(index) {
            match edge.kind {
                EdgeKind::Participant => participants.push((other, edge.role)),
                EdgeKind::Location => places.push(other),
                _ => {}
            }
        }
        participants.sort();
        participants.dedup();
        places.sort();
        places.dedup();
        if participants.len() < 2 {
            continue;
        }
        let first_article = node.mentions.first().map(|m| m.article);
        match by_key.entry((info.event_type.clone(), participants, places)) {
            std::collections::hash_map::Entry::Occupied(o) => {
                let other = graph.node(*o.get());
                let other_article = other.and_then(|n| n.mentions.first().map(|m| m.article));
                let other_time = other.and_then(|n| n.event.as_ref()).and_then(|e| e.time.as_deref());
                if other_article != first_article && times_agree(info.time.as_deref(), other_time) {
                    merges.push((*o.get(), index));
                }
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(index);
            }
        }
    }
    for (into, from) in merges {
        graph.merge_nodes(into, from);
    }
}

/// Two event times agree unless both are calendar values (ISO 8601) that cannot be the same
/// time ("2025-11-25" vs "2025-11-20"; "2025-11" holds "2025-11-25"), or both name a month and
/// a day and not the same ("January 10" vs "January 9", in articles that give no year).
fn times_agree(a: Option<&str>, b: Option<&str>) -> bool {
    let calendar = |t: &str| t.chars().next().is_some_and(|c| c.is_ascii_digit());
    if let (Some(x), Some(y)) = (a.and_then(nlp::time::month_and_day), b.and_then(nlp::time::month_and_day))
        && x != y
    {
        return false;
    }
    match (a, b) {
        (Some(a), Some(b)) if calendar(a) && calendar(b) => a.starts_with(b) || b.starts_with(a),
        _ => true,
    }
}

/// Pairs of entities named in the same sentence, unless a typed edge already joins them.
/// `sentence_spans[article]` are that article's sentence byte ranges, in order.
pub fn add_co_occurrence(graph: &mut KnowledgeGraph, sentence_spans: &[Vec<(u32, u32)>]) {
    let mut by_sentence: HashMap<(u32, u32, u32), BTreeSet<NodeIndex>> = HashMap::new();
    for (index, node) in graph.nodes() {
        if node.kind == NodeKind::Event {
            continue;
        }
        for m in &node.mentions {
            let spans = &sentence_spans[m.article as usize];
            let pos = spans.partition_point(|&(_, end)| end <= m.start);
            if let Some(&(s, e)) = spans.get(pos) {
                by_sentence.entry((m.article, s, e)).or_default().insert(index);
            }
        }
    }
    let mut pairs: HashMap<(petgraph::stable_graph::NodeIndex, petgraph::stable_graph::NodeIndex), Vec<Span>> =
        HashMap::new();
    let mut keys: Vec<_> = by_sentence.keys().copied().collect();
    keys.sort();
    for key in keys {
        let nodes: Vec<_> = by_sentence[&key].iter().copied().collect();
        for (i, &a) in nodes.iter().enumerate() {
            for &b in &nodes[i + 1..] {
                pairs.entry((a, b)).or_default().push(Span { article: key.0, start: key.1, end: key.2 });
            }
        }
    }
    let mut pairs: Vec<_> = pairs.into_iter().collect();
    pairs.sort_by_key(|(k, _)| *k);
    // Typed links and shared events decide which pairs need a fallback edge; both are read
    // once up front (the edges added below are co-occurrences between non-events, so they
    // change neither), keeping the pass linear in the pairs rather than in hub degrees.
    let mut typed_pairs: std::collections::HashSet<(NodeIndex, NodeIndex)> = std::collections::HashSet::new();
    let mut events_of: HashMap<NodeIndex, std::collections::HashSet<NodeIndex>> = HashMap::new();
    for (_, s, t, e) in graph.edges() {
        if e.kind != EdgeKind::CoOccurrence {
            typed_pairs.insert((s.min(t), s.max(t)));
        }
        for (end, other) in [(s, t), (t, s)] {
            if graph.node(other).is_some_and(|x| x.kind == NodeKind::Event) {
                events_of.entry(end).or_default().insert(other);
            }
        }
    }
    let no_events = std::collections::HashSet::new();
    for ((a, b), evidence) in pairs {
        let typed = typed_pairs.contains(&(a.min(b), a.max(b)));
        let (ea, eb) = (events_of.get(&a).unwrap_or(&no_events), events_of.get(&b).unwrap_or(&no_events));
        let (small, large) = if ea.len() <= eb.len() { (ea, eb) } else { (eb, ea) };
        if typed || small.iter().any(|e| large.contains(e)) {
            continue;
        }
        let mut edge = Edge::new(EdgeKind::CoOccurrence, co_occurrence_confidence(evidence.len()));
        edge.label = Some(format!("{} sentence{}", evidence.len(), if evidence.len() == 1 { "" } else { "s" }));
        edge.evidence = evidence;
        graph.add_edge(a, b, edge);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Node;

    fn article(id: &str, date: Option<&str>, text: &str) -> Article {
        Article {
            id: id.into(),
            path: format!("{id}.txt"),
            title: id.into(),
            text: text.into(),
            date: date.map(str::to_string),
            url: None,
        }
    }

    fn talks(graph: &KnowledgeGraph) -> Vec<&Node> {
        graph
            .nodes()
            .map(|(_, n)| n)
            .filter(|n| n.event.as_ref().is_some_and(|e| e.event_type == "04 Consult"))
            .collect()
    }

    #[test]
    fn an_article_whose_analysis_fails_is_kept_and_named_and_the_others_still_build() {
        let articles = vec![
            article("first", None, "Peru and Chile signed a treaty in Lima."),
            article("broken", None, "A text the rules cannot read."),
            article("last", None, "Kenya hosted talks in Nairobi."),
        ];
        let analyse = |text: &str| {
            assert!(!text.contains("cannot read"), "a fault in the rules");
            let analysis = nlp::analyze(text);
            let (events, relations) = nlp::events::find_events(text, &analysis);
            (analysis, events, relations)
        };
        let graph = build_graph_with(articles, &analyse);
        assert_eq!(graph.articles.len(), 3);
        assert_eq!(graph.analysis_failures().len(), 1);
        let failure = &graph.analysis_failures()[0];
        assert_eq!((failure.article.as_str(), failure.path.as_str()), ("broken", "broken.txt"));
        assert!(failure.reason.contains("a fault in the rules"), "{}", failure.reason);
        let labels: Vec<&str> = graph.node_indices().filter_map(|i| graph.node(i)).map(|n| n.label.as_str()).collect();
        for name in ["Peru", "Lima", "Kenya", "Nairobi"] {
            assert!(labels.contains(&name), "{name} in {labels:?}");
        }
        assert!(graph.sentences(1).is_empty());
    }

    #[test]
    fn pronouns_take_part_for_their_person_and_office_holders_stay_in_their_article() {
        let text = "Philip Hammond arrived in Paris. He met Sergei Lavrov. The Prime Minister welcomed the talks.";
        let graph = build_graph(vec![article("a", None, text), article("b", None, "The Prime Minister spoke.")]);
        let hammond = graph.nodes().map(|(_, n)| n).find(|n| n.label == "Philip Hammond").expect("Hammond");
        assert_eq!(hammond.mentions.len(), 1, "'He' is no name of his");
        let lavrov = graph.index_of("person:sergei-lavrov").expect("Lavrov");
        let met_through_he = graph.incident_edges(lavrov).into_iter().any(|(_, event, _, _)| {
            graph
                .incident_edges(event)
                .iter()
                .any(|(_, other, _, _)| graph.node(*other).is_some_and(|n| n.label == "Philip Hammond"))
        });
        assert!(met_through_he, "'He met Sergei Lavrov' joins Hammond and Lavrov");
        // One unnamed Prime Minister per article: they may be different people.
        let prime_ministers = graph.nodes().filter(|(_, n)| n.label == "Prime Minister").count();
        assert_eq!(prime_ministers, 2);
    }

    #[test]
    fn a_place_keeps_its_name_when_an_article_only_shouts_it() {
        let graph = build_graph(vec![article(
            "a",
            Some("2025-11-26"),
            "MONTEVIDEO (AP) - Officials from Uruguay met on Monday.",
        )]);
        let labels: Vec<&str> = graph.nodes().map(|(_, n)| n.label.as_str()).collect();
        assert!(labels.contains(&"Montevideo") && !labels.contains(&"MONTEVIDEO"), "{labels:?}");
    }

    /// "the southern Peruvian town of X": the region of Peru is named by the country, not by the
    /// adjective the article wrote.
    #[test]
    fn a_region_written_with_an_adjective_keeps_its_name() {
        let graph = build_graph(vec![article("a", None, "Floods hit the southern Peruvian town of Arvik on Monday.")]);
        let labels: Vec<&str> = graph.nodes().map(|(_, n)| n.label.as_str()).collect();
        assert!(labels.contains(&"southern Peru") && !labels.contains(&"southern Peruvian"), "{labels:?}");
    }

    /// The gazetteer spells the regional bloc "Igad" (its build guessed the case of a name in
    /// capitals); an article writing "IGAD" names the node so, and the gazetteer's spelling stays
    /// an attribute.
    #[test]
    fn a_body_takes_the_articles_capitals_when_they_never_write_the_gazetteer_name() {
        let graph = build_graph(vec![article("a", None, "The regional bloc IGAD met in Nairobi on Monday.")]);
        let bloc = graph.index_of("organization:igad").and_then(|i| graph.node(i)).expect("the bloc is a node");
        assert_eq!(bloc.label, "IGAD");
        assert_eq!(bloc.attribute("canonical_name"), Some("Igad"));
    }

    #[test]
    fn event_times_are_normalised_against_the_article_date() {
        let graph = build_graph(vec![article(
            "a",
            Some("2025-11-26"),
            "Israel and Lebanon held talks in Naqoura on Tuesday, officials said.",
        )]);
        let events = talks(&graph);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].event.as_ref().unwrap().time.as_deref(), Some("2025-11-25"));
        assert_eq!(events[0].attribute("time_text"), Some("Tuesday"));
    }

    #[test]
    fn reports_of_the_same_talks_merge_unless_their_dates_differ() {
        let text = |day: &str| format!("Israel and Lebanon held talks in Naqoura on {day}, officials said.");
        let same = build_graph(vec![
            article("a", Some("2025-11-26"), &text("Tuesday")),
            article("b", Some("2025-11-27"), &text("Tuesday")),
        ]);
        assert_eq!(talks(&same).len(), 1, "one event reported twice");
        let different = build_graph(vec![
            article("a", Some("2025-11-26"), &text("Tuesday")),
            article("b", Some("2025-11-20"), &text("Tuesday")),
        ]);
        assert_eq!(talks(&different).len(), 2, "two rounds of talks a week apart");
        // Undated articles: the days they name still tell two rounds apart.
        let text = |day: &str| format!("Kenya and Uganda held talks in Kampala on March {day}.");
        let undated = |a: &str, b: &str| build_graph(vec![article("a", None, &text(a)), article("b", None, &text(b))]);
        assert_eq!(talks(&undated("4", "4")).len(), 1);
        assert_eq!(talks(&undated("4", "11")).len(), 2);
    }

    /// "Peru shelled Chile" and "Chile shelled Peru" on the same day are two events: no party is
    /// both the source and the target of one.
    #[test]
    fn reports_with_the_sides_reversed_stay_apart() {
        let graph = build_graph(vec![
            article("a", Some("2025-11-26"), "Peru shelled Chile near Arica on Tuesday."),
            article("b", Some("2025-11-26"), "Chile shelled Peru near Arica on Tuesday."),
            article("c", Some("2025-11-26"), "Peru shelled Chile near Arica on Tuesday, officials said."),
        ]);
        let shellings: Vec<_> = graph.nodes().filter(|(_, n)| n.event.is_some()).map(|(i, _)| i).collect();
        assert_eq!(shellings.len(), 2, "{:?}", graph.nodes().map(|(_, n)| n.label.clone()).collect::<Vec<_>>());
        for event in shellings {
            let roles: Vec<(NodeIndex, Option<Role>)> = graph
                .incident_edges(event)
                .into_iter()
                .filter(|(_, _, e, _)| e.kind == EdgeKind::Participant)
                .map(|(_, other, e, _)| (other, e.role))
                .collect();
            for (party, role) in &roles {
                assert!(roles.iter().all(|(p, r)| p != party || r == role), "{roles:?}");
            }
        }
    }
}
