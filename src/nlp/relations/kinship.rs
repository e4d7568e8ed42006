//! Family ties between people named in one sentence (`data/lexicon/kinship_nouns.txt`): "X's
//! younger son Y", "his sister, Y", "Y, the widow of X", "Y and Z were the children of X",
//! "born to X and Y", "X married Y" — the family class of the relation table, labelled by the
//! tie ("son of").

use super::finding::RelationFinding;
use crate::model::NodeKind;
use crate::nlp::context::{SentenceContext, is_possessive_pronoun, lower, same_target};
use crate::nlp::lexicon::{FINITE_AUXILIARIES, KINSHIP_NOUNS, RELATION_CLASSES};

/// How many lower-case words may describe a tie ("younger", "twin", "late").
const MAX_TIE_MODIFIERS: usize = 2;

/// How many listed siblings are related pairwise, and how many people on each side of "were the
/// children of" (the pairs grow as the product of the lists).
const MAX_SIBLINGS: usize = 8;

/// How far after "born" its "to" may come ("born in Dublin, Ireland, to X").
const BORN_TO_REACH: usize = 10;

/// How many words may describe a spouse after "married to" ("the economist").
const MAX_SPOUSE_DESCRIPTION: usize = 4;

/// The label of a kinship noun: its singular with "of" ("children" → "child of").
fn tie_label(noun: &str) -> String {
    let singular = match noun {
        "children" => "child",
        "grandchildren" => "grandchild",
        "parents" => "parent",
        n if n.ends_with('s') && !n.ends_with("ss") => &n[..n.len() - 1],
        n => n,
    };
    format!("{singular} of")
}

/// A plural kinship noun ("sons", "children"): it may name a list of relatives.
fn plural(noun: &str) -> bool {
    tie_label(noun) != format!("{noun} of")
}

/// The person mention starting at token `t`, if any.
fn person_at(x: &SentenceContext, t: usize) -> Option<usize> {
    x.entities.iter().copied().find(|&k| x.a.entities[k].first_token == t && x.a.entities[k].kind == NodeKind::Person)
}

/// "X has been married", "she is married": the person right before one or two auxiliaries that
/// end before token `t`.
fn subject_before_auxiliaries(x: &SentenceContext, t: usize) -> Option<usize> {
    const MAX_AUXILIARIES: usize = 2;
    let auxiliary = |k: usize| lower(x.a, k) == "been" || FINITE_AUXILIARIES.contains(&lower(x.a, k));
    let mut b = t;
    while b > 0 && t - b < MAX_AUXILIARIES && auxiliary(b - 1) {
        b -= 1;
    }
    (b < t).then(|| person_ending_at(x, b)).flatten()
}

/// The person mention ending right before token `t`, if any.
fn person_ending_at(x: &SentenceContext, t: usize) -> Option<usize> {
    x.entities.iter().copied().find(|&k| x.a.entities[k].end_token == t && x.a.entities[k].kind == NodeKind::Person)
}

/// People listed from token `t` with "and" or commas ("Rama and Sita"), and where the list ends.
fn people_from(x: &SentenceContext, t: usize) -> (Vec<usize>, usize) {
    let mut found = Vec::new();
    let mut t = t;
    while let Some(k) = person_at(x, t) {
        found.push(k);
        t = x.a.entities[k].end_token;
        let mut next = t;
        while matches!(lower(x.a, next), "," | "and") {
            next += 1;
        }
        if next == t || person_at(x, next).is_none() {
            break;
        }
        t = next;
    }
    (found, t)
}

/// People listed right before token `t` ("Kusha and Lava were …"), nearest last.
fn people_before(x: &SentenceContext, t: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut t = t;
    while let Some(k) = person_ending_at(x, t) {
        found.insert(0, k);
        let mut before = x.a.entities[k].first_token;
        while before > x.sentence.first_token && matches!(lower(x.a, before - 1), "," | "and") {
            before -= 1;
        }
        if before == x.a.entities[k].first_token {
            break;
        }
        t = before;
    }
    found
}

/// A kinship noun at token `t`, after at most two lower-case modifiers from `from`.
fn tie_at(x: &SentenceContext, from: usize) -> Option<(usize, &'static str)> {
    (from..=from + MAX_TIE_MODIFIERS).find_map(|t| {
        let w = lower(x.a, t);
        let noun = KINSHIP_NOUNS.iter().copied().find(|&n| n == w)?;
        let modifiers_lowercase =
            (from..t).all(|m| x.entity_at(m).is_none() && lower(x.a, m).chars().all(|c| c.is_alphabetic() || c == '-'));
        modifiers_lowercase.then_some((t, noun))
    })
}

