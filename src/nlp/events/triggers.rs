//! Event triggers: nouns from `data/lexicon/nominal_triggers.tsv`, CAMEO verbs used as verbs,
//! and the modality a trigger's clause gives it (negated, hypothetical, asserted).

use super::cameo::{FIGHT, MIN_VERB_ROOT};
use super::speakers::asked_to_act;
use crate::model::Modality;
use crate::nlp::analysis::Analysis;
use crate::nlp::clauses::{second_predicate_at, subject_noun_before};
use crate::nlp::context::{
    OBJECT_REACH, clause_start, in_a_mention, is_a_headline, is_copula, is_preposition, is_title_word, lower,
    name_ending_at, name_ends_at, object_of, passive_auxiliary, past_tense, supports_its_object, verb_like,
};
use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::lexicon::{
    ADVERBS_BEFORE_VERBS, AUTHORITY_NOUNS, BARE_VERB_CONTEXT, CALENDAR_WORDS, CAMEO_VERBS, CLAIM_NOUNS, COMPOUND_HEADS,
    CROWD_NOUNS, DESIRE_VERBS, DETERMINERS, FIGHTING_OBJECTS, FINITE_AUXILIARIES, FUNCTION_WORDS, HOST_VERBS,
    HYPOTHETICAL, INTENTION_VERBS, LIGHT_VERBS, LOCATIVE, MEDIATOR_VERBS, NEGATION, NUMBER_WORDS, PEOPLES_AND_FAITHS,
    PHRASAL_IDIOMS, QUANTIFIERS, READINESS_WORDS, REPORTING_VERBS, REQUESTING_VERBS, STOPPING_VERBS, SUPPORT_VERBS,
    UNCHANGED_PAST_VERBS, VIOLENT_AGENT_NOUNS,
};

/// Nominal triggers by word.
pub(super) use crate::nlp::lexicon::EVENT_NOUNS as NOMINAL;

pub(super) fn modality(text: &str, a: &Analysis, first: usize, trigger: usize) -> Modality {
    let start = clause_start(text, a, first, trigger);
    let words: Vec<&str> = (start..trigger).map(|k| lower(a, k)).collect();
    let negation = words.iter().rposition(|w| NEGATION.contains(w) || w.ends_with("n't"));
    // "denied losing the town and said it had repelled an attack": a second predicate is its own.
    let reaches = |from: usize| !(start + from + 1..trigger).any(|t| second_predicate_at(a, t));
    // A cue of what may happen before this word does not reach the trigger (one scan per trigger).
    let fact_from = told_as_fact_from(a, start, trigger);
    if negation.is_some_and(reaches) {
        Modality::Negated
    } else if (start..trigger).any(|k| {
        HYPOTHETICAL.contains(&lower(a, k)) && !the_month_may(text, a, first, k) && fact_from.is_none_or(|f| f <= k)
    }) || wanted_object(&words)
        || asked_for(a, start, trigger)
        || intended(a, start, trigger)
        || headline_future(a, first, start, trigger)
    {
        Modality::Hypothetical
    } else {
        Modality::Asserted
    }
}

/// The last word between `start` and the trigger that tells the trigger as fact, whatever cue of
/// what may happen stands before it: a reason or a concession ("because", "since", "although") —
/// or a time clause whose verb, the trigger, is in the past ("will retaliate after Peru attacked
/// Lima", not "after Peru attacks").
fn told_as_fact_from(a: &Analysis, start: usize, trigger: usize) -> Option<usize> {
    let past = past_tense(lower(a, trigger));
    (start..trigger).rev().find(|&t| match lower(a, t) {
        "because" | "since" | "although" | "though" | "whereas" => true,
        "after" | "when" | "while" | "before" | "until" | "as" => past,
        _ => false,
    })
}

/// "is expected to meet", "vowed to retaliate" (`intention_verbs.txt`): a word of intention or
/// expectation, "to" and a verb — not a noun ("due to the raids") — put that verb in the future,
/// and the event noun it supports ("to hold talks", "to impose new sanctions":
/// `support_verbs.txt`, `light_verbs.txt`); not an object that already is ("tried to disrupt a
/// rally") nor what comes after the phrase.
fn intended(a: &Analysis, start: usize, trigger: usize) -> bool {
    if readied_for(a, start, trigger) {
        return true;
    }
    let Some(t) = (start..trigger.saturating_sub(1))
        .rev()
        .find(|&t| INTENTION_VERBS.contains(&lower(a, t)) && lower(a, t + 1) == "to" && !opens_an_object(a, t + 2))
    else {
        return false;
    };
    // "is expected to be released": the passive's participle is the verb.
    let verb = if lower(a, t + 2) == "be" { t + 3 } else { t + 2 };
    trigger == verb || (supports_its_object(a, verb) && object_of(a, verb, trigger))
}

