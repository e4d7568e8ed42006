//! The tagger's vocabulary: entity types (the `tag` contract's names), spans over a sentence's
//! tokens, and its errors.

use serde::{Deserialize, Serialize};

/// The tagger's tags: entity types × {B, I, L, U} + O.
pub const TAGS: usize = 1 + 4 * EntityType::ALL.len();

/// The tag set of DESIGN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Event,
    Date,
    Misc,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Gpe,
        EntityType::Loc,
        EntityType::Norp,
        EntityType::Event,
        EntityType::Date,
        EntityType::Misc,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Date => "DATE",
            EntityType::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Tokens `[start, end)` of one sentence form an entity of `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: EntityType,
}

#[derive(Debug, thiserror::Error)]
pub enum NerError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("bad model file: {0}")]
    Format(String),
    #[error("{path}: {reason}")]
    Corpus { path: String, reason: String },
    /// A model file named by the user (`DRAMATIS_NER_MODEL`) that cannot be used.
    #[error("{path}: {reason}")]
    ModelFile { path: String, reason: String },
}
