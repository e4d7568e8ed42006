//! Names the gazetteer knows, with context rules: which of several same-named entries is meant,
//! common words that are places only after a locative, surnames that are also towns, capitals
//! that stand for their government, and known names inside hyphenated words ("U.S.-led").

use std::collections::HashMap;

use super::context::{Ctx, is_function_word, is_org_head, is_title, lower_word};
use super::mention::{EntityMention, Target};
use super::places::new_place;
use crate::model::NodeKind;
use crate::nlp::gazetteer::{AliasHit, Gazetteer, GazetteerMatch, key_of_tokens};
use crate::nlp::lexicon::{
    GOVERNING_NOUNS, IRREGULAR_PAST, LOCATIVE, METONYMY_VERBS, OBJECT_CONTROL_VERBS, PARTY_PREPOSITIONS, PLACE_NOUNS,
    PLACING_PREPOSITIONS, is_compass_adjective, is_compass_word, names_a_people_or_faith,
};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::{compound_qualifier, is_all_caps, is_base_adjective, is_capitalized, stance_prefix};

/// What the article tells of where its places are; it decides among same-named places.
#[derive(Debug, Default)]
pub struct Whereabouts {
    /// Countries named unambiguously in the article.
    pub countries: Vec<String>,
    /// Countries the article is set in: named, or holding a place it names, after a preposition
    /// that places ("in eastern Nepal", "east of Kathmandu") — not only named as a party — and
    /// the one country the article names more often than any other ("Mexican police" twice).
    pub settings: Vec<String>,
    /// A place's name (its alias key) → the country the article puts it in by naming one after
    /// it ("Tripoli, Lebanon", "Paris, Texas"): every mention of that name in the article.
    pub qualified: HashMap<String, u32>,
}

/// The article's [`Whereabouts`].
pub(super) fn whereabouts(ctx: &Ctx) -> Whereabouts {
    let g = ctx.gazetteer;
    let mut out = Whereabouts::default();
    // How often each of `out.countries` is named.
    let mut times_named: Vec<usize> = Vec::new();
    for s in ctx.sentences {
        let matches = g.find(ctx.text, ctx.tokens, s.tokens());
        for m in &matches {
            for h in &m.hits {
                let e = g.entry(h.entry);
                if e.kind == NodeKind::Country && !h.common {
                    match out.countries.iter().position(|c| c == &e.id) {
                        Some(i) => times_named[i] += 1,
                        None => {
                            out.countries.push(e.id.clone());
                            times_named.push(1);
                        }
                    }
                }
            }
            if let Some(country) = setting_of(ctx, m).filter(|c| !out.settings.contains(c)) {
                out.settings.push(country);
            }
        }
        for (i, pair) in matches.windows(2).enumerate() {
            // Another name one word on (", Idlib", "and Jordan") or after ", and": a list.
            let listed_after = matches.get(i + 2).is_some_and(|next| {
                next.first == pair[1].end + 1
                    || (next.first == pair[1].end + 2
                        && ctx.word(pair[1].end) == ","
                        && matches!(ctx.word(pair[1].end + 1).to_lowercase().as_str(), "and" | "or"))
            });
            if let Some(country) = qualifying_country(ctx, &pair[0], &pair[1], listed_after) {
                let key = key_of_tokens(ctx.text, &ctx.tokens[pair[0].first..pair[0].end]);
                out.qualified.entry(key).or_insert(country);
            }
        }
    }
    let most = times_named.iter().copied().max().unwrap_or(0);
    let mut most_named = (0..times_named.len()).filter(|&i| times_named[i] == most);
    if let (Some(only), None) = (most_named.next(), most_named.next())
        && !out.settings.contains(&out.countries[only])
    {
        out.settings.push(out.countries[only].clone());
    }
    out
}

