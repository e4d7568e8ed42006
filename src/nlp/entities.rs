//! Entity mentions from cues: gazetteer matches (with context rules), titled persons,
//! organisation head words, acronym definitions, place cues, directional regions, and
//! document-level consistency (later mentions of a name found once agree with it).
//!
//! Capitalised phrases become entities only with evidence: a sentence-initial "Despite"
//! or "Public" never does.

use std::collections::HashMap;

use super::gazetteer::{AliasHit, Gazetteer, key_of_tokens};
use super::gazetteer_build::slug;
use super::sentences::Sentence;
use super::tokenize::{Token, is_all_caps, is_capitalized};
use crate::graph::NodeKind;

/// What a mention refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A gazetteer entry (by index).
    Known(u32),
    /// Something found by cues: a canonical id and label.
    New { id: String, label: String },
}

/// A typed span of the article text.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityMention {
    pub start: usize,
    pub end: usize,
    pub first_token: usize,
    pub end_token: usize,
    pub sentence: usize,
    pub kind: NodeKind,
    pub target: Target,
    pub confidence: f32,
    /// A person's title ("Prime Minister").
    pub role: Option<String>,
    /// Where a newly found place lies (a node id).
    pub parent: Option<String>,
    /// A personal pronoun resolved to the person it refers to ("he" → Tobias Ellwood).
    pub pronoun: bool,
}

const TITLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "secretary-general",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "gen.",
    "general",
    "lt.",
    "lieutenant",
    "col.",
    "colonel",
    "maj.",
    "major",
    "capt.",
    "captain",
    "sgt.",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sergeant",
    "adm.",
    "admiral",
    "brig.",
    "brigadier",
    "commander",
    "cmdr.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "sen.",
    "senator",
    "rep.",
    "gov.",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "crown",
    "emir",
    "sheikh",
    "sheik",
    "imam",
    "ayatollah",
    "pope",
    "chancellor",
    "chairman",
    "chairwoman",
    "speaker",
    "judge",
    "lord",
    "sir",
    "dame",
    "director",
    "commissioner",
    "mufti",
    "patriarch",
    "bishop",
    "archbishop",
    "rabbi",
    "cardinal",
    "premier",
    "sultan",
    "deputy",
    "chief",
    "gens.",
    "marshal",
    "pres.",
    "prof.",
    "professor",
    "rev.",
    "spc",
    "spc.",
    "pfc",
    "pfc.",
    "cpl",
    "cpl.",
    "pvt",
    "pvt.",
];
const ORG_HEADS: &[&str] = &[
    "party",
    "ministry",
    "council",
    "army",
    "front",
    "forces",
    "force",
    "committee",
    "agency",
    "union",
    "bank",
    "group",
    "corp.",
    "corporation",
    "inc.",
    "ltd.",
    "company",
    "organization",
    "organisation",
    "department",
    "command",
    "coalition",
    "brigade",
    "brigades",
    "battalion",
    "battalions",
    "movement",
    "court",
    "commission",
    "association",
    "institute",
    "university",
    "office",
    "authority",
    "service",
    "services",
    "guard",
    "guards",
    "network",
    "foundation",
    "parliament",
    "assembly",
    "senate",
    "congress",
    "police",
    "navy",
    "corps",
    "division",
    "regiment",
    "militia",
    "alliance",
    "league",
    "federation",
    "secretariat",
    "tribunal",
    "bureau",
    "center",
    "centre",
    "fund",
    "programme",
    "program",
    "mission",
    "embassy",
    "consulate",
    "airways",
    "airlines",
    "unit",
    "units",
    "cell",
];
const GROUP_HEADS: &[&str] = &["front", "brigade", "brigades", "battalion", "battalions", "militia", "cell"];
/// Words that make a name a site, whatever the tagger says ("Qayyarah Airfield West", "Tabqa Dam"):
/// anywhere after the first word of an organisation, as the last word of a person.
const FACILITY_HEADS: &[&str] = &[
    "airfield",
    "airport",
    "airbase",
    "base",
    "dam",
    "bridge",
    "camp",
    "fort",
    "barracks",
    "checkpoint",
    "crossing",
    "square",
    "mount",
    "mountain",
    "mountains",
    "river",
    "lake",
    "valley",
    "province",
    "governorate",
    "district",
];
const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "region",
    "district",
    "governorate",
    "area",
    "port",
    "capital",
    "suburb",
    "outskirts",
    "neighborhood",
    "neighbourhood",
    "camp",
    "municipality",
    "county",
    "state",
    "island",
    "valley",
];
const LOCATIVE: &[&str] =
    &["in", "at", "near", "from", "outside", "around", "into", "across", "toward", "towards", "to", "inside", "of"];
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
];
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "explained",
    "announced",
    "wrote",
    "warned",
    "insisted",
    "argued",
    "tweeted",
];
/// Verbs after which a capital stands for its government ("Washington said", "Moscow has").
const ACTOR_VERBS: &[&str] = &[
    "said",
    "says",
    "has",
    "have",
    "had",
    "will",
    "would",
    "wants",
    "wanted",
    "announced",
    "accused",
    "warned",
    "denied",
    "rejected",
    "insists",
    "insisted",
    "agreed",
    "urged",
    "demanded",
    "called",
    "is",
    "was",
    "sees",
    "views",
    "condemned",
    "welcomed",
    "supports",
    "backed",
    "imposed",
    "threatened",
    "responded",
    "claims",
    "claimed",
    "signed",
    "pledged",
];

