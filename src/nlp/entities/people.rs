//! People: titled names, names before a reporting verb, titles that refer back to a named
//! office holder, and personal pronouns.

use super::context::{Ctx, is_function_word, is_org_head, is_title, name_run, person_target};
use super::mention::{EntityMention, Target, insert_in_order};
use crate::model::{NodeKind, slug};
use crate::nlp::lexicon::{
    FALSE_TITLES, GENDERED_WORDS, ORG_NOUNS, PEOPLES_AND_FAITHS, PERSON_NOUNS, PERSONAL_PRONOUNS, REPORTING_VERBS,
    TITLES, VIOLENT_AGENT_NOUNS, is_calendar_word,
};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::is_capitalized;
use std::collections::HashMap;

/// "Prime Minister Haider al-Abadi", "Lt. Gen. Stephen J. Townsend", "Mr. Smith".
pub(super) fn titled_persons(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    let mut i = s.first_token;
    while i < s.end_token {
        if !is_title(ctx.word(i)) || !is_capitalized(ctx.word(i)) {
            i += 1;
            continue;
        }
        let title_start = i;
        let mut j = i;
        loop {
            if j < s.end_token && is_title(ctx.word(j)) && is_capitalized(ctx.word(j)) {
                j += 1;
            } else if j + 1 < s.end_token
                && ctx.word(j) == "of"
                && is_capitalized(ctx.word(j + 1))
                && j + 2 < s.end_token
                && is_capitalized(ctx.word(j + 2))
            {
                // "Secretary of State John Kerry"
                j += 2;
            } else {
                break;
            }
        }
        let mut name_end = name_run(ctx, j, s.end_token, 4);
        // "Secretary-General Ban Ki-moon", "President Moon Jae-in": after a title, a capitalised
        // common word opens the name when a name word follows it.
        if name_end == j && j + 1 < s.end_token && common_word_opening_a_name(ctx, j) {
            let rest = name_run(ctx, j + 1, s.end_token, 3);
            if rest > j + 1 {
                name_end = rest;
            }
        }
        if name_end > j {
            let label = ctx.text[ctx.tokens[j].start..ctx.tokens[name_end - 1].end].to_string();
            let mut m = ctx.mention(j, name_end, NodeKind::Person, person_target(&label), 0.85);
            m.role = Some(ctx.text[ctx.tokens[title_start].start..ctx.tokens[j - 1].end].to_string());
            out.push(m);
            i = name_end;
        } else {
            i = j.max(i + 1);
        }
    }
}

/// A capitalised word that is also a common word ("Ban", "Moon", "Park"), not a title, an
/// organisation's head or a name the gazetteer knows.
pub(super) fn common_word_opening_a_name(ctx: &Ctx, j: usize) -> bool {
    let w = ctx.word(j);
    is_capitalized(w)
        && w.chars().all(char::is_alphabetic)
        && (ctx.common)(&w.to_lowercase())
        && !is_title(w)
        && !is_org_head(w)
        && ctx.gazetteer.lookup(w).is_empty()
}

