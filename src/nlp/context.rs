//! What the event and relation rules see of one sentence ([`SentenceContext`]), and the word
//! tests they share: lower-cased tokens, cue matching, clause starts, place prepositions.

use super::analysis::Analysis;
use super::entities::EntityMention;
use super::lexicon::{CAMEO_VERBS, CLAUSE_BARRIERS, FINITE_AUXILIARIES};
use super::sentences::Sentence;

/// One sentence of an analysed article, with its entity mentions.
#[derive(Clone, Copy)]
pub struct SentenceContext<'a> {
    pub text: &'a str,
    pub a: &'a Analysis,
    pub sentence: &'a Sentence,
    /// The sentence's index in the article.
    pub index: usize,
    /// The sentence's entity mentions (indices into `a.entities`), in text order.
    pub entities: &'a [usize],
}

impl SentenceContext<'_> {
    /// The entity mention covering token `tok`, if any.
    pub fn entity_at(&self, tok: usize) -> Option<usize> {
        let a = self.a;
        self.entities.iter().copied().find(|&k| a.entities[k].first_token <= tok && tok < a.entities[k].end_token)
    }
}

/// Token `i` lower-cased ("" past the end).
pub fn lower(a: &Analysis, i: usize) -> &str {
    a.lowered.get(i).map_or("", String::as_str)
}

pub fn matches_at(a: &Analysis, i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| lower(a, i + k) == *w)
}

/// Start of the clause around token `i` (a comma, semicolon, colon or dash before it).
pub fn clause_start(text: &str, a: &Analysis, first: usize, i: usize) -> usize {
    (first..i).rev().find(|&k| matches!(a.tokens[k].text(text), "," | ";" | ":" | "—" | "–")).map_or(first, |k| k + 1)
}

/// Is the name the object of a place preposition ("strikes in Syria", "near the Iraqi border")?
/// Such a name says where, not who.
pub fn after_locative(a: &Analysis, first: usize, m: &EntityMention) -> bool {
    let mut t = m.first_token;
    while t > first && matches!(lower(a, t - 1), "the" | "northern" | "southern" | "eastern" | "western") {
        t -= 1;
    }
    t > first
        && matches!(lower(a, t - 1), "in" | "at" | "near" | "inside" | "outside" | "across" | "throughout" | "into")
}

/// "X accused the militants …, and Y condemned the attack": a name after token `after` (a trigger
/// or cue) that follows a coordinator ("and", "but", "while", "yet" after a comma) and comes
/// before a finite verb (an inflected event verb, a reporting verb or an auxiliary) is the subject
/// of a clause of its own, not an object of that trigger or cue.
pub fn opens_coordinated_clause(a: &Analysis, m: &EntityMention, after: usize) -> bool {
    if after >= m.first_token || m.first_token < after + 3 {
        return false;
    }
    let mut before = m.first_token - 1;
    if lower(a, before) == "the" {
        before -= 1;
    }
    let coordinated =
        matches!(lower(a, before), "and" | "but" | "while" | "yet") && before > after && lower(a, before - 1) == ",";
    let next = lower(a, m.end_token);
    let finite = FINITE_AUXILIARIES.contains(&next)
        || CLAUSE_BARRIERS.contains(&next)
        || CAMEO_VERBS.get(next).is_some_and(|(lemma, _)| *lemma != next);
    coordinated && finite
}

pub fn same_target(a: &EntityMention, b: &EntityMention) -> bool {
    a.target == b.target
}
