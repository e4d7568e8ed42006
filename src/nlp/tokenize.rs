//! Tokenizer for news English that keeps byte offsets into the article text.
//!
//! Rules worth knowing: abbreviations keep their period ("U.S.", "Mr.", "Dec."),
//! hyphenated words stay whole ("al-Qaida", "CJTF-OIR"), possessive "'s" is split off
//! ("Lebanon's" → "Lebanon" + "'s"), numbers keep their separators ("24,000", "3.5").

/// One token: a byte range of the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }
}

use super::lexicon::ABBREVIATIONS;

/// Does this word (without its final period) keep the period, as in "Gen." or "Dec."?
pub fn is_abbreviation(word_without_period: &str) -> bool {
    let lower = word_without_period.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0591..=0x05C7)
}

/// Splits `text` into tokens with byte offsets.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut tokens = Vec::with_capacity(n / 5 + 1);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        // Invisible direction marks and zero-width characters separate nothing and mean nothing.
        if c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{2060}') {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let start = i;
            let mut j = i;
            loop {
                while j < n && is_word_char(chars[j].1) {
                    j += 1;
                }
                if j + 1 < n {
                    let sep = chars[j].1;
                    let next = chars[j + 1].1;
                    let prev = chars[j - 1].1;
                    // 24,000 · 3.5 · 10:30
                    if (sep == ',' || sep == '.' || sep == ':') && prev.is_ascii_digit() && next.is_ascii_digit() {
                        j += 1;
                        continue;
                    }
                    // al-Qaida · CJTF-OIR · U.S.-led
                    if is_hyphen(sep) && is_word_char(next) {
                        j += 1;
                        continue;
                    }
                    // U.S. · e.g. : a single letter followed by a period and another letter
                    if sep == '.' && next.is_alphabetic() && j - start_of_segment(&chars, start, j) == 1 {
                        j += 1;
                        continue;
                    }
                    // O'Brien, don't, gov't — but not the possessive 's
                    if is_apostrophe(sep) && next.is_alphabetic() {
                        let rest_is_s = (next == 's' || next == 'S') && (j + 2 >= n || !is_word_char(chars[j + 2].1));
                        if !rest_is_s {
                            j += 1;
                            continue;
                        }
                    }
                }
                break;
            }
            // A trailing period belongs to abbreviations and initials ("U.S.", "Mr.", "J.").
            if j < n && chars[j].1 == '.' {
                let word = &text[byte_at(start)..byte_at(j)];
                let letters = word.chars().filter(|c| c.is_alphabetic()).count();
                let dotted = word.contains('.') && !word.ends_with('-');
                let initial =
                    letters == 1 && word.chars().all(|c| c.is_alphabetic()) && word.chars().all(char::is_uppercase);
                let numbered = matches!(word.to_lowercase().as_str(), "no" | "nos");
                let before_number = chars[j + 1..]
                    .iter()
                    .map(|&(_, c)| c)
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|c| c.is_ascii_digit());
                if dotted || initial || (is_abbreviation(word) && (!numbered || before_number)) {
                    j += 1;
                    // "U.S.-led": the compound goes on after the abbreviation.
                    if dotted && j + 1 < n && is_hyphen(chars[j].1) && chars[j + 1].1.is_alphabetic() {
                        j += 1;
                        while j < n
                            && (is_word_char(chars[j].1)
                                || (is_hyphen(chars[j].1) && j + 1 < n && is_word_char(chars[j + 1].1)))
                        {
                            j += 1;
                        }
                    }
                }
            }
            tokens.push(Token { start: byte_at(start), end: byte_at(j) });
            i = j;
            continue;
        }
        // Possessive 's / ’s as its own token.
        if is_apostrophe(c)
            && i + 1 < n
            && matches!(chars[i + 1].1, 's' | 'S')
            && (i + 2 >= n || !is_word_char(chars[i + 2].1))
            && i > 0
            && is_word_char(chars[i - 1].1)
        {
            tokens.push(Token { start: byte_at(i), end: byte_at(i + 2) });
            i += 2;
            continue;
        }
        // Runs of the same punctuation ("...", "--") stay together.
        let mut j = i + 1;
        if c == '.' || c == '-' {
            while j < n && chars[j].1 == c {
                j += 1;
            }
        }
        tokens.push(Token { start: byte_at(i), end: byte_at(j) });
        i = j;
    }
    tokens
}

/// Start index of the current dot-separated segment (for "U.S" style abbreviations).
fn start_of_segment(chars: &[(usize, char)], start: usize, j: usize) -> usize {
    let mut k = j;
    while k > start && chars[k - 1].1 != '.' {
        k -= 1;
    }
    k
}

