//! Sentence splitting over tokens: knows abbreviations, initials, quotes and paragraph breaks.

use super::lexicon::{NON_FINAL_ABBREVIATIONS, SENTENCE_OPENERS};
use super::tokenize::Token;

/// A sentence as a token range and a byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub first_token: usize,
    pub end_token: usize,
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first_token..self.end_token
    }
}

const CLOSERS: &[&str] = &["\"", "'", "”", "’", ")", "]", "»"];

/// Splits tokenised `text` into sentences.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let word = tokens[i].text(text);
        let mut boundary_after = None;
        if matches!(word, "." | "!" | "?" | "..." | "…") || word.ends_with("?!") {
            let mut k = i + 1;
            while k < tokens.len()
                && CLOSERS.contains(&tokens[k].text(text))
                && !gap_has_newline(text, tokens[k - 1], tokens[k])
            {
                k += 1;
            }
            if k >= tokens.len()
                || starts_sentence(tokens[k].text(text))
                || gap_has_newline(text, tokens[k - 1], tokens[k])
                || lower_case_after_a_full_stop(text, tokens, i, k)
            {
                boundary_after = Some(k);
            }
        } else if word.ends_with('.') && word.len() > 1 {
            // An abbreviation can end a sentence ("... by the U.S. The talks ...").
            let bare = word.trim_end_matches('.').to_lowercase();
            let next = tokens.get(i + 1).map(|t| t.text(text));
            let final_capable = !NON_FINAL_ABBREVIATIONS.contains(&bare.as_str()) && bare.chars().count() != 1;
            if final_capable && next.is_some_and(|w| starts_sentence(w) && is_sentence_opener(w)) {
                boundary_after = Some(i + 1);
            }
        }
        if boundary_after.is_none() && i + 1 < tokens.len() && line_break_ends_sentence(text, tokens, i) {
            boundary_after = Some(i + 1);
        }
        if let Some(end) = boundary_after {
            push(&mut sentences, text, tokens, first, end);
            first = end;
            i = end;
        } else {
            i += 1;
        }
    }
    push(&mut sentences, text, tokens, first, tokens.len());
    sentences
}

/// The longest sentence the rules see, in tokens. Longer runs (a page with no full stops, a
/// table flattened to one line) are cut, so every per-sentence rule does bounded work.
pub const MAX_SENTENCE_TOKENS: usize = 200;
/// A cut looks this far back from the limit for a clause break (";", ":", ",") to cut after.
const CUT_LOOKBACK: usize = 80;

fn push(out: &mut Vec<Sentence>, text: &str, tokens: &[Token], mut first: usize, end: usize) {
    while end - first > MAX_SENTENCE_TOKENS {
        let limit = first + MAX_SENTENCE_TOKENS;
        let cut = (limit - CUT_LOOKBACK..limit)
            .rev()
            .find(|&k| matches!(tokens[k].text(text), ";" | ":" | ","))
            .map_or(limit, |k| k + 1);
        out.push(Sentence { first_token: first, end_token: cut, start: tokens[first].start, end: tokens[cut - 1].end });
        first = cut;
    }
    if first < end {
        out.push(Sentence { first_token: first, end_token: end, start: tokens[first].start, end: tokens[end - 1].end });
    }
}

fn starts_sentence(word: &str) -> bool {
    word.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || "\"“‘'([".contains(c) || (c.is_alphabetic() && !c.is_lowercase())
    })
}

/// "we stayed near the river. there were protests": in text typed without capitals (forums,
/// chat, mail) a full stop standing alone (abbreviations keep theirs as part of the word) ends
/// the sentence even before a lower-case word. Not after "?" or "!" ("\"Why?\" he asked") nor
/// a quote closing after it ("\"no.\" he said").
fn lower_case_after_a_full_stop(text: &str, tokens: &[Token], stop: usize, next: usize) -> bool {
    next == stop + 1
        && tokens[stop].text(text) == "."
        && tokens[next].text(text).chars().all(char::is_alphabetic)
        && tokens[next].text(text).chars().next().is_some_and(char::is_lowercase)
}

