//! Names the statistical tagger found, cleaned at their edges and linked to the gazetteer when
//! it knows them (and the types agree); otherwise new people, organisations and places.

use super::context::{
    Ctx, adjectival, is_calendar_word, is_function_word, is_ordinal, is_org_head, is_particle, is_title,
    known_as_a_whole, name_run, new_target, person_target,
};
use super::gazetteer_names::{Whereabouts, after_locative, gazetteer_mention, is_town};
use super::mention::{EntityMention, Target};
use super::people::common_word_opening_a_name;
use crate::model::{NodeKind, slug};
use crate::nlp::gazetteer::AliasHit;
use crate::nlp::lexicon::{
    ARMED_MEMBERS, AUTHORITY_NOUNS, CAMPAIGN_HEADS, CROWD_NOUNS, DOCUMENT_HEADS, FACILITY_HEADS, GOVERNMENT_HEADS,
    GROUP_HEADS, INSTITUTION_HEADS, ISLAND_HEADS, LOCATIVE, NAME_PARTICLES, ORG_NOUNS, PEOPLES_AND_FAITHS,
    PERSON_NOUNS, PLACE_NAME_HEADS, POLITY_HEADS, THOROUGHFARE_HEADS, THOROUGHFARE_OPENERS, TITLES, UNIT_HEADS,
    is_compass_adjective, is_compass_word, names_a_people_or_faith,
};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::{compound_qualifier, is_capitalized, stance_prefix};

