//! Roles beyond participation: mediators ("facilitated by X", "X chaired"), hosts, and where the
//! event happened (the cued place nearest the trigger and the places listed with it).

use super::cameo::{ASSAULT, takes_a_stance};
use super::finding::{EventFinding, RoleFinding};
use super::participants::{
    aimed_at, before_a_place_noun, describes_the_event, listed_after_a_place, participle_clause_at,
};
use super::triggers::{NOMINAL, classifies_a_noun};
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::analysis::Analysis;
use crate::nlp::clauses::{
    coordinated_clause_between, infinitive_between, relative_clauses, second_predicate_between,
    subordinate_clause_between,
};
use crate::nlp::context::{
    after_locative, inside_a_noun_phrase, is_preposition, is_title_word, lower, matches_at, passive_auxiliary,
    plain_word, qualifier_of, quotation_opens_between, reporting_participle, subject_before_an_aside,
    titled_person_after, verb_like,
};
use crate::nlp::entities::{EntityMention, Target};
use crate::nlp::lexicon::{
    CAMEO_VERBS, DETERMINERS, FINITE_AUXILIARIES, HEADQUARTERS_CUES, HOST_PHRASES, HOST_VERBS, MEDIATOR_PHRASES,
    MEDIATOR_VERBS, PLACE_NAME_HEADS, PLACE_NOUNS, REPORTING_VERBS, SUBORDINATORS, TIME_PREPOSITIONS, VISITING_VERBS,
};
use crate::nlp::tokenize::Qualifier;

/// The CAMEO roots of events mediators make: 03 intent to cooperate, 04 consult, 05 diplomatic
/// cooperation, 06 material cooperation, 07 aid, 08 yield (truces, ceasefires).
const MEDIATED_ROOTS: std::ops::RangeInclusive<u8> = 3..=8;