fn lower_word(text: &str, t: Token) -> String {
    t.text(text).to_lowercase()
}

/// Context shared by the rules of one article.
struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    sentences: &'a [Sentence],
    gazetteer: &'a Gazetteer,
    common: &'a dyn Fn(&str) -> bool,
    sentence_of: Vec<usize>,
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    fn is_sentence_start(&self, i: usize) -> bool {
        let s = &self.sentences[self.sentence_of[i]];
        // Skip opening quotes and a dateline dash: "BEIRUT - The ..." starts again after the dash.
        let mut k = s.first_token;
        while k < i && matches!(self.word(k), "\"" | "“" | "'" | "‘" | "(" | "-" | "–" | "—") {
            k += 1;
        }
        k == i || matches!(self.word(i.wrapping_sub(1)), "-" | "–" | "—" | ":" | "\"" | "“")
    }

    /// ALL-CAPS or Title Case lines (headlines): capitals there are not evidence of names.
    fn headline_case(&self, sentence: usize) -> bool {
        let s = &self.sentences[sentence];
        let words: Vec<&str> =
            s.tokens().map(|i| self.word(i)).filter(|w| w.chars().any(char::is_alphabetic)).collect();
        let caps = words.iter().filter(|w| is_all_caps(w)).count();
        let capitalised =
            words.iter().filter(|w| is_capitalized(w) || is_function_word(&w.to_lowercase()) && w.len() <= 3).count();
        words.len() >= 3
            && (caps * 10 >= words.len() * 6
                || (words.len() >= 4
                    && capitalised * 10 >= words.len() * 9
                    && !s.tokens().any(|i| matches!(self.word(i), "." | "?" | "!"))))
    }

    fn mention(&self, first: usize, end: usize, kind: NodeKind, target: Target, confidence: f32) -> EntityMention {
        EntityMention {
            start: self.tokens[first].start,
            end: self.tokens[end - 1].end,
            first_token: first,
            end_token: end,
            sentence: self.sentence_of[first],
            kind,
            target,
            confidence,
            role: None,
            parent: None,
            pronoun: false,
        }
    }
}

fn is_calendar_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().trim_end_matches('.'),
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            // Feasts and holidays: "shopping for Eid".
            | "eid"
            | "ramadan"
            | "christmas"
            | "easter"
            | "passover"
            | "hanukkah"
            | "diwali"
            | "nowruz"
            | "ashura"
    )
}

fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "despite"
            | "instead"
            | "even"
            | "for"
            | "but"
            | "and"
            | "or"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "although"
            | "though"
            | "however"
            | "meanwhile"
            | "in"
            | "on"
            | "at"
            | "as"
            | "with"
            | "by"
            | "from"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "their"
            | "there"
            | "then"
            | "so"
            | "yet"
            | "still"
            | "also"
            | "whether"
            | "because"
            | "since"
            | "until"
            | "during"
            | "under"
            | "over"
            | "to"
            | "of"
            | "not"
            | "no"
            | "all"
            | "some"
            | "many"
            | "most"
            | "both"
            | "each"
            | "every"
            | "any"
            | "such"
            | "what"
            | "who"
            | "which"
            | "where"
            | "why"
            | "how"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
            | "public"
    )
}

/// Finds entity mentions in one article.
pub fn find_entities(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    gazetteer: &Gazetteer,
    common: &dyn Fn(&str) -> bool,
    tagged: Option<&[Vec<super::ner::Span>]>,
) -> Vec<EntityMention> {
    let mut sentence_of = vec![0; tokens.len()];
    for (si, s) in sentences.iter().enumerate() {
        for i in s.tokens() {
            sentence_of[i] = si;
        }
    }
    let ctx = Ctx { text, tokens, sentences, gazetteer, common, sentence_of };
    let context_countries = article_countries(&ctx);

    let mut candidates: Vec<(EntityMention, u8)> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        for m in gazetteer.find(text, tokens, s.tokens()) {
            if let Some(mention) = gazetteer_mention(&ctx, &m.hits, m.first, m.end, &context_countries) {
                candidates.push((mention, 2));
            }
        }
        hyphenated_prefixes(&ctx, s, &context_countries, &mut candidates);
        titled_persons(&ctx, s, &mut candidates);
        reported_persons(&ctx, s, &mut candidates);
        organisations_by_head(&ctx, s, &mut candidates);
        place_cues(&ctx, s, &mut candidates);
        capitalised_collectives(&ctx, s, &mut candidates);
        let _ = si;
    }
    if let Some(tagged) = tagged {
        tagged_names(&ctx, tagged, &context_countries, &mut candidates);
    }
    // A title alone ("Spc.", "General") names nobody, whichever rule found it.
    candidates.retain(|(m, _)| !(m.end_token - m.first_token == 1 && is_title(ctx.word(m.first_token))));
    let mut mentions = resolve_overlaps(candidates);
    directional_regions(&ctx, &mut mentions);
    acronym_definitions(&ctx, &mut mentions);
    document_consistency(&ctx, &mut mentions);
    mentions.sort_by_key(|m| m.start);
    title_references(&ctx, &mut mentions);
    resolve_pronouns(&ctx, &mut mentions);
    mentions
}