/// How many tokens a title line may hold for its "to" to be read as a headline's future: a longer
/// first "sentence" is text without stops, and is not scanned word by word.
const HEADLINE_TOKENS: usize = 40;

/// "Iran and the US to hold talks in Geneva", "Airline to cut 2,000 jobs": in a headline, "to"
/// and a bare verb right after its subject (a name or a noun, no verb before it) is the future —
/// that verb and the event noun it supports have not happened.
fn headline_future(a: &Analysis, first: usize, start: usize, trigger: usize) -> bool {
    let headline =
        a.sentences.first().is_some_and(|s| s.first_token == first && s.end_token - first <= HEADLINE_TOKENS);
    if !headline || !is_a_headline(a) {
        return false;
    }
    (start.max(first + 1)..trigger).any(|to| {
        let verb = to + 1;
        lower(a, to) == "to"
            && (CAMEO_VERBS.get(lower(a, verb)).is_some_and(|(lemma, _)| *lemma == lower(a, verb))
                || LIGHT_VERBS.contains(&lower(a, verb))
                || SUPPORT_VERBS.contains(&lower(a, verb)))
            && !(first..to).any(|k| verb_like(lower(a, k)) && !a.starts_a_name(k) && !in_a_mention(a, k))
            && (trigger == verb || (supports_its_object(a, verb) && object_of(a, verb, trigger)))
    })
}

/// "open to negotiations", "ready for talks", "left the town open to attack"
/// (`readiness_words.txt`): a word of readiness, "to" or "for", and the event noun as its object —
/// the event has not happened ("due to the raids" is a cause and no such word).
fn readied_for(a: &Analysis, start: usize, trigger: usize) -> bool {
    (start..trigger.saturating_sub(1)).rev().take(OBJECT_REACH + 2).any(|t| {
        READINESS_WORDS.contains(&lower(a, t))
            && matches!(lower(a, t + 1), "to" | "for")
            && object_of(a, t + 1, trigger)
    })
}

/// "KHARTOUM, May 21 -", "talks in May", "Theresa May said": "May" with a capital inside a
/// sentence is the month or a name, and so is one opening it before a number — only "may" is the
/// modal verb, and so is "MAY" in a line of capitals unless a number follows ("TALKS MAY RESUME",
/// but "LIMA, MAY 4 -"). Token `k` of the sentence opening at `first`.
fn the_month_may(text: &str, a: &Analysis, first: usize, k: usize) -> bool {
    let written = a.tokens[k].text(text);
    let before_a_number = a.tokens.get(k + 1).is_some_and(|t| t.text(text).starts_with(|c: char| c.is_ascii_digit()));
    let shouted = written == "MAY";
    written.starts_with('M') && lower(a, k) == "may" && (before_a_number || (k > first && !shouted))
}

/// "urged Chile to hold talks", "called on Peru to agree to a truce": what one asks another to do
/// has not happened — unless it is asked to stop it (`stopping_verbs.txt`: "urged X to halt the
/// attacks" tells of attacks that happen).
fn asked_for(a: &Analysis, start: usize, trigger: usize) -> bool {
    asked_to_act(a, start, trigger).is_some_and(|to| !(to + 1..trigger).any(|t| STOPPING_VERBS.contains(&lower(a, t))))
}

/// How many words (a determiner, adjectives) may stand between a verb of wanting and its object.
const DESIRED_OBJECT_REACH: usize = 3;

/// "wants a permanent ceasefire", "called for a humanitarian truce": a verb of wanting, or a verb
/// of asking before "for", whose object is the trigger (the words of its clause before it,
/// `words`, end within a few words after the verb, with no "to" between).
fn wanted_object(words: &[&str]) -> bool {
    words.iter().enumerate().rev().take(DESIRED_OBJECT_REACH + 1).any(|(k, w)| {
        let asked_for = *w == "for" && k > 0 && REQUESTING_VERBS.contains(&words[k - 1]);
        (DESIRE_VERBS.contains(w) || asked_for) && !words[k + 1..].iter().any(|&later| later == "to" || later == ",")
    })
}

