//! What entity finding produces: typed spans of an article's text and what each refers to.

use crate::model::NodeKind;

/// What a mention refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A gazetteer entry (by index).
    Known(u32),
    /// Something found by cues: a canonical id and label.
    New { id: String, label: String },
}

/// A typed span of the article text.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMention {
    pub start: usize,
    pub end: usize,
    pub first_token: usize,
    pub end_token: usize,
    pub sentence: usize,
    pub kind: NodeKind,
    pub target: Target,
    pub confidence: f32,
    /// A person's title ("Prime Minister").
    pub role: Option<String>,
    /// Where a newly found place lies (a node id).
    pub parent: Option<String>,
    /// A personal pronoun resolved to the person it refers to ("he" → Tobias Ellwood), or a
    /// definite description to the actor or place ("the group" → al-Shabaab).
    pub pronoun: bool,
    /// Typed by a guess — the tagger alone, or a weak cue ("X Y said") —, not by a cue of English
    /// that says the kind: such a cue's reading of the same name elsewhere in the article
    /// outranks it.
    pub guessed: bool,
}

/// Adds mentions a pass found (resolved pronouns, descriptions, unnamed office holders) to the
/// article's, kept in text order; nothing to do when none were found.
pub fn insert_in_order(mentions: &mut Vec<EntityMention>, added: Vec<EntityMention>) {
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
    }
}
