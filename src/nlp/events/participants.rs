//! Who takes part in an event: actors near its trigger, in its clause, that are not only
//! qualifying a person or a place, not speakers or commentators, not territory; and both sides
//! of "between".

use super::cameo::{ASSAULT, INVESTIGATE};
use super::phrases::{
    a_noun_subject_between, after_a_fronted_clause, another_noun_between, appositive_until, in_a_fronted_clause,
    in_a_relative_clause_on_another_noun, in_an_apposition, speaker_taken_up,
};
use super::speakers::{authors_a_statement, qualifies_speakers_after_a_comma, reports_another_subject};
use super::triggers::{NOMINAL, present_tense_after_its_subject};
use crate::model::NodeKind;
use crate::nlp::analysis::Analysis;
use crate::nlp::clauses::{
    coordinated_clause_between, opens_a_later_clause, own_clause_after, past_tense_at, relative_clause_between,
    second_predicate_between, subject_of_a_later_clause,
};
use crate::nlp::context::{
    adverbial_since, after_locative, finite, inside_a_noun_phrase, is_copula, is_possessive_pronoun, is_preposition,
    lower, matches_at, name_ends_at, passive_auxiliary, plain_word, qualifier_of, reporting_participle,
    titled_person_after, verb_like,
};
use crate::nlp::entities::EntityMention;
use crate::nlp::lexicon::{
    ADVERBS_BEFORE_VERBS, ANNOUNCING_VERBS, ATTRIBUTING_VERBS, CAMEO_VERBS, CAUSATIVE_VERBS, CLAUSE_BARRIERS,
    CONCESSIVE_PREPOSITIONS, DETERMINERS, DOER_ADJECTIVES, FACILITY_HEADS, FINITE_AUXILIARIES, FUNCTION_WORDS,
    IRREGULAR_PAST, KINSHIP_NOUNS, NUMBER_WORDS, OBJECT_CONTROL_VERBS, PLACE_NOUNS, REASON_PREPOSITIONS,
    RELATIVE_PRONOUNS, REPORTING_VERBS, SITE_HEADS, SUBORDINATORS, TIME_PREPOSITIONS, TOPIC_PREPOSITIONS, TOPIC_VERBS,
};
use crate::nlp::tokenize::Qualifier;

/// The two sides of "between" within a few words after a nominal trigger: the first actor after
/// it and the actor after the next "and" ("talks between Israel, represented by …, and Lebanon").
/// A first side without a name, set off by an aside ("fighting between the army, led by X, and
/// the RSF"), leaves the named second side after ", and" alone — the names of the aside take no
/// part; "between the two countries", resolved to a pair, is both sides. The flag says whether
/// both sides were read (then they alone take part).
pub(super) fn between_parties(a: &Analysis, ents: &[usize], trigger: usize, end: usize) -> (Vec<usize>, bool) {
    const LOOKAHEAD: usize = 6;
    const SPAN: usize = 30;
    let Some(between) = (trigger + 1..(trigger + LOOKAHEAD).min(end)).find(|&t| lower(a, t) == "between") else {
        return (Vec::new(), false);
    };
    // The first actor within a short noun phrase from `t` ("the Federal Government of Iraq").
    let actor_at = |t: usize| {
        (t..(t + 5).min(end)).take_while(|&u| !matches!(lower(a, u), "," | "and" | ";")).find_map(|u| {
            ents.iter().copied().find(|&k| a.entities[k].first_token == u && a.entities[k].kind.is_actor())
        })
    };
    // "between Peru and Chilean President X": a side named with its title is the person.
    let side = |k: usize| titled_person_after(a, ents, k).unwrap_or(k);
    let first = actor_at(between + 1).map(side);
    let second_after_and = |from: usize, after_a_comma: bool| {
        (from..(between + SPAN).min(end))
            .filter(|&t| lower(a, t) == "and" && (!after_a_comma || lower(a, t - 1) == ","))
            .find_map(|t| actor_at(t + 1))
            .map(side)
    };
    // "between the two sides": a description of a pair is both sides at once.
    let pair_partner = |k: usize| {
        let m = &a.entities[k];
        ents.iter()
            .copied()
            .find(|&j| j != k && a.entities[j].first_token == m.first_token && a.entities[j].end_token == m.end_token)
    };
    let second = match first {
        Some(k) => pair_partner(k).or_else(|| second_after_and(a.entities[k].end_token, false)),
        None => nameless_side_before_an_aside(a, between + 1, end).and_then(|comma| second_after_and(comma + 1, true)),
    };
    let both = second.is_some();
    (first.into_iter().chain(second).collect(), both)
}

/// "the army, led by …": a short phrase of plain words (no name) from `from` closed by a comma — a
/// side named by a common noun, an aside after it. The comma's token.
fn nameless_side_before_an_aside(a: &Analysis, from: usize, end: usize) -> Option<usize> {
    const MAX_PHRASE: usize = 4;
    let comma = (from..(from + MAX_PHRASE + 1).min(end)).find(|&t| lower(a, t) == ",")?;
    (comma > from && (from..comma).all(|t| plain_word(a, t))).then_some(comma)
}