/// Mediators ("facilitated by X", "X chaired the session"), hosts and locations ("in Naqoura").
#[allow(clippy::too_many_arguments)]
pub(super) fn assign_cue_roles(
    a: &Analysis,
    first: usize,
    end: usize,
    ents: &[usize],
    trigger: usize,
    verbal: bool,
    event: &mut EventFinding,
    si: usize,
) {
    // `kind` None: the actor has a role in another event's cue, and none in this event.
    let set_role = |event: &mut EventFinding, k: usize, kind: Option<EdgeKind>, conf: f32| {
        event.roles.retain(|r| !(r.entity == k && r.kind == EdgeKind::Participant && r.sentence == si));
        let Some(kind) = kind else { return };
        if !event.roles.iter().any(|r| r.entity == k && r.kind == kind) {
            event.roles.push(RoleFinding { entity: k, kind, role: None, sentence: si, confidence: conf });
        }
    };
    // A relative clause is a predicate of its own: "Lula, who hosted talks in Brasília, welcomed
    // the accord" hosts and places the talks, not the accord. One right after a noun trigger's
    // phrase tells of that event ("an attack on a convoy, which took place in Urem").
    let clauses = relative_clauses(a, first, end);
    let clause_of = |t: usize| clauses.get(t.wrapping_sub(first)).copied().flatten();
    let own_clause = clause_of(trigger);
    let nominal = NOMINAL.contains_key(event.trigger.as_str());
    let describing = |clause: Option<usize>| describes_the_event(nominal, clause, trigger);
    // "led a mutiny, seizing Rostov, before agreeing to a deal brokered by X": a cue after another
    // event's noun tells of that event — its actors take no part in this one.
    // ("prisoners of war" tells no war.)
    let event_noun = |u: usize| NOMINAL.contains_key(lower(a, u)) && !classifies_a_noun(a, u);
    let next_event_noun = (trigger + 1..end).find(|&u| event_noun(u));
    // "resumed negotiations in Lima, brokered by Norway, and signed an accord": a cue phrase
    // before the trigger that closely follows another event noun tells of that noun.
    const CUE_AFTER_ITS_NOUN: usize = 6;
    let earlier_event_noun =
        |t: usize| (t.saturating_sub(CUE_AFTER_ITS_NOUN).max(first)..t).any(|u| u != trigger && event_noun(u));
    let nearer_event_noun = |t: usize| next_event_noun.is_some_and(|u| u < t) || (t < trigger && earlier_event_noun(t));
    for t in first..end {
        // "the talks, which are facilitated by X": a clause describing the event noun names its
        // mediator or host; only the cue phrases read it (a verb's subject there is the noun).
        let describes_the_event = describing(clause_of(t));
        if clause_of(t) != own_clause && !describes_the_event {
            continue;
        }
        for (cues, kind) in [(&*MEDIATOR_PHRASES, EdgeKind::Mediator), (&*HOST_PHRASES, EdgeKind::Host)] {
            for cue in cues {
                if matches_at(a, t, cue)
                    && let Some(k) = ents.iter().copied().find(|&k| {
                        a.entities[k].kind.is_actor()
                            && a.entities[k].first_token >= t + cue.len()
                            && a.entities[k].first_token <= t + cue.len() + 2
                    })
                {
                    // Only once a cue matched: the scan for another event noun costs a few lookups.
                    let kind = (!nearer_event_noun(t)).then_some(kind);
                    // "mediated by former Nigerian President X": the titled person, not whose title.
                    let k = titled_person_after(a, ents, k).unwrap_or(k);
                    set_role(event, k, kind, 0.8);
                    // "brokered by Saudi Arabia and the United States", "… by X, former Kenyan
                    // President Y and Z": the actors listed after it too.
                    let mut last = a.entities[k].end_token;
                    while let Some(next) = ents.iter().copied().find(|&j| {
                        let m = &a.entities[j];
                        m.kind.is_actor()
                            && m.first_token > last
                            && (last..m.first_token).all(|u| {
                                matches!(lower(a, u), "," | "and" | "the" | "former")
                                    || is_title_word(a, u)
                                    // "Ecuadorian President": a word saying whose title it is.
                                    || (is_title_word(a, u + 1) && lower(a, u).chars().all(char::is_alphabetic))
                            })
                            // The cheap tests first: the fronted phrase's subject ends the list.
                            && !subject_after_a_fronted_phrase(a, ents, last, j)
                    }) {
                        let next = titled_person_after(a, ents, next).unwrap_or(next);
                        set_role(event, next, kind, 0.8);
                        last = a.entities[next].end_token;
                    }
                }
            }
        }
        // "U.S. envoys chaired the session": the actor just before the verb, the event after it.
        let w = lower(a, t);
        let kind = if used_as_a_noun(a, t) || describes_the_event {
            None
        } else if MEDIATOR_VERBS.contains(&w) && lower(a, t + 1) != "by" {
            Some(EdgeKind::Mediator)
        } else if HOST_VERBS.contains(&w) && lower(a, t + 1) != "by" && lower(a, t + 1) != "in" {
            Some(EdgeKind::Host)
        } else {
            None
        };
        // "China, which borders Shan State, has brokered talks": the name before the aside.
        // A mediating verb may be the trigger itself ("X mediated between A and B").
        if let Some(kind) = kind
            && trigger >= t
            && let Some(k) = subject_before_an_aside(a, ents, first, t)
                .filter(|&k| a.entities[k].kind.is_actor())
                .or_else(|| {
                    // Not across "and": ", and hosted talks" opens a second predicate of an
                    // earlier subject, and the name before it is the first one's object.
                    ents.iter().rev().copied().find(|&k| {
                        a.entities[k].kind.is_actor()
                            && a.entities[k].end_token <= t
                            && t - a.entities[k].end_token <= 2
                            && !(a.entities[k].end_token..t).any(|u| matches!(lower(a, u), "and" | "or" | "but"))
                    })
                })
                .or_else(|| antecedent_of_a_relative(a, ents, first, t).filter(|&k| a.entities[k].kind.is_actor()))
                // "Mediators from X and Y resumed efforts to broker a truce": an infinitive's
                // doer is the sentence's subject, the last actor named before any verb.
                .or_else(|| {
                    (t > first && lower(a, t - 1) == "to")
                        .then(|| {
                            ents.iter().rev().copied().find(|&k| {
                                let m = &a.entities[k];
                                m.kind.is_actor()
                                    && m.end_token <= t
                                    && (first..m.first_token).all(|u| !verb_like(lower(a, u)))
                            })
                        })
                        .flatten()
                })
        {
            set_role(event, k, Some(kind), 0.75);
            // "Egyptian and Qatari mediators hosted talks": names coordinated before it share the role.
            const MAX_LISTED: usize = 16;
            let mut first_of_list = a.entities[k].first_token;
            for _ in 0..MAX_LISTED {
                let Some(&j) = ents.iter().rev().find(|&&j| {
                    let m = &a.entities[j];
                    // At most ", and" between: a constant check per name.
                    m.kind.is_actor()
                        && m.end_token < first_of_list
                        && first_of_list - m.end_token <= 2
                        && (m.end_token..first_of_list).all(|u| matches!(lower(a, u), "," | "and"))
                }) else {
                    break;
                };
                set_role(event, j, Some(kind), 0.75);
                first_of_list = a.entities[j].first_token;
            }
        }
    }
    // "Egyptian mediators said talks would resume", "talks led by Qatari mediators", "UN mediator
    // X": a name right before "mediator(s)", or a person's right after it, mediates the sentence's
    // talks, deals and truces — the events mediators make (CAMEO 03–08), never its violence.
    // "the talks that Norway hosted", "the deal, which Cuba brokered": the subject of an object
    // relative on the event noun hosts or mediates it.
    if nominal && let Some((k, kind)) = subject_of_an_object_relative(a, ents, trigger) {
        set_role(event, k, Some(kind), 0.8);
    }
    if MEDIATED_ROOTS.contains(&event.root) {
        for &k in ents {
            let m = &a.entities[k];
            let titled = m.kind == NodeKind::Person && lower(a, m.first_token.wrapping_sub(1)) == "mediator";
            if m.kind.is_actor() && (titled || matches!(lower(a, m.end_token), "mediator" | "mediators")) {
                set_role(event, k, Some(EdgeKind::Mediator), 0.7);
            }
        }
    }
    // "U.S.-brokered talks", "a Qatar-hosted round of talks": a name joined to "-brokered" or
    // "-hosted" in the event noun's own phrase brokers or hosts the event.
    for &k in ents {
        let m = &a.entities[k];
        let kind = match qualifier_of(a, m) {
            Some(Qualifier::Mediator) => EdgeKind::Mediator,
            Some(Qualifier::Host) => EdgeKind::Host,
            _ => continue,
        };
        if nominal && m.kind.is_actor() && in_the_phrase_of(a, m.end_token, trigger) {
            set_role(event, k, Some(kind), 0.8);
        }
    }
    // Where it happened: the place nearest the trigger among those after in/at/near (or "town
    // of"), with the places listed beside it ("in Iraq and Syria"). Other places of the sentence
    // belong to other clauses ("met in Paris to discuss Aleppo").
    let opener_end = opening_participle_phrase(a, first, end).filter(|&comma| trigger > comma);
    let distance = |m: &EntityMention| m.first_token.abs_diff(trigger);
    // Found once per event, not once per place.
    let saying_clause = saying_participle_after(a, trigger, end);
    let cued: Vec<usize> = ents
        .iter()
        .copied()
        .filter(|&k| {
            let m = &a.entities[k];
            let clause = clause_of(m.first_token);
            if (clause != own_clause && !describing(clause))
                || where_speakers_are(a, ents, m, end)
                || opener_end.is_some_and(|comma| m.first_token < comma)
                || (m.first_token > trigger && subordinate_clause_between(a, trigger, m.first_token))
                // "lived in exile in England since Thaksin was ousted in a coup": the place of the
                // main clause, not of the subordinate one that holds the trigger.
                || (m.end_token <= trigger && in_a_clause_opened_after(a, m.end_token, trigger, nominal))
                // "Speaking in London, she said: "X has besieged Y"": the speaker's place.
                || (m.end_token <= trigger && quotation_opens_between(a, m.end_token, trigger))
                // "studied law in Lima and later worked in Quito": the second predicate's place;
                // "launched strikes in May, and Peru held talks in Lima": the next clause's.
                || second_predicate_between(a, trigger, m.first_token)
                || (m.first_token > trigger && coordinated_clause_between(a, trigger, m.first_token))
                // "summoned envoys to protest the detention of staff in Tehran": the place of the
                // purpose, not of the summoning; an offensive to retake a town in X is still
                // fought there.
                || (m.first_token > trigger && event.root < ASSAULT && infinitive_between(a, trigger, m.first_token))
                // "condemned the missile attack on a restaurant in Kramatorsk": the place of the
                // event noun a verb of stance takes, not of the verb.
                || (!nominal && takes_a_stance(event.root) && m.first_token > trigger && nearer_event_noun(m.first_token))
                // "has attacked ships since the start of the war in Gaza": the place of the event
                // noun a phrase of time names, not of the verb (told by its word, not its lemma).
                || (!NOMINAL.contains_key(lower(a, trigger))
                    && m.first_token > trigger
                    && next_event_noun.is_some_and(|u| u < m.first_token && in_a_time_phrase(a, trigger, u)))
                // "a raid in Indian-controlled Kashmir": the name qualifying the place is not it.
                || qualifier_of(a, m).is_some()
                // "creates a commission based in Tashkent": where a body is based, not the event
                // ("an offensive on militias based in Lebanon" is fought where they are).
                || (event.root < ASSAULT && told_as_a_base(a, m))
                // "imposed sanctions, accusing the group of atrocities in Cusco": the place of
                // what the participle says.
                || saying_clause.is_some_and(|u| m.first_token > u)
            {
                return false;
            }
            if m.kind == NodeKind::Country {
                return (after_locative(a, first, m) || listed_after_a_place(a, ents, m))
                    && !names_where_a_place_is(a, ents, m)
                    && !aimed_at(a, m, trigger, event.root);
            }
            // "in the Darfur town of Ardamata", "in Darfur's Ardamata": the larger place only
            // says where the smaller one is.
            if m.kind != NodeKind::Place || names_where_a_place_is(a, ents, m) {
                return false;
            }
            let window = m.first_token.saturating_sub(6).max(first)..m.first_token;
            let cued = window.clone().any(|t| matches!(lower(a, t), "in" | "at" | "near" | "outside"))
                && !window.clone().any(|t| matches!(lower(a, t), "from" | "about" | "over"));
            let influence =
                m.first_token >= 2 && matches!(lower(a, m.first_token - 2), "influence" | "presence" | "control");
            (cued && !influence)
                || (event.root >= ASSAULT && verbal && place_acted_on(a, trigger, m))
                // "visited Lima", "toured the port of Odesa": a visit's object is where it was.
                || (verbal && VISITING_VERBS.contains(&event.trigger.as_str()) && place_acted_on(a, trigger, m))
                || (event.root >= ASSAULT && nominal && !verbal && struck_place(a, trigger, m))
        })
        .collect();
    let Some(&nearest) = cued.iter().min_by_key(|&&k| distance(&a.entities[k])) else { return };
    let mut chosen = vec![nearest];
    // Extend through coordination both ways: "Iraq and Syria", "Rabiyah, Zumar and Sinjar".
    let listed = |x: &EntityMention, y: &EntityMention| {
        let (l, r) = if x.end_token <= y.first_token { (x, y) } else { (y, x) };
        (l.end_token..r.first_token).all(|t| matches!(lower(a, t), "," | "and" | "or" | "the"))
    };
    let mut grew = true;
    while grew {
        grew = false;
        for &k in &cued {
            if !chosen.contains(&k) && chosen.iter().any(|&c| listed(&a.entities[c], &a.entities[k])) {
                chosen.push(k);
                grew = true;
            }
        }
    }
    for k in chosen {
        if !event.roles.iter().any(|r| r.entity == k && r.kind == EdgeKind::Location) {
            event.roles.push(RoleFinding {
                entity: k,
                kind: EdgeKind::Location,
                role: None,
                sentence: si,
                confidence: 0.7,
            });
        }
    }
}

