//! Events and relations between entities, by rules over one article's sentences.
//!
//! Triggers are nominal ("talks", "ceasefire", "airstrike") or verbal (PETRARCH2 CAMEO verbs,
//! compiled into `data/lexicon/cameo_verbs.tsv`). Each event gets its CAMEO root, a modality
//! from cues in the clause ("should not be viewed as" → negated), roles from the clause
//! (subject/object order, "facilitated by", "chaired", "hosted in", "in/at"), and later
//! definite references ("the meeting", "the session") join it. Relations are verb-labelled
//! edges between actors ("concerned about", "condemns"), influence/presence ("X's influence
//! in Y") and affiliations from titles ("Iraqi Prime Minister X").

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Analysis;
use super::entities::EntityMention;
use crate::graph::{EdgeKind, Modality, NodeKind, Role};

/// CAMEO root labels, by two-digit code.
pub const CAMEO_ROOTS: [&str; 20] = [
    "01 Make public statement",
    "02 Appeal",
    "03 Express intent to cooperate",
    "04 Consult",
    "05 Engage in diplomatic cooperation",
    "06 Engage in material cooperation",
    "07 Provide aid",
    "08 Yield",
    "09 Investigate",
    "10 Demand",
    "11 Disapprove",
    "12 Reject",
    "13 Threaten",
    "14 Protest",
    "15 Exhibit force posture",
    "16 Reduce relations",
    "17 Coerce",
    "18 Assault",
    "19 Fight",
    "20 Use unconventional mass violence",
];

pub fn root_label(root: u8) -> &'static str {
    CAMEO_ROOTS.get((root as usize).wrapping_sub(1)).copied().unwrap_or("04 Consult")
}

/// Nouns that name events, with their CAMEO root (general news English).
const NOMINAL_TRIGGERS: &[(&str, u8)] = &[
    ("talks", 4),
    ("meeting", 4),
    ("meetings", 4),
    ("session", 4),
    ("negotiations", 4),
    ("negotiation", 4),
    ("summit", 4),
    ("visit", 4),
    ("consultations", 4),
    ("conference", 4),
    ("dialogue", 4),
    ("agreement", 5),
    ("accord", 5),
    ("treaty", 5),
    ("normalization", 5),
    ("normalisation", 5),
    ("deal", 5),
    ("aid", 7),
    ("assistance", 7),
    ("ceasefire", 8),
    ("cease-fire", 8),
    ("truce", 8),
    ("armistice", 8),
    ("withdrawal", 8),
    ("investigation", 9),
    ("inquiry", 9),
    ("probe", 9),
    ("demands", 10),
    ("ultimatum", 13),
    ("threats", 13),
    ("condemnation", 11),
    ("criticism", 11),
    ("protest", 14),
    ("protests", 14),
    ("demonstration", 14),
    ("demonstrations", 14),
    ("rally", 14),
    ("deployment", 15),
    ("mobilization", 15),
    ("exercises", 15),
    ("drills", 15),
    ("sanctions", 16),
    ("embargo", 16),
    ("boycott", 16),
    ("arrest", 17),
    ("arrests", 17),
    ("detention", 17),
    ("blockade", 17),
    ("crackdown", 17),
    ("attack", 18),
    ("attacks", 18),
    ("bombing", 18),
    ("bombings", 18),
    ("raid", 18),
    ("raids", 18),
    ("ambush", 18),
    ("assassination", 18),
    ("kidnapping", 18),
    ("abduction", 18),
    ("airstrike", 19),
    ("airstrikes", 19),
    ("strike", 19),
    ("strikes", 19),
    ("shelling", 19),
    ("bombardment", 19),
    ("clashes", 19),
    ("fighting", 19),
    ("offensive", 19),
    ("battle", 19),
    ("war", 19),
    ("massacre", 20),
    ("genocide", 20),
];

/// Verbs PETRARCH codes that are too common to mean an event on their own.
const VERB_STOPLIST: &[&str] = &[
    "be",
    "have",
    "do",
    "make",
    "take",
    "get",
    "go",
    "come",
    "see",
    "say",
    "tell",
    "give",
    "put",
    "set",
    "keep",
    "let",
    "seem",
    "become",
    "show",
    "bring",
    "hold",
    "face",
    "ease",
    "help",
    "leave",
    "use",
    "work",
    "call",
    "include",
    "remain",
    "mark",
    "describe",
    "characterize",
    "characterise",
    "underscore",
    "suggest",
    "signal",
    "improve",
    "reinforce",
    "prevent",
    "explore",
    "evolve",
    "grow",
    "fade",
    "imagine",
    "sit",
    "speak",
    "relie",
    "rely",
    "discuss",
    "engage",
    "view",
    "stress",
    "reiterate",
    "oppose",
    "derail",
    "warn",
    "force",
    "target",
    "lead",
    "need",
    "want",
    "continue",
    "provide",
];

/// Relation cues: (lowercase token sequence, label). The subject is the nearest actor before,
/// the object the nearest after.
const RELATION_CUES: &[(&[&str], &str)] = &[
    (&["concerns", "about"], "concerned about"),
    (&["concern", "about"], "concerned about"),
    (&["concerned", "about"], "concerned about"),
    (&["concerns", "over"], "concerned about"),
    (&["concerned", "over"], "concerned about"),
    (&["condemned"], "condemns"),
    (&["condemns"], "condemns"),
    (&["condemn"], "condemns"),
    (&["supports"], "supports"),
    (&["supported"], "supports"),
    (&["backs"], "supports"),
    (&["backed"], "supports"),
    (&["accused"], "accuses"),
    (&["accuses"], "accuses"),
    (&["criticized"], "criticizes"),
    (&["criticised"], "criticizes"),
    (&["criticizes"], "criticizes"),
    (&["welcomed"], "welcomes"),
    (&["welcomes"], "welcomes"),
    (&["warned"], "warns"),
    (&["warns"], "warns"),
    (&["opposes"], "opposes"),
    (&["opposed"], "opposes"),
    (&["rejected"], "rejects"),
    (&["rejects"], "rejects"),
    (&["threatened"], "threatens"),
    (&["threatens"], "threatens"),
    (&["urged"], "urges"),
    (&["urges"], "urges"),
    (&["praised"], "praises"),
    (&["allied", "with"], "allied with"),
    (&["fighting", "against"], "fighting against"),
    (&["fight", "against"], "fighting against"),
    (&["campaign", "against"], "fighting against"),
    (&["war", "against"], "fighting against"),
    (&["support", "for"], "supports"),
    (&["coordinated", "with"], "cooperates with"),
    (&["cooperation", "with"], "cooperates with"),
    (&["partnership", "with"], "cooperates with"),
    (&["shoulder", "to", "shoulder", "with"], "supports"),
    (&["stands", "by"], "supports"),
    (&["support", "of"], "supports"),
    (&["defenses", "against"], "fighting against"),
    (&["defences", "against"], "fighting against"),
    (&["as", "part", "of"], "part of"),
    (&["appalled", "by"], "condemns"),
    (&["horrified", "by"], "condemns"),
    (&["shocked", "by"], "condemns"),
    (&["outraged", "by"], "condemns"),
    (&["deplores"], "condemns"),
    (&["deplored"], "condemns"),
    (&["to", "assist"], "supports"),
];
/// A relation cue's subject is at most this many tokens before it, its object this many after.
const CUE_SUBJECT_DISTANCE: usize = 20;
const CUE_OBJECT_DISTANCE: usize = 8;

