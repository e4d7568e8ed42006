//! Containment: places the text puts inside others ("Palmyra, Syria", "X in northern Iraq").

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{SentenceContext, lower, same_target};

/// Places the text puts inside others: "Palmyra, Syria", "Qayyarah Airfield West in northern
/// Iraq", "the Wadi Barada area of Damascus". A comma only introduces a country (a list of towns is no
/// containment); "in" also a region or town.
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
