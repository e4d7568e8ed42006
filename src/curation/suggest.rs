//! Merge suggestions: pairs of nodes that likely name one thing (surname and full name, acronym
//! and expansion, spelling variants, one gazetteer entry, one name under two kinds), each with its
//! reason and evidence, best first. Work is linear in the graph: candidates meet through keys
//! (folded names, one-letter deletions, initials, surnames), never by comparing all pairs.

use std::collections::{HashMap, HashSet};

use petgraph::stable_graph::NodeIndex;

use crate::graph::{KnowledgeGraph, Node};
use crate::model::{NodeKind, Span, fold};
use crate::nlp::Gazetteer;
use crate::nlp::tokenize::initials;

/// Why two nodes may be one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// An unlinked name is an alias of the gazetteer entry another node is.
    SameGazetteerEntry,
    /// The same name (ignoring case, accents, punctuation and a possessive) on two nodes of one kind.
    SameName,
    /// The same name on nodes of two kinds ("Hamas" as organisation and as armed group).
    SameNameOtherKind,
    /// One name is the initials of the other ("IDF", "Israel Defense Forces").
    Acronym,
    /// A one-word person name is the last word of a full name ("Nasrallah", "Hassan Nasrallah").
    Surname,
    /// Names one letter apart ("al-Qaida", "al-Qaeda").
    Spelling,
}

impl Reason {
    pub fn describe(self) -> &'static str {
        match self {
            Reason::SameGazetteerEntry => "the gazetteer knows this name as the other",
            Reason::SameName => "same name",
            Reason::SameNameOtherKind => "same name, different kind",
            Reason::Acronym => "acronym and expansion",
            Reason::Surname => "surname and full name",
            Reason::Spelling => "spelling variant",
        }
    }
}

/// A likely duplicate: merging `merge` into `keep` is the suggested edit.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub keep: String,
    pub merge: String,
    pub reason: Reason,
    /// 0..1, higher first.
    pub score: f32,
    /// A sentence of each node that shows its name (evidence for the user).
    pub evidence: Vec<Span>,
}

impl Suggestion {
    /// The pair as a dismissal key (order-free).
    pub fn key(&self) -> (String, String) {
        pair_key(&self.keep, &self.merge)
    }
}

/// The order-free key of a pair of node ids.
pub fn pair_key(a: &str, b: &str) -> (String, String) {
    if a <= b { (a.to_string(), b.to_string()) } else { (b.to_string(), a.to_string()) }
}

