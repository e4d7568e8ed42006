//! Names given as another name of the one before: "X, known as Y", "X (also called Y)",
//! "X, nicknamed 'Y'" — Y joins X's node instead of becoming a thing of its own.

use super::context::{Ctx, Kind, armed_if_modified, kind_of_noun, name_run, new_target, singular};
use super::mention::{EntityMention, Target};
use super::organisations::abbreviation_start;
use crate::model::NodeKind;
use crate::nlp::lexicon::{ALIAS_CUES, LOCATIVE, PARTY_PREPOSITIONS};

/// Longest noun saying what kind of name follows "known by his" ("nom de guerre").
const MAX_NAME_NOUN: usize = 3;

fn is_lowercase_word(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')
}

/// Words that may stand between the comma and the cue ("also known as").
const CUE_ADVERBS: &[&str] = &[
    "also",
    "better",
    "widely",
    "popularly",
    "commonly",
    "formerly",
    "usually",
    "often",
    "simply",
    "sometimes",
    "officially",
    "locally",
    "informally",
    "colloquially",
    "now",
];

/// Longest parenthesis skipped between a name and its alias cue ("X (French: …), abbreviated as Y").
const MAX_PARENTHESIS: usize = 30;

/// The token after an alias cue that starts right after `end` (the end of a name), or right after
/// a parenthesis that closes the name ("The March Movement (Spanish: …), abbreviated as MM"), if any.
fn after_cue(ctx: &Ctx, end: usize) -> Option<usize> {
    after_cue_at(ctx, end).or_else(|| {
        if ctx.word(end) != "(" {
            return None;
        }
        let sentence = ctx.sentence_of.get(end).copied()?;
        let close = (end + 1..end + MAX_PARENTHESIS)
            .take_while(|&k| ctx.sentence_of.get(k) == Some(&sentence) && ctx.word(k) != "(")
            .find(|&k| ctx.word(k) == ")")?;
        // Only a comma after the parenthesis: "(…) known as" would read the cue as the parenthesis's.
        (ctx.word(close + 1) == ",").then(|| after_cue_at(ctx, close + 1)).flatten()
    })
}

/// The token after an alias cue that starts at `end`, after a comma or parenthesis, if any.
pub(super) fn after_cue_at(ctx: &Ctx, end: usize) -> Option<usize> {
    let mut j = end;
    let punctuated = matches!(ctx.word(j), "," | "(");
    if punctuated {
        j += 1;
    }
    // "also known as", "more commonly known as": an adverb, perhaps after "more" or "most".
    if matches!(ctx.word(j).to_lowercase().as_str(), "more" | "most")
        && CUE_ADVERBS.contains(&ctx.word(j + 1).to_lowercase().as_str())
    {
        j += 1;
    }
    let adverb = CUE_ADVERBS.contains(&ctx.word(j).to_lowercase().as_str());
    if adverb {
        j += 1;
    }
    let sentence = ctx.sentence_of.get(end).copied()?;
    ALIAS_CUES.iter().find_map(|cue| {
        // Right after a name, "called", "dubbed", "nicknamed" are verbs ("X dubbed Y a traitor"):
        // they need a comma or "also"; "called" needs "also".
        let verb_reading = !matches!(*cue, "known as" | "known by" | "a.k.a." | "aka" | "alias");
        if (*cue == "called" && !adverb) || (verb_reading && !punctuated && !adverb) {
            return None;
        }
        let mut next = j;
        for w in cue.split(' ') {
            if ctx.sentence_of.get(next) != Some(&sentence) || !ctx.word(next).eq_ignore_ascii_case(w) {
                return None;
            }
            next += 1;
        }
        Some(next)
    })
}

/// "the peacekeeping mission in Mali, known as MINUSMA", "a rebel group from Kivu, known as
/// M23": a name that opens at `first` after a preposition of place or of a party and a common
/// noun ("the" may stand between) may be only where or against whom that noun's thing is, and
/// another name given after it may name the thing. Not after "of" or "to", whose name is mostly
/// the one meant ("the capture of X, also known as Y", "the report of the X Council, known as
/// Y", "the town of Bunia, known locally as …").
fn object_in_a_noun_phrase(ctx: &Ctx, first: usize) -> bool {
    let mut t = first;
    if t > 0 && ctx.word(t - 1).eq_ignore_ascii_case("the") {
        t -= 1;
    }
    if t < 2 || ctx.sentence_of.get(t - 2) != ctx.sentence_of.get(first) {
        return false;
    }
    let preposition = ctx.word(t - 1).to_lowercase();
    let noun = ctx.word(t - 2);
    let prepositional = (LOCATIVE.contains(&preposition.as_str())
        || PARTY_PREPOSITIONS.contains(&preposition.as_str()))
        && !matches!(preposition.as_str(), "of" | "to");
    prepositional && is_lowercase_word(noun)
}

