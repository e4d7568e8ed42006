//! Verb-labelled relations from cue phrases in `data/lexicon/relation_cues.tsv` ("concerned
//! about", "condemns", "fighting against"): the cue's subject before it and its object after,
//! read through passives, relative and adverbial clauses.

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::clauses::{coordinated_clause_between, second_predicate_between, subordinate_clause_between};
use crate::nlp::context::{
    SentenceContext, a_plain_noun, agent_of_a_participle_aside, before_the_first_verb, credits_a_source,
    index_of_name_ending_at, is_preposition, is_title_word, lower, matches_at, passive_by, patient_of_an_object_noun,
    qualifier_of, reduced_passive, same_target, subject_before_an_aside,
};
use crate::nlp::lexicon::{FUNCTION_WORDS, RELATION_CUES, SUBORDINATORS};
use crate::nlp::tokenize::Qualifier;

/// A relation cue's subject is at most this many tokens before it, its object this many after.
const CUE_SUBJECT_DISTANCE: usize = 20;
const CUE_OBJECT_DISTANCE: usize = 8;
/// Prepositions after which a place says where, not what a cue acts on ("across the Middle East").
const WHERE_PREPOSITIONS: &[&str] = &["in", "across", "near", "throughout", "inside", "outside", "around", "within"];

/// Every cue of the sentence relates the nearest actor before it (and the actors listed with it:
/// "Chile and Peru condemned X") to the nearest actor or place
/// after — turned round when the cue is a passive participle ("forces backed by Russia": Russia
/// backs them), with the sentence's subject when the cue opens an adverbial phrase ("…, in
/// support of X"), and with no subject when another clause's subject stands between.
pub(super) fn relation_cues(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s, si, ents) = (x.a, x.sentence, x.index, x.entities);
    let entity_at = |tok: usize| x.entity_at(tok);
    let actor = |k: &usize| a.entities[*k].kind.is_actor();
    let actor_or_place = |k: usize| a.entities[k].kind.is_actor() || a.entities[k].kind == NodeKind::Place;
    // Relations between actors.
    for t in s.first_token..s.end_token {
        for (cue, label) in RELATION_CUES.iter() {
            // "commanders accused of directing attacks": the accused before it, no accuser named.
            if !matches_at(a, t, cue) || entity_at(t).is_some() || reduced_passive(a, t + cue.len() - 1) {
                continue;
            }
            let after = t + cue.len();
            // "backed by X", "backed last year by X": the doer follows "by".
            let passive = is_participle(cue[cue.len() - 1]) && passive_by(a, after - 1);
            let object_from = if passive {
                (after..s.end_token).find(|&u| lower(a, u) == "by").map_or(after, |by| by + 1)
            } else {
                after
            };
            let adverbial = opens_an_adverbial(a, t, cue);
            // "reaffirmed our support for X": the speaker's possessive is the cue's subject —
            // whoever "our" is, not the nearest name.
            let before = if unresolved_possessor(x, t) { None } else { cue_subject(x, t, passive, adverbial) };
            let after = ents.iter().copied().find(|&k| {
                // "the Kenya-led mission": a name joined to a qualifier is no object of its own.
                qualifier_of(a, &a.entities[k]).is_none()
                    && a.entities[k].first_token >= object_from
                    && a.entities[k].first_token - object_from <= CUE_OBJECT_DISTANCE
                    && (if passive { actor(&k) } else { actor_or_place(k) })
                    // "support for armed groups across the Middle East", "captured near Palmyra,
                    // Syria": a place or country after a preposition of place is where, not what
                    // the cue acts on.
                    && (!matches!(a.entities[k].kind, NodeKind::Place | NodeKind::Country)
                        || !(object_from..a.entities[k].first_token).any(|b| WHERE_PREPOSITIONS.contains(&lower(a, b))))
                    && !coordinated_clause_between(a, object_from - 1, a.entities[k].first_token)
                    // "condemned the coup and demanded the release of X": a second predicate's.
                    && !second_predicate_between(a, object_from - 1, a.entities[k].first_token)
                    // "rejected calls for talks while RSF fighters remain": another clause's name.
                    && !(object_from..a.entities[k].first_token)
                        .any(|b| lower(a, b) != "as" && SUBORDINATORS.contains(&lower(a, b)))
                    // "condemned the killing of X": what was done to X, not whom the cue acts on.
                    && (passive || !patient_of_an_object_noun(a, ents, &a.entities[k], after - 1))
                    // "X warned that Y would respond": a name after "that" is what X said, not whom.
                    && !(object_from..a.entities[k].first_token).any(|b| lower(a, b) == "that")
                    // "condemned the decision as a policy of the West": what follows "as" describes
                    // the object ("such as" lists it).
                    && !(object_from..a.entities[k].first_token)
                        .any(|b| lower(a, b) == "as" && lower(a, b.saturating_sub(1)) != "such")
                    // "rejected the demand, telling reporters in Brussels": the object's phrase
                    // ends at a comma — unless the name is its apposition ("heads the state oil
                    // company, Petroleos de Venezuela", "accused the cleric, Grand Ayatollah X",
                    // "condemned the party, the Andean Front").
                    && (object_from..a.entities[k].first_token).all(|b| {
                        lower(a, b) != ","
                            || (b + 1..a.entities[k].first_token)
                                .all(|u| {
                                    lower(a, u) == "the"
                                        || is_title_word(a, u)
                                        || a.tokens[u].text(x.text).starts_with(char::is_uppercase)
                                })
                    })
                    // "as part of the offensive to retake the city from X": the phrase's own noun
                    // is its object; a name in a phrase after that noun is not.
                    && !(adverbial
                        && (object_from..a.entities[k].first_token).any(|b| {
                            let w = lower(a, b);
                            matches!(w, "," | "to") || is_preposition(w)
                        }))
            });
            let (subject, object) = if passive { (after, before) } else { (before, after) };
            // "X, headed by Y": the affiliation rule already made Y its leader — one edge. (This
            // sentence's findings are the last ones: earlier sentences are not scanned again.)
            let affiliated = |sb: usize, ob: usize| {
                relations
                    .iter()
                    .rev()
                    .take_while(|r| r.sentence == si)
                    .any(|r| r.kind == EdgeKind::Affiliation && (r.source, r.target) == (sb, ob))
            };
            let (Some(subject), Some(ob)) = (subject, object) else { continue };
            // "Chile and Peru condemned X": every name of the subject's list.
            let subjects = if passive { vec![subject] } else { listed_before(x, subject) };
            let related: Vec<usize> = subjects
                .into_iter()
                .filter(|&sb| !same_target(&a.entities[sb], &a.entities[ob]) && !affiliated(sb, ob))
                .collect();
            relations.extend(related.into_iter().map(|sb| RelationFinding {
                source: sb,
                target: ob,
                kind: EdgeKind::Relation,
                label: label.to_string(),
                sentence: si,
                confidence: 0.65,
            }));
        }
    }
}