/// A verb form is used as a verb: inflected ("attacked", "meets"), or a bare form after "to",
/// a modal or an auxiliary; never an -ing form after a determiner ("the fighting").
pub(super) fn looks_like_verb(form: &str, lemma: &str, previous: &str) -> bool {
    if form.ends_with("ing") && DETERMINERS.contains(&previous) {
        return false;
    }
    if DETERMINERS.contains(&previous) || previous == "a" || previous == "an" {
        return false;
    }
    form != lemma || BARE_VERB_CONTEXT.contains(&previous)
}

/// "a rebel group that attacked Peru", "the militia which shelled the town": an inflected form
/// after "that" or "which" with its object after it (a determiner, a name, a number) is the
/// relative clause's verb, not a participle after a demonstrative ("that damaged building").
fn verb_of_a_relative(a: &Analysis, i: usize, lemma: &str) -> bool {
    let w = lower(a, i);
    i >= 1
        && matches!(lower(a, i - 1), "that" | "which")
        && w != lemma
        && !w.ends_with("ing")
        && opens_an_object(a, i + 1)
}

/// "the internationally recognised government", "a widely condemned raid": a form after a
/// determiner and an adverb in -ly is a participle describing the noun, as one right after a
/// determiner is ("the proposed deal").
fn after_a_determiner_and_adverb(a: &Analysis, i: usize) -> bool {
    let adverb = lower(a, i.saturating_sub(1));
    let before = lower(a, i.saturating_sub(2));
    i >= 2
        && adverb.len() > 4
        && adverb.ends_with("ly")
        && (DETERMINERS.contains(&before) || matches!(before, "a" | "an"))
}

/// "mostly Tuareg armed groups", "the Israeli occupied territories": a form in "-ed" between a
/// people's adjective (a country's demonym, `peoples_and_faiths.txt`) and a lower-case noun —
/// no object after it — is a participle describing the noun; it tells no event.
fn after_a_peoples_adjective(a: &Analysis, i: usize) -> bool {
    let Some(previous) = i.checked_sub(1).filter(|_| lower(a, i).ends_with("ed")) else { return false };
    let people = lower(a, previous);
    // "Palestinians fired rockets", "an American kidnapped in May": a plural or a singular after
    // "a" names people, who act.
    let plural = people.ends_with('s') && !people.ends_with("ss");
    let a_person = previous > 0 && matches!(lower(a, previous - 1), "a" | "an");
    let a_people = !plural
        && !a_person
        && (PEOPLES_AND_FAITHS.contains(&people) || Gazetteer::bundled().lookup(people).iter().any(|h| h.demonym));
    let next = lower(a, i + 1);
    // "The French annexed various islands", "… seized seven towns": a quantifier opens an object.
    let a_noun = next.len() > 2
        && next.chars().all(char::is_lowercase)
        && !opens_an_object(a, i + 1)
        && !NUMBER_WORDS.contains(&next)
        && !QUANTIFIERS.contains(&next);
    a_people && a_noun && !is_preposition(next) && !FUNCTION_WORDS.contains(&next)
}

/// How far after a light verb its event noun may come ("conducted a series of 15 strikes").
const LIGHT_VERB_OBJECT_REACH: usize = 5;

/// "conducted 15 strikes", "staged a suicide attack": an event noun within a few words after the
/// verb at `i`, before any punctuation.
fn event_noun_follows(a: &Analysis, i: usize) -> bool {
    (i + 1..=i + LIGHT_VERB_OBJECT_REACH)
        .map(|k| lower(a, k))
        .take_while(|w| w.chars().any(char::is_alphanumeric))
        .any(|w| NOMINAL.contains_key(w) || w == "air")
}