/// "opposition leader Aung Lin Mya", "the novelist Ana Ortiz", "police chief Karim Saleh": a
/// name of two to four capitalised words right after a lower-case noun of a person's occupation
/// or position (a "false title": `person_nouns.txt`, `false_titles.txt`, the titles of
/// `titles.tsv` written lower-case) is that person. Not when the name runs on into more
/// capitalised words ("leader Hamas Political Bureau": an organisation), nor when the gazetteer
/// knows the whole name.
pub(super) fn false_titled_persons(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    let is_person_noun = |w: &str| PERSON_NOUNS.contains(&w) || FALSE_TITLES.contains(&w);
    // "the broadcaster X Y" is a firm: a noun that also names bodies is no false title. The word
    // is lower-case already, so the title list is read as written.
    let is_false_title = |w: &str| {
        w.chars().all(|c| c.is_lowercase() || c == '-')
            && (is_person_noun(w) || TITLES.name.contains(&w))
            && !ORG_NOUNS.contains(&w)
    };
    // "suspected X Y rebels", "a X Y cleric": capitalised words before a noun of people modify it.
    let modifies_a_noun = |w: &str| {
        let singular = w.strip_suffix('s').unwrap_or(w);
        [w, singular]
            .iter()
            .any(|w| is_person_noun(w) || VIOLENT_AGENT_NOUNS.contains(w) || TITLES.position.contains(w))
    };
    for i in s.first_token..s.end_token.saturating_sub(2) {
        // The capital after it first: it rules out most words before any list is read.
        if !is_capitalized(ctx.word(i + 1)) || !is_false_title(ctx.word(i)) {
            continue;
        }
        let mut end = name_run(ctx, i + 1, s.end_token, 4);
        // "leader X Y October 2": a date after the name is no part of it.
        while end > i + 1 && is_calendar_word(ctx.word(end - 1)) {
            end -= 1;
        }
        let next = (end < s.end_token).then(|| ctx.word(end));
        if end < i + 3
            || next.is_some_and(|w| (is_capitalized(w) && !is_calendar_word(w)) || modifies_a_noun(w))
            || (i + 1..end).any(|k| PEOPLES_AND_FAITHS.contains(&ctx.word(k).to_lowercase().as_str()))
        {
            continue;
        }
        let label = &ctx.text[ctx.tokens[i + 1].start..ctx.tokens[end - 1].end];
        if !ctx.gazetteer.lookup(label).is_empty() {
            continue;
        }
        out.push(ctx.mention(i + 1, end, NodeKind::Person, person_target(label), 0.8));
    }
}

/// "Tobias Ellwood said": two or three name words before a reporting verb — not after a body's
/// noun ("shipping group Tavor Lines said").
pub(super) fn reported_persons(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    for i in s.first_token..s.end_token {
        let end = name_run(ctx, i, s.end_token, 3);
        if end - i >= 2
            && end < s.end_token
            && REPORTING_VERBS.contains(&ctx.word(end))
            && (i == s.first_token || !(is_capitalized(ctx.word(i - 1)) || ORG_NOUNS.contains(&ctx.word(i - 1))))
        {
            let label = ctx.text[ctx.tokens[i].start..ctx.tokens[end - 1].end].to_string();
            // The verb says someone spoke, not that a person did: "Tata Motors said" is a firm.
            let mention = ctx.mention(i, end, NodeKind::Person, person_target(&label), 0.7);
            out.push(EntityMention { guessed: true, ..mention });
        }
    }
}

/// Id prefix of an unnamed office holder ("The Prime Minister" with no name in the article):
/// the graph keeps one such node per article, since the office holder may differ between them.
pub const ROLE_ID_PREFIX: &str = "person:role:";