/// Names the statistical tagger finds: linked to the gazetteer when it knows the name (and the
/// types agree), otherwise new people, organisations and places.
pub(super) fn tagged_names(
    ctx: &Ctx,
    s: &Sentence,
    spans: &[crate::nlp::ner::Span],
    context: &Whereabouts,
    out: &mut Vec<EntityMention>,
) {
    use crate::nlp::ner::EntityType;
    for span in split_coordinated_names(ctx, s, spans) {
        let span = government_of_a_country(ctx, s, span);
        let (mut first, mut end) = (s.first_token + span.start, s.first_token + span.end);
        let mut kind = span.kind;
        // "European planemaker Airbus", "the Saudi carrier Riyadh Air": a name holds no lowercase
        // word but a function word or a particle — what comes before one describes the name.
        // A person's noun before it says the name is a person's ("Nobel laureate Oscar Arias"),
        // a body's noun a body's.
        // A name written partly in lowercase ("Syrian democratic forces": no capital after the
        // word) is left whole.
        if let Some(describing) =
            (first..end - 1).rev().find(|&k| describing_word(ctx.word(k))).filter(|&k| is_capitalized(ctx.word(k + 1)))
        {
            first = describing + 1;
            let noun = ctx.word(describing);
            if (PERSON_NOUNS.contains(&noun) || TITLES.position.contains(&noun) || is_title(noun))
                && end - first >= 2
                && (first..end).all(|k| is_capitalized(ctx.word(k)))
            {
                kind = EntityType::Person;
            } else if ORG_NOUNS.contains(&noun) && kind == EntityType::Person {
                kind = EntityType::Org;
            }
        }
        // "shipping group A.P. Moller-Maersk", "the carmaker Tavor": a body's noun right before
        // a name the tagger read as a person's says the name is a body's.
        if kind == EntityType::Person && first > s.first_token && ORG_NOUNS.contains(&ctx.word(first - 1)) {
            kind = EntityType::Org;
        }
        // "Sahel juntas", "Tigray residents": a lowercase noun of people after a name the
        // gazetteer knows whole says who of it is meant; it is no part of the name (a name the
        // gazetteer knows with it, "Syrian democratic forces", stays; "Baghdad airport" too).
        if end - first > 1
            && people_noun(ctx.word(end - 1))
            && known_as_a_whole(ctx, first, end - 1)
            && !known_as_a_whole(ctx, first, end)
        {
            end -= 1;
        }
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
                // "Brussels-based BEUC", "Iranian-backed Badr": where the named one is based, or
                // who backs it, is no part of its name.
                || compound_qualifier(&lower).is_some()
                // "the anti-Thaksin People's Alliance": a stance before the name is no part of it.
                || stance_before_a_name(ctx, first).is_some()
                || (kind == EntityType::Person
                    && (is_title(ctx.word(first)) || TITLES.is_tagger_title(&lower) || lower == "petty"))
            {
                first += 1;
            } else if matches!(ctx.word(end - 1), "'s" | "’s" | "'" | "’")
                || (kind == EntityType::Org
                    && (is_title(ctx.word(end - 1)) || TITLES.is_tagger_title(ctx.word(end - 1))))
            {
                // "the Board of Inquiry’s report": the possessive is no part of the name.
                end -= 1;
            } else {
                break;
            }
        }
        // "321st Field Artillery Regiment", "5th Fleet": an ordinal before an organisation's name is
        // its number, part of the name. A numbered name ending in a military unit's head word is
        // an organisation whatever the tagger read ("visiting from 3rd Battalion").
        let numbered = (first > s.first_token && is_ordinal(ctx.word(first - 1))) || is_ordinal(ctx.word(first));
        let unit_head = UNIT_HEADS.iter().any(|&(w, _)| w == ctx.word(end - 1).to_lowercase());
        if numbered && unit_head && is_capitalized(ctx.word(end - 1)) {
            kind = EntityType::Org;
        }
        if kind == EntityType::Org && first > s.first_token && is_ordinal(ctx.word(first - 1)) {
            first -= 1;
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
        // "Mr. Ban said", "talks with Dr. Osei": an honorific opens only a person's name, whatever
        // the tagger read after it — unless the span goes on past the person ("Mr. Osei's
        // Council of Advisers": a possessive, or a body's head word at its end).
        let past_the_person =
            (first..end).any(|k| matches!(ctx.word(k), "'s" | "’s")) || is_org_head(ctx.word(end - 1));
        if TITLES.is_honorific(&before) && kind != EntityType::Person && !past_the_person {
            kind = EntityType::Person;
        }
        // "Information Minister X", "Finance Secretary Y", "the High Commissioner": a lone common
        // word before "Minister", "Secretary" or "Commissioner" names the post's portfolio or
        // rank, no organisation ("Navy Secretary" keeps its navy: a head word; "Labor leader" its
        // party: a leader's word names whom they lead).
        if end - first == 1
            && kind == EntityType::Org
            && portfolio_title(ctx.word(end))
            && ((ctx.common)(&ctx.word(first).to_lowercase()) || adjectival(ctx, ctx.word(first)))
            && !is_org_head(ctx.word(first))
        {
            continue;
        }
        // "Tiyas Military Airfield", "Downing Street said": a facility's or a street's head
        // word makes the name a place (a street's only as the last word: "Wall Street Journal").
        let facility = |k: usize| FACILITY_HEADS.contains(&ctx.word(k).to_lowercase().as_str());
        let street = end - first >= 2
            && (THOROUGHFARE_HEADS.contains(&ctx.word(end - 1).to_lowercase().as_str())
                || THOROUGHFARE_OPENERS.contains(&ctx.word(first).to_lowercase().as_str()));
        // "the Pelagie Islands", "Kern County": a place's head noun as the last word makes the name
        // a place ("state" excepted: "Islamic State", "Ohio State").
        let place_head = |k: usize| {
            let head = ctx.word(k).to_lowercase();
            head != "state" && is_capitalized(ctx.word(k)) && PLACE_NAME_HEADS.contains(&head.as_str())
        };
        // "Thomas Shoal", "Kelmar Reef": no person's name ends in a capitalised island's head.
        let island =
            |k: usize| is_capitalized(ctx.word(k)) && ISLAND_HEADS.contains(&ctx.word(k).to_lowercase().as_str());
        // "Islamic State Sahel Province": a known organisation opening the name makes it a branch
        // of that organisation, whatever its last word.
        if (kind == EntityType::Org
            && ((first + 1..end).any(facility) || street || (end - first >= 2 && place_head(end - 1)))
            && opens_with_a_known_body(ctx, first, end).is_none())
            || (kind == EntityType::Person && end - first >= 2 && (facility(end - 1) || street || island(end - 1)))
        {
            kind = EntityType::Loc;
        }
        // "UN Special Envoy Staffan de Mistura" read as one organisation: a capitalised title
        // followed by two or more name words that end the span names a person (the first may be a
        // common word: "UN Secretary-General Ban Ki-moon"); the body before the title is left to
        // the gazetteer and the title rules.
        if kind == EntityType::Org
            && let Some(title) =
                (first + 1..end.saturating_sub(2)).rev().find(|&k| is_title(ctx.word(k)) && is_capitalized(ctx.word(k)))
            && (name_run(ctx, title + 1, end, 4) == end
                || (end > title + 2
                    && common_word_opening_a_name(ctx, title + 1)
                    && name_run(ctx, title + 2, end, 3) == end))
        {
            first = title + 1;
            kind = EntityType::Person;
        }
        // "led by General Burhan": a title and one name that is no English word ("General
        // Electric"), no plural noun ("General Motors") and no organisation's head is a titled
        // person; so is a title and a full name of name words.
        // "Motors", "Dynamics", "Mills": what reads as a plural noun names a company.
        let plural = |k: usize| {
            let w = ctx.word(k).to_lowercase();
            w.ends_with('s') && !["ss", "us", "is", "os", "as"].iter().any(|e| w.ends_with(e))
        };
        let one_name = || {
            end - first == 2
                && is_capitalized(ctx.word(first + 1))
                && !((ctx.common)(&ctx.word(first + 1).to_lowercase()) || plural(first + 1))
                && !is_org_head(ctx.word(first + 1))
        };
        // "army chief General Asim Munir": a title and two or three name words is a person too.
        let full_name = || end - first >= 3 && name_run(ctx, first + 1, end, 3) == end && !(first + 1..end).any(plural);
        if kind == EntityType::Org
            && is_title(ctx.word(first))
            && (one_name() || full_name())
            && ctx.gazetteer.lookup(&ctx.text[ctx.tokens[first].start..ctx.tokens[end - 1].end]).is_empty()
        {
            first += 1;
            kind = EntityType::Person;
        }
        // "United Nations-sponsored talks", "ISIL-held town": a name joined to a qualifier ends
        // at its hyphen; the qualifier says what the name does to the noun after it.
        let name_end = match ctx.word(end - 1).rfind('-') {
            Some(hyphen) if compound_qualifier(&ctx.word(end - 1).to_lowercase()).is_some() => {
                ctx.tokens[end - 1].start + hyphen
            }
            _ => ctx.tokens[end - 1].end,
        };
        // "the counter-ISIL coalition", "pro-Chilean rebels": the name follows a stance prefix
        // ("the Anti-Corruption Commission" is a name whole: a common word follows).
        let name_start = ctx.tokens[first].start + stance_before_a_name(ctx, first).unwrap_or(0);
        let surface = &ctx.text[name_start..name_end];
        let lone = end - first == 1;
        // A lone word naming a people, faith or deity describes ("Kurdish fighters", "God
        // willing"); it names no place or actor. Its plural names the people as a group that
        // acts ("the Sunnis rejected…"), never a place.
        if lone && names_a_people_or_faith(surface) {
            let plural = surface.ends_with('s') && !PEOPLES_AND_FAITHS.contains(&surface.to_lowercase().as_str());
            if !plural {
                continue;
            }
            kind = EntityType::Org;
        }
        // "Western nations", "Central and Eastern Europe": a lone compass adjective describes
        // what follows it; it names no place, person or body by itself.
        if lone && is_compass_adjective(surface) {
            continue;
        }
        // "the Julian calendar", "Parisian cafés": a lone adjective before the noun it describes
        // names no place.
        let next = ctx.word(end);
        if lone
            && matches!(kind, EntityType::Gpe | EntityType::Loc)
            && adjectival(ctx, surface)
            && next.chars().next().is_some_and(char::is_lowercase)
            && !is_function_word(next)
        {
            continue;
        }
        let span = crate::nlp::ner::Span { start: first - s.first_token, end: end - s.first_token, kind };
        // Dates, lone titles and contractions are not names ("Dec.", "Spc.", "We’ve"), nor is
        // a lone common word opening a sentence before a comma ("United, we continue…").
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
        // "the High Representative", "the Supreme Leader": a lone common word between "the" and a
        // capitalised title opens the title; it names nobody ("Apple Chairman X" has no "the").
        if lone
            && first > s.first_token
            && ctx.word(first - 1).eq_ignore_ascii_case("the")
            && (ctx.common)(&surface.to_lowercase())
            && (is_title(ctx.word(end)) || TITLES.position.contains(&ctx.word(end).to_lowercase().as_str()))
            && ctx.word(end).starts_with(char::is_uppercase)
            && ctx.gazetteer.lookup(surface).is_empty()
        {
            continue;
        }
        // "Foreign Office Minister, X, said": a person read in an office's words and a title
        // after them names a post, not its holder (a name before the title, "Stephen King",
        // "John Major", is one).
        if kind == EntityType::Person
            && !lone
            && is_title(ctx.word(end - 1))
            && (first..end - 1).all(|k| is_org_head(ctx.word(k)) || is_title(ctx.word(k)))
        {
            continue;
        }
        // "southern Lebanon": the gazetteer and `directional_regions` make it a region of Lebanon.
        if end - first >= 2
            && is_compass_word(ctx.word(first))
            && !ctx.gazetteer.lookup(&ctx.text[ctx.tokens[first + 1].start..ctx.tokens[end - 1].end]).is_empty()
        {
            continue;
        }
        let hits = ctx.gazetteer.lookup(surface);
        // "Secretary of State", "Minister of Defence", "Cabinet Secretary for Foreign Affairs": the
        // end of a title, not a name ("for" only after a minister's, secretary's or
        // commissioner's title: "a spokesman for X" names whom they speak for).
        if hits.is_empty()
            && first >= s.first_token + 2
            && match ctx.word(first - 1) {
                "of" => is_title(ctx.word(first - 2)),
                "for" => portfolio_title(ctx.word(first - 2)),
                _ => false,
            }
        {
            continue;
        }
        if hits.is_empty() && span.kind == EntityType::Org && institution_of_a_name(ctx, s, first, end) {
            continue;
        }
        if hits.is_empty() && span.kind != EntityType::Person && names_a_campaign(ctx, first, end) {
            continue;
        }
        if hits.is_empty() && span.kind != EntityType::Person && names_a_document(ctx, first, end) {
            continue;
        }
        if hits.is_empty() && span.kind != EntityType::Person && title_and_name(ctx, first, end) {
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
                out.push(EntityMention { confidence: m.confidence.min(0.9), start: name_start, end: name_end, ..m });
                continue;
            }
            // A person whose name is also only towns' ("Kim said"): the person, below.
            if span.kind != EntityType::Person
                || after_locative(ctx, first)
                || !hits.iter().all(|h| !h.demonym && is_town(ctx.gazetteer, h.entry))
            {
                continue;
            }
        }
        let label = surface.to_string();
        // The kind is a guess unless a word of the name says it: a polity word ("the Ottoman
        // Empire"), an armed group's head ("the Gran Grif gang"), a known body it opens with.
        let (kind, target, guessed) = match span.kind {
            EntityType::Org | EntityType::Gpe | EntityType::Loc if names_a_state(ctx, first, end) => {
                (NodeKind::Country, Target::New { id: format!("country:{}", slug(&label)), label }, false)
            }
            EntityType::Person => (NodeKind::Person, person_target(&label), true),
            EntityType::Org => {
                let named_group = GROUP_HEADS.contains(&ctx.word(end - 1).to_lowercase().as_str())
                    || opens_with_a_known_body(ctx, first, end) == Some(NodeKind::Group);
                let kind = if named_group { NodeKind::Group } else { NodeKind::Organization };
                (kind, new_target(kind, label), !named_group)
            }
            // A place's reading of an institution's name ("Tarnow Polytechnic"): the institution.
            EntityType::Gpe | EntityType::Loc
                if INSTITUTION_HEADS.contains(&ctx.word(end - 1).to_lowercase().as_str()) =>
            {
                (NodeKind::Organization, new_target(NodeKind::Organization, label), false)
            }
            EntityType::Gpe | EntityType::Loc => {
                (NodeKind::Place, Target::New { id: format!("place:{}", slug(&label)), label }, true)
            }
            _ => continue,
        };
        let mention = ctx.mention(first, end, kind, target, 0.65);
        out.push(EntityMention { start: name_start, end: name_end, guessed, ..mention });
    }
}