/// "the talks that Norway hosted", "the deal, which Cuba has brokered": after the event noun at
/// `trigger` (and a comma), "that" or "which", an actor, at most two auxiliaries and a verb of
/// hosting or mediating — the actor and its role.
fn subject_of_an_object_relative(a: &Analysis, ents: &[usize], trigger: usize) -> Option<(usize, EdgeKind)> {
    let mut t = trigger + 1;
    if lower(a, t) == "," {
        t += 1;
    }
    if !matches!(lower(a, t), "that" | "which") {
        return None;
    }
    let k = ents.iter().copied().find(|&k| a.entities[k].first_token == t + 1 && a.entities[k].kind.is_actor())?;
    let mut verb = a.entities[k].end_token;
    while verb < a.entities[k].end_token + 2 && FINITE_AUXILIARIES.contains(&lower(a, verb)) {
        verb += 1;
    }
    let w = lower(a, verb);
    if MEDIATOR_VERBS.contains(&w) {
        Some((k, EdgeKind::Mediator))
    } else if HOST_VERBS.contains(&w) {
        Some((k, EdgeKind::Host))
    } else {
        None
    }
}

/// Names of a list read back at most (bounded work per mention).
const MAX_LISTED_BACK: usize = 8;

/// "The truce, brokered by Riyadh and Washington,": the name at `k` follows a mediator's or host's
/// cue phrase (within two words), alone or in the list of names right after it — it names who
/// brokered or hosted the event, not a party to it.
pub(super) fn named_by_a_cue(a: &Analysis, ents: &[usize], k: usize) -> bool {
    let mut start = a.entities[k].first_token;
    let cue_ends_near = |start: usize| {
        (start.saturating_sub(2)..=start).any(|end| {
            MEDIATOR_PHRASES
                .iter()
                .chain(HOST_PHRASES.iter())
                .any(|cue| end >= cue.len() && matches_at(a, end - cue.len(), cue))
        })
    };
    for _ in 0..MAX_LISTED_BACK {
        if cue_ends_near(start) {
            return true;
        }
        // The name before, joined by "and", a comma or "the".
        let mut t = start;
        while t > 0 && matches!(lower(a, t - 1), "," | "and" | "the") && start - t < 3 {
            t -= 1;
        }
        match ents.iter().copied().find(|&j| a.entities[j].end_token == t && t < start) {
            Some(previous) => start = a.entities[previous].first_token,
            None => return false,
        }
    }
    false
}

