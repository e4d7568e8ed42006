//! Presence: an actor "in"/"near" a place ("ISIL fighters in Raqqah", "Daesh in Iraq and Syria").

use super::affiliations::names_by_adjective;
use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{
    SentenceContext, before_the_first_verb, inside_a_noun_phrase, is_possessive_pronoun, lower, matches_at, past_tense,
    qualifier_of, same_target,
};
use crate::nlp::lexicon::{HEADQUARTERS_CUES, PRIVATE_PEOPLE_NOUNS, REPORTING_VERBS, is_violent_verb};
use crate::nlp::tokenize::Qualifier;

/// An actor followed by lower-case words and in/near/at a place is present there (and in the
/// places listed with it); born or died there when those words say so ("X was born in Y"). Not
/// a country "at" which a verb of violence aims.
pub(super) fn presence(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (text, a, s, si, ents) = (x.text, x.a, x.sentence, x.index, x.entities);
    let entity_at = |tok: usize| x.entity_at(tok);
    // Presence: "ISIL fighters in Raqqah", "Coalition forces near Mosul" → actor "in"/"near" place.
    for &k in ents {
        let m = &a.entities[k];
        // "a U.S.-owned firm in Kabul", "Iranian-backed militias in Iraq": the qualified noun is
        // there, not the name qualifying it; a leader is where what it leads is, and a holder
        // where it holds ("ISIL-held territory in Syria").
        if !m.kind.is_actor()
            || qualifier_of(a, m).is_some_and(|q| !matches!(q, Qualifier::Leader | Qualifier::Control))
        {
            continue;
        }
        for t in m.end_token..(m.end_token + 4).min(s.end_token) {
            let w = lower(a, t);
            // Only lower-case words may sit between ("fighters", "forces"): "the UK-France
            // Summit at Amiens" places the summit, not France.
            // "accused X of interfering in Y's affairs", "urged X to invest in Y": after a
            // preposition the place is that phrase's, not the actor's.
            if matches!(
                w,
                "," | ";" | "." | "and" | "said" | "says" | "'s" | "of" | "to" | "for" | "with" | "from" | "by"
            ) || (t > m.end_token && entity_at(t).is_some())
                || crate::nlp::tokenize::is_capitalized(a.tokens[t].text(text))
            {
                break;
            }
            if !matches!(w, "in" | "near" | "at" | "inside" | "outside") {
                continue;
            }
            // "Hamas fired rockets at Israel": after a verb of violence "at" a country says what
            // is aimed at, not where the actor is ("died at Graceland" is where).
            let country_after = |u: usize| {
                let u = if lower(a, u) == "the" { u + 1 } else { u };
                entity_at(u).is_some_and(|p| a.entities[p].kind == NodeKind::Country)
            };
            if w == "at" && country_after(t + 1) && (m.end_token..t).any(|b| is_violent_verb(lower(a, b))) {
                break;
            }
            if nationals_not_the_state(x, k, t + 1) {
                break;
            }
            // "rebels backed by Rwanda seized the airport in Bukavu": the agent after "by" is no
            // subject of a past-tense verb after it — the place is the clause's subject's.
            let agent = m.first_token > s.first_token && lower(a, m.first_token - 1) == "by";
            if agent && (m.end_token..t).any(|b| past_tense(lower(a, b))) {
                break;
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
            // "X was born in Y", "X died in Y": the verb says what the place is to the person.
            // Only a person is born or dies: "Canadian soldiers died in X" tells where Canada was.
            let life = (m.kind == NodeKind::Person)
                .then(|| (m.end_token..t).map(|b| lower(a, b)).find(|v| matches!(*v, "born" | "died")))
                .flatten();
            // "X is based in Y": where an organisation is based ("U.S. troops based in Japan" tell
            // where the country is present, not its seat).
            let based = matches!(m.kind, NodeKind::Organization | NodeKind::Group)
                && (m.end_token..t).any(|b| matches!(lower(a, b), "based" | "headquartered"));
            let label = match life {
                Some(verb) => format!("{verb} {w}"),
                None if based => format!("based {w}"),
                None => w.to_string(),
            };
            for p in listed.into_iter().filter(|&p| !same_target(&a.entities[p], m)) {
                relations.push(RelationFinding {
                    source: k,
                    target: p,
                    kind: EdgeKind::Relation,
                    label: label.clone(),
                    sentence: si,
                    confidence: 0.6,
                });
            }
            break;
        }
    }
}

/// "a Colombian rebel in Caracas", "Haitian immigrants in the United States", "Fijians working in
/// Kuwait": a country's adjective on people who are not its agents (`private_people_nouns.txt`),
/// or its people by their plural name, then a place preposition (after at most one participle)
/// whose place starts at token `place`, is no presence of that state there and says nothing of
/// where the place lies — "Colombian troops in Caracas" is presence.
pub(super) fn nationals_not_the_state(x: &SentenceContext, k: usize, place: usize) -> bool {
    const MAX_NOUNS: usize = 3;
    const MAX_BEFORE_THE_PLACE: usize = 3;
    let (a, m) = (x.a, &x.a.entities[k]);
    if m.kind != NodeKind::Country || !names_by_adjective(x, k) {
        return false;
    }
    // "Chileans" is the plural of the adjective "Chilean"; "Swiss" is no plural.
    let mut private = x.text[m.start..m.end]
        .strip_suffix('s')
        .is_some_and(|singular| crate::nlp::Gazetteer::bundled().lookup(singular).iter().any(|h| h.demonym));
    // The noun phrase the adjective opens ("asylum seekers"), then perhaps "living", "held".
    // A participle ends the people's noun phrase ("forces fighting insurgents near X" are forces).
    let participle = |w: &str| (w.ends_with("ing") || w.ends_with("ed")) && !PRIVATE_PEOPLE_NOUNS.contains(&w);
    let mut t = m.end_token;
    while t < m.end_token + MAX_NOUNS
        && t < x.sentence.end_token
        && inside_a_noun_phrase(lower(a, t))
        && !participle(lower(a, t))
    {
        private |= PRIVATE_PEOPLE_NOUNS.contains(&lower(a, t));
        t += 1;
    }
    if t < x.sentence.end_token && participle(lower(a, t)) {
        t += 1;
    }
    private
        && matches!(lower(a, t), "in" | "near" | "at" | "inside" | "outside")
        && place > t
        && place - t <= MAX_BEFORE_THE_PLACE
}

/// "the Luxembourg-based operator Meridian", "Meridian, the Luxembourg-based operator": the
/// actor a "-based" name qualifies is based there; the actor an "Iranian-backed" name qualifies
/// is backed by it ("supports"), a "Hamas-allied" one sides with it ("allied with"), a
/// "Saudi-led" one is led by it ("leads", an affiliation as in the relation classes' table); a
/// "Hamas-controlled" town or a "rebel-held" one is held by it ("controls"); "the pro-Chilean
/// party X" supports Chile, "the anti-Chilean party X" opposes it.
pub(super) fn qualified_actors(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s) = (x.a, x.sentence);
    let entity_at = |tok: usize| x.entity_at(tok);
    for &k in x.entities {
        let m = &a.entities[k];
        let Some(qualifier) = qualifier_of(a, m) else { continue };
        // After it, past lower-case words of the same noun phrase: a preposition or a
        // determiner ends it ("a U.S.-owned firm in Kabul" owns no Kabul).
        let after = (m.end_token..(m.end_token + 4).min(s.end_token))
            .take_while(|&t| entity_at(t).is_some() || inside_a_noun_phrase(lower(a, t)))
            .find_map(|t| entity_at(t).filter(|&q| q != k && a.entities[q].first_token == t))
            // "Oslo-based fighters attacked X": the noun phrase ends at its verb.
            .filter(|&q| before_the_first_verb(a, m.end_token, a.entities[q].first_token))
            // "an al Qaeda-linked group, JNIM, …": the name in apposition to the noun phrase.
            .or_else(|| {
                let comma = (m.end_token..(m.end_token + 4).min(s.end_token))
                    .find(|&t| !lower(a, t).chars().all(char::is_alphabetic) || entity_at(t).is_some())?;
                let name = if lower(a, comma + 1) == "the" { comma + 2 } else { comma + 1 };
                // An apposition closes where it opened ("…, JNIM, claimed"); "coalition forces,
                // Afghan troops and aid workers" is a list.
                let closed = |q: usize| {
                    let end = a.entities[q].end_token;
                    end >= s.end_token || matches!(lower(a, end), "," | "(" | "." | ";" | ":")
                };
                (comma > m.end_token && lower(a, comma) == ",")
                    .then(|| entity_at(name).filter(|&q| a.entities[q].first_token == name && closed(q)))
                    .flatten()
            });
        // Before it, as an appositive: "Meridian, the Luxembourg-based operator".
        let before = (m.first_token >= s.first_token + 3
            && matches!(lower(a, m.first_token - 1), "the" | "a" | "an")
            && lower(a, m.first_token - 2) == ",")
            .then(|| entity_at(m.first_token - 3))
            .flatten();
        // What one holds may be a place as well as an actor ("Hamas-controlled Gaza").
        let qualified = |q: usize| {
            a.entities[q].kind.is_actor()
                || (qualifier == Qualifier::Control
                    && matches!(a.entities[q].kind, NodeKind::Place | NodeKind::Country))
        };
        for actor in after.into_iter().chain(before).filter(|&q| qualified(q)) {
            if !same_target(&a.entities[actor], m) {
                let (source, target, label) = match qualifier {
                    Qualifier::Base => (actor, k, "based in"),
                    Qualifier::Backer => (k, actor, "supports"),
                    Qualifier::Ally => (k, actor, "allied with"),
                    Qualifier::Leader => (k, actor, "leads"),
                    Qualifier::Control => (k, actor, "controls"),
                    Qualifier::Owner => (k, actor, "owns"),
                    Qualifier::Favoured => (actor, k, "supports"),
                    Qualifier::Opposed => (actor, k, "opposes"),
                    // The event's roles say who brokers or hosts it (`events::roles`).
                    Qualifier::Mediator | Qualifier::Host => continue,
                };
                let kind = if qualifier == Qualifier::Leader { EdgeKind::Affiliation } else { EdgeKind::Relation };
                relations.push(RelationFinding {
                    source,
                    target,
                    kind,
                    label: label.to_string(),
                    sentence: x.index,
                    confidence: 0.7,
                });
            }
        }
    }
}