/// "The Foreign Secretary said…" after "Foreign Secretary Philip Hammond": a capitalised title
/// with no name after it refers to the person of the article who carries it, the nearest
/// before it (else the first after). A title nobody named carries becomes its own person.
pub(super) fn title_references(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    // The capitalised words before each titled person ("Minister for the Middle East").
    let mut carriers: Vec<(usize, String, Target)> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == NodeKind::Person) {
        let first_in_sentence = ctx.sentences[m.sentence].first_token;
        let mut t = m.first_token;
        while t > first_in_sentence
            && m.first_token - t < 8
            && (is_capitalized(ctx.word(t - 1)) || matches!(ctx.word(t - 1), "for" | "of" | "the"))
        {
            t -= 1;
        }
        while t < m.first_token && matches!(ctx.word(t).to_lowercase().as_str(), "the" | "for" | "of") {
            t += 1;
        }
        if (t..m.first_token).any(|k| is_title(ctx.word(k))) {
            let words: Vec<String> = (t..m.first_token).map(|k| ctx.word(k).to_lowercase()).collect();
            carriers.push((m.first_token, words.join(" "), m.target.clone()));
        }
    }
    let mut added = Vec::new();
    // The offices nobody named carries, as told first (lower case), and their nodes, the latest
    // told last.
    let mut unnamed: Vec<(String, Target)> = Vec::new();
    for s in ctx.sentences {
        let mut i = s.first_token;
        while i < s.end_token {
            if ctx.word(i).eq_ignore_ascii_case("the") {
                i += 1;
                continue;
            }
            let at_start = i == s.first_token;
            let after_the = i > s.first_token && ctx.word(i - 1).eq_ignore_ascii_case("the");
            // [the] Capitalised* Title+, with no name after it.
            let mut j = i;
            while j < s.end_token && is_capitalized(ctx.word(j)) && !is_title(ctx.word(j)) && j - i < 2 {
                j += 1;
            }
            let title_start = j;
            while j < s.end_token && is_capitalized(ctx.word(j)) && is_title(ctx.word(j)) {
                j += 1;
            }
            // Without "the" only a two-word title opens a sentence ("Foreign Secretary welcomes…"):
            // "Deputy ministers met" or "Chief among them" name nobody.
            if j == title_start
                || !(after_the || (at_start && j - i >= 2))
                || is_capitalized(ctx.word(j)) && j < s.end_token
                || mentions.iter().any(|m| m.start < ctx.tokens[j - 1].end && ctx.tokens[i].start < m.end)
            {
                i = j.max(i + 1);
                continue;
            }
            let reference: Vec<String> = (i..j).map(|k| ctx.word(k).to_lowercase()).collect();
            let reference = reference.join(" ");
            let matches = |role: &str| {
                role == reference
                    || role.ends_with(&format!(" {reference}"))
                    || (reference.split(' ').count() == 1 && role.split(' ').any(|w| w == reference))
            };
            let before = carriers.iter().rev().find(|(at, role, _)| *at < i && matches(role));
            let carrier = appositive_person(ctx, mentions, j, s.end_token)
                .or_else(|| before.or_else(|| carriers.iter().find(|(_, role, _)| matches(role))).map(|c| c.2.clone()));
            match carrier {
                Some(target) => added.push(ctx.mention(i, j, NodeKind::Person, target, 0.6)),
                // Nobody named carries it: the office holder of this article, unnamed — the one
                // told before when it matches ("the Secretary of State … The Secretary").
                None => {
                    let end = title_phrase_end(ctx, mentions, j, s.end_token);
                    let label = ctx.text[ctx.tokens[i].start..ctx.tokens[end - 1].end].to_string();
                    // "the Minister for Defence" is not the Minister for Foreign Affairs told before.
                    let same = |role: &str| if end > j { role == label.to_lowercase() } else { matches(role) };
                    let target = match unnamed.iter().rposition(|(role, _)| same(role)) {
                        // Told again: now the latest told.
                        Some(k) => {
                            let told = unnamed.remove(k);
                            unnamed.push(told.clone());
                            told.1
                        }
                        None => {
                            let id = format!("{ROLE_ID_PREFIX}{}", slug(&label));
                            let target = Target::New { id, label: label.clone() };
                            unnamed.push((label.to_lowercase(), target.clone()));
                            target
                        }
                    };
                    added.push(ctx.mention(i, end, NodeKind::Person, target, 0.45));
                    j = end;
                }
            }
            i = j;
        }
    }
    insert_in_order(mentions, added);
}

/// "the Minister for Foreign Affairs", "the Secretary of State": a title's "of" or "for" phrase of
/// capitalised words (and "the") is part of the office's name — not when it names an actor or
/// place the article knows ("the President of Chile" stays the president and Chile). The token
/// after the phrase, or `after` (the token after the title) when there is none.
fn title_phrase_end(ctx: &Ctx, mentions: &[EntityMention], after: usize, end: usize) -> usize {
    const MAX_OF_PHRASE: usize = 5;
    if !matches!(ctx.word(after), "of" | "for") {
        return after;
    }
    let limit = (after + 1 + MAX_OF_PHRASE).min(end);
    let mut k = after + 1;
    let mut last_capital = None;
    while k < limit && (is_capitalized(ctx.word(k)) || ctx.word(k) == "the") {
        if is_capitalized(ctx.word(k)) {
            last_capital = Some(k);
        }
        k += 1;
    }
    let Some(last) = last_capital else { return after };
    let (from, to) = (ctx.tokens[after].start, ctx.tokens[last].end);
    // The mentions are in text order (the "text-order" pass ran): one starting inside the phrase,
    // or the last one before it reaching into it — binary searches, not a scan per office.
    let (inside_from, inside_to) =
        (mentions.partition_point(|m| m.start < from), mentions.partition_point(|m| m.start < to));
    if inside_to > inside_from || (inside_from > 0 && mentions[inside_from - 1].end > from) {
        return after;
    }
    last + 1
}