/// Third-person pronouns that refer to people.
const PERSONAL_PRONOUNS: &[&str] = &["he", "him", "his", "she", "her", "hers"];

/// How many sentences back a pronoun may reach for its person.
const PRONOUN_REACH: usize = 2;

/// "Hammond arrived in Paris. He met Lavrov": a personal pronoun refers to the latest person
/// named before it in the same or the two previous sentences (the usual subject-continuity
/// reading of news prose). Pronouns with no person in reach stay unresolved.
fn resolve_pronouns(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut added = Vec::new();
    let mut next = 0; // mentions[..next] start before the current token
    let mut last_person: Option<usize> = None;
    for i in 0..ctx.tokens.len() {
        while next < mentions.len() && mentions[next].start < ctx.tokens[i].start {
            if mentions[next].kind == NodeKind::Person {
                last_person = Some(next);
            }
            next += 1;
        }
        let word = ctx.word(i);
        if !PERSONAL_PRONOUNS.contains(&word.to_lowercase().as_str())
            || mentions.get(next).is_some_and(|m| m.start == ctx.tokens[i].start)
        {
            continue;
        }
        let Some(p) = last_person.filter(|&p| mentions[p].sentence + PRONOUN_REACH >= ctx.sentence_of[i]) else {
            continue;
        };
        let mut m = ctx.mention(i, i + 1, NodeKind::Person, mentions[p].target.clone(), 0.5);
        m.pronoun = true;
        added.push(m);
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
    }
}

/// Collective bodies that news capitalises as a name of their own: "the Coalition" (of states
/// fighting a common enemy), "the Alliance". Lower-case "a coalition" stays a common noun.
const COLLECTIVE_NAMES: &[&str] = &["Coalition", "Alliance"];

/// "Coalition aircraft", "the Coalition": a lone capitalised collective outside a longer name.
fn capitalised_collectives(ctx: &Ctx, s: &Sentence, out: &mut Vec<(EntityMention, u8)>) {
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
        out.push((ctx.mention(i, i + 1, NodeKind::Organization, Target::New { id, label }, 0.6), 0));
    }
}

/// Id prefix of an unnamed office holder ("The Prime Minister" with no name in the article):
/// the graph keeps one such node per article, since the office holder may differ between them.
pub const ROLE_ID_PREFIX: &str = "person:role:";

/// "The Foreign Secretary said…" after "Foreign Secretary Philip Hammond": a capitalised title
/// with no name after it refers to the person of the article who carries it, the nearest
/// before it (else the first after). A title nobody named carries becomes its own person.
fn title_references(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
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
            let carrier = before.or_else(|| carriers.iter().find(|(_, role, _)| matches(role)));
            match carrier {
                Some((_, _, target)) => added.push(ctx.mention(i, j, NodeKind::Person, target.clone(), 0.6)),
                // Nobody named carries it: the office holder of this article, unnamed.
                None => {
                    let label = ctx.text[ctx.tokens[i].start..ctx.tokens[j - 1].end].to_string();
                    let id = format!("{ROLE_ID_PREFIX}{}", slug(&label));
                    added.push(ctx.mention(i, j, NodeKind::Person, Target::New { id, label }, 0.45));
                }
            }
            i = j;
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.start);
    }
}

/// Countries named unambiguously in the article: they decide among same-named places.
fn article_countries(ctx: &Ctx) -> Vec<String> {
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

fn hit_score(g: &Gazetteer, h: &AliasHit, context: &[String]) -> f64 {
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

fn gazetteer_mention(
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
        let prev = lower_word(ctx.text, ctx.tokens[first.saturating_sub(1)]);
        if ctx.is_sentence_start(first) || first == 0 || !LOCATIVE.contains(&prev.as_str()) {
            return None;
        }
    }
    if single && ctx.is_sentence_start(first) && is_function_word(&ctx.word(first).to_lowercase()) {
        return None;
    }
    let mut entry = g.entry(best.entry);
    let mut index = best.entry;
    // "Jeff Davis", "Philip Hammond": a lone town name inside a run of name words is a surname.
    if single
        && entry.kind == NodeKind::Place
        && entry.capital_of.is_none()
        && entry.weight < 1_000_000
        && !entry.id.starts_with("place:region:")
    {
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
    // Metonymy: a capital as possessor or subject stands for its government.
    if let Some(country) = &entry.capital_of {
        let next = lower_word(ctx.text, *ctx.tokens.get(end).unwrap_or(&ctx.tokens[end - 1]));
        let is_actor = end < ctx.tokens.len() && (next == "'s" || next == "’s" || ACTOR_VERBS.contains(&next.as_str()));
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

/// "U.S.-led", "Israeli-Lebanese": known names inside hyphenated tokens.
fn hyphenated_prefixes(ctx: &Ctx, s: &Sentence, context: &[String], out: &mut Vec<(EntityMention, u8)>) {
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
            out.push((m, 1));
        }
    }
}

fn is_title(word: &str) -> bool {
    TITLE_WORDS.contains(&word.to_lowercase().as_str())
}

fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(&word.to_lowercase().as_str())
}

fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el" | "bin" | "ibn" | "bint" | "abu" | "de" | "van" | "von" | "da" | "del" | "la" | "le" | "ben"
    )
}

