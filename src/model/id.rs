//! Canonical ids and text keys: the slugs that name nodes and articles ("person:benjamin-netanyahu")
//! and the accent-free lowercase form search and duplicate finding compare.

/// Lowercase without accents, for search and comparison ("Líbano" → "libano").
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// Lower-case letters and digits, every other run of characters one hyphen; no hyphen at either end.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(slug("Benjamin Netanyahu"), "benjamin-netanyahu");
        assert_eq!(slug("  U.S.-led  Coalition! "), "u-s-led-coalition");
        assert_eq!(slug("Líbano"), "líbano");
        assert_eq!(slug("--"), "");
        assert_eq!(super::fold("Líbano ÉTAT"), "libano etat");
    }
}
