//! Careers: "studied economics at X", "graduated from X", "worked for X", "joined X" tie their
//! subject to the organisation X as an affiliation (educated at, works for, member of) — a fact
//! of a life, not an event between the two (`data/lexicon/career_cues.tsv`).

use super::affiliations::names_by_adjective;
use super::cues::{after_a_preposition, cue_subject, listed_before};
use super::finding::RelationFinding;
use crate::model::NodeKind;
use crate::nlp::analysis::Analysis;
use crate::nlp::clauses::{coordinated_clause_between, subordinate_clause_between};
use crate::nlp::context::{SentenceContext, finite, is_possessive_pronoun, is_title_word, lower, same_target};
use crate::nlp::lexicon::{CAREER_CUES, FUNCTION_WORDS, ORG_NOUNS, RELATION_CLASSES, RelationClass};

/// How many lower-case words a cue's "…" stands for ("studied international law at").
const MAX_GAP_WORDS: usize = 3;

/// How many determiners or possessives may stand between a cue and its organisation ("the", "his").
const MAX_OBJECT_DETERMINERS: usize = 2;

/// A career cue found in a sentence: its organisation, where the cue ends, and what it tells.
pub(crate) struct CareerCue {
    pub object: usize,
    pub class: &'static RelationClass,
}

/// Token `t` is a word ("economics", "a", "reporter"), not punctuation, a number or part of one
/// of the sentence's names `ents`.
fn gap_word(a: &Analysis, ents: &[usize], t: usize) -> bool {
    let w = lower(a, t);
    w.chars().next().is_some_and(char::is_alphabetic)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !ents.iter().any(|&k| a.entities[k].first_token <= t && t < a.entities[k].end_token)
}

/// Where the words of `cue` end if they match from token `t` ("…" taking one to three gap
/// words, the fewest that let the rest match).
fn cue_end(a: &Analysis, ents: &[usize], t: usize, cue: &[&str]) -> Option<usize> {
    // Every token is tried against every cue: the first word (never the gap) settles most.
    if cue.first().is_none_or(|w| lower(a, t) != *w) {
        return None;
    }
    let Some(gap) = cue.iter().position(|w| *w == "…") else {
        return cue.iter().enumerate().all(|(k, w)| lower(a, t + k) == *w).then_some(t + cue.len());
    };
    let (head, tail) = (&cue[..gap], &cue[gap + 1..]);
    if !head.iter().enumerate().all(|(k, w)| lower(a, t + k) == *w) {
        return None;
    }
    let gap_from = t + head.len();
    (1..=MAX_GAP_WORDS).take_while(|&n| gap_word(a, ents, gap_from + n - 1)).find_map(|n| {
        let rest = gap_from + n;
        tail.iter().enumerate().all(|(k, w)| lower(a, rest + k) == *w).then_some(rest + tail.len())
    })
}

/// Token `t`, right after a name, ends the noun phrase the name is in: punctuation, a number, a
/// function word ("in", "and", "as") or the sentence's end — not a possessive, a title or a noun
/// the name modifies ("joined US Secretary of State X", "joined Hamas fighters"). A body's own
/// noun may stand first ("joined the Civic Platform party in 2015": the name is the
/// party's).
fn ends_a_noun_phrase(a: &Analysis, t: usize) -> bool {
    let ends = |t: usize| {
        let w = lower(a, t);
        !matches!(w, "'s" | "'")
            && !is_title_word(a, t)
            && (t >= a.tokens.len() || !w.chars().any(char::is_alphabetic) || FUNCTION_WORDS.contains(&w))
    };
    let own_noun = ORG_NOUNS.contains(&lower(a, t));
    ends(t) || (own_noun && ends(t + 1))
}

/// Where a career cue starting at token `t` ends ("joined", "studied at"), if one does.
pub(crate) fn career_cue_end(a: &Analysis, ents: &[usize], t: usize) -> Option<usize> {
    CAREER_CUES.iter().find_map(|(cue, _)| cue_end(a, ents, t, cue))
}

