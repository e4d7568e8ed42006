//! Containment: places the text puts inside others ("Palmyra, Syria", "X in northern Iraq").

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{SentenceContext, lower, same_target};

/// Places the text puts inside others: "Palmyra, Syria", "Qayyarah Airfield West in northern
/// Iraq", "the Wadi Barada area of Damascus", "Darvasi is a commune in Harghita County". A comma
/// only introduces a country (a list of towns is no containment); "in" also a region or town.
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
