//! E-books (`.epub`): the chapters of the spine in reading order, each through the saved-page
//! text extraction, joined; title and date from the package metadata.

use super::html::collapse;
use super::zipped::{MAX_PARTS, XmlItem, attribute, open, read_part, walk_xml};

/// `href` of the package file (`META-INF/container.xml` names it) resolved against `base`,
/// with `%20`-style escapes decoded and `..` steps applied.
fn resolve(base: &str, href: &str) -> String {
    let href = href.split('#').next().unwrap_or_default();
    let mut decoded = Vec::with_capacity(href.len());
    let bytes = href.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (bytes.get(i + 1).and_then(|&b| hex(b)), bytes.get(i + 2).and_then(|&b| hex(b)))
        {
            decoded.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        decoded.push(bytes[i]);
        i += 1;
    }
    let href = String::from_utf8_lossy(&decoded);
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for step in href.split('/') {
        match step {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// (title, text, date) of an e-book, or why it cannot be read.
pub(super) fn epub_text(bytes: &[u8]) -> Result<(Option<String>, String, Option<String>), String> {
    let mut archive = open(bytes)?;
    let container = read_part(&mut archive, "META-INF/container.xml")?;
    let mut package: Option<String> = None;
    walk_xml(&container, |item| {
        if let XmlItem::Start("rootfile", e) = item
            && package.is_none()
        {
            package = attribute(e, "full-path");
        }
    })
    .map_err(|e| format!("META-INF/container.xml: {e}"))?;
    let package = package.ok_or("META-INF/container.xml names no package file")?;
    let opf = read_part(&mut archive, &package)?;
    let base = package.rsplit_once('/').map_or("", |(dir, _)| dir).to_string();
    let (mut title, mut date) = (None, None);
    let mut manifest: Vec<(String, String)> = Vec::new();
    let mut spine: Vec<String> = Vec::new();
    let mut field: Option<&'static str> = None;
    walk_xml(&opf, |item| match item {
        XmlItem::Start("title", _) => field = Some("title"),
        XmlItem::Start("date", _) => field = Some("date"),
        XmlItem::End("title" | "date") => field = None,
        XmlItem::Text(t) => match field {
            Some("title") if title.is_none() && !t.trim().is_empty() => title = Some(collapse(t)),
            Some("date") if date.is_none() && t.trim().len() >= 4 => date = Some(t.trim().chars().take(10).collect()),
            _ => {}
        },
        XmlItem::Start("item", e) => {
            if let (Some(id), Some(href)) = (attribute(e, "id"), attribute(e, "href")) {
                manifest.push((id, href));
            }
        }
        XmlItem::Start("itemref", e) => {
            if attribute(e, "linear").as_deref() != Some("no")
                && let Some(id) = attribute(e, "idref")
            {
                spine.push(id);
            }
        }
        _ => {}
    })
    .map_err(|e| format!("{package}: {e}"))?;
    let mut chapters = Vec::new();
    for id in spine.iter().take(MAX_PARTS) {
        let Some((_, href)) = manifest.iter().find(|(m, _)| m == id) else { continue };
        // A chapter that cannot be read is skipped; the others still make the book.
        let Ok(xhtml) = read_part(&mut archive, &resolve(&base, href)) else { continue };
        let page = super::html::extract_html(&xhtml);
        if !page.text.trim().is_empty() {
            chapters.push(page.text);
        }
    }
    if chapters.is_empty() {
        return Err("its spine has no readable chapter".into());
    }
    Ok((title, chapters.join("\n\n"), date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::docx::tests::zipped;

    const CONTAINER: &str = r#"<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"#;
    const OPF: &str = r#"<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Notes from the Border</dc:title><dc:date>2025-11-02</dc:date></metadata>
<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c2" href="text/chapter%202.xhtml" media-type="application/xhtml+xml"/><item id="c1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="nav" linear="no"/><itemref idref="c1"/><itemref idref="c2"/><itemref idref="missing"/></spine></package>"#;

    fn chapter(title: &str, body: &str) -> String {
        format!("<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>")
    }

    #[test]
    fn chapters_come_in_spine_order_with_the_book_metadata() {
        let one =
            chapter("Arrival", "The delegation from Oslo crossed into Lebanon at dawn and reached Tyre before noon.");
        let two =
            chapter("Talks", "Envoys of Norway and Lebanon met in Naqoura under United Nations auspices that week.");
        let bytes = zipped(&[
            ("META-INF/container.xml", CONTAINER),
            ("OEBPS/content.opf", OPF),
            ("OEBPS/nav.xhtml", "<html><body><nav>Contents</nav></body></html>"),
            ("OEBPS/text/ch1.xhtml", &one),
            ("OEBPS/text/chapter 2.xhtml", &two),
        ]);
        let (title, text, date) = epub_text(&bytes).unwrap();
        assert_eq!(title.as_deref(), Some("Notes from the Border"));
        assert_eq!(date.as_deref(), Some("2025-11-02"));
        let (first, second) = (text.find("Oslo crossed").unwrap(), text.find("Naqoura").unwrap());
        assert!(first < second, "{text}");
        assert!(!text.contains("Contents"), "non-linear items are not read: {text}");
    }

    #[test]
    fn paths_resolve_against_the_package_folder() {
        assert_eq!(resolve("OEBPS", "text/chapter%202.xhtml#p3"), "OEBPS/text/chapter 2.xhtml");
        assert_eq!(resolve("OEBPS/text", "../images/../ch1.xhtml"), "OEBPS/ch1.xhtml");
        assert_eq!(resolve("", "ch1.xhtml"), "ch1.xhtml");
    }

    #[test]
    fn broken_books_say_why() {
        assert!(epub_text(&zipped(&[("mimetype", "application/epub+zip")])).unwrap_err().contains("container.xml"));
        let no_chapters = zipped(&[("META-INF/container.xml", CONTAINER), ("OEBPS/content.opf", OPF)]);
        assert!(epub_text(&no_chapters).unwrap_err().contains("chapter"));
    }
}