/// Possessives of the first and second person: the writer's or the speaker's side, never a name
/// of the sentence ("their", "its" mostly own the clause's subject: "X and Y reaffirmed their
/// support for Z").
const SPEAKERS_POSSESSIVES: &[&str] = &["our", "my", "your"];

/// The cue at `t` is a noun owned by a speaker's possessive that no mention stands on ("our
/// support for", "our continued backing of": one word may stand between).
fn unresolved_possessor(x: &SentenceContext, t: usize) -> bool {
    let a = x.a;
    let possessive = |b: usize| SPEAKERS_POSSESSIVES.contains(&lower(a, b)) && x.entity_at(b).is_none();
    let first = x.sentence.first_token;
    let modifier = |b: usize| lower(a, b).chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&lower(a, b));
    (t > first && possessive(t - 1)) || (t > first + 1 && modifier(t - 1) && possessive(t - 2))
}

/// How many names a subject's list may hold.
const MAX_LISTED: usize = 32;

/// The actor `last` and the actors listed right before it ("Chile, Bolivia and Peru", "both Chile
/// and Peru"): names of actors joined by commas, "and" or "or" (and "the"), nothing else between.
pub(super) fn listed_before(x: &SentenceContext, last: usize) -> Vec<usize> {
    let a = x.a;
    let mut found = vec![last];
    let mut t = a.entities[last].first_token;
    while found.len() < MAX_LISTED {
        let mut b = t;
        while b > x.sentence.first_token && lower(a, b - 1) == "the" {
            b -= 1;
        }
        let joined = b > x.sentence.first_token && matches!(lower(a, b - 1), "," | "and" | "or");
        // "Chile, Bolivia and Peru": a comma joins only inside a list that "and" or "or" closes.
        let closed = found.len() > 1 || matches!(lower(a, b.saturating_sub(1)), "and" | "or");
        if !joined || !closed {
            break;
        }
        let mut end = b - 1;
        if matches!(lower(a, end), "and" | "or") && end > x.sentence.first_token && lower(a, end - 1) == "," {
            end -= 1; // the Oxford comma: "Chile, Bolivia, and Peru"
        }
        let Some(k) = index_of_name_ending_at(a, end) else { break };
        if !a.entities[k].kind.is_actor() || found.iter().any(|&f| same_target(&a.entities[f], &a.entities[k])) {
            break;
        }
        found.push(k);
        t = a.entities[k].first_token;
    }
    found
}