/// After an abbreviation only clear sentence openers split, so "U.S. Army" stays whole.
fn is_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.contains(&word)
}

fn gap_has_newline(text: &str, a: Token, b: Token) -> bool {
    text[a.end..b.start].contains('\n')
}

/// A blank line always ends a sentence; a single line break does unless the line looks hard-wrapped.
fn line_break_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let gap = &text[tokens[i].end..tokens[i + 1].start];
    let breaks = gap.matches('\n').count();
    if breaks == 0 {
        return false;
    }
    if breaks >= 2 {
        return true;
    }
    let line_start = text[..tokens[i].end].rfind('\n').map_or(0, |p| p + 1);
    let line_len = text[line_start..tokens[i].end].chars().count();
    let next_lower = tokens[i + 1].text(text).chars().next().is_some_and(char::is_lowercase);
    let prev_continues = tokens[i].text(text).chars().last().is_some_and(|c| c.is_alphanumeric() || c == ',');
    !((50..=100).contains(&line_len) && prev_continues && next_lower)
}

#[cfg(test)]
mod tests {
    #[test]
    fn over_long_runs_are_cut_at_clause_breaks_within_the_limit() {
        let text = "word ".repeat(150) + "then, " + &"more ".repeat(400);
        let tokens = crate::nlp::tokenize::tokenize(&text);
        let sentences = super::split_sentences(&text, &tokens);
        assert!(sentences.iter().all(|s| s.end_token - s.first_token <= super::MAX_SENTENCE_TOKENS));
        // The first cut falls right after the comma, the rest at the limit; nothing is lost.
        assert_eq!(tokens[sentences[0].end_token - 1].text(&text), ",");
        assert_eq!(sentences.iter().map(|s| s.end_token - s.first_token).sum::<usize>(), tokens.len());
        assert!(sentences.windows(2).all(|w| w[0].end_token == w[1].first_token));
    }

    use super::*;
    use crate::nlp::tokenize::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        split_sentences(text, &tokens).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Lt. Gen. Stephen J. Townsend met Mr. Smith on Dec. 15 in the U.S. Army base. The talks ended."),
            ["Lt. Gen. Stephen J. Townsend met Mr. Smith on Dec. 15 in the U.S. Army base.", "The talks ended."]
        );
    }

    #[test]
    fn abbreviation_can_end_a_sentence() {
        assert_eq!(
            split("The talks were facilitated by the U.S. The meeting ended."),
            ["The talks were facilitated by the U.S.", "The meeting ended."]
        );
    }

    #[test]
    fn quotes_questions_and_lines() {
        assert_eq!(
            split("He said \"no.\" Then he left! Why? Because."),
            ["He said \"no.\"", "Then he left!", "Why?", "Because."]
        );
        assert_eq!(
            split("Headline without period\n\nBody starts here. Second one."),
            ["Headline without period", "Body starts here.", "Second one."]
        );
        assert_eq!(split("BEIRUT - A line\nAnother line"), ["BEIRUT - A line", "Another line"]);
    }

    #[test]
    fn a_full_stop_ends_a_sentence_typed_in_lower_case() {
        assert_eq!(
            split("we flew in from Riga. there were protests most nights. why? nobody knew. ok"),
            ["we flew in from Riga.", "there were protests most nights.", "why? nobody knew.", "ok"]
        );
        // Abbreviations keep their period and go on.
        assert_eq!(split("bring maps, tents etc. and water, e.g. two litres.").len(), 1);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let text =
            "The delegations met in the border town for the second time this month and\ndiscussed the ceasefire. Next.";
        assert_eq!(split(text).len(), 2);
    }

    #[test]
    fn empty_and_unterminated() {
        assert!(split("").is_empty());
        assert_eq!(split("no end"), ["no end"]);
    }
}
