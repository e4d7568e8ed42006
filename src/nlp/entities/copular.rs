//! What a sentence says its subject is: "Darvasi is a commune in …", "Dorin Vasilescu (born 1958)
//! is a Romanian novelist", "Vantor Lines is a shipping company" — the noun after "is a" types
//! the name that opens the sentence.

use super::context::{Ctx, is_particle, noun_of_predicate};
use super::mention::EntityMention;
use super::places::push_of_kind;
use crate::nlp::lexicon::{FUNCTION_WORDS, PERSONAL_PRONOUNS, surname_without_article};
use crate::nlp::sentences::Sentence;

/// Longest subject name, in words.
const MAX_NAME: usize = 6;
/// Longest parenthetical skipped between the name and "is" ("(born 1961)", "(Northern Sami: …)").
const MAX_ASIDE: usize = 30;
/// Longest appositive between commas skipped there (", usually known as X,").
const MAX_APPOSITIVE: usize = 12;

/// "<Name> (…) is/was a/an <up to four words> <noun>" with the name opening the sentence (after
/// "The" at most) and the noun ending its noun phrase: a place noun makes the name a place
/// ("X is a village in …"), a person noun a person ("X was an English footballer"), an
/// organisation noun an organisation or armed group ("X is a Swedish orchestra").
pub(super) fn copular_cues(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    let mut start = s.first_token;
    if ctx.word(start) == "The" {
        start += 1;
    }
    let end = subject_name(ctx, start, s.end_token);
    // "I was a writer", "It is a town", "Poetry is a …": pronouns and common words are no names.
    let first = ctx.word(start).to_lowercase();
    if end == start
        || FUNCTION_WORDS.contains(&first.as_str())
        || PERSONAL_PRONOUNS.contains(&first.as_str())
        || (end - start == 1 && (ctx.common)(&first))
    {
        return;
    }
    let mut t = end;
    if ctx.word(t) == "(" {
        match (t + 1..(t + MAX_ASIDE).min(s.end_token)).find(|&k| ctx.word(k) == ")") {
            Some(close) => t = close + 1,
            None => return,
        }
    }
    if ctx.word(t) == "," {
        t = after_appositive(ctx, t, s.end_token).unwrap_or(t);
    }
    if !matches!(ctx.word(t), "is" | "was") {
        return;
    }
    if let Some(kind) = noun_of_predicate(ctx, t + 1, s.end_token) {
        push_of_kind(ctx, start, end, kind, out);
    }
}

/// The token after an appositive between commas opened at `comma` (", usually known as M23,"), if
/// one closes within a few words with no verb of being inside: the predicate is after it.
fn after_appositive(ctx: &Ctx, comma: usize, end: usize) -> Option<usize> {
    let limit = (comma + 1 + MAX_APPOSITIVE).min(end);
    let close = (comma + 2..limit).find(|&k| ctx.word(k) == ",")?;
    let inside = comma + 1..close;
    if inside.clone().any(|k| matches!(ctx.word(k), "is" | "was" | "are" | "were" | "and" | "or")) {
        return None;
    }
    Some(close + 1)
}