/// Name tokens from `i`: capitalised words, initials and particles; stops at titles, heads, known names.
fn name_run(ctx: &Ctx, i: usize, end: usize, max: usize) -> usize {
    let mut j = i;
    while j < end && j - i < max {
        let w = ctx.word(j);
        let prefixed =
            (w.starts_with("al-") || w.starts_with("el-")) && w[3..].chars().next().is_some_and(char::is_uppercase);
        let capital_word = is_capitalized(w) && w.chars().next().is_some_and(char::is_alphabetic) || prefixed;
        let ok = (capital_word || (is_particle(w) && j > i && j + 1 < end && is_capitalized(ctx.word(j + 1))))
            && !is_title(w)
            && !is_org_head(w)
            && !(ctx.common)(&w.to_lowercase())
            && ctx.gazetteer.lookup(w).iter().all(|h| {
                ctx.gazetteer.entry(h.entry).kind == NodeKind::Place
                    && ctx.gazetteer.entry(h.entry).weight < 1_000_000
                    && !h.demonym
            });
        if !ok {
            break;
        }
        j += 1;
    }
    // A name does not end in a particle.
    while j > i && is_particle(ctx.word(j - 1)) {
        j -= 1;
    }
    j
}

fn person_target(label: &str) -> Target {
    Target::New { id: format!("person:{}", slug(label)), label: label.to_string() }
}

/// "Prime Minister Haider al-Abadi", "Lt. Gen. Stephen J. Townsend", "Mr. Smith".
fn titled_persons(ctx: &Ctx, s: &Sentence, out: &mut Vec<(EntityMention, u8)>) {
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
        let name_end = name_run(ctx, j, s.end_token, 4);
        if name_end > j {
            let label = ctx.text[ctx.tokens[j].start..ctx.tokens[name_end - 1].end].to_string();
            let mut m = ctx.mention(j, name_end, NodeKind::Person, person_target(&label), 0.85);
            m.role = Some(ctx.text[ctx.tokens[title_start].start..ctx.tokens[j - 1].end].to_string());
            out.push((m, 3));
            i = name_end;
        } else {
            i = j.max(i + 1);
        }
    }
}

/// "Tobias Ellwood said": two or three name words before a reporting verb.
fn reported_persons(ctx: &Ctx, s: &Sentence, out: &mut Vec<(EntityMention, u8)>) {
    for i in s.first_token..s.end_token {
        let end = name_run(ctx, i, s.end_token, 3);
        if end - i >= 2
            && end < s.end_token
            && REPORTING_VERBS.contains(&ctx.word(end))
            && (i == s.first_token || !is_capitalized(ctx.word(i - 1)))
        {
            let label = ctx.text[ctx.tokens[i].start..ctx.tokens[end - 1].end].to_string();
            out.push((ctx.mention(i, end, NodeKind::Person, person_target(&label), 0.7), 1));
        }
    }
}

/// "Syrian Democratic Forces", "Foreign Ministry": capitalised runs ending in an organisation head.
fn organisations_by_head(ctx: &Ctx, s: &Sentence, out: &mut Vec<(EntityMention, u8)>) {
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
                out.push((ctx.mention(first, head + 1, kind, target, 0.7), 1));
            }
        }
        i = j.max(i + 1);
    }
}

/// "the border town of Naqoura", "Anbar province", "near Qayyarah, Iraq".
fn place_cues(ctx: &Ctx, s: &Sentence, out: &mut Vec<(EntityMention, u8)>) {
    for i in s.first_token..s.end_token {
        let w = ctx.word(i).to_lowercase();
        // "<place noun> of X"
        if PLACE_NOUNS.contains(&w.as_str()) && ctx.word(i + 1) == "of" && i + 2 < s.end_token {
            let start = i + 2;
            let end = name_run(ctx, start, s.end_token, 3);
            if end > start && !has_known(ctx, start, end) {
                push_new_place(ctx, start, end, None, 0.75, out);
            }
        }
        // "in X, <Country>"
        if LOCATIVE.contains(&w.as_str()) && i + 1 < s.end_token {
            let start = i + 1;
            let end = name_run(ctx, start, s.end_token, 3);
            if end > start && ctx.word(end) == "," && !has_known(ctx, start, end) {
                let hits = ctx.gazetteer.find(ctx.text, ctx.tokens, end + 1..s.end_token.min(end + 5));
                if let Some(m) = hits.first().filter(|m| m.first == end + 1)
                    && let Some(h) =
                        m.hits.iter().find(|h| ctx.gazetteer.entry(h.entry).kind == NodeKind::Country && !h.demonym)
                {
                    push_new_place(ctx, start, end, Some(ctx.gazetteer.entry(h.entry).id.clone()), 0.7, out);
                }
            }
        }
    }
}

