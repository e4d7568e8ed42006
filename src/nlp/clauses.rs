//! Clauses inside a sentence, as the rules read them: where a coordinated, subordinate, relative
//! or infinitive clause opens between two tokens, where a second predicate begins — so a name
//! in another clause is kept out of a trigger's or a cue's reach — and a verb's unnamed subject.

use super::analysis::Analysis;
use super::context::{
    adverbial_since, finite, lower, name_ending_at, past_tense, plain_word, present_after_a_name, verb_like,
};
use super::entities::EntityMention;
use super::lexicon::{
    ADVERBS_BEFORE_VERBS, CAMEO_VERBS, DETERMINERS, FINITE_AUXILIARIES, HOST_VERBS, MEDIATOR_VERBS, PERSONAL_PRONOUNS,
    RELATIVE_PRONOUNS, REPORTING_VERBS, SUBORDINATORS,
};

/// "X accused the militants …, and Y condemned the attack": a coordinated clause with a subject
/// of its own opens between tokens `from` and `to` — a comma, a coordinator ("and", "but", "while",
/// "yet"), a short subject of up to five words (its determiner aside) starting at or before `to`,
/// and a finite verb (an inflected event verb, a reporting verb or an auxiliary). A name in that
/// clause is not an object of a trigger or cue at `from`.
pub fn coordinated_clause_between(a: &Analysis, from: usize, to: usize) -> bool {
    const MAX_SUBJECT: usize = 5;
    (from + 1..to.saturating_sub(1)).any(|comma| {
        if lower(a, comma) != "," || !matches!(lower(a, comma + 1), "and" | "but" | "while" | "yet") {
            return false;
        }
        let mut subject = comma + 2;
        if DETERMINERS.contains(&lower(a, subject)) {
            subject += 1;
        }
        subject <= to
            && (subject + 1..=subject + MAX_SUBJECT)
                .find(|&v| {
                    let w = lower(a, v);
                    w.is_empty() || !w.chars().any(char::is_alphanumeric) || finite(w)
                })
                .is_some_and(|v| v > subject && finite(lower(a, v)))
    })
}

/// "… was appointed by António Guterres, and she mediated talks": after a clause with a finite
/// verb (from `first`, the sentence's start), a clause coordinated after token `from` (", and" /
/// ", but" …) with a subject of its own — a pronoun, a determiner or a name, not a verb sharing
/// the first clause's subject — whose finite verb comes by `to`. A name before it is no party to
/// a trigger inside it. "Chile, Peru, and Bolivia signed" has no verb before the comma: a list,
/// not two clauses.
pub fn own_clause_after(a: &Analysis, first: usize, from: usize, to: usize) -> bool {
    let Some(verb) = (first..to).find(|&t| finite(lower(a, t))) else { return false };
    (from.max(verb) + 1..to.saturating_sub(1)).any(|comma| {
        let own_subject = PERSONAL_PRONOUNS.contains(&lower(a, comma + 2))
            || matches!(lower(a, comma + 2), "they" | "we" | "it")
            || DETERMINERS.contains(&lower(a, comma + 2))
            || a.starts_a_name(comma + 2);
        own_subject && comma + 2 < to && coordinated_clause_between(a, comma - 1, to)
    })
}

/// "The attack came hours after the president appeared at a rally in Cusco": a subordinate
/// clause (a subordinator — after, before, when, while, because … — then a finite verb, or a
/// word in "-ed", within a few words) opens between tokens `from` and `to`; a place inside it is
/// where that clause happened. "after midnight in Cusco" has no verb: no clause.
pub fn subordinate_clause_between(a: &Analysis, from: usize, to: usize) -> bool {
    const MAX_SUBJECT: usize = 6;
    (from + 1..to).any(|t| {
        SUBORDINATORS.contains(&lower(a, t))
            && !adverbial_since(a, t)
            && (t + 2..(t + 2 + MAX_SUBJECT).min(to)).any(|v| verb_like(lower(a, v)))
    })
}

