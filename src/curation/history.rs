//! The curated graph: the extracted graph plus the user's edit log, with unlimited undo and redo.
//! The graph is always `extraction + replay(log)`, so undo is exact: it replays one edit fewer.

use super::edit::{Edit, EditError};
use crate::graph::KnowledgeGraph;

/// One edit of the log, with what the user reads about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub edit: Edit,
    /// "merge Hizballah into Hezbollah", named as the graph was when it applied.
    pub summary: String,
    /// Why it does not (or only partly) apply to this extraction; `None` when it applied fully.
    pub issue: Option<String>,
}

/// An edit that did not fully apply, for the user to see.
#[derive(Debug, Clone, PartialEq)]
pub struct ReplayIssue {
    /// Its place in the log (0 = first edit).
    pub index: usize,
    pub summary: String,
    pub reason: String,
}

/// The extraction, the edit log and the graph they make.
#[derive(Debug, Clone, Default)]
pub struct Curation {
    base: KnowledgeGraph,
    graph: KnowledgeGraph,
    log: Vec<Entry>,
    undone: Vec<Entry>,
    /// Counts every change of `graph`, so views know when to rebuild.
    revision: u64,
}

impl Curation {
    /// A curation of `base` with no edits.
    pub fn new(base: KnowledgeGraph) -> Curation {
        Curation { graph: base.clone(), base, ..Curation::default() }
    }

    /// A curation of `base` with a saved log replayed; edits that no longer apply stay in the
    /// log (they may apply again when their article comes back) and are listed by [`Self::issues`].
    pub fn with_log(base: KnowledgeGraph, edits: Vec<Edit>) -> Curation {
        let mut curation = Curation::new(base);
        curation.log = edits.into_iter().map(|edit| Entry { edit, summary: String::new(), issue: None }).collect();
        curation.replay();
        curation
    }

    /// A new extraction under the same log (articles were added or changed); redo is cleared.
    pub fn rebase(&mut self, base: KnowledgeGraph) {
        self.base = base;
        self.undone.clear();
        self.replay();
    }

    pub fn graph(&self) -> &KnowledgeGraph {
        &self.graph
    }

    /// The curated graph, the rest dropped (no copy when only the result is wanted).
    pub fn into_graph(self) -> KnowledgeGraph {
        self.graph
    }

    /// The graph as extracted, before any edit.
    pub fn base(&self) -> &KnowledgeGraph {
        &self.base
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies an edit and logs it (clearing redo). A failed edit changes nothing and is not logged.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let summary = edit.describe(&self.graph);
        // Every edit checks before it changes anything, so a failed one leaves the graph as it was.
        let notes = edit.apply(&mut self.graph)?;
        self.log.push(Entry { edit, summary, issue: (!notes.is_empty()).then(|| notes.join("; ")) });
        self.undone.clear();
        self.revision += 1;
        Ok(())
    }

    /// Undoes the last edit; returns what was undone.
    pub fn undo(&mut self) -> Option<String> {
        let entry = self.log.pop()?;
        let summary = entry.summary.clone();
        self.undone.push(entry);
        self.replay();
        Some(summary)
    }

    /// Redoes the last undone edit; returns what was redone.
    pub fn redo(&mut self) -> Option<String> {
        let entry = self.undone.pop()?;
        let summary = entry.summary.clone();
        let notes = entry.edit.apply(&mut self.graph);
        self.log.push(Entry { issue: issue_of(notes), ..entry });
        self.revision += 1;
        Some(summary)
    }

    /// What Undo would undo.
    pub fn undo_summary(&self) -> Option<&str> {
        self.log.last().map(|e| e.summary.as_str())
    }

    pub fn redo_summary(&self) -> Option<&str> {
        self.undone.last().map(|e| e.summary.as_str())
    }

