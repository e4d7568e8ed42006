//! Containment: places the text puts inside others ("Palmyra, Syria", "X in northern Iraq").

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{SentenceContext, bearing_before, lower, same_target};
use crate::nlp::entities::Target;
use crate::nlp::gazetteer::Gazetteer;

/// Places the text puts inside others: "Palmyra, Syria", "Qayyarah Airfield West in northern
/// Iraq", "the Wadi Barada area of Damascus", "Darvasi is a commune in Harghita County". A comma
/// introduces a country, or a prominent place that is no item of a list ("Karrada, Baghdad", not
/// "Homs, Hama, Idlib"); "in" also a region or town.
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
        let of = lower(a, t) == "of";
        if of && (t == m.end_token || described.is_some()) {
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
fn prominent_place(m: &crate::nlp::entities::EntityMention) -> bool {
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

/// "is/was a/an <description> in" right after a place (token `t`): the token of that "in". The
/// description is lowercase words and hyphens only ("a census-designated place", "a Rococo
/// church" stops at the capital: a name inside is its own business).
fn described_in(x: &SentenceContext, t: usize) -> Option<usize> {
    let a = x.a;
    if !matches!(lower(a, t), "is" | "was") || !matches!(lower(a, t + 1), "a" | "an") {
        return None;
    }
    let end = x.sentence.end_token.min(t + 2 + MAX_DESCRIPTION);
    (t + 2..end)
        .take_while(|&k| {
            let w = a.tokens[k].text(x.text);
            w == "in" || (w.chars().all(|c| c.is_lowercase() || c == '-') && x.entity_at(k).is_none())
        })
        .find(|&k| lower(a, k) == "in" && k > t + 2)
}