/// Words that do not count toward an acronym's letters.
/// Name key: folded, a trailing possessive and a leading "the" dropped, letters and digits only.
pub fn name_key(name: &str) -> String {
    let folded = fold(name.trim());
    let folded = folded.strip_suffix("'s").or_else(|| folded.strip_suffix("’s")).unwrap_or(&folded);
    let folded = folded.strip_prefix("the ").unwrap_or(folded);
    folded.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Every suggestion for `graph` not in `dismissed`, best first.
pub fn suggest_merges(graph: &KnowledgeGraph, dismissed: &HashSet<(String, String)>) -> Vec<Suggestion> {
    let gazetteer = Gazetteer::bundled();
    let candidates: Vec<(NodeIndex, &Node)> =
        graph.nodes().filter(|(_, n)| n.kind != NodeKind::Event && !n.hidden && !n.label.is_empty()).collect();
    let mut found: HashMap<(NodeIndex, NodeIndex), (Reason, f32)> = HashMap::new();
    let mut propose = |a: NodeIndex, b: NodeIndex, reason: Reason, score: f32| {
        if a == b {
            return;
        }
        let key = if a < b { (a, b) } else { (b, a) };
        let slot = found.entry(key).or_insert((reason, score));
        if score > slot.1 {
            *slot = (reason, score);
        }
    };
    let in_gazetteer = |n: &Node| gazetteer.by_id(&n.id).is_some();

    // One name (label or alias) on two nodes.
    let mut by_name: HashMap<String, Vec<(NodeIndex, &Node)>> = HashMap::new();
    for &(i, n) in &candidates {
        let mut keys: Vec<String> = n.aliases.iter().map(|a| name_key(a)).filter(|k| k.len() >= 2).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            by_name.entry(k).or_default().push((i, n));
        }
    }
    // A name on more than a handful of nodes is a common word, not a duplicate. Two nodes
    // labelled alike are one; a label that is only an alias of the other is weaker evidence,
    // split among all that use it ("Bush" for George, Laura and George H. W. Bush); two nodes
    // sharing only an alias prove nothing.
    for (key, nodes) in by_name.iter().filter(|(_, v)| v.len() > 1 && v.len() <= 8) {
        let labelled: Vec<(NodeIndex, &Node)> =
            nodes.iter().copied().filter(|(_, n)| name_key(&n.label) == *key).collect();
        let alias_only = nodes.len() - labelled.len();
        for (x, &(a, na)) in labelled.iter().enumerate() {
            for &(b, nb) in nodes.iter().filter(|(b, _)| *b != a) {
                let b_labelled = labelled.iter().any(|(l, _)| *l == b);
                if (b_labelled && labelled[..x].iter().any(|(l, _)| *l == b)) || (in_gazetteer(na) && in_gazetteer(nb))
                {
                    continue;
                }
                let score = if b_labelled { 0.95 } else { 0.85 / alias_only as f32 };
                if na.kind == nb.kind {
                    propose(a, b, Reason::SameName, score);
                } else {
                    propose(a, b, Reason::SameNameOtherKind, score * 0.85);
                }
            }
        }
    }

    // An unlinked name the gazetteer knows as an entry that is a node.
    for &(i, n) in &candidates {
        if in_gazetteer(n) {
            continue;
        }
        for hit in gazetteer.lookup(&n.label).iter().filter(|h| !h.demonym && !h.common) {
            if let Some(j) = graph.index_of(&gazetteer.entry(hit.entry).id) {
                propose(i, j, Reason::SameGazetteerEntry, 0.9);
            }
        }
    }

    // Acronym and expansion: the initials of an organisation's capitalised words.
    let mut by_initials: HashMap<String, Vec<(NodeIndex, &Node)>> = HashMap::new();
    for &(i, n) in &candidates {
        if let Some(initials) = initials(n.label.split(|c: char| c.is_whitespace() || c == '-')) {
            by_initials.entry(initials).or_default().push((i, n));
        }
    }
    for &(i, n) in &candidates {
        let letters: String = n.label.chars().filter(|c| *c != '.').collect();
        let is_acronym = (2..=6).contains(&letters.chars().count())
            && letters.chars().all(|c| c.is_uppercase())
            && n.kind != NodeKind::Person;
        if let Some(expansions) = by_initials.get(&letters).filter(|_| is_acronym) {
            for &(j, nj) in expansions {
                if nj.kind != NodeKind::Person && !(in_gazetteer(n) && in_gazetteer(nj)) {
                    propose(i, j, Reason::Acronym, if expansions.len() == 1 { 0.85 } else { 0.5 });
                }
            }
        }
    }

    // Surname and full name: a one-word person and the people whose last word it is. Stronger
    // when the two share an article, weaker the more full names share the surname.
    let mut by_surname: HashMap<String, Vec<NodeIndex>> = HashMap::new();
    for &(i, n) in &candidates {
        let words: Vec<&str> = n.label.split_whitespace().collect();
        if n.kind == NodeKind::Person && words.len() >= 2 {
            by_surname.entry(name_key(words[words.len() - 1])).or_default().push(i);
        }
    }
    for &(i, n) in &candidates {
        if n.kind != NodeKind::Person || n.label.split_whitespace().count() != 1 {
            continue;
        }
        let Some(full) = by_surname.get(&name_key(&n.label)) else { continue };
        let articles_of = |node: &Node| node.mentions.iter().map(|m| m.article).collect::<HashSet<u32>>();
        let mine = articles_of(n);
        for &j in full {
            let shared = graph.node(j).is_some_and(|f| !articles_of(f).is_disjoint(&mine));
            let score = (if shared { 0.8 } else { 0.6 }) / full.len() as f32;
            propose(i, j, Reason::Surname, score);
        }
    }

    // Spelling variants one edit apart, among names of five letters or more: two such names
    // share a one-letter deletion (or one is a deletion of the other).
    let keys: Vec<(NodeIndex, &Node, String)> = candidates
        .iter()
        .map(|&(i, n)| (i, n, name_key(&n.label)))
        .filter(|(_, _, k)| (5..=40).contains(&k.chars().count()))
        .collect();
    // Hashes of each name and of its one-letter deletions, sorted so equal hashes sit together
    // (no string per variant; a hash collision only adds a pair the distance check rejects).
    let mut variants: Vec<(u64, u32)> = Vec::new();
    for (slot, (_, _, k)) in keys.iter().enumerate() {
        let chars: Vec<char> = k.chars().collect();
        variants.push((hash_without(&chars, usize::MAX), slot as u32));
        variants.extend((0..chars.len()).map(|skip| (hash_without(&chars, skip), slot as u32)));
    }
    variants.sort_unstable();
    let mut compared: HashSet<(u32, u32)> = HashSet::new();
    for group in variants.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() > 1 && g.len() <= 16) {
        for (x, &(_, sa)) in group.iter().enumerate() {
            for &(_, sb) in &group[x + 1..] {
                let ((a, na, ka), (b, nb, kb)) = (&keys[sa as usize], &keys[sb as usize]);
                if a == b || !compared.insert((sa.min(sb), sa.max(sb))) {
                    continue;
                }
                let same_group = na.kind == nb.kind || (na.kind.is_actor() && nb.kind.is_actor());
                if same_group
                    && !(in_gazetteer(na) && in_gazetteer(nb))
                    && ka != kb
                    && edit_distance(ka, kb) == 1
                    && first_letters_agree(ka, kb)
                    && given_names_agree(na, nb)
                {
                    propose(*a, *b, Reason::Spelling, 0.7);
                }
            }
        }
    }

    let mut out: Vec<Suggestion> = found
        .into_iter()
        .filter_map(|((a, b), (reason, score))| {
            let (na, nb) = (graph.node(a)?, graph.node(b)?);
            if dismissed.contains(&pair_key(&na.id, &nb.id)) {
                return None;
            }
            let (keep, merge) = keeper(reason, na, nb);
            let evidence = [keep, merge].iter().filter_map(|n| sentence_of(graph, n.mentions.first()?)).collect();
            Some(Suggestion { keep: keep.id.clone(), merge: merge.id.clone(), reason, score, evidence })
        })
        .collect();
    let weight = |s: &Suggestion| {
        let m = |id: &str| graph.node_by_id(id).map_or(0, |n| n.mentions.len());
        m(&s.keep) + m(&s.merge)
    };
    out.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then_with(|| weight(y).cmp(&weight(x)))
            .then_with(|| (&x.keep, &x.merge).cmp(&(&y.keep, &y.merge)))
    });
    out
}

