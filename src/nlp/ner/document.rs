//! Tagging whole documents: every sentence, then a consistency pass (repeated names agree,
//! headlines learn from the body), and the JSON-lines front end of `dramatis tag`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::features;
use super::model::{Model, Scratch};
use super::types::{EntityType, NerError, Span};

/// Tags a document: every sentence, then a consistency pass so repeated names agree.
///
/// Names found in normally cased sentences tell the model what the same words mean in a
/// headline or an all-lowercase line, and a name typed one way most of the time is typed that
/// way everywhere in the document.
pub fn tag_document(model: &Model, sentences: &[Vec<&str>]) -> Vec<Vec<Span>> {
    // One scratch per thread, so the word caches stay warm from article to article.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
    }
    let tag_all =
        |scratch: &mut Scratch| -> Vec<Vec<Span>> { sentences.iter().map(|s| model.tag(s, scratch)).collect() };
    let mut tagged = SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => tag_all(&mut scratch),
        Err(_) => tag_all(&mut Scratch::default()),
    });
    make_consistent(sentences, &mut tagged);
    tagged
}

/// `dramatis tag`: JSON lines `{"tokens": [...]}` in, `{"entities": [...]}` out (token indices,
/// end exclusive), one line per line. With `as_document` all lines are one document and get the
/// consistency pass. Returns the number of tokens tagged.
pub fn tag_json_lines(
    model: &Model,
    input: impl std::io::BufRead,
    mut output: impl std::io::Write,
    as_document: bool,
) -> Result<usize, NerError> {
    #[derive(Deserialize)]
    struct Line<'a> {
        #[serde(borrow)]
        tokens: Vec<std::borrow::Cow<'a, str>>,
    }
    #[derive(Serialize)]
    struct Out<'a> {
        entities: &'a [Span],
    }
    let mut tokens = 0;
    let mut scratch = Scratch::default();
    let mut document: Vec<Vec<String>> = Vec::new();
    for (number, line) in input.lines().enumerate() {
        let line = line?;
        // A blank line is an empty sentence, so output lines stay aligned with input lines.
        let parsed: Line = if line.trim().is_empty() {
            Line { tokens: Vec::new() }
        } else {
            serde_json::from_str(&line).map_err(|e| NerError::Corpus {
                path: "standard input".into(),
                reason: format!("line {}: expected {{\"tokens\": [...]}}: {e}", number + 1),
            })?
        };
        tokens += parsed.tokens.len();
        if as_document {
            document.push(parsed.tokens.iter().map(|t| t.to_string()).collect());
            continue;
        }
        let words: Vec<&str> = parsed.tokens.iter().map(|t| t.as_ref()).collect();
        let spans = model.tag(&words, &mut scratch);
        serde_json::to_writer(&mut output, &Out { entities: &spans }).map_err(std::io::Error::from)?;
        output.write_all(b"\n")?;
    }
    if as_document {
        let sentences: Vec<Vec<&str>> = document.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
        for spans in tag_document(model, &sentences) {
            serde_json::to_writer(&mut output, &Out { entities: &spans }).map_err(std::io::Error::from)?;
            output.write_all(b"\n")?;
        }
    }
    output.flush()?;
    Ok(tokens)
}

fn phrase_key(words: &[&str]) -> String {
    words.iter().map(|w| w.to_lowercase()).collect::<Vec<_>>().join(" ")
}

/// The document-level consistency pass of [`tag_document`].
pub fn make_consistent(sentences: &[Vec<&str>], tagged: &mut [Vec<Span>]) {
    use features::{SentenceCase, sentence_case};
    let cases: Vec<SentenceCase> = sentences.iter().map(|s| sentence_case(s)).collect();
    // Votes from normally cased sentences: phrase → type → count.
    let mut votes: HashMap<String, HashMap<EntityType, usize>> = HashMap::new();
    let mut longest = 0;
    for ((words, spans), case) in sentences.iter().zip(tagged.iter()).zip(&cases) {
        if *case != SentenceCase::Normal {
            continue;
        }
        for s in spans {
            // Single lowercase words ("today") are not names to propagate.
            if s.end - s.start == 1 && !words[s.start].chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            longest = longest.max(s.end - s.start);
            *votes.entry(phrase_key(&words[s.start..s.end])).or_default().entry(s.kind).or_default() += 1;
        }
    }
    // "Townsend" after "Stephen J. Townsend": a lone surname is the person.
    let mut surnames: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (words, spans) in sentences.iter().zip(tagged.iter()) {
        for s in spans.iter().filter(|s| s.kind == EntityType::Person && s.end - s.start >= 2) {
            surnames.insert(words[s.end - 1].to_lowercase());
        }
    }
    for (words, spans) in sentences.iter().zip(tagged.iter_mut()) {
        for s in spans.iter_mut() {
            if s.end - s.start == 1 && surnames.contains(&words[s.start].to_lowercase()) {
                s.kind = EntityType::Person;
            }
        }
    }
    if votes.is_empty() {
        return;
    }
    let winner = |key: &str| -> Option<(EntityType, usize, usize)> {
        let v = votes.get(key)?;
        let total: usize = v.values().sum();
        let (&kind, &count) = v.iter().max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k)))?;
        Some((kind, count, total))
    };
    for ((words, spans), case) in sentences.iter().zip(tagged.iter_mut()).zip(&cases) {
        // Retype a span when the document mostly typed the same name otherwise.
        for s in spans.iter_mut() {
            if let Some((kind, count, total)) = winner(&phrase_key(&words[s.start..s.end]))
                && kind != s.kind
                && count * 3 >= total * 2
                && count >= 2
            {
                s.kind = kind;
            }
        }
        // Headlines and lowercase lines: add names the document already knows.
        if *case == SentenceCase::Normal {
            continue;
        }
        let mut covered: Vec<bool> = vec![false; words.len()];
        for s in spans.iter() {
            covered[s.start..s.end].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        while i < words.len() {
            let mut matched = 0;
            for len in (1..=longest.min(words.len() - i)).rev() {
                if covered[i..i + len].iter().any(|&c| c) {
                    continue;
                }
                if let Some((kind, _, _)) = winner(&phrase_key(&words[i..i + len])) {
                    spans.push(Span { start: i, end: i + len, kind });
                    matched = len;
                    break;
                }
            }
            i += matched.max(1);
        }
        spans.sort_by_key(|s| s.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consistency_carries_names_into_headlines_and_agrees_on_types() {
        let sentences: Vec<Vec<&str>> = vec![
            vec!["HEZBOLLAH", "WARNS", "ISRAEL"],
            vec!["Hezbollah", "said", "Israel", "would", "pay", "."],
            vec!["Hezbollah", "fighters", "left", "."],
            vec!["Hezbollah", "denied", "it", "."],
        ];
        let mut tagged = vec![
            vec![],
            vec![Span { start: 0, end: 1, kind: EntityType::Org }, Span { start: 2, end: 3, kind: EntityType::Gpe }],
            vec![Span { start: 0, end: 1, kind: EntityType::Org }],
            vec![Span { start: 0, end: 1, kind: EntityType::Person }],
        ];
        make_consistent(&sentences, &mut tagged);
        assert_eq!(
            tagged[0],
            vec![Span { start: 0, end: 1, kind: EntityType::Org }, Span { start: 2, end: 3, kind: EntityType::Gpe }]
        );
        assert_eq!(tagged[3][0].kind, EntityType::Org);
    }
}
