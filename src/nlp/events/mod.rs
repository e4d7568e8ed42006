//! Events and relations by rules over one article's sentences.
//!
//! Triggers are nominal ("talks", "ceasefire", "airstrike") or verbal (PETRARCH2 CAMEO verbs,
//! compiled into `data/lexicon/cameo_verbs.tsv`). Each event gets its CAMEO root, a modality
//! from cues in the clause ("should not be viewed as" → negated), roles from the clause
//! (subject/object order, "facilitated by", "chaired", "hosted in", "in/at"), and later
//! definite references ("the meeting", "the session") join it. Relations come from the rules
//! of [`crate::nlp::relations`].

mod cameo;
mod direction;
mod finding;
mod participants;
mod phrases;
mod roles;
mod sentence;
mod speakers;
mod times;
mod triggers;

pub use cameo::{CAMEO_ROOTS, CONSULT, FIGHT, root_label};
pub use finding::{EventFinding, RoleFinding};

use crate::nlp::analysis::Analysis;
use crate::nlp::context::{SentenceContext, agent_of_a_participle_aside};
use crate::nlp::relations::{self, RelationFinding, registry};

/// Finds events and relations in an analysed article.
pub fn find_events(text: &str, a: &Analysis) -> (Vec<EventFinding>, Vec<RelationFinding>) {
    let mut events: Vec<EventFinding> = Vec::new();
    let mut relations = Vec::new();
    // Entity mentions by sentence, in order.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); a.sentences.len()];
    for (k, m) in a.entities.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(m.sentence) {
            v.push(k);
        }
    }
    // Which events were named lately, for definite references.
    let mut recency = sentence::Recency::default();
    for (si, entities) in by_sentence.iter().enumerate() {
        let x = SentenceContext::new(text, a, si, entities);
        // Names that only qualify another name ("Iraqi Prime Minister X", "X, the Hezbollah
        // leader") take part through that person, not on their own.
        let modifiers_from = relations.len();
        relations::run(registry::MODIFIER_RULES, &x, &mut relations);
        // "The Andean Front, led by X, …": the name an aside's doer leads heads the phrase.
        let modifiers: Vec<usize> = relations[modifiers_from..]
            .iter()
            .filter(|r| agent_of_a_participle_aside(a, &a.entities[r.source]).is_none())
            .map(|r| r.target)
            .collect();
        recency.start_sentence(si);
        sentence::events_in_sentence(&x, &modifiers, &mut events, &mut recency);
        relations::run(registry::RELATION_RULES, &x, &mut relations);
    }
    relations::drop_ruled_out_containment(a, &mut relations);
    times::attach_times(a, &mut events);
    (events, relations)
}

#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod complement_tests;
#[cfg(test)]
mod conditional_tests;
#[cfg(test)]
mod cue_tests;
#[cfg(test)]
mod direction_tests;
#[cfg(test)]
mod phrase_tests;
#[cfg(test)]
mod relative_tests;
#[cfg(test)]
mod retold_tests;
#[cfg(test)]
mod tests;