/// FNV-1a over the characters of a name but the one at `skip`.
fn hash_without(chars: &[char], skip: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, c) in chars.iter().enumerate() {
        if i != skip {
            h = (h ^ u64::from(*c as u32)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Which node stays: the gazetteer's, the full name, the expansion; else the one mentioned more.
fn keeper<'a>(reason: Reason, a: &'a Node, b: &'a Node) -> (&'a Node, &'a Node) {
    let gazetteer = Gazetteer::bundled();
    let a_first = match reason {
        Reason::SameGazetteerEntry => gazetteer.by_id(&a.id).is_some(),
        Reason::Surname | Reason::Acronym => a.label.chars().count() > b.label.chars().count(),
        // The node named more often stays; on a tie the fuller name ("Karim Hamid" over "Hamid").
        _ => {
            let rank = |n: &'a Node| (n.mentions.len(), n.label.chars().count(), std::cmp::Reverse(&n.id));
            rank(a) >= rank(b)
        }
    };
    if a_first { (a, b) } else { (b, a) }
}

/// Variants keep their first two letters ("Qaida"/"Qaeda"); "Sudan"/"Wudan" are two names.
fn first_letters_agree(a: &str, b: &str) -> bool {
    a.chars().take(2).eq(b.chars().take(2))
}

/// Two full names of people one letter apart differ in the given name ("John Smith", "Joan
/// Smith") as often as in spelling: only the rest of the name may vary.
fn given_names_agree(a: &Node, b: &Node) -> bool {
    if a.kind != NodeKind::Person || b.kind != NodeKind::Person {
        return true;
    }
    let first = |n: &Node| {
        let words: Vec<String> = n.label.split_whitespace().map(fold).collect();
        (words.len() >= 2).then(|| words[0].clone())
    };
    match (first(a), first(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Optimal-string-alignment distance (substitution, insertion, deletion, adjacent swap), in
/// O(len²) on two short names.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * w + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[(i - 2) * w + j - 2] + 1);
                }
                v
            };
        }
    }
    d[a.len() * w + b.len()]
}