/// "Tomas Reyes, known as El Tigre": the name after the cue (a mention the rules found, or a run
/// of capitalised words, quotes and "the" skipped) is another name of the one before.
pub(super) fn alias_appositives(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let starting_at: std::collections::HashMap<usize, usize> =
        mentions.iter().enumerate().map(|(k, m)| (m.first_token, k)).collect();
    let mut joins: Vec<(usize, usize)> = Vec::new(); // (alias mention, named mention)
    let mut added = Vec::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.kind == NodeKind::Event || m.pronoun {
            continue;
        }
        let Some(mut j) = after_cue(ctx, m.end_token) else { continue };
        // After a noun's preposition the other name must fit this one's letters ("at Qayyarah
        // Airfield West, also called Q-West"), else it names the noun's thing.
        let doubtful = object_in_a_noun_phrase(ctx, m.first_token);
        let fits = |from: usize, to: usize| {
            let (alias, name) = (&ctx.text[ctx.tokens[from].start..ctx.tokens[to - 1].end], &ctx.text[m.start..m.end]);
            !doubtful || abbreviation_start(alias, name).is_some()
        };
        // "known by his nom de guerre Abu X", "known by its French initials, X": after "by", the
        // noun that says what kind of name, and an adjective before it.
        if ctx.word(j - 1) == "by" && matches!(ctx.word(j), "his" | "her" | "its" | "their" | "the") {
            let noun = (j + 1..j + 1 + MAX_NAME_NOUN)
                .take_while(|&k| is_lowercase_word(ctx.word(k)) || is_lowercase_word(ctx.word(k + 1)))
                .count();
            j += 1 + noun;
        }
        while matches!(ctx.word(j), "\"" | "'" | "“" | "‘") || ctx.word(j).eq_ignore_ascii_case("the") {
            j += 1;
        }
        if ctx.sentence_of.get(j) != Some(&m.sentence) {
            continue;
        }
        if let Some(&other) = starting_at.get(&j) {
            if fits(j, mentions[other].end_token) {
                joins.push((other, k));
            }
            continue;
        }
        let end = ctx.sentences[m.sentence].end_token;
        let run = name_run(ctx, j, end, 4);
        if run > j && fits(j, run) {
            let mut alias = ctx.mention(j, run, m.kind, m.target.clone(), m.confidence.min(0.8));
            alias.role = m.role.clone();
            added.push(alias);
        }
    }
    // The alias names the same one wherever it comes again later in the article ("…, abbreviated
    // as NKU. The NKU struck"): each later mention of the same words takes the named one's node.
    // Compared in lower case: "al-Shabaab" comes again opening a sentence as "Al-Shabaab".
    let mut given: std::collections::HashMap<String, (usize, NodeKind, Target)> = std::collections::HashMap::new();
    // Found names (by id) that take the gazetteer's entry of their alias, in every mention.
    let mut known_by_alias: std::collections::HashMap<String, (NodeKind, Target)> = std::collections::HashMap::new();
    for (alias, named) in joins {
        // "Harakat al-Shabaab al-Mujahideen, known as al-Shabaab": a name only the text gives
        // takes the one the gazetteer knows for its alias.
        if let (Target::Known(_), Target::New { id, .. }) = (&mentions[alias].target, &mentions[named].target)
            && mentions[alias].kind.is_actor() == mentions[named].kind.is_actor()
        {
            known_by_alias.entry(id.clone()).or_insert((mentions[alias].kind, mentions[alias].target.clone()));
            continue;
        }
        let (kind, target) = (mentions[named].kind, mentions[named].target.clone());
        mentions[alias].kind = kind;
        mentions[alias].target = target.clone();
        let words = ctx.text[mentions[alias].start..mentions[alias].end].to_lowercase();
        given.entry(words).or_insert((mentions[alias].end, kind, target));
    }
    for a in &added {
        given.entry(ctx.text[a.start..a.end].to_lowercase()).or_insert((a.end, a.kind, a.target.clone()));
    }
    if !known_by_alias.is_empty() {
        for m in mentions.iter_mut() {
            if let Target::New { id, .. } = &m.target
                && let Some((kind, target)) = known_by_alias.get(id)
            {
                m.kind = *kind;
                m.target = target.clone();
            }
        }
    }
    if !given.is_empty() {
        for m in mentions.iter_mut().filter(|m| !m.pronoun) {
            if let Some((after, kind, target)) = given.get(&ctx.text[m.start..m.end].to_lowercase())
                && m.start >= *after
            {
                m.kind = *kind;
                m.target = target.clone();
            }
        }
    }
    mentions.extend(added);
}

/// "allied militias known as Wazalendo", "a village called Tarvos", "a rebel group dubbed the
/// Eagles": a name after an alias cue that follows a common noun of a kind (`kind_of_noun`, plural
/// or singular; an armed modifier before an organisation's noun makes it an armed group) is of that
/// kind — a guess that read it otherwise gives way, and so do the name's other guesses (the reading
/// is a cue). Known names keep their reading.
pub(super) fn names_typed_by_the_noun_before_their_cue(ctx: &Ctx, mentions: &mut [EntityMention]) {
    if !mentions.iter().any(|m| m.guessed) {
        return;
    }
    let starting_at: std::collections::HashMap<usize, usize> =
        mentions.iter().enumerate().map(|(k, m)| (m.first_token, k)).collect();
    for t in 0..ctx.tokens.len() {
        let word = ctx.word(t);
        if !is_lowercase_word(word) {
            continue;
        }
        // The cue first: it is rarer than a noun of a kind, and cheaper to test.
        let Some(mut j) = after_cue_at(ctx, t + 1) else { continue };
        let Some(kind) = kind_of_noun(word).or_else(|| singular(word).and_then(|s| kind_of_noun(&s))) else {
            continue;
        };
        while matches!(ctx.word(j), "\"" | "'" | "“" | "‘") || ctx.word(j).eq_ignore_ascii_case("the") {
            j += 1;
        }
        let Some(&k) = starting_at.get(&j) else { continue };
        let modifiers = (t.saturating_sub(2)..t).map(|k| ctx.word(k).to_lowercase());
        let node_kind = match armed_if_modified(kind, modifiers) {
            Kind::Place => NodeKind::Place,
            Kind::Person => NodeKind::Person,
            Kind::Body(body) => body,
        };
        let m = &mut mentions[k];
        if m.guessed && !m.pronoun && m.kind != node_kind && m.kind != NodeKind::Event {
            let Target::New { label, .. } = &m.target else { continue };
            let label = label.clone();
            (m.kind, m.target, m.guessed) = (node_kind, new_target(node_kind, label), false);
        }
    }
}