/// Every family tie of the sentence, as "relative → tie of → person":
/// - a possessor and a tie before a name: "Alan Reyes's younger son Tomas", "his sister, Ana";
/// - an apposition with "of": "Ana Reyes, the widow of Tomas Reyes", "X (father of Y)";
/// - a list after "brothers:", "sisters,": the people listed are siblings;
/// - a copula: "Ana and Luis were the children of Tomas and Rosa";
/// - "born to X and Y": the person born is their child;
/// - "married": the subject and the object are spouses.
pub(super) fn kinship(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let Some(family) = RELATION_CLASSES.iter().find(|c| c.name == "family") else { return };
    let (a, s) = (x.a, x.sentence);
    let mut push = |relative: usize, person: usize, label: String| {
        if relative != person && !same_target(&a.entities[relative], &a.entities[person]) {
            relations.push(RelationFinding {
                source: relative,
                target: person,
                kind: family.edge,
                label,
                sentence: x.index,
                confidence: 0.75,
            });
        }
    };
    for &k in x.entities {
        let m = &a.entities[k];
        if m.kind != NodeKind::Person {
            continue;
        }
        // "X's son Y", "his sister, Y" (a possessive pronoun is a person mention resolved to X).
        let possessive = is_possessive_pronoun(a, m);
        let after_possessor = if matches!(lower(a, m.end_token), "'s" | "'") {
            Some(m.end_token + 1)
        } else {
            possessive.then_some(m.end_token)
        };
        if let Some(from) = after_possessor
            && let Some((tie, noun)) = tie_at(x, from)
        {
            let name = if lower(a, tie + 1) == "," { tie + 2 } else { tie + 1 };
            // "his brother Louis, John Prins and …": a singular tie names one relative; the list
            // after it is of others.
            let relatives = people_from(x, name).0;
            let count = if plural(noun) { relatives.len() } else { relatives.len().min(1) };
            for &relative in &relatives[..count] {
                push(relative, k, tie_label(noun));
            }
        }
        // "Y, the widow of X", "Y, son of X", "Y (father of X)".
        if matches!(lower(a, m.end_token), "," | "(") {
            let from = m.end_token + 1 + usize::from(matches!(lower(a, m.end_token + 1), "the" | "a" | "an"));
            if let Some((tie, noun)) = tie_at(x, from)
                && lower(a, tie + 1) == "of"
            {
                for person in people_from(x, tie + 2).0 {
                    push(k, person, tie_label(noun));
                }
            }
        }
    }
    for t in s.first_token..s.end_token {
        let w = lower(a, t);
        // "the Rockefeller brothers: John, Nelson and David": the people listed are siblings.
        if matches!(w, "brothers" | "sisters" | "siblings" | "twins")
            && matches!(lower(a, t + 1), ":" | ",")
            && !a.starts_a_name(t + 1)
        {
            let siblings = people_from(x, t + 2).0;
            for (i, &one) in siblings.iter().enumerate().take(MAX_SIBLINGS) {
                for &other in siblings.iter().take(MAX_SIBLINGS).skip(i + 1) {
                    push(one, other, "sibling of".to_string());
                }
            }
        }
        // "Y and Z were the children of X and W".
        if matches!(w, "is" | "was" | "are" | "were") && lower(a, t + 1) == "the" {
            let relatives = people_before(x, t);
            if let Some((tie, noun)) = tie_at(x, t + 2)
                && lower(a, tie + 1) == "of"
            {
                for person in people_from(x, tie + 2).0.into_iter().take(MAX_SIBLINGS) {
                    for &relative in relatives.iter().take(MAX_SIBLINGS) {
                        push(relative, person, tie_label(noun));
                    }
                }
            }
        }
        // "was born … to X and Y": the nearest person before "born" is their child.
        if w == "born"
            && let Some(to) = (t + 1..(t + 1 + BORN_TO_REACH).min(s.end_token))
                .take_while(|&b| lower(a, b) != "and")
                .find(|&b| lower(a, b) == "to")
            && let Some(child) = x.entities.iter().rev().copied().find(|&k| {
                let m = &a.entities[k];
                m.kind == NodeKind::Person && m.end_token <= t && !is_possessive_pronoun(a, m)
            })
        {
            for parent in people_from(x, to + 1).0 {
                push(child, parent, "child of".to_string());
            }
        }
        // "X married Y".
        if w == "married"
            && let Some(spouse) = person_at(x, t + 1)
            && let Some(subject) = person_ending_at(x, t)
                .or_else(|| {
                    // "X later married Y", "X secretly married Y".
                    let adverb = t > 0
                        && (lower(a, t - 1).ends_with("ly") || matches!(lower(a, t - 1), "later" | "then" | "also"));
                    adverb.then(|| person_ending_at(x, t - 1)).flatten()
                })
                // "His daughter married Y": a possessive is not the subject.
                .filter(|&k| !is_possessive_pronoun(a, &a.entities[k]))
        {
            push(subject, spouse, "spouse of".to_string());
        }
        // "X is married to Y", "she was married to the economist Y": the subject before the
        // auxiliary, the spouse within a few words after "to" (no punctuation between).
        if w == "married"
            && lower(a, t + 1) == "to"
            && let Some(spouse) = (t + 2..t + 2 + MAX_SPOUSE_DESCRIPTION)
                .take_while(|&k| person_at(x, k).is_some() || lower(a, k).chars().all(char::is_alphabetic))
                .find_map(|k| person_at(x, k))
            && let Some(subject) = subject_before_auxiliaries(x, t)
            && !same_target(&a.entities[subject], &a.entities[spouse])
        {
            push(subject, spouse, "spouse of".to_string());
        }
    }
}
