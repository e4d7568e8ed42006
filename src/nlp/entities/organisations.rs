//! Organisations: capitalised runs ending in a head word, capitalised collectives, and acronyms
//! defined in parentheses.

use super::context::{Ctx, is_calendar_word, is_function_word, is_org_head};
use super::mention::{EntityMention, Target};
use crate::model::{NodeKind, slug};
use crate::nlp::lexicon::{COLLECTIVE_NAMES, GROUP_HEADS};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::{is_all_caps, is_capitalized};

/// "Syrian Democratic Forces", "Foreign Ministry": capitalised runs ending in an organisation head.
pub(super) fn organisations_by_head(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    if ctx.headline_case(ctx.sentence_of[s.first_token]) {
        return;
    }
    let mut i = s.first_token;
    while i < s.end_token {
        let w = ctx.word(i);
        if !is_capitalized(w) || !w.chars().next().is_some_and(|c| c.is_alphabetic()) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut last_head = None;
        while j < s.end_token {
            let w = ctx.word(j);
            if is_capitalized(w) && w.chars().next().is_some_and(char::is_alphanumeric) {
                if is_org_head(w) {
                    last_head = Some(j);
                }
                j += 1;
            } else if matches!(w, "of" | "for" | "&") && j + 1 < s.end_token && is_capitalized(ctx.word(j + 1)) {
                j += 1;
            } else if w == "of" && ctx.word(j + 1) == "the" && j + 2 < s.end_token && is_capitalized(ctx.word(j + 2)) {
                j += 2;
            } else {
                break;
            }
        }
        if let Some(head) = last_head {
            let mut first = i;
            // Drop sentence-initial function words and titles at the front ("The", "Despite").
            while first < head
                && (is_function_word(&ctx.word(first).to_lowercase())
                    || (ctx.is_sentence_start(first)
                        && (ctx.common)(&ctx.word(first).to_lowercase())
                        && !is_org_head(ctx.word(first))))
            {
                first += 1;
            }
            while first < head && is_calendar_word(ctx.word(first)) {
                first += 1;
            }
            // "Security Forces", "Task Force": generic words alone do not name an organisation.
            let distinctive = (first..=head).any(|k| {
                let w = ctx.word(k);
                !(ctx.common)(&w.to_lowercase()) && !is_org_head(w) && !matches!(w, "of" | "for" | "&" | "the")
            });
            if head > first && (distinctive || head - first >= 2) {
                let label = ctx.text[ctx.tokens[first].start..ctx.tokens[head].end].to_string();
                let kind = if GROUP_HEADS.contains(&ctx.word(head).to_lowercase().as_str()) {
                    NodeKind::Group
                } else {
                    NodeKind::Organization
                };
                let target = Target::New { id: format!("{}:{}", kind.as_str(), slug(&label)), label };
                out.push(ctx.mention(first, head + 1, kind, target, 0.7));
            }
        }
        i = j.max(i + 1);
    }
}

/// "Coalition aircraft", "the Coalition": a lone capitalised collective outside a longer name.
pub(super) fn capitalised_collectives(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    if ctx.headline_case(ctx.sentence_of[s.first_token]) {
        return;
    }
    for i in s.first_token..s.end_token {
        let w = ctx.word(i);
        if !COLLECTIVE_NAMES.contains(&w) {
            continue;
        }
        // Sentence-initial capitals say nothing, unless the next word is lower-case
        // ("Coalition forces conducted…") or a determiner came first ("The Coalition").
        let next = ctx.word(i + 1);
        let after_the = i > s.first_token && ctx.word(i - 1).eq_ignore_ascii_case("the");
        if i == s.first_token
            && !(i + 1 < s.end_token && !is_capitalized(next) && next.chars().all(char::is_alphabetic))
        {
            continue;
        }
        if i > s.first_token && !after_the && is_capitalized(ctx.word(i - 1)) && !ctx.is_sentence_start(i - 1) {
            continue; // part of a longer name ("Global Coalition", "Northern Alliance")
        }
        let label = w.to_string();
        let id = format!("organization:{}", slug(&label));
        out.push(ctx.mention(i, i + 1, NodeKind::Organization, Target::New { id, label }, 0.6));
    }
}

