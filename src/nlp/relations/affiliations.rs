//! Affiliations: a person and the organisation or state they belong to, from titles before the
//! name, appositions after it, and "X, led by Y".

use super::finding::RelationFinding;
use crate::model::{EdgeKind, NodeKind};
use crate::nlp::context::{SentenceContext, finite, lower, matches_at, passive_auxiliary, qualifier_of};
use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::lexicon::{
    ADVERBS_BEFORE_VERBS, ALIAS_CUES, FUNCTION_WORDS, PERSON_NOUNS, PREDICATE_OPENERS, STATE_BODY_HEADS, TITLES,
};
use crate::nlp::tokenize::{compound_qualifier, leading_stance};

/// A word of a person's position: a position word or a title ("leader", "Minister").
fn is_position_word(word: &str) -> bool {
    TITLES.position.contains(&word) || TITLES.is_tagger_title(word)
}

/// How many lower-case words may describe a position in an apposition ("an artillery crew chief").
const MAX_POSITION_MODIFIERS: usize = 3;

/// Token `t` is a lower-case word that may describe a position ("artillery", "crew"): no
/// function word, no position word, no part of a name.
fn describes_a_position(x: &SentenceContext, t: usize) -> bool {
    let w = lower(x.a, t);
    w.chars().all(|c| c.is_lowercase() || c == '-')
        && w.chars().any(char::is_alphabetic)
        && x.a.tokens[t].text(x.text).chars().next().is_some_and(char::is_lowercase)
        && !FUNCTION_WORDS.contains(&w)
        && !is_position_word(w)
        && x.entity_at(t).is_none()
}

/// A word describing a post that is no verb either ("humanitarian" in "humanitarian coordinator";
/// not "criticized" in "Russia criticized Mr. X", nor "will" in "spokesman will moderate").
fn describes_a_post(x: &SentenceContext, t: usize) -> bool {
    let w = lower(x.a, t);
    describes_a_position(x, t) && !finite(w) && !w.ends_with("ed")
}

/// The post named by the title words before a person's name: "leader , Gen" and "leader Sheikh"
/// name a leader whose rank or honorific is the person's own (`role`, the words right before the
/// name, when none is a post word); a comma ends the post ("the Foreign Minister , Dr."). The role
/// alone when no post word comes before it ("Prime Minister", "former Admiral").
fn post_words(title: &str, role: Option<&str>) -> String {
    let is_post = |w: &str| TITLES.position.contains(&w.to_lowercase().as_str());
    let title = title.trim_end_matches(" ,").trim();
    let before_comma = title.split(" , ").next().unwrap_or(title).trim();
    match role {
        // A role that is itself a post ("Minister") runs back over the capitalised words of its
        // name ("Foreign Minister"), not over other words ("most voters want Prime Minister").
        Some(role) if role.split(' ').any(is_post) => match before_comma.strip_suffix(role) {
            Some(head) => {
                let words: Vec<&str> = head.split_whitespace().collect();
                let capitalised = words.iter().rev().take_while(|w| w.starts_with(char::is_uppercase)).count();
                let mut post = words[words.len() - capitalised..].join(" ");
                if !post.is_empty() {
                    post.push(' ');
                }
                post + role
            }
            None => role.to_string(),
        },
        // A rank or honorific: the post words before it, if any ("leader Sheikh", not "former
        // Admiral").
        Some(role) => {
            let before = before_comma.strip_suffix(role).map(str::trim_end).unwrap_or(before_comma);
            // "former", "acting": words of a post's time, no post of their own.
            let heads_a_post =
                |w: &str| is_post(w) && !matches!(w.to_lowercase().as_str(), "former" | "acting" | "interim" | "vice");
            if before.split(' ').any(heads_a_post) { before.to_string() } else { role.to_string() }
        }
        None if before_comma.is_empty() => title.to_string(),
        None => before_comma.to_string(),
    }
}

/// Where an apposition or a predicate saying what the person is opens after the name ending at
/// token `t`: after a comma, or after a word of `predicate_openers.txt` ("was", "served as"),
/// perhaps after an adverb of `adverbs_before_verbs.txt` ("X later served as …").
fn apposition_opened_after(x: &SentenceContext, t: usize) -> Option<usize> {
    if lower(x.a, t) == "," {
        return Some(t + 1);
    }
    let t = if ADVERBS_BEFORE_VERBS.contains(&lower(x.a, t)) { t + 1 } else { t };
    PREDICATE_OPENERS
        .iter()
        .find(|opener| t + opener.len() <= x.sentence.end_token && matches_at(x.a, t, opener))
        .map(|opener| t + opener.len())
}