/// The subject of the cue verb at `t`: the nearest actor before it (any name or place when the
/// cue is `passive`: "Kunduz, controlled by …"; the name an apposition describes when the nearest
/// one only modifies its noun: "X, a Dutch insurer controlled by …"), the name before an
/// appositive, the person a "who" stands for, the clause's subject for an `adverbial` cue — and
/// none when another clause with a subject of its own stands between.
pub(super) fn cue_subject(x: &SentenceContext, t: usize, passive: bool, adverbial: bool) -> Option<usize> {
    let (a, s, ents) = (x.a, x.sentence, x.entities);
    let actor = |k: &usize| a.entities[*k].kind.is_actor();
    let actor_or_place = |k: usize| a.entities[k].kind.is_actor() || a.entities[k].kind == NodeKind::Place;
    let before = ents.iter().rev().copied().find(|&k| {
        a.entities[k].end_token <= t
            && t - a.entities[k].end_token <= CUE_SUBJECT_DISTANCE
            && if passive { actor_or_place(k) } else { actor(&k) }
            && !credits_a_source(a, &a.entities[k])
            // "The Andean Front, led by X, said its fighters seized Cusco": X only leads.
            && agent_of_a_participle_aside(a, &a.entities[k]).is_none_or(|(_, closing)| closing > t)
            // "Iranian-backed militias condemned X": the backer says nothing.
            && qualifier_of(a, &a.entities[k]).is_none_or(|q| q == Qualifier::Leader)
    });
    // "X, a TPLF spokesman, headed Y": the name before the appositive, not one inside it.
    let before = subject_before_an_aside(a, ents, s.first_token, t).filter(|&k| actor(&k)).or(before);
    // "a Danish politician who served as commissioner": "who" stands for the person
    // before it, not for the nearest name ("Danish").
    let before = match relative_who_before(a, s.first_token, t) {
        Some(who) => ents.iter().rev().copied().find(|&k| {
            let m = &a.entities[k];
            m.kind == NodeKind::Person && m.end_token <= who && who - m.end_token <= CUE_SUBJECT_DISTANCE
        }),
        None => before,
    };
    // "…, in support of X" / "as part of X": an adverbial phrase tells of the clause's
    // subject, not of the nearest name (often an object or a place of the verb before) — of the
    // clause it ends: "X announced that Y would send troops as part of Z" tells of Y, not X.
    // "that" after a verb ("announced that"), not a demonstrative after a preposition ("in that case").
    let clause = (s.first_token + 1..t)
        .rev()
        .find(|&b| lower(a, b) == "that" && !is_preposition(lower(a, b - 1)) && !a.starts_a_name(b - 1))
        .map_or(s.first_token, |b| b + 1);
    let before = if adverbial {
        before.and_then(|_| {
            ents.iter()
                .copied()
                .find(|&k| {
                    let first = a.entities[k].first_token;
                    actor(&k) && first >= clause && a.entities[k].end_token <= t && !after_a_preposition(x, first)
                })
                .filter(|&k| before_the_first_verb(a, clause, a.entities[k].first_token))
        })
    } else {
        before
    };
    // "Antofagasta, a Chilean miner controlled by X": a passive participle after a name that
    // modifies a noun of an apposition tells of that noun, i.e. of the name before the comma.
    if let Some(apposition) = before.filter(|_| passive).and_then(|k| appositive_head_before(x, k, t)) {
        return apposition;
    }
    // "Hadi, who fled after the rebels seized Sanaa": the cue's verb has a subject of its own.
    before
        .filter(|&k| {
            let end = a.entities[k].end_token;
            !subordinate_clause_between(a, end - 1, t + 1) && !coordinated_clause_between(a, end - 1, t + 1)
        })
        // "seized Goma and declared a government backed by Rwanda": a passive participle after a
        // noun phrase of its own (a determiner opens it) tells of that noun, not of the name.
        .filter(|&k| !(passive && (a.entities[k].end_token..t).any(|b| matches!(lower(a, b), "a" | "an" | "the"))))
        // "Peru said rebels backed by Bolivia …": a passive participle right after a noun that
        // is no name tells of that noun — unless the name qualifies that noun ("Iraqi troops
        // backed by X" stand for Iraq).
        .filter(|&k| {
            let end = a.entities[k].end_token;
            !(passive && end < t && a_plain_noun(a, t - 1) && (end..t).any(|b| !a_plain_noun(a, b)))
        })
}

