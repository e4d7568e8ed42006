//! Relations learned, not listed: a classifier over pairs of entity mentions in one sentence,
//! trained by `dramatis-dev train relations` on Re-DocRED's relation triples and re3d's
//! relations, shipped in `data/models/relations.bin`. Its classes and labels come from one
//! table, `data/lexicon/relation_classes.tsv`.

pub mod features;
pub mod model;
pub mod rule;
