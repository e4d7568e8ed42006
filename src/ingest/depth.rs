//! Bounding HTML nesting before parsing. The HTML5 tree builder scans its stack of open
//! elements for many start tags, so a page nesting 100,000 `<div>`s costs the square of its
//! depth. Tags nested past [`MAX_TAG_DEPTH`] are dropped (their text stays): no real page comes
//! near it, and a hostile one parses in linear time.

use std::borrow::Cow;

/// Deeper than any real page (they nest a few dozen elements).
pub const MAX_TAG_DEPTH: usize = 512;

const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"];

/// The source with tags beyond [`MAX_TAG_DEPTH`] removed; borrowed unchanged when nothing is that deep.
pub fn flatten_deep_nesting(source: &str) -> Cow<'_, str> {
    if max_depth(source) <= MAX_TAG_DEPTH {
        return Cow::Borrowed(source);
    }
    let mut out = String::with_capacity(source.len());
    let mut depth = 0usize;
    scan(source, |piece| match piece {
        Piece::Text(text) | Piece::Other(text) => out.push_str(text),
        Piece::Open(tag) => {
            depth += 1;
            if depth <= MAX_TAG_DEPTH {
                out.push_str(tag);
            }
        }
        Piece::Close(tag) => {
            if depth <= MAX_TAG_DEPTH {
                out.push_str(tag);
            }
            depth = depth.saturating_sub(1);
        }
    });
    Cow::Owned(out)
}

fn max_depth(source: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    scan(source, |piece| match piece {
        Piece::Open(_) => {
            depth += 1;
            deepest = deepest.max(depth);
        }
        Piece::Close(_) => depth = depth.saturating_sub(1),
        _ => {}
    });
    deepest
}

enum Piece<'a> {
    Text(&'a str),
    /// A start tag that opens an element (not void, not self-closing).
    Open(&'a str),
    Close(&'a str),
    /// Void and self-closing tags, comments, doctypes, script and style bodies.
    Other(&'a str),
}

/// Splits the source into pieces in one pass (an approximation of HTML tokenising that is
/// enough to count nesting: `>` inside attribute values may end a tag early, harmlessly).
fn scan<'a>(source: &'a str, mut emit: impl FnMut(Piece<'a>)) {
    let bytes = source.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let Some(offset) = source[i..].find('<') else {
            emit(Piece::Text(&source[i..]));
            return;
        };
        if offset > 0 {
            emit(Piece::Text(&source[i..i + offset]));
        }
        let at = i + offset;
        let rest = &source[at..];
        if rest.starts_with("<!--") {
            let end = rest.find("-->").map_or(rest.len(), |e| e + 3);
            emit(Piece::Other(&rest[..end]));
            i = at + end;
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        let name_len = rest[name_start..].bytes().take_while(|b| b.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            // "<" that starts no tag ("a < b", "<!DOCTYPE", "<?xml"): up to its ">" or as text.
            let end = if rest[1..].starts_with(['!', '?']) { rest.find('>').map_or(rest.len(), |e| e + 1) } else { 1 };
            emit(Piece::Other(&rest[..end]));
            i = at + end;
            continue;
        }
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        i = at + end;
        if closing {
            if !VOID.contains(&name.as_str()) {
                emit(Piece::Close(tag));
            }
        } else if VOID.contains(&name.as_str()) || tag.ends_with("/>") {
            emit(Piece::Other(tag));
        } else if name == "script" || name == "style" {
            // Their bodies are text to the parser: copy them whole, with the closing tag.
            let close = format!("</{name}");
            let body_end = find_ignoring_case(&source[i..], &close).map_or(source.len(), |e| i + e);
            let close_end = source[body_end..].find('>').map_or(source.len(), |e| body_end + e + 1);
            emit(Piece::Other(&source[at..close_end]));
            i = close_end;
        } else {
            emit(Piece::Open(tag));
        }
    }
}

/// Where `needle` (ASCII) first occurs in `haystack`, in any case; linear in the haystack.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&k| h[k] == n[0] && h[k..k + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_pass_unchanged_and_deep_ones_are_flattened_keeping_text() {
        let page = "<!DOCTYPE html><html><head><script>if (a < b) { x = '<div>'; }</script></head>\
                    <body><div><p>One <br> two <img src=x /></p></div><!-- <div> --></body></html>";
        assert!(matches!(flatten_deep_nesting(page), Cow::Borrowed(_)));
        let deep = format!("<body>{}<p>kept text</p>{}</body>", "<div class=x>".repeat(5000), "</div>".repeat(5000));
        let flat = flatten_deep_nesting(&deep);
        assert!(flat.contains("kept text"));
        assert!(max_depth(&flat) <= MAX_TAG_DEPTH);
        assert!(flat.len() < deep.len() / 5);
    }
}