/// How many words (a determiner, adjectives) may stand between a time preposition and its noun.
const TIMED_NOUN_REACH: usize = 3;

/// "Dar briefed Wang on tensions between X and Y following a deadly attack in Pahalgam": an event
/// noun after a time preposition dates another clause, after a reason preposition ("Peru sanctioned
/// officials over the crackdown": `reason_prepositions.txt`) gives its reason, after a topic
/// preposition ("Chile voiced concern about the raids": `topic_prepositions.txt`) what it is about;
/// the names before the preposition (for a reason or topic, before the clause's verb) take no part
/// in it (the noun's own "by"/"on" phrases after it, and its modifiers, still do).
fn timed_by_a_preposition(a: &Analysis, from: usize, trigger: usize) -> bool {
    let nominal = NOMINAL.contains_key(lower(a, trigger));
    nominal
        && (trigger.saturating_sub(TIMED_NOUN_REACH + 1).max(from)..trigger).any(|t| {
            let w = lower(a, t);
            // A reason's doer is often the clause's object ("criticised Eritrea over the arrests"):
            // only a name before the clause's verb, its subject, is set apart.
            // "conducted over 265 raids": "over" before a number is "more than".
            let counted = || (t + 1..trigger).any(|u| numeric(lower(a, u)) || NUMBER_WORDS.contains(&lower(a, u)));
            // "voiced concern about the attacks": what a clause is about is no deed of its subject —
            // unless it is the subject's own state ("is optimistic about the talks") or a gerund it
            // does ("spoke about resuming talks").
            let topic = TOPIC_PREPOSITIONS.iter().any(|p| *p == [w])
                && !lower(a, t + 1).ends_with("ing")
                && !(from..t).any(|u| passive_auxiliary(lower(a, u)) || is_copula(lower(a, u)));
            let set_apart = TIME_PREPOSITIONS.contains(&w) && !adverbial_since(a, t)
                || (REASON_PREPOSITIONS.contains(&w) || topic)
                    && !counted()
                    // "EU sanctions officials over …": a headline's present tense is the verb.
                    && (from..t).any(|u| verb_like(lower(a, u)) || present_tense_after_its_subject(a, u));
            // The noun's own modifiers may be names ("over the Israeli offensive").
            set_apart && (t + 1..trigger).all(|u| lower(a, u) != ",")
        })
}

/// How many words (a hedge, a number, a noun) may stand between "with" and the participle of an
/// absolute phrase ("with at least 155 people killed").
const ABSOLUTE_PHRASE_REACH: usize = 6;

/// "Tanzania has also been hit, with at least 155 people killed": a comma, "with", a noun phrase
/// without a name or a verb, and the trigger's participle make an absolute phrase whose
/// participle tells of that noun — the names before "with" take no part in it.
fn absolute_phrase_between(a: &Analysis, from: usize, trigger: usize) -> bool {
    lower(a, trigger).ends_with("ed")
        && (trigger.saturating_sub(ABSOLUTE_PHRASE_REACH + 1).max(from + 1)..trigger.saturating_sub(1)).any(|t| {
            lower(a, t) == "with"
                && lower(a, t - 1) == ","
                && (t + 1..trigger).all(|u| plain_word(a, u) && !verb_like(lower(a, u)) || numeric(lower(a, u)))
        })
}

/// Most words of a reduced relative clause's phrase read for the verb that closes it.
const REDUCED_RELATIVE_REACH: usize = 12;

/// "ministers meeting in Lima froze the assets of X", "officials meeting in Lima, freeze …": an
/// -ing trigger right after a plural noun (not a verb in -s) is a reduced relative clause on that
/// noun, its doer; the sentence's verb after it — an auxiliary, a plain word right before a
/// determiner, a verb form before "to" (an -ed word alone may be an adjective: "in landlocked
/// Afghanistan") — closes it, and names after that verb (before token `to`) are its, not the
/// participle's.
fn closed_by_the_main_verb(a: &Analysis, trigger: usize, to: usize) -> bool {
    let before = lower(a, trigger.saturating_sub(1));
    let on_a_plural_noun = trigger > 0
        && plain_word(a, trigger - 1)
        && !name_ends_at(a, trigger)
        && before.ends_with('s')
        && !before.ends_with("ss")
        && !finite(before)
        && !FUNCTION_WORDS.contains(&before);
    lower(a, trigger).ends_with("ing")
        && on_a_plural_noun
        && (trigger + 1..to.min(trigger + 1 + REDUCED_RELATIVE_REACH)).any(|t| {
            let (w, next) = (lower(a, t), lower(a, t + 1));
            let before_an_object = DETERMINERS.contains(&next) || matches!(next, "a" | "an");
            plain_word(a, t)
                && !FUNCTION_WORDS.contains(&w)
                && !is_preposition(w)
                && !DETERMINERS.contains(&w)
                && (FINITE_AUXILIARIES.contains(&w) || before_an_object || (verb_like(w) && next == "to"))
        })
}

/// Most words read either side of a trigger for the commas of an aside around it.
const ASIDE_REACH: usize = 30;