const MEDIATOR_AFTER: &[&[&str]] = &[
    &["facilitated", "by"],
    &["brokered", "by"],
    &["mediated", "by"],
    &["sponsored", "by"],
    &["chaired", "by"],
    &["under", "the", "auspices", "of"],
];
const HOST_AFTER: &[&[&str]] = &[&["hosted", "by"]];
const MEDIATOR_VERBS: &[&str] =
    &["chaired", "chairs", "chair", "mediated", "mediates", "brokered", "brokers", "facilitated", "facilitates"];
const HOST_VERBS: &[&str] = &["hosted", "hosts", "host"];
const NEGATION: &[&str] =
    &["not", "never", "no", "n't", "neither", "nor", "denied", "denies", "deny", "without", "rather", "instead"];
const HYPOTHETICAL: &[&str] = &[
    "could",
    "would",
    "might",
    "may",
    "should",
    "if",
    "plan",
    "plans",
    "planned",
    "hope",
    "hopes",
    "possible",
    "potential",
    "future",
    "proposed",
    "will",
    "whether",
];
const DETERMINERS: &[&str] = &["the", "this", "that", "these", "those", "its", "their"];

/// Verb form → (lemma, CAMEO root), from `data/lexicon/cameo_verbs.tsv`.
static VERBS: LazyLock<HashMap<&'static str, (&'static str, u8)>> = LazyLock::new(|| {
    include_str!("../../data/lexicon/cameo_verbs.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut c = l.split('\t');
            let (form, lemma, root) = (c.next()?, c.next()?, c.next()?.parse().ok()?);
            (!VERB_STOPLIST.contains(&lemma)).then_some((form, (lemma, root)))
        })
        .collect()
});

/// One event found in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFinding {
    pub root: u8,
    /// The trigger's lemma ("talks", "attack").
    pub trigger: String,
    /// Trigger spans (byte offsets) with their sentence: the first mention and later references.
    pub mentions: Vec<(usize, usize, usize)>,
    pub modality: Modality,
    /// (entity mention index, edge kind, role, sentence, confidence).
    pub roles: Vec<(usize, EdgeKind, Option<Role>, usize, f32)>,
    /// When: an index into `Analysis::times`.
    pub time: Option<usize>,
}

/// A typed edge between two entity mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationFinding {
    pub source: usize,
    pub target: usize,
    pub kind: EdgeKind,
    pub label: String,
    pub sentence: usize,
    pub confidence: f32,
}

/// Token `i` lower-cased ("" past the end).
fn lower(a: &Analysis, i: usize) -> &str {
    a.lowered.get(i).map_or("", String::as_str)
}

fn matches_at(a: &Analysis, i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| lower(a, i + k) == *w)
}

/// Start of the clause around token `i` (a comma, semicolon, colon or dash before it).
fn clause_start(text: &str, a: &Analysis, first: usize, i: usize) -> usize {
    (first..i).rev().find(|&k| matches!(a.tokens[k].text(text), "," | ";" | ":" | "—" | "–")).map_or(first, |k| k + 1)
}

fn modality(text: &str, a: &Analysis, first: usize, trigger: usize) -> Modality {
    let start = clause_start(text, a, first, trigger);
    let words: Vec<&str> = (start..trigger).map(|k| lower(a, k)).collect();
    if words.iter().any(|w| NEGATION.contains(w) || w.ends_with("n't")) {
        Modality::Negated
    } else if words.iter().any(|w| HYPOTHETICAL.contains(w)) {
        Modality::Hypothetical
    } else {
        Modality::Asserted
    }
}