/// "the President of Finland, Alexander Stubb,": a person named right after a title (and its
/// "of" or "for" phrase: "the Minister for Africa, X,") and a comma is the one who carries it,
/// whatever honorific opens the name ("the Emir of Kuwait, Sheikh X"). `after`: the token after
/// the title.
fn appositive_person(ctx: &Ctx, mentions: &[EntityMention], after: usize, end: usize) -> Option<Target> {
    const MAX_OF_PHRASE: usize = 5;
    let mut k = after;
    if matches!(ctx.word(k), "of" | "for") {
        k += 1;
        let limit = (k + MAX_OF_PHRASE).min(end);
        while k < limit && (is_capitalized(ctx.word(k)) || ctx.word(k) == "the") {
            k += 1;
        }
    }
    if k + 1 >= end || ctx.word(k) != "," {
        return None;
    }
    let mut name = k + 1;
    while name < end && is_title(ctx.word(name)) {
        name += 1;
    }
    mentions.iter().find(|m| m.first_token == name && m.kind == NodeKind::Person).map(|m| m.target.clone())
}

/// How many sentences back a pronoun may reach for its person.
pub(super) const PRONOUN_REACH: usize = 2;

/// How many recent people (and clause subjects) a pronoun may choose among.
const PRONOUN_CANDIDATES: usize = 6;

/// "Hammond arrived in Paris. He met Lavrov": a personal pronoun refers to the latest person
/// named before it in the same or the two previous sentences; "he"/"she" opening a clause refers
/// to the latest clause subject ("Varga was received by Reyes, and she thanked him": she is
/// Varga) — the subject-continuity reading of news prose. A person whose gender a word before
/// the name told ("her father, X", "Mrs X", "spokeswoman X") is passed over by a pronoun of the other
/// ("Her father, Abdi, was an officer. In 2012 she joined …": she is not Abdi). Pronouns with no
/// person in reach stay unresolved.
pub(super) fn resolve_pronouns(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut added = Vec::new();
    let mut next = 0; // mentions[..next] start before the current token
    // The latest people named and the latest clause subjects, newest last: (sentence, target).
    let mut people: Vec<(usize, Target)> = Vec::new();
    let mut subjects: Vec<(usize, Target)> = Vec::new();
    let mut genders: HashMap<String, char> = HashMap::new();
    let remember = |list: &mut Vec<(usize, Target)>, sentence: usize, target: Target| {
        if list.len() == PRONOUN_CANDIDATES {
            list.remove(0);
        }
        list.push((sentence, target));
    };
    for i in 0..ctx.tokens.len() {
        while next < mentions.len() && mentions[next].start < ctx.tokens[i].start {
            let m = &mentions[next];
            if m.kind == NodeKind::Person {
                // A word before the name is surer than a pronoun taken earlier: it overrides.
                if let Some(g) = gender_before(ctx, m.first_token) {
                    genders.insert(target_key(&m.target), g);
                }
                remember(&mut people, m.sentence, m.target.clone());
                if opens_a_clause(ctx, m.first_token) {
                    remember(&mut subjects, m.sentence, m.target.clone());
                }
            }
            next += 1;
        }
        let word = ctx.word(i).to_lowercase();
        if !PERSONAL_PRONOUNS.contains(&word.as_str())
            || mentions.get(next).is_some_and(|m| m.start == ctx.tokens[i].start)
        {
            continue;
        }
        let within = |sentence: usize| sentence + PRONOUN_REACH >= ctx.sentence_of[i];
        let gender = gender_of_word(&word);
        let agrees = |target: &Target| match (gender, genders.get(&target_key(target))) {
            (Some(g), Some(&known)) => g == known,
            _ => true,
        };
        let latest = |list: &[(usize, Target)]| {
            list.iter().rev().take_while(|(sentence, _)| within(*sentence)).find(|(_, t)| agrees(t)).cloned()
        };
        // "She was appointed by Guterres, and she mediated": a pronoun opening a clause continues
        // the latest subject (the centre of attention), not the latest name.
        let subject_pronoun = matches!(word.as_str(), "he" | "she") && opens_a_clause(ctx, i);
        let chosen = if subject_pronoun { latest(&subjects).or_else(|| latest(&people)) } else { latest(&people) };
        let Some((_, target)) = chosen else { continue };
        if subject_pronoun {
            remember(&mut subjects, ctx.sentence_of[i], target.clone());
        }
        let mut m = ctx.mention(i, i + 1, NodeKind::Person, target, 0.5);
        m.pronoun = true;
        added.push(m);
    }
    insert_in_order(mentions, added);
}