/// "Syrian Democratic Forces (SDF)": the acronym becomes an alias, here and later in the article.
pub(super) fn acronym_definitions(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut added = Vec::new();
    for m in mentions.iter() {
        let open = m.end_token;
        if ctx.word(open) != "(" {
            continue;
        }
        // "(SDF)", or a numbered unit keeping its number: "507th Air Refueling Wing (507th ARW)".
        let close = if ctx.word(open + 2) == ")" {
            open + 2
        } else if ctx.word(open + 3) == ")" && ctx.word(open + 1) == ctx.word(m.first_token) {
            open + 3
        } else {
            continue;
        };
        let acronym = ctx.word(close - 1);
        if !is_all_caps(acronym) || acronym.chars().count() > 12 {
            continue;
        }
        let mut a = ctx.mention(open + 1, close, m.kind, m.target.clone(), m.confidence.min(0.9));
        a.role = m.role.clone();
        added.push(a);
    }
    // Expansions the rules did not recognise: capitalised words whose initials spell the acronym.
    let ends: std::collections::HashSet<usize> = mentions.iter().map(|m| m.end_token).collect();
    // Mentions by sentence: a span inside one sentence can only meet mentions of that sentence,
    // so each question below looks at one sentence, not the whole article.
    let mut of_sentence: Vec<Vec<usize>> = vec![Vec::new(); ctx.sentences.len()];
    for (k, m) in mentions.iter().enumerate() {
        if let Some(list) = of_sentence.get_mut(m.sentence) {
            list.push(k);
        }
    }
    for i in 0..ctx.tokens.len() {
        if ctx.word(i) != "(" || ctx.word(i + 2) != ")" || !is_all_caps(ctx.word(i + 1)) {
            continue;
        }
        let acronym: String = ctx.word(i + 1).chars().filter(char::is_ascii_alphabetic).collect();
        if acronym.len() < 2 || ends.contains(&i) {
            continue;
        }
        let mut start = i;
        let mut initials = String::new();
        while start > 0 && initials.len() < acronym.len() + 3 {
            let w = ctx.word(start - 1);
            if is_capitalized(w) {
                initials.insert(0, w.chars().next().unwrap_or(' '));
            } else if !matches!(w, "of" | "for" | "and" | "the" | "-" | "–") {
                break;
            }
            start -= 1;
            if initials.eq_ignore_ascii_case(&acronym) {
                break;
            }
        }
        while start < i && !is_capitalized(ctx.word(start)) {
            start += 1;
        }
        if initials.eq_ignore_ascii_case(&acronym) && start < i && ctx.sentence_of[start] == ctx.sentence_of[i] {
            let (from, to) = (ctx.tokens[start].start, ctx.tokens[i - 1].end);
            if of_sentence[ctx.sentence_of[i]].iter().any(|&k| mentions[k].start < to && mentions[k].end > from) {
                continue;
            }
            let label = ctx.text[ctx.tokens[start].start..ctx.tokens[i - 1].end].to_string();
            let target = Target::New { id: format!("organization:{}", slug(&label)), label };
            added.push(ctx.mention(start, i, NodeKind::Organization, target.clone(), 0.75));
            added.push(ctx.mention(i + 1, i + 2, NodeKind::Organization, target, 0.75));
        }
    }
    // Each addition in turn: names inside it (of the same actor-ness) give way, then it joins
    // unless it overlaps what is left. Only mentions of its own sentence can meet it; the list
    // keeps its order (survivors, then additions).
    let mut arena: Vec<(EntityMention, bool)> = std::mem::take(mentions).into_iter().map(|m| (m, true)).collect();
    for a in added {
        let Some(list) = of_sentence.get_mut(a.sentence) else { continue };
        for &k in list.iter() {
            let m = &arena[k].0;
            if m.start >= a.start && m.end <= a.end && m.kind.is_actor() == a.kind.is_actor() {
                arena[k].1 = false;
            }
        }
        list.retain(|&k| arena[k].1);
        if list.iter().all(|&k| a.end <= arena[k].0.start || a.start >= arena[k].0.end) {
            list.push(arena.len());
            arena.push((a, true));
        }
    }
    *mentions = arena.into_iter().filter(|(_, alive)| *alive).map(|(m, _)| m).collect();
}