/// A word of lowercase letters that is no function word and no particle of a name, in English or
/// another language ("planemaker", "carrier"; not "of", "al", "bin", "della", "los", "der").
fn describing_word(word: &str) -> bool {
    word.len() >= 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !is_function_word(word)
        && !is_particle(word)
        && !NAME_PARTICLES.contains(&word)
}

/// A lowercase plural noun of people who act for a place or a body: its authorities, armed men
/// or crowds ("juntas", "officials", "rebels", "residents").
fn people_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    word.chars().all(|c| c.is_ascii_lowercase())
        && word.ends_with('s')
        && [&AUTHORITY_NOUNS, &ARMED_MEMBERS, &CROWD_NOUNS]
            .iter()
            .any(|list| list.contains(&word) || list.contains(&singular))
}

/// "pro-Chilean", "counter-ISIL": where the name starts in token `k` after a stance prefix; none
/// when a common word follows the hyphen ("Anti-Corruption Commission" is one name).
fn stance_before_a_name(ctx: &Ctx, k: usize) -> Option<usize> {
    let word = ctx.word(k);
    stance_prefix(word).map(|(_, at)| at).filter(|&at| !(ctx.common)(&word[at..].to_lowercase()))
}

/// The name `first..end` opens with the name of an organisation or armed group the gazetteer
/// knows (and goes on after it): "Islamic State Sahel Province", "Hezbollah Executive Council".
/// Its kind: a branch of an armed group is an armed group.
fn opens_with_a_known_body(ctx: &Ctx, first: usize, end: usize) -> Option<NodeKind> {
    let found = ctx.gazetteer.find(ctx.text, ctx.tokens, first..end);
    let m = found.first().filter(|m| m.first == first && m.end < end && m.end - m.first >= 2)?;
    let kinds = m.hits.iter().map(|h| (!h.demonym && !h.common).then(|| ctx.gazetteer.entry(h.entry).kind));
    let kinds: Option<Vec<NodeKind>> = kinds.collect();
    let kinds = kinds.filter(|k| !k.is_empty())?;
    if kinds.iter().all(|&k| k == NodeKind::Group) {
        Some(NodeKind::Group)
    } else {
        kinds.iter().all(|&k| matches!(k, NodeKind::Organization | NodeKind::Group)).then_some(NodeKind::Organization)
    }
}

