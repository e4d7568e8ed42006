//! Names the gazetteer knows, with context rules: which of several same-named entries is meant,
//! common words that are places only after a locative, surnames that are also towns, capitals
//! that stand for their government, and known names inside hyphenated words ("U.S.-led").

use super::context::{Ctx, is_function_word, is_org_head, is_title, lower_word};
use super::mention::{EntityMention, Target};
use crate::model::NodeKind;
use crate::nlp::gazetteer::{AliasHit, Gazetteer};
use crate::nlp::lexicon::{LOCATIVE, METONYMY_VERBS};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::{is_all_caps, is_capitalized};

/// Countries named unambiguously in the article: they decide among same-named places.
pub(super) fn article_countries(ctx: &Ctx) -> Vec<String> {
    let mut out = Vec::new();
    for s in ctx.sentences {
        for m in ctx.gazetteer.find(ctx.text, ctx.tokens, s.tokens()) {
            for h in &m.hits {
                let e = ctx.gazetteer.entry(h.entry);
                if e.kind == NodeKind::Country && !h.common && !out.contains(&e.id) {
                    out.push(e.id.clone());
                }
            }
        }
    }
    out
}

pub(super) fn hit_score(g: &Gazetteer, h: &AliasHit, context: &[String]) -> f64 {
    let e = g.entry(h.entry);
    let size = (e.weight.max(1) as f64).log10() / 5.0;
    let mut score = match e.kind {
        // "French" is France before the French Southern Territories.
        NodeKind::Country => 4.0 + size,
        NodeKind::Organization | NodeKind::Group => 3.0,
        NodeKind::Place if e.id.starts_with("place:region:") => 3.5,
        NodeKind::Place if e.weight > 100_000_000 => 3.5, // continents
        _ => 1.0 + size,
    };
    if e.capital_of.is_some() {
        score += 1.0;
    }
    if let Some(parent) = &e.parent
        && context.contains(parent)
    {
        score += 0.8;
    }
    if context.contains(&e.id) {
        score += 1.0;
    }
    score
}

pub(super) fn gazetteer_mention(
    ctx: &Ctx,
    hits: &[AliasHit],
    first: usize,
    end: usize,
    context: &[String],
) -> Option<EntityMention> {
    let g = ctx.gazetteer;
    let best = hits.iter().max_by(|a, b| hit_score(g, a, context).total_cmp(&hit_score(g, b, context)))?;
    let single = end - first == 1;
    if best.common {
        // "Police", "Mobile", "Most": a place only after a locative preposition, mid-sentence.
        if !after_locative(ctx, first) {
            return None;
        }
    }
    if single && ctx.is_sentence_start(first) && is_function_word(&ctx.word(first).to_lowercase()) {
        return None;
    }
    let mut entry = g.entry(best.entry);
    let mut index = best.entry;
    // "Jeff Davis", "Philip Hammond": a lone town name inside a run of name words is a surname.
    if single && is_town(g, index) {
        let prev = first.checked_sub(1).map(|p| ctx.word(p)).unwrap_or("");
        let next = ctx.word(end);
        let name_like = |w: &str| {
            is_capitalized(w)
                && w.chars().next().is_some_and(char::is_alphabetic)
                && !is_function_word(&w.to_lowercase())
                && !LOCATIVE.contains(&w.to_lowercase().as_str())
        };
        let prev_is_name = first > 0
            && name_like(prev)
            && !ctx.is_sentence_start(first)
            && ctx.gazetteer.lookup(prev).is_empty()
            && !is_title(prev);
        let next_is_name = name_like(next) && ctx.gazetteer.lookup(next).is_empty() && !is_org_head(next);
        if prev_is_name || next_is_name {
            return None;
        }
    }
    // Metonymy: a capital as possessor or subject stands for its government — but not after a
    // locative preposition, where it is where the subject is ("officials in Baghdad said").
    if let Some(country) = &entry.capital_of {
        let next = lower_word(ctx.text, *ctx.tokens.get(end).unwrap_or(&ctx.tokens[end - 1]));
        let after_preposition = after_locative(ctx, first);
        let is_actor = end < ctx.tokens.len()
            && !after_preposition
            && (next == "'s" || next == "’s" || METONYMY_VERBS.contains(&next.as_str()));
        if is_actor && let Some(c) = g.by_id(country) {
            let hits = g.lookup(&c.label);
            if let Some(h) = hits.iter().find(|h| g.entry(h.entry).id == *country) {
                index = h.entry;
                entry = g.entry(index);
            }
        }
    }
    let confidence = if best.common {
        0.6
    } else if single && entry.kind == NodeKind::Place && entry.weight < 100_000 {
        0.75
    } else {
        0.95
    };
    Some(ctx.mention(first, end, entry.kind, Target::Known(index), confidence))
}

