//! re3d-dev's hand annotations (JSON lines with character offsets) as NER training and test
//! sentences: named people, organisations and places, with the noun phrases and types of no
//! tag of ours set apart so training can mask them.

use std::path::Path;

use crate::bio::BioSentence;
use crate::conventions::strip_person_titles;
use crate::eval_re3d::{Doc, GoldEntity, json_lines, named, sentence_token_span};
use dramatis::nlp::lexicon::TITLES;
use dramatis::nlp::ner::NerError;
use dramatis::nlp::{sentences::split_sentences, tokenize::tokenize};

/// The class of a re3d mention of no type of ours: masked in training, not scored.
pub const UNMAPPED: &str = "UNMAPPED";

/// A mention: tokens `[start, end)` and its class.
pub type Mention = (usize, usize, String);

/// One folder of re3d-dev (`documents.json`, `entities.json`) as sentences of our tokenizer,
/// documents numbered in file order: named Person, Organisation and Location entities are PER,
/// ORG and LOC mentions, without a leading "the" ("the Kurdish YPG": taggers mark names, not
/// noun phrases); other named annotations (weapons, vehicles…) are [`UNMAPPED`] mentions.
/// Overlapping annotations are all kept (for scoring).
pub fn re3d_sentences(folder: &Path) -> Result<Vec<BioSentence>, NerError> {
    let bad =
        |e: crate::eval_re3d::EvalError| NerError::Corpus { path: folder.display().to_string(), reason: e.to_string() };
    let docs: Vec<Doc> = json_lines(&folder.join("documents.json")).map_err(bad)?;
    let entities: Vec<GoldEntity> = json_lines(&folder.join("entities.json")).map_err(bad)?;
    let mut out = Vec::new();
    for (document, doc) in docs.iter().enumerate() {
        let text = &doc.text;
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let first = out.len();
        for s in &sentences {
            let words = tokens[s.tokens()].iter().map(|t| t.text(text).to_string()).collect();
            out.push(BioSentence { document, words, mentions: Vec::new() });
        }
        for g in entities.iter().filter(|g| g.document == doc.id) {
            let class = match g.kind.as_str() {
                "Person" => "PER",
                "Organisation" => "ORG",
                "Location" => "LOC",
                // Covered by the corpus's open types.
                "Nationality" | "Temporal" => continue,
                // Weapons, vehicles, documents…: no type of ours, and no sign of what our
                // convention would make of "USS Hopper" or a "VBIED".
                _ => UNMAPPED,
            };
            if !named(&g.value) {
                continue;
            }
            let Some((si, (mut start, end))) = sentences
                .iter()
                .enumerate()
                .find_map(|(si, s)| sentence_token_span(text, &tokens, s.tokens(), g.begin, g.end).map(|x| (si, x)))
            else {
                continue;
            };
            let sentence = &mut out[first + si];
            if end - start > 1 && sentence.words[start].eq_ignore_ascii_case("the") {
                start += 1;
            }
            sentence.mentions.push((start, end, class.to_string()));
        }
    }
    Ok(out)
}

/// A re3d sentence as training and scoring read it: its names (overlaps resolved) as they are,
/// its noun phrases and foreign types as [`UNMAPPED`] mentions, to be masked.
pub fn names_only(mut sentence: BioSentence) -> BioSentence {
    let (names, phrases) = names_and_phrases(&sentence.words, std::mem::take(&mut sentence.mentions));
    sentence.mentions = without_overlaps(names);
    sentence.mentions.extend(phrases.into_iter().map(|(start, end)| (start, end, UNMAPPED.to_string())));
    sentence
}

/// Words a proper name may hold in lower case ("Ministry of Defence", "Abu Bakr al Baghdadi").
const NAME_FUNCTION_WORDS: &[&str] = &[
    "of", "the", "and", "for", "on", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "van", "von", "der",
    "da", "di", "&",
];

