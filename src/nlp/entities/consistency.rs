//! Choosing among overlapping candidates, and document consistency: later mentions of a name
//! found once agree with it.

use std::collections::HashMap;

use super::context::{Ctx, is_calendar_word, is_function_word, is_org_head, is_particle, is_title, new_target};
use super::gazetteer_names::is_town;
use super::mention::{EntityMention, Target};
use crate::model::{NodeKind, slug};
use crate::nlp::context::{past_tense, verb_like};
use crate::nlp::gazetteer::{key_of, key_of_tokens};
use crate::nlp::lexicon::{PLACE_NAME_HEADS, surname_without_article};
use crate::nlp::tokenize::{initials, is_all_caps, is_capitalized};

/// Keeps the best non-overlapping candidates: longer spans first, then rule priority.
pub(super) fn resolve_overlaps(mut candidates: Vec<(EntityMention, u8)>) -> Vec<EntityMention> {
    candidates.sort_by(|(a, pa), (b, pb)| {
        (b.end - b.start).cmp(&(a.end - a.start)).then(pb.cmp(pa)).then(a.start.cmp(&b.start))
    });
    // Kept spans never overlap, so only the kept span starting last before a candidate's end can
    // overlap it: one ordered-map lookup per candidate instead of a scan of all kept spans.
    let mut kept_spans: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    let mut kept: Vec<EntityMention> = Vec::new();
    for (m, _) in candidates {
        let overlaps = kept_spans.range(..m.end).next_back().is_some_and(|(_, &end)| end > m.start);
        if !overlaps {
            kept_spans.insert(m.start, m.end);
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.start);
    kept
}

/// Later mentions of a name found by a cue join it: "Townsend" after "Lt. Gen. Stephen J. Townsend",
/// "Haider al-Abadi" without his title, a defined acronym used again.
pub(super) fn document_consistency(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    // "Wang said" after "Wang Yi", "Xi" after "Xi Jinping": the first word of a person's two-word
    // name, alone, is that person too (the family name comes first in Chinese, Korean and
    // Hungarian names; a given name alone is the person in informal prose) — unless two people
    // of the article share it, or it is a surname already.
    let mut first_words: HashMap<String, Option<Target>> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == NodeKind::Person && m.end_token - m.first_token == 2) {
        let first = ctx.word(m.first_token);
        let plain = first.chars().count() >= 2 && first.chars().all(char::is_alphabetic) && is_capitalized(first);
        if !plain || (ctx.common)(&first.to_lowercase()) || is_title(first) || !matches!(m.target, Target::New { .. }) {
            continue;
        }
        let entry = first_words.entry(key_of(first)).or_insert_with(|| Some(m.target.clone()));
        if entry.as_ref().is_some_and(|t| *t != m.target) {
            *entry = None;
        }
    }
    let mut names: HashMap<String, (NodeKind, Target, usize)> = HashMap::new();
    for m in mentions.iter() {
        if !matches!(m.target, Target::New { .. }) {
            continue;
        }
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        let len = m.end_token - m.first_token;
        // A lone word that begins a person's name waits for the surnames (below).
        if len == 1 && first_words.get(&key).is_some_and(Option::is_some) {
            continue;
        }
        names.entry(key).or_insert((m.kind, m.target.clone(), len));
        if m.kind == NodeKind::Person && len >= 2 {
            let last = ctx.word(m.end_token - 1);
            if last.chars().count() >= 3 && !(ctx.common)(&last.to_lowercase()) {
                names.entry(key_of_tokens(ctx.text, &ctx.tokens[m.end_token - 1..m.end_token])).or_insert((
                    m.kind,
                    m.target.clone(),
                    1,
                ));
                // "Burhan" after "Abdel Fattah al-Burhan".
                if let Some(bare) = surname_without_article(last)
                    && !(ctx.common)(&bare.to_lowercase())
                {
                    names.entry(key_of(bare)).or_insert((m.kind, m.target.clone(), 1));
                }
            }
        }
    }
    // The first words no surname claims and no earlier lone mention of another kind (a town the
    // article named before a person named after it, "Goodooga" before "Goodooga Flash") already
    // has — a person's given name alone may come first ("Best, Anna" above "Anna Lindberg"); kept apart
    // from `names`, so a town named like someone's given name ("Sydney" beside "Sydney Ellis")
    // stays a town.
    // Where each found name is first mentioned, and where each word first stands alone: one
    // pass each, so the check below costs no scan of the article per name.
    let mut named_at: HashMap<&str, usize> = HashMap::new();
    let mut alone_at: HashMap<String, usize> = HashMap::new();
    for m in mentions.iter() {
        if let Target::New { id, .. } = &m.target {
            let at = named_at.entry(id.as_str()).or_insert(m.first_token);
            *at = (*at).min(m.first_token);
        }
        if m.end_token - m.first_token == 1 && m.kind != NodeKind::Person && !first_words.is_empty() {
            let at = alone_at
                .entry(key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]))
                .or_insert(m.first_token);
            *at = (*at).min(m.first_token);
        }
    }
    let first_words: HashMap<String, Target> = first_words
        .into_iter()
        .filter_map(|(key, t)| {
            let target = t?;
            let Target::New { id, .. } = &target else { return None };
            let named = *named_at.get(id.as_str())?;
            let earlier = alone_at.get(&key).is_some_and(|&at| at < named);
            (!earlier && !names.contains_key(&key)).then_some((key, target))
        })
        .collect();
    // "Meridian" after "Meridian Telecom": an organisation's distinctive first word is its short
    // name (registered after the full names, so a person's surname keeps that word). It only
    // retypes a lone word already read as a person or an organisation: an English word
    // ("meridian") may start a sentence in its own sense, and a town keeps its name ("Raqqa"
    // beside "Raqqa Internal Security Forces").
    let mut short_names: HashMap<String, (NodeKind, Target)> = HashMap::new();
    for m in mentions.iter() {
        let len = m.end_token - m.first_token;
        if !matches!(m.kind, NodeKind::Organization | NodeKind::Group)
            || len < 2
            || !matches!(m.target, Target::New { .. })
        {
            continue;
        }
        let first = ctx.word(m.first_token);
        let lower = first.to_lowercase();
        // An acronym that begins a longer name is mostly its parent ("NAVCENT CTFs", "UN Security
        // Council"), not its short name.
        let distinctive = is_capitalized(first)
            && !is_all_caps(first)
            && first.chars().count() >= 3
            && first.chars().all(char::is_alphabetic)
            && !is_particle(&lower)
            && !is_function_word(&lower)
            && !is_title(first)
            && !is_org_head(first)
            && !is_calendar_word(first)
            && ctx.gazetteer.lookup(first).iter().all(|h| is_town(ctx.gazetteer, h.entry) && !h.demonym);
        if distinctive {
            short_names.entry(key_of(first)).or_insert((m.kind, m.target.clone()));
        }
    }
    if names.is_empty() && short_names.is_empty() && first_words.is_empty() {
        return;
    }
    // An acronym the article defines ("… Development (IGAD)") means what the article says it
    // means wherever it recurs, whatever else the gazetteer knows by those letters.
    let defined: HashMap<String, (NodeKind, Target)> = mentions
        .iter()
        .filter(|m| {
            m.end_token - m.first_token == 1
                && m.first_token > 0
                && ctx.word(m.first_token - 1) == "("
                && ctx.word(m.end_token) == ")"
                && is_all_caps(ctx.word(m.first_token))
                && matches!(m.kind, NodeKind::Organization | NodeKind::Group)
        })
        .map(|m| (key_of(ctx.word(m.first_token)), (m.kind, m.target.clone())))
        .collect();
    for m in mentions.iter_mut() {
        if m.end_token - m.first_token != 1 || !matches!(m.target, Target::Known(_)) {
            continue;
        }
        if let Some((kind, target)) = defined.get(&key_of(ctx.word(m.first_token)))
            && matches!(m.kind, NodeKind::Organization | NodeKind::Group)
        {
            m.kind = *kind;
            m.target = target.clone();
        }
    }
    // "Ortiz Vega" after "Ana Lucia Ortiz Vega", "Suu Kyi" after "Aung San Suu Kyi": the two
    // closing words of a person's longer name, alone, are that person (double surnames, names
    // without a surname) — unless two people of the article end so.
    let mut closing_pairs: HashMap<String, Option<Target>> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == NodeKind::Person && m.end_token - m.first_token >= 3) {
        let pair = &ctx.tokens[m.end_token - 2..m.end_token];
        let plain = pair.iter().all(|t| {
            let w = t.text(ctx.text);
            is_capitalized(w) && w.chars().count() >= 2 && w.chars().all(char::is_alphabetic) && !is_title(w)
        });
        if !plain || !matches!(m.target, Target::New { .. }) {
            continue;
        }
        let entry = closing_pairs.entry(key_of_tokens(ctx.text, pair)).or_insert_with(|| Some(m.target.clone()));
        if entry.as_ref().is_some_and(|t| *t != m.target) {
            *entry = None;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind == NodeKind::Person && m.end_token - m.first_token == 2) {
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        if let Some(Some(target)) = closing_pairs.get(&key)
            && matches!(m.target, Target::New { .. })
        {
            m.target = target.clone();
        }
    }
    let max_len = names.values().map(|v| v.2).max().unwrap_or(1);
    // A lone surname found on its own ("Townsend said") is the person named in full earlier; a
    // lone first word read as a person or an organisation is the organisation it begins.
    // A people's word standing alone — no noun after it, a verb at most — that is a person's
    // surname ("met Iraqi Prime Minister Mohammed al-Sudani … discussed the PKK with Sudani",
    // "Sudani said") is that person.
    let surname_not_people = |m: &EntityMention| {
        let next = ctx.word(m.end_token).to_lowercase();
        let noun_after = next.starts_with(|c: char| c.is_alphabetic())
            && ctx.word(m.end_token).starts_with(char::is_lowercase)
            && !(verb_like(&next) || past_tense(&next));
        let hits = ctx.gazetteer.lookup(ctx.word(m.first_token));
        matches!(m.target, Target::Known(_)) && !noun_after && !hits.is_empty() && hits.iter().all(|h| h.demonym)
    };
    for m in mentions.iter_mut() {
        if m.end_token - m.first_token != 1 || !(matches!(m.target, Target::New { .. }) || surname_not_people(m)) {
            continue;
        }
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        if let Some((NodeKind::Person, target, _)) = names.get(&key)
            && *target != m.target
            && matches!(target, Target::New { id, .. } if !id.ends_with(&format!(":{}", slug(&key))))
        {
            m.kind = NodeKind::Person;
            m.target = target.clone();
        } else if let Some(target) = first_words.get(&key)
            && matches!(m.kind, NodeKind::Person | NodeKind::Place | NodeKind::Organization)
        {
            m.kind = NodeKind::Person;
            m.target = target.clone();
        } else if let Some((kind, target)) = short_names.get(&key)
            && names.get(&key).is_none_or(|(_, own, _)| *own == m.target)
            && matches!(m.kind, NodeKind::Person | NodeKind::Organization)
        {
            m.kind = *kind;
            m.target = target.clone();
        }
    }
    // A lone town name that is also a person's name in this article is the person ("Davis").
    mentions.retain(|m| {
        let lone_place = m.end_token - m.first_token == 1
            && m.kind == NodeKind::Place
            && matches!(m.target, Target::Known(i) if ctx.gazetteer.entry(i).capital_of.is_none());
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        !(lone_place && names.get(&key).is_some_and(|(kind, _, _)| *kind == NodeKind::Person))
    });
    let mut covered = vec![false; ctx.tokens.len()];
    for m in mentions.iter() {
        for c in covered.iter_mut().take(m.end_token).skip(m.first_token) {
            *c = true;
        }
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < ctx.tokens.len() {
        if covered[i] || !is_capitalized(ctx.word(i)) {
            i += 1;
            continue;
        }
        let mut matched = None;
        for len in (1..=max_len.min(ctx.tokens.len() - i)).rev() {
            if (i..i + len).any(|k| covered[k]) {
                continue;
            }
            let key = key_of_tokens(ctx.text, &ctx.tokens[i..i + len]);
            if let Some((kind, target, _)) = names.get(&key) {
                let surface_ok = ctx.tokens[i..i + len].iter().all(|t| {
                    let w = t.text(ctx.text);
                    is_capitalized(w) || is_particle(w) || !w.chars().any(char::is_alphabetic)
                });
                if surface_ok {
                    matched = Some((len, *kind, target.clone()));
                    break;
                }
            }
        }
        match matched {
            Some((len, kind, target)) => {
                added.push(ctx.mention(i, i + len, kind, target, 0.7));
                i += len;
            }
            None => i += 1,
        }
    }
    mentions.extend(added);
}

/// "Cabo Delgado" after "Cabo Delgado Province", "Harghita" after "Harghita County": a place's
/// name without its head noun (`place_name_heads.txt`) is that place, where only a guess read it
/// as a person or an organisation the gazetteer does not know. Known names keep their own node
/// ("Gaza" beside "Gaza Strip", "Jordan" beside "Jordan River").
pub(super) fn place_names_without_their_head(ctx: &Ctx, mentions: &mut [EntityMention]) {
    let mut headless: HashMap<String, Target> = HashMap::new();
    for m in mentions.iter().filter(|m| m.kind == NodeKind::Place && m.end_token - m.first_token >= 2) {
        let head = ctx.word(m.end_token - 1).to_lowercase();
        if is_capitalized(ctx.word(m.end_token - 1)) && PLACE_NAME_HEADS.contains(&head.as_str()) {
            let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token - 1]);
            headless.entry(key).or_insert_with(|| m.target.clone());
        }
    }
    if headless.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if !matches!(m.kind, NodeKind::Person | NodeKind::Organization) || !matches!(m.target, Target::New { .. }) {
            continue;
        }
        if let Some(place) = headless.get(&key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token])) {
            m.kind = NodeKind::Place;
            m.target = place.clone();
        }
    }
}