/// How many words before a modifying name an apposition's determiner may stand ("a
/// London-listed state-owned Chilean miner").
const APPOSITION_REACH: usize = 5;

/// The participle at `t` tells of another than the name `k` when `k` modifies a noun running on
/// to it ("Chilean miner controlled") in a noun phrase opened by "a"/"an"/"the": then
/// `Some(Some(antecedent))`, the actor or place before the comma that opens that apposition
/// ("Antofagasta, a Chilean miner"), or `Some(None)` when the phrase is no apposition ("seized a
/// Chilean ship controlled by X" tells of the ship). `None` (no change) when the name stands right
/// before the participle or no determiner opens its phrase.
fn appositive_head_before(x: &SentenceContext, k: usize, t: usize) -> Option<Option<usize>> {
    let a = x.a;
    let m = &a.entities[k];
    let noun_between = m.end_token < t
        && (m.end_token..t).all(|u| a.tokens[u].text(x.text).chars().all(|c| c.is_lowercase() || c == '-'));
    if !noun_between {
        return None;
    }
    let first = x.sentence.first_token;
    let determiner = (m.first_token.saturating_sub(APPOSITION_REACH).max(first)..m.first_token)
        .rev()
        .take_while(|&u| lower(a, u) != "," && x.entity_at(u).is_none())
        .find(|&u| matches!(lower(a, u), "a" | "an" | "the"))?;
    let antecedent = (determiner > first && lower(a, determiner - 1) == ",")
        .then(|| x.entity_at(determiner - 2))
        .flatten()
        .filter(|&j| a.entities[j].end_token == determiner - 1)
        .filter(|&j| a.entities[j].kind.is_actor() || a.entities[j].kind == NodeKind::Place);
    Some(antecedent)
}

/// Token `t` opens the object of a preposition ("from Syria", "in neighbouring Iraq", "of the
/// city"): a locative or party preposition, or "of", "by", "for", before it or before up to two
/// lowercase words (a determiner, an adjective).
pub(super) fn after_a_preposition(x: &SentenceContext, t: usize) -> bool {
    let a = x.a;
    (1..=3).take_while(|&back| back <= t).any(|back| {
        let between_lowercase =
            (t + 1 - back..t).all(|b| a.tokens[b].text(x.text).chars().next().is_some_and(char::is_lowercase));
        between_lowercase && is_preposition(lower(a, t - back))
    })
}

/// The "who" opening the relative clause whose verb is the cue at `t` ("who served",
/// "who has long criticised"), if there is one.
fn relative_who_before(a: &crate::nlp::Analysis, first: usize, t: usize) -> Option<usize> {
    let mut k = t;
    while k > first && matches!(lower(a, k - 1), "has" | "had" | "have" | "was" | "is" | "also" | "later" | "long") {
        k -= 1;
    }
    (k > first && lower(a, k - 1) == "who").then_some(k - 1)
}

/// A past participle that can take a passive "by" ("backed", "condemned", "seized").
fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

/// The cue at `t` opens an adverbial phrase: it starts with "as" or follows "in" ("in support of").
fn opens_an_adverbial(a: &crate::nlp::Analysis, t: usize, cue: &[&str]) -> bool {
    cue.first() == Some(&"as") || (t > 0 && cue.first() != Some(&"in") && matches!(lower(a, t - 1), "in" | "as"))
}