/// "the Ottoman Empire", "the Kingdom of Hungary": a name of two or more words ending in a
/// polity word, or opening with one and "of", names a state — a country node (an actor and a
/// place), whether the tagger read it as an organisation or a place.
fn names_a_state(ctx: &Ctx, first: usize, end: usize) -> bool {
    headed_by(ctx, first, end, &POLITY_HEADS, &["of"])
}

/// A name of two or more words that ends in a word of `heads`, or of three or more that opens
/// with one followed by one of `joins` ("the Weimar Republic", "the Treaty of Lausanne").
fn headed_by(ctx: &Ctx, first: usize, end: usize, heads: &[&str], joins: &[&str]) -> bool {
    let head = |k: usize| heads.contains(&ctx.word(k).to_lowercase().as_str());
    end - first >= 2 && (head(end - 1) || (end - first >= 3 && head(first) && joins.contains(&ctx.word(first + 1))))
}

/// "Mrs Pontifex", "Gen. Hollis" read as an organisation: an honorific (a title that never opens
/// an organisation's name — not "General", as in General Motors) and name words are a person,
/// whom the titled-person rule finds without the title.
fn title_and_name(ctx: &Ctx, first: usize, end: usize) -> bool {
    end - first >= 2
        && TITLES.is_honorific(ctx.word(first))
        && (first + 1..end).all(|k| !ctx.is_generic_word(ctx.word(k)))
}

