//! Memberships: actors listed after "include" / "such as" belong to the organisation before;
//! a person named with "of" and a body belongs to it; a military unit named before a larger one
//! belongs to it.

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{SentenceContext, after_locative, is_title_word, lower, qualifier_of, same_target};
use crate::nlp::lexicon::{COUNTERPART_NOUNS, UNIT_HEADS};

/// "John Mahama of the National Democratic Congress", "Ana Ortiz of Hamas": a person's name right
/// before "of", perhaps "the", and an organisation or armed group names the body the person belongs
/// to (a place there is a hometown: "X of Tucson").
pub(super) fn people_of_bodies(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let a = x.a;
    for &k in x.entities {
        let m = &a.entities[k];
        // "The President of the X": a title standing for its holder says what the post is of.
        let titled = is_title_word(a, m.end_token - 1);
        if m.kind != NodeKind::Person || m.pronoun || titled || lower(a, m.end_token) != "of" {
            continue;
        }
        let t = if lower(a, m.end_token + 1) == "the" { m.end_token + 2 } else { m.end_token + 1 };
        let Some(body) = x.entity_at(t).filter(|&o| a.entities[o].first_token == t) else { continue };
        if matches!(a.entities[body].kind, NodeKind::Organization | NodeKind::Group) {
            relations.push(RelationFinding {
                source: k,
                target: body,
                kind: EdgeKind::Affiliation,
                label: "member of".to_string(),
                sentence: x.index,
                confidence: 0.7,
            });
        }
    }
}

/// Members listed after "include", "including", "such as": "Coalition nations … include
/// Australia, Bahrain and the United Kingdom", "NATO members such as Turkey". The listed actors
/// belong to the nearest organisation or group before the cue (not one after a place
/// preposition); lists of places or heads that are states or people say nothing of membership,
/// nor does a list of what others are to the organisation ("the EU and its partners, including
/// Japan": `counterpart_nouns.txt`).
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
        if !matches!(h.kind, NodeKind::Organization | NodeKind::Group)
            || cue - h.end_token > MAX_HEAD_DISTANCE
            || (h.end_token..cue).any(|t| COUNTERPART_NOUNS.contains(&lower(a, t)))
        {
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

/// The rank of a military unit's name (its last word's, from `unit_heads.txt`), if it is one.
fn unit_rank(x: &SentenceContext, k: usize) -> Option<u8> {
    let m = &x.a.entities[k];
    if !matches!(m.kind, NodeKind::Organization | NodeKind::Group) {
        return None;
    }
    let head = lower(x.a, m.end_token - 1);
    UNIT_HEADS.iter().find(|&&(w, _)| w == head).map(|&(_, rank)| rank)
}

/// "Bravo Company, 1st Battalion, 5th Marine Regiment": a unit named right before a larger unit,
/// a comma between, is part of it (a list of units of one rank, "1st Battalion, 2nd Battalion",
/// or of a smaller after a larger, is none).
pub(super) fn unit_chains(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let a = x.a;
    for &k in x.entities {
        let Some(rank) = unit_rank(x, k) else { continue };
        let comma = a.entities[k].end_token;
        if lower(a, comma) != "," {
            continue;
        }
        let mut t = comma + 1;
        if lower(a, t) == "the" {
            t += 1;
        }
        let Some(outer) = x.entity_at(t).filter(|&o| a.entities[o].first_token == t) else { continue };
        if unit_rank(x, outer).is_some_and(|outer_rank| outer_rank > rank)
            && !same_target(&a.entities[k], &a.entities[outer])
        {
            relations.push(RelationFinding {
                source: k,
                target: outer,
                kind: EdgeKind::Affiliation,
                label: "part of".to_string(),
                sentence: x.index,
                confidence: 0.8,
            });
        }
    }
}
