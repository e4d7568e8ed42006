//! The uniform BIO view of the NER corpora (`<set>/ner/<split>.tsv`, see `NER-CORPORA.md`): one
//! sentence's words, its mentions and its document.

/// One sentence of a BIO file: words, mentions `(start, end, TYPE)`, and its document number.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BioSentence {
    pub document: usize,
    pub words: Vec<String>,
    pub mentions: Vec<(usize, usize, String)>,
}

/// Parses the uniform BIO view: `token<TAB>tag` lines, a blank line after each sentence, and
/// `# doc <id>` (no tab) before each document. Files without documents number each sentence
/// as its own document. An `I-X` that does not continue an `X` starts a mention.
pub fn read_bio(text: &str) -> Result<Vec<BioSentence>, String> {
    let mut out = Vec::new();
    let mut current = BioSentence::default();
    let mut has_documents = false;
    let mut document = 0usize;
    let flush = |current: &mut BioSentence, out: &mut Vec<BioSentence>, document: usize, has_documents: bool| {
        if !current.words.is_empty() {
            current.document = if has_documents { document } else { out.len() };
            out.push(std::mem::take(current));
        }
    };
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            flush(&mut current, &mut out, document, has_documents);
            continue;
        }
        let Some((word, tag)) = line.split_once('\t') else {
            if line.starts_with("# doc") {
                flush(&mut current, &mut out, document, has_documents);
                if has_documents {
                    document += 1;
                }
                has_documents = true;
                continue;
            }
            return Err(format!("line {}: expected token<TAB>tag", n + 1));
        };
        let at = current.words.len();
        current.words.push(word.to_string());
        match tag.split_once('-') {
            Some(("B", kind)) => current.mentions.push((at, at + 1, kind.to_string())),
            Some(("I", kind)) => match current.mentions.last_mut() {
                Some(last) if last.1 == at && last.2 == kind => last.1 = at + 1,
                _ => current.mentions.push((at, at + 1, kind.to_string())),
            },
            _ if tag == "O" => {}
            _ => return Err(format!("line {}: unknown tag {tag:?}", n + 1)),
        }
    }
    flush(&mut current, &mut out, document, has_documents);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bio_files_read_into_sentences_documents_and_mentions() {
        let text = "# doc First\nAnna\tB-PER\nKarin\tI-PER\nvisited\tO\nOslo\tB-LOC\n\nShe\tO\nleft\tI-DATE\n\n\
                    # doc Second\nThe\tO\nRed\tB-ORG\nCross\tI-ORG\n\n";
        let s = read_bio(text).unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].document, s[1].document, s[2].document), (0, 0, 1));
        assert_eq!(s[0].mentions, vec![(0, 2, "PER".into()), (3, 4, "LOC".into())]);
        // A stray I- starts its own mention.
        assert_eq!(s[1].mentions, vec![(1, 2, "DATE".into())]);
        assert_eq!(s[2].mentions, vec![(1, 3, "ORG".into())]);
        // Without document lines each sentence is its own document.
        let s = read_bio("a\tO\n\nb\tB-PER\n").unwrap();
        assert_eq!((s[0].document, s[1].document), (0, 1));
        assert!(read_bio("no tab here\n").is_err());
        assert!(read_bio("x\tB-PER-X\n").is_ok());
        assert!(read_bio("x\tZ\n").is_err());
    }
}