/// An acronym the article writes without defining it stands for the organisation of the article
/// whose initials it is ("RSF" in a headline, "the Rapid Support Forces" in the body): a lone
/// all-capitals name the gazetteer does not know takes that organisation's kind and node, when
/// exactly one of the article's names has those initials.
pub(super) fn acronyms_by_initials(ctx: &Ctx, mentions: &mut [EntityMention]) {
    let mut by_initials: HashMap<String, Option<(NodeKind, Target)>> = HashMap::new();
    for m in mentions.iter() {
        if !matches!(m.kind, NodeKind::Organization | NodeKind::Group) || m.end_token - m.first_token < 2 {
            continue;
        }
        // Initials of plain capitalised words only: "UN Security Council" is no "USC".
        let words = || (m.first_token..m.end_token).map(|t| ctx.word(t));
        if words().any(|w| is_all_caps(w) && w.chars().count() > 1) {
            continue;
        }
        let Some(letters) = initials(words()) else { continue };
        let entry = by_initials.entry(letters).or_insert_with(|| Some((m.kind, m.target.clone())));
        if entry.as_ref().is_some_and(|(_, t)| *t != m.target) {
            *entry = None;
        }
    }
    if by_initials.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let word = ctx.word(m.first_token);
        if m.end_token - m.first_token != 1 || !is_all_caps(word) || !matches!(m.target, Target::New { .. }) {
            continue;
        }
        if let Some(Some((kind, target))) = by_initials.get(word) {
            m.kind = *kind;
            m.target = target.clone();
        }
    }
}

