//! Relations between entities of one sentence: affiliations (titles, appositions), verb-labelled
//! cues, influence and presence, memberships and containment — each a named rule in [`registry`] —
//! and, for pairs no rule related, a learned pair classifier ([`learned`]).

mod affiliations;
mod containment;
mod cues;
mod finding;
mod influence;
pub mod learned;
mod memberships;
mod presence;
pub mod registry;

pub use finding::RelationFinding;

use crate::nlp::context::SentenceContext;
use crate::nlp::rule::{Rule, in_run_order};

/// Runs a registry's rules on one sentence, in run order.
pub fn run(rules: &[Rule<registry::RelationFn>], x: &SentenceContext, out: &mut Vec<RelationFinding>) {
    for rule in in_run_order(rules) {
        (rule.apply)(x, out);
    }
}
