//! What the tagger knows of words beyond its training text, read for training: the cluster ids of
//! `scripts/distil_clusters.py` / `distil_glove_clusters.py` and the vector codes of
//! `scripts/distil_word_codes.py`.

use std::path::Path;

use dramatis::nlp::ner::NerError;
use dramatis::nlp::ner::network::WordCodes;
use dramatis::nlp::ner::tables::{ClusterIds, Clusters};

/// What the tagger knows of words beyond the training text: cluster ids and vector codes.
#[derive(Clone, Default)]
pub struct WordTables {
    pub clusters: Clusters,
    pub codes: WordCodes,
}

impl WordTables {
    /// The clusters of `scripts/distil_clusters.py` and the codes of `scripts/distil_word_codes.py`;
    /// a word with codes and no cluster record gets one with every cluster absent (the same
    /// features as a word the table lacks), so the model file keeps its codes.
    pub fn read(clusters: Option<&Path>, codes: Option<&Path>) -> Result<WordTables, NerError> {
        let mut clusters = read_clusters(clusters)?;
        let codes = match codes {
            None => WordCodes::default(),
            Some(path) => WordCodes::parse(
                &std::fs::read_to_string(path)
                    .map_err(|e| NerError::Corpus { path: path.display().to_string(), reason: e.to_string() })?,
            ),
        };
        let absent = ClusterIds::from_array([ClusterIds::ABSENT; ClusterIds::COUNT]);
        for (key, _) in codes.table.iter() {
            if clusters.table.get(key).is_none() {
                clusters.table.insert(key, absent);
            }
        }
        Ok(WordTables { clusters, codes })
    }
}

/// The word clusters of `scripts/distil_clusters.py`, or none.
fn read_clusters(path: Option<&Path>) -> Result<Clusters, NerError> {
    let Some(path) = path else { return Ok(Clusters::default()) };
    let text = std::fs::read_to_string(path)
        .map_err(|e| NerError::Corpus { path: path.display().to_string(), reason: e.to_string() })?;
    Ok(Clusters::parse(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word with codes but no cluster record gets an all-absent record (so the model file,
    /// which stores codes beside cluster records, keeps it); cluster-only words keep theirs.
    #[test]
    fn code_words_get_a_cluster_record() {
        let dir = std::env::temp_dir().join(format!("dramatis-word-tables-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (clusters, codes) = (dir.join("clusters.tsv"), dir.join("codes.tsv"));
        std::fs::write(&clusters, "# header\nnaqoura\t1\t2\t3\t4\t5\n").unwrap();
        std::fs::write(&codes, "@codebook\t0\t0\t0.5\nnaqoura\t0001020304050607\ntyre\t0101010101010101\n").unwrap();
        let tables = WordTables::read(Some(&clusters), Some(&codes)).unwrap();
        assert_eq!(tables.clusters.get("naqoura").map(|c| c.fine), Some(2));
        assert_eq!(tables.clusters.get("tyre").map(|c| c.to_array()), Some([ClusterIds::ABSENT; ClusterIds::COUNT]));
        assert_eq!(tables.codes.get("tyre"), Some([1; 8]));
        assert!(WordTables::read(Some(&dir.join("missing.tsv")), None).is_err(), "a missing file is an error");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
