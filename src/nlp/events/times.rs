//! When an event happened: the nearest time expression in a sentence that mentions it.

use super::finding::EventFinding;
use crate::nlp::analysis::Analysis;

/// An event's time: the time expression nearest to its first mention that shares a sentence
/// with one ("talks on Tuesday", "Last week, officials met").
pub(super) fn attach_times(a: &Analysis, events: &mut [EventFinding]) {
    for e in events.iter_mut() {
        e.time = e.mentions.iter().find_map(|&(start, end, sentence)| {
            a.times
                .iter()
                .enumerate()
                .filter(|(_, t)| t.sentence == sentence)
                .min_by_key(|(_, t)| if t.start >= end { t.start - end } else { start.saturating_sub(t.end) })
                .map(|(i, _)| i)
        });
    }
}