/// How many words may stand between a preposition of time and the event noun it opens ("since the
/// start of the war").
const TIME_PHRASE_REACH: usize = 5;

/// The event noun at `noun` stands in a phrase of time after the verb at `trigger` ("since the
/// start of the war", "after talks"): a preposition of time (`time_prepositions.txt`) a few
/// plain words before it.
fn in_a_time_phrase(a: &Analysis, trigger: usize, noun: usize) -> bool {
    (noun.saturating_sub(TIME_PHRASE_REACH).max(trigger + 1)..noun)
        .rev()
        .take_while(|&t| plain_word(a, t) || TIME_PREPOSITIONS.contains(&lower(a, t)))
        .any(|t| TIME_PREPOSITIONS.contains(&lower(a, t)))
}

/// "a missile strike on Odesa port", "the shelling of the port of Odesa", "an attack against the
/// town of Tarsk": the place right after a violent noun's "on", "of" or "against" (and a short
/// lower-case phrase: "the port of") is the place struck — where it happened. Right after "of"
/// only a place the gazetteer knows: "the assassination of X" names a victim, whatever the tagger
/// made of the name. After "blame" ("blamed the attack on X") "on" names whom it is blamed on.
/// The place may stand in apposition to a place noun ("air strikes on the capital, Sanaa").
fn struck_place(a: &Analysis, trigger: usize, m: &EntityMention) -> bool {
    const MAX_PHRASE: usize = 4;
    const BLAME_REACH: usize = 4;
    let blamed = (trigger.saturating_sub(BLAME_REACH)..trigger).any(|t| lower(a, t).starts_with("blam"));
    let appositive =
        m.first_token >= 2 && lower(a, m.first_token - 1) == "," && PLACE_NOUNS.contains(&lower(a, m.first_token - 2));
    let phrase = trigger + 2..m.first_token - usize::from(appositive);
    let preposition = lower(a, trigger + 1);
    !blamed
        && m.first_token > trigger + 1
        && matches!(preposition, "on" | "of" | "against")
        && phrase.len() <= MAX_PHRASE
        && phrase.clone().all(|t| plain_word(a, t))
        && (preposition != "of"
            || matches!(m.target, Target::Known(_))
            || phrase.clone().any(|t| !DETERMINERS.contains(&lower(a, t))))
}

