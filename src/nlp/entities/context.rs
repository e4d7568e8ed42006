//! The article as the entity rules read it (`Ctx`), and the word tests they share: titles,
//! organisation heads, particles, name runs, function and calendar words, what a predicate noun
//! says a name is.

use super::mention::{EntityMention, Target};
use crate::model::{NodeKind, slug};
use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::lexicon::{
    ARMED_MODIFIERS, FUNCTION_WORDS, GROUP_HEADS, ORG_HEADS, ORG_NOUNS, PERSON_NOUNS, PLACE_NOUNS,
    POSTPOSITIVE_ADJECTIVES, TITLES,
};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::{Token, is_all_caps, is_capitalized};

pub(super) fn lower_word(text: &str, t: Token) -> String {
    t.text(text).to_lowercase()
}

/// Context shared by the rules of one article.
pub struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) sentences: &'a [Sentence],
    pub(super) gazetteer: &'a Gazetteer,
    pub(super) common: &'a dyn Fn(&str) -> bool,
    /// The sentence of each token.
    pub(super) sentence_of: Vec<usize>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(
        text: &'a str,
        tokens: &'a [Token],
        sentences: &'a [Sentence],
        gazetteer: &'a Gazetteer,
        common: &'a dyn Fn(&str) -> bool,
    ) -> Ctx<'a> {
        let mut sentence_of = vec![0; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            for i in s.tokens() {
                sentence_of[i] = si;
            }
        }
        Ctx { text, tokens, sentences, gazetteer, common, sentence_of }
    }

    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub(super) fn is_sentence_start(&self, i: usize) -> bool {
        let s = &self.sentences[self.sentence_of[i]];
        // Skip opening quotes and a dateline dash: "BEIRUT - The ..." starts again after the dash.
        let mut k = s.first_token;
        while k < i && matches!(self.word(k), "\"" | "“" | "'" | "‘" | "(" | "-" | "–" | "—") {
            k += 1;
        }
        k == i || matches!(self.word(i.wrapping_sub(1)), "-" | "–" | "—" | ":" | "\"" | "“")
    }

    /// A word that names no one by itself: a common word or an organisation head ("Federal",
    /// "Government", "Security", "Forces").
    pub(super) fn is_generic_word(&self, word: &str) -> bool {
        is_org_head(word) || (self.common)(&word.to_lowercase())
    }

    /// ALL-CAPS or Title Case lines (headlines): capitals there are not evidence of names.
    pub(super) fn headline_case(&self, sentence: usize) -> bool {
        let s = &self.sentences[sentence];
        let words: Vec<&str> =
            s.tokens().map(|i| self.word(i)).filter(|w| w.chars().any(char::is_alphabetic)).collect();
        let caps = words.iter().filter(|w| is_all_caps(w)).count();
        let capitalised =
            words.iter().filter(|w| is_capitalized(w) || is_function_word(&w.to_lowercase()) && w.len() <= 3).count();
        words.len() >= 3
            && (caps * 10 >= words.len() * 6
                || (words.len() >= 4
                    && capitalised * 10 >= words.len() * 9
                    && !s.tokens().any(|i| matches!(self.word(i), "." | "?" | "!"))))
    }

    pub(super) fn mention(
        &self,
        first: usize,
        end: usize,
        kind: NodeKind,
        target: Target,
        confidence: f32,
    ) -> EntityMention {
        EntityMention {
            start: self.tokens[first].start,
            end: self.tokens[end - 1].end,
            first_token: first,
            end_token: end,
            sentence: self.sentence_of[first],
            kind,
            target,
            confidence,
            role: None,
            parent: None,
            pronoun: false,
            guessed: false,
        }
    }

    /// A pronoun or description on tokens `[first, end)` referring to what `antecedent` names.
    pub(super) fn reference(&self, first: usize, end: usize, antecedent: &EntityMention) -> EntityMention {
        let mut m = self.mention(first, end, antecedent.kind, antecedent.target.clone(), 0.5);
        m.pronoun = true;
        m
    }
}

pub(super) use crate::nlp::lexicon::is_calendar_word;

