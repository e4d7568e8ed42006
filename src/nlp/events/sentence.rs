//! Events told in one sentence: each trigger becomes a new event with its participants, or a
//! definite reference ("the meeting") joins an earlier one; then mediators, hosts and places.

use super::cameo::{ASSAULT, COERCE, CONSULT, DIPLOMATIC_COOPERATION, PROTEST, consult_family};
use super::direction::{beside_the_subject, nominal_role, reduced_relative_passive};
use super::finding::{EventFinding, RoleFinding};
use super::participants::{
    MAX_ROLE_DISTANCE, NEAREST_TRIGGER_SLACK, aimed_at, apart_by_a_reduced_clause, between_parties, caused_apart,
    in_a_topic_phrase, in_the_complement_of_a_control_verb, launched_from, listed_after_a_place, names_a_qualifier,
    names_a_territory, object_of_the_clause_before, opens_an_aside, possessive_of_a_person, possessor_of_a_named_body,
    qualifies_a_place, separated, subject_of_a_control_verb,
};
use super::roles::{assign_cue_roles, named_by_a_cue, place_acted_on};
use super::speakers::asks_another_to_act;
use super::triggers::{NOMINAL, Trigger, detect, modality};
use crate::model::{EdgeKind, Modality, NodeKind, Role};
use crate::nlp::clauses::{relative_clauses, subject_noun_before};
use crate::nlp::context::{
    SentenceContext, after_locative, credits_a_source, in_a_foreign_gloss, in_a_mention, is_a_headline, is_preposition,
    lower, part_of_a_title, passive_auxiliary, passive_by, past_tense, plain_word, reduced_passive, same_target,
    verb_like,
};
use crate::nlp::lexicon::{
    AUTHORITY_NOUNS, CROWD_NOUNS, DETERMINERS, FUNCTION_WORDS, FUTURE_AUXILIARIES, LASTING_CONFLICT_NOUNS,
    MEDIATOR_VERBS, REPETITION_WORDS, REPORTING_VERBS, VIOLENT_AGENT_NOUNS,
};
use crate::nlp::relations::careers::{career_cue_at, career_cue_end};
use crate::nlp::time::names_a_date;

/// How long an aside between commas after a name may be ("X, on his first visit to Y in more than
/// a decade, met Z").
const ASIDE_AFTER_A_NAME: usize = 16;

/// How many words after an aside's closing comma the trigger it does not rival may stand.
const ASIDE_TO_VERB: usize = 4;