/// How far after "born" or "died" the preposition of its place may come ("born on 3 May 1950 in").
const LIFE_PLACE_REACH: usize = 8;

/// "X (born 12 May 1950 in Y)", "X, a novelist and playwright born in Y": the person a birth or
/// death is told of — the nearest person before the verb in its sentence, past a parenthesis or
/// an apposition — was born or died in the place after "in" or "at" (dates may stand between).
pub(super) fn life_places(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s) = (x.a, x.sentence);
    for t in s.first_token..s.end_token {
        let verb = lower(a, t);
        if !matches!(verb, "born" | "died") || x.entity_at(t).is_some() {
            continue;
        }
        let Some(prep) = (t + 1..(t + 1 + LIFE_PLACE_REACH).min(s.end_token))
            .take_while(|&b| x.entity_at(b).is_none() && !matches!(lower(a, b), ";" | "and" | "to"))
            .find(|&b| matches!(lower(a, b), "in" | "at"))
        else {
            continue;
        };
        let places = places_after(x, prep, |_| true);
        let person = x.entities.iter().rev().copied().find(|&k| {
            let m = &a.entities[k];
            m.kind == NodeKind::Person && m.end_token <= t && !is_possessive_pronoun(a, m)
        });
        // "X said eight Canadians had died in Y": what was said, or another name between, has a
        // subject of its own.
        let Some(person) = person.filter(|&k| {
            let between = a.entities[k].end_token..t;
            !between.clone().any(|b| {
                let w = lower(a, b);
                w == "that" || REPORTING_VERBS.contains(&w) || x.entity_at(b).is_some()
            })
        }) else {
            continue;
        };
        for p in places {
            relations.push(RelationFinding {
                source: person,
                target: p,
                kind: EdgeKind::Relation,
                label: format!("{verb} in"),
                sentence: x.index,
                confidence: 0.7,
            });
        }
    }
}

