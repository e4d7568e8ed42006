//! "They" and "their": a plural pronoun refers to the subject of the clause it continues, or to
//! the names it follows, when they are named and plural — two or more actors named together, an
//! armed group, a state's troops or officials — so what "they" did reaches the names.

use super::context::{Ctx, is_calendar_word};
use super::mention::{EntityMention, insert_in_order};
use super::people::opens_a_clause;
use crate::model::NodeKind;
use crate::nlp::context::{past_tense, possessive_mark};
use crate::nlp::lexicon::{
    ARMED_MEMBERS, AUTHORITY_NOUNS, FINITE_AUXILIARIES, FUNCTION_WORDS, REPORTING_VERBS, SAYING_VERBS,
};
use crate::nlp::tokenize::is_capitalized;

/// How many names one subject may join ("Chile, Peru, Bolivia and Ecuador"): bounded work.
const MAX_MEMBERS: usize = 8;

/// How many plain words may describe the names of a subject ("Colombia's government and the
/// ELN", "Taliban forces and Pakistani troops").
const MAX_DESCRIBING_WORDS: usize = 2;

/// How many words an aside between a subject and its verb may hold ("The Houthis, who control
/// Sanaa, said they").
const MAX_ASIDE: usize = 16;

/// "The Houthis say they act for Gaza. They attacked a carrier", "Norway and Cuba, the
/// guarantors, said they would monitor the truce", "Colombia and the ELN met in Caracas, and they
/// signed …": "they" right after a verb of saying (or "that") refers to the verb's subject; "they"
/// opening a clause (the sentence, or after "and", "but" or a comma) to the subject the sentence
/// opens with, or at a sentence's start the previous sentence's — not after a subordinator
/// ("Troops killed three men as they fled": the object as often as the subject). The
/// subject counts when it is named and plural: two or more names joined by "and" (a comma
/// between earlier ones), an armed group, or a name before a plural noun of members or
/// authorities ("Pakistani troops", "Houthi rebels"). A subject not named ("Officials said they
/// …") or singular ("Pakistan closed the crossing, and traders said they") leaves "they" alone.
/// "Their" is read the same way after a verb of saying and at a sentence's opening or a clause's
/// after "but" or ", and"; elsewhere only right after the names (see [`owner_before`]).
pub(super) fn resolve_plural_pronouns(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut added = Vec::new();
    let mut next = 0; // mentions[..next] end before the current token
    for i in 0..ctx.tokens.len() {
        while next < mentions.len() && mentions[next].end <= ctx.tokens[i].start {
            next += 1;
        }
        let word = ctx.word(i).to_lowercase();
        if !matches!(word.as_str(), "they" | "their")
            || mentions.get(next).is_some_and(|m| m.start <= ctx.tokens[i].start)
        {
            continue;
        }
        // The names of this sentence and the previous one (bounded work in a long article).
        let sentence = ctx.sentence_of[i];
        let from = mentions[..next].iter().rposition(|m| m.sentence + 1 < sentence).map_or(0, |k| k + 1);
        let before: Vec<&EntityMention> = mentions[from..next].iter().filter(|m| !m.pronoun).collect();
        // "Their" is no subject: it continues one only at a sentence's or a coordinated clause's
        // opening ("…, but their relations"; "killed two engineers and their driver" does not).
        let continues_a_subject = match word.as_str() {
            "they" => opens_a_clause(ctx, i),
            _ => opens_their_clause(ctx, i),
        };
        let owner = (word == "their").then(|| owner_before(ctx, &before, i)).flatten();
        let subject = owner.or_else(|| match saying_verb_before(ctx, i) {
            Some(verb) => subject_ending_before(ctx, &before, verb),
            None if continues_a_subject => match before.iter().position(|m| m.sentence == sentence) {
                Some(k) => opening_subject(ctx, &before[k..]),
                None if opens_the_sentence(ctx, i) => sentence.checked_sub(1).and_then(|previous| {
                    let k = before.iter().position(|m| m.sentence == previous)?;
                    opening_subject(ctx, &before[k..])
                }),
                None => None,
            },
            None => None,
        });
        let Some(mut subject) = subject else { continue };
        // "Japan's Nissan and France's Renault say they": an owner is no subject of its own.
        let owners: Vec<usize> = subject
            .windows(2)
            .filter(|w| w[1].first_token == w[0].end_token + 1 && possessive_mark(ctx.word(w[0].end_token)))
            .map(|w| w[0].first_token)
            .collect();
        subject.retain(|m| !owners.contains(&m.first_token));
        let mut seen = Vec::new();
        for m in subject {
            if !seen.contains(&&m.target) {
                seen.push(&m.target);
                added.push(ctx.reference(i, i + 1, m));
            }
        }
    }
    insert_in_order(mentions, added);
}

/// How many words may stand between the names and the "their" that refers to them ("X and Y
/// said their", "Hezbollah and their allies").
const THEIR_REACH: usize = 4;