/// Finds the events of one sentence. `modifiers` are mentions that only qualify a person
/// (they take part through that person); `recency` knows which events were named lately.
pub(super) fn events_in_sentence(
    x: &SentenceContext,
    modifiers: &[usize],
    events: &mut Vec<EventFinding>,
    recency: &mut Recency,
) {
    let (text, a, s, si, ents) = (x.text, x.a, x.sentence, x.index, x.entities);
    let actor = |k: &usize| a.entities[*k].kind.is_actor();
    let entity_at = |tok: usize| x.entity_at(tok);
    let again = s.tokens().any(|t| lower(a, t) == "again");
    let prose = x.prose;
    // Words of another language in a gloss ("(French: Mouvement du 23 mars)") are no triggers.
    let detect = |i: usize| {
        detect(a, i)
            .filter(|_| !in_a_foreign_gloss(a, s.first_token, i))
            // "Chile's Mining Minister", "the War Secretary": a word of a title tells no event.
            .filter(|_| !part_of_a_title(text, a, s.first_token, i))
            // "the Law of Armed Conflict", "a Cessation of Hostilities": the end of another name.
            .filter(|_| !(prose && crate::nlp::context::ends_a_name_after_of(text, a, s.first_token, i)))
            // "joined the World Bank", "studied at Leiden University": a career, told as an
            // affiliation (relations' rule `career`), is no event.
            .filter(|t| {
                !(t.verbal && (career_cue_at(a, ents, i).is_some() || joins_a_described_body(text, a, ents, i)))
            })
    };
    // Every trigger of the sentence: an actor takes part in the events whose triggers are
    // about as near as the nearest one ("X met Y; Z attacked W" keeps the two apart).
    let triggers: Vec<usize> =
        (s.first_token..s.end_token).filter(|&t| entity_at(t).is_none() && detect(t).is_some()).collect();
    let distance = |k: usize, t: usize| {
        let m = &a.entities[k];
        if t >= m.end_token { t - m.end_token + 1 } else { m.first_token.saturating_sub(t) }
    };
    // "X, on his first visit to Y, met Z": a trigger inside an aside set off by commas right
    // after a name, and closed a few plain words before the trigger at `t` ("…, was killed", "…,
    // has had meetings"), is no nearer rival for that trigger.
    let aside_after = |k: usize, t: usize| {
        let end = a.entities[k].end_token;
        (lower(a, end) == "," && opens_an_aside(a, end))
            .then(|| (end + 1..(end + 1 + ASIDE_AFTER_A_NAME).min(s.end_token)).find(|&c| lower(a, c) == ","))
            .flatten()
            .filter(|&close| close < t && t - close <= ASIDE_TO_VERB && (close + 1..t).all(|u| plain_word(a, u)))
            .map(|close| end..close)
    };
    let nearest_trigger = |k: usize, t: usize| {
        let d = distance(k, t);
        let aside = aside_after(k, t);
        d <= MAX_ROLE_DISTANCE
            && triggers
                .iter()
                .filter(|&&u| !aside.as_ref().is_some_and(|aside| aside.contains(&u)))
                .all(|&u| distance(k, u) + NEAREST_TRIGGER_SLACK >= d)
    };
    // Which relative clause holds each token, read once for every name–trigger pair.
    let clauses = relative_clauses(a, s.first_token, s.end_token);
    // `root`: the trigger's CAMEO root, already read by the caller.
    let takes_part = |k: usize, trigger: usize, root: u8| {
        actor(&k)
            && (nearest_trigger(k, trigger) || subject_of_a_second_predicate(a, ents, s.first_token, k, trigger))
            && !modifiers.contains(&k)
            && (!after_locative(a, s.first_token, &a.entities[k]) || aimed_at(a, &a.entities[k], trigger, root))
            && !listed_after_a_place(a, ents, &a.entities[k])
            && !possessive_of_a_person(a, ents, &a.entities[k])
            && !possessor_of_a_named_body(a, ents, &a.entities[k])
            && !names_a_territory(a, &a.entities[k])
            && !names_a_qualifier(a, &a.entities[k])
            && !qualifies_a_place(a, ents, &a.entities[k])
            && !in_a_topic_phrase(a, ents, &a.entities[k], trigger)
            && !separated(a, &clauses, &a.entities[k], trigger)
            // A reaction's causer takes no part in it; a fight's may be one of its sides.
            && !(root < ASSAULT && caused_apart(a, &a.entities[k], trigger))
            && !subject_of_a_control_verb(a, &a.entities[k], trigger)
            // Who asks another to talks is often the other side ("urged Y to return to talks").
            && (root == CONSULT || !asks_another_to_act(a, &a.entities[k], trigger))
            && !in_the_complement_of_a_control_verb(a, &a.entities[k], trigger)
            && !apart_by_a_reduced_clause(a, &a.entities[k], trigger)
            && !credits_a_source(a, &a.entities[k])
    };
    let mut i = s.first_token;
    while i < s.end_token {
        if entity_at(i).is_some() {
            i += 1;
            continue;
        }
        let Some(Trigger { root, lemma, verbal }) = detect(i) else {
            i += 1;
            continue;
        };
        let w = lower(a, i);
        if lemma == "airstrike" && w == "air" {
            i += 1;
        }
        let trigger_start = if lemma == "airstrike" && w == "air" { a.tokens[i - 1].start } else { a.tokens[i].start };
        let span = (trigger_start, a.tokens[i].end, si);
        let prev = lower(a, i.saturating_sub(1));
        let prev2 = lower(a, i.saturating_sub(2));
        let definite = i > s.first_token
            && (DETERMINERS.contains(&prev) || DETERMINERS.contains(&prev2) && !NOMINAL.contains_key(prev));
        let mode = modality(text, a, s.first_token, i);
        let mut own: Vec<usize> = ents
            .iter()
            .copied()
            .filter(|&k| takes_part(k, i, root))
            .filter(|&k| !verbal || !crate::nlp::context::patient_of_an_object_noun(a, ents, &a.entities[k], i))
            .filter(|&k| !verbal || !launched_from(a, &a.entities[k], i, root))
            .collect();
        // "X mediated between A and B" (the trigger test let a mediating verb through only before
        // "between"): A and B are the mediation's sides, as after an event noun; X mediates.
        let mediation = verbal && MEDIATOR_VERBS.contains(&w);
        // "the agreement on 2 December between X, led by …, and Y": both sides of "between",
        // however long the phrases around them — and only they: "Britain is working with Y to
        // secure a ceasefire between X and Z" makes no party of Britain or Y.
        if !verbal || mediation {
            let (sides, both) = between_parties(a, ents, i, s.end_token);
            if both && !mediation {
                own = sides;
            } else {
                own.extend(sides);
            }
            own.sort_unstable();
            own.dedup();
        }
        // "X and Y agreed to a truce after talks in Cairo": talks with no parties of their own
        // after a preposition of time are the clause subject's — a host or a broker a cue names
        // ("after talks hosted by Brazil") is none.
        if own.iter().all(|&k| named_by_a_cue(a, ents, k)) && !verbal && root == CONSULT {
            own.extend(parties_of_a_time_phrase(a, s, ents, i));
        }
        // A definite reference joins a recent event of the same kind ("the meeting"): the
        // latest that shares one of the parties it names, else the latest if it names at
        // most one party; two or more parties of its own make another event ("the agreement
        // between X and Y" after an agreement of others).
        let coref = (!verbal && definite && mode == Modality::Asserted)
            .then(|| {
                // Who brokered or hosted it ("The truce, brokered by X and Y,") is no party.
                let distinct = own
                    .iter()
                    .enumerate()
                    .filter(|&(n, &k)| own[..n].iter().all(|&o| !same_target(&a.entities[o], &a.entities[k])))
                    .filter(|&(_, &k)| !named_by_a_cue(a, ents, k))
                    .count();
                // "The talks will focus on …": a reference whose verb is in the future joins talks
                // still to come as well.
                let told_ahead = FUTURE_AUXILIARIES.contains(&lower(a, i + 1));
                let mut recent: Vec<usize> = recency
                    .within()
                    .filter(|&e| {
                        let ev = &events[e];
                        consult_family(ev.root) == consult_family(root)
                            && (ev.modality == Modality::Asserted
                                || (told_ahead && ev.modality == Modality::Hypothetical))
                            && !one_lasts_the_other_does_not(&ev.trigger, &lemma)
                            // A noun refers back to a noun, or to a meeting told by a verb.
                            && (root == CONSULT || NOMINAL.contains_key(ev.trigger.as_str()))
                    })
                    .collect();
                recent.sort_by_key(|&e| std::cmp::Reverse(recency.last[e]));
                let shares = |e: usize| {
                    own.iter()
                        .any(|&k| events[e].roles.iter().any(|r| same_target(&a.entities[r.entity], &a.entities[k])))
                };
                // Without a shared party, the latest told by the same noun ("the war" is the war
                // named before, not a strike told since), else the latest.
                let same_word = recent.iter().copied().find(|&e| events[e].trigger == lemma);
                recent
                    .iter()
                    .copied()
                    .find(|&e| shares(e))
                    .or_else(|| (distinct < 2).then(|| same_word.or(recent.first().copied())).flatten())
            })
            .flatten();
        // "an attack on a market in Kabul on Friday", "protests in Dakar": violence and protest
        // told by a noun are events where the sentence places them, even before anyone is named
        // ("the attack was claimed by …" may name them later); told again at the same place
        // (headline, then body), it is the same.
        let unnamed_places = if own.is_empty() && !verbal && (root >= ASSAULT || root == PROTEST) {
            places(a, s, ents, i, root, &lemma, si)
        } else if let Some(suffered) = (own.is_empty() && verbal && root >= ASSAULT && mode == Modality::Asserted)
            .then(|| unnamed_violence(a, s.first_token, i))
            .flatten()
        {
            let found = places(a, s, ents, i, root, &lemma, si);
            if found.is_empty() && suffered { places_a_passive_acts_on(a, ents, i) } else { found }
        } else if own.is_empty()
            && verbal
            && root == PROTEST
            && mode == Modality::Asserted
            && done_by_a_crowd(a, s.first_token, i)
        {
            places(a, s, ents, i, root, &lemma, si)
        } else {
            Vec::new()
        };
        // Among the events named lately only, so an article of thousands of attacks costs no more
        // per mention than one of three.
        let coref = coref.or_else(|| {
            recency.within().find(|&e| {
                let ev = &events[e];
                // "A bomb exploded in X, killing five": violence without named sides told again
                // by a verb in the same sentence at the same place is one scene.
                let same_scene =
                    verbal && ev.root >= ASSAULT && ev.mentions.last().is_some_and(|&(.., sentence)| sentence == si);
                mode == Modality::Asserted
                    && (ev.root == root || same_scene)
                    && ev.roles.iter().any(|r| {
                        r.kind == EdgeKind::Location
                            && unnamed_places.iter().any(|&k| same_target(&a.entities[r.entity], &a.entities[k]))
                    })
            })
        });
        // Talks, an agreement or violence told again by a noun at the same place (headline, then
        // body: "resume talks in Jeddah" … "resumed talks in Jeddah on Thursday"; "missile strike
        // on Odesa kills four" … "a missile strike on Odesa killed four people") are the same when
        // their parties agree (one names none, or they share one), unless told as another ("a
        // second strike", "fresh talks") or dated apart ("on Monday" … "on Friday").
        let coref = coref.or_else(|| {
            if verbal
                || !(matches!(root, CONSULT | DIPLOMATIC_COOPERATION) || root >= ASSAULT)
                || mode != Modality::Asserted
                || told_as_another(a, s.first_token, i, again)
            {
                return None;
            }
            let here = places(a, s, ents, i, root, &lemma, si);
            if here.is_empty() {
                return None;
            }
            recency.within().find(|&e| {
                let ev = &events[e];
                let parties: Vec<usize> =
                    ev.roles.iter().filter(|r| r.kind == EdgeKind::Participant).map(|r| r.entity).collect();
                let agree = own.is_empty()
                    || parties.is_empty()
                    || own.iter().any(|&k| parties.iter().any(|&p| same_target(&a.entities[p], &a.entities[k])));
                ev.root == root
                    && ev.modality == Modality::Asserted
                    && NOMINAL.contains_key(ev.trigger.as_str())
                    && agree
                    && (root < ASSAULT || same_violent_noun(&ev.trigger, &lemma))
                    && !dated_apart(a, &ev.mentions, si)
                    && ev.roles.iter().any(|r| {
                        r.kind == EdgeKind::Location
                            && here.iter().any(|&k| same_target(&a.entities[r.entity], &a.entities[k]))
                    })
            })
        });
        // A headline's verb told again in the lead ("Ruto orders evacuation of residents" …
        // "President William Ruto has ordered people … to leave"): the same event when the lead
        // names every party of the headline, unless told as another or dated apart. A headline
        // is a first sentence without a closing stop (a title line).
        let coref = coref.or_else(|| {
            if !verbal
                || si == 0
                || si > HEADLINE_LEAD
                || mode != Modality::Asserted
                || !is_a_headline(a)
                || told_as_another(a, s.first_token, i, again)
            {
                return None;
            }
            recency.within().find(|&e| {
                let ev = &events[e];
                let mut parties = ev.roles.iter().filter(|r| r.kind == EdgeKind::Participant).peekable();
                ev.root == root
                    && ev.trigger == lemma
                    && ev.modality == Modality::Asserted
                    && ev.mentions.first().is_some_and(|&(.., sentence)| sentence == 0)
                    && parties.peek().is_some()
                    && parties.all(|r| own.iter().any(|&k| same_party(a, &a.entities[r.entity], &a.entities[k])))
                    && !dated_apart(a, &ev.mentions, si)
            })
        });
        let index = match coref {
            Some(e) => {
                events[e].mentions.push(span);
                // The reference may name parties the first mention did not.
                for &k in &own {
                    if !events[e].roles.iter().any(|r| same_party(a, &a.entities[r.entity], &a.entities[k])) {
                        events[e].roles.push(RoleFinding {
                            entity: k,
                            kind: EdgeKind::Participant,
                            role: Some(if verbal { Role::Participant } else { nominal_role(a, ents, i, root, k) }),
                            sentence: si,
                            confidence: 0.65,
                        });
                    }
                }
                e
            }
            None => {
                let actors = own;
                if actors.is_empty() && unnamed_places.is_empty() {
                    i += 1;
                    continue;
                }
                // "was assassinated in 1995 by X": a form of "be" before a participle; "Peru,
                // attacked by Bolivia": a participle right before "by"; "rebels accused of …".
                let passive = verbal
                    && ((passive_auxiliary(prev) && !w.ends_with("ing"))
                        || passive_by(a, i)
                        || reduced_passive(a, i)
                        || reduced_relative_passive(a, i, s.end_token));
                // Verbs need an actor on each side (or a place): "X attacked Y" — but violence
                // done by someone unnamed is still told of its named target ("Gunmen attacked a
                // Chilean patrol", "a roadside bomb killed two Peruvian soldiers").
                if verbal {
                    // "Tarija was shelled by X": the place a passive verb of violence acts on
                    // stands where its target would.
                    let before = actors.iter().any(|&k| a.entities[k].end_token <= i)
                        || (passive
                            && root >= ASSAULT
                            && ents.iter().any(|&k| {
                                let m = &a.entities[k];
                                m.kind == NodeKind::Place && m.end_token <= i && place_acted_on(a, i, m)
                            }));
                    let after = ents.iter().any(|&k| a.entities[k].first_token > i);
                    let unnamed_doer = !before
                        && !passive
                        && done_by_an_unnamed_agent(a, s.first_token, i, root)
                        && actors.iter().any(|&k| {
                            let m = &a.entities[k];
                            m.first_token > i && (root >= ASSAULT || object_right_after(a, i, m.first_token))
                        });
                    if !((before && after) || unnamed_doer || (actors.is_empty() && !unnamed_places.is_empty())) {
                        i += 1;
                        continue;
                    }
                }
                let mut roles: Vec<RoleFinding> = Vec::new();
                for &k in &actors {
                    let m = &a.entities[k];
                    // One role per party: "Rabin … assassinated … his deals" names him twice.
                    if roles.iter().any(|r| same_target(&a.entities[r.entity], m)) {
                        continue;
                    }
                    let before = m.end_token <= i;
                    let role = if mediation {
                        Some(Role::Participant)
                    } else if verbal {
                        let beside = !before && !passive && beside_the_subject(a, m.first_token, i);
                        // "X attacked Y, killing four": the clause's object is the participle's too.
                        let object = before && object_of_the_clause_before(a, m, i);
                        Some(if (before != passive || beside) && !object { Role::Source } else { Role::Target })
                    } else {
                        Some(nominal_role(a, ents, i, root, k))
                    };
                    roles.push(RoleFinding {
                        entity: k,
                        kind: EdgeKind::Participant,
                        role,
                        sentence: si,
                        confidence: if verbal { 0.6 } else { 0.7 },
                    });
                }
                events.push(EventFinding {
                    root,
                    trigger: lemma.clone(),
                    mentions: vec![span],
                    modality: mode,
                    roles,
                    time: None,
                });
                events.len() - 1
            }
        };
        recency.touch(index, si);
        assign_cue_roles(a, s.first_token, s.end_token, ents, i, verbal, &mut events[index], si);
        i += 1;
    }
}