/// "shelled Kharkiv", "bombed the port of Hodeidah", "struck the capital, Sanaa"; "Kharkiv was
/// shelled": a place that a verb of violence acts on — its direct object (after at most a short
/// lower-case phrase ending in "of", or determiners) or, no preposition before it, its subject in
/// the passive — is where the violence happened. (A verb of talk does not make its object a place: "warned Kyiv" is Kyiv's
/// government, so this reads violence only.)
pub(super) fn place_acted_on(a: &Analysis, trigger: usize, m: &EntityMention) -> bool {
    const MAX_PHRASE: usize = 4;
    const MAX_AUXILIARIES: usize = 3;
    if m.end_token <= trigger {
        // The passive's subject itself, not a place in a phrase of it ("the city west of X was
        // shelled", "the governor of X was killed").
        let before = lower(a, m.first_token.wrapping_sub(1));
        let gap = m.end_token..trigger;
        return !(is_preposition(before) || before == "of")
            && gap.len() <= MAX_AUXILIARIES
            && gap.clone().any(|t| passive_auxiliary(lower(a, t)))
            && gap.clone().all(|t| passive_auxiliary(lower(a, t)) || matches!(lower(a, t), "has" | "have" | "had"))
            && !lower(a, trigger).ends_with("ing");
    }
    let appositive =
        m.first_token >= 2 && lower(a, m.first_token - 1) == "," && PLACE_NOUNS.contains(&lower(a, m.first_token - 2));
    let phrase = trigger + 1..m.first_token - usize::from(appositive);
    phrase.len() <= MAX_PHRASE
        && phrase.clone().all(|t| plain_word(a, t))
        && (phrase.is_empty()
            || appositive
            || lower(a, phrase.end - 1) == "of"
            || phrase.clone().all(|t| DETERMINERS.contains(&lower(a, t))))
}

