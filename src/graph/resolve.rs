//! Resolution across articles: one node per real-world thing.
//!
//! Gazetteer ids already unify known names. This pass merges what cues found separately:
//! a surname with the one full name that ends with it ("Townsend" → "Stephen J. Townsend",
//! "Burhan" → "Abdel Fattah al-Burhan") unless the word is more often a given name,
//! and a name that is an alias of another node of a compatible kind ("SDF" → Syrian Democratic Forces),
//! and a name only a guess typed with the one same-named node a cue typed in another article.

use std::collections::{HashMap, HashSet};

use petgraph::stable_graph::NodeIndex;

use super::store::KnowledgeGraph;
use crate::model::NodeKind;
use crate::nlp::gazetteer::key_of;
use crate::nlp::lexicon::{TITLES, is_compass_word, surname_without_article};

fn compatible(a: NodeKind, b: NodeKind) -> bool {
    a == b || (a.is_actor() && b.is_actor() && a != NodeKind::Person && b != NodeKind::Person)
}

/// Is this node found by cues rather than the gazetteer? (Gazetteer nodes are canonical.)
fn is_cue_node(id: &str) -> bool {
    crate::nlp::Gazetteer::bundled().by_id(id).is_none()
}

/// Merges what names one thing across articles. `firm` holds the nodes some mention of which was
/// typed by the gazetteer or a cue of English, not by a guess alone (see `EntityMention::guessed`).
pub fn resolve(graph: &mut KnowledgeGraph, firm: &HashSet<NodeIndex>) {
    join_guessed_kinds(graph, firm);
    let persons: Vec<(NodeIndex, String)> =
        graph.nodes().filter(|(_, n)| n.kind == NodeKind::Person).map(|(i, n)| (i, n.label.clone())).collect();
    // How often each word opens a multi-word person's name, counted in mentions so that a
    // one-off misreading ("Lukashenko Europe") weighs little against a name said fifty times.
    let mut opening_mentions: HashMap<&str, usize> = HashMap::new();
    for (j, l) in &persons {
        let mut words = l.split_whitespace();
        if let (Some(first), Some(_)) = (words.next(), words.next()) {
            *opening_mentions.entry(first).or_default() += graph.node(*j).map_or(0, |n| n.mentions.len());
        }
    }
    // Alias keys of every node (for acronym/name merges).
    // Events are not names: two attacks are two events, however both are called.
    let mut alias_owner: HashMap<String, Vec<NodeIndex>> = HashMap::new();
    // Nor is a lone compass word, which stood for a whole name in one sentence ("North and South
    // Korea"), a name to join by: a lone "North" elsewhere is not North Korea.
    for (i, n) in graph.nodes().filter(|(_, n)| n.kind != NodeKind::Event) {
        for a in n.aliases.iter().filter(|a| **a == n.label || !is_compass_word(a)) {
            alias_owner.entry(key_of(a)).or_default().push(i);
        }
    }
    let mut merges: Vec<(NodeIndex, NodeIndex)> = Vec::new();
    for (i, n) in graph.nodes() {
        if !is_cue_node(&n.id) || n.kind == NodeKind::Event {
            continue;
        }
        let key = key_of(&n.label);
        let owners: Vec<NodeIndex> = alias_owner
            .get(&key)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&o| {
                o != i && graph.node(o).is_some_and(|other| compatible(other.kind, n.kind) && other.label != n.label)
            })
            .collect();
        if let [owner] = owners[..]
            && !is_given_name(graph, i, owner, &opening_mentions)
        {
            merges.push((owner, i));
        }
    }
    // Surnames: a one-word person joins the only multi-word person ending with that word.
    // Multi-word persons by their last word, so the pass is linear in the number of persons.
    let mut by_last_word: HashMap<&str, Vec<NodeIndex>> = HashMap::new();
    for (j, l) in &persons {
        if l.split_whitespace().count() > 1
            && let Some(last) = l.split_whitespace().last()
        {
            by_last_word.entry(last).or_default().push(*j);
            if let Some(bare) = surname_without_article(last) {
                by_last_word.entry(bare).or_default().push(*j);
            }
        }
    }
    for (i, label) in &persons {
        if label.split_whitespace().count() != 1 {
            continue;
        }
        if let Some([only]) = by_last_word.get(label.as_str()).map(Vec::as_slice)
            && only != i
            && !is_given_name(graph, *i, *only, &opening_mentions)
        {
            merges.push((*only, *i));
        }
    }
    for (into, from) in merges {
        if graph.node(into).is_some() && graph.node(from).is_some() {
            graph.merge_nodes(into, from);
        }
    }
}