/// How many plain words ("lengthy", "two days of") may stand between a preposition of time and
/// the event noun it takes.
const TIME_PHRASE_WORDS: usize = 3;

/// "Chile and Peru signed an accord after talks in Lima", "Following talks in Lima, Chile and Peru
/// signed …": an event noun of meeting right after "after" or "following" (and a few
/// plain words) whose phrase names no party is the meeting of its clause's subject — the actors
/// named between that clause's finite verb and the one before it (after the fronted phrase's
/// comma when the sentence opens with it), none after a preposition nor a dateline's agency.
fn parties_of_a_time_phrase(
    a: &crate::nlp::analysis::Analysis,
    s: &crate::nlp::sentences::Sentence,
    ents: &[usize],
    trigger: usize,
) -> Vec<usize> {
    let Some(preposition) = (trigger.saturating_sub(TIME_PHRASE_WORDS + 1).max(s.first_token)..trigger)
        .rev()
        .find(|&t| matches!(lower(a, t), "after" | "following"))
    else {
        return Vec::new();
    };
    if !(preposition + 1..trigger).all(|t| plain_word(a, t) || lower(a, t) == "of") {
        return Vec::new();
    }
    // The clause's subject stands between its finite verb and the finite verb before that
    // ("Chile said Peru and Bolivia met after talks": Peru and Bolivia met).
    let finite_verb = |t: usize| {
        let w = lower(a, t);
        (verb_like(w) || past_tense(w) || REPORTING_VERBS.contains(&w)) && !in_a_mention(a, t)
    };
    let (from, verb) = if preposition == s.first_token {
        let Some(comma) = (trigger + 1..s.end_token).find(|&t| lower(a, t) == ",") else { return Vec::new() };
        let Some(verb) = (comma + 1..s.end_token).find(|&t| finite_verb(t)) else { return Vec::new() };
        (comma + 1, verb)
    } else {
        let Some(verb) = (s.first_token..preposition).rev().find(|&t| finite_verb(t)) else { return Vec::new() };
        let from = (s.first_token..verb).rev().find(|&t| finite_verb(t)).map_or(s.first_token, |t| t + 1);
        (from, verb)
    };
    ents.iter()
        .copied()
        .filter(|&k| {
            let m = &a.entities[k];
            m.kind.is_actor()
                && m.first_token >= from
                && m.end_token <= verb
                && (m.first_token == from || !is_preposition(lower(a, m.first_token - 1)))
                && !credits_a_source(a, m)
        })
        .collect()
}

