//! What event finding produces: events with their trigger mentions, modality, roles and time.

use crate::model::{EdgeKind, Modality, Role};

/// One event found in an article.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFinding {
    pub root: u8,
    /// The trigger's lemma ("talks", "attack").
    pub trigger: String,
    /// Trigger spans (byte offsets) with their sentence: the first mention and later references.
    pub mentions: Vec<(usize, usize, usize)>,
    pub modality: Modality,
    pub roles: Vec<RoleFinding>,
    /// When: an index into `Analysis::times`.
    pub time: Option<usize>,
}

/// One entity's part in an event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RoleFinding {
    /// Index into `Analysis::entities`.
    pub entity: usize,
    /// Participant, mediator, host or location.
    pub kind: EdgeKind,
    /// Source/target/participant for participants; `None` for the other kinds.
    pub role: Option<Role>,
    /// The sentence that says it.
    pub sentence: usize,
    pub confidence: f32,
}