/// "summoned the ambassador to protest the detention of staff in Tehran": an infinitive ("to"
/// and an event verb's plain form, or any plain verb with an article opening its object) opens
/// between tokens `from` and `to` — a purpose or a plan with its own verb; a place after it is
/// where that verb's action would be. Common verbs without such an object (`verb_stoplist.txt`)
/// are left out: "talks set to take place in Doha", "to be held in Oslo" give the talks' own place.
pub fn infinitive_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from + 1..to.saturating_sub(1)).any(|t| {
        let verb = lower(a, t + 1);
        // A common verb counts when its object opens with an article ("to lead a mission in X",
        // "to close the border at Y"): "to" with a noun ("to peace talks") takes none.
        let with_object = plain_word(a, t + 1)
            && !DETERMINERS.contains(&verb)
            && matches!(lower(a, t + 2), "a" | "an" | "the" | "its" | "their");
        lower(a, t) == "to" && (CAMEO_VERBS.get(verb).is_some_and(|(lemma, _)| *lemma == verb) || with_object)
    })
}

/// "known as", "described as", "such as", "as well as", "as part of": "as" at `s` after a
/// participle or those words opens a noun phrase, not a clause.
fn as_opens_a_phrase(a: &Analysis, s: usize) -> bool {
    let before = if s > 0 { lower(a, s - 1) } else { "" };
    matches!(lower(a, s + 1), "well" | "if" | "though" | "part")
        || matches!(before, "such" | "well" | "so" | "same" | "known" | "seen")
        || before.ends_with("ed")
}

/// "expelled the ambassador as ECOWAS weighed sanctions", "arrested two men after Kenya had
/// closed the border": a subordinator after token `from` opens a clause whose subject is the
/// mention `m` — at most a few determiners and plain words between them, and a finite verb (or a
/// word in "-ed") within a few plain words after the name.
pub fn subject_of_a_later_clause(a: &Analysis, from: usize, m: &EntityMention) -> bool {
    const MAX_BEFORE_NAME: usize = 3;
    const MAX_AFTER_NAME: usize = 3;
    let opener = (from + 1..m.first_token).rev().take(MAX_BEFORE_NAME + 1).find(|&s| {
        let w = lower(a, s);
        SUBORDINATORS.contains(&w) && !(w == "as" && as_opens_a_phrase(a, s)) && !adverbial_since(a, s)
    });
    // "killed in an airstrike as he was leaving": a pronoun may stand for a party of the main clause.
    let pronoun =
        PERSONAL_PRONOUNS.contains(&lower(a, m.first_token)) || matches!(lower(a, m.first_token), "they" | "it");
    let Some(opener) = opener.filter(|_| !pronoun) else { return false };
    let plain = |t: usize| DETERMINERS.contains(&lower(a, t)) || plain_word(a, t) || matches!(lower(a, t), "'s" | "’s");
    (opener + 1..m.first_token).all(plain)
        && (m.end_token..m.end_token + MAX_AFTER_NAME)
            .take_while(|&t| t == m.end_token || plain(t - 1))
            .any(|v| (verb_like(lower(a, v)) || present_after_a_name(a, v)) && plain_word(a, v))
}