/// "retired Dutch general X", "the exiled former president": a participle before a title (with
/// at most a nationality or "former" between) describes the person; it tells no event. After an
/// auxiliary, its subject's name or a noun of an unnamed doer it is the verb, and the titled person
/// its object ("Kuchma has fired Prosecutor General X", "Peru fired General Y", "Gunmen killed
/// former president X", "Police arrested Senator Y").
fn modifies_a_title(a: &Analysis, i: usize) -> bool {
    const MAX_BETWEEN: usize = 2;
    // How far back the unnamed subject is looked for ("A court in Lima on Monday sentenced …").
    const SUBJECT_REACH: usize = 12;
    let unnamed_doer = |t: usize| {
        let w = lower(a, t);
        VIOLENT_AGENT_NOUNS.contains(&w) || AUTHORITY_NOUNS.contains(&w) || CROWD_NOUNS.contains(&w)
    };
    // Asked last: only a participle before a title needs its subject read.
    let verb_after_its_subject = || {
        i > 0
            && (FINITE_AUXILIARIES.contains(&lower(a, i - 1))
                || name_ends_at(a, i)
                || subject_noun_before(a, i.saturating_sub(SUBJECT_REACH), i).is_some_and(unnamed_doer))
    };
    lower(a, i).ends_with("ed")
        && (i + 1..=i + 1 + MAX_BETWEEN)
            .find(|&t| is_title_word(a, t))
            .is_some_and(|title| (i + 1..title).all(|t| matches!(lower(a, t), "former" | "ex") || a.starts_a_name(t)))
        && !verb_after_its_subject()
}

/// "47 states", "10,000 copies", "45 assaults": a form after a count is a plural noun. A year or a
/// day of a month before it is a date opening the clause ("in 1989 visited", "on 31 October 2013
/// resigned", "March 7 attacked").
fn counted(a: &Analysis, i: usize) -> bool {
    let Some(number) = i.checked_sub(1) else { return false };
    let n = lower(a, number);
    let digits = n.chars().filter(char::is_ascii_digit).count();
    let count = digits > 0 && n.chars().all(|c| c.is_ascii_digit() || c == ',');
    let year = digits == 4 && !n.contains(',');
    let day = number > 0 && CALENDAR_WORDS.contains(&lower(a, number - 1).trim_end_matches('.'));
    count && !year && !day
}

/// "Missiles hit the city", "Gunmen cut the road": a past tense written as its bare form
/// (`unchanged_past_verbs.txt`) is a verb right after an attacking subject — a noun of
/// `violent_agent_nouns.txt` or an actor's name, no determiner or possessive between — and before
/// its object (a determiner, a name or a number) or "back". "Prices hit a record" tells nothing.
fn bare_past_after_its_subject(a: &Analysis, i: usize) -> bool {
    let Some(previous) = i.checked_sub(1) else { return false };
    let next = lower(a, i + 1);
    let subject =
        VIOLENT_AGENT_NOUNS.contains(&lower(a, previous)) || name_ending_at(a, i).is_some_and(|m| m.kind.is_actor());
    let object = opens_an_object(a, i + 1) || next == "back";
    UNCHANGED_PAST_VERBS.contains(&lower(a, i)) && subject && object
}

/// "deal with", "swear by": the verb `lemma` and the word after it make an idiom that is no event
/// (`phrasal_idioms.tsv`).
fn is_phrasal_idiom(lemma: &str, next: &str) -> bool {
    PHRASAL_IDIOMS.iter().any(|&(verb, particle)| verb == lemma && particle == next)
}

/// A word that starts an event.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Trigger {
    pub root: u8,
    /// The trigger's lemma ("talks", "attack").
    pub lemma: String,
    /// Told by a verb ("attacked") rather than a noun ("the attack").
    pub verbal: bool,
}

/// "mediated between Hamas and Fatah", "mediating directly between the two sides": a mediating
/// verb whose sides follow "between" tells of a mediation, an event of its own with the verb's
/// subject as its mediator (with an event noun after it, "brokered a truce", the noun is the event).
fn mediates_between(a: &Analysis, i: usize) -> bool {
    let next = lower(a, i + 1);
    next == "between"
        || ((next.ends_with("ly") || ADVERBS_BEFORE_VERBS.contains(&next)) && lower(a, i + 2) == "between")
}

/// The event noun at `i` only classifies a noun: before it ("ceasefire deal", "war crimes"), or
/// after a bare "of" completing such a head ("prisoners of war"); then it tells no event.
pub(super) fn classifies_a_noun(a: &Analysis, i: usize) -> bool {
    let (w, next) = (lower(a, i), lower(a, i + 1));
    // A gerund after "of" is a verb's ("accused helicopters of bombing X").
    let of_a_head =
        i >= 2 && lower(a, i - 1) == "of" && COMPOUND_HEADS.contains(&lower(a, i - 2)) && !w.ends_with("ing");
    NOMINAL.contains_key(next) || COMPOUND_HEADS.contains(&next) || of_a_head
}

