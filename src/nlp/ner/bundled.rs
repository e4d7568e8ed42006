//! The model compiled into the binary from `data/models/ner.bin`.

use std::sync::LazyLock;

use super::model::Model;
use super::types::NerError;

static BUNDLED_BYTES: &[u8] = include_bytes!("../../../data/models/ner.bin");
/// Names a model file to use instead of the shipped one (a model trained on other corpora, or
/// one of the leave-one-corpus-out models the developer tools measure the whole pipeline with).
pub const MODEL_OVERRIDE_VARIABLE: &str = "DRAMATIS_NER_MODEL";

static BUNDLED: LazyLock<Result<Option<Model>, NerError>> = LazyLock::new(|| {
    let loaded = match std::env::var_os(MODEL_OVERRIDE_VARIABLE) {
        // Named on purpose, so an empty file is an error here, not "no model trained".
        Some(path) => std::fs::read(&path)
            .map_err(NerError::from)
            .and_then(|bytes| Model::read(&bytes).map(Some))
            .map_err(|e| NerError::ModelFile {
                path: format!("{} (from {MODEL_OVERRIDE_VARIABLE})", path.to_string_lossy()),
                reason: e.to_string(),
            }),
        None => load_bundled(BUNDLED_BYTES),
    };
    if let Err(e) = &loaded {
        // Said once, on first use: extraction goes on with its cue rules, but nobody is misled.
        eprintln!("dramatis: the NER model cannot be read: {e}; names come from cue rules only");
    }
    loaded
});

/// An empty file means no model was trained yet; anything else must parse.
fn load_bundled(bytes: &[u8]) -> Result<Option<Model>, NerError> {
    if bytes.is_empty() { Ok(None) } else { Model::read(bytes).map(Some) }
}

/// The model shipped in `data/models/ner.bin`, or `None` while none has been trained or when
/// the file is corrupt (extraction then falls back to its cue rules; [`bundled_status`] says why).
pub fn bundled() -> Option<&'static Model> {
    BUNDLED.as_ref().ok().and_then(Option::as_ref)
}

/// The bundled model, or why there is none: `Ok(None)` when none was trained, `Err` when the
/// shipped file is corrupt.
pub fn bundled_status() -> Result<Option<&'static Model>, &'static NerError> {
    BUNDLED.as_ref().map(Option::as_ref)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corrupt_model_is_an_error_and_an_empty_one_is_no_model() {
        assert!(matches!(load_bundled(&[]), Ok(None)));
        assert!(load_bundled(b"DRNER\0\x01\0 but then garbage").is_err());
        assert!(load_bundled(b"not a model at all").is_err());
    }

    #[test]
    fn the_shipped_model_loads() {
        assert!(matches!(bundled_status(), Ok(Some(_))), "data/models/ner.bin must be a valid model");
    }
}
