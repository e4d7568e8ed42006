//! Dramatis: turns news articles into a knowledge graph of actors, places and events.
//!
//! The pipeline reads as the module list: [`ingest`] (files → clean text) → [`nlp`] (tokens,
//! sentences, entities) → [`graph`] (the knowledge graph, resolution) → [`export`] (files).
//! Only `app` (behind the `gui` feature) touches egui, eframe or rfd.

pub mod curation;
pub mod export;
pub mod fonts;
pub mod graph;
pub mod ingest;
pub mod layout;
pub mod model;
pub mod nlp;
pub mod pipeline;
pub mod project;
pub mod scene;
pub mod style;

#[cfg(feature = "gui")]
pub mod app;