/// Token `t` opens a verb's object: a determiner, "a"/"an", a name or a number in digits.
fn opens_an_object(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    DETERMINERS.contains(&w)
        || matches!(w, "a" | "an")
        || a.starts_a_name(t)
        || w.starts_with(|c: char| c.is_ascii_digit())
}

/// "…, killing five policemen", "troops were shelling the town": an event noun that is the -ing
/// form of a CAMEO verb, right after a comma or a form of "be" and right before its object (a
/// determiner, a number, a name or an object pronoun), is that verb — a participle clause or a
/// progressive — so its doer is the clause's subject, as for any other form of the verb. Nouns
/// stay: "the killing of", "a shooting in", "there was fighting between", "…, fighting has".
fn gerund_used_as_a_verb(a: &Analysis, i: usize) -> bool {
    let w = lower(a, i);
    let (previous, next) = (lower(a, i.saturating_sub(1)), lower(a, i + 1));
    let object = opens_an_object(a, i + 1)
        || matches!(next, "him" | "her" | "them" | "us" | "it")
        || NUMBER_WORDS.contains(&next);
    i > 0
        && w.ends_with("ing")
        && CAMEO_VERBS.get(w).is_some_and(|(lemma, _)| *lemma != w)
        && (previous == "," || passive_auxiliary(previous))
        && object
}

/// "EU sanctions Iranian officials", "Chile attacks Peruvian posts": an event noun in "-s" that is
/// also the present tense of its verb, right after a name that opens the sentence or a clause after
/// a comma — its subject, not a people's adjective ("Israeli strikes the day before …") — and right
/// before the verb's object (a determiner, a name, a number), is that verb: a headline's or a
/// report's present tense. "the Paris attacks", "attacks on Peru" stay nouns.
pub(super) fn present_tense_after_its_subject(a: &Analysis, i: usize) -> bool {
    let w = lower(a, i);
    let Some(subject) = name_ending_at(a, i) else { return false };
    let opens_clause = Some(subject.first_token) == a.sentence_start(i)
        || subject.first_token.checked_sub(1).is_some_and(|t| matches!(lower(a, t), "," | ";" | ":" | "—" | "–"));
    let people = Gazetteer::bundled().lookup(lower(a, subject.first_token)).iter().any(|h| h.demonym);
    w.ends_with('s') && !w.ends_with("ss") && opens_clause && !people && opens_an_object(a, i + 1)
}