/// "the Federal Government of Iraq", "the Interim Council of Ruritania": generic words (each a
/// common word or an organisation head) before "of" and a name are that name's institution. They
/// name no one by themselves; the name after "of" is the actor.
fn institution_of_a_name(ctx: &Ctx, s: &Sentence, first: usize, end: usize) -> bool {
    end + 1 < s.end_token
        && ctx.word(end) == "of"
        && is_capitalized(ctx.word(end + 1))
        && (first..end).all(|k| ctx.is_generic_word(ctx.word(k)))
}

/// "the Geneva Conventions", "the Patriot Act", "the Treaty of Lausanne", "the Convention on
/// Cluster Munitions": a name of two or more words ending in a document head word, or opening
/// with one followed by "of" or "on", names what was signed or invoked, not an actor or a place.
fn names_a_document(ctx: &Ctx, first: usize, end: usize) -> bool {
    headed_by(ctx, first, end, &DOCUMENT_HEADS, &["of", "on"])
}

/// "Operation Desert Storm", "Exercise Cobra Gold": a campaign word (`campaign_heads.txt`),
/// capitalised, opening capitalised words names what was carried out, not who acted — unless an
/// organisation's head ends the name ("Operation Vellmar Foundation").
fn names_a_campaign(ctx: &Ctx, first: usize, end: usize) -> bool {
    end - first >= 2
        && is_capitalized(ctx.word(first))
        && !is_org_head(ctx.word(end - 1))
        && CAMPAIGN_HEADS.contains(&ctx.word(first).to_lowercase().as_str())
        && (first + 1..end).all(|k| is_capitalized(ctx.word(k)) || matches!(ctx.word(k), "of" | "the"))
}