/// Splits annotated mentions into proper names and noun phrases. A name runs from its first
/// capitalised word ("the city of Mosul" → "Mosul", "northern Syria" → "Syria"), holds no
/// lowercase word but a function word, and, a person's, no office after its leading titles; a
/// comma ends a name ("Tabqa Dam, Syria" is two). Annotators who mark whole noun phrases ("ISIL
/// tactical units", "U.S. service members", "the Asad regime", "Defence Secretary Ash Carter")
/// mark no name a tagger should copy, so those ranges come back apart — to be masked (any tag),
/// since "U.S." inside is still a name. [`UNMAPPED`] mentions are always masked.
fn names_and_phrases(words: &[String], mentions: Vec<Mention>) -> (Vec<Mention>, Vec<(usize, usize)>) {
    let capitalised = |w: &str| w.chars().any(char::is_uppercase);
    let (mut names, mut phrases) = (Vec::new(), Vec::new());
    // A comma separates names: "Tabqa Dam, Syria" is a place and the country it is in.
    let parts = mentions.into_iter().flat_map(|(start, end, kind)| {
        let commas: Vec<usize> = (start..end).filter(|&i| words[i] == ",").collect();
        let bounds: Vec<(usize, usize)> = std::iter::once(start)
            .chain(commas.iter().map(|c| c + 1))
            .zip(commas.iter().copied().chain(std::iter::once(end)))
            .filter(|(a, b)| a < b)
            .collect();
        bounds.into_iter().map(move |(a, b)| (a, b, kind.clone()))
    });
    for (start, end, kind) in parts {
        if kind == UNMAPPED {
            phrases.push((start, end));
            continue;
        }
        let first = (start..end).find(|&i| capitalised(&words[i]));
        let proper = first.is_some_and(|first| {
            words[first..end].iter().all(|w| {
                capitalised(w)
                    || !w.chars().any(char::is_alphabetic)
                    || NAME_FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
            })
        });
        // "Iraqi Prime Minister Haider al-Abadi": a person mention with an office inside names
        // the post as well; the tagger's people are names (leading titles are cut elsewhere).
        let office_inside = kind == "PER"
            && first
                .and_then(|first| strip_person_titles(words, first, end))
                .is_some_and(|name| words[name..end].iter().any(|w| TITLES.is_tagger_title(w)));
        match first {
            Some(first) if proper && !office_inside => names.push((first, end, kind)),
            _ => phrases.push((start, end)),
        }
    }
    (names, phrases)
}

/// Overlapping mentions reduced to the longest of each overlap (the first on a tie), in order:
/// a tag sequence holds one name per token ("Minister for the Middle East" over "Middle East").
fn without_overlaps(mut mentions: Vec<Mention>) -> Vec<Mention> {
    mentions.sort_by_key(|m| (std::cmp::Reverse(m.1 - m.0), m.0));
    let mut kept: Vec<Mention> = Vec::new();
    for m in mentions {
        if kept.iter().all(|k| m.1 <= k.0 || k.1 <= m.0) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.0);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An annotated noun phrase is no name to copy: its range is masked; a name keeps only its
    /// capitalised run ("the town of Kessab" → "Kessab").
    #[test]
    fn re3d_noun_phrases_are_masked_and_names_trimmed() {
        let words: Vec<String> =
            "the town of Kessab hosted Royal Navy patrol boats and the Ministry of Works , Gen. Omar Farid and Works Minister Rana Aziz"
                .split(' ')
                .map(String::from)
                .collect();
        let m = |a: usize, b: usize, k: &str| (a, b, k.to_string());
        let mentions =
            vec![m(0, 4, "LOC"), m(5, 9, "ORG"), m(10, 14, "ORG"), m(0, 2, "LOC"), m(15, 18, "PER"), m(19, 23, "PER")];
        let (names, phrases) = names_and_phrases(&words, mentions);
        assert_eq!(names, vec![m(3, 4, "LOC"), m(11, 14, "ORG"), m(15, 18, "PER")], "titles are cut later");
        assert_eq!(phrases, vec![(5, 9), (0, 2), (19, 23)], "phrases, and a person named with the post");
        let words: Vec<String> = ["Fort", "Lenox", ",", "Ohio", ",", "ground", "forces"].map(String::from).to_vec();
        let (names, phrases) = names_and_phrases(&words, vec![m(0, 4, "LOC"), m(0, 7, "ORG")]);
        assert_eq!(names, vec![m(0, 2, "LOC"), m(3, 4, "LOC"), m(0, 2, "ORG"), m(3, 4, "ORG")]);
        assert_eq!(phrases, vec![(5, 7)]);
    }

    #[test]
    fn overlapping_mentions_keep_the_longest() {
        let m = |a: usize, b: usize| (a, b, "ORG".to_string());
        assert_eq!(without_overlaps(vec![m(3, 4), m(0, 5), m(6, 7), m(6, 8)]), vec![m(0, 5), m(6, 8)]);
    }
}
