//! Natural-language processing: tokens with byte offsets, sentences, gazetteers and entity mentions.

pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod gazetteer_build;
pub mod ner;
pub mod sentences;
pub mod tokenize;

use std::collections::HashSet;
use std::sync::LazyLock;

pub use entities::{EntityMention, Target};
pub use gazetteer::Gazetteer;
pub use sentences::Sentence;
pub use tokenize::Token;

static COMMON_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/lexicon/common_words.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect()
});

/// Is this lowercase word common English (so a capitalised copy needs context to be a name)?
pub fn is_common_word(lower: &str) -> bool {
    COMMON_WORDS.contains(lower)
}

/// Everything NLP found in one article.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<EntityMention>,
}

/// Runs the NLP pipeline over an article's clean text.
pub fn analyze(text: &str) -> Analysis {
    let tokens = tokenize::tokenize(text);
    let sentences = sentences::split_sentences(text, &tokens);
    let common = |w: &str| is_common_word(w);
    let entities = entities::find_entities(text, &tokens, &sentences, Gazetteer::bundled(), &common);
    Analysis { tokens, sentences, entities }
}
