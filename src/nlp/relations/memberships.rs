//! Memberships: actors listed after "include" / "such as" belong to the organisation before.

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{SentenceContext, after_locative, lower, qualifier_of, same_target};

/// Members listed after "include", "including", "such as": "Coalition nations … include
/// Australia, Bahrain and the United Kingdom", "NATO members such as Turkey". The listed actors
/// belong to the nearest organisation or group before the cue (not one after a place
/// preposition); lists of places or heads that are states or people say nothing of membership.
pub(super) fn memberships(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s, si, ents) = (x.a, x.sentence, x.index, x.entities);
    let entity_at = |tok: usize| x.entity_at(tok);
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
                // "including the Iranian-backed Badr Organization": the backer is no member.
                if qualifier_of(a, &a.entities[k]).is_some() {
                    t = a.entities[k].end_token;
                    continue;
                }
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
