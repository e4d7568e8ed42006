//! Corpus documents written out as article files, so real corpus graphs (Wikipedia documents of
//! Re-DocRED, GUM's many genres) can be extracted, laid out and measured like a user's folder.

use std::path::Path;

use anyhow::Context;

/// Joins tokens into running text: no space before closing punctuation, clitics and after an
/// opening bracket or quote.
pub fn detokenize(tokens: &[&str]) -> String {
    let mut text = String::new();
    detokenize_into(tokens, &mut text);
    text
}

/// [`detokenize`] appended to `text` (a space first when it is not empty); returns each token's
/// byte range in `text`.
pub fn detokenize_into(tokens: &[&str], text: &mut String) -> Vec<(usize, usize)> {
    let mut ranges = Vec::with_capacity(tokens.len());
    let mut open_quote = false;
    for &token in tokens {
        let closing = matches!(
            token,
            "." | "," | ";" | ":" | "?" | "!" | "%" | ")" | "]" | "'s" | "n't" | "'re" | "'ve" | "'ll" | "'d" | "'m"
        );
        let quote = token == "\"";
        let glued =
            closing || (quote && open_quote) || text.ends_with(['(', '[']) || (text.ends_with('"') && open_quote);
        if !text.is_empty() && !glued {
            text.push(' ');
        }
        if quote {
            open_quote = !open_quote;
        }
        ranges.push((text.len(), text.len() + token.len()));
        text.push_str(token);
    }
    ranges
}

/// Writes Re-DocRED's documents (`redocred/*.json`) as `.txt` files into `out`; returns how many.
pub fn write_redocred(shared: &Path, out: &Path) -> anyhow::Result<usize> {
    #[derive(serde::Deserialize)]
    struct Document {
        title: String,
        sents: Vec<Vec<String>>,
    }
    let mut written = 0;
    for name in ["dev_revised.json", "test_revised.json", "train_revised.json"] {
        let path = shared.join("corpora/redocred").join(name);
        if !path.exists() {
            continue;
        }
        let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        let documents: Vec<Document> = serde_json::from_str(&text).with_context(|| path.display().to_string())?;
        for document in documents {
            let body: Vec<String> =
                document.sents.iter().map(|s| detokenize(&s.iter().map(String::as_str).collect::<Vec<_>>())).collect();
            let file = out.join(format!("redocred-{written:04}.txt"));
            std::fs::write(&file, format!("{}\n\n{}\n", document.title, body.join(" ")))
                .with_context(|| format!("writing {}", file.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

/// Writes GUM's documents (`gum/dep/*.conllu`, one document per file, `# text =` per sentence) as
/// `.txt` files into `out`, paragraphs kept where the file marks them; returns how many.
pub fn write_gum(shared: &Path, out: &Path) -> anyhow::Result<usize> {
    let folder = shared.join("corpora/gum/dep");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .with_context(|| format!("reading {}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "conllu"))
        .collect();
    files.sort();
    for path in &files {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let mut article = String::new();
        for line in text.lines() {
            if line.starts_with("# newpar") && !article.is_empty() {
                article.push_str("\n\n");
            } else if let Some(sentence) = line.strip_prefix("# text = ") {
                if !article.is_empty() && !article.ends_with('\n') {
                    article.push(' ');
                }
                article.push_str(sentence);
            }
        }
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("gum");
        let file = out.join(format!("{stem}.txt"));
        std::fs::write(&file, article + "\n").with_context(|| format!("writing {}", file.display()))?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::detokenize;

    #[test]
    fn tokens_become_running_text() {
        let tokens = [
            "The", "ship", "(", "a", "ferry", ")", "left", "Oslo", "'s", "port", ",", "he", "said", "\"", "at", "dawn",
            "\"", ".",
        ];
        assert_eq!(detokenize(&tokens), "The ship (a ferry) left Oslo's port, he said \"at dawn\".");
    }
}
