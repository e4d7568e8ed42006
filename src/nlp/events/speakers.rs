//! Who speaks rather than acts: a report's speakers after a comma ("…, X and Y said in a
//! statement"), a statement's author ("Remarks by the President on…"), what a verb of saying
//! opens ("X warned that Y …"), whose subject is not the speaker's, and who asks another to act
//! ("X urged Y to halt the attacks").

use crate::nlp::analysis::Analysis;
use crate::nlp::context::{is_preposition, lower, name_ending_at, name_starting_at, past_tense, plain_word, verb_like};
use crate::nlp::entities::EntityMention;
use crate::nlp::lexicon::{
    CLAUSE_BARRIERS, DETERMINERS, FINITE_AUXILIARIES, RELATIVE_PRONOUNS, REPORTING_VERBS, REQUESTING_VERBS,
    SUBORDINATORS, opens_an_adverbial,
};

/// How many words the asked party and "to" may take between a verb of asking and what it asks.
const ASKED_REACH: usize = 12;

/// "called on X to cease attacks", "urged X and Y to agree to a truce": a verb of asking
/// (`requesting_verbs.txt`; "call" and "appeal" with "on", "upon" or "to") from `from` on, whose
/// "to" clause holds the trigger: the "to"'s token.
pub(super) fn asked_to_act(a: &Analysis, from: usize, trigger: usize) -> Option<usize> {
    // Farther back, no "to" could be near enough to the trigger (bounded work per trigger).
    (from.max(trigger.saturating_sub(2 + ASKED_REACH + ASKED_REACH / 2))..trigger).find_map(|v| {
        let w = lower(a, v);
        let asks = REQUESTING_VERBS.contains(&w)
            && (!(w.starts_with("call") || w.starts_with("appeal")) || matches!(lower(a, v + 1), "on" | "upon" | "to"));
        if !asks {
            return None;
        }
        // The asked party first: "to" right after "appeal" is the preposition.
        let to = (v + 2..trigger.min(v + 2 + ASKED_REACH)).find(|&t| lower(a, t) == "to");
        to.filter(|&to| trigger - to <= ASKED_REACH / 2 && !(v..to).any(|t| lower(a, t) == ";"))
    })
}

/// "The EU called on the Syrian government to cease attacks", "Chile urged Peru and Bolivia to
/// agree to a truce": a name before a verb of asking whose "to" clause holds the trigger asks
/// another to act — it takes no part in what it asks for (the asked, between the verb and "to",
/// still does). Talks are left to the caller: the asker is often the other side.
pub(super) fn asks_another_to_act(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    m.end_token <= trigger
        && trigger - m.end_token <= 2 * ASKED_REACH
        && asked_to_act(a, m.end_token, trigger).is_some()
}

/// "…, Ukrainian officials said", "…, the Syrian state media reported on Monday.": after a comma, a
/// name followed by one or two plain words and a reporting verb that (with a few words at most)
/// closes the sentence, or is closed by a comma ("…, the Saudi ministry said, six months after …"),
/// says whose speakers report — it takes no part in what they report. So do names joined to it by
/// "and" or commas ("…, the United States and Saudi Arabia said in a joint statement").
pub(super) fn qualifies_speakers_after_a_comma(a: &Analysis, m: &EntityMention) -> bool {
    const CLOSING_WORDS: usize = 4;
    let sentence_end = a.sentences[m.sentence].end_token;
    let plain = |u: usize| {
        let w = lower(a, u);
        plain_word(a, u) && !DETERMINERS.contains(&w) && !CLAUSE_BARRIERS.contains(&w) && !matches!(w, "and" | "or")
    };
    let end = coordination_end(a, m);
    // A lone name is a speaker only with a noun after it ("Ukrainian officials said"); a bare
    // "X said" is read where speakers are.
    let fewest_words = usize::from(end == m.end_token);
    opens_after_a_comma(a, m)
        && (fewest_words..=2).any(|n| {
            let verb = end + n;
            (end..verb).all(plain)
                && REPORTING_VERBS.contains(&lower(a, verb))
                // The report closes the sentence, or a comma closes the report ("…, the ministry
                // said, six months after …").
                && (sentence_end.saturating_sub(verb + 1) <= CLOSING_WORDS
                    || lower(a, verb + 1) == ","
                    || closing_phrase(a, verb + 1, sentence_end))
        })
}

/// Words of a closing phrase read at most (bounded work per mention).
const MAX_CLOSING_PHRASE: usize = 10;