/// The gender a word tells of a person (`gendered_words.tsv`): 'm' or 'f'.
fn gender_of_word(word: &str) -> Option<char> {
    GENDERED_WORDS.iter().find(|(w, _)| *w == word).map(|&(_, g)| g)
}

/// "her father, Abdi Yusuf", "Mrs Varga", "spokeswoman Ines Varga": a gendered word right before
/// the name (a comma may stand between) tells the person's gender.
fn gender_before(ctx: &Ctx, first: usize) -> Option<char> {
    if ctx.is_sentence_start(first) {
        return None;
    }
    let mut t = first.checked_sub(1)?;
    if ctx.word(t) == "," {
        if ctx.is_sentence_start(t) {
            return None;
        }
        t = t.checked_sub(1)?;
    }
    // A pronoun before a name is another person's ("his rival Ana"): only nouns and titles count.
    let word = ctx.word(t).to_lowercase();
    (!PERSONAL_PRONOUNS.contains(&word.as_str())).then(|| gender_of_word(&word)).flatten()
}

/// A key of what a mention refers to, for per-person facts.
fn target_key(target: &Target) -> String {
    match target {
        Target::Known(i) => format!("#{i}"),
        Target::New { id, .. } => id.clone(),
    }
}

/// Does token `t` open a clause — the sentence's first word, the first after ", and", ", but",
/// "and" or a comma, or after a short opening adverbial with no name in it ("As commissioner
/// she…", "In 2019 he…") — so that a name or pronoun there is its subject?
pub(super) fn opens_a_clause(ctx: &Ctx, mut t: usize) -> bool {
    const MAX_OPENER: usize = 3;
    let first = ctx.sentences[ctx.sentence_of[t]].first_token;
    if t > first
        && t - first <= MAX_OPENER
        && (first + 1..t).all(|k| !is_capitalized(ctx.word(k)) && ctx.word(k).chars().all(char::is_alphanumeric))
        && {
            let opener = ctx.word(first).to_lowercase();
            opener.chars().all(char::is_alphabetic) && (is_function_word(&opener) || (ctx.common)(&opener))
        }
    {
        return true;
    }
    // "Governor Maria Lindqvist": the title before a name opens the clause with it.
    while t >= 1
        && !ctx.is_sentence_start(t)
        && (is_title(ctx.word(t - 1)) || ctx.word(t - 1).eq_ignore_ascii_case("the"))
    {
        t -= 1;
    }
    ctx.is_sentence_start(t)
        || (t >= 1 && matches!(ctx.word(t - 1), "," | ";"))
        || (t >= 1 && matches!(ctx.word(t - 1).to_lowercase().as_str(), "and" | "but"))
}