/// The end of the capitalised words (and name particles: "Rio Grande de Mindanao"; a number
/// inside a name or closing it: "March 23 Movement", "Charter 77"; a joined article: "Ansar
/// al-Sunna") from `start`.
fn subject_name(ctx: &Ctx, start: usize, end: usize) -> usize {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let number = |w: &str| w.len() <= 4 && w.chars().all(|c| c.is_ascii_digit());
    let mut j = start;
    while j < end && j - start < MAX_NAME {
        let w = ctx.word(j);
        let particle = is_particle(w) && j > start && j + 1 < end && capitalised(ctx.word(j + 1));
        let numbered = number(w) && j > start && capitalised(ctx.word(j - 1));
        // "Ansar al-Sunna", "Abdel Fattah el-Burhan": an article joined to a capitalised word.
        let joined_article = j > start && surname_without_article(w).is_some();
        if !(capitalised(w) || particle || numbered || joined_article) {
            break;
        }
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use crate::nlp::entities::tests::found;

    fn kind_of(f: &[(String, String)], surface: &str) -> Option<String> {
        f.iter().find(|(s, _)| s == surface).map(|(_, id)| id.split(':').next().unwrap_or("").to_string())
    }

    #[test]
    fn a_name_with_a_joined_article_is_typed_whole() {
        let f = found("Harakat al-Nasr is an armed group.");
        assert_eq!(kind_of(&f, "Harakat al-Nasr").as_deref(), Some("group"), "{f:?}");
    }

    #[test]
    fn a_possessive_name_serves_as_the_determiner() {
        let f = found("Kestrel Vell is Norway's oldest orchestra.");
        assert_eq!(kind_of(&f, "Kestrel Vell").as_deref(), Some("organization"), "{f:?}");
    }

    #[test]
    fn an_adjective_with_its_own_phrase_ends_the_noun_phrase() {
        let f = found("Harakat Nasr is an armed group active in the Sahel.");
        assert_eq!(kind_of(&f, "Harakat Nasr").as_deref(), Some("group"), "{f:?}");
        // A noun before another noun still says nothing: "a village elder".
        let f = found("Tomas Brandt is a village elder in the valley.");
        assert_ne!(kind_of(&f, "Tomas Brandt").as_deref(), Some("place"), "{f:?}");
    }

    #[test]
    fn the_noun_after_is_a_types_the_name_that_opens_the_sentence() {
        // Without this rule Darvasi was an organisation and Kestrel Point no name at all.
        let f = found("Darvasi is a commune in the east of the county.");
        assert_eq!(kind_of(&f, "Darvasi").as_deref(), Some("place"), "{f:?}");
        let f = found("Dorin Vasilescu (born 1958) is a Romanian novelist and essayist.");
        assert_eq!(kind_of(&f, "Dorin Vasilescu").as_deref(), Some("person"), "{f:?}");
        let f = found("Kestrel Point was an English cricketer who played for Kent.");
        assert_eq!(kind_of(&f, "Kestrel Point").as_deref(), Some("person"), "{f:?}");
        let f = found("Halden Vale is a Norwegian chamber orchestra founded in 1979.");
        assert_eq!(kind_of(&f, "Halden Vale").as_deref(), Some("organization"), "{f:?}");
    }

    #[test]
    fn a_place_and_a_community_are_places() {
        // The tagger reads both as people.
        let f = found("Brannigan is a census-designated place in northern Marren County.");
        assert_eq!(kind_of(&f, "Brannigan").as_deref(), Some("place"), "{f:?}");
        let f = found("Whitfield is an unincorporated community in Marren County.");
        assert_eq!(kind_of(&f, "Whitfield").as_deref(), Some("place"), "{f:?}");
    }

    #[test]
    fn a_number_inside_the_name_and_an_appositive_before_is_are_read_through() {
        // "Movement" after a number: the tagger reads "October 9" as a date and no name.
        let f = found("The October 9 Movement, often called O9, is a Velmaran rebel group.");
        assert_eq!(kind_of(&f, "October 9 Movement").as_deref(), Some("group"), "{f:?}");
        let f = found("Brigade 41, a unit raised in the north, was an armed militia of farmers.");
        assert_eq!(kind_of(&f, "Brigade 41").as_deref(), Some("group"), "{f:?}");
        // A list between commas is no appositive: its names are not the subject's.
        let f = found("Tolvane, Arvik and Brenna are villages.");
        assert!(!f.iter().any(|(s, id)| s == "Tolvane" && id.starts_with("group")), "{f:?}");
    }

    #[test]
    fn an_armed_modifier_makes_the_organisation_noun_an_armed_group() {
        let f = found("Kestrel Dawn is a militant organisation founded in 2009.");
        assert_eq!(kind_of(&f, "Kestrel Dawn").as_deref(), Some("group"), "{f:?}");
        let f = found("Kestrel Dawn is a charitable organisation founded in 2009.");
        assert_eq!(kind_of(&f, "Kestrel Dawn").as_deref(), Some("organization"), "{f:?}");
        let f = found("Several insurgent groups, including Tarvan Sword and Red Meridian, signed the pact.");
        assert_eq!(kind_of(&f, "Tarvan Sword").as_deref(), Some("group"), "{f:?}");
    }

    #[test]
    fn an_appositive_with_the_types_the_name_before_it() {
        let f = found("She was elected to the Volkrada, the Ruthenian parliament, in 2021.");
        assert_eq!(kind_of(&f, "Volkrada").as_deref(), Some("organization"), "{f:?}");
        let f = found("She married Tomas Varkel, the novelist, in 2004.");
        assert_eq!(kind_of(&f, "Tomas Varkel").as_deref(), Some("person"), "{f:?}");
        let f = found("Velmora is the capital of the province.");
        assert_eq!(kind_of(&f, "Velmora").as_deref(), Some("place"), "{f:?}");
        // A list after the comma says nothing of the name before it.
        let f = found("Delegates from Velmora, the Kestrel Isles and Arvana met.");
        assert_ne!(kind_of(&f, "Velmora").as_deref(), Some("organization"), "{f:?}");
    }

    #[test]
    fn a_noun_that_modifies_another_or_a_name_inside_the_sentence_is_no_cue() {
        // "village elder": the noun does not end the phrase; the subject is the elder.
        let f = found("Tarek Hamdan is a village elder in the valley.");
        assert_ne!(kind_of(&f, "Tarek Hamdan").as_deref(), Some("place"), "{f:?}");
        // The name that opens the sentence is the subject, not one inside it.
        let f = found("The mayor of Velmora is a retired surgeon.");
        assert_ne!(kind_of(&f, "Velmora").as_deref(), Some("person"), "{f:?}");
        // Pronouns and common words open sentences too.
        let f = found("I was a writer back then. It is a town of farmers.");
        assert!(f.iter().all(|(s, _)| s != "I" && s != "It"), "{f:?}");
    }
}