/// "Peru's junta, led by Ana Ortiz since a coup in 2022, has expelled Chilean troops": a trigger
/// inside an aside — after a comma, before a comma and the auxiliary of the clause's verb — takes
/// no part from the names after that verb (before token `to`): they are the clause's. A trigger
/// before the aside ("The talks, held in Oslo, were attended by Chile") keeps them.
fn aside_closed_between(a: &Analysis, trigger: usize, to: usize) -> bool {
    let first = a.sentence_start(trigger).unwrap_or(0);
    let opened = (trigger.saturating_sub(ASIDE_REACH).max(first)..trigger).any(|t| lower(a, t) == ",");
    opened
        && (trigger + 1..to.min(trigger + ASIDE_REACH))
            .any(|t| lower(a, t) == "," && clause_verb_after_a_comma(a, t) && t + 1 < to)
}

/// The comma at `comma` closes an aside: the clause's verb comes right after it — an auxiliary, a
/// past tense, or one after an adverb ("…, later signed").
fn clause_verb_after_a_comma(a: &Analysis, comma: usize) -> bool {
    FINITE_AUXILIARIES.contains(&lower(a, comma + 1)) || past_tense_at(a, comma + 1)
}

/// "Ines Varga, on her first visit to Chile, met X", "Peru, led by Y since 2022, expelled Z": a
/// name inside an aside between the subject and its verb — opened by a comma and a preposition,
/// a participle or a relative pronoun ([`opens_an_aside`]), closed by a comma right before the
/// verb at `trigger` — takes no part in what the verb tells. An aside "including" names lists the
/// subject itself ("Friends, including X and Y, attended").
fn inside_an_aside_before(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    let first = a.sentence_start(m.first_token).unwrap_or(0);
    let Some(close) = (m.end_token..trigger).find(|&t| lower(a, t) == ",") else { return false };
    let verb_next =
        close + 1 == trigger || (close + 2 == trigger && ADVERBS_BEFORE_VERBS.contains(&lower(a, close + 1)));
    let open =
        (m.first_token.saturating_sub(ASIDE_REACH).max(first + 1)..m.first_token).rev().find(|&t| lower(a, t) == ",");
    verb_next && open.is_some_and(|open| opens_an_aside(a, open))
}

/// The comma at `comma` opens an aside: a preposition, a participle or a relative pronoun follows
/// it ("…, on her first visit to X,", "…, led by Y,", "…, who arrived on Tuesday,"), not
/// "including" (a list of the subject itself).
pub(super) fn opens_an_aside(a: &Analysis, comma: usize) -> bool {
    let w = lower(a, comma + 1);
    is_preposition(w)
        || RELATIVE_PRONOUNS.contains(&w)
        || TIME_PREPOSITIONS.contains(&w)
        || matches!(w, "on" | "as" | "under")
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) && w != "including")
}

