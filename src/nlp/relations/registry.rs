//! The relation rules, in one place. Modifier rules run on a sentence before its events (their
//! targets only qualify a person, so they take part in events through that person); the other
//! rules after. Within each registry, rules run in priority order. A new rule goes here.

use super::affiliations::affiliations;
use super::containment::containment;
use super::cues::relation_cues;
use super::finding::RelationFinding;
use super::influence::possessive_influence;
use super::memberships::memberships;
use super::presence::presence;
use crate::nlp::context::SentenceContext;
use crate::nlp::rule::{Priority, Rule};

/// Finds relations in one sentence.
pub type RelationFn = fn(&SentenceContext, &mut Vec<RelationFinding>);

pub static MODIFIER_RULES: &[Rule<RelationFn>] = &[Rule {
    name: "affiliation",
    doc: "A title or apposition ties a person to an organisation or state (\"the X leader Y\", \"Y, a member of X\").",
    priority: Priority(10),
    apply: affiliations,
}];

pub static RELATION_RULES: &[Rule<RelationFn>] = &[
    Rule {
        name: "relation-cue",
        doc: "A cue phrase (\"condemned\", \"allied with\") relates the nearest actor before it to the nearest after.",
        priority: Priority(50),
        apply: relation_cues,
    },
    Rule {
        name: "possessive-influence",
        doc: "\"X's influence/presence/control in Y\" relates actor X to Y.",
        priority: Priority(40),
        apply: possessive_influence,
    },
    Rule {
        name: "presence",
        doc: "An actor with lower-case words after it, then in/near/at a place, is present in that place.",
        priority: Priority(30),
        apply: presence,
    },
    Rule {
        name: "membership",
        doc: "Actors listed after \"include\" or \"such as\" are members of the organisation before the cue.",
        priority: Priority(20),
        apply: memberships,
    },
    Rule {
        name: "containment",
        doc: "\"Place, Country\", \"Place in Place\" and \"the X area of Y\" put the first place inside the second.",
        priority: Priority(10),
        apply: containment,
    },
];