/// "Israeli strikes kill 18 in Gaza as ceasefire talks resume in Cairo", "…, as Egyptian mediators
/// hosted talks": a subordinate clause opens after token `from` (where a name ends) and holds the
/// trigger at `trigger` — a subordinator with no comma from it to the trigger (not "such as" or
/// "as well as"), and then either a verb (finite, or a word in "-ed") before the trigger, or the
/// trigger ending the clause's subject: up to four plain words, none a function word, then one
/// more plain word (the verb, "resume") before a preposition, a comma or the sentence's end. A
/// name before the subordinator belongs to the main clause, not to the subordinate one's trigger —
/// unless the clause's subject is a pronoun, which may stand for that name ("as they fought").
pub fn opens_a_later_clause(a: &Analysis, from: usize, trigger: usize) -> bool {
    const MAX_SUBJECT: usize = 4;
    // A clause's subordinator stands within this many tokens of its trigger (bounded work per pair).
    const MAX_REACH: usize = 24;
    let function_word = |t: usize| crate::nlp::lexicon::FUNCTION_WORDS.contains(&lower(a, t));
    // No comma between the subordinator and the trigger: only subordinators after the last one.
    let reach = from.max(trigger.saturating_sub(MAX_REACH));
    let after_comma = (reach..trigger).rev().find(|&t| lower(a, t) == ",").map_or(reach, |comma| comma + 1);
    (after_comma..trigger).any(|s| {
        let w = lower(a, s);
        // "known as", "described as", "such as", "as well as": "as" after a participle or those
        // words opens a noun phrase, not a clause.
        let preposition_as = w == "as" && as_opens_a_phrase(a, s);
        // "… as they fought in a battle": the clause's pronoun subject may be the name itself.
        let pronoun_subject = PERSONAL_PRONOUNS.contains(&lower(a, s + 1)) || matches!(lower(a, s + 1), "they" | "it");
        if !SUBORDINATORS.contains(&w) || preposition_as || pronoun_subject || adverbial_since(a, s) {
            return false;
        }
        // The trigger itself may be a noun with a verb's spelling ("talks"); "U.S.-led" is no verb;
        // a relative clause inside ("as the only states that have signed") is the noun's.
        let verb_by_trigger = !(s + 1..trigger)
            .any(|t| RELATIVE_PRONOUNS.contains(&lower(a, t)) || lower(a, t) == "that")
            && (s + 2..trigger).any(|v| {
                let w = lower(a, v);
                plain_word(a, v) && !w.ends_with("ing") && verb_like(w)
            });
        let subject_ends = trigger - s <= MAX_SUBJECT
            && (s + 1..=trigger).all(|t| plain_word(a, t) && !function_word(t))
            && plain_word(a, trigger + 1)
            && !function_word(trigger + 1)
            && {
                let after = lower(a, trigger + 2);
                after.is_empty() || after == "," || after == "." || AFTER_A_CLAUSE_VERB.contains(&after)
            };
        verb_by_trigger || subject_ends
    })
}

/// Words that may follow a subordinate clause's verb ("talks resume in Cairo", "… on Monday").
const AFTER_A_CLAUSE_VERB: &[&str] = &["in", "at", "on", "near", "after", "for", "with", "today", "tomorrow"];

/// "MINUSMA withdrew at the request of the government, which turned to Moscow": a relative
/// clause (a comma, then "which", "who", "whom" or "whose") opens between tokens `from` and `to`;
/// a name inside it belongs to the clause's own predicate, not to a trigger at `from`.
pub fn relative_clause_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from + 1..to.saturating_sub(1))
        .any(|comma| lower(a, comma) == "," && RELATIVE_PRONOUNS.contains(&lower(a, comma + 1)))
}

/// For each token of the sentence `[first, end)`, the relative clause ("…, which …", "…, who …",
/// "an officer who …") that holds it: the token of the comma that opens it (of the pronoun for a
/// clause without a comma), or `None` outside any. A clause after a comma ends at a comma before
/// a finite verb or a past tense ("X, who hosted talks, welcomed the accord", "X, which borders Y,
/// signed a treaty") and otherwise runs to the sentence's
/// end ("…, which condemned the attacks in Paris, including those in Sousse"); one without a
/// comma ends at the next comma that does not go on with a list of names ("diplomats who
/// attacked X, and the police …"). One pass over the sentence.
pub fn relative_clauses(a: &Analysis, first: usize, end: usize) -> Vec<Option<usize>> {
    let mut open = None;
    let mut restrictive = false;
    (first..end)
        .map(|t| {
            if open.is_none() && t > first && opens_a_restrictive_clause(a, t) {
                (open, restrictive) = (Some(t), true);
            }
            let here = open;
            if lower(a, t) == "," {
                let next = lower(a, t + 1);
                // "China, which borders Laos, signed a treaty", "…, later signed": a verb in the
                // past after the comma is the main clause's, whether or not it tells an event.
                let past = past_tense_at(a, t + 1);
                if RELATIVE_PRONOUNS.contains(&next) {
                    (open, restrictive) = (Some(t), false);
                } else if finite_verb_form(next) || past || (restrictive && !a.starts_a_name(t + 1)) {
                    open = None;
                }
            }
            here
        })
        .collect()
}