/// "Oman, which has long hosted talks", "Qatar, who had quietly mediated": the name a relative
/// pronoun opening the verb's clause refers to (before the pronoun, at most a comma between),
/// with auxiliaries and adverbs between the pronoun and the verb at `verb`; the clause's subject.
fn antecedent_of_a_relative(a: &Analysis, ents: &[usize], first: usize, verb: usize) -> Option<usize> {
    const MAX_BETWEEN: usize = 3;
    let mut k = verb;
    while k > first && verb - k < MAX_BETWEEN && {
        let w = lower(a, k - 1);
        FINITE_AUXILIARIES.contains(&w) || w == "been" || w.ends_with("ly") || matches!(w, "also" | "long" | "already")
    } {
        k -= 1;
    }
    let pronoun = k.checked_sub(1).filter(|&p| p > first && matches!(lower(a, p), "which" | "who" | "that"))?;
    let end = if lower(a, pronoun - 1) == "," { pronoun - 1 } else { pronoun };
    ents.iter().copied().find(|&e| a.entities[e].end_token == end)
}

/// "Born in Gävle, she studied in Uppsala": a sentence that opens with a participle ("Born",
/// "Based", "Raised") and a short phrase up to a comma tells of its subject, not of what the
/// main clause says happened: the comma ending it, if the sentence opens so.
fn opening_participle_phrase(a: &Analysis, first: usize, end: usize) -> Option<usize> {
    const MAX_PHRASE: usize = 8;
    let opener = lower(a, first);
    let participle = opener == "born" || (opener.len() > 4 && opener.ends_with("ed"));
    // A name that opens the sentence ("United Nations …") starts at its first token.
    if !participle || a.starts_a_name(first) {
        return None;
    }
    (first + 1..(first + MAX_PHRASE).min(end)).find(|&t| lower(a, t) == ",")
}