/// "Gunmen attacked …", "a roadside bomb has killed …", "militants reportedly ambushed …": the
/// verb of violence at `trigger` has a common noun of `violent_agent_nouns.txt` for its subject,
/// past auxiliaries and a few adverbs, within the sentence opening at `first`; "Police arrested
/// …", "a court sentenced …": a verb of coercion (root 17 and above) one of `authority_nouns.txt`.
fn done_by_an_unnamed_agent(a: &crate::nlp::analysis::Analysis, first: usize, trigger: usize, root: u8) -> bool {
    subject_noun_before(a, first, trigger).is_some_and(|t| {
        let w = lower(a, t);
        if root >= ASSAULT { VIOLENT_AGENT_NOUNS.contains(&w) } else { root >= COERCE && AUTHORITY_NOUNS.contains(&w) }
    })
}

/// How many words may stand between a verb of coercion and the name it acts on.
const NAMED_OBJECT_REACH: usize = 4;

/// "Police arrested Ana Ruiz", "detained two Malian journalists", "sentenced former Peruvian
/// president X": the name at `name` is the object of the verb at `verb` — a few words between
/// (modifiers, numbers, other names), none a verb ("arrested dozens of demonstrators protesting
/// the U.S.-led war" acts on the demonstrators, not on the U.S.).
fn object_right_after(a: &crate::nlp::analysis::Analysis, verb: usize, name: usize) -> bool {
    name - verb <= NAMED_OBJECT_REACH + 1
        && (verb + 1..name).all(|t| {
            let w = lower(a, t);
            !w.is_empty()
                && !verb_like(w)
                && !w.ends_with("ing")
                && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | ','))
        })
}

