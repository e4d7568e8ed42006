//! Verb-labelled relations from cue phrases in `data/lexicon/relation_cues.tsv` ("concerned
//! about", "condemns", "fighting against"): the nearest actor before the cue, the nearest after
//! that is not the subject of a coordinated clause of its own.

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{SentenceContext, coordinated_clause_between, matches_at, same_target};
use crate::nlp::lexicon::RELATION_CUES;

/// A relation cue's subject is at most this many tokens before it, its object this many after.
const CUE_SUBJECT_DISTANCE: usize = 20;
const CUE_OBJECT_DISTANCE: usize = 8;

/// Every cue of the sentence relates the nearest actor before it to the nearest actor or place after.
pub(super) fn relation_cues(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (a, s, si, ents) = (x.a, x.sentence, x.index, x.entities);
    let entity_at = |tok: usize| x.entity_at(tok);
    let actor = |k: &usize| a.entities[*k].kind.is_actor();
    // Relations between actors.
    for t in s.first_token..s.end_token {
        for (cue, label) in RELATION_CUES.iter() {
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
                    && !coordinated_clause_between(a, t + cue.len() - 1, a.entities[k].first_token)
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
}
