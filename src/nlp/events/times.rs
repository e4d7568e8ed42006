//! When an event happened: the nearest time expression in a sentence that mentions it.

use super::finding::EventFinding;
use crate::nlp::analysis::Analysis;
use crate::nlp::context::quotation_opens_between;
use crate::nlp::time::names_a_date;

/// An event's time: the date expression nearest to its first mention that shares a sentence
/// with one ("talks on Tuesday", "Last week, officials met"); lengths of time ("after 40
/// years") are not dates, nor is the time of a speaking the time of what it quotes.
pub(super) fn attach_times(a: &Analysis, events: &mut [EventFinding]) {
    let is_date: Vec<bool> = a
        .times
        .iter()
        .map(|t| {
            let words: Vec<&str> = a.lowered[t.first_token..t.end_token].iter().map(String::as_str).collect();
            names_a_date(&words)
        })
        .collect();
    for e in events.iter_mut() {
        e.time = e.mentions.iter().find_map(|&(start, end, sentence)| {
            // The mention's first token (tokens are in text order).
            let token = a.tokens.partition_point(|t| t.start < start);
            a.times
                .iter()
                .enumerate()
                .filter(|(i, t)| t.sentence == sentence && is_date[*i])
                // "On Tuesday the minister said: "X has besieged Y"": the speaking's time.
                .filter(|(_, t)| !(t.end_token <= token && quotation_opens_between(a, t.end_token, token)))
                .min_by_key(|(_, t)| if t.start >= end { t.start - end } else { start.saturating_sub(t.end) })
                .map(|(i, _)| i)
        });
    }
}