/// "Thousands of people marched in Tbilisi", "Students also protested in Lima": the verb of
/// protest at `trigger` has a crowd (`crowd_nouns.txt`) for its subject, perhaps after auxiliaries
/// and a few adverbs, within the sentence opening at `first` — a protest no one named leads ("The
/// company demonstrated its phone" has no crowd).
fn done_by_a_crowd(a: &crate::nlp::analysis::Analysis, first: usize, trigger: usize) -> bool {
    subject_noun_before(a, first, trigger).is_some_and(|t| CROWD_NOUNS.contains(&lower(a, t)))
}

/// "Gunmen shot dead a council member in Mosul", "Five policemen were killed in Baghdad", "A car
/// bomb exploded near a checkpoint in Basra": violence told by the verb at `trigger` with no named
/// side — done by an unnamed agent (`violent_agent_nouns.txt`), suffered in the passive (a regular
/// participle only: "the film was shot in Morocco" is no violence), or told on by a participle
/// clause of a violent scene — is an event where the sentence places it. `Some(suffered)` when so.
fn unnamed_violence(a: &crate::nlp::analysis::Analysis, first: usize, trigger: usize) -> Option<bool> {
    let previous = lower(a, trigger.saturating_sub(1));
    let suffered = passive_auxiliary(previous) && lower(a, trigger).ends_with("ed");
    // "A bomb exploded in X, killing four": a participle clause tells more of a violent scene
    // before it (not "heavy rain fell in X, killing four"), its agent within a few words.
    const SCENE_REACH: usize = 24;
    let participle_clause = previous == ","
        && lower(a, trigger).ends_with("ing")
        && (trigger.saturating_sub(SCENE_REACH).max(first)..trigger)
            .any(|t| VIOLENT_AGENT_NOUNS.contains(&lower(a, t)));
    (suffered || participle_clause || done_by_an_unnamed_agent(a, first, trigger, ASSAULT)).then_some(suffered)
}

