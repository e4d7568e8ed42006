//! The relation rules, in one place. Modifier rules run on a sentence before its events (their
//! targets only qualify a person, so they take part in events through that person); the other
//! rules after. Within each registry, rules run in priority order. A new rule goes here.

use super::affiliations::affiliations;
use super::careers::{bylines, careers};
use super::containment::{containment, countries_in_names, places_in_names};
use super::cues::relation_cues;
use super::finding::RelationFinding;
use super::influence::possessive_influence;
use super::kinship::kinship;
use super::learned::rule::learned_relations;
use super::memberships::{memberships, people_of_bodies, unit_chains};
use super::nationality::nationalities;
use super::presence::{headquarters, hometowns, life_places, presence, qualified_actors};
use crate::nlp::context::SentenceContext;
use crate::nlp::rule::{Priority, Rule};

/// Finds relations in one sentence.
pub type RelationFn = fn(&SentenceContext, &mut Vec<RelationFinding>);

pub static MODIFIER_RULES: &[Rule<RelationFn>] = &[
    Rule {
        name: "affiliation",
        doc: "A title, apposition or predicate ties a person to an organisation or state (\"the X leader Y\", \"Y, a member of X\", \"Y was director of X\").",
        priority: Priority(10),
        apply: affiliations,
    },
    Rule {
        name: "nationality",
        doc: "A country's adjective or initials on an occupation noun gives the person's citizenship (\"British journalist X\", \"U.S. citizen X\", \"X, an Estonian lawyer\", \"X is a Czech footballer\").",
        priority: Priority(9),
        apply: nationalities,
    },
];

pub static RELATION_RULES: &[Rule<RelationFn>] = &[
    Rule {
        name: "relation-cue",
        doc: "A cue phrase (\"condemned\", \"allied with\") relates the nearest actor before it to the nearest after; a passive cue (\"backed by\") the other way round, an adverbial one (\", in support of\") the sentence's subject.",
        priority: Priority(50),
        apply: relation_cues,
    },
    Rule {
        name: "career",
        doc: "A career phrase ties its subject to the organisation right after it: \"studied law at X\", \"graduated from X\" (educated at), \"worked for X\" (works for), \"joined X\" (member of).",
        priority: Priority(45),
        apply: careers,
    },
    Rule {
        name: "byline",
        doc: "A byline — a line of \"By\", people's names and the organisation they write for — ties each of them to it (\"By X and Y, Reuters\": works for).",
        priority: Priority(46),
        apply: bylines,
    },
    Rule {
        name: "kinship",
        doc: "A family noun ties two people: \"X's son Y\", \"his sister, Y\", \"Y, the widow of X\", \"Y and Z were the children of X\", \"born to X\", \"X married Y\".",
        priority: Priority(44),
        apply: kinship,
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
        name: "headquarters",
        doc: "An organisation followed by \"headquartered in\", \"is based in\", \", with headquarters in\" is based in the place after it.",
        priority: Priority(29),
        apply: headquarters,
    },
    Rule {
        name: "life-place",
        doc: "A person told of as born or died is born or died in the place after \"in\" or \"at\" (\"X (born 1950 in Y)\", \"a playwright born in Y\").",
        priority: Priority(28),
        apply: life_places,
    },
    Rule {
        name: "hometown",
        doc: "A person's apposition — an age, a noun phrase, or both — ending in \"of\" or \"from\" and a place says where the person is from (\"X, 29, of Tucson, Arizona,\", \"X, a nurse from Leeds,\").",
        priority: Priority(27),
        apply: hometowns,
    },
    Rule {
        name: "compound-qualifier",
        doc: "A name joined to \"-based\", \"-backed\", \"-allied\", \"-led\" or \"-held\" (qualifier_endings.tsv) tells where the actor it qualifies is based, who backs it, whom it sides with, who leads it, who holds it (\"the Oslo-based group X\", \"Iranian-backed X\", \"the Saudi-led coalition X\", \"rebel-held X\").",
        priority: Priority(25),
        apply: qualified_actors,
    },
    Rule {
        name: "membership",
        doc: "Actors listed after \"include\" or \"such as\" are members of the organisation before the cue.",
        priority: Priority(20),
        apply: memberships,
    },
    Rule {
        name: "person-of-body",
        doc: "A person's name right before \"of\" and an organisation or armed group belongs to it (\"X of the Liberal Union\", \"Y of Hamas\").",
        priority: Priority(19),
        apply: people_of_bodies,
    },
    Rule {
        name: "unit-chain",
        doc: "A military unit named right before a larger one, a comma between, is part of it (\"Bravo Company, 1st Battalion, 5th Marine Regiment\").",
        priority: Priority(15),
        apply: unit_chains,
    },
    Rule {
        name: "learned-relation",
        doc: "Two names of one sentence that no rule related take the pair classifier's relation when it is confident.",
        priority: Priority(0),
        apply: learned_relations,
    },
    Rule {
        name: "place-in-name",
        doc: "A place the article names, named again inside an organisation's or a site's name, is where that one is (\"the University of X\" … \"X\", \"X University\", \"the Port of X\"; not an embassy's).",
        priority: Priority(9),
        apply: places_in_names,
    },
    Rule {
        name: "country-in-name",
        doc: "An organisation whose name opens with a country's name or adjective, the country named on its own in the article, is part of it (a state body: \"the Kenya Defence Forces\") or based there (\"British Airways\").",
        priority: Priority(8),
        apply: countries_in_names,
    },
    Rule {
        name: "containment",
        doc: "\"Place, Country\", \"Place in Place\", \"the X area of Y\" and \"X is a <description> in Y\" put the first place inside the second.",
        priority: Priority(10),
        apply: containment,
    },
];