/// Is token `i` an event trigger? A nominal trigger, "air strike(s)", or a CAMEO verb of root 03
/// or above used as a verb (mediating and hosting verbs are roles, not events). A trigger noun
/// that modifies the noun after it is none: English compounds are head-final, so "ceasefire
/// deal" is one deal and "war crimes" no war; nor is one that completes such a head after a bare
/// "of" ("prisoners of war", "crimes of war").
pub(super) fn detect(a: &Analysis, i: usize) -> Option<Trigger> {
    let (w, next) = (lower(a, i), lower(a, i + 1));
    if NOMINAL.contains_key(w) && present_tense_after_its_subject(a, i) {
        // The verb's own root where CAMEO lists the verb, else the noun's ("sanctions").
        let verb = CAMEO_VERBS.get(w).filter(|(lemma, r)| *r >= MIN_VERB_ROOT && *lemma != w);
        let (lemma, root) = verb.map_or_else(|| (&w[..w.len() - 1], NOMINAL[w]), |&(lemma, r)| (lemma, r));
        return Some(Trigger { root, lemma: lemma.to_string(), verbal: true });
    }
    if let Some(&r) = NOMINAL.get(w).filter(|_| !gerund_used_as_a_verb(a, i)) {
        let modifier = classifies_a_noun(a, i);
        // "may deal with the funds", "should first deal with": a verb after a modal (and an
        // adverb), in an idiom (a deal with X is a deal).
        let (before, two_before) = (lower(a, i.saturating_sub(1)), lower(a, i.saturating_sub(2)));
        let adverb = ADVERBS_BEFORE_VERBS.contains(&before) || before.ends_with("ly");
        let after_a_modal = BARE_VERB_CONTEXT.contains(&before) || (adverb && BARE_VERB_CONTEXT.contains(&two_before));
        let idiom = after_a_modal && is_phrasal_idiom(w, next);
        (!modifier && !idiom).then(|| Trigger { root: r, lemma: w.to_string(), verbal: false })
    } else if let Some(singular) = plural_noun_after_a_preposition(a, i) {
        // "killed in ambushes", "during visits": the plural of an event noun names events.
        NOMINAL.get(singular).map(|&r| Trigger { root: r, lemma: singular.to_string(), verbal: false })
    } else if w == "air" && next.starts_with("strike") {
        Some(Trigger { root: FIGHT, lemma: "airstrike".to_string(), verbal: false })
    } else {
        CAMEO_VERBS
            .get(w)
            .filter(|(_, r)| *r >= MIN_VERB_ROOT)
            .filter(|_| (!MEDIATOR_VERBS.contains(&w) || mediates_between(a, i)) && !HOST_VERBS.contains(&w))
            .filter(|(lemma, _)| {
                looks_like_verb(w, lemma, lower(a, i.saturating_sub(1)))
                    || bare_past_after_its_subject(a, i)
                    || verb_of_a_relative(a, i, lemma)
            })
            .filter(|_| !after_a_determiner_and_adverb(a, i))
            .filter(|_| !after_a_peoples_adjective(a, i))
            .filter(|_| !counted(a, i))
            // "must deal with the backlog", "swears by her laptop": an idiom, no event.
            // "deals with" may be the plural of an event noun ("trade deals with Peru"): left to
            // the verb test.
            .filter(|(lemma, _)| {
                let plural_noun = w.strip_suffix('s') == Some(*lemma) && NOMINAL.contains_key(*lemma);
                !is_phrasal_idiom(lemma, next) || plural_noun
            })
            .filter(|(lemma, _)| !(LIGHT_VERBS.contains(lemma) && event_noun_follows(a, i)))
            // "claimed responsibility for the bombing": the bombing is the event, the claim none.
            .filter(|(lemma, _)| !(*lemma == "claim" && CLAIM_NOUNS.contains(&next)))
            .filter(|_| !modifies_a_title(a, i))
            // "is prepared to sign", "remained ready for talks": a word of readiness after a form
            // of "be" says how one stands, and tells no event of its own.
            .filter(|_| {
                let previous = lower(a, i.saturating_sub(1));
                let stands =
                    is_copula(previous) || matches!(previous, "be" | "been" | "remain" | "remains" | "remained");
                !(READINESS_WORDS.contains(&w) && stands && matches!(next, "to" | "for"))
            })
            // "in occupied Luhansk", "from besieged Aleppo", "Sudan's besieged El Fasher": a
            // participle after a preposition or a possessive modifies what follows it.
            .filter(|_| {
                let previous = lower(a, i.saturating_sub(1));
                !(w.ends_with("ed") && (LOCATIVE.contains(&previous) || matches!(previous, "'s" | "'")))
            })
            // "claimed that …", "warned that …": a verb of saying opens what was said; it is no event.
            .filter(|_| !(REPORTING_VERBS.contains(&w) && next == "that"))
            .map(|&(lemma, r)| {
                let root = if exchanges_fire(a, i, lemma) { FIGHT } else { r };
                Trigger { root, lemma: lemma.to_string(), verbal: true }
            })
    }
}

/// "$5 million in damages", "a claim for damages", "killed in ambushes": a verb's "-s" form
/// right after a preposition is a plural noun — no finite verb follows a preposition. Its
/// singular, when the word is one.
fn plural_noun_after_a_preposition(a: &Analysis, i: usize) -> Option<&str> {
    let w = lower(a, i);
    let (lemma, _) = CAMEO_VERBS.get(w)?;
    let singular = w.strip_suffix("es").filter(|s| s == lemma).or_else(|| w.strip_suffix('s'))?;
    (i > 0 && w != *lemma && is_preposition(lower(a, i - 1))).then_some(singular)
}

/// "Troops and rebels exchanged fire", "traded heavy gunfire": a verb of exchange before an
/// object of `fighting_objects.tsv` (one describing word may stand between) is a fight.
fn exchanges_fire(a: &Analysis, i: usize, lemma: &str) -> bool {
    let next = lower(a, i + 1);
    let describing = next.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&next);
    FIGHTING_OBJECTS
        .iter()
        .any(|&(verb, object)| verb == lemma && (next == object || (describing && lower(a, i + 2) == object)))
}
