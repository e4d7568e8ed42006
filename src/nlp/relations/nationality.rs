//! A person's nationality from a country's adjective on an occupation noun that describes them:
//! "British journalist X", "X, an Estonian lawyer and activist", "X is a Czech footballer". The
//! adjective only describes the person: it is a modifier, no party to the sentence's events.

use super::affiliations::names_by_adjective;
use super::finding::RelationFinding;
use crate::model::NodeKind;
use crate::nlp::context::{SentenceContext, lower};
use crate::nlp::lexicon::{FUNCTION_WORDS, PERSON_NOUNS, RELATION_CLASSES, TITLES, is_calendar_word};

/// How many lower-case words may describe a person after the adjective ("aircraft engineer",
/// "lawyer and activist", "award-winning investigative journalist").
const MAX_DESCRIPTION: usize = 4;

/// Token `t` is a lower-case word of a description: no function word but "and", no title or
/// position (those are the affiliation rule's), no part of a name.
fn describes(x: &SentenceContext, t: usize) -> bool {
    let w = lower(x.a, t);
    t < x.sentence.end_token
        && x.a.tokens[t].text(x.text).chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && (w == "and" || !FUNCTION_WORDS.contains(&w))
        && !TITLES.position.contains(&w)
        && !TITLES.is_tagger_title(w)
        && x.entity_at(t).is_none()
}

/// A country an occupation noun may take as its adjective: by its adjective ("British
/// journalist") or its initials ("U.S. citizen", "UK aid worker") — not by a full name, which
/// tells where ("the Mali correspondent").
pub(super) fn names_a_nationality(x: &SentenceContext, k: usize) -> bool {
    let m = &x.a.entities[k];
    let initials = !x.text[m.start..m.end].chars().any(char::is_lowercase);
    m.kind == NodeKind::Country && (initials || names_by_adjective(x, k))
}

/// The nationality ([`names_a_nationality`]) ending right before token `t`.
fn adjective_ending_at(x: &SentenceContext, t: usize) -> Option<usize> {
    let k = x.entity_at(t.checked_sub(1)?)?;
    (x.a.entities[k].end_token == t && names_a_nationality(x, k)).then_some(k)
}

/// The nationality ([`names_a_nationality`]) starting at token `t` that opens a description whose
/// last word is a person noun ("Estonian lawyer and activist").
fn adjective_and_description_at(x: &SentenceContext, t: usize) -> Option<usize> {
    let k = x.entity_at(t)?;
    let m = &x.a.entities[k];
    if m.first_token != t || !names_a_nationality(x, k) {
        return None;
    }
    let mut end = m.end_token;
    while end < m.end_token + MAX_DESCRIPTION && describes(x, end) {
        end += 1;
    }
    (end > m.end_token && PERSON_NOUNS.contains(&lower(x.a, end - 1))).then_some(k)
}

/// Person ↔ country of citizenship, from a country's adjective on an occupation noun:
/// - before the name: "British journalist Tom Arden", "the Jordanian pilot X", "a Dutch
///   citizen, X,";
/// - in apposition: "X, an Estonian lawyer and activist";
/// - after a copula: "X is a Czech footballer", "X was an American composer".
pub(super) fn nationalities(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let a = x.a;
    let Some(class) = RELATION_CLASSES.iter().find(|c| c.name == "citizen_of") else { return };
    for &k in x.entities {
        let m = &a.entities[k];
        // A month or weekday the tagger took for a name is a date ("In late June, a German
        // national …"), no one with a nationality.
        let date = m.end_token == m.first_token + 1 && is_calendar_word(lower(a, m.first_token));
        if m.kind != NodeKind::Person || m.pronoun || date {
            continue;
        }
        // Before the name: the description ends on a person noun right before it, or before a
        // comma opening the name's apposition ("a Dutch citizen, Karel Smit, was seized").
        let before = m.first_token.checked_sub(1).filter(|&t| t >= x.sentence.first_token).and_then(|head| {
            let head = if lower(a, head) == "," && head > x.sentence.first_token { head - 1 } else { head };
            if !PERSON_NOUNS.contains(&lower(a, head)) {
                return None;
            }
            let mut start = head;
            while start > x.sentence.first_token && head - start + 1 < MAX_DESCRIPTION && describes(x, start - 1) {
                start -= 1;
            }
            // The description opens on a noun, not on "and".
            (lower(a, start) != "and").then(|| adjective_ending_at(x, start)).flatten()
        });
        // After the name: ", a/an/the" or "is/was a/an", then the adjective and the description.
        let after = (m.end_token + 2 < x.sentence.end_token).then_some(m.end_token).and_then(|t| {
            let opener = match lower(a, t) {
                "," => matches!(lower(a, t + 1), "a" | "an" | "the").then_some(t + 2),
                "is" | "was" => matches!(lower(a, t + 1), "a" | "an").then_some(t + 2),
                _ => None,
            };
            opener.and_then(|t| adjective_and_description_at(x, t))
        });
        if let Some(country) = before.or(after) {
            relations.push(RelationFinding {
                source: k,
                target: country,
                kind: class.edge,
                label: class.label.to_string(),
                sentence: x.index,
                confidence: 0.8,
            });
        }
    }
}
