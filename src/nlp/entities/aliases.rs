//! Names given as another name of the one before: "X, known as Y", "X (also called Y)",
//! "X, nicknamed 'Y'" — Y joins X's node instead of becoming a thing of its own.

use super::context::{Ctx, name_run};
use super::mention::EntityMention;
use crate::model::NodeKind;
use crate::nlp::lexicon::ALIAS_CUES;

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

/// The token after an alias cue that starts right after `end` (the end of a name), if any.
fn after_cue(ctx: &Ctx, end: usize) -> Option<usize> {
    let mut j = end;
    let punctuated = matches!(ctx.word(j), "," | "(");
    if punctuated {
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
        // "known by his nom de guerre Abu X": after "by", the noun that says what kind of name.
        if ctx.word(j - 1) == "by" && matches!(ctx.word(j), "his" | "her" | "its" | "their" | "the") {
            let noun = (j + 1..j + 1 + MAX_NAME_NOUN).take_while(|&k| is_lowercase_word(ctx.word(k))).count();
            j += 1 + noun;
        }
        while matches!(ctx.word(j), "\"" | "'" | "“" | "‘") || ctx.word(j).eq_ignore_ascii_case("the") {
            j += 1;
        }
        if ctx.sentence_of.get(j) != Some(&m.sentence) {
            continue;
        }
        if let Some(&other) = starting_at.get(&j) {
            joins.push((other, k));
            continue;
        }
        let end = ctx.sentences[m.sentence].end_token;
        let run = name_run(ctx, j, end, 4);
        if run > j {
            let mut alias = ctx.mention(j, run, m.kind, m.target.clone(), m.confidence.min(0.8));
            alias.role = m.role.clone();
            added.push(alias);
        }
    }
    for (alias, named) in joins {
        let (kind, target) = (mentions[named].kind, mentions[named].target.clone());
        mentions[alias].kind = kind;
        mentions[alias].target = target;
    }
    mentions.extend(added);
}
