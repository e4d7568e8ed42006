//! Influence and presence owned by an actor: "Hezbollah's influence in southern Lebanon".

use super::finding::RelationFinding;
use crate::model::EdgeKind;
use crate::nlp::context::{SentenceContext, lower};

/// "X's influence/presence/control in Y" relates X to Y with that noun and preposition.
pub(super) fn possessive_influence(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, si, ents) = (x.a, x.index, x.entities);
    let entity_at = |tok: usize| x.entity_at(tok);
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
            && let Some(target) = entity_at(m.end_token + 3).filter(|&t| a.entities[t].first_token == m.end_token + 3)
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
}
