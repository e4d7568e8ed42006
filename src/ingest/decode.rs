//! Byte decoding: BOM sniffing (UTF-8, UTF-16), strict UTF-8, then Windows-1252; binaries rejected.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decodes bytes to text, or `None` when they look binary.
pub fn decode(bytes: &[u8], html: bool) -> Option<String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (!looks_binary(&text)).then(|| text.into_owned());
    }
    // Stray NUL bytes in text (a bad export, a corrupted save) are dropped; many mean a binary
    // (and what remains of a binary still fails the control-character test below).
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    if nuls > 0 {
        if nuls * 10 > bytes.len() {
            return None;
        }
        let cleaned: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
        return decode(&cleaned, html);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (!looks_binary(text)).then(|| text.to_string());
    }
    let encoding = if html { declared_charset(bytes).unwrap_or(WINDOWS_1252) } else { WINDOWS_1252 };
    let encoding = if encoding == UTF_8 { WINDOWS_1252 } else { encoding };
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (!looks_binary(&text)).then(|| text.into_owned())
}

/// Control characters other than whitespace are rare in text and common in binaries.
fn looks_binary(text: &str) -> bool {
    let total = text.chars().take(4096).count().max(1);
    let control =
        text.chars().take(4096).filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    text.contains('\0') || control * 20 > total
}

/// `<meta charset="...">` within the first kilobytes of a page.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_nuls_are_dropped_and_many_mean_binary() {
        let mut text = b"Israel and Lebanon met in Naqoura, officials said on Wednesday afternoon.".to_vec();
        text.insert(6, 0);
        assert_eq!(
            decode(&text, false).unwrap(),
            "Israel and Lebanon met in Naqoura, officials said on Wednesday afternoon."
        );
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01", false), None);
    }

    #[test]
    fn encodings() {
        assert_eq!(decode("Beyrouth – café".as_bytes(), false).unwrap(), "Beyrouth – café");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("Naqoura".as_bytes());
        assert_eq!(decode(&bom, false).unwrap(), "Naqoura");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Israël".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16, false).unwrap(), "Israël");
        let mut utf16be = vec![0xFE, 0xFF];
        for u in "حزب الله".encode_utf16() {
            utf16be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&utf16be, false).unwrap(), "حزب الله");
        // Windows-1252: curly quote 0x92 and e-acute 0xE9.
        assert_eq!(decode(b"Lebanon\x92s caf\xe9", false).unwrap(), "Lebanon’s café");
        assert_eq!(
            decode(b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>", true).unwrap(),
            "<meta charset=\"iso-8859-1\"><p>café</p>"
        );
    }

    #[test]
    fn binaries() {
        assert!(decode(&[0x89, b'P', b'N', b'G', 0, 0], false).is_none());
        assert!(decode(&[1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17], false).is_none());
    }
}