/// "in the Saudi city of Jeddah", "in Sudan's El Fasher", "in the Darfur town of Ardamata": a
/// country's adjective or a place's name before a place noun and "of" + a place, or a possessive
/// before a place, only says which country or region the place is in; the place is where it
/// happened.
fn names_where_a_place_is(a: &Analysis, ents: &[usize], m: &EntityMention) -> bool {
    let noun = m.end_token;
    let place_at =
        |t: usize| ents.iter().any(|&k| a.entities[k].kind == NodeKind::Place && a.entities[k].first_token == t);
    // "in Sudan's El Fasher", "in Syria's besieged Aleppo": the possessive says whose place it is.
    let possessive = matches!(lower(a, noun), "'s" | "'")
        && (place_at(noun + 1) || (lower(a, noun + 1).chars().all(char::is_lowercase) && place_at(noun + 2)));
    // "the Khakrez district of Kandahar": a noun a name can head is named by the word before it,
    // and its "of" says where it lies; "the Darfur town of Ardamata" names the town after "of".
    let noun_named_after_of = m.kind == NodeKind::Country || !PLACE_NAME_HEADS.contains(&lower(a, noun));
    possessive || (noun_named_after_of && before_a_place_noun(a, ents, m))
}

/// "officials in Kyiv and Moscow said": a place (or a list of places) right before a reporting
/// verb tells where the speakers are, not where the event happened.
fn where_speakers_are(a: &Analysis, ents: &[usize], m: &EntityMention, end: usize) -> bool {
    let mut t = m.end_token;
    while t < end {
        let in_place = ents.iter().any(|&k| {
            let e = &a.entities[k];
            matches!(e.kind, NodeKind::Place | NodeKind::Country) && e.first_token <= t && t < e.end_token
        });
        if !(in_place || matches!(lower(a, t), "," | "and")) {
            break;
        }
        t += 1;
    }
    t < end && REPORTING_VERBS.contains(&lower(a, t))
}

/// "a host of nations", "the broker of the deal": a cue word after an article or before "of" is
/// a noun, not the verb of hosting or mediating.
pub(super) fn used_as_a_noun(a: &Analysis, t: usize) -> bool {
    (t > 0 && matches!(lower(a, t - 1), "a" | "an" | "the")) || lower(a, t + 1) == "of"
}

/// How many words a noun phrase may hold between a qualifier and its noun ("U.S.-brokered
/// peace talks", "a Qatar-hosted round of talks").
const QUALIFIED_PHRASE: usize = 4;