/// A function word (lower-case): a capital at the start of a sentence says nothing about it.
pub(super) fn is_function_word(lower: &str) -> bool {
    FUNCTION_WORDS.contains(&lower)
}

pub(super) fn is_title(word: &str) -> bool {
    TITLES.is_name_title(word)
}

pub(super) fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(&word.to_lowercase().as_str())
}

pub(super) fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el" | "bin" | "ibn" | "bint" | "abu" | "de" | "van" | "von" | "da" | "del" | "la" | "le" | "ben"
    )
}

/// Name tokens from `i`: capitalised words, initials and particles; stops at titles, heads, known names.
pub(super) fn name_run(ctx: &Ctx, i: usize, end: usize, max: usize) -> usize {
    let mut j = i;
    while j < end && j - i < max {
        let w = ctx.word(j);
        let prefixed =
            (w.starts_with("al-") || w.starts_with("el-")) && w[3..].chars().next().is_some_and(char::is_uppercase);
        let capital_word = is_capitalized(w) && w.chars().next().is_some_and(char::is_alphabetic) || prefixed;
        let ok = (capital_word || (is_particle(w) && j > i && j + 1 < end && is_capitalized(ctx.word(j + 1))))
            && !is_title(w)
            && !is_org_head(w)
            && {
                // "Minister X Tuesday said": a weekday after a name is no part of it.
                let lower = w.to_lowercase();
                !(ctx.common)(&lower) && !crate::nlp::time::WEEKDAYS.contains(&lower.as_str())
            }
            && ctx.gazetteer.lookup(w).iter().all(|h| {
                ctx.gazetteer.entry(h.entry).kind == NodeKind::Place
                    && ctx.gazetteer.entry(h.entry).weight < 1_000_000
                    && !h.demonym
            });
        if !ok {
            break;
        }
        j += 1;
    }
    // A name does not end in a particle.
    while j > i && is_particle(ctx.word(j - 1)) {
        j -= 1;
    }
    j
}

pub(super) fn person_target(label: &str) -> Target {
    new_target(NodeKind::Person, label.to_string())
}

/// A name the gazetteer does not know, as a node of `kind`: its id is the kind and the label's slug.
pub(super) fn new_target(kind: NodeKind, label: String) -> Target {
    Target::New { id: format!("{}:{}", kind.as_str(), slug(&label)), label }
}

/// A capitalised adjective of a people or a region ("Korean", "Maltese", "Kurdish"; in -ian
/// only from a country or a prominent place: "Parisian", "Persian", not "Fujian"): it describes
/// a noun, it names no place by itself ("the Korean peninsula").
pub(super) fn adjectival(ctx: &Ctx, word: &str) -> bool {
    let lower = word.to_lowercase();
    let derived =
        |stem: &str| ctx.gazetteer.lookup(stem).iter().any(|h| !h.demonym && ctx.gazetteer.is_prominent(h.entry));
    is_capitalized(word)
        && lower.len() > 5
        && (["ean", "ese", "ish"].iter().any(|s| lower.ends_with(s))
            || (lower.ends_with("ian") && [3, 1].iter().any(|&cut| word.get(..word.len() - cut).is_some_and(derived))))
}

/// Whether the gazetteer knows a name anywhere in tokens `[start, end)` ("Banco" in "Banco Andino").
pub(super) fn has_known(ctx: &Ctx, start: usize, end: usize) -> bool {
    !ctx.gazetteer.find(ctx.text, ctx.tokens, start..end).is_empty()
}

/// Whether the gazetteer knows tokens `[start, end)` as one name ("Baghdad", not "Banco Andino").
pub(super) fn known_as_a_whole(ctx: &Ctx, start: usize, end: usize) -> bool {
    ctx.gazetteer.find(ctx.text, ctx.tokens, start..end).iter().any(|m| m.first == start && m.end == end)
}

/// "1st", "22nd", "507th": digits and an ordinal ending (a unit's number).
pub(super) fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// What a predicate or appositive noun says a name is.
#[derive(Clone, Copy)]
pub(super) enum Kind {
    Place,
    Person,
    /// An organisation or an armed group.
    Body(NodeKind),
}