/// The country a gazetteer match shows the article is set in: a country's name, or a place's
/// whose readings all lie in one country (a name with namesakes elsewhere, "Geneva", shows none),
/// after a preposition that places ("in", "near": `placing_prepositions.txt`; "the" and a compass
/// adjective may stand between), a bearing's "of" ("east of Kathmandu") or a place noun's ("the
/// state of Massachusetts"). A place that is no capital places anywhere: only a country and its
/// capital stand for a party ("Washington said").
fn setting_of(ctx: &Ctx, m: &GazetteerMatch) -> Option<String> {
    let g = ctx.gazetteer;
    let plain: Vec<&AliasHit> = m.hits.iter().filter(|h| !h.demonym && !h.common).collect();
    if let Some(country) = plain.iter().find(|h| g.entry(h.entry).kind == NodeKind::Country) {
        return placed_after(ctx, m.first).then(|| g.entry(country.entry).id.clone());
    }
    let mut places = plain.iter().filter(|h| g.entry(h.entry).kind == NodeKind::Place);
    let first = places.next()?;
    let country = g.country_of(first.entry)?;
    if !places.all(|h| g.country_of(h.entry) == Some(country)) {
        return None;
    }
    let capital = plain.iter().any(|h| g.entry(h.entry).capital_of.is_some());
    (!capital || placed_after(ctx, m.first)).then(|| g.entry(country).id.clone())
}

/// A placing preposition, a bearing's "of" or a place noun's "of" stands before token `first`
/// ("in eastern Nepal", "east of Kathmandu", "the city of Cancun").
fn placed_after(ctx: &Ctx, first: usize) -> bool {
    let mut t = first;
    let lower = |i: usize| ctx.word(i).to_lowercase();
    if t > 0 && is_compass_adjective(ctx.word(t - 1)) {
        t -= 1;
    }
    if t > 0 && lower(t - 1) == "the" {
        t -= 1;
    }
    if t == 0 {
        return false;
    }
    let before = lower(t - 1);
    PLACING_PREPOSITIONS.contains(&before.as_str())
        || (before == "of"
            && t > 1
            && (is_compass_word(ctx.word(t - 2)) || PLACE_NOUNS.contains(&lower(t - 2).as_str())))
}

/// "Tripoli, Lebanon": a place's name, a comma and a country (or a prominent place of one:
/// "Paris, Texas") right after it — the country, unless the two are items of a list ("Aleppo, Lebanon
/// and Jordan", "Homs, Hama, Idlib": another name or "and"/"or" follows the second).
fn qualifying_country(
    ctx: &Ctx,
    place: &GazetteerMatch,
    qualifier: &GazetteerMatch,
    listed_after: bool,
) -> Option<u32> {
    let g = ctx.gazetteer;
    let plain = |h: &&AliasHit| !h.demonym && !h.common;
    if qualifier.first != place.end + 1 || ctx.word(place.end) != "," || listed_after {
        return None;
    }
    if matches!(ctx.word(qualifier.end).to_lowercase().as_str(), "and" | "or" | "&") {
        return None;
    }
    // The first name must be only a place's: "Syria, Lebanon" is a list of countries.
    if !place.hits.iter().filter(plain).all(|h| g.entry(h.entry).kind == NodeKind::Place)
        || !place.hits.iter().any(|h| plain(&h))
    {
        return None;
    }
    let outer = qualifier
        .hits
        .iter()
        .filter(plain)
        .filter(|h| matches!(g.entry(h.entry).kind, NodeKind::Country | NodeKind::Place))
        .max_by_key(|h| (g.entry(h.entry).kind == NodeKind::Country, g.entry(h.entry).weight))?;
    // A small town's name after the comma may be another country's namesake ("Fredericton, New
    // Brunswick" is not New Jersey's town): only a country or a prominent place qualifies.
    g.is_prominent(outer.entry).then(|| g.country_of(outer.entry)).flatten()
}

