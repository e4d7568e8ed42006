//! Reported speech: a verb of saying parts a sentence's speakers ("Cook said", "…, the ministry
//! told reporters") from what they say, and a speaker is no party to what is said by position.

use std::ops::Range;

use crate::model::NodeKind;
use crate::nlp::context::{SentenceContext, is_copula, is_preposition, lower, verb_like};
use crate::nlp::lexicon::{DETERMINERS, SAYING_VERBS, SPEAKER_PRONOUNS, SUBORDINATORS, TIME_PREPOSITIONS};

/// Most tokens a speaker's phrase takes before its verb ("Pentagon Press Secretary Peter Cook
/// told reporters", "…, the foreign ministry's spokesman said").
const SPEAKER_REACH: usize = 12;
/// Most tokens after a closing verb of saying ("said on Tuesday in a statement.").
const CLOSING_TAIL: usize = 8;

/// The tokens of the sentence that name its speakers, when a verb of saying (`saying_verbs.txt`)
/// parts them from what they say; the rest of the sentence is what is said.
/// - Opening: "X said (that) …", "X told Y …" — from the sentence's start (after an opening
///   adverbial: "In Syria, the secretary said …") to the verb, and the addressee of "told".
/// - Closing: "…, X said on Tuesday." — from the last comma before the verb to the sentence's end.
///
/// None when what is said takes the speakers up by a pronoun (`speaker_pronouns.txt`: "Shell says
/// its terminal in Nigeria has closed"): then they are a party to it.
pub(crate) fn speakers(x: &SentenceContext) -> Option<Range<usize>> {
    let speakers = speakers_by_position(x)?;
    let s = x.sentence;
    let taken_up = s.tokens().any(|t| !speakers.contains(&t) && SPEAKER_PRONOUNS.contains(&lower(x.a, t)));
    (!taken_up).then_some(speakers)
}

/// [`speakers`] by the verb's position alone.
fn speakers_by_position(x: &SentenceContext) -> Option<Range<usize>> {
    let (a, s) = (x.a, x.sentence);
    // Not "to say", an adjective ("a noted lawyer", "the stated aim") or a passive ("was told").
    let verb = s.tokens().find(|&t| {
        let before = if t > s.first_token { lower(a, t - 1) } else { "" };
        SAYING_VERBS.contains(&lower(a, t))
            && t > s.first_token
            && !matches!(before, "to" | "a" | "an")
            && !DETERMINERS.contains(&before)
            && !is_copula(before)
            && x.entity_at(t).is_none()
    })?;
    // "In Syria, …", "After the talks, …": an opening adverbial is no speaker.
    let opener = lower(a, s.first_token);
    let adverbial = is_preposition(opener) || TIME_PREPOSITIONS.contains(&opener) || SUBORDINATORS.contains(&opener);
    let start = if adverbial {
        (s.first_token..verb).find(|&t| lower(a, t) == ",").map_or(s.first_token, |c| c + 1)
    } else {
        s.first_token
    };
    let last_comma = (verb.saturating_sub(SPEAKER_REACH).max(start)..verb - 1).rev().find(|&t| lower(a, t) == ",");
    // "…, the port authority told reporters on Friday.": a short close after a comma, with no
    // clause of its own ("…, Ana Ortiz and Lena Dahl, said the port was shut" is no close).
    let short_close = s.end_token - verb <= CLOSING_TAIL
        && (verb + 1..s.end_token).all(|t| !verb_like(lower(a, t)) && !is_copula(lower(a, t)));
    if let Some(comma) = last_comma.filter(|_| short_close) {
        return Some(comma + 1..s.end_token);
    }
    // A long subject and a long clause after it: which is which is not told by position.
    if verb - start > SPEAKER_REACH {
        return None;
    }
    let mut end = verb + 1;
    // "X told Y that …": the one told listens; what is said comes after.
    if lower(a, verb).starts_with('t')
        && let Some(k) = x.entity_at(end).filter(|&k| a.entities[k].first_token == end)
    {
        end = a.entities[k].end_token;
    }
    Some(start..end)
}

/// Whether one of two mentions speaks — a person, organisation or group among the speakers — and
/// the other is in what is said. A country or a place among the speakers says whose or where they
/// are ("Afghan officials say…", "Reports from Georgia say…") and is left to the classifier, as is
/// a name after a preposition ("the head of the Red Cross in Velmora said…").
pub(crate) fn across_a_report(x: &SentenceContext, speakers: &Range<usize>, p: usize, q: usize) -> bool {
    let a = x.a;
    let first = |k: usize| a.entities[k].first_token;
    let speaks = |k: usize| {
        matches!(a.entities[k].kind, NodeKind::Person | NodeKind::Organization | NodeKind::Group)
            && speakers.contains(&first(k))
            && !(first(k) > speakers.start && is_preposition(lower(a, first(k) - 1)))
    };
    let said = |k: usize| !speakers.contains(&first(k));
    (speaks(p) && said(q)) || (speaks(q) && said(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::analyze;

    /// The speakers' words of each sentence of `text`.
    fn speakers_of(text: &str) -> Vec<Option<String>> {
        let a = analyze(text);
        (0..a.sentences.len())
            .map(|si| {
                let entities: Vec<usize> = (0..a.entities.len()).filter(|&k| a.entities[k].sentence == si).collect();
                let x = SentenceContext::new(text, &a, si, &entities);
                speakers(&x).map(|r| text[a.tokens[r.start].start..a.tokens[r.end - 1].end].to_string())
            })
            .collect()
    }

    #[test]
    fn a_verb_of_saying_parts_speakers_from_what_they_say() {
        let text = "Harbour officials in Velmora said the ferry from Karvik had sunk near the Tolvane coast. \
                    The barges reached Dunmere before the storm, the Karvik port authority told reporters on Friday. \
                    In Karvik, the mayor told Ana Ortiz that the mines were closed. \
                    The ferry from Karvik sank near Tolvane on Friday. \
                    The Karvik Ferry Company says its boats will stay in Dunmere. \
                    Ana Ortiz is a noted lawyer from Velmora. \
                    The Velmoran and Karvish ferry captains, Ana Ortiz and Lena Dahl, said the port of Tolvane was shut.";
        assert_eq!(
            speakers_of(text),
            vec![
                Some("Harbour officials in Velmora said".to_string()),
                Some("the Karvik port authority told reporters on Friday.".to_string()),
                Some("the mayor told Ana Ortiz".to_string()),
                None,
                None,
                None,
                None,
            ]
        );
    }
}