fn has_known(ctx: &Ctx, start: usize, end: usize) -> bool {
    !ctx.gazetteer.find(ctx.text, ctx.tokens, start..end).is_empty()
}

fn push_new_place(
    ctx: &Ctx,
    start: usize,
    end: usize,
    parent: Option<String>,
    confidence: f32,
    out: &mut Vec<(EntityMention, u8)>,
) {
    let label = ctx.text[ctx.tokens[start].start..ctx.tokens[end - 1].end].to_string();
    let mut m = ctx.mention(
        start,
        end,
        NodeKind::Place,
        Target::New { id: format!("place:{}", slug(&label)), label },
        confidence,
    );
    m.parent = parent;
    out.push((m, 1));
}

/// Names the statistical tagger finds: linked to the gazetteer when it knows the name (and the
/// types agree), otherwise new people, organisations and places.
fn tagged_names(ctx: &Ctx, tagged: &[Vec<super::ner::Span>], context: &[String], out: &mut Vec<(EntityMention, u8)>) {
    use super::ner::EntityType;
    for (s, spans) in ctx.sentences.iter().zip(tagged) {
        for span in split_coordinated_places(ctx, s, spans) {
            let (mut first, mut end) = (s.first_token + span.start, s.first_token + span.end);
            let mut kind = span.kind;
            // Edges that are not part of a name: "Near Rawah" (a place, then), "The Pentagon",
            // "USCENTCOM Commander", "Petty Officer Scott C. Dayton".
            while end - first > 1 {
                let lower = ctx.word(first).to_lowercase();
                if LOCATIVE.contains(&lower.as_str()) {
                    first += 1;
                    if kind == EntityType::Person {
                        kind = EntityType::Gpe;
                    }
                } else if is_function_word(&lower)
                    || (kind == EntityType::Person
                        && (is_title(ctx.word(first)) || super::ner::is_title(&lower) || lower == "petty"))
                {
                    first += 1;
                } else if matches!(ctx.word(end - 1), "'s" | "’s" | "'" | "’")
                    || (kind == EntityType::Org
                        && (is_title(ctx.word(end - 1)) || super::ner::is_title(ctx.word(end - 1))))
                {
                    // "the Board of Inquiry’s report": the possessive is no part of the name.
                    end -= 1;
                } else {
                    break;
                }
            }
            // "near Al Huwayjah", "in Dayr Az Zawr": people (and, after "near", organisations) are
            // rarely the object of a place preposition; unfamiliar transliterated places are.
            let before = if first > s.first_token { ctx.word(first - 1).to_lowercase() } else { String::new() };
            let place_preposition = match kind {
                EntityType::Person => {
                    matches!(before.as_str(), "near" | "in" | "outside" | "inside" | "throughout" | "around")
                }
                EntityType::Org => before == "near",
                _ => false,
            };
            if place_preposition && !matches!(ctx.word(end).to_lowercase().as_str(), "'s" | "’s") {
                kind = EntityType::Gpe;
            }
            let facility = |k: usize| FACILITY_HEADS.contains(&ctx.word(k).to_lowercase().as_str());
            if (kind == EntityType::Org && (first + 1..end).any(facility))
                || (kind == EntityType::Person && end - first >= 2 && facility(end - 1))
            {
                kind = EntityType::Loc;
            }
            let span = super::ner::Span { start: first - s.first_token, end: end - s.first_token, kind };
            let surface = &ctx.text[ctx.tokens[first].start..ctx.tokens[end - 1].end];
            // Dates, lone titles and contractions are not names ("Dec.", "Spc.", "We’ve"), nor is
            // a lone common word opening a sentence before a comma ("United, we continue…").
            let lone = end - first == 1;
            if (lone
                && (is_calendar_word(surface)
                    || is_title(surface)
                    || (kind != EntityType::Person
                        && ctx.is_sentence_start(first)
                        && ctx.word(end) == ","
                        && ((ctx.common)(&surface.to_lowercase())
                            || (surface.len() > 4 && (surface.ends_with("ly") || surface.ends_with("ed"))))
                        && ctx.gazetteer.lookup(surface).is_empty())))
                || ["'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d"].iter().any(|c| surface.ends_with(c))
            {
                continue;
            }
            // Names carry a capital or a digit-free acronym; the rest is noise for the graph.
            if !surface.chars().any(char::is_uppercase)
                || (first..end).all(|k| is_function_word(&ctx.word(k).to_lowercase()) || is_title(ctx.word(k)))
            {
                continue;
            }
            // "southern Lebanon": the gazetteer and `directional_regions` make it a region of Lebanon.
            if end - first >= 2
                && DIRECTIONS.contains(&ctx.word(first).to_lowercase().as_str())
                && !ctx.gazetteer.lookup(&ctx.text[ctx.tokens[first + 1].start..ctx.tokens[end - 1].end]).is_empty()
            {
                continue;
            }
            let hits = ctx.gazetteer.lookup(surface);
            // "Secretary of State", "Minister of Defence": the end of a title, not a name.
            if hits.is_empty()
                && first >= s.first_token + 2
                && ctx.word(first - 1) == "of"
                && is_title(ctx.word(first - 2))
            {
                continue;
            }
            let fits = |kind: NodeKind| match span.kind {
                EntityType::Gpe | EntityType::Loc => matches!(kind, NodeKind::Country | NodeKind::Place),
                EntityType::Org => matches!(kind, NodeKind::Organization | NodeKind::Group | NodeKind::Country),
                _ => false,
            };
            if !hits.is_empty() {
                let fitting: Vec<AliasHit> =
                    hits.iter().copied().filter(|h| !h.demonym && fits(ctx.gazetteer.entry(h.entry).kind)).collect();
                if let Some(m) = gazetteer_mention(ctx, &fitting, first, end, context) {
                    out.push((EntityMention { confidence: m.confidence.min(0.9), ..m }, 1));
                }
                continue;
            }
            let label = surface.to_string();
            let (kind, target) = match span.kind {
                EntityType::Person => (NodeKind::Person, person_target(&label)),
                EntityType::Org => {
                    let kind = if GROUP_HEADS.contains(&ctx.word(end - 1).to_lowercase().as_str()) {
                        NodeKind::Group
                    } else {
                        NodeKind::Organization
                    };
                    (kind, Target::New { id: format!("{}:{}", kind.as_str(), slug(&label)), label })
                }
                EntityType::Gpe | EntityType::Loc => {
                    (NodeKind::Place, Target::New { id: format!("place:{}", slug(&label)), label })
                }
                _ => continue,
            };
            out.push((ctx.mention(first, end, kind, target, 0.65), 1));
        }
    }
}

