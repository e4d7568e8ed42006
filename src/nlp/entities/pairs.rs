//! "The two sides", "both countries": a plural description of a pair refers to the two actors
//! named together last ("the three countries" to the latest list of three), so what the
//! sentence says of the pair (talks between them, a truce they signed) reaches both names.

use super::context::{Ctx, is_title};
use super::descriptions::kinds_listed;
use super::mention::{EntityMention, insert_in_order};
use crate::model::NodeKind;
use crate::nlp::context::past_tense;
use crate::nlp::lexicon::{FUNCTION_WORDS, PAIR_DESCRIPTIONS, TITLES};
use crate::nlp::tokenize::is_capitalized;

/// How many sentences back the pair may be named: "the two sides" often refers to the article's
/// main pair a few sentences on.
const PAIR_REACH: usize = 4;

/// How many words may stand between the two names of a pair ("Armenian Prime Minister Nikol
/// Pashinyan and Azerbaijani President …": a title and a name).
const PAIR_GAP: usize = 8;

/// How many plain words may describe the two names of a pair ("Sudan's army and the paramilitary
/// RSF").
const MAX_DESCRIBING_WORDS: usize = 2;

/// How many of the latest names a pair is chosen among (bounded work in a long list).
const MAX_CANDIDATES: usize = 64;

/// The kinds a pair's head noun may refer to.
fn kinds_of(head: &str) -> Option<Vec<NodeKind>> {
    let (_, kinds) = PAIR_DESCRIPTIONS.iter().find(|(h, _)| h.eq_ignore_ascii_case(head))?;
    Some(kinds_listed(kinds))
}

/// "Israel and Lebanon held talks … The two countries agreed", "talks between the two sides",
/// "both warring parties": "the two" or "both" (at most one plain word between, "the two
/// neighbouring countries") and a plural head of `pair_descriptions.tsv` refer to two actors of
/// the kinds the noun allows that are named together (see [`latest_pair`]) in the same sentence
/// before it or in the four before; not a description of something else ("both sides of the
/// border"; "the two countries' …" still is one). Each of the two gets a mention of the
/// description's words. "The three countries" … "the six countries" refer to the latest list of
/// as many (see [`latest_list`]).
pub(super) fn resolve_pair_descriptions(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut added = Vec::new();
    let lower = |i: usize| ctx.word(i).to_lowercase();
    let mut next = 0; // mentions[..next] end before the current token
    for i in 0..ctx.tokens.len() {
        while next < mentions.len() && mentions[next].end <= ctx.tokens[i].start {
            next += 1;
        }
        let Some(kinds) = kinds_of(ctx.word(i)) else { continue };
        let Some((first, count)) = pair_opening(ctx, i) else { continue };
        if mentions[..next].iter().rev().take_while(|m| m.end > ctx.tokens[first].start).next().is_some()
            || mentions.get(next).is_some_and(|m| m.start <= ctx.tokens[i].start)
            || lower(i + 1) == "of"
        {
            continue;
        }
        let sentence = ctx.sentence_of[i];
        let recent: Vec<&EntityMention> = mentions[..next]
            .iter()
            .rev()
            .filter(|m| !m.pronoun && m.end_token <= first)
            .take_while(|m| m.sentence + PAIR_REACH >= sentence)
            .take(MAX_CANDIDATES)
            .collect();
        if count == 2 {
            let Some((x, y)) = latest_pair(ctx, &recent, &kinds) else { continue };
            added.extend([x, y].map(|m| ctx.reference(first, i + 1, m)));
        } else if let Some(list) = latest_list(ctx, &recent, &kinds, count) {
            added.extend(list.into_iter().map(|m| ctx.reference(first, i + 1, m)));
        }
    }
    insert_in_order(mentions, added);
}