/// "Kharkiv was shelled overnight": the places a passive verb of violence at `trigger` acts on.
fn places_a_passive_acts_on(a: &crate::nlp::analysis::Analysis, ents: &[usize], trigger: usize) -> Vec<usize> {
    let acted_on = |&k: &usize| {
        let m = &a.entities[k];
        m.kind == NodeKind::Place && m.end_token <= trigger && place_acted_on(a, trigger, m)
    };
    ents.iter().copied().filter(acted_on).collect()
}

/// The places the sentence gives for an event of `root` triggered at `trigger` (the locations
/// [`assign_cue_roles`] would find).
fn places(
    a: &crate::nlp::analysis::Analysis,
    s: &crate::nlp::sentences::Sentence,
    ents: &[usize],
    trigger: usize,
    root: u8,
    lemma: &str,
    si: usize,
) -> Vec<usize> {
    let mut probe = EventFinding {
        root,
        trigger: lemma.to_string(),
        mentions: Vec::new(),
        modality: Modality::Asserted,
        roles: Vec::new(),
        time: None,
    };
    assign_cue_roles(a, s.first_token, s.end_token, ents, trigger, false, &mut probe, si);
    probe.roles.iter().filter(|r| r.kind == EdgeKind::Location).map(|r| r.entity).collect()
}