/// A past tense at token `t`, or after an adverb there ("signed", "later signed"): a clause's
/// verb right after a comma that closes an aside or a relative clause.
pub fn past_tense_at(a: &Analysis, t: usize) -> bool {
    past_tense(lower(a, t)) || (ADVERBS_BEFORE_VERBS.contains(&lower(a, t)) && past_tense(lower(a, t + 1)))
}

/// "two diplomats who had attacked journalists", "the man whose convoy was hit", "militias that
/// attacked the base": a relative pronoun right after a word (no comma) opens a clause whose
/// subject is the noun before it. "who", "whom" and "whose" always do (an embedded question,
/// "did not say who fired", has its own subject too); "which" and "that" only before a finite
/// verb — before a noun they are a determiner or open what someone said ("said that Peru …").
fn opens_a_restrictive_clause(a: &Analysis, t: usize) -> bool {
    let (w, before) = (lower(a, t), lower(a, t - 1));
    let after_a_word = before.chars().next().is_some_and(char::is_alphanumeric);
    after_a_word
        && match w {
            "who" | "whom" | "whose" => true,
            "which" | "that" => finite_verb_form(lower(a, t + 1)),
            _ => false,
        }
}

/// An auxiliary or an inflected event verb, not an -ing form: a clause's own verb.
fn finite_verb_form(w: &str) -> bool {
    FINITE_AUXILIARIES.contains(&w) || CAMEO_VERBS.get(w).is_some_and(|(lemma, _)| *lemma != w) && !w.ends_with("ing")
}

/// "studied law in Lima and later worked for Peru in Quito": after the trigger and an object,
/// "and" (and an adverb) before a past-tense verb with its object opens a second predicate
/// before token `to`, as does "and" before an auxiliary and a participle ("was wounded in the
/// attack and was flown to X"); right after the trigger the two verbs share the object
/// ("attacked and destroyed Y").
pub fn second_predicate_between(a: &Analysis, trigger: usize, to: usize) -> bool {
    // "expelled X, left Y and signed Z": a comma lists predicates as "and" does when the verb
    // takes an object right away (a determiner, a name) — ", followed by X", ", coupled with X"
    // open a participle's phrase about what came before.
    (trigger + 1..to).any(|t| match lower(a, t) {
        // An auxiliary shares no object with the trigger: "attacked and were driven back".
        // "welcomed the deal but said Chile would…": "but" coordinates predicates as "and" does.
        "and" | "but" if FINITE_AUXILIARIES.contains(&lower(a, t + 1)) => past_tense_follows(a, t + 2),
        "and" | "but" => t > trigger + 1 && past_tense_follows(a, t + 1),
        "," => {
            t > trigger + 1
                && past_tense_follows(a, t + 1)
                && (DETERMINERS.contains(&lower(a, t + 2)) || a.starts_a_name(t + 2))
        }
        _ => false,
    })
}

/// "denied losing the bridge and said its fighters had repelled an attack": "and" or "but" at
/// `t` before a verb of its own — a past tense with its object, a reporting verb, an auxiliary —
/// coordinates a second predicate; what the first one negated or supposed stops there.
pub fn second_predicate_at(a: &Analysis, t: usize) -> bool {
    let next = lower(a, t + 1);
    matches!(lower(a, t), "and" | "but")
        && (past_tense_follows(a, t + 1) || REPORTING_VERBS.contains(&next) || FINITE_AUXILIARIES.contains(&next))
}

