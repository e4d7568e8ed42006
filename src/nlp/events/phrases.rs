//! Where the clause or phrase around a name ends, for who takes part in an event: a subordinate
//! clause opening the sentence, an apposition, a noun subject after a comma, a relative clause on
//! another noun.

use crate::nlp::analysis::Analysis;
use crate::nlp::context::{
    agent_of_a_participle_aside, before_the_first_verb, is_copula, lower, name_before_comma, name_ending_at,
    name_ends_at, past_tense, plain_word, present_after_a_name, subject_before_an_aside, verb_like,
};
use crate::nlp::entities::EntityMention;
use crate::nlp::lexicon::{
    DETERMINERS, FINITE_AUXILIARIES, LOCATIVE, RELATIVE_PRONOUNS, REPORTING_VERBS, SUBORDINATORS, opens_an_adverbial,
};

/// "After Yusuf was killed in custody, Shekau became leader": a trigger in a subordinate clause
/// that opens the sentence takes no name after the clause's comma — that is the main clause's.
pub(super) fn after_a_fronted_clause(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    let first = a.sentences[m.sentence].first_token;
    SUBORDINATORS.contains(&lower(a, first))
        && !(first..trigger).any(|t| lower(a, t) == ",")
        && (trigger + 1..m.first_token).any(|t| lower(a, t) == ",")
}

/// "If Peru closes the border, Chile will impose sanctions", "When Peru and Bolivia met in Lima,
/// Chile protested": a name inside a subordinate clause that opens the sentence takes no part in
/// a trigger after the clause — after the first comma that follows the clause's verb (a finite
/// word, one in "-ed", or one in "-s" right after a name). Commas before the verb only list names
/// ("When Peru, Chile and Bolivia met, …"); any other ("After talks, Peru closed …") means the
/// sentence opened with a phrase, not a clause.
pub(super) fn in_a_fronted_clause(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    let first = a.sentences[m.sentence].first_token;
    if m.end_token > trigger || !SUBORDINATORS.contains(&lower(a, first)) {
        return false;
    }
    let list_comma =
        |c: usize| name_ends_at(a, c) && (a.starts_a_name(c + 1) || matches!(lower(a, c + 1), "and" | "or"));
    let mut verb = None;
    for t in first + 1..trigger {
        let w = lower(a, t);
        if w == "," && !list_comma(t) {
            return false;
        }
        if plain_word(a, t) && (verb_like(w) || present_after_a_name(a, t)) {
            verb = Some(t);
            break;
        }
    }
    let Some(verb) = verb else { return false };
    (verb + 1..trigger).find(|&t| lower(a, t) == ",").is_some_and(|comma| m.end_token <= comma)
}

/// How many tokens an apposition may run to, from its comma to the comma or full stop closing it.
const MAX_APPOSITION: usize = 16;

