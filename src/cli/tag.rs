//! `dramatis tag`: the NER tagger on pre-tokenised JSON lines (the contract of DESIGN.md).

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

/// The bundled model, or the one in `path`.
pub fn load_ner_model(path: Option<&Path>) -> anyhow::Result<std::borrow::Cow<'static, dramatis::nlp::ner::Model>> {
    use dramatis::nlp::ner;
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok(std::borrow::Cow::Owned(ner::Model::read(&bytes).with_context(|| p.display().to_string())?))
        }
        None => match ner::bundled_status() {
            Ok(Some(model)) => Ok(std::borrow::Cow::Borrowed(model)),
            Ok(None) => anyhow::bail!(
                "no NER model is bundled (data/models/ner.bin is empty): run `dramatis-dev train ner` and rebuild"
            ),
            Err(e) if std::env::var_os(ner::bundled::MODEL_OVERRIDE_VARIABLE).is_some() => anyhow::bail!("{e}"),
            Err(e) => anyhow::bail!("the bundled NER model (data/models/ner.bin) is corrupt: {e}"),
        },
    }
}

pub fn tag(model: Option<&Path>, document: bool) -> anyhow::Result<ExitCode> {
    let model = load_ner_model(model)?;
    let stdin = std::io::stdin().lock();
    let stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    dramatis::nlp::ner::tag_json_lines(&model, stdin, stdout, document)?;
    Ok(ExitCode::SUCCESS)
}
