//! Export: the graph as files other tools read (JSON node-link, …) and as images.

pub mod json;

pub use json::{Document, to_document, write_json};