/// Is token `noun` in the noun phrase that opens at token `from`: only lower-case words before
/// it, none of them a determiner or a preposition other than "of" ("round of talks"), and no
/// more than [`QUALIFIED_PHRASE`] of them?
fn in_the_phrase_of(a: &Analysis, from: usize, noun: usize) -> bool {
    noun >= from
        && noun - from <= QUALIFIED_PHRASE
        && (from..noun).all(|t| lower(a, t) == "of" || inside_a_noun_phrase(lower(a, t)))
}

/// "Under the auspices of Norway, Chile and Peru signed …": after the phrase that ends at token
/// `last`, a comma and names (`j` the first) that end right before a verb are the clause's
/// subject, not more of the phrase's names.
fn subject_after_a_fronted_phrase(a: &Analysis, ents: &[usize], last: usize, j: usize) -> bool {
    const MAX_LISTED: usize = 16;
    if lower(a, last) != "," {
        return false;
    }
    let mut end = a.entities[j].end_token;
    for _ in 0..MAX_LISTED {
        let mut t = end;
        while matches!(lower(a, t), "," | "and") {
            t += 1;
        }
        match ents.iter().copied().find(|&q| a.entities[q].first_token == t && t > end) {
            Some(q) => end = a.entities[q].end_token,
            None => break,
        }
    }
    let verb = lower(a, end);
    plain_word(a, end) && verb_like(verb)
}

/// "has lived in Lima since Chile expelled her": a subordinator of another time or cause ("since",
/// "after", "because" …; not "when" or "while" — "was killed in Ramadi when a bomb ripped through
/// his vehicle" is one scene —, nor "as", which also opens phrases) after token `from` opens the
/// clause that holds the trigger: a verb by the trigger, and no comma between them, so the trigger
/// is not back in the main clause ("In Lima, after talks collapsed, Peru expelled …").
fn in_a_clause_opened_after(a: &Analysis, from: usize, trigger: usize, nominal: bool) -> bool {
    let Some(opener) = (from..trigger).rev().find(|&t| {
        let w = lower(a, t);
        !matches!(w, "as" | "when" | "while") && SUBORDINATORS.contains(&w)
    }) else {
        return false;
    };
    // "since the start of fighting", "after a series of attacks": a preposition before a noun
    // opens no clause (an event noun is no verb, "attacks" though it is spelt like one).
    let last = if nominal { trigger } else { trigger + 1 };
    let verb = (opener + 1..last).any(|t| {
        let w = lower(a, t);
        plain_word(a, t) && !w.ends_with("ing") && verb_like(w)
    });
    verb && !(opener..trigger).any(|t| lower(a, t) == ",")
}

/// "…, accusing X of atrocities in Cusco", "…, saying talks in Lima had failed": the first
/// participle after `trigger` (and before `end`) that opens, after a comma, a clause of saying or of
/// a stance (a reporting verb, or a CAMEO verb of demanding, disapproving, rejecting, threatening)
/// whose places are its own, not the trigger's. Another participle ("…, killing five in Arica",
/// "…, involving rebels in Darfur") tells of the same act and keeps its place.
fn saying_participle_after(a: &Analysis, trigger: usize, end: usize) -> Option<usize> {
    (trigger + 2..end).find(|&u| {
        let w = lower(a, u);
        participle_clause_at(a, u)
            && (reporting_participle(w) || CAMEO_VERBS.get(w).is_some_and(|&(_, root)| takes_a_stance(root)))
    })
}

/// "a joint commission based in Tashkent", "a group headquartered in the Hague": a place right
/// after a participle of where a body sits (the cues of `headquarters_cues.txt` that open with
/// one; "the" may stand between) says where that body is, not where an event of the sentence
/// happens — "a conference at UN headquarters in New York" is still there.
fn told_as_a_base(a: &crate::nlp::analysis::Analysis, m: &EntityMention) -> bool {
    let mut t = m.first_token;
    if t > 0 && lower(a, t - 1) == "the" {
        t -= 1;
    }
    HEADQUARTERS_CUES.iter().any(|cue| cue[0].ends_with("ed") && t >= cue.len() && matches_at(a, t - cue.len(), cue))
}