/// The sentence holding a mention (the mention itself in a graph without sentences).
fn sentence_of(graph: &KnowledgeGraph, mention: &Span) -> Option<Span> {
    let sentences = graph.sentences(mention.article);
    let at = sentences.partition_point(|&(_, end)| end <= mention.start);
    match sentences.get(at).filter(|(s, _)| *s <= mention.start) {
        Some(&(start, end)) => Some(Span { article: mention.article, start, end }),
        None => Some(*mention),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn graph(nodes: &[(&str, NodeKind, &str, u32)]) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        for a in 0..2 {
            g.add_article(Article {
                id: format!("a{a}"),
                path: String::new(),
                title: String::new(),
                text: "x".repeat(400),
                date: None,
                url: None,
            });
        }
        for (k, (id, kind, label, article)) in nodes.iter().enumerate() {
            let i = g.upsert_node(id, *kind, label);
            let start = k as u32 * 10;
            g.add_mention(i, Span { article: *article, start, end: start + 5 }, label);
        }
        g
    }

    fn reasons(g: &KnowledgeGraph, dismissed: &HashSet<(String, String)>) -> Vec<(String, String, Reason)> {
        suggest_merges(g, dismissed).into_iter().map(|s| (s.keep, s.merge, s.reason)).collect()
    }

    #[test]
    fn each_kind_of_duplicate_is_found_with_the_right_node_kept() {
        use NodeKind::*;
        let beirut = Gazetteer::bundled()
            .lookup("Beirut")
            .iter()
            .map(|h| Gazetteer::bundled().entry(h.entry))
            .find(|e| e.kind == Place)
            .unwrap()
            .id
            .clone();
        let g = graph(&[
            ("person:hassan-nasrallah", Person, "Hassan Nasrallah", 0),
            ("person:nasrallah", Person, "Nasrallah", 0),
            ("person:nasrallah-s", Person, "Nasrallah's", 1),
            ("group:zuhair-brigade", Group, "al-Zuhair Brigade", 0),
            ("group:zouhair-brigade", Group, "al-Zouhair Brigade", 1),
            ("org:andean-trade-council", Organization, "Andean Trade Council", 0),
            ("org:atc", Organization, "ATC", 1),
            ("org:salam-front", Organization, "Salam Front", 0),
            ("group:salam-front", Group, "Salam Front", 1),
            (&beirut, Place, "Beirut", 0),
            ("place:bayrut", Place, "Bayrut", 1),
            // Not duplicates: two people whose given names differ by a letter; two countries.
            ("person:john-smith", Person, "John Smith", 0),
            ("person:joan-smith", Person, "Joan Smith", 1),
            ("country:AUT", Country, "Austria", 0),
            ("country:AUS", Country, "Australia", 1),
        ]);
        let found = reasons(&g, &HashSet::new());
        let has = |keep: &str, merge: &str, reason: Reason| found.contains(&(keep.into(), merge.into(), reason));
        assert!(has("person:hassan-nasrallah", "person:nasrallah", Reason::Surname), "{found:?}");
        assert!(
            found.iter().any(|(a, b, r)| *r == Reason::SameName && [a, b].contains(&&"person:nasrallah-s".to_string())),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(a, b, r)| *r == Reason::Spelling && a.ends_with("-brigade") && b.ends_with("-brigade")),
            "{found:?}"
        );
        assert!(has("org:andean-trade-council", "org:atc", Reason::Acronym), "{found:?}");
        assert!(
            found.iter().any(|(a, b, r)| *r == Reason::SameNameOtherKind
                && a.ends_with("salam-front")
                && b.ends_with("salam-front")),
            "{found:?}"
        );
        if Gazetteer::bundled().lookup("Bayrut").iter().any(|h| Gazetteer::bundled().entry(h.entry).id == beirut) {
            assert!(has(&beirut, "place:bayrut", Reason::SameGazetteerEntry), "{found:?}");
        }
        assert!(!found.iter().any(|(a, b, _)| a.contains("smith") || b.contains("smith")), "{found:?}");
        assert!(!found.iter().any(|(a, _, _)| a.starts_with("country:")), "{found:?}");
        // Best first: a same-name pair outranks a spelling variant.
        let rank = |r: Reason| found.iter().position(|(_, _, x)| *x == r).unwrap();
        assert!(rank(Reason::SameName) < rank(Reason::Spelling));
        // A dismissed pair is not proposed again.
        let dismissed: HashSet<_> = [pair_key("org:atc", "org:andean-trade-council")].into_iter().collect();
        assert!(!reasons(&g, &dismissed).iter().any(|(_, b, _)| b == "org:atc"));
    }

    #[test]
    fn a_surname_shared_by_many_full_names_ranks_low() {
        use NodeKind::*;
        let g = graph(&[
            ("person:ali", Person, "Hamid", 0),
            ("person:a-hamid", Person, "Karim Hamid", 1),
            ("person:b-hamid", Person, "Omar Hamid", 1),
            ("person:c-hamid", Person, "Said Hamid", 1),
        ]);
        let found = suggest_merges(&g, &HashSet::new());
        assert_eq!(found.len(), 3);
        assert!(found.iter().all(|s| s.reason == Reason::Surname && s.score < 0.25), "{found:?}");
    }

    #[test]
    fn an_alias_shared_by_several_full_names_is_weak_evidence_and_links_them_not() {
        use NodeKind::*;
        let mut g = graph(&[
            ("person:hamid", Person, "Hamid", 0),
            ("person:karim-hamid", Person, "Karim Hamid", 1),
            ("person:omar-hamid", Person, "Omar Hamid", 1),
        ]);
        for id in ["person:karim-hamid", "person:omar-hamid"] {
            let i = g.index_of(id).unwrap();
            g.node_mut(i).unwrap().add_alias("Hamid");
        }
        let found = suggest_merges(&g, &HashSet::new());
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|s| s.merge == "person:hamid" && s.score < 0.5), "{found:?}");
        assert!(!found.iter().any(|s| s.keep == "person:karim-hamid" && s.merge == "person:omar-hamid"));
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("qaida", "qaeda"), 1);
        assert_eq!(edit_distance("qaida", "qiada"), 1);
        assert_eq!(edit_distance("austria", "australia"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