/// "released Ana Ruiz, a Colombian businesswoman and close ally of President X", "X, a former
/// ally of Y, was arrested": a name inside an apposition — a comma right after a name, "a" or
/// "an" (or "the" and a plain word: "the United States" may be a list's next name), up to the
/// next comma or the sentence's end — describes the name before it and takes no part in a
/// trigger outside the apposition. Not a list of indefinites ("an American, a Briton and two
/// Canadians"), nor the subject after a fronted phrase ("In Lima, a spokesman for Peru …").
pub(super) fn in_an_apposition(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    // "The Andean Front, backed by Bolivia, attacked …": the participle's doer does only what it says.
    if let Some((opening, closing)) = agent_of_a_participle_aside(a, m) {
        return !(opening < trigger && trigger < closing);
    }
    let opens_an_aside =
        trigger > 0 && lower(a, trigger - 1) == "," && lower(a, trigger + 1) == "by" && past_tense(lower(a, trigger));
    // …a name before the one the aside is on is no party to it ("She is a member of the X Party,
    // founded by Y": she founded nothing) …
    if opens_an_aside
        && m.end_token + 1 < trigger
        && name_before_comma(a, trigger - 1).is_some_and(|head| list_start(a, head) > m.first_token)
    {
        return true;
    }
    // …and the name after the aside is not what it backed ("China, backed by Russia, hosted talks
    // between Peru and Chile": Peru was not backed).
    if opens_an_aside && trigger < m.first_token {
        let agents_end = (trigger + 2..m.first_token).find(|&t| lower(a, t) == ",");
        if agents_end.is_some_and(|closing| {
            name_before_comma(a, closing).and_then(|agent| agent_of_a_participle_aside(a, agent))
                == Some((trigger - 1, closing))
        }) {
            return true;
        }
    }
    let sentence = &a.sentences[m.sentence];
    let first = sentence.first_token;
    let reach = m.first_token.saturating_sub(MAX_APPOSITION).max(first + 1);
    let Some(comma) = (reach..m.first_token).rev().find(|&t| lower(a, t) == ",") else { return false };
    let opens = match lower(a, comma + 1) {
        "a" | "an" => true,
        "the" => comma + 2 < m.first_token && plain_word(a, comma + 2),
        _ => false,
    };
    let Some(head) = name_ending_at(a, comma).filter(|_| opens) else { return false };
    let indefinite = head.first_token > first && matches!(lower(a, head.first_token - 1), "a" | "an");
    let fronted = opens_an_adverbial(lower(a, first)) && !(first..comma).any(|t| lower(a, t) == ",");
    if indefinite || fronted {
        return false;
    }
    let limit = sentence.end_token.min(comma + MAX_APPOSITION);
    let close = (m.end_token..limit)
        .find(|&t| lower(a, t) == ",")
        .or_else(|| (sentence.end_token <= comma + MAX_APPOSITION).then_some(sentence.end_token));
    close.is_some_and(|close| !(comma < trigger && trigger < close))
}

/// "In 2013, after an offensive by X and Y, the group surrendered": a comma, then a noun phrase
/// of the clause's own (a determiner and up to three words, no name) and perhaps an auxiliary
/// right before the trigger — its subject; names before that comma belong elsewhere.
pub(super) fn a_noun_subject_between(a: &Analysis, from: usize, trigger: usize) -> bool {
    const MAX_NOUN_WORDS: usize = 3;
    let Some(comma) = (from..trigger).rev().find(|&t| lower(a, t) == ",") else { return false };
    let mut end = trigger;
    while end > comma + 1 && FINITE_AUXILIARIES.contains(&lower(a, end - 1)) {
        end -= 1;
    }
    let opener = lower(a, comma + 1);
    let nouns = comma + 2..end;
    // "X, a middleman buying oil from Y": a participle after the noun phrase qualifies it — an
    // appositive on X, whose verb it is.
    !lower(a, trigger).ends_with("ing")
        && (DETERMINERS.contains(&opener) || matches!(opener, "a" | "an"))
        && !nouns.is_empty()
        && nouns.len() <= MAX_NOUN_WORDS
        && nouns.clone().all(|t| {
            let w = lower(a, t);
            // "X, a local banker who founded Y": the relative clause's subject is X.
            !a.starts_a_name(t) && w.chars().all(char::is_alphabetic) && !RELATIVE_PRONOUNS.contains(&w) && w != "that"
        })
}

/// "France keeps troops in the region as part of Barkhane, which has fought jihadists": the
/// trigger sits in a relative clause on a noun after the name's own verb, so the clause's subject
/// is that noun, not the name ("Hezbollah fighters, who fought…" stay Hezbollah's).
/// "Britain sanctioned an officer who directed attacks", "France expelled diplomats who had
/// attacked journalists": so does a clause without a comma. A noun in apposition to the name is
/// the name's own ("Reza Amini, an officer who directed attacks").
/// `opener`: the comma or pronoun that opens the trigger's relative clause.
pub(super) fn in_a_relative_clause_on_another_noun(
    a: &Analysis,
    m: &EntityMention,
    opener: Option<usize>,
    trigger: usize,
) -> bool {
    let Some(opener) = opener.filter(|&o| o >= m.end_token) else { return false };
    // The noun before the clause is not the name's own: a verb, determiner or preposition
    // stands between them ("Hezbollah fighters, who" has none).
    another_noun_between(a, m.end_token, opener)
        && !appositive_until(a, m.end_token, opener)
        && !(opener + 1..trigger).any(|t| lower(a, t) == ",")
}