/// "another strike", "a second round of talks", "fresh attacks" (a word of
/// `repetition_words.txt` among the few words before the noun, within its clause), "struck
/// again": the noun tells of another occurrence, not of one told before.
/// `again`: whether the sentence holds "again" (asked once per sentence).
fn told_as_another(a: &crate::nlp::analysis::Analysis, first: usize, trigger: usize, again: bool) -> bool {
    const NOUN_PHRASE: usize = 4;
    let mut before = (trigger.saturating_sub(NOUN_PHRASE).max(first)..trigger)
        .rev()
        .take_while(|&t| !matches!(lower(a, t), "," | ";" | ":"));
    again || before.any(|t| REPETITION_WORDS.contains(&lower(a, t)))
}

/// How many words (a determiner, modifiers) may stand between a second predicate's verb and the
/// event noun it takes ("and signed a new border accord").
const SECOND_PREDICATE_OBJECT_REACH: usize = 3;

/// "Chile and Peru resumed negotiations in Lima and signed a border accord": a name before the
/// sentence's first verb (its subject) is the subject of a second predicate too — "and" and a
/// verb in the past tense, no other name between — and so a party to its event, told by the verb
/// or by the noun it takes (a determiner and modifiers between).
pub(super) fn subject_of_a_second_predicate(
    a: &crate::nlp::analysis::Analysis,
    ents: &[usize],
    first: usize,
    k: usize,
    trigger: usize,
) -> bool {
    let m = &a.entities[k];
    let past = |t: usize| past_tense(lower(a, t));
    // The cheap tests first. "trained and equipped X": two verbs sharing an object make no second
    // predicate, nor does a passive participle ("and supported by Y").
    if m.end_token > trigger {
        return false;
    }
    let Some(and) = (trigger.saturating_sub(SECOND_PREDICATE_OBJECT_REACH + 2).max(m.end_token)..trigger)
        .find(|&t| lower(a, t) == "and" && past(t + 1) && !past(t.saturating_sub(1)) && !passive_by(a, t + 1))
    else {
        return false;
    };
    // "His assassination … and intensified pressure": a possessive is no subject; nor is a name
    // after a preposition inside it ("U.S. airstrikes against al-Qaida … killed … and destroyed").
    let possessive = crate::nlp::context::is_possessive_pronoun(a, m) || matches!(lower(a, m.end_token), "'s" | "'");
    let mut before = m.first_token;
    while before > first && (DETERMINERS.contains(&lower(a, before - 1)) || matches!(lower(a, before - 1), "a" | "an"))
    {
        before -= 1;
    }
    let prepositional = before > first && is_preposition(lower(a, before - 1));
    if possessive || prepositional || !crate::nlp::context::before_the_first_verb(a, first, m.first_token) {
        return false;
    }
    let object_words = (and + 2..trigger).all(|t| {
        let w = lower(a, t);
        DETERMINERS.contains(&w)
            || matches!(w, "a" | "an")
            || (!FUNCTION_WORDS.contains(&w) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
    });
    let name_between = ents.iter().any(|&j| {
        let e = &a.entities[j];
        e.first_token > and && e.end_token <= trigger
    });
    // "X blame insurgents who killed clerics who had … and expressed support": the relative
    // clause's subject is "who".
    let relative = (m.end_token..and).any(|t| crate::nlp::lexicon::RELATIVE_PRONOUNS.contains(&lower(a, t)));
    (trigger == and + 1 || object_words) && !name_between && !relative
}

/// How many sentences after the headline (the article's first) its lead may tell its event again.
const HEADLINE_LEAD: usize = 2;

/// The same party: one target, or a person a headline names by surname alone ("Ruto") whom the
/// lead names in full ("William Ruto") — the article's later mentions are joined so already. Two
/// full names sharing a surname ("Bill Clinton", "Hillary Clinton") are two people.
fn same_party(
    a: &crate::nlp::analysis::Analysis,
    x: &crate::nlp::entities::EntityMention,
    y: &crate::nlp::entities::EntityMention,
) -> bool {
    let alone = |m: &crate::nlp::entities::EntityMention| m.end_token - m.first_token == 1;
    same_target(x, y)
        || (x.kind == crate::model::NodeKind::Person
            && y.kind == crate::model::NodeKind::Person
            && (alone(x) || alone(y))
            && lower(a, x.end_token - 1) == lower(a, y.end_token - 1))
}

/// "the war" after "a strike", "the attack" after "the war": a conflict that lasts and a single
/// act of violence are two events, whatever refers back to what.
fn one_lasts_the_other_does_not(x: &str, y: &str) -> bool {
    LASTING_CONFLICT_NOUNS.contains(&x) != LASTING_CONFLICT_NOUNS.contains(&y)
}

/// How many words a described body may take after a career cue ("the Nigerian foreign service").
const MAX_BODY_DESCRIPTION: usize = 5;

/// "joined the Nigerian foreign service", "joined the army in 1990": a career cue whose object a
/// noun phrase describes — its head a lower-case noun that tells no event — is a career too, no
/// event; "joined the talks", "joined the fighting" are the events they name.
fn joins_a_described_body(text: &str, a: &crate::nlp::analysis::Analysis, ents: &[usize], i: usize) -> bool {
    let Some(t) = career_cue_end(a, ents, i) else { return false };
    if !DETERMINERS.contains(&lower(a, t)) && !matches!(lower(a, t), "a" | "an") {
        return false;
    }
    let head = (t + 1..(t + 1 + MAX_BODY_DESCRIPTION).min(a.tokens.len()))
        .take_while(|&k| {
            let w = lower(a, k);
            w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&w)
        })
        .last();
    head.is_some_and(|h| {
        a.tokens[h].text(text).chars().next().is_some_and(char::is_lowercase) && !NOMINAL.contains_key(lower(a, h))
    })
}