/// The career cue at token `t` and the organisation right after it among the sentence's names
/// `ents`, if any: the first cue of
/// the table that matches (longer cues come first: "joined the faculty of" before "joined"),
/// then at most two determiners or possessives, then the start of an organisation or a group
/// (one joins no country: "joined the United States in condemning") that ends its noun
/// phrase — not the possessor or modifier of something else ("joined Spain's foreign ministry",
/// "joined US Secretary of State X"), or a description resolved to an organisation or a group
/// ("joined the alliance").
pub(crate) fn career_cue_at(a: &Analysis, ents: &[usize], t: usize) -> Option<CareerCue> {
    let (cue, class) = CAREER_CUES.iter().find_map(|(cue, class)| Some((cue_end(a, ents, t, cue)?, *class)))?;
    // "NATO … Sweden joined the alliance", "worked for the agency": a description resolved to a
    // body names it.
    let description = ents.iter().copied().find(|&k| {
        let m = &a.entities[k];
        m.first_token == cue + 1 && m.pronoun && lower(a, cue) == "the" && ends_a_noun_phrase(a, m.end_token)
    });
    if let Some(object) = description {
        let body = matches!(a.entities[object].kind, NodeKind::Organization | NodeKind::Group);
        return body.then_some(CareerCue { object, class });
    }
    let mut o = cue;
    while o < cue + MAX_OBJECT_DETERMINERS
        && matches!(lower(a, o), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our")
    {
        o += 1;
    }
    if !a.starts_a_name(o) {
        return None;
    }
    let object = ents.iter().copied().find(|&k| a.entities[k].first_token == o)?;
    let m = &a.entities[object];
    let body = matches!(m.kind, NodeKind::Organization | NodeKind::Group);
    (body && !m.pronoun && ends_a_noun_phrase(a, m.end_token)).then_some(CareerCue { object, class })
}

/// The organisation `first` and those listed after it with "and", "or" or commas, each perhaps
/// after a determiner ("studied at the Sorbonne and the University of Geneva"), unless a verb
/// follows it.
fn coordinated_organisations(x: &SentenceContext, first: usize) -> Vec<usize> {
    let a = x.a;
    let mut found = vec![first];
    let mut t = a.entities[first].end_token;
    while t < x.sentence.end_token && matches!(lower(a, t), "," | "and" | "or") {
        t += 1;
        while matches!(lower(a, t), "and" | "or" | "the") {
            t += 1;
        }
        let next = x.entities.iter().copied().find(|&k| a.entities[k].first_token == t);
        // "Croatia joined the EU and Serbia applied": a name before a verb opens a clause of its own.
        let listed = |k: usize| {
            a.entities[k].kind.is_actor()
                && a.entities[k].kind != NodeKind::Person
                && !finite(lower(a, a.entities[k].end_token))
        };
        match next.filter(|&k| listed(k)) {
            Some(k) => {
                found.push(k);
                t = a.entities[k].end_token;
            }
            None => break,
        }
    }
    found
}

/// How many tokens before its cue a career's subject may be named.
const SUBJECT_DISTANCE: usize = 20;

/// The nearest name before token `t` that `fits` as the subject, in the same clause: no
/// subordinate or coordinated clause with a subject of its own between.
fn nearest_subject(x: &SentenceContext, t: usize, fits: &dyn Fn(usize) -> bool) -> Option<usize> {
    let a = x.a;
    x.entities.iter().rev().copied().find(|&k| {
        let m = &a.entities[k];
        m.kind.is_actor()
            && fits(k)
            && m.end_token <= t
            && t - m.end_token <= SUBJECT_DISTANCE
            && !subordinate_clause_between(a, m.end_token - 1, t + 1)
            && !coordinated_clause_between(a, m.end_token - 1, t + 1)
    })
}

/// Token `b` is a pronoun that no mention stands on ("it", "they"; "he" resolved is a mention).
fn is_unnamed_pronoun(x: &SentenceContext, b: usize) -> bool {
    matches!(lower(x.a, b), "it" | "they" | "he" | "she" | "we" | "i") && x.entity_at(b).is_none()
}

/// Adverbs that may stand between a subject and its verb ("later worked", "now teaches").
const VERB_ADVERBS: &[&str] = &["later", "also", "then", "previously", "now", "once", "still", "first", "briefly"];

/// A named subject may go with the cue at `t`: not a participle right after a common noun
/// ("two agents working for X", "students studying at X": the noun is its subject).
fn named_subject_possible(x: &SentenceContext, t: usize) -> bool {
    let a = x.a;
    if t == x.sentence.first_token || !lower(a, t).ends_with("ing") {
        return true;
    }
    let before = lower(a, t - 1);
    let common_noun = before.chars().all(char::is_alphabetic)
        && !FUNCTION_WORDS.contains(&before)
        && !VERB_ADVERBS.contains(&before)
        && !before.ends_with("ly")
        && !finite(before)
        && x.entity_at(t - 1).is_none();
    !common_noun
}

/// Every career cue of the sentence ties its subject — a person for schooling and posts, any
/// actor for membership ("Croatia joined the European Union") — to the organisation after it.
pub(super) fn careers(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s) = (x.a, x.sentence);
    for t in s.first_token..s.end_token {
        if x.entity_at(t).is_some() {
            continue;
        }
        let Some(found) = career_cue_at(a, x.entities, t) else { continue };
        if !named_subject_possible(x, t) {
            continue;
        }
        let needs_person = found.class.name != "member_of";
        // "a Slovak footballer who plays for X": a nationality's adjective is nobody's career.
        // "She studied at A and later earned a doctorate from B": the nearest name (A) may be an
        // object of the sentence; a schooling or a post is a person's.
        let fits = |k: usize| {
            let m = &a.entities[k];
            (!needs_person || m.kind == NodeKind::Person)
                && !names_by_adjective(x, k)
                // "gained membership in the WTO and joined the EU", "known for her work": a
                // preposition's object is no subject, nor is a possessive.
                && !after_a_preposition(x, m.first_token)
                && !is_possessive_pronoun(a, m)
                // "it joined the EU": a pronoun nearer than the name is the subject.
                && !(m.end_token..t).any(|b| is_unnamed_pronoun(x, b))
                && !same_target(m, &a.entities[found.object])
        };
        let Some(subject) =
            cue_subject(x, t, false, false).filter(|&k| fits(k)).or_else(|| nearest_subject(x, t, &fits))
        else {
            continue;
        };
        // "Chile and Peru joined X": every name of the subject's list that may be one.
        let subjects: Vec<usize> = listed_before(x, subject).into_iter().filter(|&k| fits(k)).collect();
        for object in coordinated_organisations(x, found.object) {
            for &subject in &subjects {
                if !same_target(&a.entities[subject], &a.entities[object]) {
                    relations.push(RelationFinding {
                        source: subject,
                        target: object,
                        kind: found.class.edge,
                        label: found.class.label.to_string(),
                        sentence: x.index,
                        confidence: 0.75,
                    });
                }
            }
        }
    }
}