/// A number written in digits ("155", "1,200").
fn numeric(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

/// How many words (a determiner, adjectives, a number) may stand between a verb of announcing and
/// the event noun it announces.
const ANNOUNCED_NOUN_REACH: usize = 3;

/// "Japan announced new sanctions on X", "the PKK announced a unilateral ceasefire": a verb of
/// announcing at `verb` whose object is the event noun `trigger` (no violence) — the announcer
/// takes the measure. It announces violence as a commentator does ("announced the attack on X").
fn announces_a_measure(a: &Analysis, verb: usize, trigger: usize) -> bool {
    ANNOUNCING_VERBS.contains(&lower(a, verb))
        && verb < trigger
        && trigger - verb <= ANNOUNCED_NOUN_REACH + 1
        && NOMINAL.get(lower(a, trigger)).is_some_and(|&root| root < ASSAULT)
        && (verb + 1..trigger).all(|t| {
            let w = lower(a, t);
            !a.starts_a_name(t) && w.chars().all(char::is_alphanumeric) && !FUNCTION_WORDS.contains(&w)
                || DETERMINERS.contains(&w)
                || matches!(w, "a" | "an")
        })
}

/// How far after an event noun a relative clause may open and still tell of that event.
const DESCRIBING_CLAUSE_REACH: usize = 6;

/// "a strike in Gaza City that killed a Palestinian man", "the talks, which are facilitated by
/// X": a relative clause (opened at `clause`) a few words after an event noun tells of that event.
pub(super) fn describes_the_event(nominal: bool, clause: Option<usize>, trigger: usize) -> bool {
    clause.is_some_and(|c| nominal && c > trigger && c - trigger <= DESCRIBING_CLAUSE_REACH)
}

/// A word of `clause_barriers.txt` at `t`, not "since" used as an adverb ("have since held").
fn clause_barrier(a: &Analysis, t: usize) -> bool {
    CLAUSE_BARRIERS.contains(&lower(a, t)) && !adverbial_since(a, t)
}

/// Is a speaker, a list member or another clause between the name and the trigger?
/// `clauses`: the sentence's [`crate::nlp::clauses::relative_clauses`], one entry per token from its first.
pub(super) fn separated(a: &Analysis, clauses: &[Option<usize>], m: &EntityMention, trigger: usize) -> bool {
    let between = if trigger >= m.end_token { m.end_token..trigger } else { trigger + 1..m.first_token };
    let first = a.sentences[m.sentence].first_token;
    let clause_of = |t: usize| t.checked_sub(first).and_then(|i| clauses.get(i).copied()).flatten();
    let nominal = NOMINAL.contains_key(lower(a, trigger));
    // A name right after "according to" is a source of the report wherever the trigger is.
    let according = m.first_token >= 2 && lower(a, m.first_token - 2) == "according";
    // "…, X said", "…, the African Union announced on Friday": a speaker after the trigger.
    let speaker_after = trigger < m.first_token && REPORTING_VERBS.contains(&lower(a, m.end_token));
    according
        || (trigger < m.first_token && qualifies_speakers_after_a_comma(a, m))
        // "Sudan war: Paramilitary RSF accused of massacre", "Gaza: strike kills five": a name
        // before a colon is the topic or the speaker of what follows it.
        || (m.end_token <= trigger && (m.end_token..trigger).any(|t| lower(a, t) == ":"))
        || (m.end_token <= trigger && timed_by_a_preposition(a, m.end_token, trigger))
        || (m.end_token <= trigger && absolute_phrase_between(a, m.end_token, trigger))
        || (trigger < m.first_token && closed_by_the_main_verb(a, trigger, m.first_token))
        || (trigger < m.first_token && aside_closed_between(a, trigger, m.first_token))
        || (m.end_token <= trigger && inside_an_aside_before(a, m, trigger))
        || (m.end_token <= trigger && opens_a_later_clause(a, m.end_token, trigger))
        // "expelled the envoy as ECOWAS weighed sanctions": the subject of a later clause.
        || (trigger < m.first_token && subject_of_a_later_clause(a, trigger, m))
        || authors_a_statement(a, m)
        || speaker_after
        || (trigger < m.first_token && coordinated_clause_between(a, trigger, m.first_token))
        || (trigger < m.first_token
            && relative_clause_between(a, trigger, m.first_token)
            && !describes_the_event(nominal, clause_of(m.first_token), trigger))
        || (m.end_token <= trigger
            && own_clause_after(a, a.sentences[m.sentence].first_token, m.end_token - 1, trigger + 1))
        // "joined the ministry in 1996 and was ambassador to Finland": "and" before an auxiliary
        // opens a second predicate of the same subject; what follows is its own.
        || (trigger < m.first_token
            && (trigger + 1..m.first_token)
                .any(|t| lower(a, t) == "and" && FINITE_AUXILIARIES.contains(&lower(a, t + 1))))
        // "studied economics in Oslo and later worked for the agency": after an object, "and"
        // (and an adverb) before a past-tense verb opens a second predicate too; right after the
        // trigger it shares the object ("attacked and destroyed Y").
        || second_predicate_between(a, trigger, m.first_token)
        || {
            // "X and Y, which are ruled by juntas, backed Z": Z is no party to the clause's trigger;
            // "China, which borders Shan State, brokered talks": nor is a name inside a relative
            // clause to a trigger after it closes; "arrested a man who sold rifles to X": nor one
            // in a clause after the trigger.
            if trigger < m.first_token {
                clause_of(m.first_token) != clause_of(trigger)
                    && !describes_the_event(nominal, clause_of(m.first_token), trigger)
            } else {
                // "…, who will form the X Squadron, which will fly strikes": a clause on the name
                // itself is the name's.
                clause_of(m.first_token).is_some()
                    && clause_of(m.first_token) != clause_of(trigger)
                    && clause_of(trigger) != Some(m.end_token)
            }
        }
        || between.clone().any(|t| {
            clause_barrier(a, t)
                && !announces_a_measure(a, t, trigger)
                && !(m.end_token <= t && speaker_taken_up(a, m, t, trigger))
        })
        // "accused the government of failing to prepare, despite warnings from X": a concession.
        || between.clone().any(|t| CONCESSIVE_PREPOSITIONS.contains(&lower(a, t)))
        || (m.end_token <= trigger && between.into_iter().any(|t| reports_another_subject(a, t)))
        || (m.end_token <= trigger && in_a_relative_clause_on_another_noun(a, m, clause_of(trigger), trigger))
        || (m.end_token <= trigger && a_noun_subject_between(a, m.end_token, trigger))
        // "Malkov claimed that Russian forces shot down drones": what was said is no target.
        || (trigger < m.first_token
            && REPORTING_VERBS.contains(&lower(a, trigger))
            && (trigger + 1..m.first_token).any(|t| lower(a, t) == "that"))
        || (trigger < m.first_token && after_a_fronted_clause(a, m, trigger))
        || in_a_fronted_clause(a, m, trigger)
        || in_an_apposition(a, m, trigger)
        || (m.end_token < trigger && object_before_a_participle_clause(a, m, trigger))
        || (m.end_token <= trigger && judges_the_deed(a, m, trigger))
        // "X expelled two envoys, saying Y had spied": what the participle reports is no part of
        // what was done before it.
        || (trigger < m.first_token
            && (trigger + 2..m.first_token).any(|t| lower(a, t - 1) == "," && reporting_participle(lower(a, t))))
}

/// "Chile expelled two Peruvian envoys, accusing Peru of spying": a participle after a comma opens
/// a clause whose subject is the clause's before it (Chile); a name after that clause's verb is
/// its object and takes no part in what the participle tells — unless the participle tells of
/// violence, the same act ("…, was shot down by X, killing 16").
fn object_before_a_participle_clause(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    // "…, killing five": violence told by the participle is the same act, its sides the same.
    let violence = CAMEO_VERBS.get(lower(a, trigger)).is_some_and(|&(_, root)| root >= ASSAULT);
    !violence && object_of_the_clause_before(a, m, trigger)
}

/// "Chilean troops attacked the Tarvos Front, killing four": `m` stands after the finite verb of
/// the clause that the participle clause at `trigger` follows — that clause's object, not the
/// participle's subject.
pub(super) fn object_of_the_clause_before(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    let first = a.sentences[m.sentence].first_token;
    if !(trigger > first && m.end_token < trigger && participle_clause_at(a, trigger)) {
        return false;
    }
    // The clause the name stands in opens after the last verb of saying, "that" or subordinator
    // before it ("sources said Chile expelled …", "a day after Rumsfeld, visiting troops, …").
    let opens = (first..m.first_token)
        .rev()
        .find(|&t| {
            let w = lower(a, t);
            REPORTING_VERBS.contains(&w) || w == "that" || SUBORDINATORS.contains(&w)
        })
        .map_or(first, |t| t + 1);
    // A finite verb ("led" too): "Following the meeting, X …" has none before X.
    (opens..m.first_token).any(|t| {
        let w = lower(a, t);
        (finite(w) || IRREGULAR_PAST.contains(&w)) && !w.ends_with("ing")
    })
}

/// A participle opening a clause after a comma (", accusing Peru of …", ", killing five"), not a
/// gerund in a list (", looting and destruction").
pub(super) fn participle_clause_at(a: &Analysis, t: usize) -> bool {
    lower(a, t).ends_with("ing")
        && t > 0
        && lower(a, t - 1) == ","
        && !matches!(lower(a, t + 1), "and" | "or" | "," | "." | ";")
}

/// "X delayed the vote, sparking protests", "protests sparked by the arrest of X": a causative
/// verb between the name and the trigger puts the name on the cause's side — it takes no part in
/// the effect. Not the doer named right after "by" ("damage caused by Chilean shells": Chile did
/// it). The caller leaves fights out: "rebels provoked the fighting" are a side of it.
pub(super) fn caused_apart(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    const AGENT_REACH: usize = 3;
    if m.end_token <= trigger {
        return (m.end_token..trigger).any(|t| CAUSATIVE_VERBS.contains(&lower(a, t)));
    }
    let Some(causative) = (trigger + 1..m.first_token).find(|&t| CAUSATIVE_VERBS.contains(&lower(a, t))) else {
        return false;
    };
    let agent = lower(a, causative + 1) == "by"
        && m.first_token - (causative + 2) <= AGENT_REACH
        && (causative + 2..m.first_token)
            .all(|t| DETERMINERS.contains(&lower(a, t)) || plain_word(a, t) && lower(a, t) != "of");
    !agent
}

/// "the UAE has been accused of arming the RSF", "Peru accused Chile of shelling Bolivian ships":
/// a name after the -ing form that follows an object-control verb's "of", "for" or "with" is what
/// that form acts on — no party to the accusation (nor the accuser of a passive one).
pub(super) fn in_the_complement_of_a_control_verb(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    const REACH: usize = 8;
    m.first_token > trigger + 2
        && m.first_token - trigger <= REACH
        && OBJECT_CONTROL_VERBS.contains(&lower(a, trigger))
        && (trigger + 1..m.first_token - 1)
            .any(|u| matches!(lower(a, u), "of" | "for" | "with") && lower(a, u + 1).ends_with("ing"))
}

/// "Peru accused Chile of shelling the town": before an -ing trigger right after "of", "for" or
/// "with", a name ahead of an object-control verb (accuse, blame, charge…) is that verb's subject;
/// the one who does what the -ing form says is the verb's object.
pub(super) fn subject_of_a_control_verb(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    m.end_token < trigger
        && trigger >= 2
        && lower(a, trigger).ends_with("ing")
        && matches!(lower(a, trigger - 1), "of" | "for" | "with")
        && (m.end_token..trigger - 1).any(|t| OBJECT_CONTROL_VERBS.contains(&lower(a, t)))
}

/// How many words an active verb of judging may stand before the event noun its object phrase holds.
const JUDGED_DEED_REACH: usize = 8;

/// "Kenya blamed the bombing on X", "Kenya blamed militants for the bombing", "Chad attributed the
/// attack to X", "Mali accused Y of the raid": a name before an active verb of judging or
/// attributing (`object_control_verbs.txt`, `attributing_verbs.txt`) whose object phrase holds the
/// event noun at `trigger` judges the deed and takes no part in it — a deed, not a pact: "X accused
/// Y of violating the agreement" leaves X a party to the agreement. Active: the verb takes an
/// object first ("militants accused of the raid were held" is passive — they are the doers), with
/// no "be" and no determiner before it ("a suspected bombing"); the phrase holds no "and" or comma
/// ("Peru blamed Chile and launched strikes": Peru strikes).
pub(super) fn judges_the_deed(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    let judging = |w: &str| OBJECT_CONTROL_VERBS.contains(&w) || ATTRIBUTING_VERBS.contains(&w);
    let Some(verb) = (m.end_token..trigger).rev().take(JUDGED_DEED_REACH).find(|&t| judging(lower(a, t))) else {
        return false;
    };
    // "a suspected bombing", "the accused": a participle as an adjective judges nothing.
    let adjective =
        verb.checked_sub(1).is_some_and(|b| DETERMINERS.contains(&lower(a, b)) || matches!(lower(a, b), "a" | "an"));
    let passive = matches!(lower(a, verb + 1), "of" | "for" | "with" | "over" | "on" | "by" | "in")
        || verb.checked_sub(1).is_some_and(|b| passive_auxiliary(lower(a, b)) || lower(a, b) == "be");
    !passive
        && !adjective
        && NOMINAL.get(lower(a, trigger)).is_some_and(|&root| root >= INVESTIGATE)
        && (verb + 1..trigger).all(|t| !matches!(lower(a, t), "and" | "or" | "," | ";" | "but" | "then"))
}

/// "Canada banned companies involved in supplying arms to Sudan", "Peru freed fishermen detained
/// by Chile": a reduced relative clause ([`reduced_clause_doer`]) is about the plain noun before
/// it. A name before that noun (not modifying it, not in apposition) does not do what the clause
/// says, and a name inside the clause takes no part in a trigger before it (Sudan was not banned).
pub(super) fn apart_by_a_reduced_clause(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    if m.end_token <= trigger {
        return reduced_clause_doer(a, trigger).is_some_and(|doer| {
            m.end_token <= doer
                // "X, the official responsible for organising …": the noun is the name's own.
                && !appositive_until(a, m.end_token, doer + 1)
                // The name is not the noun's own modifier ("Hamas fighters involved in …").
                && another_noun_between(a, m.end_token, doer)
        });
    }
    // "ousted in a coup led by X": a clause on an event noun names that event's doers, who take
    // part in what it did.
    (trigger + 2..m.first_token)
        .any(|t| reduced_clause_doer(a, t).is_some_and(|doer| doer > trigger && !NOMINAL.contains_key(lower(a, doer))))
}

/// The noun a reduced relative clause opened at token `t` says something of: its doer before an
/// -ing form ("companies involved in supplying": "companies"), or what a passive participle
/// followed by "by" befalls ("nationals arbitrarily detained by the regime": "nationals"). An
/// event noun in -ing is no clause ("killed in fighting"), nor is a verb or an adverb before the
/// participle ("was found guilty of", "is probably capable of", "were detained by").
fn reduced_clause_doer(a: &Analysis, t: usize) -> Option<usize> {
    let form = lower(a, t);
    let noun_at = if form.ends_with("ing") {
        if t < 3 || NOMINAL.contains_key(form) || !matches!(lower(a, t - 1), "in" | "of" | "for") {
            return None;
        }
        let describing = lower(a, t - 2);
        let participle = (describing.len() > 4 && describing.ends_with("ed")) || DOER_ADJECTIVES.contains(&describing);
        if !participle {
            return None;
        }
        t - 3
    } else {
        // "a coup led by X": a leader acts through what it leads; the clause stays open to it.
        let participle = (form.len() > 4 && form.ends_with("ed")) || IRREGULAR_PAST.contains(&form);
        let leading = matches!(form, "led" | "headed" | "commanded");
        if !participle || leading || lower(a, t + 1) != "by" || t < 1 {
            return None;
        }
        // "nationals arbitrarily detained by": an adverb may stand between.
        let before = lower(a, t - 1);
        if before.len() > 4 && before.ends_with("ly") && t >= 2 { t - 2 } else { t - 1 }
    };
    let noun = lower(a, noun_at);
    let verb_or_adverb = FINITE_AUXILIARIES.contains(&noun)
        || matches!(noun, "be" | "been" | "being")
        || IRREGULAR_PAST.contains(&noun)
        || noun.ends_with("ed")
        || (noun.len() > 4 && noun.ends_with("ly"))
        || CAMEO_VERBS.get(noun).is_some_and(|(lemma, _)| *lemma != noun);
    (noun.chars().all(char::is_alphabetic)
        && !a.starts_a_name(noun_at)
        && inside_a_noun_phrase(noun)
        && !verb_or_adverb)
        .then_some(noun_at)
}

/// "the Syrian border", "Iraqi territory", "Lebanese airspace", "near the border with Iraq",
/// "the territorial waters of Iran": a state named as a stretch of land or sea says where, not who.
pub(super) fn names_a_territory(a: &Analysis, m: &EntityMention) -> bool {
    let after_a_stretch = m.first_token >= 2
        && match lower(a, m.first_token - 1) {
            "with" => matches!(lower(a, m.first_token - 2), "border" | "borders" | "frontier" | "boundary"),
            "of" => matches!(
                lower(a, m.first_token - 2),
                "border" | "borders" | "frontier" | "coast" | "territory" | "soil" | "waters" | "airspace"
            ),
            _ => false,
        };
    m.kind == NodeKind::Country
        && (after_a_stretch
            || matches!(
                lower(a, m.end_token),
                "border"
                    | "borders"
                    | "frontier"
                    | "coast"
                    | "territory"
                    | "territories"
                    | "side"
                    | "soil"
                    | "waters"
                    | "airspace"
                    | "desert"
                    | "capital"
            ))
}

/// "the Luxembourg-based operator", "Iranian-backed militias": a name joined to "-based" or
/// "-backed" says where someone else is or who stands behind them; it does not act. A leader
/// acts through what it leads ("the U.S.-led coalition's strikes"): it stays a party.
pub(super) fn names_a_qualifier(a: &Analysis, m: &EntityMention) -> bool {
    qualifier_of(a, m).is_some_and(|q| q != Qualifier::Leader)
}

/// "near Tabqa Dam, Syria": a state right after a place and a comma says where the place is; so
/// does a state's adjective before a place noun, "of" and the place ("in the Saudi city of Jeddah",
/// "from the Chilean port of Arica").
pub(super) fn qualifies_a_place(a: &Analysis, ents: &[usize], m: &EntityMention) -> bool {
    let after_a_place = m.first_token >= 2
        && lower(a, m.first_token - 1) == ","
        && ents.iter().any(|&k| a.entities[k].kind == NodeKind::Place && a.entities[k].end_token == m.first_token - 1);
    m.kind == NodeKind::Country && (after_a_place || before_a_place_noun(a, ents, m))
}

/// "the Saudi city of Jeddah": the mention is followed by a place noun, "of" and a place.
pub(super) fn before_a_place_noun(a: &Analysis, ents: &[usize], m: &EntityMention) -> bool {
    let noun = m.end_token;
    crate::nlp::lexicon::PLACE_NOUNS.contains(&lower(a, noun))
        && lower(a, noun + 1) == "of"
        && ents.iter().any(|&k| a.entities[k].kind == NodeKind::Place && a.entities[k].first_token == noun + 2)
}

/// "made films about the music of Mali, Niger and Chad", "talks concerning Peru's debt", "met
/// Chile's envoy to discuss Bolivia": a name in the noun phrase a topic preposition or verb after
/// the trigger opens — reached back over plain words, "of", determiners, possessives and the other
/// names of a list — is what the event is about; it takes no part. An event told inside the phrase
/// keeps its names ("doubts about the Chilean truce offer": Chile offers the truce).
pub(super) fn in_a_topic_phrase(a: &Analysis, ents: &[usize], m: &EntityMention, trigger: usize) -> bool {
    // Phrases longer than this are not read back to their start (bounded work per mention).
    const MAX_BACK: usize = 24;
    let first = a.sentences[m.sentence].first_token;
    let mut t = m.first_token;
    for _ in 0..MAX_BACK {
        if t <= first {
            return false;
        }
        let w = lower(a, t - 1);
        if TOPIC_VERBS.contains(&w) {
            return trigger < t - 1;
        }
        if let Some(opens) = topic_preposition_ending_at(a, t - 1) {
            return trigger < opens;
        }
        // Another name of the phrase ("Mali, Niger and"): jump over it.
        let at = ents.partition_point(|&k| a.entities[k].end_token < t);
        if let Some(&k) = ents.get(at).filter(|&&k| a.entities[k].end_token == t) {
            t = a.entities[k].first_token;
            continue;
        }
        let keeps_going = matches!(w, "," | "and" | "or" | "of" | "'s" | "’s" | "'")
            || DETERMINERS.contains(&w)
            || crate::nlp::context::inside_a_noun_phrase(w) && !crate::nlp::context::finite(w);
        if !keeps_going {
            return false;
        }
        t -= 1;
    }
    false
}

/// "about", "in connection with" (`topic_prepositions.txt`, a line of several words one
/// preposition): the first token of the topic preposition whose last word is at `end`, if one is.
fn topic_preposition_ending_at(a: &Analysis, end: usize) -> Option<usize> {
    TOPIC_PREPOSITIONS.iter().find_map(|p| {
        let start = (end + 1).checked_sub(p.len())?;
        matches_at(a, start, p).then_some(start)
    })
}

/// "fired rockets at Israel", "lashed out at the Taliban": after a verb of violence, a country,
/// an armed group or a person right after "at" is what it aims at, a party to it, not where it
/// happened — an organisation there is as often a venue ("won at the Davis Cup"); not a name
/// before a noun of place.
pub(super) fn aimed_at(a: &Analysis, m: &EntityMention, trigger: usize, root: u8) -> bool {
    let mut t = m.first_token;
    if t > 0 && DETERMINERS.contains(&lower(a, t - 1)) {
        t -= 1;
    }
    root >= ASSAULT
        && matches!(m.kind, NodeKind::Country | NodeKind::Group | NodeKind::Person)
        && m.first_token > trigger
        && t > trigger + 1
        && lower(a, t - 1) == "at"
        // "the bombing at Egypt's Red Sea resort", "at the U.S. naval base": a possessive, or a
        // name before a place's noun, tells where ("at Israeli targets" is Israel aimed at).
        && !matches!(lower(a, m.end_token), "'s" | "'")
        && !(m.end_token..m.end_token + 3).take_while(|&t| plain_word(a, t)).any(|t| {
            let w = lower(a, t);
            let singular = w.strip_suffix('s').unwrap_or(w);
            [w, singular].iter().any(|n| PLACE_NOUNS.contains(n) || SITE_HEADS.contains(n) || FACILITY_HEADS.contains(n))
        })
}

/// "a missile fired from Yemen", "towns shelled from Lebanon": right after a verb
/// of violence (the caller's; "attacks from Iran" are Iran's), a country or place opened by
/// "from" is where the blow came from, not what it hit ("peacekeepers from Burundi" after the
/// verb's object are still those hit).
pub(super) fn launched_from(a: &Analysis, m: &EntityMention, trigger: usize, root: u8) -> bool {
    let mut t = m.first_token;
    if t > 0 && lower(a, t - 1) == "the" {
        t -= 1;
    }
    root >= ASSAULT
        && matches!(m.kind, NodeKind::Country | NodeKind::Place)
        && t == trigger + 2
        && lower(a, t - 1) == "from"
}

/// "attacks in Kenya, Uganda and Djibouti": a country listed after a place preposition's object
/// (a country too) is a place of the list, says where, not who. A town's state after it ("in
/// Paris, Texas") and institutions ("studied at X and Y") are no such list.
pub(super) fn listed_after_a_place(a: &Analysis, ents: &[usize], m: &EntityMention) -> bool {
    if m.kind != NodeKind::Country {
        return false;
    }
    // Lists longer than this are read from their last items only (bounded work per mention).
    const MAX_ITEMS_BACK: usize = 16;
    let first = a.sentences[m.sentence].first_token;
    let mut t = m.first_token;
    for _ in 0..MAX_ITEMS_BACK {
        if t > first && lower(a, t - 1) == "the" {
            t -= 1;
        }
        // The separator before this item: ",", "and", "or", or ", and".
        let mut sep = t;
        while sep > first && matches!(lower(a, sep - 1), "," | "and" | "or") && t - sep < 2 {
            sep -= 1;
        }
        if sep == t {
            return false;
        }
        // The sentence's mentions are in text order: the item ending at `sep` is found by bisection.
        let at = ents.partition_point(|&k| a.entities[k].end_token < sep);
        let Some(&previous) = ents.get(at).filter(|&&k| a.entities[k].end_token == sep) else { return false };
        let previous = &a.entities[previous];
        if previous.kind != NodeKind::Country {
            return false;
        }
        if after_locative(a, first, previous) {
            return true;
        }
        t = previous.first_token;
    }
    false
}

/// "after his predecessor Ahmed Godane was killed", "her husband Tomas", "His main rival, former
/// prime minister X,": a possessive pronoun that introduces another person with a noun or two
/// (and, opening the sentence, an apposition of a few words naming them) only says whose that
/// person is — and so does one before a family noun, named or not ("her father, who resigned
/// last week").
pub(super) fn possessive_of_a_person(a: &Analysis, ents: &[usize], m: &EntityMention) -> bool {
    const MAX_NOUNS: usize = 2;
    const MAX_APPOSITION_WORDS: usize = 4;
    let word = |w: usize| lower(a, w).chars().all(char::is_alphabetic) && !lower(a, w).is_empty();
    let person_at =
        |t: usize| ents.iter().any(|&k| a.entities[k].first_token == t && a.entities[k].kind == NodeKind::Person);
    // "His rival, former prime minister X, conceded": opening the sentence, a few words of
    // apposition after a comma, then the person ("talks with his counterpart, X" are his too).
    let opens = a.sentences[m.sentence].first_token == m.first_token;
    let introduces = |t: usize| {
        person_at(t)
            || (opens
                && lower(a, t) == ","
                && (t + 1..=t + 1 + MAX_APPOSITION_WORDS)
                    .find(|&u| !word(u) || a.starts_a_name(u))
                    .is_some_and(person_at))
    };
    is_possessive_pronoun(a, m)
        && (KINSHIP_NOUNS.contains(&lower(a, m.end_token))
            || (m.end_token + 1..=m.end_token + MAX_NOUNS).any(|t| (m.end_token..t).all(word) && introduces(t)))
}

/// "buy a stake in Canada's Teck Resources", "South Korea's POSCO will acquire …": a country or
/// place in the possessive right before an organisation's or group's name only says whose or
/// where the organisation is; the organisation takes part, not the country.
pub(super) fn possessor_of_a_named_body(a: &Analysis, ents: &[usize], m: &EntityMention) -> bool {
    let after = m.end_token + 1;
    matches!(m.kind, NodeKind::Country | NodeKind::Place)
        && matches!(lower(a, m.end_token), "'s" | "’s" | "'")
        && ents.iter().any(|&k| {
            let body = &a.entities[k];
            body.first_token == after && matches!(body.kind, NodeKind::Organization | NodeKind::Group)
        })
}

/// An actor further than this many tokens from a trigger is not its participant.
pub(super) const MAX_ROLE_DISTANCE: usize = 20;

/// How many tokens farther than the nearest trigger an actor may be and still take part.
pub(super) const NEAREST_TRIGGER_SLACK: usize = 8;