/// Between a name ending at `from` and the noun at `to` a verb, a determiner or a preposition
/// stands: the noun is another's, not one the name modifies ("Hezbollah fighters" has none).
pub(super) fn another_noun_between(a: &Analysis, from: usize, to: usize) -> bool {
    !before_the_first_verb(a, from, to)
        || (from..to).any(|t| {
            let w = lower(a, t);
            DETERMINERS.contains(&w) || matches!(w, "a" | "an" | "of" | "as" | "for") || LOCATIVE.contains(&w)
        })
}

/// ", a commander in the Quds Force" from token `from` to `to`: a comma, a determiner and words
/// with no verb and no further comma — a noun phrase in apposition to the name before it. So
/// is a copula's complement with no phrase after its noun ("X was a priest who founded Y": the
/// priest is X; "X is the widow of a militant who was killed": the militant is not).
pub(super) fn appositive_until(a: &Analysis, from: usize, to: usize) -> bool {
    let opener = lower(a, from + 1);
    let copula = is_copula(lower(a, from));
    let bare_noun = !(from + 1..to).any(|t| {
        let w = lower(a, t);
        matches!(w, "of" | "for" | "with" | "to" | "from" | "by") || LOCATIVE.contains(&w)
    });
    (lower(a, from) == "," || (copula && bare_noun))
        && (DETERMINERS.contains(&opener) || matches!(opener, "a" | "an"))
        && from + 2 < to
        && before_the_first_verb(a, from + 1, to)
        && !(from + 1..to).any(|t| lower(a, t) == ",")
}

/// "The Andean Front said its fighters had attacked X", "Chad announced on Monday that its troops
/// crossed", "Peru said it shelled Y": after the reporting verb at `t` (a short adverbial and
/// "that" may follow it), a pronoun or possessive ("it", "its", "they", "their") and at most a
/// few plain words before the trigger take the speaker `m` up — the verb's subject, right before
/// it or before an aside ("The Andean Front, led by X, said …") — as what the clause tells of.
pub(super) fn speaker_taken_up(a: &Analysis, m: &EntityMention, t: usize, trigger: usize) -> bool {
    const MAX_ADVERBIAL: usize = 4;
    const MAX_SUBJECT_WORDS: usize = 4;
    const MAX_BEFORE_VERB: usize = 2;
    if !REPORTING_VERBS.contains(&lower(a, t)) || trigger <= t + 1 {
        return false;
    }
    let Some(pronoun) = (t + 1..(t + 2 + MAX_ADVERBIAL).min(trigger))
        .take_while(|&u| lower(a, u) != "," && !a.starts_a_name(u))
        .find(|&u| matches!(lower(a, u), "it" | "its" | "they" | "their"))
    else {
        return false;
    };
    let subject_words = pronoun + 1..trigger;
    if subject_words.len() > MAX_SUBJECT_WORDS || !subject_words.clone().all(|u| plain_word(a, u)) {
        return false;
    }
    let first = a.sentences[m.sentence].first_token;
    let speaker_right_before = m.end_token <= t
        && t - m.end_token <= MAX_BEFORE_VERB
        && (m.end_token..t).all(|u| plain_word(a, u) && lower(a, u) != "and");
    speaker_right_before || {
        let end = a.sentences[m.sentence].end_token;
        let ents: Vec<usize> = (a.entities.partition_point(|e| e.first_token < first)
            ..a.entities.partition_point(|e| e.first_token < end))
            .collect();
        subject_before_an_aside(a, &ents, first, t).is_some_and(|k| std::ptr::eq(&a.entities[k], m))
    }
}

/// Where the list of names that ends with `last` starts ("Britain, France and Germany": at
/// "Britain"); `last`'s own start when no name is listed before it.
fn list_start(a: &Analysis, last: &EntityMention) -> usize {
    const MAX_LISTED: usize = 8;
    let mut first = last.first_token;
    for _ in 0..MAX_LISTED {
        let mut t = first;
        if t > 0 && lower(a, t - 1) == "and" {
            t -= 1;
        }
        if t > 0 && lower(a, t - 1) == "," {
            t -= 1;
        }
        match name_ending_at(a, t).filter(|_| t < first) {
            Some(before) => first = before.first_token,
            None => break,
        }
    }
    first
}
