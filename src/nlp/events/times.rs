//! When an event happened: the nearest time expression in a sentence that mentions it.

use std::collections::{HashMap, HashSet};

use super::finding::EventFinding;
use super::participants::describes_the_event;
use super::triggers::NOMINAL;
use crate::nlp::analysis::{Analysis, TimeMention};
use crate::nlp::clauses::relative_clauses;
use crate::nlp::context::{name_ending_at, quotation_opens_between};
use crate::nlp::lexicon::{DETERMINERS, SCHEDULE_WORDS};
use crate::nlp::time::names_a_date;

/// An event's time: the date expression nearest to its first mention that shares a sentence
/// with one ("talks on Tuesday", "Last week, officials met"); lengths of time ("after 40
/// years") are not dates, nor is the time of a speaking the time of what it quotes. A date
/// between a determiner and an event's noun ("the 1994 genocide") is that event's alone, and one
/// after a scheduling participle is the noun's before it ("elections planned for December"). A
/// relative clause keeps its dates, except for the event noun it describes.
pub(super) fn attach_times(a: &Analysis, events: &mut [EventFinding]) {
    let is_date: Vec<bool> = a
        .times
        .iter()
        .map(|t| {
            let words: Vec<&str> = a.lowered[t.first_token..t.end_token].iter().map(String::as_str).collect();
            names_a_date(&words)
        })
        .collect();
    let is_date: Vec<bool> = is_date.into_iter().zip(&a.times).map(|(date, t)| date && !in_a_dateline(a, t)).collect();
    let first_token = |start: usize| a.tokens.partition_point(|t| t.start < start);
    let triggers: HashSet<usize> =
        events.iter().flat_map(|e| e.mentions.iter().map(|&(start, ..)| first_token(start))).collect();
    // The trigger a date modifies, if it does; `Some(None)` when it dates another noun.
    let modified: Vec<Option<Option<usize>>> = a
        .times
        .iter()
        .map(|t| {
            let before = if t.first_token > 0 { a.lowered[t.first_token - 1].as_str() } else { "" };
            let determined = DETERMINERS.contains(&before) || matches!(before, "a" | "an" | "'s" | "his" | "her");
            if determined && triggers.contains(&t.end_token) {
                return Some(Some(t.end_token));
            }
            // "elections planned for December", "talks scheduled for Monday": a date after a
            // scheduling participle and its preposition dates the noun before the participle.
            let scheduled = t.first_token >= 3
                && matches!(before, "for" | "in" | "on" | "to" | "until" | "till")
                && SCHEDULE_WORDS.contains(&a.lowered[t.first_token - 2].as_str());
            scheduled.then(|| {
                // "The strike, set for Monday, …": past the comma of an aside.
                let mut noun = t.first_token - 3;
                if a.lowered[noun] == "," && noun > 0 {
                    noun -= 1;
                }
                triggers.contains(&noun).then_some(noun)
            })
        })
        .collect();
    // Which relative clause holds each token, read once per sentence with both a date and an event.
    let event_sentences: HashSet<usize> = events.iter().flat_map(|e| e.mentions.iter().map(|m| m.2)).collect();
    let mut clauses: HashMap<usize, Vec<Option<usize>>> = HashMap::new();
    for (i, t) in a.times.iter().enumerate() {
        if is_date[i] && event_sentences.contains(&t.sentence) && !clauses.contains_key(&t.sentence) {
            let s = &a.sentences[t.sentence];
            clauses.insert(t.sentence, relative_clauses(a, s.first_token, s.end_token));
        }
    }
    for e in events.iter_mut() {
        e.time = e.mentions.iter().find_map(|&(start, end, sentence)| {
            // The mention's first token (tokens are in text order).
            let token = first_token(start);
            let first = a.sentences[sentence].first_token;
            let clause_of = |t: usize| clauses.get(&sentence).and_then(|c| c.get(t - first).copied()).flatten();
            let nominal = NOMINAL.contains_key(a.lowered[token].as_str());
            a.times
                .iter()
                .enumerate()
                .filter(|(i, t)| t.sentence == sentence && is_date[*i])
                .filter(|(i, _)| modified[*i].is_none_or(|trigger| trigger == Some(token)))
                // "crossings that have been closed since 2018", "X, which backs the army, hosted
                // talks in July": a relative clause has its own times — but one on an event's noun
                // tells that event's ("the talks, which began on Monday").
                .filter(|(_, t)| {
                    let (date_clause, trigger_clause) = (clause_of(t.first_token), clause_of(token));
                    date_clause == trigger_clause || describes_the_event(nominal, date_clause, token)
                })
                // "On Tuesday the minister said: "X has besieged Y"": the speaking's time.
                .filter(|(_, t)| !(t.end_token <= token && quotation_opens_between(a, t.end_token, token)))
                .min_by_key(|(_, t)| if t.start >= end { t.start - end } else { start.saturating_sub(t.end) })
                .map(|(i, _)| i)
        });
    }
}

/// "KYIV, March 3 - Russia and Ukraine exchanged…", "LIMA, 4 May (Staff) -": a date that opens the
/// sentence after a place's name and a comma, and is closed by a dash or a parenthesis, says when
/// the report was filed — not when what it reports happened.
fn in_a_dateline(a: &Analysis, t: &TimeMention) -> bool {
    let first = a.sentences[t.sentence].first_token;
    t.first_token >= first + 2
        && a.lowered[t.first_token - 1] == ","
        && name_ending_at(a, t.first_token - 1).is_some_and(|m| m.first_token == first)
        && a.lowered.get(t.end_token).is_some_and(|w| matches!(w.as_str(), "-" | "–" | "—" | "("))
}