/// A name only a guess typed in its articles (the tagger alone: "Hamas and Fatah" read as a place;
/// or "Fatah said" read as a person) is the one same-named node a cue of English typed in another
/// article ("the ruling Fatah party"): across articles as within one (`kinds_from_cues`), the cue
/// is evidence and the guess is not. A name cues type two ways keeps every node, and a guess
/// never overrules a guess, however often it is made: the tagger's errors repeat. An armed group
/// is an organisation too, so a name one cue calls an organisation ("the X Movement") and another
/// an armed group ("the rebel X Movement") is the armed group.
fn join_guessed_kinds(graph: &mut KnowledgeGraph, firm: &HashSet<NodeIndex>) {
    let named = |kind: NodeKind| kind != NodeKind::Event;
    let mut firm_by_name: HashMap<String, Vec<(NodeIndex, NodeKind)>> = HashMap::new();
    for &i in firm {
        if let Some(n) = graph.node(i).filter(|n| named(n.kind)) {
            firm_by_name.entry(key_of(&n.label)).or_default().push((i, n.kind));
        }
    }
    let mut merges: Vec<(NodeIndex, NodeIndex)> = Vec::new();
    for readings in firm_by_name.values_mut() {
        if let [(a, kind_a), (b, kind_b)] = readings[..] {
            let (group, organisation) = match (kind_a, kind_b) {
                (NodeKind::Group, NodeKind::Organization) => (a, b),
                (NodeKind::Organization, NodeKind::Group) => (b, a),
                _ => continue,
            };
            if graph.node(organisation).is_some_and(|n| is_cue_node(&n.id)) {
                merges.push((group, organisation));
                *readings = vec![(group, NodeKind::Group)];
            }
        }
    }
    for (i, n) in graph.nodes() {
        if firm.contains(&i) || !named(n.kind) || !is_cue_node(&n.id) {
            continue;
        }
        if let Some([(into, kind)]) = firm_by_name.get(&key_of(&n.label)).map(Vec::as_slice)
            && *kind != n.kind
        {
            merges.push((*into, i));
        }
    }
    // `firm_by_name` is read in hash order: merging in index order keeps the graph's indices, and
    // so the order of everything built on them, the same from run to run.
    merges.sort_unstable();
    for (into, from) in merges {
        graph.merge_nodes(into, from);
    }
}

/// Is the one-word person `word` a given name rather than a short form of the person `full`
/// (its family name, or the alias it was given in one article)? So it is when the word opens
/// other people's names more than twice as often (in mentions) as `full` is said: "John" is not
/// Elton John, nor "Abdullah" Abdullah Abdullah. An honorific before it says family name
/// whatever the counts ("Ms. Jean", "Mr. Farid").
fn is_given_name(graph: &KnowledgeGraph, word: NodeIndex, full: NodeIndex, opening: &HashMap<&str, usize>) -> bool {
    let (Some(word), Some(full)) = (graph.node(word), graph.node(full)) else { return false };
    if word.kind != NodeKind::Person || full.kind != NodeKind::Person || word.label.split_whitespace().count() != 1 {
        return false;
    }
    let opens_full = full.label.split_whitespace().next() == Some(word.label.as_str());
    let opening_others = opening.get(word.label.as_str()).copied().unwrap_or(0).saturating_sub(if opens_full {
        full.mentions.len()
    } else {
        0
    });
    if opening_others <= 2 * full.mentions.len() {
        return false;
    }
    let after_honorific = |span: &crate::model::Span| {
        let text = graph.article(span.article).map_or("", |a| a.text.as_str());
        text.get(..span.start as usize)
            .and_then(|before| before.split_whitespace().next_back())
            .is_some_and(|previous| TITLES.is_honorific(previous))
    };
    !word.mentions.iter().any(after_honorific)
}