/// How many times larger a namesake may be before the article's countries stop deciding
/// between them: a country named in the article tells which of comparable places a name means
/// ("Tripoli" in an article on Lebanon), not that a town of 20,000 there is meant by the name a
/// far larger place carries ("Colorado" beside "a Brazilian firm" is still the US state).
const CONTEXT_DECIDES_WITHIN: u64 = 20;

/// How likely `h` is the meaning of its name, given what the article tells of where it is and the
/// weight of the largest place among the name's readings (`largest_place`).
fn hit_score(g: &Gazetteer, h: &AliasHit, whereabouts: &Whereabouts, largest_place: u64) -> f64 {
    let context = &whereabouts.countries;
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
    // A smaller namesake wins only in a country the article is set in: "talks in Geneva" between
    // Iran and the United States are still in Switzerland's Geneva.
    if let Some(parent) = &e.parent
        && context.contains(parent)
        && e.weight.saturating_mul(CONTEXT_DECIDES_WITHIN) >= largest_place
        && (e.weight >= largest_place || whereabouts.settings.contains(parent))
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
    whereabouts: &Whereabouts,
) -> Option<EntityMention> {
    let g = ctx.gazetteer;
    let largest_place = hits
        .iter()
        .map(|h| g.entry(h.entry))
        .filter(|e| e.kind == NodeKind::Place)
        .map(|e| e.weight)
        .max()
        .unwrap_or(0);
    let score = |a: &&AliasHit, b: &&AliasHit| {
        hit_score(g, a, whereabouts, largest_place).total_cmp(&hit_score(g, b, whereabouts, largest_place))
    };
    let mut best = hits.iter().max_by(score)?;
    // The article put this name in a country ("Tripoli, Lebanon"): the same-named place there,
    // or, if the gazetteer knows none and its reading is no big city, a place it does not know.
    let qualified = (!whereabouts.qualified.is_empty())
        .then(|| whereabouts.qualified.get(&key_of_tokens(ctx.text, &ctx.tokens[first..end])))
        .flatten();
    if let Some(&country) = qualified {
        let inside = |h: &&AliasHit| g.entry(h.entry).kind == NodeKind::Place && g.country_of(h.entry) == Some(country);
        if let Some(h) = hits.iter().filter(inside).max_by(score) {
            best = h;
        } else if g.entry(best.entry).kind == NodeKind::Place
            && !g.is_prominent(best.entry)
            && g.country_of(best.entry).is_some_and(|c| c != country)
        {
            return Some(new_place(ctx, first, end, Some(g.entry(country).id.clone()), 0.75));
        }
    }
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
    // "Jeff Davis", "Philip Hammond": a lone town name inside a run of name words is a surname;
    // a qualifier before it is no name word ("in Zorvan-held Arica").
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
            && compound_qualifier(prev).is_none()
            && !is_title(prev);
        let next_is_name = name_like(next) && ctx.gazetteer.lookup(next).is_empty() && !is_org_head(next);
        if prev_is_name || next_is_name {
            return None;
        }
    }
    // Metonymy: a capital as possessor, subject, party ("talks with Tehran") or one held to account
    // ("accused London of") stands for its
    // government — but not after a locative preposition, where it is where the subject is
    // ("officials in Baghdad said").
    if let Some(country) = &entry.capital_of {
        let next = lower_word(ctx.text, *ctx.tokens.get(end).unwrap_or(&ctx.tokens[end - 1]));
        let after_preposition = after_locative(ctx, first);
        let party = first > 0
            && !ctx.is_sentence_start(first)
            && PARTY_PREPOSITIONS.contains(&lower_word(ctx.text, ctx.tokens[first - 1]).as_str());
        let speaks = speaks_after(ctx, end);
        // "accused London of interfering", "criticised Moscow for …": the one a verb of blame
        // or thanks holds to account (`object_control_verbs.txt`) is an actor.
        let held_to_account = first > 0
            && OBJECT_CONTROL_VERBS.contains(&lower_word(ctx.text, ctx.tokens[first - 1]).as_str())
            && matches!(next.as_str(), "of" | "for" | "over");
        // "Baku and Yerevan have held talks": a capital joined by "and" to a capital that speaks
        // or acts as its state acts too.
        let speaks = speaks || (next == "and" && capital_speaking_at(ctx, end + 1));
        // "the government in Bangui", "the regime in Damascus": a government's noun and "in"
        // before a capital name the state that governs from it.
        let seat_of_government = first >= 2
            && ctx.word(first - 1) == "in"
            && GOVERNING_NOUNS.contains(&lower_word(ctx.text, ctx.tokens[first - 2]).as_str());
        let is_actor = seat_of_government
            || !after_preposition
                && (party
                    || speaks
                    || held_to_account
                    || side_of_an_events_between(ctx, first)
                    || agent_of_a_passive(ctx, first, end));
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

/// A name ending before token `end` speaks or owns as an actor: a possessive or a verb of
/// `metonymy_verbs.txt` follows it ("Tehran's", "Kigali denies").
fn speaks_after(ctx: &Ctx, end: usize) -> bool {
    let next = ctx.word(end).to_lowercase();
    end < ctx.tokens.len() && (next == "'s" || next == "’s" || METONYMY_VERBS.contains(&next.as_str()))
}

/// How many words the capital after "and" may have ("Abu Dhabi", "Addis Ababa").
const MAX_CAPITAL_WORDS: usize = 3;

/// A capital's name opens at token `t` (capitalised words the gazetteer knows as a capital) and a
/// verb of `metonymy_verbs.txt` or a possessive follows it ("… and Yerevan have held talks").
fn capital_speaking_at(ctx: &Ctx, t: usize) -> bool {
    let g = ctx.gazetteer;
    (t + 1..=(t + MAX_CAPITAL_WORDS).min(ctx.tokens.len())).any(|end| {
        (t..end).all(|k| is_capitalized(ctx.word(k)))
            && speaks_after(ctx, end)
            && g.lookup(&ctx.text[ctx.tokens[t].start..ctx.tokens[end - 1].end])
                .iter()
                .any(|h| g.entry(h.entry).capital_of.is_some() && !h.demonym)
    })
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

/// "talks between Moscow and Kyiv", "an accord between Kabul and Islamabad", "tried to mediate
/// between Kinshasa and Kigali": a name right after "between", or after its "and", where an
/// event's noun or a verb of mediating comes just before "between" — the sides of talks, deals,
/// fights and mediations are parties ("flights between London and Paris" are no event).
fn side_of_an_events_between(ctx: &Ctx, first: usize) -> bool {
    // The first side of "between" may be a few words long ("between Abu Dhabi and Doha").
    const FIRST_SIDE: usize = 4;
    let event_noun_before = |between: usize| {
        between > 0 && {
            let before = lower_word(ctx.text, ctx.tokens[between - 1]);
            crate::nlp::lexicon::MEDIATOR_VERBS.contains(&before.as_str())
                || crate::nlp::lexicon::NOMINAL_TRIGGERS.iter().any(|(w, _)| *w == before)
        }
    };
    after_or_joined_to(ctx, first, "between", FIRST_SIDE, event_noun_before)
}

/// The name at `first` comes right after the word `opener` (at a token where `fits` holds), or
/// after "and" joining it to a first name that follows such a word within `reach` words, with no
/// comma, "and" or sentence start between ("between Abu Dhabi and Doha", "by Quito and Lima").
fn after_or_joined_to(ctx: &Ctx, first: usize, opener: &str, reach: usize, fits: impl Fn(usize) -> bool) -> bool {
    let word = |t: usize| lower_word(ctx.text, ctx.tokens[t]);
    if first == 0 || ctx.is_sentence_start(first) {
        return false;
    }
    match word(first - 1).as_str() {
        w if w == opener => fits(first - 1),
        "and" => (first.saturating_sub(2 + reach)..first - 1)
            .rev()
            .take_while(|&t| !matches!(word(t).as_str(), "," | "and" | ";") && !ctx.is_sentence_start(t + 1))
            .find(|&t| word(t) == opener)
            .is_some_and(fits),
        _ => false,
    }
}

/// "a truce brokered by Riyadh and Washington", "was condemned by Moscow": the name at
/// `first..end` is the agent of a passive — after "by" right after a participle (in "-ed" or an
/// irregular one), or joined by "and" to such an agent a few words before — so it is someone who
/// acts; not when a common noun or a hyphen follows it, which it only qualifies ("surrounded by
/// Tehran suburbs", "backed by London-based investors").
fn agent_of_a_passive(ctx: &Ctx, first: usize, end: usize) -> bool {
    // The first agent may be a few words long ("by Abu Dhabi and Doha").
    const FIRST_AGENT: usize = 4;
    let word = |t: usize| lower_word(ctx.text, ctx.tokens[t]);
    let after_a_participle = |by: usize| {
        by > 0 && {
            let w = word(by - 1);
            (w.len() > 4 && w.ends_with("ed")) || IRREGULAR_PAST.contains(&w.as_str())
        }
    };
    let qualifies_a_noun = ctx.tokens.get(end).is_some_and(|&t| {
        let next = &ctx.text[t.start..t.end];
        (next.starts_with(char::is_lowercase) && !is_function_word(next)) || next.starts_with('-')
    });
    // "London-based": the name is the first part of a hyphenated word, which stays whole.
    let hyphenated = ctx.tokens[end - 1].text(ctx.text).contains('-');
    if hyphenated {
        return false;
    }
    !qualifies_a_noun && after_or_joined_to(ctx, first, "by", FIRST_AGENT, after_a_participle)
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

/// "U.S.-led", "Israeli-Lebanese", "Brussels-based", "pro-Taliban": known names inside
/// hyphenated tokens.
pub(super) fn hyphenated_prefixes(ctx: &Ctx, s: &Sentence, context: &Whereabouts, out: &mut Vec<EntityMention>) {
    for i in s.tokens() {
        let t = ctx.tokens[i];
        let word = t.text(ctx.text);
        // "pro-Taliban", "anti-U.S.": a stance prefix before a name keeps its lower case.
        if !word.contains('-') || !(is_capitalized(word) || stance_prefix(word).is_some()) {
            continue;
        }
        // "an al Qaeda-linked group", "the Saudi Arabia-led coalition": a name of two or three
        // words joined to a qualifier, its last word inside the hyphenated token.
        if let Some(m) = name_before_a_qualifier(ctx, s, i, context) {
            out.push(m);
            continue;
        }
        // "Brussels-based": a town before "-based" is where someone is based.
        let based = is_base_adjective(word);
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
            let kept = matches!(m.kind, NodeKind::Country | NodeKind::Organization | NodeKind::Group)
                || (based && m.kind == NodeKind::Place);
            if !kept {
                continue;
            }
            m.start = part_start;
            m.end = part_start + part.len();
            m.confidence = 0.8;
            out.push(m);
        }
    }
}

/// The known actor whose name ends inside the qualifier at token `i` ("al Qaeda-linked"): the
/// one or two words before it and the part before the participle, as the gazetteer knows them.
fn name_before_a_qualifier(ctx: &Ctx, s: &Sentence, i: usize, context: &Whereabouts) -> Option<EntityMention> {
    let t = ctx.tokens[i];
    let word = t.text(ctx.text);
    compound_qualifier(word)?;
    let hyphen = word.rfind('-')?;
    (1..=2).rev().filter(|&back| i >= s.first_token + back).find_map(|back| {
        let first = i - back;
        let name = &ctx.text[ctx.tokens[first].start..t.start + hyphen];
        let hits: Vec<AliasHit> = ctx.gazetteer.lookup(name).iter().copied().filter(|h| !h.common).collect();
        let mut m = gazetteer_mention(ctx, &hits, first, i + 1, context)?;
        matches!(m.kind, NodeKind::Country | NodeKind::Organization | NodeKind::Group).then(|| {
            m.start = ctx.tokens[first].start;
            m.end = t.start + hyphen;
            m.confidence = 0.8;
            m
        })
    })
}

/// "US$5 million", "A$20", "HK$3": a name written against a currency sign is the currency's
/// prefix, not a mention of the country.
pub(super) fn drop_currency_prefixes(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    mentions.retain(|m| !matches!(ctx.text[m.end..].chars().next(), Some('$' | '€' | '£' | '¥')));
}

/// "(French: Mouvement du 23 mars)", "(Arabic: …)": a name opening a parenthesis before a colon
/// labels the language of what follows, it names no country or people. So does a lone people's
/// word after "in" or "into" that no noun follows ("sung in German by …", "translated into
/// French.") — "in Afghan custody", "in Iraqi Kurdistan", "in Iraqi and U.S. jails" keep theirs.
pub(super) fn drop_language_labels(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    mentions.retain(|m| {
        let opens = m.first_token > 0 && ctx.word(m.first_token - 1) == "(";
        let label = opens && m.end_token - m.first_token <= 2 && ctx.word(m.end_token) == ":";
        !label && !names_a_language(ctx, m)
    });
}

/// "Bosnian Serb forces", "Iraqi Kurds", "Israeli Arab citizens": a country's adjective right
/// before a people's or a faith's word (`peoples_and_faiths.txt`) or another country's adjective
/// names a community of that country, not the state — no mention of the country.
pub(super) fn drop_community_adjectives(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let g = ctx.gazetteer;
    let demonym_of = |word: &str| g.lookup(word).iter().find(|h| h.demonym).map(|h| h.entry);
    mentions.retain(|m| {
        if m.end_token - m.first_token != 1 {
            return true;
        }
        let Some(country) = demonym_of(ctx.word(m.first_token)) else { return true };
        let next = ctx.word(m.end_token);
        let community = names_a_people_or_faith(next) || demonym_of(next).is_some_and(|other| other != country);
        !(community && is_capitalized(next))
    });
}

fn names_a_language(ctx: &Ctx, m: &EntityMention) -> bool {
    let (first, end) = (m.first_token, m.end_token);
    if end - first != 1 || first == 0 || !matches!(ctx.word(first - 1).to_lowercase().as_str(), "in" | "into") {
        return false;
    }
    let next = ctx.word(end);
    // "in Iraqi and U.S. detention centres": adjectives coordinated before their noun.
    let no_noun_after = !next.chars().any(char::is_alphanumeric)
        || (crate::nlp::lexicon::FUNCTION_WORDS.contains(&next.to_lowercase().as_str())
            && !matches!(next, "and" | "or"));
    no_noun_after && ctx.gazetteer.lookup(ctx.word(first)).iter().any(|h| h.demonym)
}

/// "the Democratic Republic of Congo … Congo accuses Rwanda": a country named in full as "… of
/// [the] X" makes a bare "X" of the same article that country, when it is the larger of the two
/// the name may mean ("Congo" alone is Congo-Brazzaville in the gazetteer). Only "of" joins the
/// two: "South Sudan" and "Sudan" are two countries.
pub(super) fn short_country_names(ctx: &Ctx, mentions: &mut [EntityMention]) {
    // (the words after "of", lower case) → the full name's country, for each country named so.
    let mut full: Vec<(String, Target)> = Vec::new();
    for m in mentions.iter().filter(|m| m.kind == NodeKind::Country && !m.pronoun) {
        let words: Vec<&str> = (m.first_token..m.end_token).map(|t| ctx.word(t)).collect();
        let Some(of) = words.iter().position(|w| *w == "of") else { continue };
        let rest = &words[of + 1..];
        let rest = if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) { &rest[1..] } else { rest };
        let entry = (rest.join(" ").to_lowercase(), m.target.clone());
        if !rest.is_empty() && of > 0 && !full.contains(&entry) {
            full.push(entry);
        }
    }
    if full.is_empty() {
        return;
    }
    let weight = |t: &Target| match t {
        Target::Known(i) => ctx.gazetteer.entry(*i).weight,
        Target::New { .. } => 0,
    };
    for m in mentions.iter_mut().filter(|m| m.kind == NodeKind::Country && !m.pronoun) {
        let surface = ctx.text[m.start..m.end].to_lowercase();
        let surface = surface.strip_prefix("the ").unwrap_or(&surface);
        let mut countries = full.iter().filter(|(short, _)| short == surface).map(|(_, t)| t);
        // Two countries of that name in full ("the Republic of the Congo" too): left alone. Only a
        // larger country takes the short name from the gazetteer's reading: "officially called
        // the Republic of China. China views Taiwan …" is still about China.
        if let (Some(target), None) = (countries.next(), countries.next())
            && weight(target) > weight(&m.target)
        {
            m.target = target.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::nlp::{Gazetteer, Target, analyze};

    /// Every mention of `name` in `text`: (its gazetteer country or, for a new place, its parent).
    fn countries_of(text: &str, name: &str) -> Vec<Option<String>> {
        let g = Gazetteer::bundled();
        let a = analyze(text);
        a.entities
            .iter()
            .filter(|m| &text[m.start..m.end] == name)
            .map(|m| match &m.target {
                Target::Known(i) => g.country_of(*i).map(|c| g.entry(c).id.clone()),
                Target::New { .. } => m.parent.clone(),
            })
            .collect()
    }

    #[test]
    fn a_country_after_a_place_decides_which_place_it_is() {
        let some = |id: &str| Some(id.to_string());
        // The smaller namesake in the country named after it, for every mention of the name.
        let text = "Crowds gathered in Tripoli, Lebanon, on Friday. By evening Tripoli was calm.";
        assert_eq!(countries_of(text, "Tripoli"), [some("country:LBN"), some("country:LBN")]);
        assert_eq!(countries_of("The band played Paris, Texas twice.", "Paris"), [some("country:USA")]);
        // Without the qualifier the gazetteer's prior stands.
        assert_eq!(countries_of("Crowds gathered in Tripoli on Friday.", "Tripoli"), [some("country:LBY")]);
        // A small town of another country is a namesake the gazetteer does not know.
        let text = "The festival moved to Victoria, Australia, where Victoria welcomed it.";
        assert_eq!(countries_of(text, "Victoria"), [some("country:AUS"), some("country:AUS")]);
        // Items of a list qualify nothing.
        let text = "Convoys reached Aleppo, Lebanon and Jordan. Others reached Tripoli, Beirut, Homs.";
        assert_eq!(countries_of(text, "Aleppo"), [some("country:SYR")]);
        assert_eq!(countries_of(text, "Tripoli"), [some("country:LBY")]);
        let text = "Convoys reached Tripoli, Chad, and Sudan.";
        assert_eq!(countries_of(text, "Tripoli"), [some("country:LBY")]);
        // A country named elsewhere in the article picks its namesake of comparable size, not a
        // town a hundred times smaller than the name's usual place.
        let text = "Crowds gathered in Hyderabad. Pakistani troops watched.";
        assert_eq!(countries_of(text, "Hyderabad"), [some("country:PAK")]);
        assert_eq!(countries_of("Crowds gathered in Hyderabad.", "Hyderabad"), [some("country:IND")]);
        let text = "The plant in Colorado was sold to a Brazilian firm.";
        assert_eq!(countries_of(text, "Colorado"), [some("country:USA")]);
        // A small town after the comma may be a namesake itself: it decides nothing.
        let text = "She studied in Fredericton, New Brunswick.";
        assert_eq!(countries_of(text, "Fredericton"), [some("country:CAN")]);
    }
}