/// "Carter, Iraqi Prime Minister Discuss Next Moves": in a headline in title case (no lower-case
/// content word), a comma after a name followed by no article or possessive joins two subjects —
/// it opens no apposition ("Ana Ortiz, the Peruvian President, Sworn In" still does).
fn headline_coordination(x: &SentenceContext, comma: usize) -> bool {
    let a = x.a;
    let opens_a_description =
        matches!(lower(a, comma + 1), "the" | "a" | "an") || matches!(lower(a, comma + 2), "'s" | "’s");
    lower(a, comma) == "," && !opens_a_description && !x.prose
}

/// "X is led by Y", "X, which was headed by Y", "X is now commanded by Y": from token `t` after
/// an organisation's name, past a relative pronoun, a form of "be" and adverbs before the
/// participle (`adverbs_before_verbs.txt`: "now", "currently") — the participle's token; `t`
/// itself when no "be" follows.
fn past_a_passive_be(x: &SentenceContext, t: usize) -> usize {
    let a = x.a;
    let mut u = t;
    if matches!(lower(a, u), "which" | "that") {
        u += 1;
    }
    if matches!(lower(a, u), "has" | "have" | "had") && lower(a, u + 1) == "been" {
        u += 1;
    }
    if !passive_auxiliary(lower(a, u)) {
        return t;
    }
    u += 1;
    while ADVERBS_BEFORE_VERBS.contains(&lower(a, u)) {
        u += 1;
    }
    u
}

/// Mention `k` opens its sentence ("Nordfracht", "The Fenwick Group"): the token of a "led",
/// "headed" or "commanded" in a second predicate of that subject ("… and is led by X").
fn second_predicate_leader(x: &SentenceContext, k: usize) -> Option<usize> {
    let (a, s) = (x.a, x.sentence);
    let m = &a.entities[k];
    let opens =
        m.first_token == s.first_token || (m.first_token == s.first_token + 1 && lower(a, s.first_token) == "the");
    if !opens {
        return None;
    }
    (m.end_token..s.end_token).filter(|&u| lower(a, u) == "and").find_map(|u| {
        let p = past_a_passive_be(x, u + 1);
        (p > u + 1 && matches!(lower(a, p), "led" | "headed" | "commanded") && lower(a, p + 1) == "by").then_some(p)
    })
}

/// "In the Philippines, President X convened …": a sentence that opens with "In", a country's
/// name and a comma sets its title right after the comma in that country — the country's mention.
fn country_a_sentence_opens_in(x: &SentenceContext, title_start: usize) -> Option<usize> {
    let (a, s) = (x.a, x.sentence);
    let comma = title_start.checked_sub(1)?;
    if lower(a, comma) != "," || lower(a, s.first_token) != "in" {
        return None;
    }
    let country = x.entity_at(comma - 1)?;
    let m = &a.entities[country];
    let opens = m.first_token == s.first_token + 1
        || (m.first_token == s.first_token + 2 && lower(a, s.first_token + 1) == "the");
    (m.kind == NodeKind::Country && m.end_token == comma && opens && !names_by_adjective(x, country)).then_some(country)
}

/// The mention is a country's adjective ("French", "Iraqi"), not a name.
pub(super) fn names_by_adjective(x: &SentenceContext, k: usize) -> bool {
    let m = &x.a.entities[k];
    Gazetteer::bundled().lookup(&x.text[m.start..m.end]).iter().any(|h| h.demonym)
}