/// "The Houthis and their allies", "criticised Iran and Syria for their attempts": the plural
/// names right before "their" with only "and", "for" or a comma between — not a place
/// preposition ("Chinese authorities in their homeland" is the protesters').
fn owner_before<'m>(ctx: &Ctx, before: &[&'m EntityMention], their: usize) -> Option<Vec<&'m EntityMention>> {
    let sentence_first = ctx.sentences[ctx.sentence_of[their]].first_token;
    let mut end = their;
    while end > sentence_first
        && their - end < THEIR_REACH
        && matches!(ctx.word(end - 1).to_lowercase().as_str(), "," | "and" | "for")
    {
        end -= 1;
    }
    (end < their).then(|| names_ending_at(ctx, before, end, ctx.sentence_of[their])).flatten()
}

/// How many words a phrase of time or manner between a verb of saying and its "that" may hold
/// ("announced on Sunday that", "said in a joint statement that").
const MAX_ADVERBIAL: usize = 5;

/// "X said they", "X says that they", "X has also said they", "X announced on Sunday that they":
/// the verb of saying before "they" — before "that", a phrase of lowercase words and calendar
/// words may stand between.
fn saying_verb_before(ctx: &Ctx, they: usize) -> Option<usize> {
    let sentence_first = ctx.sentences[ctx.sentence_of[they]].first_token;
    let saying = |t: usize| {
        let w = ctx.word(t).to_lowercase();
        SAYING_VERBS.contains(&w.as_str()) || REPORTING_VERBS.contains(&w.as_str())
    };
    let before = they.checked_sub(1).filter(|&t| t >= sentence_first)?;
    if !ctx.word(before).eq_ignore_ascii_case("that") {
        return saying(before).then_some(before);
    }
    let plain = |t: usize| {
        let w = ctx.word(t);
        w.chars().all(char::is_alphabetic) && (!is_capitalized(w) || is_calendar_word(w))
    };
    (before.saturating_sub(MAX_ADVERBIAL + 1).max(sentence_first)..before)
        .rev()
        .take_while(|&t| saying(t) || plain(t))
        .find(|&t| saying(t))
}

/// Does "their" at `t` open its sentence or a clause after "but" or ", and"?
fn opens_their_clause(ctx: &Ctx, t: usize) -> bool {
    let first = ctx.sentences[ctx.sentence_of[t]].first_token;
    let word = |k: usize| ctx.word(k).to_lowercase();
    opens_the_sentence(ctx, t)
        || (t > first && word(t - 1) == "but")
        || (t > first + 1 && word(t - 1) == "and" && word(t - 2) == ",")
}

/// How many words may open a sentence before its subject ("On Monday, they", "But they").
const MAX_OPENER: usize = 4;

/// Words that open a sentence before its subject without a comma.
const ONE_WORD_OPENERS: [&str; 8] = ["but", "and", "yet", "so", "still", "now", "then", "later"];

/// Does `t` open its sentence, alone or after a few lowercase words and commas ("But they",
/// "On Monday, they")?
fn opens_the_sentence(ctx: &Ctx, mut t: usize) -> bool {
    let first = ctx.sentences[ctx.sentence_of[t]].first_token;
    // "The United States and Japan": the article belongs to the name.
    if t > first && ctx.word(t - 1).eq_ignore_ascii_case("the") {
        t -= 1;
    }
    // An opener ends with a comma ("On Friday, French officials") or is a conjunction or
    // adverb of time ("But they", "Later they"; not "Eight Koreans", "A German").
    let one_word = t == first + 1 && ONE_WORD_OPENERS.contains(&ctx.word(first).to_lowercase().as_str());
    let opener = t > first
        && t - first <= MAX_OPENER
        && (ctx.word(t - 1) == "," || one_word)
        && (first + 1..t).all(|k| ctx.word(k) == "," || !is_capitalized(ctx.word(k)))
        && ctx.word(first).chars().all(char::is_alphabetic);
    ctx.is_sentence_start(t) || opener
}

/// The subject of the verb at `verb`: the names ending right before it (an auxiliary or an
/// adverb may stand between, "have also said", and an aside between commas), when they open a
/// clause and are plural (see [`plural`]).
fn subject_ending_before<'m>(ctx: &Ctx, before: &[&'m EntityMention], verb: usize) -> Option<Vec<&'m EntityMention>> {
    let sentence_first = ctx.sentences[ctx.sentence_of[verb]].first_token;
    let mut end = verb;
    while end > sentence_first && {
        let w = ctx.word(end - 1).to_lowercase();
        FINITE_AUXILIARIES.contains(&w.as_str()) || w == "also" || (w.len() > 4 && w.ends_with("ly"))
    } {
        end -= 1;
    }
    // "X, who control Sanaa, said": the aside's opening comma ends the subject.
    if end > sentence_first && ctx.word(end - 1) == "," {
        let aside = (end.saturating_sub(MAX_ASIDE).max(sentence_first)..end - 1).rev().find(|&t| ctx.word(t) == ",")?;
        end = aside;
    }
    let subject = names_ending_at(ctx, before, end, ctx.sentence_of[verb])?;
    opens_a_clause(ctx, subject[0].first_token).then_some(subject)
}

