//! Containment: places the text puts inside others ("Palmyra, Syria", "X in northern Iraq").

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::Analysis;
use crate::nlp::context::{SentenceContext, bearing_before, lower, same_target};
use crate::nlp::entities::{EntityMention, Target};
use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::lexicon::{BODIES_ABROAD, MOVEMENT_WORDS, ORG_HEADS, PLACE_NOUNS, SITE_HEADS, STATE_BODY_HEADS};

/// Places the text puts inside others: "Palmyra, Syria", "Qayyarah Airfield West in northern Iraq",
/// "the Wadi Barada area of Damascus", "the Tayaran district in western Mosul", "Darvasi is a
/// commune in Harghita County", "Glostrup, a suburb of Copenhagen". A comma introduces a country,
/// or a prominent place that is no item of a list ("Karrada, Baghdad", not "Homs, Hama, Idlib");
/// "in" also a region or town.
pub(super) fn containment(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, si, ents) = (x.a, x.index, x.entities);
    let entity_at = |tok: usize| x.entity_at(tok);
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
        // "the Tayaran district in western Mosul": the place's own noun, then where it is.
        if PLACE_NOUNS.contains(&lower(a, t)) && lower(a, t + 1) == "in" {
            t += 1;
        }
        // "Darvasi is a small commune in Harghita County": what the place is, then where.
        let described = described_in(x, t);
        if let Some(at) = described {
            t = at;
        }
        let comma = described.is_none() && lower(a, t) == ",";
        if !comma && !matches!(lower(a, t), "in" | "of") {
            continue;
        }
        // "a village north of Denver in Halvor County": the place a bearing is taken from is
        // outside what it locates; the "in" that follows places the subject, not it.
        if !comma && lower(a, t) == "in" && bearing_before(a, m.first_token).is_some() {
            continue;
        }
        if lower(a, t) == "of" && t == m.end_token {
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
        let fits = if comma {
            o.kind == NodeKind::Country || (prominent_place(o) && !listed(x, k, outer))
        } else {
            matches!(o.kind, NodeKind::Country | NodeKind::Place)
        };
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

/// A place the gazetteer knows as a country's state, province or city of 100,000 people or more
/// ("Texas", "Baghdad"): after a comma it says where the place before it is ("Karrada, Baghdad",
/// "Marin County, California").
pub(crate) fn prominent_place(m: &crate::nlp::entities::EntityMention) -> bool {
    let g = Gazetteer::bundled();
    m.kind == NodeKind::Place && matches!(m.target, Target::Known(i) if g.is_prominent(i) && g.country_of(i).is_some())
}

/// Whether `inner`, a comma and `outer` are items of a list rather than a place and where it is:
/// a name or "and"/"or" right after `outer` (", Idlib", "and Jordan", ", and Homs"), or a name and
/// a comma right before `inner` ("Homs, Hama, Idlib").
fn listed(x: &SentenceContext, inner: usize, outer: usize) -> bool {
    let a = x.a;
    let (first, end) = (a.entities[inner].first_token, a.entities[outer].end_token);
    let name_at = |t: usize| x.entity_at(t).is_some_and(|k| a.entities[k].first_token == t);
    let coordinator = |t: usize| matches!(lower(a, t), "and" | "or" | "&");
    let after =
        coordinator(end) || (lower(a, end) == "," && (name_at(end + 1) || (coordinator(end + 1) && name_at(end + 2))));
    let before = first >= 2 && lower(a, first - 1) == "," && x.entity_at(first - 2).is_some();
    after || before
}

/// Words a description of a place may take between "is a" and "in" ("a small farming commune").
const MAX_DESCRIPTION: usize = 6;

/// "is/was a/an/the <description> in", or the same after a comma (an apposition: "Ølgod, a town in
/// western Jutland", "Varnholt, the provincial capital of Tarsk County"), right after a place
/// (token `t`): the token of that "in" — or of an "of" after a place noun ("Glostrup, a suburb of
/// Copenhagen": `place_nouns.txt`). The description is lowercase words and hyphens only ("a
/// census-designated place", "a Rococo church" stops at the capital: a name inside is its own
/// business).
fn described_in(x: &SentenceContext, t: usize) -> Option<usize> {
    let a = x.a;
    if !matches!(lower(a, t), "is" | "was" | ",") || !matches!(lower(a, t + 1), "a" | "an" | "the") {
        return None;
    }
    let end = x.sentence.end_token.min(t + 2 + MAX_DESCRIPTION);
    (t + 2..end)
        .take_while(|&k| {
            let w = a.tokens[k].text(x.text);
            w == "in" || (w.chars().all(|c| c.is_lowercase() || c == '-') && x.entity_at(k).is_none())
        })
        .find(|&k| {
            k > t + 2 && (lower(a, k) == "in" || (lower(a, k) == "of" && PLACE_NOUNS.contains(&lower(a, k - 1))))
        })
}

/// How many mentions away, either side, a place named inside a name is looked for: the nearest
/// mention of it is the one meant, and the search stays linear in the article's length.
const NAME_PLACE_REACH: usize = 300;

/// "the University of Tartu" … "Tartu", "Kabul University", "the Port of Beirut": a place the
/// article names on its own, named again inside an organisation's or a site's name, is where that
/// one is — after the name's head and "of" (`org_heads.txt`, `site_heads.txt`; not a body kept
/// abroad, `bodies_abroad.txt`: "the Embassy of Sweden"), or opening a name that ends in a site's
/// head (a town or region, not a country: "the Iraq Army" is the state's own body, not one in it).
pub(super) fn places_in_names(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let a = x.a;
    for &k in x.entities {
        let m = &a.entities[k];
        let site = m.kind == NodeKind::Place;
        if !(site || matches!(m.kind, NodeKind::Organization | NodeKind::Group)) || m.end_token - m.first_token < 2 {
            continue;
        }
        let head = |t: usize| {
            let w = lower(a, t);
            ((!site && ORG_HEADS.contains(&w)) || SITE_HEADS.contains(&w)) && !BODIES_ABROAD.contains(&w)
        };
        // "<head> of [the] <place>", the place ending the name.
        let after_of = (m.first_token + 1..m.end_token - 1)
            .rev()
            .find(|&t| lower(a, t) == "of")
            .filter(|&t| head(t - 1) && !(m.first_token..t).any(|u| BODIES_ABROAD.contains(&lower(a, u))))
            .map(|t| if lower(a, t + 1) == "the" { t + 2 } else { t + 1 })
            .filter(|&from| from < m.end_token)
            .and_then(|from| named_place(x, k, from, m.end_token, true));
        // "<place> … <head>": the longest opening words that name a place of the article — a
        // site's head only ("Likud Party", "Olympic Stadium" beside a misread "Likud" or a
        // namesake village: a party is named for no town), and a place found by more than a guess.
        let before_head = || {
            SITE_HEADS
                .contains(&lower(a, m.end_token - 1))
                .then(|| {
                    (m.first_token + 1..m.end_token).rev().find_map(|to| named_place(x, k, m.first_token, to, false))
                })
                .flatten()
        };
        let Some(place) = after_of.or_else(before_head) else { continue };
        let (kind, label) = if site { (EdgeKind::LocatedIn, "in") } else { (EdgeKind::Relation, "based in") };
        relations.push(told_by_a_name(x, k, place, kind, label));
    }
}

/// What a name says of the one it names (mention `source`): `kind` and `label` towards `target`.
fn told_by_a_name(x: &SentenceContext, source: usize, target: usize, kind: EdgeKind, label: &str) -> RelationFinding {
    RelationFinding { source, target, kind, label: label.to_string(), sentence: x.index, confidence: 0.7 }
}

/// The article's nearest mention of a place written as tokens `[from, to)` are, other than mention
/// `k` itself. With `countries`, a country too and any place; without, only a prominent place
/// the gazetteer knows or one a cue found (not a guess).
fn named_place(x: &SentenceContext, k: usize, from: usize, to: usize, countries: bool) -> Option<usize> {
    let a = x.a;
    let tokens = &a.tokens;
    let words = &x.text[tokens[from].start..tokens[to - 1].end];
    let gazetteer = Gazetteer::bundled();
    let fits = |e: &EntityMention| {
        let sure = match e.target {
            Target::Known(i) => countries || gazetteer.is_prominent(i),
            Target::New { .. } => countries || !e.guessed,
        };
        sure && (e.kind == NodeKind::Place || (countries && e.kind == NodeKind::Country))
            && !same_target(e, &a.entities[k])
            && x.text[e.start..e.end].eq_ignore_ascii_case(words)
    };
    nearest_mention(a, k, fits)
}

/// The mention nearest to mention `k` (at most [`NAME_PLACE_REACH`] away either side) that
/// `fits`, other than `k` itself.
fn nearest_mention(a: &Analysis, k: usize, fits: impl Fn(&EntityMention) -> bool) -> Option<usize> {
    (1..=NAME_PLACE_REACH)
        .flat_map(|d| [k.checked_sub(d), Some(k + d).filter(|&j| j < a.entities.len())])
        .flatten()
        .find(|&j| fits(&a.entities[j]))
}

/// Mention `k`, named for a country, is a body of that state: its last word is a state body's
/// head (`state_body_heads.txt`) or one a state keeps abroad ("the Iraqi Embassy"), and no word
/// of a movement's name is in it (`movement_words.txt`: "the Kosovo Liberation Army").
fn is_state_body(x: &SentenceContext, k: usize) -> bool {
    let m = &x.a.entities[k];
    let head = lower(x.a, m.end_token - 1);
    m.kind == NodeKind::Organization
        && (STATE_BODY_HEADS.contains(&head) || BODIES_ABROAD.contains(&head))
        && !(m.first_token..m.end_token).any(|t| MOVEMENT_WORDS.contains(&lower(x.a, t)))
}

/// "the Kenya Defence Forces", "Iraqi Security Forces", "British Airways": an organisation whose
/// name opens with a country's name, initials or adjective belongs to that country when the
/// article names the country on its own — part of it when it is a body of that state
/// ([`is_state_body`]: army, ministry, police …), else based there. The country only opens
/// the name: at least one word follows it.
pub(super) fn countries_in_names(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let a = x.a;
    let gazetteer = Gazetteer::bundled();
    for &k in x.entities {
        let m = &a.entities[k];
        if !matches!(m.kind, NodeKind::Organization | NodeKind::Group) || m.end_token - m.first_token < 2 {
            continue;
        }
        let opening = gazetteer.find(x.text, &a.tokens, m.first_token..m.end_token - 1).into_iter().next();
        let Some(country) = opening.filter(|g| g.first == m.first_token).and_then(|g| {
            g.hits.iter().find(|h| !h.common && gazetteer.entry(h.entry).kind == NodeKind::Country).map(|h| h.entry)
        }) else {
            continue;
        };
        let Some(place) = nearest_mention(a, k, |e| e.kind == NodeKind::Country && e.target == Target::Known(country))
        else {
            continue;
        };
        let (kind, label) =
            if is_state_body(x, k) { (EdgeKind::Affiliation, "part of") } else { (EdgeKind::Relation, "based in") };
        relations.push(told_by_a_name(x, k, place, kind, label));
    }
}