/// "in the Bronx, New York", "of Tucson, Arizona": the places after the preposition at `prep`
/// ("the" skipped), each followed by the one its comma puts it in. A country may stand only where
/// `country_allowed(places listed so far)` says.
fn places_after(x: &SentenceContext, prep: usize, country_allowed: impl Fn(usize) -> bool) -> Vec<usize> {
    let a = x.a;
    let mut u = prep + 1;
    if lower(a, u) == "the" && !a.starts_a_name(u) {
        u += 1;
    }
    let mut places: Vec<usize> = Vec::new();
    while let Some(p) = x.entity_at(u).filter(|&p| {
        let kind = a.entities[p].kind;
        a.entities[p].first_token == u
            && (kind == NodeKind::Place || (kind == NodeKind::Country && country_allowed(places.len())))
    }) {
        places.push(p);
        u = a.entities[p].end_token;
        if lower(a, u) != "," {
            break;
        }
        u += 1;
    }
    places
}

/// Words that may stand between an organisation and where it is based ("X, which is based in",
/// "X, with its headquarters in").
const BEFORE_BASE: &[&str] =
    &[",", "which", "is", "are", "was", "were", "has", "have", "had", "with", "its", "their", "now"];

/// "Veltro Foods, headquartered in Parma", "X is based in Y", "X, with headquarters in Y": an
/// organisation or armed group is based in the place after such a phrase
/// (`headquarters_cues.txt`) that follows its name.
pub(super) fn headquarters(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s) = (x.a, x.sentence);
    for &k in x.entities {
        let m = &a.entities[k];
        if !matches!(m.kind, NodeKind::Organization | NodeKind::Group) {
            continue;
        }
        let mut t = m.end_token;
        while t < s.end_token && t < m.end_token + 4 && BEFORE_BASE.contains(&lower(a, t)) {
            t += 1;
        }
        let Some(cue) = HEADQUARTERS_CUES.iter().find(|cue| matches_at(a, t, cue)) else { continue };
        let mut u = t + cue.len();
        if lower(a, u) == "the" && !a.starts_a_name(u) {
            u += 1;
        }
        let place = x.entity_at(u).filter(|&p| {
            a.entities[p].first_token == u && matches!(a.entities[p].kind, NodeKind::Place | NodeKind::Country)
        });
        if let Some(p) = place.filter(|&p| !same_target(&a.entities[p], m)) {
            relations.push(RelationFinding {
                source: k,
                target: p,
                kind: EdgeKind::Relation,
                label: "based in".to_string(),
                sentence: x.index,
                confidence: 0.75,
            });
        }
    }
}