/// The plural names ending right before token `end` of sentence `sentence` (see [`plural`]):
/// the last name and those joined to it before ("Norway and Cuba"); a plural noun of members may
/// follow them ("Houthi rebels").
fn names_ending_at<'m>(
    ctx: &Ctx,
    before: &[&'m EntityMention],
    end: usize,
    sentence: usize,
) -> Option<Vec<&'m EntityMention>> {
    let member_noun = end > ctx.sentences[sentence].first_token && plural_member_noun(ctx, end - 1);
    let last_end = if member_noun { end - 1 } else { end };
    let k = before.iter().rposition(|m| m.end_token == last_end && m.sentence == sentence)?;
    let mut subject = vec![before[k]];
    let mut ands = 0;
    for j in (k.saturating_sub(MAX_MEMBERS)..k).rev() {
        let (x, y) = (before[j], subject[subject.len() - 1]);
        // Read backwards, a list's last join is its "and": a comma before it is an aside.
        match join(ctx, x, y) {
            Some(Joint::Next) => {}
            Some(Joint::And) => ands += 1,
            Some(Joint::Comma) if ands > 0 => {}
            _ => break,
        }
        subject.push(x);
    }
    subject.reverse();
    plural(&subject, ands, member_noun).then_some(subject)
}

/// The subject a sentence opens with: its first name, when it opens the sentence (see
/// [`opens_the_sentence`]), with the names joined to it (see [`join`]), when plural. `names`
/// starts at the sentence's first name.
fn opening_subject<'m>(ctx: &Ctx, names: &[&'m EntityMention]) -> Option<Vec<&'m EntityMention>> {
    let first = *names.first()?;
    if !opens_the_sentence(ctx, first.first_token) {
        return None;
    }
    let mut subject = vec![first];
    let mut ands = 0;
    // Names joined only by commas count when an "and" closes the list: until then they may be
    // an aside ("Hezbollah, Iran's ally, …").
    let mut listed = 1;
    for &y in names.iter().skip(1).take(MAX_MEMBERS) {
        let x = subject[subject.len() - 1];
        match join(ctx, x, y) {
            Some(joint) if x.sentence == y.sentence => {
                subject.push(y);
                match joint {
                    Joint::And => {
                        ands += 1;
                        listed = subject.len();
                    }
                    Joint::Next if listed + 1 == subject.len() => listed += 1,
                    _ => {}
                }
            }
            _ => break,
        }
    }
    subject.truncate(listed);
    let last = subject[subject.len() - 1];
    let member_noun = last.end_token < ctx.tokens.len()
        && ctx.sentence_of[last.end_token] == last.sentence
        && plural_member_noun(ctx, last.end_token);
    plural(&subject, ands, member_noun).then_some(subject)
}

/// How two names of one subject are joined.
#[derive(Clone, Copy, PartialEq)]
enum Joint {
    /// Nothing between: one phrase ("Afghan Taliban").
    Next,
    /// A comma of a list ("Chile, Peru and Bolivia").
    Comma,
    /// "And".
    And,
}

/// How the names `x` and then `y` belong to one subject: nothing between, or one "and" or comma
/// with at most "the", a possessive and two describing words ("Colombia's government and the
/// ELN", "Taliban forces and Pakistani troops").
fn join(ctx: &Ctx, x: &EntityMention, y: &EntityMention) -> Option<Joint> {
    if y.first_token < x.end_token {
        return None;
    }
    let mut joint = Joint::Next;
    let mut describing = 0;
    for t in x.end_token..y.first_token {
        let w = ctx.word(t).to_lowercase();
        match w.as_str() {
            "and" | "," if joint == Joint::Next => joint = if w == "and" { Joint::And } else { Joint::Comma },
            _ if w == "the" || possessive_mark(&w) => {}
            _ if w.chars().all(char::is_alphabetic)
                && !is_capitalized(ctx.word(t))
                && !FUNCTION_WORDS.contains(&w.as_str())
                && !past_tense(&w) =>
            {
                describing += 1
            }
            _ => return None,
        }
    }
    // Words between two names with no "and" or comma are a clause ("Israel says Hezbollah").
    (describing <= MAX_DESCRIBING_WORDS && (joint != Joint::Next || describing == 0)).then_some(joint)
}

/// A plural noun of an actor's members or authorities ("rebels", "troops", "officials").
fn plural_member_noun(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.word(t).to_lowercase();
    w.ends_with('s') && (ARMED_MEMBERS.contains(&w.as_str()) || AUTHORITY_NOUNS.contains(&w.as_str()))
}

/// A subject "they" may refer to: two or more actors joined by "and" or commas, an armed group,
/// or names before a plural noun of members.
fn plural(subject: &[&EntityMention], ands: usize, member_noun: bool) -> bool {
    let actors = subject.iter().all(|m| m.kind.is_actor());
    actors && ((ands >= 1 && subject.len() >= 2) || member_noun || subject.iter().any(|m| m.kind == NodeKind::Group))
}
