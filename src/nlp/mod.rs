//! Natural-language processing: text → findings. Tokens with byte offsets, sentences, the
//! gazetteer and the statistical tagger, entity mentions, events and relations — mechanisms in
//! code, word lists in `data/lexicon/` ([`lexicon`]), rules as named units in registries ([`rule`]).

pub mod analysis;
pub mod clauses;
pub mod context;
pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod lexicon;
pub mod ner;
pub mod relations;
pub mod rule;
pub mod sentences;
pub mod time;
pub mod tokenize;

pub use analysis::{Analysis, TimeMention, analyze, is_common_word, tag_sentences};
pub use entities::{EntityMention, Target};
pub use gazetteer::Gazetteer;
pub use sentences::Sentence;
pub use tokenize::Token;