/// How many names "the three countries" … "the six countries" may refer to.
const LIST_NUMBERS: [(&str, usize); 5] = [("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6)];

/// The first token of "the two [adjective] H", "both [adjective] H" or "the three H" (up to six)
/// ending at the head `head`, and how many the description counts.
fn pair_opening(ctx: &Ctx, head: usize) -> Option<(usize, usize)> {
    let sentence_first = ctx.sentences[ctx.sentence_of[head]].first_token;
    let lower = |i: usize| ctx.word(i).to_lowercase();
    let plain = |i: usize| {
        let w = lower(i);
        w.chars().all(char::is_alphabetic) && !is_capitalized(ctx.word(i)) && !FUNCTION_WORDS.contains(&w.as_str())
    };
    let count_of = |t: usize| match lower(t).as_str() {
        "both" => Some(2),
        w => LIST_NUMBERS.iter().find(|(n, _)| *n == w).map(|&(_, count)| count),
    };
    // The number word, right before the head or before one plain word.
    let number = [head.checked_sub(1)?, head.checked_sub(2)?]
        .into_iter()
        .filter(|&t| t >= sentence_first)
        .find(|&t| count_of(t).is_some())?;
    if number + 2 == head && !plain(head - 1) {
        return None;
    }
    let count = count_of(number)?;
    match lower(number).as_str() {
        "both" => Some((number, count)),
        _ if number > sentence_first && lower(number - 1) == "the" => Some((number - 1, count)),
        _ => None,
    }
}

/// The latest list of exactly `count` actors of the kinds in `kinds` ("Mali, Burkina Faso and
/// Niger … the three countries"), among `recent` (newest first): names joined by commas and one
/// closing "and" ("the" may open each), in the nearest sentence that names such a list, its first.
fn latest_list<'m>(
    ctx: &Ctx,
    recent: &[&'m EntityMention],
    kinds: &[NodeKind],
    count: usize,
) -> Option<Vec<&'m EntityMention>> {
    let listed = |x: &EntityMention, y: &EntityMention| {
        y.first_token >= x.end_token
            && y.first_token - x.end_token <= 3
            && (x.end_token..y.first_token).all(|t| matches!(ctx.word(t).to_lowercase().as_str(), "," | "and" | "the"))
    };
    let closed_by_and = |x: &EntityMention, y: &EntityMention| {
        (x.end_token..y.first_token).any(|t| ctx.word(t).eq_ignore_ascii_case("and"))
    };
    // In text order, sentence by sentence from the nearest.
    let mut chosen: Option<Vec<&EntityMention>> = None;
    let mut k = 0;
    while k < recent.len() {
        let sentence = recent[k].sentence;
        let end = recent[k..].iter().position(|m| m.sentence != sentence).map_or(recent.len(), |n| k + n);
        let names: Vec<&EntityMention> = recent[k..end].iter().rev().copied().collect();
        let mut run: Vec<&EntityMention> = Vec::new();
        for &m in &names {
            match run.last() {
                Some(&last) if listed(last, m) => run.push(m),
                _ => {
                    if chosen.is_none() && closes_a_list(&run, count, kinds, &closed_by_and) {
                        chosen = Some(run.clone());
                    }
                    run = vec![m];
                }
            }
        }
        if chosen.is_none() && closes_a_list(&run, count, kinds, &closed_by_and) {
            chosen = Some(run);
        }
        if chosen.is_some() {
            return chosen;
        }
        k = end;
    }
    None
}

/// Whether `run` is a list of exactly `count` names of the kinds in `kinds`, its last two joined
/// by "and".
fn closes_a_list(
    run: &[&EntityMention],
    count: usize,
    kinds: &[NodeKind],
    closed_by_and: &dyn Fn(&EntityMention, &EntityMention) -> bool,
) -> bool {
    run.len() == count
        && run.iter().all(|m| kinds.contains(&m.kind))
        && closed_by_and(run[count - 2], run[count - 1])
        && run.windows(2).all(|w| w[0].target != w[1].target)
}

/// The two actors named together last, among `recent` (newest first): for each name of a kind in
/// `kinds`, the nearest name before it in its sentence of the same kind, else of any kind in
/// `kinds`, when "and" joins them (see [`joined`]); in the nearest sentence that names such a pair,
/// the first one — the clause's subject before a speaker's ("X and Y agreed to a truce, A and B
/// said").
fn latest_pair<'m>(
    ctx: &Ctx,
    recent: &[&'m EntityMention],
    kinds: &[NodeKind],
) -> Option<(&'m EntityMention, &'m EntityMention)> {
    // "Syrian-backed", "pro-Western": a name joined by a hyphen qualifies a noun; it is no side.
    let hyphenated = |m: &EntityMention| ctx.text[m.end..].starts_with('-') || ctx.text[..m.start].ends_with('-');
    let allowed: Vec<&EntityMention> =
        recent.iter().copied().filter(|m| kinds.contains(&m.kind) && !hyphenated(m)).collect();
    let pairs = allowed.iter().enumerate().filter_map(|(n, &y)| {
        let before = allowed[n + 1..].iter().copied().filter(|x| x.sentence == y.sentence && x.target != y.target);
        let x = before
            .clone()
            .find(|x| x.kind == y.kind)
            .filter(|x| joined(ctx, x, y, recent))
            .or_else(|| before.clone().next().filter(|x| joined(ctx, x, y, recent)))?;
        Some((x, y))
    });
    let mut chosen: Option<(&EntityMention, &EntityMention)> = None;
    for (x, y) in pairs {
        match chosen {
            Some((cx, _)) if cx.sentence != x.sentence => break,
            Some((cx, _)) if cx.first_token < x.first_token => {}
            _ => chosen = Some((x, y)),
        }
    }
    chosen
}

/// A word of letters (and hyphens) only.
fn plain_word(ctx: &Ctx, t: usize) -> bool {
    ctx.word(t).chars().all(|c| c.is_alphabetic() || c == '-')
}

/// Whether one "and" joins `x` and `y` with only titles, names, "the" and up to two describing
/// words between ("X's army and the paramilitary Y"; any plain words ending in a title or post:
/// "and rebel leader Y"), and `x` does not close a longer list ("Chile, Peru and Bolivia").
fn joined(ctx: &Ctx, x: &EntityMention, y: &EntityMention, recent: &[&EntityMention]) -> bool {
    if y.first_token < x.end_token || y.first_token - x.end_token > PAIR_GAP {
        return false;
    }
    let gap = x.end_token..y.first_token;
    let ands = gap.clone().filter(|&t| ctx.word(t).eq_ignore_ascii_case("and")).count();
    // "and the Syrian-backed opposition leader Y": plain words may describe the second name when
    // a title or post ends them.
    let described = y.first_token > 0 && {
        let before = ctx.word(y.first_token - 1).to_lowercase();
        is_title(&before) || TITLES.position.contains(&before.as_str())
    };
    // "Sudan's army and the paramilitary RSF": up to two plain words (no verb) may describe the two.
    let plain: Vec<usize> = gap
        .clone()
        .filter(|&t| !is_capitalized(ctx.word(t)) && !matches!(ctx.word(t), "and" | "the" | "." | "-" | "'s" | "'"))
        .collect();
    let describing = |t: &usize| {
        let w = ctx.word(*t).to_lowercase();
        plain_word(ctx, *t) && !FUNCTION_WORDS.contains(&w.as_str()) && !past_tense(&w)
    };
    let titles_and_names = plain.iter().all(|t| plain_word(ctx, *t))
        && (described || plain.len() <= MAX_DESCRIBING_WORDS && plain.iter().all(describing));
    let in_a_list = x.first_token > 0
        && ctx.word(x.first_token - 1) == ","
        && recent.iter().any(|m| m.end_token + 1 == x.first_token && m.kind.is_actor());
    ands == 1 && titles_and_names && !in_a_list
}