/// "…said in a joint statement on Saturday.": the words from `from` to the sentence's end are
/// phrases opened by a preposition, with no verb or clause word — the report ends the sentence.
fn closing_phrase(a: &Analysis, from: usize, sentence_end: usize) -> bool {
    // One word past the limit is enough to refuse (a long sentence costs no more).
    let words = (from..sentence_end).map(|t| lower(a, t)).filter(|w| w.chars().any(char::is_alphanumeric));
    let words: Vec<&str> = words.take(MAX_CLOSING_PHRASE + 1).collect();
    words.len() <= MAX_CLOSING_PHRASE
        && words.first().is_some_and(|w| is_preposition(w) || opens_an_adverbial(w))
        && words.iter().all(|w| {
            !past_tense(w)
                && !FINITE_AUXILIARIES.contains(w)
                && !SUBORDINATORS.contains(w)
                && *w != "that"
                && !RELATIVE_PRONOUNS.contains(w)
        })
}

/// Names joined by "and"/"or"/commas are read this many at most (bounded work per mention).
const MAX_COORDINATED: usize = 8;

/// The separator right before the name at `first` (a determiner before the name skipped) — a
/// comma, "and", "or", ", and" —: its first token, and whether it is a bare comma.
fn separator_before(a: &Analysis, first: usize) -> Option<(usize, bool)> {
    let t = if first >= 1 && DETERMINERS.contains(&lower(a, first - 1)) { first - 1 } else { first };
    let before = t.checked_sub(1)?;
    match lower(a, before) {
        "," => Some((before, true)),
        "and" | "or" if before >= 1 && lower(a, before - 1) == "," => Some((before - 1, false)),
        "and" | "or" => Some((before, false)),
        _ => None,
    }
}

/// "…, the United States and Saudi Arabia": the name, or one it is joined to by "and"/"or"
/// before it, comes right after a comma.
fn opens_after_a_comma(a: &Analysis, m: &EntityMention) -> bool {
    let mut first = m.first_token;
    for _ in 0..MAX_COORDINATED {
        match separator_before(a, first) {
            Some((_, true)) => return true,
            Some((separator, false)) => match name_ending_at(a, separator) {
                Some(previous) => first = previous.first_token,
                None => return false,
            },
            None => return false,
        }
    }
    false
}

/// Where the names joined to `m` after it by "and", "or" or commas end ("the United States and
/// Saudi Arabia said" → after "Arabia").
fn coordination_end(a: &Analysis, m: &EntityMention) -> usize {
    let mut end = m.end_token;
    for _ in 0..MAX_COORDINATED {
        let mut t = end;
        if lower(a, t) == "," {
            t += 1;
        }
        if matches!(lower(a, t), "and" | "or") {
            t += 1;
        }
        if t == end {
            break;
        }
        if DETERMINERS.contains(&lower(a, t)) {
            t += 1;
        }
        match name_starting_at(a, t) {
            Some(next) => end = next.end_token,
            None => break,
        }
    }
    end
}

/// "Statement by the Spokesperson on the attacks in Idlib", "Remarks by the President on…": a
/// name after "by" that follows a word of comment (a clause barrier) is the comment's author.
pub(super) fn authors_a_statement(a: &Analysis, m: &EntityMention) -> bool {
    let mut t = m.first_token;
    if t > 0 && DETERMINERS.contains(&lower(a, t - 1)) {
        t -= 1;
    }
    t >= 2 && lower(a, t - 1) == "by" && CLAUSE_BARRIERS.contains(&lower(a, t - 2))
}

/// "De Mistura warned on Saturday that Aleppo could be destroyed if the bombardment went on": a
/// reporting verb and "that" (a short adverbial between them) open what someone says, whose
/// subject is not the speaker — unless a pronoun takes the speaker up ("Peru warned that it would
/// strike", "Chad acknowledged that its forces crossed"). Any other verb right before "that" and
/// a clause's subject (a name, or a determiner opening a noun phrase) opens such a clause too:
/// "He mentioned that Shell had approached X", "Peru admitted that the attacks were planned
/// there" (not "rejected that proposal": a demonstrative; not "has demanded that": the verb
/// before "that" is the trigger's own).
pub(super) fn reports_another_subject(a: &Analysis, t: usize) -> bool {
    const MAX_ADVERBIAL: usize = 4;
    let w = lower(a, t);
    let reporting = REPORTING_VERBS.contains(&w);
    if !reporting && !verb_like(w) {
        return false;
    }
    let reach = if reporting { MAX_ADVERBIAL } else { 0 };
    (t + 1..=t + 1 + reach).take_while(|&k| lower(a, k) != ",").any(|k| {
        let next = lower(a, k + 1);
        lower(a, k) == "that"
            && !matches!(next, "he" | "she" | "it" | "they" | "we" | "i" | "its" | "their" | "his" | "her" | "our")
            && (reporting || a.starts_a_name(k + 1) || DETERMINERS.contains(&next))
    })
}