/// A past-tense verb at `t` (a regular "-ed" form or an irregular one: "left", "sent"), or after one adverb ("later worked", "then joined"), with its
/// object or complement opening after it (a determiner, a preposition, a name): "and remotely
/// piloted aircraft" is a noun phrase, not a predicate.
fn past_tense_follows(a: &Analysis, t: usize) -> bool {
    let verb_at = |v: usize| {
        let w = lower(a, v);
        let next = lower(a, v + 1);
        past_tense(w)
            // A verb of hosting or brokering is no adjective: a bare noun may be its object
            // ("and hosted peace talks").
            && (HOST_VERBS.contains(&w)
                || MEDIATOR_VERBS.contains(&w)
                || DETERMINERS.contains(&next)
                || matches!(next, "for" | "in" | "at" | "to" | "with" | "on" | "as" | "from" | "by")
                || a.starts_a_name(v + 1))
    };
    let w = lower(a, t);
    verb_at(t) || ((w.ends_with("ly") || matches!(w, "later" | "then" | "also" | "soon")) && verb_at(t + 1))
}
/// The common noun just before the verb at `trigger` (past auxiliaries and a few adverbs, a few
/// words back at most, and up to two phrases of place or time — "A court in Lima on Monday
/// sentenced …" — within the sentence opening at `first`): the verb's subject when it is no name.
/// The look is bounded so it stays constant per trigger.
pub fn subject_noun_before(a: &Analysis, first: usize, trigger: usize) -> Option<usize> {
    const BETWEEN: &[&str] =
        &["have", "has", "had", "also", "reportedly", "allegedly", "apparently", "later", "then", "again", "earlier"];
    const REACH: usize = 4;
    const MAX_PHRASES: usize = 2;
    let (mut t, mut words, mut phrases) = (trigger, 0, 0);
    while t > first {
        let u = t - 1;
        if BETWEEN.contains(&lower(a, u)) {
            if words == REACH {
                return None;
            }
            (t, words) = (u, words + 1);
            continue;
        }
        if let Some(opening) = (phrases < MAX_PHRASES).then(|| phrase_of_place_or_time_ending_at(a, first, u)).flatten()
        {
            (t, phrases) = (opening, phrases + 1);
            continue;
        }
        return (!a.starts_a_name(u)).then_some(u);
    }
    None
}

/// "in Lima", "near Goma", "on Monday", "last week": a preposition and the name or the phrase of
/// time that ends at token `last` — where the phrase opens, after `first`.
fn phrase_of_place_or_time_ending_at(a: &Analysis, first: usize, last: usize) -> Option<usize> {
    let opener = |start: usize, prepositions: &[&str]| {
        start.checked_sub(1).filter(|&p| p > first && prepositions.contains(&lower(a, p)))
    };
    if let Some(m) = name_ending_at(a, last + 1) {
        return opener(m.first_token, &["in", "at", "near", "from"]);
    }
    let i = a.times.partition_point(|tm| tm.end_token <= last);
    let time = a.times.get(i).filter(|tm| tm.end_token == last + 1)?;
    opener(time.first_token, &["on", "in", "at", "during", "last", "this", "late", "early"])
        .or_else(|| (time.first_token > first).then_some(time.first_token))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_at(a: &Analysis, t: Option<usize>) -> Option<&str> {
        t.map(|t| lower(a, t))
    }

    #[test]
    fn a_verbs_unnamed_subject_is_found_past_phrases_of_place_and_time() {
        let a = crate::nlp::analyze("A court in Quito on Friday sentenced him.");
        let verb = (0..a.tokens.len()).find(|&t| lower(&a, t) == "sentenced").unwrap();
        assert_eq!(word_at(&a, subject_noun_before(&a, 0, verb)), Some("court"));
        let a = crate::nlp::analyze("Students later protested.");
        assert_eq!(word_at(&a, subject_noun_before(&a, 0, 2)), Some("students"));
        // A name is no unnamed subject, whatever stands between.
        let a = crate::nlp::analyze("Chile on Friday expelled him.");
        let verb = (0..a.tokens.len()).find(|&t| lower(&a, t) == "expelled").unwrap();
        assert_eq!(subject_noun_before(&a, 0, verb), None);
    }
}
