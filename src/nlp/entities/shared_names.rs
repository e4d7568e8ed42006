//! Compass words that stand for a whole name: coordinated ones share it ("North and South Korea",
//! "Central and South America": the first word, alone, names the place the second name's head
//! makes with it), and "the North" is short for the article's one country named "North …".

use std::collections::{HashMap, HashSet};

use super::context::Ctx;
use super::mention::{EntityMention, Target};
use crate::model::{NodeKind, slug};
use crate::nlp::lexicon::is_compass_word;
use crate::nlp::tokenize::is_capitalized;

/// "D and E Head" with compass words D, E and a place "E Head": D names "D Head" — the
/// gazetteer's place of that name (or the country of that people: "North and South Korean
/// officials"), else a new place when the gazetteer knows "E Head" itself. Whatever else covered
/// the lone compass word ("North" read as a place) gives way; a compass word that ends another
/// name ("the Middle East and North Africa") is left alone.
pub(super) fn compass_words_sharing_a_name(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    // Tokens inside a name that began before them, marked once (no rescans per mention).
    let mut inside = vec![false; ctx.tokens.len()];
    for m in mentions.iter() {
        for t in m.first_token + 1..m.end_token.min(inside.len()) {
            inside[t] = true;
        }
    }
    let mut found = Vec::new();
    for m in mentions.iter() {
        if !matches!(m.kind, NodeKind::Country | NodeKind::Place)
            || m.end_token - m.first_token < 2
            || m.first_token < 2
        {
            continue;
        }
        let (conjunction, d) = (m.first_token - 1, m.first_token - 2);
        let compass = ctx.word(d);
        if !is_compass_word(ctx.word(m.first_token))
            || !matches!(ctx.word(conjunction), "and" | "or" | "&")
            || !is_compass_word(compass)
            || !is_capitalized(compass)
            || ctx.sentence_of[d] != m.sentence
            // "between the East and South Africa": a compass noun, not a name's first word.
            || (d > 0 && ctx.word(d - 1).eq_ignore_ascii_case("the"))
            || inside[d]
        {
            continue;
        }
        let head = &ctx.text[ctx.tokens[m.first_token + 1].start..m.end];
        let named = format!("{compass} {head}");
        let hits = ctx.gazetteer.lookup(&named);
        let known = hits.iter().find(|h| !h.demonym).or_else(|| hits.iter().find(|h| h.demonym));
        let second_is_a_known_place = matches!(m.target, Target::Known(_))
            && !ctx.gazetteer.lookup(&ctx.text[m.start..m.end]).iter().any(|h| h.demonym);
        let (kind, target) = match known {
            Some(hit) => (ctx.gazetteer.entry(hit.entry).kind, Target::Known(hit.entry)),
            // "Central and South America": a place of that name, as written.
            None if second_is_a_known_place => {
                (NodeKind::Place, Target::New { id: format!("place:{}", slug(&named)), label: named })
            }
            None => continue,
        };
        found.push(ctx.mention(d, d + 1, kind, target, m.confidence));
    }
    if found.is_empty() {
        return;
    }
    let covered: HashSet<usize> = found.iter().map(|f| f.first_token).collect();
    mentions.retain(|m| !(m.first_token..m.end_token).any(|t| covered.contains(&t)));
    mentions.extend(found);
}

/// "The North said …" in an article about North Korea: "the" and a bare compass noun stand for the
/// one country the article names with that word first ("North Korea", "South Sudan"), as "the
/// South" does for South Korea — whether a guess read it a place or nothing read it at all. Two
/// such countries ("North Korea" and "North Macedonia") or none leave it alone ("the West" is no
/// country); so does a compass word that opens a longer name ("the South China Sea").
pub(super) fn countries_called_by_their_compass_word(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    // Each compass word → the one country named with it first (`None` once a second one is), in
    // one pass over the article.
    let mut named_with: HashMap<&str, Option<Target>> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == NodeKind::Country && m.end_token - m.first_token >= 2) {
        let word = ctx.word(m.first_token);
        if !is_compass_word(word) {
            continue;
        }
        let entry = named_with.entry(word).or_insert_with(|| Some(m.target.clone()));
        if entry.as_ref().is_some_and(|t| *t != m.target) {
            *entry = None;
        }
    }
    if named_with.is_empty() {
        return;
    }
    let bare_compass_noun = |t: usize| {
        let word = ctx.word(t);
        is_compass_word(word)
            && !crate::nlp::lexicon::is_compass_adjective(word)
            && is_capitalized(word)
            && t > 0
            && ctx.word(t - 1).eq_ignore_ascii_case("the")
            && named_with.get(word).is_some_and(Option::is_some)
    };
    let mut covered = vec![false; ctx.tokens.len()];
    for m in mentions.iter_mut() {
        let end = m.end_token.min(covered.len());
        covered[m.first_token..end].fill(true);
        if m.end_token != m.first_token + 1
            || m.pronoun
            || !matches!(m.kind, NodeKind::Place | NodeKind::Country)
            || !bare_compass_noun(m.first_token)
        {
            continue;
        }
        if let Some(Some(target)) = named_with.get(ctx.word(m.first_token)) {
            m.kind = NodeKind::Country;
            m.target = target.clone();
            m.parent = None;
        }
    }
    // Bare compass nouns nothing read: a name's word after them makes them its first ("the South
    // China Sea"), so only one followed by no capitalised word is taken.
    let unread: Vec<usize> = (1..ctx.tokens.len())
        .filter(|&t| !covered[t] && bare_compass_noun(t))
        .filter(|&t| {
            let next = t + 1;
            next >= ctx.tokens.len() || ctx.sentence_of[next] != ctx.sentence_of[t] || !is_capitalized(ctx.word(next))
        })
        .collect();
    for t in unread {
        let Some(Some(target)) = named_with.get(ctx.word(t)).cloned() else { continue };
        mentions.push(ctx.mention(t, t + 1, NodeKind::Country, target, 0.6));
    }
}