/// The tagger's person spans of a sentence (`tagged`, offsets within it), as article token ranges.
pub(super) fn tagged_people(sentence: &Sentence, tagged: Option<&[crate::nlp::ner::Span]>) -> Vec<(usize, usize)> {
    let first = sentence.first_token;
    tagged
        .unwrap_or_default()
        .iter()
        .filter(|s| s.kind == crate::nlp::ner::EntityType::Person)
        .map(|s| (first + s.start, first + s.end))
        .collect()
}

/// "Kim said", "Marion agreed": a one-word town (not a capital, under a million people) inside
/// a span the tagger reads as a person's name is the person — the tagger saw the context, the
/// gazetteer only the word. Countries, capitals and big cities keep their reading, and so does
/// a town after a locative preposition ("sailed from Marion").
pub(super) fn town_read_as_person(ctx: &Ctx, mention: &EntityMention, people: &[(usize, usize)]) -> bool {
    let Target::Known(index) = mention.target else { return false };
    mention.end_token - mention.first_token == 1
        && is_town(ctx.gazetteer, index)
        && !after_locative(ctx, mention.first_token)
        && people.iter().any(|&(start, end)| start <= mention.first_token && mention.end_token <= end)
}

/// Whether the token before `first` is a locative preposition ("in", "from", "near").
pub(super) fn after_locative(ctx: &Ctx, first: usize) -> bool {
    first > 0
        && !ctx.is_sentence_start(first)
        && LOCATIVE.contains(&lower_word(ctx.text, ctx.tokens[first - 1]).as_str())
}

/// A populated place that is neither a capital nor a city of a million: its name may well be
/// someone's ("Kim", "Marion", "Jackson").
pub(super) fn is_town(gazetteer: &Gazetteer, index: u32) -> bool {
    let entry = gazetteer.entry(index);
    entry.kind == NodeKind::Place
        && entry.capital_of.is_none()
        && entry.weight < 1_000_000
        && !entry.id.starts_with("place:region:")
}

/// "U.S.-led", "Israeli-Lebanese": known names inside hyphenated tokens.
pub(super) fn hyphenated_prefixes(ctx: &Ctx, s: &Sentence, context: &[String], out: &mut Vec<EntityMention>) {
    for i in s.tokens() {
        let t = ctx.tokens[i];
        let word = t.text(ctx.text);
        if !word.contains('-') || !is_capitalized(word) {
            continue;
        }
        let mut offset = t.start;
        for part in word.split('-') {
            let part_start = offset;
            offset += part.len() + 1;
            if part.is_empty() || !is_capitalized(part) {
                continue;
            }
            let hits: Vec<AliasHit> = ctx
                .gazetteer
                .lookup(part)
                .iter()
                .copied()
                .filter(|h| !h.common && (!h.acronym || is_all_caps(part)))
                .collect();
            if hits.is_empty() || part.len() == word.len() {
                continue;
            }
            let Some(mut m) = gazetteer_mention(ctx, &hits, i, i + 1, context) else { continue };
            if !matches!(m.kind, NodeKind::Country | NodeKind::Organization | NodeKind::Group) {
                continue;
            }
            m.start = part_start;
            m.end = part_start + part.len();
            m.confidence = 0.8;
            out.push(m);
        }
    }
}
