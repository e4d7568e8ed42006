//! The NLP pipeline over one article: tokens, sentences, the tagger, entity mentions and time
//! expressions, gathered in an [`Analysis`] that the event and relation rules read.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::entities::{self, EntityMention};
use super::gazetteer::Gazetteer;
use super::ner;
use super::sentences::{self, Sentence};
use super::tokenize::{self, Token};

static COMMON_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicon/common_words.txt"))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// Is this lowercase word common English (so a capitalised copy needs context to be a name)?
/// The list is counted on American newswire, so a British spelling counts as its American one
/// ("defence", "labour", "centre", "organisation").
pub fn is_common_word(lower: &str) -> bool {
    COMMON_WORDS.contains(lower) || american_spelling(lower).is_some_and(|us| COMMON_WORDS.contains(us.as_str()))
}

/// The American spelling of a British one, by the regular endings: -ence/-ences → -ense(s)
/// ("defence"), -our → -or ("labour", "neighbours"), -tre → -ter ("centre"), -is- → -iz- before
/// -e/-ed/-es/-ing/-ation ("organise", "organisation").
fn american_spelling(lower: &str) -> Option<String> {
    const ENDINGS: &[(&str, &str)] = &[
        ("ence", "ense"),
        ("ences", "enses"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("isation", "ization"),
        ("isations", "izations"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ising", "izing"),
    ];
    // Short words ("our", "hour", "rise") are spelled alike on both sides.
    if lower.len() < 6 {
        return None;
    }
    ENDINGS.iter().find_map(|(gb, us)| lower.strip_suffix(gb).map(|stem| format!("{stem}{us}")))
}

/// A time expression the tagger found ("Tuesday", "last week", "Nov 26").
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMention {
    pub start: usize,
    pub end: usize,
    pub first_token: usize,
    pub end_token: usize,
    pub sentence: usize,
}

/// Everything NLP found in one article.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<EntityMention>,
    pub times: Vec<TimeMention>,
    /// Each token lower-cased, typographic apostrophes made straight ("Hezbollah’s" → "hezbollah's"):
    /// the event and relation rules compare words many times over.
    pub lowered: Vec<String>,
    /// Per token, whether an entity mention starts there: rules ask it many times a sentence.
    pub name_starts: Vec<bool>,
}

impl Analysis {
    /// Does an entity mention start at token `t`?
    pub fn starts_a_name(&self, t: usize) -> bool {
        self.name_starts.get(t).copied().unwrap_or(false)
    }

    /// The first token of the sentence that holds token `t` (a binary search over the sentences).
    pub fn sentence_start(&self, t: usize) -> Option<usize> {
        self.sentences.get(self.sentences.partition_point(|s| s.end_token <= t)).map(|s| s.first_token)
    }
}

/// The bundled tagger over every sentence of an article (with its consistency pass), or
/// `None` when no model is bundled.
pub fn tag_sentences(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Option<Vec<Vec<ner::Span>>> {
    let model = ner::bundled()?;
    let words: Vec<Vec<&str>> =
        sentences.iter().map(|s| tokens[s.tokens()].iter().map(|t| t.text(text)).collect()).collect();
    Some(ner::tag_document(model, &words))
}

/// The part of a tagged date that is the date, as a token range of `words`: a time expression
/// neither ends in a function word (but "before"/"after" as adverbs: "the day before") nor starts
/// with one other than a determiner ("2 December between" → "2 December", "since 2004" → "2004",
/// "the end of" → "the end"; "this week" stays).
fn date_core(words: &[&str]) -> Option<(usize, usize)> {
    use super::lexicon::FUNCTION_WORDS;
    let function = |w: &str| FUNCTION_WORDS.contains(&w.to_lowercase().as_str());
    let determiner =
        |w: &str| matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "this" | "that" | "these" | "those");
    let (mut from, mut to) = (0, words.len());
    let adverb = |w: &str| matches!(w.to_lowercase().as_str(), "before" | "after");
    while to > from && function(words[to - 1]) && !adverb(words[to - 1]) {
        to -= 1;
    }
    while from < to && function(words[from]) && !determiner(words[from]) {
        from += 1;
    }
    (from < to).then_some((from, to))
}

/// Runs the NLP pipeline over an article's clean text.
pub fn analyze(text: &str) -> Analysis {
    let tokens = tokenize::tokenize(text);
    let sentences = sentences::split_sentences(text, &tokens);
    let common = |w: &str| is_common_word(w);
    let tagged = tag_sentences(text, &tokens, &sentences);
    let entities = entities::find_entities(text, &tokens, &sentences, Gazetteer::bundled(), &common, tagged.as_deref());
    let mut times = Vec::new();
    for (si, (s, spans)) in sentences.iter().zip(tagged.iter().flatten()).enumerate() {
        for span in spans.iter().filter(|sp| sp.kind == ner::EntityType::Date) {
            let words: Vec<&str> =
                tokens[s.first_token + span.start..s.first_token + span.end].iter().map(|t| t.text(text)).collect();
            let Some((from, to)) = date_core(&words) else { continue };
            let (mut first, end) = (s.first_token + span.start + from, s.first_token + span.start + to);
            // "Jan. 9" tagged "9": a month's name (and its abbreviation's full stop) right before
            // a date that opens with a number is part of it.
            let word = |t: usize| tokens[t].text(text);
            if from == 0 && word(first).starts_with(|c: char| c.is_ascii_digit()) {
                let before = if first > s.first_token && word(first - 1) == "." { first - 1 } else { first };
                if before > s.first_token && crate::nlp::time::is_month_word(word(before - 1)) {
                    first = before - 1;
                }
            }
            times.push(TimeMention {
                start: tokens[first].start,
                end: tokens[end - 1].end,
                first_token: first,
                end_token: end,
                sentence: si,
            });
        }
    }
    let lowered = tokens.iter().map(|t| t.text(text).to_lowercase().replace('’', "'")).collect();
    let mut name_starts = vec![false; tokens.len()];
    for m in &entities {
        if let Some(start) = name_starts.get_mut(m.first_token) {
            *start = true;
        }
    }
    Analysis { tokens, sentences, entities, times, lowered, name_starts }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_british_spelling_is_as_common_as_the_american_one() {
        for word in ["defence", "labour", "centre", "favour", "neighbours", "recognised"] {
            assert!(super::is_common_word(word), "{word}");
        }
        // Names and words with no American twin stay as the list says.
        assert!(!super::is_common_word("tolvane"));
        assert_eq!(super::american_spelling("hour"), None);
    }

    use super::*;

    #[test]
    fn a_month_before_a_tagged_day_belongs_to_the_date() {
        let text = "The envoys met on Jan. 9 and again on Sept 30 in Lima.";
        let a = analyze(text);
        let dates: Vec<&str> = a.times.iter().map(|t| &text[t.start..t.end]).collect();
        assert!(dates.contains(&"Jan. 9") && dates.contains(&"Sept 30"), "{dates:?}");
    }

    #[test]
    fn a_tagged_date_loses_the_function_words_at_its_edges() {
        let core = |words: &[&str]| date_core(words).map(|(from, to)| words[from..to].join(" "));
        assert_eq!(core(&["2", "December", "between"]).as_deref(), Some("2 December"));
        assert_eq!(core(&["since", "2004"]).as_deref(), Some("2004"));
        assert_eq!(core(&["this", "week"]).as_deref(), Some("this week"));
        assert_eq!(core(&["the", "spring", "of"]).as_deref(), Some("the spring"));
        assert_eq!(core(&["the", "day", "before"]).as_deref(), Some("the day before"));
        assert_eq!(core(&["and", "of"]), None);
    }
}
