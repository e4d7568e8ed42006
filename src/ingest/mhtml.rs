//! Chrome's single-file saved pages (`.mhtml`, `.mht`): a MIME multipart archive whose first
//! `text/html` part is the page. Quoted-printable and base64 bodies are decoded here; the
//! page's charset comes from its part's headers (else the page's own `<meta charset>`).

/// The HTML page inside an MHTML archive, as bytes still in the page's charset, and that
/// charset's label when the part names one. `None` when there is no HTML part.
pub fn html_part(bytes: &[u8]) -> Option<(Vec<u8>, Option<String>)> {
    let text = String::from_utf8_lossy(bytes);
    let boundary = header_param(&text[..text.find("\n\n").or_else(|| text.find("\r\n\r\n"))?], "boundary")?;
    let delimiter = format!("--{boundary}");
    for part in text.split(delimiter.as_str()).skip(1) {
        let (head, body) = split_head(part)?;
        let head_lower = head.to_ascii_lowercase();
        let content_type = header(&head_lower, "content-type").unwrap_or_default();
        if !content_type.starts_with("text/html") {
            continue;
        }
        let charset = header_param(head, "charset");
        let encoding = header(&head_lower, "content-transfer-encoding").unwrap_or_default();
        let body = body.trim_end_matches(['\r', '\n']).trim_end_matches("--");
        let decoded = match encoding.trim() {
            "quoted-printable" => quoted_printable(body.as_bytes()),
            "base64" => base64(body.as_bytes())?,
            _ => body.as_bytes().to_vec(),
        };
        return Some((decoded, charset));
    }
    None
}

/// Headers and body of a MIME part (split at the first blank line).
fn split_head(part: &str) -> Option<(&str, &str)> {
    let part = part.trim_start_matches(['\r', '\n']);
    let (at, gap) = match (part.find("\r\n\r\n"), part.find("\n\n")) {
        (Some(a), Some(b)) if b < a => (b, 2),
        (Some(a), _) => (a, 4),
        (None, Some(b)) => (b, 2),
        (None, None) => return None,
    };
    Some((&part[..at], &part[at + gap..]))
}

/// The value of a header (lower-cased input), folded lines joined.
fn header(head_lower: &str, name: &str) -> Option<String> {
    let mut lines = head_lower.lines().peekable();
    while let Some(line) = lines.next() {
        if let Some(value) = line.strip_prefix(name).and_then(|r| r.trim_start().strip_prefix(':')) {
            let mut value = value.trim().to_string();
            while lines.peek().is_some_and(|l| l.starts_with([' ', '\t'])) {
                value.push(' ');
                value.push_str(lines.next().unwrap_or_default().trim());
            }
            return Some(value);
        }
    }
    None
}

/// A `name=value` parameter anywhere in a header block (`boundary="…"`, `charset=utf-8`).
fn header_param(head: &str, name: &str) -> Option<String> {
    let lower = head.to_ascii_lowercase();
    let at = lower.find(&format!("{name}="))? + name.len() + 1;
    let rest = &head[at..];
    let value = match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next()?,
        None => rest.split([';', '\r', '\n', ' ', '\t']).next()?,
    };
    (!value.is_empty()).then(|| value.to_string())
}

/// Quoted-printable: `=XX` is a byte, `=` at a line end joins the lines.
fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'=' {
            let hex = |b: u8| (b as char).to_digit(16);
            match (body.get(i + 1), body.get(i + 2)) {
                (Some(b'\r'), Some(b'\n')) => i += 3,
                (Some(b'\n'), _) => i += 2,
                (Some(&a), Some(&b)) if hex(a).is_some() && hex(b).is_some() => {
                    out.push((hex(a).unwrap_or(0) * 16 + hex(b).unwrap_or(0)) as u8);
                    i += 3;
                }
                _ => {
                    out.push(b'=');
                    i += 1;
                }
            }
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    out
}

/// Standard base64 (whitespace ignored); `None` on a character outside the alphabet.
fn base64(body: &[u8]) -> Option<Vec<u8>> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for &c in body {
        if c.is_ascii_whitespace() {
            continue;
        }
        if c == b'=' {
            break;
        }
        acc = (acc << 6) | value(c)? as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn archive(encoding: &str, body: &str) -> String {
        format!(
            "From: <Saved by Blink>\r\nSubject: Quota talks\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc123----\"\r\n\r\n\
             ------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: {encoding}\r\nContent-Location: https://news.example/quota\r\n\r\n\
             {body}\r\n------MultipartBoundary--abc123----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc123------\r\n"
        )
    }

    #[test]
    fn the_html_part_of_quoted_printable_and_base64_archives() {
        let qp = archive(
            "quoted-printable",
            "<html><head><meta charset=3D\"utf-8\"></head><body><p>Fishing ministers met in Reykjav=C3=ADk on Monday a=\r\nnd agreed.</p></body></html>",
        );
        let (html, charset) = html_part(qp.as_bytes()).expect("an HTML part");
        let html = String::from_utf8(html).unwrap();
        assert!(html.contains("Reykjavík on Monday and agreed."), "{html}");
        assert!(html.contains("meta charset=\"utf-8\""));
        assert_eq!(charset, None);
        let page = "<html><body><p>Ministers met in Oslo.</p></body></html>";
        let b64: String = {
            // Encoded by hand with the standard alphabet (no crate needed for a test).
            const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut s = String::new();
            for chunk in page.as_bytes().chunks(3) {
                let n = chunk.iter().fold(0u32, |n, &b| n << 8 | b as u32) << (8 * (3 - chunk.len()));
                for k in 0..4 {
                    s.push(if k <= chunk.len() { A[(n >> (18 - 6 * k) & 63) as usize] as char } else { '=' });
                }
            }
            s
        };
        let (html, _) = html_part(archive("base64", &b64).as_bytes()).unwrap();
        assert_eq!(String::from_utf8(html).unwrap(), page);
    }

    #[test]
    fn archives_without_an_html_part_give_none() {
        assert_eq!(html_part(b"not mime at all"), None);
        let only_image = "Content-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n";
        assert_eq!(html_part(only_image.as_bytes()), None);
    }
}
