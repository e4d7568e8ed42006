//! When an event happened: the nearest time expression in a sentence that mentions it.

use std::collections::HashSet;

use super::finding::EventFinding;
use crate::nlp::analysis::Analysis;
use crate::nlp::context::quotation_opens_between;
use crate::nlp::lexicon::DETERMINERS;
use crate::nlp::time::names_a_date;

/// An event's time: the date expression nearest to its first mention that shares a sentence
/// with one ("talks on Tuesday", "Last week, officials met"); lengths of time ("after 40
/// years") are not dates, nor is the time of a speaking the time of what it quotes. A date
/// between a determiner and an event's noun ("the 1994 genocide") is that event's alone.
pub(super) fn attach_times(a: &Analysis, events: &mut [EventFinding]) {
    let is_date: Vec<bool> = a
        .times
        .iter()
        .map(|t| {
            let words: Vec<&str> = a.lowered[t.first_token..t.end_token].iter().map(String::as_str).collect();
            names_a_date(&words)
        })
        .collect();
    let first_token = |start: usize| a.tokens.partition_point(|t| t.start < start);
    let triggers: HashSet<usize> =
        events.iter().flat_map(|e| e.mentions.iter().map(|&(start, ..)| first_token(start))).collect();
    // The trigger a date modifies, if it does.
    let modified: Vec<Option<usize>> = a
        .times
        .iter()
        .map(|t| {
            let before = if t.first_token > 0 { a.lowered[t.first_token - 1].as_str() } else { "" };
            let determined = DETERMINERS.contains(&before) || matches!(before, "a" | "an" | "'s" | "his" | "her");
            (determined && triggers.contains(&t.end_token)).then_some(t.end_token)
        })
        .collect();
    for e in events.iter_mut() {
        e.time = e.mentions.iter().find_map(|&(start, end, sentence)| {
            // The mention's first token (tokens are in text order).
            let token = first_token(start);
            a.times
                .iter()
                .enumerate()
                .filter(|(i, t)| t.sentence == sentence && is_date[*i])
                .filter(|(i, _)| modified[*i].is_none_or(|trigger| trigger == token))
                // "On Tuesday the minister said: "X has besieged Y"": the speaking's time.
                .filter(|(_, t)| !(t.end_token <= token && quotation_opens_between(a, t.end_token, token)))
                .min_by_key(|(_, t)| if t.start >= end { t.start - end } else { start.saturating_sub(t.end) })
                .map(|(i, _)| i)
        });
    }
}
