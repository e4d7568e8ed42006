//! Markdown → clean text: paragraphs and headings as blocks, markup and link targets dropped.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// Returns (title from the first heading, clean text).
pub fn markdown_to_text(source: &str) -> (Option<String>, String) {
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut title = None;
    let mut in_heading: Option<HeadingLevel> = None;
    let mut skip_depth = 0;
    for event in Parser::new(source) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => in_heading = Some(level),
            Event::Start(Tag::Image { .. }) | Event::Start(Tag::HtmlBlock) => skip_depth += 1,
            Event::End(TagEnd::Image) | Event::End(TagEnd::HtmlBlock) => skip_depth -= 1,
            Event::Text(t) | Event::Code(t) if skip_depth == 0 => current.push_str(&t),
            Event::SoftBreak => current.push(' '),
            Event::HardBreak => current.push('\n'),
            Event::End(TagEnd::Heading(_)) => {
                if title.is_none() && in_heading.is_some() {
                    title = Some(current.trim().to_string());
                }
                in_heading = None;
                flush(&mut blocks, &mut current);
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::BlockQuote(_) | TagEnd::TableRow,
            ) => flush(&mut blocks, &mut current),
            Event::End(TagEnd::TableCell) => current.push('\t'),
            _ => {}
        }
    }
    flush(&mut blocks, &mut current);
    (title, super::text::clean_plain_text(&blocks.join("\n\n")))
}

fn flush(blocks: &mut Vec<String>, current: &mut String) {
    let block = current.trim();
    if !block.is_empty() {
        blocks.push(block.to_string());
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_markup_is_removed() {
        let (title, text) = markdown_to_text(
            "# Talks in *Naqoura*\n\nIsrael and [Lebanon](http://x) met.\nThey **talked**.\n\n![photo](a.png)\n\n- one\n- two\n",
        );
        assert_eq!(title.as_deref(), Some("Talks in Naqoura"));
        assert_eq!(text, "Talks in Naqoura\n\nIsrael and Lebanon met. They talked.\n\none\n\ntwo");
    }
}