/// How many lower-case words an apposition's noun phrase may have before its "from" ("a retired
/// army medic from …").
const HOMETOWN_NOUN_REACH: usize = 4;

/// "Daniel Ortiz, 29, of Tucson, Arizona,", "Lena Park, a nurse from Leeds,": a person's name
/// followed by an apposition — an age, a noun phrase opened by "a"/"an", or both — that ends in
/// "of" or "from" and a place closing the apposition is from that place (and from the places its
/// commas put it in). A country only after an age: "an envoy from Qatar" serves Qatar.
pub(super) fn hometowns(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s) = (x.a, x.sentence);
    let end = s.end_token;
    for &k in x.entities {
        let m = &a.entities[k];
        if m.kind != NodeKind::Person || m.pronoun || lower(a, m.end_token) != "," {
            continue;
        }
        let mut t = m.end_token + 1;
        let word = lower(a, t);
        let aged = (1..=3).contains(&word.len()) && word.chars().all(|c| c.is_ascii_digit()) && lower(a, t + 1) == ",";
        if aged {
            t += 2;
        }
        let mut described = false;
        if matches!(lower(a, t), "a" | "an") {
            let Some(prep) = (t + 2..(t + 2 + HOMETOWN_NOUN_REACH).min(end))
                .take_while(|&u| matches!(lower(a, u), "from" | "of") || inside_a_noun_phrase(lower(a, u)))
                .find(|&u| matches!(lower(a, u), "from" | "of"))
            else {
                continue;
            };
            // "a member of X", "a nurse of twenty years": only "from" tells origin after a noun.
            if lower(a, prep) != "from" || (t + 1..prep).any(|u| x.entity_at(u).is_some()) {
                continue;
            }
            (t, described) = (prep, true);
        }
        if !matches!(lower(a, t), "of" | "from") || t >= end {
            continue;
        }
        let places = places_after(x, t, |listed| aged || listed > 0);
        // The apposition closes after its place ("…, of Leeds, said"); "of the Leeds office" is
        // no hometown, nor is a bare "X, of Y" without an age or a noun.
        let after = places.last().map_or(end, |&p| a.entities[p].end_token);
        let closed = after >= end || matches!(lower(a, after), "," | "." | ")" | ";");
        if places.is_empty() || !closed || !(aged || described) {
            continue;
        }
        for p in places.into_iter().filter(|&p| !same_target(&a.entities[p], m)) {
            relations.push(RelationFinding {
                source: k,
                target: p,
                kind: EdgeKind::Relation,
                label: "from".to_string(),
                sentence: x.index,
                confidence: 0.7,
            });
        }
    }
}