    /// The edit log, oldest first.
    pub fn edits(&self) -> impl Iterator<Item = &Edit> + '_ {
        self.log.iter().map(|e| &e.edit)
    }

    pub fn log(&self) -> &[Entry] {
        &self.log
    }

    /// Edits of the log that did not fully apply to this extraction.
    pub fn issues(&self) -> Vec<ReplayIssue> {
        self.log
            .iter()
            .enumerate()
            .filter_map(|(index, e)| {
                let reason = e.issue.clone()?;
                Some(ReplayIssue { index, summary: e.summary.clone(), reason })
            })
            .collect()
    }

    /// Rebuilds the graph from the extraction and the log.
    fn replay(&mut self) {
        let mut graph = self.base.clone();
        for entry in &mut self.log {
            entry.summary = entry.edit.describe(&graph);
            entry.issue = issue_of(entry.edit.apply(&mut graph));
        }
        self.graph = graph;
        self.revision += 1;
    }
}

fn issue_of(result: Result<Vec<String>, EditError>) -> Option<String> {
    match result {
        Ok(notes) if notes.is_empty() => None,
        Ok(notes) => Some(notes.join("; ")),
        Err(e) => Some(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::curation::edit::{EdgeRef, Target, new_node_id};
    use crate::model::{Article, NodeKind};

    fn article(id: &str, text: &str) -> Article {
        Article { id: id.into(), path: format!("{id}.txt"), title: id.into(), text: text.into(), date: None, url: None }
    }

    fn articles() -> Vec<Article> {
        vec![
            article(
                "a",
                "Foreign ministers of Chile and Peru met in Lima on Monday. Chilean minister Alberto Vargas said \
                 the talks with Peru were useful. Vargas later flew to Santiago.",
            ),
            article(
                "b",
                "The Andean Trade Council (ATC) said Peru would host a summit in Cusco. Bolivia and Chile sent \
                 delegations, and the council's chair Maria Lozano welcomed them.",
            ),
        ]
    }

    /// A tiny seeded generator (xorshift), so the random sequences repeat exactly.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// A random edit that fits the graph as it is now (it may still fail: a node's own name
    /// cannot be split off, an id may be taken — failures must change nothing).
    fn random_edit(graph: &KnowledgeGraph, rng: &mut Rng, step: usize) -> Option<Edit> {
        let nodes: Vec<_> = graph.nodes().map(|(_, n)| n.clone()).collect();
        let edges: Vec<_> = graph.edge_indices().filter_map(|e| EdgeRef::of(graph, e)).collect();
        let pick = |rng: &mut Rng| nodes.get(rng.below(nodes.len())).map(|n| n.id.clone());
        Some(match rng.below(10) {
            0 => Edit::Merge { into: pick(rng)?, from: vec![pick(rng)?] },
            1 => {
                let n = &nodes[rng.below(nodes.len())];
                Edit::SplitAlias { node: n.id.clone(), alias: n.aliases[rng.below(n.aliases.len())].clone() }
            }
            2 => Edit::Rename { node: pick(rng)?, label: format!("Name {step}") },
            3 => Edit::SetKind { node: pick(rng)?, kind: NodeKind::ALL[rng.below(NodeKind::ALL.len())] },
            4 => Edit::DeleteNode { node: pick(rng)? },
            5 => Edit::DeleteEdge { edge: edges.get(rng.below(edges.len()))?.clone() },
            6 => Edit::SetHidden { target: Target::Node(pick(rng)?), hidden: rng.below(2) == 0 },
            7 => Edit::AddNode { id: new_node_id(graph, "Someone"), kind: NodeKind::Person, label: "Someone".into() },
            8 => Edit::AddEdge { source: pick(rng)?, target: pick(rng)?, label: "knows".into() },
            _ => Edit::SetNote {
                target: Target::Edge(edges.get(rng.below(edges.len()))?.clone()),
                note: Some(format!("note {step}")),
            },
        })
    }

    #[test]
    fn random_edits_with_undo_and_redo_return_to_identical_states_and_replay_alike() {
        let base = crate::graph::build_graph(articles());
        assert!(base.node_count() >= 8, "{:?}", base.fingerprint());
        let (mut applied, mut undone) = (0, 0);
        for seed in 1..=6u64 {
            let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let mut curation = Curation::new(base.clone());
            // The state after each logged edit (states[0] = the extraction), and what redo restores.
            let mut states = vec![base.fingerprint()];
            let mut redo_states: Vec<Vec<String>> = Vec::new();
            for step in 0..60 {
                match rng.below(6) {
                    0 => {
                        if curation.undo().is_some() {
                            undone += 1;
                            redo_states.push(states.pop().unwrap());
                        }
                        assert_eq!(&curation.graph().fingerprint(), states.last().unwrap(), "seed {seed} step {step}");
                    }
                    1 => {
                        if curation.redo().is_some() {
                            states.push(redo_states.pop().unwrap());
                        }
                        assert_eq!(&curation.graph().fingerprint(), states.last().unwrap(), "seed {seed} step {step}");
                    }
                    _ => {
                        let Some(edit) = random_edit(curation.graph(), &mut rng, step) else { continue };
                        let before = curation.graph().fingerprint();
                        match curation.apply(edit) {
                            Ok(()) => {
                                applied += 1;
                                states.push(curation.graph().fingerprint());
                                redo_states.clear();
                            }
                            Err(_) => {
                                assert_eq!(curation.graph().fingerprint(), before, "a failed edit changed the graph")
                            }
                        }
                    }
                }
            }
            // The saved log replays to the same graph (what reopening a project does).
            let replayed = Curation::with_log(base.clone(), curation.edits().cloned().collect());
            assert_eq!(replayed.graph().fingerprint(), curation.graph().fingerprint(), "seed {seed}");
            // Undoing everything gives the extraction back.
            while curation.undo().is_some() {}
            assert_eq!(curation.graph().fingerprint(), base.fingerprint());
        }
        assert!(applied > 150 && undone > 30, "the sequences exercise edits and undo: {applied} {undone}");
    }

    #[test]
    fn edits_replay_on_a_changed_article_and_the_rest_are_reported() {
        let base = crate::graph::build_graph(articles());
        let id_of = |g: &KnowledgeGraph, label: &str| {
            g.nodes()
                .find(|(_, n)| n.label == label)
                .map(|(_, n)| n.id.clone())
                .unwrap_or_else(|| panic!("{label}: {:?}", g.fingerprint()))
        };
        let (vargas, lozano, chile) =
            (id_of(&base, "Alberto Vargas"), id_of(&base, "Maria Lozano"), id_of(&base, "Chile"));
        let mut curation = Curation::new(base);
        curation.apply(Edit::SetNote { target: Target::Node(chile.clone()), note: Some("check".into()) }).unwrap();
        curation.apply(Edit::Rename { node: lozano.clone(), label: "María Lozano".into() }).unwrap();
        curation.apply(Edit::Merge { into: chile.clone(), from: vec![vargas.clone()] }).unwrap();
        assert_eq!(curation.undo_summary(), Some("merge Alberto Vargas into Chile"));
        // Article b is rewritten without Lozano: her rename no longer applies and is listed, the
        // rest still applies.
        let mut changed = articles();
        changed[1].text =
            "Peru would host a summit in Cusco, officials said. Bolivia and Chile sent delegations.".into();
        curation.rebase(crate::graph::build_graph(changed));
        let issues = curation.issues();
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].index, 1);
        assert!(issues[0].reason.contains(&lozano), "{issues:?}");
        let graph = curation.graph();
        assert!(graph.index_of(&vargas).is_none(), "merged away");
        assert_eq!(graph.node_by_id(&chile).unwrap().note.as_deref(), Some("check"));
        // The edit stays in the log: the article may come back.
        assert_eq!(curation.edits().count(), 3);
        curation.rebase(crate::graph::build_graph(articles()));
        assert!(curation.issues().is_empty());
        assert_eq!(curation.graph().node_by_id(&lozano).unwrap().label, "María Lozano");
    }
}