/// Which kind of name a lower-case noun says a name is ("village", "novelist", "militia", "party").
pub(super) fn kind_of_noun(lower: &str) -> Option<Kind> {
    if PLACE_NOUNS.contains(&lower) {
        Some(Kind::Place)
    } else if PERSON_NOUNS.contains(&lower) {
        Some(Kind::Person)
    } else if GROUP_HEADS.contains(&lower) {
        Some(Kind::Body(NodeKind::Group))
    } else if ORG_NOUNS.contains(&lower) {
        Some(Kind::Body(NodeKind::Organization))
    } else {
        None
    }
}

/// An organisation noun after an armed modifier names an armed group ("a rebel group", "militant
/// organisations"); other kinds stay as they are.
pub(super) fn armed_if_modified(kind: Kind, modifiers: impl IntoIterator<Item = String>) -> Kind {
    let armed = || modifiers.into_iter().any(|w| ARMED_MODIFIERS.contains(&w.as_str()));
    match kind {
        Kind::Body(NodeKind::Organization) if armed() => Kind::Body(NodeKind::Group),
        other => other,
    }
}

/// The singular of a plural noun ("villages" → "village", "cities" → "city", "militias").
pub(super) fn singular(lower: &str) -> Option<String> {
    lower.strip_suffix("ies").map(|stem| format!("{stem}y")).or_else(|| lower.strip_suffix('s').map(str::to_string))
}

/// "a/an/the/X's <up to four words> <noun>": which kind the noun names, when it ends the noun phrase
/// ("a village in", "a novelist.", "an orchestra founded in", "the Estonian parliament"; not "a
/// village elder"). Also what an appositive says: "Tel Keppe, a Christian farming village".
pub(super) fn noun_of_predicate(ctx: &Ctx, i: usize, end: usize) -> Option<Kind> {
    noun_of_predicate_at(ctx, i, end).map(|(kind, _)| kind)
}

/// [`noun_of_predicate`], with the token of the noun.
pub(super) fn noun_of_predicate_at(ctx: &Ctx, i: usize, end: usize) -> Option<(Kind, usize)> {
    // "Russia's state arms exporter", "Peru's largest lender": a possessive name serves as the
    // determiner.
    let capitalised = |k: usize| ctx.word(k).chars().next().is_some_and(char::is_uppercase);
    let possessive = |k: usize| matches!(ctx.word(k), "'s" | "’s");
    let i = match (0..2).find(|&n| i + n + 1 < end && (i..=i + n).all(capitalised) && possessive(i + n + 1)) {
        Some(n) => i + n + 1,
        None => i,
    };
    if i >= end || !(matches!(ctx.word(i), "a" | "an" | "the") || possessive(i)) {
        return None;
    }
    for k in i + 1..(i + 6).min(end) {
        let w = ctx.word(k);
        if !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return None;
        }
        let lower = w.to_lowercase();
        // The noun phrase ends at a function word ("a village elder in the valley").
        if FUNCTION_WORDS.contains(&lower.as_str()) {
            return None;
        }
        let Some(kind) = kind_of_noun(&lower) else { continue };
        let next = if k + 1 < end { ctx.word(k + 1) } else { "." };
        // "the region's top cleric": a possessive noun is the determiner of another.
        if possessive(k + 1) {
            return None;
        }
        // After the noun: punctuation, a function word, or a participle opening a clause ("a
        // village located in", "an orchestra founded in").
        let participle = next.len() > 4 && (next.ends_with("ed") || next.ends_with("ing"));
        // Or an adjective with a phrase of its own ("a group active in", "a party loyal to").
        let postpositive = POSTPOSITIVE_ADJECTIVES.contains(&next);
        let ends_phrase = !next.chars().next().is_some_and(char::is_alphabetic)
            || FUNCTION_WORDS.contains(&next)
            || participle
            || postpositive;
        // "a mountain commune": a noun modifying the next one says nothing yet.
        if ends_phrase {
            return Some((armed_if_modified(kind, (i + 1..k).map(|m| ctx.word(m).to_lowercase())), k));
        }
    }
    None
}