/// "Sarmin and Talamenes" tagged as one place is two places, unless the whole is a known name
/// ("Bosnia and Herzegovina"). Organisations keep their "and" ("Foreign and Commonwealth Office").
fn split_coordinated_places(ctx: &Ctx, s: &Sentence, spans: &[super::ner::Span]) -> Vec<super::ner::Span> {
    use super::ner::EntityType;
    let mut out = Vec::with_capacity(spans.len());
    for &span in spans {
        let (first, end) = (s.first_token + span.start, s.first_token + span.end);
        let and = (first + 1..end.saturating_sub(1)).find(|&k| ctx.word(k) == "and");
        match and {
            Some(k)
                if matches!(span.kind, EntityType::Gpe | EntityType::Loc)
                    && is_capitalized(ctx.word(k + 1))
                    && ctx.gazetteer.lookup(&ctx.text[ctx.tokens[first].start..ctx.tokens[end - 1].end]).is_empty() =>
            {
                out.push(super::ner::Span { start: span.start, end: k - s.first_token, kind: span.kind });
                out.push(super::ner::Span { start: k + 1 - s.first_token, end: span.end, kind: span.kind });
            }
            _ => out.push(span),
        }
    }
    out
}

/// Keeps the best non-overlapping candidates: longer spans first, then rule priority.
fn resolve_overlaps(mut candidates: Vec<(EntityMention, u8)>) -> Vec<EntityMention> {
    candidates.sort_by(|(a, pa), (b, pb)| {
        (b.end - b.start).cmp(&(a.end - a.start)).then(pb.cmp(pa)).then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<EntityMention> = Vec::new();
    for (m, _) in candidates {
        if kept.iter().all(|k| m.end <= k.start || m.start >= k.end) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.start);
    kept
}

/// "southern Lebanon", "East Mosul": a direction word before a known country or place.
fn directional_regions(ctx: &Ctx, mentions: &mut [EntityMention]) {
    for m in mentions.iter_mut() {
        if !matches!(m.kind, NodeKind::Country | NodeKind::Place) || m.first_token == 0 {
            continue;
        }
        let d = m.first_token - 1;
        let word = ctx.word(d);
        if !DIRECTIONS.contains(&word.to_lowercase().as_str())
            || ctx.tokens[d].end > m.start
            || ctx.sentence_of[d] != m.sentence
        {
            continue;
        }
        let base_id = match &m.target {
            Target::Known(i) => ctx.gazetteer.entry(*i).id.clone(),
            Target::New { id, .. } => id.clone(),
        };
        let base_label = &ctx.text[m.start..m.end];
        let canonical_base = match &m.target {
            Target::Known(i) => ctx.gazetteer.entry(*i).label.clone(),
            Target::New { label, .. } => label.clone(),
        };
        let direction = word.to_lowercase();
        let _ = base_label;
        let label = format!("{direction} {canonical_base}");
        m.start = ctx.tokens[d].start;
        m.first_token = d;
        m.kind = NodeKind::Place;
        m.target = Target::New { id: format!("place:region:{}", slug(&label)), label };
        m.parent = Some(base_id);
        m.confidence = 0.85;
    }
}

/// "Syrian Democratic Forces (SDF)": the acronym becomes an alias, here and later in the article.
fn acronym_definitions(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
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
    for i in 0..ctx.tokens.len() {
        if ctx.word(i) != "(" || ctx.word(i + 2) != ")" || !is_all_caps(ctx.word(i + 1)) {
            continue;
        }
        let acronym: String = ctx.word(i + 1).chars().filter(char::is_ascii_alphabetic).collect();
        if acronym.len() < 2 || mentions.iter().any(|m| m.end_token == i) {
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
            if mentions.iter().any(|m| m.start < ctx.tokens[i - 1].end && m.end > ctx.tokens[start].start) {
                continue;
            }
            let label = ctx.text[ctx.tokens[start].start..ctx.tokens[i - 1].end].to_string();
            let target = Target::New { id: format!("organization:{}", slug(&label)), label };
            added.push(ctx.mention(start, i, NodeKind::Organization, target.clone(), 0.75));
            added.push(ctx.mention(i + 1, i + 2, NodeKind::Organization, target, 0.75));
        }
    }
    for a in added {
        // A name found inside the parentheses is the acronym itself: it takes the definition's target.
        mentions.retain(|m| !(m.start >= a.start && m.end <= a.end && m.kind.is_actor() == a.kind.is_actor()));
        if mentions.iter().all(|m| a.end <= m.start || a.start >= m.end) {
            mentions.push(a);
        }
    }
}

/// Later mentions of a name found by a cue join it: "Townsend" after "Lt. Gen. Stephen J. Townsend",
/// "Haider al-Abadi" without his title, a defined acronym used again.
fn document_consistency(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut names: HashMap<String, (NodeKind, Target, usize)> = HashMap::new();
    for m in mentions.iter() {
        if !matches!(m.target, Target::New { .. }) {
            continue;
        }
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        let len = m.end_token - m.first_token;
        names.entry(key).or_insert((m.kind, m.target.clone(), len));
        if m.kind == NodeKind::Person && len >= 2 {
            let last = ctx.word(m.end_token - 1);
            if last.chars().count() >= 3 && !(ctx.common)(&last.to_lowercase()) {
                names.entry(key_of_tokens(ctx.text, &ctx.tokens[m.end_token - 1..m.end_token])).or_insert((
                    m.kind,
                    m.target.clone(),
                    1,
                ));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let max_len = names.values().map(|v| v.2).max().unwrap_or(1);
    // A lone surname found on its own ("Townsend said") is the person named in full earlier.
    for m in mentions.iter_mut() {
        if m.end_token - m.first_token != 1 || !matches!(m.target, Target::New { .. }) {
            continue;
        }
        let key = key_of_tokens(ctx.text, &ctx.tokens[m.first_token..m.end_token]);
        if let Some((NodeKind::Person, target, _)) = names.get(&key)
            && *target != m.target
            && matches!(target, Target::New { id, .. } if !id.ends_with(&format!(":{}", slug(&key))))
        {
            m.kind = NodeKind::Person;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::{sentences::split_sentences, tokenize::tokenize};

    fn found(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let g = Gazetteer::bundled();
        let common = |w: &str| crate::nlp::is_common_word(w);
        let tagged = crate::nlp::tag_sentences(text, &tokens, &sentences);
        find_entities(text, &tokens, &sentences, g, &common, tagged.as_deref())
            .into_iter()
            .map(|m| {
                let id = match &m.target {
                    Target::Known(i) => g.entry(*i).id.clone(),
                    Target::New { id, .. } => id.clone(),
                };
                (text[m.start..m.end].to_string(), id)
            })
            .collect()
    }

    fn has(found: &[(String, String)], surface: &str, id: &str) -> bool {
        found.iter().any(|(s, i)| s == surface && i == id)
    }

    #[test]
    fn collectives_facilities_and_people_after_place_prepositions() {
        let f = found(
            "Coalition aircraft struck ISIL positions. The Coalition said the strikes near Al Huwayjah hit \
             fighters at Qayyarah Airfield West. Voters punished the ruling coalition.",
        );
        assert!(has(&f, "Coalition", "organization:coalition"), "{f:?}");
        assert_eq!(f.iter().filter(|(s, _)| s.eq_ignore_ascii_case("coalition")).count(), 2, "{f:?}");
        assert!(f.iter().any(|(s, id)| s == "Al Huwayjah" && id.starts_with("place:")), "{f:?}");
        assert!(f.iter().any(|(s, id)| s == "Qayyarah Airfield West" && id.starts_with("place:")), "{f:?}");
    }

    #[test]
    fn titles_without_a_name_refer_to_the_person_who_carries_them() {
        let text = "Foreign Secretary Philip Hammond arrived in Paris on Monday. The Foreign Secretary met \
                    Sergei Lavrov. Later the Prime Minister spoke.";
        let f = found(text);
        let hammond = f.iter().find(|(s, _)| s == "Philip Hammond").map(|(_, id)| id.clone()).expect("Hammond");
        assert!(has(&f, "Foreign Secretary", &hammond), "{f:?}");
        // Nobody named here is Prime Minister: the unnamed office holder.
        assert!(has(&f, "Prime Minister", &format!("{ROLE_ID_PREFIX}prime-minister")), "{f:?}");
        let f = found("Deputy ministers met in Cairo. Chief among them was trade. Foreign Secretary welcomes talks.");
        assert!(!f.iter().any(|(s, _)| s == "Deputy" || s == "Chief"), "{f:?}");
        assert!(has(&f, "Foreign Secretary", &format!("{ROLE_ID_PREFIX}foreign-secretary")), "{f:?}");
    }

    #[test]
    fn personal_pronouns_refer_to_the_latest_person_in_reach() {
        let text = "Philip Hammond arrived in Paris. He met Sergei Lavrov there. Talks went on. Nothing moved. \
                    Weeks passed slowly. He left.";
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let common = |w: &str| crate::nlp::is_common_word(w);
        let tagged = crate::nlp::tag_sentences(text, &tokens, &sentences);
        let found = find_entities(text, &tokens, &sentences, Gazetteer::bundled(), &common, tagged.as_deref());
        let pronouns: Vec<(&str, String)> = found
            .iter()
            .filter(|m| m.pronoun)
            .map(|m| match &m.target {
                Target::New { label, .. } => (&text[m.start..m.end], label.clone()),
                Target::Known(_) => (&text[m.start..m.end], String::new()),
            })
            .collect();
        // The first "He" is Hammond; the last is three sentences past any name: unresolved.
        assert_eq!(pronouns, [("He", "Philip Hammond".to_string())]);
    }

    #[test]
    fn sentence_initial_function_words_are_not_entities() {
        let f = found(
            "Despite the talks, nothing changed. Instead, officials met. Even so, Public anger grew. For the first time, Israelis met.",
        );
        assert!(f.iter().all(|(s, _)| !["Despite", "Instead", "Even", "For", "Public"].contains(&s.as_str())), "{f:?}");
        assert!(has(&f, "Israelis", "country:ISR"));
    }

    #[test]
    fn tagger_spans_lose_prepositions_and_titles_at_their_edges() {
        let f = found(
            "Near Rawah, one strike destroyed an ISIL vehicle. Petty Officer Scott C. Dayton died in the blast. \
             The USCENTCOM Commander visited troops in Dec. We’ve seen progress, officials said.",
        );
        assert!(
            f.iter().all(|(s, _)| !s.starts_with("Near") && !s.contains("Officer") && !s.ends_with("Commander")),
            "{f:?}"
        );
        assert!(f.iter().any(|(s, id)| s == "Rawah" && id.starts_with("place:")), "{f:?}");
        assert!(f.iter().any(|(s, id)| s == "Scott C. Dayton" && id.starts_with("person:")), "{f:?}");
        assert!(f.iter().all(|(s, _)| s != "Dec." && !s.starts_with("We")), "{f:?}");
    }

    #[test]
    fn titles_cues_and_consistency() {
        let f = found(
            "Iraqi Prime Minister Haider al-Abadi met Lt. Gen. Stephen J. Townsend in Baghdad. Townsend said the Syrian Democratic Forces (SDF) advanced. The SDF took the town of Tabqa.",
        );
        assert!(has(&f, "Iraqi", "country:IRQ"), "{f:?}");
        assert!(has(&f, "Haider al-Abadi", "person:haider-al-abadi"), "{f:?}");
        assert!(has(&f, "Stephen J. Townsend", "person:stephen-j-townsend"), "{f:?}");
        assert!(has(&f, "Townsend", "person:stephen-j-townsend"), "{f:?}");
        assert!(f.iter().any(|(s, _)| s == "Syrian Democratic Forces"), "{f:?}");
        assert_eq!(f.iter().filter(|(s, _)| s == "SDF").count(), 2, "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "Baghdad" && i.starts_with("place:geonames:")), "{f:?}");
        assert!(has(&f, "Tabqa", "place:tabqa") || f.iter().any(|(s, _)| s == "Tabqa"), "{f:?}");
    }

    #[test]
    fn metonymy_regions_and_hyphens() {
        let f = found(
            "Washington’s commitment to southern Lebanon and the U.S.-led coalition in the Middle East. Talks in Washington ended.",
        );
        assert!(has(&f, "Washington", "country:USA"), "{f:?}");
        assert!(has(&f, "southern Lebanon", "place:region:southern-lebanon"), "{f:?}");
        assert!(has(&f, "U.S.", "country:USA"), "{f:?}");
        assert!(has(&f, "Middle East", "place:region:middle-east"), "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "Washington" && i.starts_with("place:geonames:")), "{f:?}");
    }
}