/// A name a cue of English types in the article ("the ruling Fatah party", "Gen. Ortiz", "Anbar
/// province") is of that kind wherever only a guess read it otherwise — the tagger alone ("Hamas
/// and Fatah"), or a weak cue ("Fatah said"): the cue is evidence, the guess is not. Names whose
/// cues disagree keep every reading.
pub(super) fn kinds_from_cues(ctx: &Ctx, mentions: &mut [EntityMention]) {
    if !mentions.iter().any(|m| m.guessed) {
        return;
    }
    let mut cued: HashMap<String, Option<(NodeKind, Target)>> = HashMap::new();
    for m in mentions.iter() {
        let named = matches!(
            m.kind,
            NodeKind::Person | NodeKind::Organization | NodeKind::Group | NodeKind::Place | NodeKind::Country
        );
        if m.guessed || m.pronoun || !named || !matches!(m.target, Target::New { .. }) {
            continue;
        }
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        let reading = cued.entry(key).or_insert_with(|| Some((m.kind, m.target.clone())));
        if reading.as_ref().is_some_and(|(kind, _)| *kind != m.kind) {
            *reading = None;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.guessed && matches!(m.target, Target::New { .. })) {
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        if let Some(Some((kind, target))) = cued.get(&key)
            && *kind != m.kind
        {
            m.kind = *kind;
            m.target = target.clone();
        }
    }
}

/// "Gazprom and Rosneft" read as one name is two when the article names either side alone
/// elsewhere ("Gazprom said…"): the side takes that mention's reading, the other side the
/// joined name's kind. A name that holds its "and" and whose sides never stand alone ("Procter
/// and Gamble") stays whole.
pub(super) fn coordinated_names_apart(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let and_at = |m: &EntityMention| {
        (m.first_token + 1..m.end_token.saturating_sub(1)).find(|&k| matches!(ctx.word(k), "and" | "&"))
    };
    if !mentions.iter().any(|m| matches!(m.target, Target::New { .. }) && and_at(m).is_some()) {
        return;
    }
    let key = |a: usize, b: usize| key_of_tokens(ctx.text, &ctx.tokens[a..b]);
    let mut alone: HashMap<String, (NodeKind, Target)> = HashMap::new();
    for m in mentions.iter().filter(|m| !m.pronoun && and_at(m).is_none()) {
        alone.entry(key(m.first_token, m.end_token)).or_insert((m.kind, m.target.clone()));
    }
    let mut split = Vec::new();
    for m in mentions.iter_mut() {
        let Some(k) = and_at(m).filter(|_| matches!(m.target, Target::New { .. }) && !m.pronoun) else { continue };
        let sides = [(m.first_token, k), (k + 1, m.end_token)];
        let keys = sides.map(|(a, b)| key(a, b));
        if !keys.iter().any(|key| alone.contains_key(key)) {
            continue;
        }
        let mut parts = sides.iter().zip(keys).map(|(&(a, b), key)| {
            let (kind, target) = alone.get(&key).cloned().unwrap_or_else(|| {
                let label = ctx.text[ctx.tokens[a].start..ctx.tokens[b - 1].end].to_string();
                (m.kind, new_target(m.kind, label))
            });
            EntityMention { role: None, parent: None, guessed: true, ..ctx.mention(a, b, kind, target, m.confidence) }
        });
        let (first, second) = (parts.next().expect("two sides"), parts.next().expect("two sides"));
        *m = first;
        split.push(second);
    }
    mentions.extend(split);
}

/// "Lake Chad Basin | Commission" read as two names in a headline, where the article names "the
/// Lake Chad Basin Commission" whole: two names side by side, nothing between them, whose words
/// together are another mention's are that name (its kind and node). A name the article never
/// writes whole stays split ("Kenya Uganda" is two countries).
pub(super) fn split_names_rejoined(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let key = |a: usize, b: usize| key_of_tokens(ctx.text, &ctx.tokens[a..b]);
    let whole: HashMap<String, (NodeKind, Target)> = mentions
        .iter()
        .filter(|m| !m.pronoun && m.end_token - m.first_token >= 2 && m.kind != NodeKind::Event)
        .map(|m| (key(m.first_token, m.end_token), (m.kind, m.target.clone())))
        .collect();
    if whole.is_empty() {
        return;
    }
    let mut order: Vec<usize> = (0..mentions.len()).filter(|&k| !mentions[k].pronoun).collect();
    order.sort_by_key(|&k| (mentions[k].first_token, mentions[k].end_token));
    let mut joined: Vec<(usize, usize, NodeKind, Target)> = Vec::new(); // (first mention, second)
    for pair in order.windows(2) {
        let (a, b) = (&mentions[pair[0]], &mentions[pair[1]]);
        if a.end_token != b.first_token || a.sentence != b.sentence || a.kind == NodeKind::Event {
            continue;
        }
        if let Some((kind, target)) = whole.get(&key(a.first_token, b.end_token)) {
            joined.push((pair[0], pair[1], *kind, target.clone()));
        }
    }
    if joined.is_empty() {
        return;
    }
    let mut drop = vec![false; mentions.len()];
    for (first, second, kind, target) in joined {
        if drop[first] || drop[second] {
            continue;
        }
        let (start, end) = (mentions[first].first_token, mentions[second].end_token);
        let confidence = mentions[first].confidence.max(mentions[second].confidence);
        mentions[first] = ctx.mention(start, end, kind, target, confidence);
        drop[second] = true;
    }
    let mut k = 0;
    mentions.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}