/// "the Federal Government of Iraq", "the Transitional Authority of Chad": an organisation named
/// as generic words ending in a government word, "of" and a country's name is that country as an
/// actor — the mention becomes the country's name (a name the gazetteer knows whole stays).
fn government_of_a_country(ctx: &Ctx, s: &Sentence, span: crate::nlp::ner::Span) -> crate::nlp::ner::Span {
    use crate::nlp::ner::{EntityType, Span};
    let (first, end) = (s.first_token + span.start, s.first_token + span.end);
    let surface = |a: usize, b: usize| &ctx.text[ctx.tokens[a].start..ctx.tokens[b - 1].end];
    let Some(of) = (first + 1..end.saturating_sub(1)).find(|&k| ctx.word(k) == "of") else { return span };
    let country = |a: usize, b: usize| {
        let hits = ctx.gazetteer.lookup(surface(a, b));
        !hits.is_empty() && hits.iter().all(|h| ctx.gazetteer.entry(h.entry).kind == NodeKind::Country)
    };
    let tail = if ctx.word(of + 1).eq_ignore_ascii_case("the") { of + 2 } else { of + 1 };
    if span.kind == EntityType::Org
        && tail < end
        && GOVERNMENT_HEADS.contains(&ctx.word(of - 1).to_lowercase().as_str())
        && (first..of).all(|k| ctx.is_generic_word(ctx.word(k)))
        && country(tail, end)
        && ctx.gazetteer.lookup(surface(first, end)).is_empty()
    {
        return Span { start: tail - s.first_token, end: span.end, kind: EntityType::Gpe };
    }
    span
}