/// Person ↔ organisation or state, from the words around a person's name:
/// - before it: "Iraqi Prime Minister Haider al-Abadi", "Hezbollah leader Naim Qassem",
///   "Israel's defence minister Israel Katz", "CJTF-OIR commanding general Lt. Gen. X";
/// - an apposition after it: "Naim Qassem, the Hezbollah leader", "Gary Volesky, commander of
///   Combined Joint Forces Land Component Command", "X, a senior official of the UN", "X, an
///   artillery crew chief in the 4th Regiment", "X, a medic with Bravo Company", "X, a
///   correspondent for Y".
pub(super) fn affiliations(x: &SentenceContext, relations: &mut Vec<RelationFinding>) {
    let (text, a, s, si, ents) = (x.text, x.a, x.sentence, x.index, x.entities);
    let entity_at = |tok: usize| x.entity_at(tok);
    let organisation = |k: usize| a.entities[k].kind.is_actor() && a.entities[k].kind != NodeKind::Person;
    let words =
        |from: usize, to: usize| -> String { (from..to).map(|t| a.tokens[t].text(text)).collect::<Vec<_>>().join(" ") };
    // Whether the sentence is prose, asked at most once.
    // "the Federal Government of Iraq, led by Prime Minister Haider Al Abadi".
    for &k in ents {
        let m = &a.entities[k];
        if !organisation(k) {
            continue;
        }
        let mut t = m.end_token;
        // "the Sudanese Armed Forces (SAF), led by …": past the short name in parentheses.
        if lower(a, t) == "(" && a.entities.get(k + 1).is_some_and(|n| n.first_token == t + 1) {
            t = a.entities[k + 1].end_token + 1;
            if lower(a, t - 1) != ")" {
                continue;
            }
        }
        if lower(a, t) == "," {
            t += 1;
        }
        t = past_a_passive_be(x, t);
        // "Nordfracht employs 9,000 people and is led by X": the sentence's subject, whose
        // second predicate says who leads it.
        if t == m.end_token || (t == m.end_token + 1 && lower(a, m.end_token) == ",") {
            t = second_predicate_leader(x, k).unwrap_or(t);
        }
        let label = match lower(a, t) {
            "led" | "headed" | "commanded" => "leader",
            "represented" => "representative",
            _ => continue,
        };
        if lower(a, t + 1) != "by" {
            continue;
        }
        t += 2;
        while t < s.end_token && is_position_word(lower(a, t)) {
            t += 1;
        }
        if let Some(person) =
            entity_at(t).filter(|&p| a.entities[p].kind == NodeKind::Person && a.entities[p].first_token == t)
        {
            relations.push(RelationFinding {
                source: person,
                target: k,
                kind: EdgeKind::Affiliation,
                label: label.to_string(),
                sentence: si,
                confidence: 0.8,
            });
        }
    }
    for &k in ents {
        let m = &a.entities[k];
        if m.kind != NodeKind::Person {
            continue;
        }
        // Before the name: position words back to an organisation (possibly "X's").
        let mut t = m.first_token;
        // Position words, also through "of": "Secretary of State John Kerry".
        // "Minister of Foreign Affairs", "Cabinet Secretary for Trade and Industry": a portfolio's
        // capitalised words (and "and") after a position word's "of" or "for".
        let in_portfolio = |t: usize| {
            const MAX_PORTFOLIO: usize = 5;
            let capitalised = |k: usize| crate::nlp::tokenize::is_capitalized(a.tokens[k].text(text));
            let mut k = t;
            while k > s.first_token
                && t - k < MAX_PORTFOLIO
                && entity_at(k).is_none()
                && (capitalised(k) || lower(a, k) == "and")
            {
                k -= 1;
            }
            k < t && matches!(lower(a, k), "of" | "for") && k > s.first_token && is_position_word(lower(a, k - 1))
        };
        let in_title = |t: usize| {
            let w = lower(a, t);
            is_position_word(w)
                || (w == "of" && t > s.first_token && is_position_word(lower(a, t - 1)))
                // "Secretary for Foreign Affairs", not "chief of staff for President X".
                || (w == "for"
                    && t > s.first_token
                    && is_position_word(lower(a, t - 1))
                    && in_portfolio(t + 1)
                    && !is_position_word(lower(a, t + 1)))
                || (t >= s.first_token + 2
                    && lower(a, t - 1) == "of"
                    && entity_at(t).is_none()
                    && crate::nlp::tokenize::is_capitalized(a.tokens[t].text(text)))
                || in_portfolio(t)
                // "Cabinet Secretary", "Mining Minister": a capitalised word before a title.
                || (entity_at(t).is_none() && crate::nlp::context::part_of_a_title(text, a, s.first_token, t))
        };
        // …and one comma between title and name: "the Iraqi Foreign Minister, Ibrahim al-Jaafari",
        // "The Combined Joint Task Force Commander, Lt. Gen. Stephen J. Townsend".
        let mut crossed_comma = false;
        let mut modifiers = 0;
        let mut complement_body = None;
        // "The UN's humanitarian coordinator for Sudan, X": the post's place or body after "for"
        // or "to" (once, after the comma) …
        let complement_before = |t: usize| {
            ents.iter().copied().find(|&j| {
                let c = &a.entities[j];
                c.end_token == t
                    && c.first_token >= s.first_token + 2
                    && matches!(lower(a, c.first_token - 1), "for" | "to")
                    && is_position_word(lower(a, c.first_token - 2))
            })
        };
        while t > s.first_token && m.first_token - t < 12 {
            if in_title(t - 1) {
                t -= 1;
            } else if let Some(j) = complement_before(t).filter(|_| crossed_comma && complement_body.is_none()) {
                complement_body = Some(j);
                t = a.entities[j].first_token - 1;
            } else if modifiers < MAX_POSITION_MODIFIERS
                && describes_a_post(x, t - 1)
                && TITLES.position.contains(&lower(a, t))
            {
                // … and the lower-case words describing the post ("humanitarian"; no verb:
                // "Russia criticized Mr. X", and no honorific: "Mr.", "Sheikh").
                modifiers += 1;
                t -= 1;
            } else if !crossed_comma
                && t - 1 > s.first_token
                && lower(a, t - 1) == ","
                && (is_position_word(lower(a, t - 2)) || in_portfolio(t - 2) || complement_before(t - 1).is_some())
            {
                crossed_comma = true;
                t -= 1;
            } else {
                break;
            }
        }
        let title_start = t;
        if title_start < m.first_token {
            let before = title_start.checked_sub(1).filter(|&b| b >= s.first_token);
            let possessive = before.is_some_and(|b| matches!(lower(a, b), "'s" | "’s"));
            let owner_end = if possessive { title_start - 1 } else { title_start };
            // "A spokeswoman for Oxfam, X": with no owner before the title, the organisation after
            // its "for" or "to" is whom the post serves ("the coordinator for Sudan" serves no Sudan).
            let body_after = complement_body.filter(|&j| organisation(j) && a.entities[j].kind != NodeKind::Country);
            if let Some(org) = owner_end
                .checked_sub(1)
                .and_then(entity_at)
                // "the pro-Chilean cleric X", "Iranian-backed militia leader X": a qualifying
                // name says what the title's holder stands for, not whom they serve.
                .filter(|&o| organisation(o) && a.entities[o].end_token == owner_end)
                .filter(|&o| qualifier_of(a, &a.entities[o]).is_none())
                .or(body_after)
            {
                // The title's words end before the body after it.
                let title_end = if Some(org) == body_after { a.entities[org].first_token - 1 } else { m.first_token };
                relations.push(RelationFinding {
                    source: k,
                    target: org,
                    kind: EdgeKind::Affiliation,
                    label: post_words(&words(title_start, title_end), m.role.as_deref()),
                    sentence: si,
                    confidence: 0.85,
                });
            } else if let Some(country) = country_a_sentence_opens_in(x, title_start) {
                relations.push(RelationFinding {
                    source: k,
                    target: country,
                    kind: EdgeKind::Affiliation,
                    label: post_words(&words(title_start, m.first_token), m.role.as_deref()),
                    sentence: si,
                    confidence: 0.8,
                });
            }
        }
        // Apposition: ", [the|a] <position words> [of|for|at [the]] ORG" or ", the ORG <position words>";
        // so does a predicate: "X was director of the Y Institute", "X later served as head of Z".
        let Some(mut t) = apposition_opened_after(x, m.end_token) else { continue };
        if headline_coordination(x, m.end_token) {
            continue;
        }
        if matches!(lower(a, t), "the" | "a" | "an" | "its") {
            t += 1;
        }
        let position_start = t;
        // "an artillery crew chief in …": lower-case words describing the position before it.
        let mut p = t;
        while p < s.end_token && p - position_start < MAX_POSITION_MODIFIERS && describes_a_position(x, p) {
            p += 1;
        }
        if p > t && is_position_word(lower(a, p)) {
            t = p;
        }
        let position_words = t;
        while t < s.end_token && is_position_word(lower(a, t)) && t - position_words < 4 {
            t += 1;
        }
        // "a correspondent for Andean Press", "an engineer at X": an occupation (person_nouns.txt)
        // ending the described words, with a body after a preposition, serves as a position.
        let occupation = p > position_start
            && PERSON_NOUNS.contains(&lower(a, p - 1))
            && matches!(lower(a, p), "of" | "for" | "at" | "in" | "with");
        let by_occupation = t == position_words && occupation;
        if by_occupation {
            t = p;
        }
        let found = if t > position_words {
            // "commander of Combined Joint Forces …", "a senior official at the UN",
            // "commander, Combined Joint Forces Land Component Command"
            let mut o = t;
            if matches!(lower(a, o), "of" | "for" | "at" | "in" | "with" | ",") {
                o += 1;
                if lower(a, o) == "the" {
                    o += 1;
                }
                // "head of the pro-Kurdish X", "leader of the Iranian-backed X", "chairman of the
                // Moscow-based shipping firm X": qualifying and describing words and the body's
                // common noun before its name (an apposition without a comma).
                let described = o;
                while o - described < MAX_POSITION_MODIFIERS + 1
                    && (compound_qualifier(lower(a, o)).is_some()
                        || leading_stance(lower(a, o)).is_some()
                        || describes_a_post(x, o))
                {
                    o += 1;
                }
                // "a founding director of the French New Wave": a country's adjective describes
                // what follows it; the position is not the country's.
                // An occupation's body is an organisation: "a lawyer in Peru" says where, not whom for.
                // "leader of the ethnic Lendu militia known as X": a name before a common noun that
                // is named after it only describes that noun's body ("the ruling Congress party"
                // is the party).
                let modifies_a_noun = |org: usize| {
                    let noun = a.entities[org].end_token;
                    o > described
                        && describes_a_post(x, noun)
                        && (noun + 1..noun + 3).any(|t| {
                            ALIAS_CUES.iter().any(|cue| cue.split(' ').enumerate().all(|(i, w)| lower(a, t + i) == w))
                        })
                };
                entity_at(o)
                    .filter(|&org| {
                        organisation(org)
                            && a.entities[org].first_token == o
                            && (!names_by_adjective(x, org) || before_a_state_body(x, org))
                    })
                    .filter(|&org| !modifies_a_noun(org))
                    .filter(|&org| !by_occupation || a.entities[org].kind != NodeKind::Country)
                    .map(|org| (org, position_start, t))
            } else {
                None
            }
        } else {
            // "the Hezbollah leader", "Peru's finance minister" (a possessive, and words describing
            // the post before its position word).
            entity_at(position_start)
                .filter(|&org| organisation(org) && a.entities[org].first_token == position_start)
                .and_then(|org| {
                    let mut after = a.entities[org].end_token;
                    if matches!(lower(a, after), "'s" | "’s") {
                        after += 1;
                    }
                    let mut e = after;
                    while e < s.end_token && e - after < MAX_POSITION_MODIFIERS && describes_a_post(x, e) {
                        e += 1;
                    }
                    if !is_position_word(lower(a, e)) {
                        e = after;
                    }
                    while e < s.end_token && is_position_word(lower(a, e)) && e - after < 4 {
                        e += 1;
                    }
                    // The post's phrase ends there: "Egypt's top diplomat" is no "top"; "…,
                    // Iraq's Foreign Minister Hoshyar Zebari said" titles the name after it.
                    let phrase_ends =
                        !describes_a_post(x, e) && entity_at(e).is_none_or(|n| a.entities[n].kind != NodeKind::Person);
                    (e > after && phrase_ends).then_some((org, after, e))
                })
        };
        if let Some((org, from, to)) = found {
            relations.push(RelationFinding {
                source: k,
                target: org,
                kind: EdgeKind::Affiliation,
                label: words(from, to),
                sentence: si,
                confidence: 0.8,
            });
        }
    }
}

/// "a spokesman for the Kenyan army", "an officer of the Sudanese armed forces": a country's
/// adjective before one of its state's bodies (`state_body_heads.txt`, perhaps after one
/// describing word) names the state the post serves.
fn before_a_state_body(x: &SentenceContext, k: usize) -> bool {
    let end = x.a.entities[k].end_token;
    let body = |t: usize| t < x.sentence.end_token && STATE_BODY_HEADS.contains(&lower(x.a, t));
    x.a.entities[k].kind == NodeKind::Country && (body(end) || (describes_a_post(x, end) && body(end + 1)))
}