/// "By Maria Quispe, Reuters", "By Ana Ortiz and Tomas Reyes | Associated Press": a byline — a
/// line that opens with "By", names only people, then after a comma, a bar or a dash the
/// organisation they write for, and nothing else — ties each of them to it (works for).
pub(super) fn bylines(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s) = (x.a, x.sentence);
    if lower(a, s.first_token) != "by" {
        return;
    }
    let Some(works_for) = RELATION_CLASSES.iter().find(|c| c.name == "works_for") else { return };
    let mut people = Vec::new();
    let mut t = s.first_token + 1;
    let organisation = loop {
        let Some(k) = x.entity_at(t).filter(|&k| a.entities[k].first_token == t) else { return };
        let m = &a.entities[k];
        let end = m.end_token;
        match m.kind {
            NodeKind::Person if matches!(lower(a, end), "," | "and" | "&" | "|" | "-" | "–" | "—") => {
                people.push(k);
                t = end + 1;
            }
            NodeKind::Organization
                if !people.is_empty() && (end..s.end_token).all(|u| matches!(lower(a, u), "." | ",")) =>
            {
                break k;
            }
            _ => return,
        }
    };
    for k in people {
        relations.push(RelationFinding {
            source: k,
            target: organisation,
            kind: works_for.edge,
            label: works_for.label.to_string(),
            sentence: x.index,
            confidence: 0.75,
        });
    }
}