/// Finds events and relations in an analysed article.
pub fn find_events(text: &str, a: &Analysis) -> (Vec<EventFinding>, Vec<RelationFinding>) {
    let nominal: HashMap<&str, u8> = NOMINAL_TRIGGERS.iter().copied().collect();
    let mut events: Vec<EventFinding> = Vec::new();
    let mut relations = Vec::new();
    // Entity mentions by sentence, in order.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); a.sentences.len()];
    for (k, m) in a.entities.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(m.sentence) {
            v.push(k);
        }
    }
    // The last sentence that mentions each event.
    let mut last_mentioned: Vec<usize> = Vec::new();
    for (si, s) in a.sentences.iter().enumerate() {
        let ents = &by_sentence[si];
        let actor = |k: &usize| a.entities[*k].kind.is_actor();
        let entity_at = |tok: usize| {
            ents.iter().copied().find(|&k| a.entities[k].first_token <= tok && tok < a.entities[k].end_token)
        };
        let detect = |i: usize| -> Option<(u8, String, bool)> {
            let w = lower(a, i);
            if let Some(&r) = nominal.get(w) {
                Some((r, w.to_string(), false))
            } else if w == "air" && lower(a, i + 1).starts_with("strike") {
                Some((19, "airstrike".to_string(), false))
            } else {
                VERBS
                    .get(w)
                    .filter(|(_, r)| *r >= 3)
                    .filter(|_| !MEDIATOR_VERBS.contains(&w) && !HOST_VERBS.contains(&w))
                    .filter(|(lemma, _)| looks_like_verb(w, lemma, lower(a, i.saturating_sub(1))))
                    .map(|&(lemma, r)| (r, lemma.to_string(), true))
            }
        };
        // Every trigger of the sentence: an actor takes part in the events whose triggers are
        // about as near as the nearest one ("X met Y; Z attacked W" keeps the two apart).
        let triggers: Vec<usize> =
            (s.first_token..s.end_token).filter(|&t| entity_at(t).is_none() && detect(t).is_some()).collect();
        let distance = |k: usize, t: usize| {
            let m = &a.entities[k];
            if t >= m.end_token { t - m.end_token + 1 } else { m.first_token.saturating_sub(t) }
        };
        let nearest_trigger = |k: usize, t: usize| {
            let d = distance(k, t);
            d <= MAX_ROLE_DISTANCE && triggers.iter().all(|&u| distance(k, u) + NEAREST_TRIGGER_SLACK >= d)
        };
        // Names that only qualify another name ("Iraqi Prime Minister X", "X, the Hezbollah
        // leader") take part through that person, not on their own.
        let affiliations_from = relations.len();
        affiliations(text, a, s, ents, si, &entity_at, &mut relations);
        let modifiers: Vec<usize> = relations[affiliations_from..].iter().map(|r| r.target).collect();
        let takes_part = |k: usize, trigger: usize| {
            actor(&k)
                && nearest_trigger(k, trigger)
                && !modifiers.contains(&k)
                && !after_locative(a, s.first_token, &a.entities[k])
                && !names_a_territory(a, &a.entities[k])
                && !qualifies_a_place(a, ents, &a.entities[k])
                && !separated(a, &a.entities[k], trigger)
        };
        let mut i = s.first_token;
        while i < s.end_token {
            if entity_at(i).is_some() {
                i += 1;
                continue;
            }
            let Some((root, lemma, verbal)) = detect(i) else {
                i += 1;
                continue;
            };
            let w = lower(a, i);
            if lemma == "airstrike" && w == "air" {
                i += 1;
            }
            let trigger_start =
                if lemma == "airstrike" && w == "air" { a.tokens[i - 1].start } else { a.tokens[i].start };
            let span = (trigger_start, a.tokens[i].end, si);
            let prev = lower(a, i.saturating_sub(1));
            let prev2 = lower(a, i.saturating_sub(2));
            let definite = i > s.first_token
                && (DETERMINERS.contains(&prev) || DETERMINERS.contains(&prev2) && !nominal.contains_key(prev));
            let mode = modality(text, a, s.first_token, i);
            let mut own: Vec<usize> = ents.iter().copied().filter(|&k| takes_part(k, i)).collect();
            // "the agreement on 2 December between X, led by …, and Y": both sides of "between",
            // however long the phrases around them.
            if !verbal {
                own.extend(between_parties(a, ents, i, s.end_token));
                own.sort_unstable();
                own.dedup();
            }
            // A definite reference joins a recent event of the same kind ("the meeting"): the
            // latest that shares one of the parties it names, else the latest if it names at
            // most one party; two or more parties of its own make another event ("the agreement
            // between X and Y" after an agreement of others).
            let coref = (!verbal && definite && mode == Modality::Asserted)
                .then(|| {
                    let distinct = own
                        .iter()
                        .enumerate()
                        .filter(|&(n, &k)| own[..n].iter().all(|&o| !same_target(&a.entities[o], &a.entities[k])))
                        .count();
                    let mut recent: Vec<usize> = (0..events.len())
                        .filter(|&e| {
                            let ev = &events[e];
                            consult_family(ev.root) == consult_family(root)
                                && ev.modality == Modality::Asserted
                                && si - last_mentioned[e] <= 8
                                // A noun refers back to a noun, or to a meeting told by a verb.
                                && (root == 4 || nominal.contains_key(ev.trigger.as_str()))
                        })
                        .collect();
                    recent.sort_by_key(|&e| std::cmp::Reverse(last_mentioned[e]));
                    let shares = |e: usize| {
                        own.iter()
                            .any(|&k| events[e].roles.iter().any(|r| same_target(&a.entities[r.0], &a.entities[k])))
                    };
                    recent
                        .iter()
                        .copied()
                        .find(|&e| shares(e))
                        .or_else(|| (distinct < 2).then(|| recent.first().copied()).flatten())
                })
                .flatten();
            let index = match coref {
                Some(e) => {
                    events[e].mentions.push(span);
                    // The reference may name parties the first mention did not.
                    for &k in &own {
                        if !events[e].roles.iter().any(|r| same_target(&a.entities[r.0], &a.entities[k])) {
                            events[e].roles.push((k, EdgeKind::Participant, Some(Role::Participant), si, 0.65));
                        }
                    }
                    e
                }
                None => {
                    let actors = own;
                    if actors.is_empty() {
                        i += 1;
                        continue;
                    }
                    // Verbs need an actor on each side (or a place): "X attacked Y".
                    if verbal {
                        let before = actors.iter().any(|&k| a.entities[k].end_token <= i);
                        let after = ents.iter().any(|&k| a.entities[k].first_token > i);
                        if !(before && after) {
                            i += 1;
                            continue;
                        }
                    }
                    // "was assassinated in 1995 by X": a form of "be" before a participle.
                    let passive = verbal
                        && matches!(prev, "was" | "were" | "been" | "being" | "is" | "are")
                        && !w.ends_with("ing");
                    let mut roles: Vec<(usize, EdgeKind, Option<Role>, usize, f32)> = Vec::new();
                    for &k in &actors {
                        let m = &a.entities[k];
                        // One role per party: "Rabin … assassinated … his deals" names him twice.
                        if roles.iter().any(|r| same_target(&a.entities[r.0], m)) {
                            continue;
                        }
                        let before = m.end_token <= i;
                        let role = if verbal {
                            Some(if before != passive { Role::Source } else { Role::Target })
                        } else {
                            Some(Role::Participant)
                        };
                        roles.push((k, EdgeKind::Participant, role, si, if verbal { 0.6 } else { 0.7 }));
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
            last_mentioned.resize(events.len(), si);
            last_mentioned[index] = si;
            assign_cue_roles(a, s.first_token, s.end_token, ents, i, &mut events[index], si);
            i += 1;
        }
        // Relations between actors.
        for t in s.first_token..s.end_token {
            for (cue, label) in RELATION_CUES {
                if !matches_at(a, t, cue) || entity_at(t).is_some() {
                    continue;
                }
                let subject = ents.iter().rev().copied().find(|k| {
                    actor(k) && a.entities[*k].end_token <= t && t - a.entities[*k].end_token <= CUE_SUBJECT_DISTANCE
                });
                let object = ents.iter().copied().find(|&k| {
                    a.entities[k].first_token >= t + cue.len()
                        && a.entities[k].first_token - (t + cue.len()) <= CUE_OBJECT_DISTANCE
                        && (a.entities[k].kind.is_actor() || a.entities[k].kind == NodeKind::Place)
                });
                if let (Some(sb), Some(ob)) = (subject, object)
                    && !same_target(&a.entities[sb], &a.entities[ob])
                {
                    relations.push(RelationFinding {
                        source: sb,
                        target: ob,
                        kind: EdgeKind::Relation,
                        label: label.to_string(),
                        sentence: si,
                        confidence: 0.65,
                    });
                }
            }
        }
        // "Hezbollah's influence in southern Lebanon".
        for &k in ents {
            let m = &a.entities[k];
            if !m.kind.is_actor() || !matches!(lower(a, m.end_token), "'s" | "’s") {
                continue;
            }
            let noun = lower(a, m.end_token + 1);
            let prep = lower(a, m.end_token + 2);
            if matches!(noun, "influence" | "presence" | "control" | "operations" | "forces" | "positions")
                && matches!(prep, "in" | "over" | "across" | "inside")
                && let Some(target) =
                    entity_at(m.end_token + 3).filter(|&t| a.entities[t].first_token == m.end_token + 3)
            {
                {
                    relations.push(RelationFinding {
                        source: k,
                        target,
                        kind: EdgeKind::Relation,
                        label: format!("{noun} {prep}"),
                        sentence: si,
                        confidence: 0.75,
                    });
                }
            }
        }
        // Presence: "ISIL fighters in Raqqah", "Coalition forces near Mosul" → actor "in"/"near" place.
        for &k in ents {
            let m = &a.entities[k];
            if !m.kind.is_actor() {
                continue;
            }
            for t in m.end_token..(m.end_token + 4).min(s.end_token) {
                let w = lower(a, t);
                // Only lower-case words may sit between ("fighters", "forces"): "the UK-France
                // Summit at Amiens" places the summit, not France.
                if matches!(w, "," | ";" | "." | "and" | "said" | "says" | "'s")
                    || (t > m.end_token && entity_at(t).is_some())
                    || super::tokenize::is_capitalized(a.tokens[t].text(text))
                {
                    break;
                }
                if !matches!(w, "in" | "near" | "at" | "inside" | "outside") {
                    continue;
                }
                let place = (t + 1..(t + 4).min(s.end_token))
                    .take_while(|&u| matches!(lower(a, u), "the") || entity_at(u).is_some())
                    .find_map(|u| {
                        entity_at(u).filter(|&p| {
                            a.entities[p].first_token == u
                                && matches!(a.entities[p].kind, NodeKind::Place | NodeKind::Country)
                                && !same_target(&a.entities[p], m)
                        })
                    });
                // "Daesh in Iraq and Syria": the places listed with the first one too.
                let mut listed = Vec::new();
                if let Some(mut p) = place {
                    listed.push(p);
                    loop {
                        let mut t = a.entities[p].end_token;
                        while t < s.end_token && matches!(lower(a, t), "," | "and" | "the") {
                            t += 1;
                        }
                        match entity_at(t).filter(|&q| {
                            t > a.entities[p].end_token
                                && a.entities[q].first_token == t
                                && matches!(a.entities[q].kind, NodeKind::Place | NodeKind::Country)
                        }) {
                            Some(q) => {
                                listed.push(q);
                                p = q;
                            }
                            None => break,
                        }
                    }
                }
                for p in listed.into_iter().filter(|&p| !same_target(&a.entities[p], m)) {
                    relations.push(RelationFinding {
                        source: k,
                        target: p,
                        kind: EdgeKind::Relation,
                        label: w.to_string(),
                        sentence: si,
                        confidence: 0.6,
                    });
                }
                break;
            }
        }
        memberships(a, s, ents, si, &entity_at, &mut relations);
        containment(a, ents, si, &entity_at, &mut relations);
    }
    attach_times(a, &mut events);
    (events, relations)
}

/// The two sides of "between" within a few words after a nominal trigger: the first actor after
/// it and the actor after the next "and" ("talks between Israel, represented by …, and Lebanon").
fn between_parties(a: &Analysis, ents: &[usize], trigger: usize, end: usize) -> Vec<usize> {
    const LOOKAHEAD: usize = 6;
    const SPAN: usize = 30;
    let Some(between) = (trigger + 1..(trigger + LOOKAHEAD).min(end)).find(|&t| lower(a, t) == "between") else {
        return Vec::new();
    };
    // The first actor within a short noun phrase from `t` ("the Federal Government of Iraq").
    let actor_at = |t: usize| {
        (t..(t + 5).min(end)).take_while(|&u| !matches!(lower(a, u), "," | "and" | ";")).find_map(|u| {
            ents.iter().copied().find(|&k| a.entities[k].first_token == u && a.entities[k].kind.is_actor())
        })
    };
    let Some(first) = actor_at(between + 1) else { return Vec::new() };
    let second = (a.entities[first].end_token..(between + SPAN).min(end))
        .filter(|&t| lower(a, t) == "and")
        .find_map(|t| actor_at(t + 1));
    std::iter::once(first).chain(second).collect()
}

/// Words that put a name outside the clause of a trigger: a speaker ("X said the talks…",
/// "…attacked Y, X said", "according to X"), a commentator ("X condemned the attack on Y") or a
/// list introduced after it ("strikes … include A, B").
const CLAUSE_BARRIERS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "noted",
    "according",
    "include",
    "includes",
    "included",
    "including",
    ";",
    // A comment on an event is not a part in it: "X welcomed the ceasefire between Y and Z".
    "welcome",
    "welcomes",
    "welcomed",
    "condemn",
    "condemns",
    "condemned",
    "deplore",
    "deplores",
    "deplored",
    "applaud",
    "applauds",
    "applauded",
    "praise",
    "praises",
    "praised",
    "appalled",
    "saddened",
    "reiterates",
    "reiterated",
    "reported",
    "reports",
    "announced",
    "announces",
    "urged",
    "urges",
];

/// Is a speaker, a list member or another clause between the name and the trigger?
fn separated(a: &Analysis, m: &EntityMention, trigger: usize) -> bool {
    let between = if trigger >= m.end_token { m.end_token..trigger } else { trigger + 1..m.first_token };
    // A name right after "according to" is a source of the report wherever the trigger is.
    let according = m.first_token >= 2 && lower(a, m.first_token - 2) == "according";
    // "…, X said": a speaker after the trigger.
    let speaker_after =
        trigger < m.first_token && matches!(lower(a, m.end_token), "said" | "says" | "told" | "added" | "stated");
    according || speaker_after || between.into_iter().any(|t| CLAUSE_BARRIERS.contains(&lower(a, t)))
}

/// "the Syrian border", "Iraqi territory", "Lebanese airspace": a state named as a stretch of
/// land or sea says where, not who.
fn names_a_territory(a: &Analysis, m: &EntityMention) -> bool {
    m.kind == NodeKind::Country
        && matches!(
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
        )
}

/// "near Tabqa Dam, Syria": a state right after a place and a comma says where the place is.
fn qualifies_a_place(a: &Analysis, ents: &[usize], m: &EntityMention) -> bool {
    m.kind == NodeKind::Country
        && m.first_token >= 2
        && lower(a, m.first_token - 1) == ","
        && ents.iter().any(|&k| a.entities[k].kind == NodeKind::Place && a.entities[k].end_token == m.first_token - 1)
}

/// Is the name the object of a place preposition ("strikes in Syria", "near the Iraqi border")?
/// Such a name says where, not who.
fn after_locative(a: &Analysis, first: usize, m: &EntityMention) -> bool {
    let mut t = m.first_token;
    while t > first && matches!(lower(a, t - 1), "the" | "northern" | "southern" | "eastern" | "western") {
        t -= 1;
    }
    t > first
        && matches!(lower(a, t - 1), "in" | "at" | "near" | "inside" | "outside" | "across" | "throughout" | "into")
}

/// An actor further than this many tokens from a trigger is not its participant.
const MAX_ROLE_DISTANCE: usize = 20;
/// How many tokens farther than the nearest trigger an actor may be and still take part.
const NEAREST_TRIGGER_SLACK: usize = 8;

/// Words that state a person's position in an organisation or state.
const POSITION_WORDS: &[&str] = &[
    "leader",
    "leaders",
    "commander",
    "commanding",
    "chief",
    "head",
    "member",
    "official",
    "officials",
    "envoy",
    "representative",
    "founder",
    "co-founder",
    "chairman",
    "director",
    "ambassador",
    "minister",
    "president",
    "secretary",
    "general",
    "deputy",
    "senior",
    "top",
    "former",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "officer",
    "adviser",
    "advisor",
    "emir",
    "prime",
    "foreign",
    "defence",
    "defense",
    "chief-of-staff",
    "lieutenant",
    "vice",
    "military",
    "political",
    "regional",
    "local",
];

fn is_position_word(word: &str) -> bool {
    POSITION_WORDS.contains(&word) || super::ner::is_title(word)
}

/// Person ↔ organisation or state, from the words around a person's name:
/// - before it: "Iraqi Prime Minister Haider al-Abadi", "Hezbollah leader Naim Qassem",
///   "Israel's defence minister Israel Katz", "CJTF-OIR commanding general Lt. Gen. X";
/// - an apposition after it: "Naim Qassem, the Hezbollah leader", "Gary Volesky, commander of
///   Combined Joint Forces Land Component Command", "X, a senior official of the UN".
fn affiliations(
    text: &str,
    a: &Analysis,
    s: &super::Sentence,
    ents: &[usize],
    si: usize,
    entity_at: &dyn Fn(usize) -> Option<usize>,
    relations: &mut Vec<RelationFinding>,
) {
    let organisation = |k: usize| a.entities[k].kind.is_actor() && a.entities[k].kind != NodeKind::Person;
    let words =
        |from: usize, to: usize| -> String { (from..to).map(|t| a.tokens[t].text(text)).collect::<Vec<_>>().join(" ") };
    // "the Federal Government of Iraq, led by Prime Minister Haider Al Abadi".
    for &k in ents {
        let m = &a.entities[k];
        if !organisation(k) {
            continue;
        }
        let mut t = m.end_token;
        if lower(a, t) == "," {
            t += 1;
        }
        let label = match lower(a, t) {
            "led" | "headed" | "commanded" => "leader",
            "represented" => "representative",
            _ => continue,
        };
        if lower(a, t + 1) != "by" {
            continue;
        }
        t += 2;
        while t < s.end_token && is_position_word(lower(a, t)) {
            t += 1;
        }
        if let Some(person) =
            entity_at(t).filter(|&p| a.entities[p].kind == NodeKind::Person && a.entities[p].first_token == t)
        {
            relations.push(RelationFinding {
                source: person,
                target: k,
                kind: EdgeKind::Affiliation,
                label: label.to_string(),
                sentence: si,
                confidence: 0.8,
            });
        }
    }
    for &k in ents {
        let m = &a.entities[k];
        if m.kind != NodeKind::Person {
            continue;
        }
        // Before the name: position words back to an organisation (possibly "X's").
        let mut t = m.first_token;
        // Position words, also through "of": "Secretary of State John Kerry".
        let in_title = |t: usize| {
            let w = lower(a, t);
            is_position_word(w)
                || (w == "of" && t > s.first_token && is_position_word(lower(a, t - 1)))
                || (t >= s.first_token + 2
                    && lower(a, t - 1) == "of"
                    && entity_at(t).is_none()
                    && super::tokenize::is_capitalized(a.tokens[t].text(text)))
        };
        // …and one comma between title and name: "the Iraqi Foreign Minister, Ibrahim al-Jaafari",
        // "The Combined Joint Task Force Commander, Lt. Gen. Stephen J. Townsend".
        let mut crossed_comma = false;
        while t > s.first_token && m.first_token - t < 8 {
            if in_title(t - 1) {
                t -= 1;
            } else if !crossed_comma
                && t - 1 > s.first_token
                && lower(a, t - 1) == ","
                && is_position_word(lower(a, t - 2))
            {
                crossed_comma = true;
                t -= 1;
            } else {
                break;
            }
        }
        let title_start = t;
        if title_start < m.first_token {
            let before = title_start.checked_sub(1).filter(|&b| b >= s.first_token);
            let possessive = before.is_some_and(|b| matches!(lower(a, b), "'s" | "’s"));
            let owner_end = if possessive { title_start - 1 } else { title_start };
            if let Some(org) = owner_end
                .checked_sub(1)
                .and_then(entity_at)
                .filter(|&o| organisation(o) && a.entities[o].end_token == owner_end)
            {
                relations.push(RelationFinding {
                    source: k,
                    target: org,
                    kind: EdgeKind::Affiliation,
                    label: m
                        .role
                        .clone()
                        .unwrap_or_else(|| words(title_start, m.first_token).trim_end_matches(" ,").to_string()),
                    sentence: si,
                    confidence: 0.85,
                });
            }
        }
        // Apposition: ", [the|a] <position words> [of|for|at [the]] ORG" or ", the ORG <position words>".
        if lower(a, m.end_token) != "," {
            continue;
        }
        let mut t = m.end_token + 1;
        if matches!(lower(a, t), "the" | "a" | "an" | "its") {
            t += 1;
        }
        let position_start = t;
        while t < s.end_token && is_position_word(lower(a, t)) && t - position_start < 4 {
            t += 1;
        }
        let found = if t > position_start {
            // "commander of Combined Joint Forces …", "a senior official at the UN",
            // "commander, Combined Joint Forces Land Component Command"
            let mut o = t;
            if matches!(lower(a, o), "of" | "for" | "at" | "in" | ",") {
                o += 1;
                if lower(a, o) == "the" {
                    o += 1;
                }
                entity_at(o)
                    .filter(|&org| organisation(org) && a.entities[org].first_token == o)
                    .map(|org| (org, position_start, t))
            } else {
                None
            }
        } else {
            // "the Hezbollah leader"
            entity_at(position_start)
                .filter(|&org| organisation(org) && a.entities[org].first_token == position_start)
                .and_then(|org| {
                    let after = a.entities[org].end_token;
                    let mut e = after;
                    while e < s.end_token && is_position_word(lower(a, e)) && e - after < 4 {
                        e += 1;
                    }
                    (e > after).then_some((org, after, e))
                })
        };
        if let Some((org, from, to)) = found {
            relations.push(RelationFinding {
                source: k,
                target: org,
                kind: EdgeKind::Affiliation,
                label: words(from, to),
                sentence: si,
                confidence: 0.8,
            });
        }
    }
}

/// Places the text puts inside others: "Palmyra, Syria", "Qayyarah Airfield West in northern
/// Iraq", "the Wadi Barada area of Damascus". A comma only introduces a country (a list of towns is no
/// containment); "in" also a region or town.
fn containment(
    a: &Analysis,
    ents: &[usize],
    si: usize,
    entity_at: &dyn Fn(usize) -> Option<usize>,
    relations: &mut Vec<RelationFinding>,
) {
    for &k in ents {
        let m = &a.entities[k];
        if m.kind != NodeKind::Place {
            continue;
        }
        let mut t = m.end_token;
        // "the Wadi Barada area of Damascus": <place> area/region/district of <place>.
        if matches!(lower(a, t), "area" | "region" | "district" | "suburbs" | "outskirts") && lower(a, t + 1) == "of" {
            t += 1;
        }
        let comma = lower(a, t) == ",";
        if !comma && !matches!(lower(a, t), "in" | "of") {
            continue;
        }
        let of = lower(a, t) == "of";
        if of && t == m.end_token {
            continue; // a bare "of" ("Mosul of old") is no containment
        }
        t += 1;
        if lower(a, t) == "the" {
            t += 1;
        }
        let Some(outer) = entity_at(t).filter(|&o| a.entities[o].first_token == t && !same_target(&a.entities[o], m))
        else {
            continue;
        };
        let o = &a.entities[outer];
        let fits =
            if comma { o.kind == NodeKind::Country } else { matches!(o.kind, NodeKind::Country | NodeKind::Place) };
        if fits {
            relations.push(RelationFinding {
                source: k,
                target: outer,
                kind: EdgeKind::LocatedIn,
                label: "in".to_string(),
                sentence: si,
                confidence: 0.7,
            });
        }
    }
}

/// Members listed after "include", "including", "such as": "Coalition nations … include
/// Australia, Bahrain and the United Kingdom", "NATO members such as Turkey". The listed actors
/// belong to the nearest organisation or group before the cue (not one after a place
/// preposition); lists of places or heads that are states or people say nothing of membership.
fn memberships(
    a: &Analysis,
    s: &super::Sentence,
    ents: &[usize],
    si: usize,
    entity_at: &dyn Fn(usize) -> Option<usize>,
    relations: &mut Vec<RelationFinding>,
) {
    const MAX_HEAD_DISTANCE: usize = 12;
    for cue in s.first_token..s.end_token {
        let w = lower(a, cue);
        let cue_end = match w {
            "include" | "includes" | "included" | "including" | "comprising" => cue + 1,
            "such" if lower(a, cue + 1) == "as" => cue + 2,
            _ => continue,
        };
        let Some(head) = ents.iter().rev().copied().find(|&k| {
            let m = &a.entities[k];
            m.end_token <= cue && !after_locative(a, s.first_token, m)
        }) else {
            continue;
        };
        let h = &a.entities[head];
        if !matches!(h.kind, NodeKind::Organization | NodeKind::Group) || cue - h.end_token > MAX_HEAD_DISTANCE {
            continue;
        }
        // The list: actors separated by commas, "and", "or", "the".
        let mut members = Vec::new();
        let mut t = cue_end;
        while t < s.end_token {
            if let Some(k) = entity_at(t) {
                if !a.entities[k].kind.is_actor() {
                    members.clear();
                    break;
                }
                members.push(k);
                t = a.entities[k].end_token;
            } else if matches!(lower(a, t), "," | "and" | "or" | "the") {
                t += 1;
            } else {
                break;
            }
        }
        for k in members {
            if !same_target(&a.entities[k], h) {
                relations.push(RelationFinding {
                    source: k,
                    target: head,
                    kind: EdgeKind::Affiliation,
                    label: "member".to_string(),
                    sentence: si,
                    confidence: 0.6,
                });
            }
        }
    }
}

/// An event's time: the time expression nearest to its first mention that shares a sentence
/// with one ("talks on Tuesday", "Last week, officials met").
fn attach_times(a: &Analysis, events: &mut [EventFinding]) {
    for e in events.iter_mut() {
        e.time = e.mentions.iter().find_map(|&(start, end, sentence)| {
            a.times
                .iter()
                .enumerate()
                .filter(|(_, t)| t.sentence == sentence)
                .min_by_key(|(_, t)| if t.start >= end { t.start - end } else { start.saturating_sub(t.end) })
                .map(|(i, _)| i)
        });
    }
}

/// A verb form is used as a verb: inflected ("attacked", "meets"), or a bare form after "to",
/// a modal or an auxiliary; never an -ing form after a determiner ("the fighting").
fn looks_like_verb(form: &str, lemma: &str, previous: &str) -> bool {
    const BEFORE_BARE: &[&str] = &[
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "not", "n't", "did", "do", "does",
        "they", "we",
    ];
    if form.ends_with("ing") && DETERMINERS.contains(&previous) {
        return false;
    }
    if DETERMINERS.contains(&previous) || previous == "a" || previous == "an" {
        return false;
    }
    form != lemma || BEFORE_BARE.contains(&previous)
}

/// Talks, meetings and sessions refer to each other; other roots only to themselves.
fn consult_family(root: u8) -> u8 {
    root
}

fn same_target(a: &EntityMention, b: &EntityMention) -> bool {
    a.target == b.target
}

/// Mediators ("facilitated by X", "X chaired the session"), hosts and locations ("in Naqoura").
#[allow(clippy::too_many_arguments)]
fn assign_cue_roles(
    a: &Analysis,
    first: usize,
    end: usize,
    ents: &[usize],
    trigger: usize,
    event: &mut EventFinding,
    si: usize,
) {
    let set_role = |event: &mut EventFinding, k: usize, kind: EdgeKind, conf: f32| {
        event.roles.retain(|r| !(r.0 == k && r.1 == EdgeKind::Participant && r.3 == si));
        if !event.roles.iter().any(|r| r.0 == k && r.1 == kind) {
            event.roles.push((k, kind, None, si, conf));
        }
    };
    for t in first..end {
        for (cues, kind) in [(MEDIATOR_AFTER, EdgeKind::Mediator), (HOST_AFTER, EdgeKind::Host)] {
            for cue in cues {
                if matches_at(a, t, cue)
                    && let Some(k) = ents.iter().copied().find(|&k| {
                        a.entities[k].kind.is_actor()
                            && a.entities[k].first_token >= t + cue.len()
                            && a.entities[k].first_token <= t + cue.len() + 2
                    })
                {
                    set_role(event, k, kind, 0.8);
                }
            }
        }
        // "U.S. envoys chaired the session": the actor just before the verb, the event after it.
        let w = lower(a, t);
        let kind = if MEDIATOR_VERBS.contains(&w) && lower(a, t + 1) != "by" {
            Some(EdgeKind::Mediator)
        } else if HOST_VERBS.contains(&w) && lower(a, t + 1) != "by" && lower(a, t + 1) != "in" {
            Some(EdgeKind::Host)
        } else {
            None
        };
        if let Some(kind) = kind
            && trigger > t
            && let Some(k) = ents.iter().rev().copied().find(|&k| {
                a.entities[k].kind.is_actor() && a.entities[k].end_token <= t && t - a.entities[k].end_token <= 2
            })
        {
            set_role(event, k, kind, 0.75);
        }
    }
    // Where it happened: the place nearest the trigger among those after in/at/near (or "town
    // of"), with the places listed beside it ("in Iraq and Syria"). Other places of the sentence
    // belong to other clauses ("met in Paris to discuss Aleppo").
    let distance = |m: &EntityMention| m.first_token.abs_diff(trigger);
    let cued: Vec<usize> = ents
        .iter()
        .copied()
        .filter(|&k| {
            let m = &a.entities[k];
            if m.kind == NodeKind::Country {
                return after_locative(a, first, m);
            }
            if m.kind != NodeKind::Place {
                return false;
            }
            let window = m.first_token.saturating_sub(6).max(first)..m.first_token;
            let cued = window.clone().any(|t| matches!(lower(a, t), "in" | "at" | "near" | "outside"))
                && !window.clone().any(|t| matches!(lower(a, t), "from" | "about" | "over"));
            let influence =
                m.first_token >= 2 && matches!(lower(a, m.first_token - 2), "influence" | "presence" | "control");
            cued && !influence
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
        if !event.roles.iter().any(|r| r.0 == k && r.1 == EdgeKind::Location) {
            event.roles.push((k, EdgeKind::Location, None, si, 0.7));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::{Target, analyze};

    fn run(text: &str) -> (Vec<EventFinding>, Vec<RelationFinding>, Analysis) {
        let a = analyze(text);
        let (e, r) = find_events(text, &a);
        (e, r, a)
    }

    fn name(_text: &str, a: &Analysis, k: usize) -> String {
        match &a.entities[k].target {
            Target::Known(i) => crate::nlp::Gazetteer::bundled().entry(*i).label.clone(),
            Target::New { label, .. } => label.clone(),
        }
    }

    fn roles(text: &str, a: &Analysis, e: &EventFinding, kind: EdgeKind) -> Vec<String> {
        let mut v: Vec<String> = e.roles.iter().filter(|r| r.1 == kind).map(|r| name(text, a, r.0)).collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn talks_with_mediator_location_and_coreference() {
        let text = "Officials from Israel and Lebanon held direct talks facilitated by the United States. The talks were hosted in the border town of Naqoura. U.S. envoys chaired the session.";
        let (events, _, a) = run(text);
        let consult: Vec<&EventFinding> = events.iter().filter(|e| e.root == 4).collect();
        assert_eq!(consult.len(), 1, "{events:?}");
        let e = consult[0];
        assert_eq!(e.mentions.len(), 3, "the talks, the session join the first mention");
        assert_eq!(roles(text, &a, e, EdgeKind::Participant), ["Israel", "Lebanon"]);
        assert_eq!(roles(text, &a, e, EdgeKind::Mediator), ["United States"]);
        assert_eq!(roles(text, &a, e, EdgeKind::Location), ["En Nâqoûra"]);
        assert_eq!(e.modality, Modality::Asserted);
    }

    fn affiliations_of(text: &str) -> Vec<(String, String, String)> {
        let (_, relations, a) = run(text);
        relations
            .iter()
            .filter(|r| r.kind == EdgeKind::Affiliation)
            .map(|r| (name(text, &a, r.source), name(text, &a, r.target), r.label.clone()))
            .collect()
    }

    #[test]
    fn affiliations_from_titles_and_appositions() {
        let found = affiliations_of(
            "Naim Qassem, the Hezbollah leader, spoke on Sunday. Hezbollah leader Naim Qassem warned Israel. \
             Maj. Gen. Gary J. Volesky, commander of Combined Joint Forces Land Component Command, visited Baghdad. \
             Israel's defence minister Israel Katz replied. Iraqi Prime Minister Haider al-Abadi met him.",
        );
        let has = |person: &str, org: &str| found.iter().any(|(p, o, _)| p == person && o == org);
        assert!(has("Naim Qassem", "Hezbollah"), "{found:?}");
        assert_eq!(found.iter().filter(|(p, o, _)| p == "Naim Qassem" && o == "Hezbollah").count(), 2, "{found:?}");
        assert!(found.iter().any(|(p, o, _)| p.ends_with("Volesky") && o.starts_with("Combined Joint")), "{found:?}");
        assert!(has("Israel Katz", "Israel"), "{found:?}");
        assert!(has("Haider al-Abadi", "Iraq"), "{found:?}");
        // A list is not an apposition.
        let found = affiliations_of("Naim Qassem, Israel and Lebanon were named.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn negation_and_hypotheticals() {
        let (events, _, _) = run(
            "Lebanon stressed that the talks should not be viewed as the beginning of peace negotiations with Israel.",
        );
        assert!(events.iter().all(|e| e.trigger != "negotiations" || e.modality != Modality::Asserted), "{events:?}");
        let (events, _, _) = run("Turkey could launch an offensive against the PKK in Iraq.");
        assert!(events.iter().any(|e| e.root == 19 && e.modality == Modality::Hypothetical), "{events:?}");
    }

    #[test]
    fn verbs_give_direction_and_passives_swap_it() {
        let text = "Israel attacked Hezbollah in Lebanon. Hezbollah was attacked by Israel.";
        let (events, _, a) = run(text);
        let attacks: Vec<&EventFinding> = events.iter().filter(|e| e.trigger == "attack").collect();
        assert_eq!(attacks.len(), 2, "{events:?}");
        for e in attacks {
            let source: Vec<String> =
                e.roles.iter().filter(|r| r.2 == Some(Role::Source)).map(|r| name(text, &a, r.0)).collect();
            let target: Vec<String> =
                e.roles.iter().filter(|r| r.2 == Some(Role::Target)).map(|r| name(text, &a, r.0)).collect();
            assert_eq!(source, ["Israel"]);
            assert!(target.contains(&"Hezbollah".to_string()));
        }
    }

    #[test]
    fn speakers_places_list_members_and_title_owners_are_not_participants() {
        let text = "Coalition nations which have conducted strikes in Syria include Australia, Bahrain and \
                    the United Kingdom. Israel attacked Hezbollah positions, the Pentagon said. \
                    Iraqi Prime Minister Haider al-Abadi met Ash Carter in Baghdad.";
        let (events, relations, a) = run(text);
        let participants: Vec<String> = events.iter().flat_map(|e| roles(text, &a, e, EdgeKind::Participant)).collect();
        for outsider in ["Syria", "Australia", "Bahrain", "United Kingdom", "Pentagon", "Iraq"] {
            assert!(!participants.iter().any(|p| p == outsider), "{outsider} in {participants:?}");
        }
        for insider in ["Israel", "Hezbollah", "Haider al-Abadi", "Ash Carter"] {
            assert!(participants.iter().any(|p| p == insider), "{insider} not in {participants:?}");
        }
        let strikes = events.iter().find(|e| e.trigger == "strikes").expect("strikes");
        assert_eq!(roles(text, &a, strikes, EdgeKind::Location), ["Syria"]);
        let members: Vec<(String, String)> = relations
            .iter()
            .filter(|r| r.kind == EdgeKind::Affiliation && r.label == "member")
            .map(|r| (name(text, &a, r.source), name(text, &a, r.target)))
            .collect();
        assert_eq!(members.len(), 3, "{members:?}");
        assert!(members.iter().all(|(_, head)| head == "Coalition"), "{members:?}");
    }

    #[test]
    fn passives_without_by_next_and_territories() {
        let text = "Yitzhak Rabin was assassinated in 1995 by Yigal Amir. \
                    Turkish troops crossed the Syrian border and attacked the PKK.";
        let (events, _, a) = run(text);
        let killing = events.iter().find(|e| e.trigger == "assassinate").expect("assassinate");
        let target: Vec<String> =
            killing.roles.iter().filter(|r| r.2 == Some(Role::Target)).map(|r| name(text, &a, r.0)).collect();
        assert_eq!(target, ["Yitzhak Rabin"], "{killing:?}");
        let parties: Vec<String> = events.iter().flat_map(|e| roles(text, &a, e, EdgeKind::Participant)).collect();
        assert!(!parties.contains(&"Syria".to_string()), "{parties:?}");
    }

    #[test]
    fn references_with_other_parties_are_other_events_and_commentators_stay_out() {
        let text = "Israel and Lebanon signed an agreement on Monday. Britain welcomed the agreement between \
                    Iraq and the Kurdistan Regional Government. The agreement with Lebanon holds.";
        let (events, _, a) = run(text);
        let agreements: Vec<&EventFinding> = events.iter().filter(|e| e.trigger == "agreement").collect();
        assert_eq!(agreements.len(), 2, "{events:?}");
        let first = roles(text, &a, agreements[0], EdgeKind::Participant);
        assert_eq!(first, ["Israel", "Lebanon"], "the third sentence refers back to the first");
        assert_eq!(agreements[0].mentions.len(), 2);
        let second = roles(text, &a, agreements[1], EdgeKind::Participant);
        assert!(second.contains(&"Iraq".to_string()) && !second.contains(&"United Kingdom".to_string()), "{second:?}");
    }

    #[test]
    fn leaders_and_titles_through_of() {
        let found = affiliations_of(
            "The agreement between the Federal Government of Iraq, led by Prime Minister Haider al-Abadi, and \
             Turkey holds. US Secretary of State John Kerry arrived.",
        );
        assert!(found.iter().any(|(p, o, l)| p == "Haider al-Abadi" && o == "Iraq" && l == "leader"), "{found:?}");
        assert!(found.iter().any(|(p, o, _)| p == "John Kerry" && o == "United States"), "{found:?}");
        let found = affiliations_of(
            "Boris Johnson met the Iraqi Foreign Minister, Ibrahim al-Jaafari, in London. \
             The Hezbollah Commander, Lt. Gen. Ali Hassan, spoke.",
        );
        assert!(found.iter().any(|(p, o, _)| p == "Ibrahim al-Jaafari" && o == "Iraq"), "{found:?}");
        assert!(found.iter().any(|(p, o, _)| p == "Ali Hassan" && o == "Hezbollah"), "{found:?}");
    }

    #[test]
    fn both_sides_of_between_take_part_however_far() {
        let text = "Britain welcomed the agreement on 2 December between the Federal Government of Iraq, led by \
                    Prime Minister Haider al-Abadi, and Turkey, represented by its foreign minister, on oil exports.";
        let (events, _, a) = run(text);
        let agreement = events.iter().find(|e| e.trigger == "agreement").expect("agreement");
        let parties = roles(text, &a, agreement, EdgeKind::Participant);
        assert!(parties.contains(&"Iraq".to_string()) && parties.contains(&"Turkey".to_string()), "{parties:?}");
        assert!(!parties.contains(&"United Kingdom".to_string()), "{parties:?}");
    }

    #[test]
    fn triggers_get_their_cameo_roots() {
        let cases = [
            ("Israel and Hamas agreed to a ceasefire in Gaza.", "ceasefire", 8),
            ("The European Union imposed new sanctions on Russia.", "sanctions", 16),
            ("Thousands joined protests against Iran in Tehran.", "protests", 14),
            ("Israeli airstrikes hit Hezbollah positions in Lebanon.", "airstrikes", 19),
            ("Turkey and Iraq held talks in Baghdad.", "talks", 4),
            ("Hezbollah claimed the bombing of an Israeli convoy.", "bombing", 18),
        ];
        for (text, trigger, root) in cases {
            let (events, _, _) = run(text);
            let e = events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("{text}: {events:?}"));
            assert_eq!(e.root, root, "{text}");
            assert_eq!(root_label(e.root), CAMEO_ROOTS[usize::from(root) - 1], "{text}");
        }
    }

    #[test]
    fn places_inside_places_and_presence_in_listed_places() {
        let text = "The strike hit Tabqa Dam, Syria, on Monday. Daesh fighters in Iraq and Syria retreated. \
                    Officials visited Mosul, Raqqa and Aleppo.";
        let (_, relations, a) = run(text);
        let found: Vec<(String, EdgeKind, String)> =
            relations.iter().map(|r| (name(text, &a, r.source), r.kind, name(text, &a, r.target))).collect();
        assert!(found.contains(&("Tabqa Dam".into(), EdgeKind::LocatedIn, "Syria".into())), "{found:?}");
        assert!(found.contains(&("Islamic State".into(), EdgeKind::Relation, "Iraq".into())), "{found:?}");
        assert!(found.contains(&("Islamic State".into(), EdgeKind::Relation, "Syria".into())), "{found:?}");
        // A list of towns is no containment.
        assert!(!found.iter().any(|(s, k, _)| s == "Mosul" && *k == EdgeKind::LocatedIn), "{found:?}");
    }

    #[test]
    fn relations_influence_and_affiliation() {
        let text = "Israeli officials reiterated concerns about Hezbollah’s influence in southern Lebanon. Iraqi Prime Minister Haider al-Abadi met Turkey.";
        let (_, relations, a) = run(text);
        let found: Vec<(String, String, String)> =
            relations.iter().map(|r| (name(text, &a, r.source), r.label.clone(), name(text, &a, r.target))).collect();
        assert!(found.contains(&("Israel".into(), "concerned about".into(), "Hezbollah".into())), "{found:?}");
        assert!(found.contains(&("Hezbollah".into(), "influence in".into(), "southern Lebanon".into())), "{found:?}");
        assert!(found.contains(&("Haider al-Abadi".into(), "Prime Minister".into(), "Iraq".into())), "{found:?}");
    }
}