/// What a name joined to a participle says of the noun it qualifies: where it is based
/// ("Oslo-based"), who backs it ("Iranian-backed", "U.S.-funded"), whom it sides with
/// ("Hamas-allied"), who leads it ("Saudi-led"), who holds it ("rebel-held", "Hamas-controlled"),
/// who owns it ("U.S.-owned"), or who brokers or hosts it ("U.S.-brokered talks", "Qatar-hosted");
/// a prefix before the name says whether the noun is for it or against it ("pro-Syrian",
/// "anti-American"). The affixes are `data/lexicon/qualifier_endings.tsv` and `stance_prefixes.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Base,
    Backer,
    Ally,
    Leader,
    Control,
    Owner,
    Mediator,
    Host,
    Favoured,
    Opposed,
}

impl Qualifier {
    /// The qualifier a name of the second column of `qualifier_endings.tsv` and
    /// `stance_prefixes.tsv` stands for.
    fn from_name(name: &str) -> Option<Qualifier> {
        Some(match name {
            "base" => Qualifier::Base,
            "backer" => Qualifier::Backer,
            "ally" => Qualifier::Ally,
            "leader" => Qualifier::Leader,
            "control" => Qualifier::Control,
            "owner" => Qualifier::Owner,
            "mediator" => Qualifier::Mediator,
            "host" => Qualifier::Host,
            "favoured" => Qualifier::Favoured,
            "opposed" => Qualifier::Opposed,
            _ => return None,
        })
    }
}

/// Participle endings of [`Qualifier`]s, compared in any case.
static QUALIFIER_ENDINGS: std::sync::LazyLock<Vec<(&'static str, Qualifier)>> =
    std::sync::LazyLock::new(|| qualifier_table(&super::lexicon::QUALIFIER_ENDINGS));

/// An affix table of the lexicon (affix, qualifier name) with its names read as [`Qualifier`]s.
fn qualifier_table(rows: &[(&'static str, &'static str)]) -> Vec<(&'static str, Qualifier)> {
    rows.iter().filter_map(|&(affix, name)| Some((affix, Qualifier::from_name(name)?))).collect()
}

/// The [`Qualifier`] a word like "Oslo-based" or "Iranian-backed" is, if any; a bound prefix
/// makes an ordinary adjective ("Non-Aligned", "self-funded").
pub fn compound_qualifier(word: &str) -> Option<Qualifier> {
    const BOUND_PREFIXES: &[&str] = &["non", "self", "anti", "pro", "co", "un", "well", "ill"];
    QUALIFIER_ENDINGS.iter().find_map(|&(suffix, q)| {
        let prefix = word.len().checked_sub(suffix.len()).filter(|&n| n > 0).and_then(|n| word.get(..n))?;
        let matches = word[prefix.len()..].eq_ignore_ascii_case(suffix)
            && !BOUND_PREFIXES.iter().any(|b| prefix.eq_ignore_ascii_case(b));
        matches.then_some(q)
    })
}

/// Prefixes of [`Qualifier`]s before a name, compared in any case.
static STANCE_PREFIXES: std::sync::LazyLock<Vec<(&'static str, Qualifier)>> =
    std::sync::LazyLock::new(|| qualifier_table(&super::lexicon::STANCE_PREFIXES));

/// The [`Qualifier`] and the name's byte offset of a word like "pro-Syrian" or "anti-U.S.": a
/// stance prefix, a hyphen, and a capitalised name ("anti-government" has none).
pub fn stance_prefix(word: &str) -> Option<(Qualifier, usize)> {
    leading_stance(word).filter(|&(_, at)| word[at..].chars().next().is_some_and(char::is_uppercase))
}

/// The stance prefix a word opens with, in any case, and where the rest begins.
pub fn leading_stance(word: &str) -> Option<(Qualifier, usize)> {
    STANCE_PREFIXES.iter().find_map(|&(prefix, q)| {
        let head = word.get(..prefix.len())?;
        (head.eq_ignore_ascii_case(prefix) && word.len() > prefix.len()).then_some((q, prefix.len()))
    })
}

/// "Oslo-based", "London-headquartered": a name joined to a word saying where someone is based
/// (compared in any case).
pub fn is_base_adjective(word: &str) -> bool {
    compound_qualifier(word) == Some(Qualifier::Base)
}

/// Word shape classes used by rules and features.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
}

/// Small words left out of an acronym ("Organization *for* Security and Co-operation").
const ACRONYM_SKIP: [&str; 8] = ["of", "the", "and", "for", "in", "on", "de", "al"];

/// Upper-case initials of a name's words, two or more of them all capitalised, small words left
/// out ("Israel Defense Forces" → "IDF"); the caller says what a word is (a token, or a stretch
/// between spaces and hyphens).
pub fn initials<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let words: Vec<&str> =
        words.into_iter().filter(|w| !w.is_empty() && !ACRONYM_SKIP.contains(&w.to_lowercase().as_str())).collect();
    if words.len() < 2 || !words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        return None;
    }
    Some(words.iter().filter_map(|w| w.chars().next()).collect())
}

pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn every_qualifier_affix_names_a_qualifier() {
        for &(ending, name) in super::super::lexicon::QUALIFIER_ENDINGS.iter() {
            assert!(ending.starts_with('-') && Qualifier::from_name(name).is_some(), "{ending}\t{name}");
        }
        assert_eq!(QUALIFIER_ENDINGS.len(), super::super::lexicon::QUALIFIER_ENDINGS.len());
        for &(prefix, name) in super::super::lexicon::STANCE_PREFIXES.iter() {
            assert!(prefix.ends_with('-') && Qualifier::from_name(name).is_some(), "{prefix}\t{name}");
        }
        assert_eq!(STANCE_PREFIXES.len(), super::super::lexicon::STANCE_PREFIXES.len());
    }

    #[test]
    fn a_stance_prefix_needs_a_name_after_the_hyphen() {
        assert_eq!(stance_prefix("pro-Chilean"), Some((Qualifier::Favoured, 4)));
        assert_eq!(stance_prefix("Anti-U.S."), Some((Qualifier::Opposed, 5)));
        assert_eq!(stance_prefix("counter-FARC"), Some((Qualifier::Opposed, 8)));
        assert_eq!(stance_prefix("anti-government"), None);
        assert_eq!(stance_prefix("pro-"), None);
        assert_eq!(stance_prefix("Proust"), None);
    }

    #[test]
    fn compound_qualifiers_need_a_name_before_the_participle() {
        assert_eq!(compound_qualifier("Oslo-based"), Some(Qualifier::Base));
        assert_eq!(compound_qualifier("Iranian-Backed"), Some(Qualifier::Backer));
        assert_eq!(compound_qualifier("Hamas-allied"), Some(Qualifier::Ally));
        assert_eq!(compound_qualifier("Kenya-led"), Some(Qualifier::Leader));
        assert_eq!(compound_qualifier("Tamil-held"), Some(Qualifier::Control));
        assert_eq!(compound_qualifier("EU-Brokered"), Some(Qualifier::Mediator));
        assert_eq!(compound_qualifier("Doha-hosted"), Some(Qualifier::Host));
        assert_eq!(compound_qualifier("Non-Aligned"), None);
        assert_eq!(compound_qualifier("self-funded"), None);
        assert_eq!(compound_qualifier("-backed"), None);
        assert_eq!(compound_qualifier("based"), None);
    }

    #[test]
    fn offsets_slice_the_source() {
        let text = "U.S. envoys chaired the session, underscoring Washington’s commitment.";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            assert!(!t.text(text).trim().is_empty());
        }
        assert_eq!(
            words(text),
            ["U.S.", "envoys", "chaired", "the", "session", ",", "underscoring", "Washington", "’s", "commitment", "."]
        );
    }

    #[test]
    fn abbreviations_hyphens_numbers() {
        assert_eq!(
            words("Lt. Gen. Stephen J. Townsend met Mr. Smith."),
            ["Lt.", "Gen.", "Stephen", "J.", "Townsend", "met", "Mr.", "Smith", "."]
        );
        assert_eq!(
            words("al-Qaida and CJTF-OIR, 24,000 masks; 3.5 km"),
            ["al-Qaida", "and", "CJTF-OIR", ",", "24,000", "masks", ";", "3.5", "km"]
        );
        assert_eq!(words("the U.S.-led coalition"), ["the", "U.S.-led", "coalition"]);
        assert_eq!(words("On Dec. 15, ISIL's tanks"), ["On", "Dec.", "15", ",", "ISIL", "'s", "tanks"]);
        assert_eq!(words("He said: \"No.\" Then..."), ["He", "said", ":", "\"", "No", ".", "\"", "Then", "..."]);
    }

    #[test]
    fn non_latin_and_odd_input() {
        let text = "حزب الله وإسرائيل — שלום";
        assert_eq!(words(text), ["حزب", "الله", "وإسرائيل", "—", "שלום"]);
        assert!(tokenize("").is_empty());
        assert_eq!(words("'s"), ["'", "s"]);
        assert_eq!(words("Minister\u{200e} Haider"), ["Minister", "Haider"]);
        assert_eq!(words("end."), ["end", "."]);
    }
}