/// "Sarmin and Talamenes" tagged as one place is two places, unless the whole is a known name
/// ("Bosnia and Herzegovina"). Organisations keep their "and" ("Foreign and Commonwealth Office")
/// unless what comes before it is a whole name already, two words or more ending in an
/// organisation's head ("the Badr Organization and Kata'ib Hezbollah" are two), or one side is a
/// name known alone (the gazetteer's, or a people's or faith's: "Arabs and Kurds") — the other
/// then a short name of its own, not a longer body's ("Hamas and Tavrin" are two; "Trinidad and
/// Tobago Defence Force" is one).
pub(super) fn split_coordinated_names(
    ctx: &Ctx,
    s: &Sentence,
    spans: &[crate::nlp::ner::Span],
) -> Vec<crate::nlp::ner::Span> {
    use crate::nlp::ner::EntityType;
    let mut out = Vec::with_capacity(spans.len());
    for &span in spans {
        let (first, end) = (s.first_token + span.start, s.first_token + span.end);
        let and = (first + 1..end.saturating_sub(1)).find(|&k| ctx.word(k) == "and");
        // Known alone: the gazetteer's, or one word naming a people or faith ("Arabs and Kurds").
        let known = |a: usize, b: usize| {
            (b - a == 1 && names_a_people_or_faith(ctx.word(a)))
                || !ctx.gazetteer.lookup(&ctx.text[ctx.tokens[a].start..ctx.tokens[b - 1].end]).is_empty()
        };
        let short_name = |a: usize, b: usize| b - a <= 2 && (a..b).all(|t| !is_org_head(ctx.word(t)));
        let known_side =
            |k: usize| (known(k + 1, end) && short_name(first, k)) || (known(first, k) && short_name(k + 1, end));
        match and {
            Some(k)
                if (matches!(span.kind, EntityType::Gpe | EntityType::Loc)
                    || (span.kind == EntityType::Org && k >= first + 2 && is_org_head(ctx.word(k - 1)))
                    || (span.kind == EntityType::Org && known_side(k)))
                    && is_capitalized(ctx.word(k + 1))
                    && ctx.gazetteer.lookup(&ctx.text[ctx.tokens[first].start..ctx.tokens[end - 1].end]).is_empty() =>
            {
                out.push(crate::nlp::ner::Span { start: span.start, end: k - s.first_token, kind: span.kind });
                out.push(crate::nlp::ner::Span { start: k + 1 - s.first_token, end: span.end, kind: span.kind });
            }
            _ => out.push(span),
        }
    }
    // "the United Nations-backed Andean Forum" read as one name: the name joined to the
    // qualifier and the name it qualifies are two.
    let mut split = Vec::with_capacity(out.len());
    for span in out {
        let (first, end) = (s.first_token + span.start, s.first_token + span.end);
        match (first + 1..end.saturating_sub(1)).find(|&k| compound_qualifier(&ctx.word(k).to_lowercase()).is_some()) {
            Some(k) => {
                split.push(crate::nlp::ner::Span { start: span.start, end: k + 1 - s.first_token, kind: span.kind });
                split.push(crate::nlp::ner::Span { start: k + 1 - s.first_token, end: span.end, kind: span.kind });
            }
            None => split.push(span),
        }
    }
    split
}

/// A title that holds a portfolio: "Minister", "Secretary", "Commissioner" ("Information
/// Minister", "Secretary for Foreign Affairs"), in any case.
fn portfolio_title(word: &str) -> bool {
    matches!(word.to_lowercase().as_str(), "minister" | "secretary" | "commissioner")
}

#[cfg(test)]
#[path = "tagged_tests.rs"]
mod tests;
