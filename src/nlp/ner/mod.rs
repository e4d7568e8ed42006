//! Statistical named-entity tagger: averaged structured perceptron over BILOU tags with
//! constrained Viterbi decoding, trained by `dramatis-dev train ner` on GMB and shipped in
//! `data/models/ner.bin`.
//!
//! The tagger finds spans and types; `nlp::entities` links them to gazetteer entries.

pub mod bundled;
pub mod document;
pub mod features;
pub mod file;
pub mod hash;
pub mod model;
pub mod network;
pub mod tables;
pub mod teams;
pub mod types;

pub use bundled::{bundled, bundled_status};
pub use document::{make_consistent, tag_document, tag_json_lines};
pub use model::{Model, Scratch};
pub use types::{EntityType, NerError, Span};