#[cfg(test)]
mod tests {
    use crate::graph::{KnowledgeGraph, NodeKind, build_graph};
    use crate::ingest::Article;

    fn graph_of(texts: &[&str]) -> KnowledgeGraph {
        let articles = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Article {
                id: format!("a{i}"),
                path: format!("a{i}.txt"),
                title: format!("a{i}"),
                text: t.to_string(),
                date: None,
                url: None,
            })
            .collect();
        build_graph(articles)
    }

    fn nodes_named(graph: &KnowledgeGraph, alias: &str) -> Vec<String> {
        let mut ids: Vec<String> = graph
            .nodes()
            .filter(|(_, n)| n.kind != NodeKind::Event && n.aliases.iter().any(|a| a == alias))
            .map(|(_, n)| n.id.clone())
            .collect();
        ids.dedup();
        ids
    }

    #[test]
    fn the_same_entity_across_articles_is_one_node() {
        let graph = graph_of(&[
            "Army Lt. Gen. Stephen J. Townsend, commander of Combined Joint Task Force – Operation Inherent \
             Resolve (CJTF-OIR), visited Baghdad. ISIS fighters fled Mosul.",
            "Gen. Townsend said CJTF-OIR would keep up the pressure on Daesh in Raqqa.",
            "The Islamic State lost ground near Palmyra.",
            "Airmen of the 507th Air Refueling Wing (507th ARW) departed. The 507th ARW flies tankers.",
        ]);
        let townsend = nodes_named(&graph, "Stephen J. Townsend");
        assert_eq!(townsend.len(), 1);
        // A titled surname in another article joins the full name (a bare "Townsend said" is left
        // to the tagger, which may read an unknown surname as a place).
        assert_eq!(nodes_named(&graph, "Townsend"), townsend, "the surname joins the full name");
        let task_force = nodes_named(&graph, "CJTF-OIR");
        assert_eq!(task_force.len(), 1, "{task_force:?}");
        assert!(graph.node_by_id(&task_force[0]).is_some_and(|n| n.label.starts_with("Combined Joint Task Force")));
        let isis = nodes_named(&graph, "ISIS");
        assert_eq!(isis.len(), 1);
        assert_eq!(nodes_named(&graph, "Daesh"), isis);
        assert_eq!(nodes_named(&graph, "Islamic State"), isis);
        let wing = nodes_named(&graph, "507th ARW");
        assert_eq!(wing.len(), 1);
        assert_eq!(nodes_named(&graph, "507th Air Refueling Wing"), wing, "a numbered unit's acronym");
    }

    /// An event no party is named for ("Talks") is not the same as another event of that word.
    #[test]
    fn events_are_not_merged_by_their_words() {
        let graph = graph_of(&[
            "The deal was signed in Lima after talks mediated by former Chilean President Ana Ortiz.",
            "Peru and Bolivia held talks in La Paz on Friday.",
        ]);
        let talks: Vec<&str> =
            graph.nodes().filter(|(_, n)| n.kind == NodeKind::Event).map(|(_, n)| n.label.as_str()).collect();
        assert_eq!(talks.len(), 2, "{talks:?}");
    }

    /// A family name with the Arabic article joined to it is later written without it, in the
    /// same article and in another.
    #[test]
    fn a_surname_without_its_article_is_the_person() {
        let graph = graph_of(&[
            "Interior Minister Karim al-Tamimi toured the port of Basra on Monday. Tamimi said the \
             police would stay.",
            "Mr. Tamimi met tribal leaders in Nasiriyah.",
        ]);
        let tamimi = nodes_named(&graph, "Karim al-Tamimi");
        assert_eq!(tamimi.len(), 1);
        assert_eq!(nodes_named(&graph, "Tamimi"), tamimi);
    }

    /// A word that mostly opens people's names is a given name: said alone in another article it
    /// is not the one person whose name ends with it — unless an honorific makes it a family name.
    #[test]
    fn a_given_name_alone_is_not_the_surname_of_a_full_name() {
        let others = "Governor Martin Hale met Martin Osei and Martin Lindqvist in Accra on Monday. Martin Osei \
                      said the talks went well, and Martin Lindqvist agreed. Martin Hale left on Tuesday.";
        let singer = "The singer Clara Martin performed in Vienna on Saturday.";
        let graph = graph_of(&[singer, others, "Critics said Martin had been right about the harvest."]);
        let clara = nodes_named(&graph, "Clara Martin");
        assert_eq!(clara.len(), 1);
        let martin = nodes_named(&graph, "Martin");
        assert!(!martin.is_empty(), "the lone name is read");
        assert_ne!(martin, clara, "Martin alone is not Clara Martin");
        let graph = graph_of(&[singer, others, "Ms. Martin thanked the orchestra in Graz."]);
        assert_eq!(nodes_named(&graph, "Martin"), nodes_named(&graph, "Clara Martin"), "the honorific says surname");
    }

    /// "North" of "North and South Carolina" is North Carolina there, and neither its label nor
    /// a name that joins a lone "North" of another article to it.
    #[test]
    fn a_compass_word_standing_for_a_name_is_no_name_to_join_by() {
        let graph = graph_of(&[
            "Storms hit North and South Carolina on Monday. Aid reached Central and South America slowly.",
            "Farmers in the North of Italy lost their harvest, and the North demanded aid.",
        ]);
        let carolina = nodes_named(&graph, "North Carolina");
        assert_eq!(carolina.len(), 1);
        let carolina = graph.node_by_id(&carolina[0]).unwrap();
        assert_eq!(carolina.mentions.len(), 1, "the lone North of Italy stays apart: {:?}", carolina.aliases);
        let central = nodes_named(&graph, "Central");
        assert_eq!(central.len(), 1);
        assert_eq!(graph.node_by_id(&central[0]).unwrap().label, "Central America", "no compass word as a label");
    }

    /// A name a cue types in one article ("Tavari province") is that thing where another article
    /// leaves its kind to the tagger's guess ("Oskin and Tavari signed", read as two people).
    #[test]
    fn a_guessed_kind_yields_to_a_cue_of_another_article() {
        let graph = graph_of(&[
            "Fighting spread across Tavari province on Monday, officials said.",
            "Oskin and Tavari signed a trade accord on Friday.",
        ]);
        let tavari: Vec<(NodeKind, usize)> =
            graph.nodes().filter(|(_, n)| n.label == "Tavari").map(|(_, n)| (n.kind, n.mentions.len())).collect();
        assert_eq!(tavari, [(NodeKind::Place, 2)]);
    }

    /// An armed group is an organisation too: one article's cue says organisation ("the X
    /// Movement"), another's armed group ("the rebel X Movement"): one armed group.
    #[test]
    fn an_organisation_another_article_arms_is_the_armed_group() {
        let graph = graph_of(&[
            "The rebel Kavran Liberation Movement attacked an army post near Dorval on Monday.",
            "The Kavran Liberation Movement signed a trade accord with Ostmark on Friday.",
        ]);
        let kavran: Vec<(NodeKind, usize)> = graph
            .nodes()
            .filter(|(_, n)| n.label == "Kavran Liberation Movement")
            .map(|(_, n)| (n.kind, n.mentions.len()))
            .collect();
        assert_eq!(kavran, [(NodeKind::Group, 2)]);
    }

    /// The same for a given name one article used for its person: said alone elsewhere it stays apart.
    #[test]
    fn a_given_name_one_article_used_is_not_that_person_elsewhere() {
        let senator = "Senator Laila Nasser visited Amman on Monday. Laila said the talks went well.";
        let others = "Laila Haddad, Laila Osman and Laila Karimi met in Beirut on Friday. Laila Haddad spoke \
                      first, Laila Osman agreed, and Laila Karimi left. Laila Haddad flew home on Sunday.";
        let graph = graph_of(&[senator, others, "Critics said Laila had been wrong about the harvest."]);
        let nasser = nodes_named(&graph, "Laila Nasser");
        assert_eq!(nasser.len(), 1);
        let laila: Vec<String> = graph.nodes().filter(|(_, n)| n.label == "Laila").map(|(_, n)| n.id.clone()).collect();
        assert_eq!(laila.len(), 1, "the lone name keeps its own node");
    }
}