/// Violence told again is told by the same noun, or one holding it ("strike", "strikes",
/// "airstrike"): "the offensive" and "a strike" during it are two events.
fn same_violent_noun(x: &str, y: &str) -> bool {
    let (x, y) = (x.trim_end_matches('s'), y.trim_end_matches('s'));
    x.contains(y) || y.contains(x)
}

/// Do the sentences telling an event and sentence `si` both name dates, and none the same ("on
/// Monday" … "on Friday")? Then `si` tells of another time.
fn dated_apart(a: &crate::nlp::analysis::Analysis, mentions: &[(usize, usize, usize)], si: usize) -> bool {
    // The latest mentions only: an event told a thousand times costs no more than one told twice.
    const MENTIONS_READ: usize = 8;
    // Time mentions are in sentence order.
    // A date's month and day when it names them ("Jan. 9" and "January 9" agree), else its words.
    let dates_in = |sentence: usize| {
        let from = a.times.partition_point(|t| t.sentence < sentence);
        let to = a.times.partition_point(|t| t.sentence <= sentence);
        a.times[from..to].iter().filter_map(|t| {
            let words: Vec<&str> = a.lowered[t.first_token..t.end_token].iter().map(String::as_str).collect();
            names_a_date(&words).then(|| {
                let phrase = words.join(" ");
                crate::nlp::time::month_and_day(&phrase).map_or(phrase, |(month, day)| format!("{month}-{day}"))
            })
        })
    };
    let here: Vec<String> = dates_in(si).collect();
    if here.is_empty() {
        return false;
    }
    let mut told: Vec<usize> = mentions.iter().rev().take(MENTIONS_READ).map(|&(.., sentence)| sentence).collect();
    told.dedup();
    let there: Vec<String> = told.into_iter().flat_map(dates_in).collect();
    !there.is_empty() && !here.iter().any(|h| there.contains(h))
}

/// How many sentences back a definite reference ("the meeting") may reach for its event.
const REFERENCE_REACH: usize = 8;

/// The last sentence naming each event, and the events named within [`REFERENCE_REACH`]: a
/// reference looks only at those, so an article with thousands of events costs no more per
/// reference than one with three.
#[derive(Debug, Default)]
pub(super) struct Recency {
    /// By event: the last sentence that names it.
    last: Vec<usize>,
    /// Events named lately, in event order.
    recent: Vec<usize>,
}

impl Recency {
    /// Forgets events last named out of reach of sentence `si`.
    pub(super) fn start_sentence(&mut self, si: usize) {
        let last = &self.last;
        self.recent.retain(|&e| si - last[e] <= REFERENCE_REACH);
    }

    /// Events named within reach of the current sentence (pruned by `start_sentence`), in event order.
    fn within(&self) -> impl Iterator<Item = usize> + '_ {
        self.recent.iter().copied()
    }

    /// Event `e` is named in sentence `si`.
    fn touch(&mut self, e: usize, si: usize) {
        if e >= self.last.len() {
            self.last.resize(e + 1, si);
        }
        self.last[e] = si;
        if let Err(at) = self.recent.binary_search(&e) {
            self.recent.insert(at, e);
        }
    }
}
