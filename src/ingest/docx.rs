//! Word documents (`.docx`): the paragraphs of `word/document.xml` in order (inserted text,
//! not deleted), the title and date from `docProps/core.xml` or the first Title-styled paragraph.

use super::html::collapse;
use super::zipped::{XmlItem, attribute, open, read_part, walk_xml};

/// (title, text, date) of a Word document, or why it cannot be read.
pub(super) fn docx_text(bytes: &[u8]) -> Result<(Option<String>, String, Option<String>), String> {
    let mut archive = open(bytes)?;
    let document = read_part(&mut archive, "word/document.xml")?;
    let mut paragraphs: Vec<String> = Vec::new();
    let mut styled_title: Option<String> = None;
    // Paragraphs nest (a text box's paragraphs sit inside a run of the outer one): one buffer
    // each, with whether it is styled as the Title.
    let mut open_paragraphs: Vec<(String, bool)> = Vec::new();
    let mut in_text = false;
    // Word writes a text box twice, as drawing and as a `Fallback` picture: read it once.
    let mut in_fallback = 0usize;
    walk_xml(&document, |item| match item {
        XmlItem::Start("Fallback", _) => in_fallback += 1,
        XmlItem::End("Fallback") => in_fallback = in_fallback.saturating_sub(1),
        _ if in_fallback > 0 => {}
        XmlItem::Start("p", _) => open_paragraphs.push((String::new(), false)),
        XmlItem::Start("pStyle", e) => {
            if let Some((_, is_title)) = open_paragraphs.last_mut() {
                *is_title = attribute(e, "val").is_some_and(|v| v.eq_ignore_ascii_case("title"));
            }
        }
        XmlItem::Start("t", _) => in_text = true,
        XmlItem::End("t") => in_text = false,
        XmlItem::Start("tab" | "br" | "cr", _) => {
            if let Some((text, _)) = open_paragraphs.last_mut() {
                text.push(' ');
            }
        }
        XmlItem::Text(t) if in_text => {
            if let Some((text, _)) = open_paragraphs.last_mut() {
                text.push_str(t);
            }
        }
        XmlItem::End("p") => {
            let Some((text, is_title)) = open_paragraphs.pop() else { return };
            let paragraph = collapse(&text);
            if paragraph.is_empty() {
                return;
            }
            if is_title && styled_title.is_none() {
                styled_title = Some(paragraph);
            } else {
                paragraphs.push(paragraph);
            }
        }
        _ => {}
    })
    .map_err(|e| format!("word/document.xml: {e}"))?;
    // Metadata is a bonus: a document without it still loads.
    let (mut title, mut date) = (None, None);
    if let Ok(core) = read_part(&mut archive, "docProps/core.xml") {
        let mut field: Option<&'static str> = None;
        let _ = walk_xml(&core, |item| match item {
            XmlItem::Start("title", _) => field = Some("title"),
            XmlItem::Start("created", _) => field = Some("created"),
            XmlItem::End(_) => field = None,
            XmlItem::Text(t) => match field {
                Some("title") if !t.trim().is_empty() => title = Some(collapse(t)),
                Some("created") if t.trim().len() >= 10 => date = Some(t.trim()[..10].to_string()),
                _ => {}
            },
            _ => {}
        });
    }
    // The Title paragraph names the document when the metadata does not; otherwise it is text.
    let title = match (title, styled_title) {
        (Some(t), Some(heading)) => {
            paragraphs.insert(0, heading);
            Some(t)
        }
        (t, heading) => t.or(heading),
    };
    Ok((title, paragraphs.join("\n\n"), date))
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use std::io::Write;

    /// A zip archive of `(name, content)` parts, deflated, as a word processor writes them.
    pub(in crate::ingest) fn zipped(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in parts {
            out.start_file(*name, options).unwrap();
            out.write_all(content.as_bytes()).unwrap();
        }
        out.finish().unwrap().into_inner()
    }

    pub(in crate::ingest) const DOCUMENT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Envoys meet in Tyre</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Envoys from Norway and </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Lebanon</w:t></w:r><w:r><w:t xml:space="preserve"> met in Tyre on Tuesday.</w:t></w:r></w:p>
<w:p><w:r><w:t>They spoke of &quot;trust&quot; &amp; water</w:t></w:r><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:r><w:tab/><w:t>rights.</w:t></w:r></w:p>
<w:p></w:p>
</w:body></w:document>"#;

    #[test]
    fn paragraphs_title_and_date_come_out_in_order() {
        let core = r#"<cp:coreProperties xmlns:cp="c" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="t"><dc:title>Talks in Tyre</dc:title><dcterms:created>2026-03-14T09:30:00Z</dcterms:created></cp:coreProperties>"#;
        let bytes = zipped(&[("word/document.xml", DOCUMENT), ("docProps/core.xml", core)]);
        let (title, text, date) = docx_text(&bytes).unwrap();
        assert_eq!(title.as_deref(), Some("Talks in Tyre"));
        assert_eq!(date.as_deref(), Some("2026-03-14"));
        assert_eq!(
            text,
            "Envoys meet in Tyre\n\nEnvoys from Norway and Lebanon met in Tyre on Tuesday.\n\nThey spoke of \"trust\" & water \
             rights."
        );
        // Without metadata the Title-styled paragraph names the document.
        let (title, text, date) = docx_text(&zipped(&[("word/document.xml", DOCUMENT)])).unwrap();
        assert_eq!((title.as_deref(), date), (Some("Envoys meet in Tyre"), None));
        assert!(text.starts_with("Envoys from Norway"));
    }

    /// A text box's paragraphs are their own, read once (not again from the picture fallback),
    /// and the paragraph around them keeps its text.
    #[test]
    fn text_boxes_are_read_once_and_keep_the_paragraph_around_them() {
        let document = r#"<w:document xmlns:w="w" xmlns:mc="mc"><w:body><w:p><w:r><w:t xml:space="preserve">Before the box </w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Inside the box.</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Inside the box.</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>and after it.</w:t></w:r></w:p></w:body></w:document>"#;
        let (_, text, _) = docx_text(&zipped(&[("word/document.xml", document)])).unwrap();
        assert_eq!(text, "Inside the box.\n\nBefore the box and after it.");
    }

    #[test]
    fn broken_documents_say_why() {
        assert!(docx_text(b"PK\x03\x04 not really").unwrap_err().contains("zip"));
        assert!(docx_text(&zipped(&[("other.xml", "<a/>")])).unwrap_err().contains("word/document.xml"));
        let broken = zipped(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")]);
        assert!(docx_text(&broken).is_err());
    }
}
