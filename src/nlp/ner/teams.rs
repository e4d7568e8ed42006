//! Places that stand for their teams: in a sentence reporting a sporting contest, a town or
//! county named as a side is the club that plays for it ("Leeds beat Bristol 2-1": two
//! organisations), while a country stays itself (national sides keep the country's name and
//! type, as the newswire corpora annotate them) and a place after a venue preposition stays a
//! place ("in Rome", "at Headingley").

use std::collections::HashSet;
use std::sync::LazyLock;

use super::features::SentenceCase;
use super::tables::gazetteer_bits::{COUNTRY, DEMONYM, REGION};
use super::types::{EntityType, Span};
use crate::nlp::lexicon::{CONTEST_WORDS, DETERMINERS, PLACE_NOUNS, SPORT_NAMES, SPORT_WORDS, VENUE_PREPOSITIONS};

/// `sport_words.txt` as a set: every word of a sentence with a place is looked up.
static SPORT_WORD_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| SPORT_WORDS.iter().copied().collect());

/// A pair of numbers of at most three digits joined by a hyphen or dash ("2-1", "102–99"), as
/// one token or as three ("2 - 1"): the number of tokens it takes, if any. Years ("1996-97")
/// are no such pair.
fn number_pair_at(words: &[&str], i: usize) -> Option<usize> {
    let small = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let mut halves = words[i].split(['-', '–']);
    if let (Some(a), Some(b), None) = (halves.next(), halves.next(), halves.next())
        && small(a)
        && small(b)
    {
        return Some(1);
    }
    (i + 2 < words.len() && small(words[i]) && matches!(words[i + 1], "-" | "–") && small(words[i + 2])).then_some(3)
}

/// Whether a sentence whose tagged names are `spans` reports a sporting contest: it opens with a
/// sport's slug ("SOCCER - ", `sport_names.txt`), it has a word of `sport_words.txt` ("innings",
/// "striker", "league"), or it has a score — a number pair beside a word of `contest_words.txt`
/// or right after a place's name ("beat Hull 2-1", "a 3-0 win", "Hull 2 - 1"); a bare pair may be
/// a range ("aged 8-10", "4-5 June") or a model number ("737-800").
fn reports_a_contest(words: &[&str], spans: &[Span], case: SentenceCase) -> bool {
    let contest_word = |i: usize| words.get(i).is_some_and(|w| CONTEST_WORDS.contains(&w.to_lowercase().as_str()));
    // Where a place's name ends, so each number pair asks in constant time (no spans × words).
    let mut place_ends = vec![false; words.len() + 1];
    for s in spans.iter().filter(|s| matches!(s.kind, EntityType::Gpe | EntityType::Loc)) {
        place_ends[s.end] = true;
    }
    let after_place = |i: usize| place_ends[i];
    // A capitalised sport word may open a name ("the Arab League"), except in a headline where
    // every word is capitalised ("CRICKET - KENT WIN BY AN INNINGS").
    let headline = case == SentenceCase::Upper;
    // A wire story's slug: "SOCCER - …", "Cricket - …".
    let slug = words.len() > 2 && words[1] == "-" && SPORT_NAMES.contains(&words[0].to_lowercase().as_str());
    slug || (0..words.len()).any(|i| {
        let w = words[i];
        let sport_word = if headline {
            SPORT_WORD_SET.contains(w.to_lowercase().as_str())
        } else {
            w.chars().next().is_some_and(char::is_lowercase) && SPORT_WORD_SET.contains(w)
        };
        if sport_word {
            return true;
        }
        number_pair_at(words, i)
            .is_some_and(|len| after_place(i) || i.checked_sub(1).is_some_and(contest_word) || contest_word(i + len))
    })
}

/// In a sentence that reports a contest, a span read as a populated place, or a one-word region
/// or county, becomes an organisation: its team. Left as they are: names the gazetteer knows as
/// (part of) a country, region or nationality ("the Netherlands"); places after a venue
/// preposition ("in Rome", "at the Olympic Stadium"), after "of" following a place noun ("the
/// state of Florida") or coordinated with such a place ("in Leeds and York", "in Houston,
/// Texas"); and a place followed by a place noun ("Kent county"). `positions` are the gazetteer
/// positions of the words, `case` how the sentence is cased (both as feature extraction found them).
pub fn read_places_as_teams(words: &[&str], spans: &mut [Span], positions: &[u16], case: SentenceCase) {
    // A populated place, or a one-word region ("Derbyshire"); longer places are mostly natural
    // features ("Indian Ocean"), which field no teams.
    let town_or_county = |s: &Span| s.kind == EntityType::Gpe || (s.kind == EntityType::Loc && s.end - s.start == 1);
    if !spans.iter().any(town_or_county) || !reports_a_contest(words, spans, case) {
        return;
    }
    let lower = |i: usize| words.get(i).map(|w| w.to_lowercase());
    let place_noun = |i: usize| {
        lower(i).is_some_and(|w| PLACE_NOUNS.contains(&w.as_str()) || PLACE_NOUNS.contains(&w.trim_end_matches('s')))
    };
    // The word before `start`, past one determiner ("at the Olympic Stadium"), and its index.
    let before = |start: usize| {
        let i = start.checked_sub(1)?;
        let w = lower(i)?;
        if DETERMINERS.contains(&w.as_str()) {
            let i = i.checked_sub(1)?;
            Some((i, lower(i)?))
        } else {
            Some((i, w))
        }
    };
    let mut venue_ended_at: Option<usize> = None;
    for s in spans.iter_mut() {
        let venue = before(s.start).is_some_and(|(i, w)| {
            VENUE_PREPOSITIONS.contains(&w.as_str())
                || (w == "of" && i.checked_sub(1).is_some_and(place_noun))
                || (matches!(w.as_str(), "and" | "or" | ",") && venue_ended_at == Some(i))
        });
        if venue {
            venue_ended_at = Some(s.end);
            continue;
        }
        let state_like = positions[s.start..s.end].iter().any(|&p| p & (COUNTRY | REGION | DEMONYM) != 0);
        if town_or_county(s) && !state_like && !place_noun(s.end) {
            s.kind = EntityType::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::ner::features::sentence_case;
    use crate::nlp::ner::tables::GazetteerIndex;

    fn teams(sentence: &str, spans: &[(usize, usize, EntityType)]) -> Vec<EntityType> {
        let gazetteer = GazetteerIndex::build(crate::nlp::gazetteer::Gazetteer::bundled());
        let words: Vec<&str> = sentence.split(' ').collect();
        let (mut positions, mut scratch) = (Vec::new(), String::new());
        gazetteer.tag_positions(&words, &mut positions, &mut scratch);
        let mut spans: Vec<Span> = spans.iter().map(|&(start, end, kind)| Span { start, end, kind }).collect();
        read_places_as_teams(&words, &mut spans, &positions, sentence_case(&words));
        spans.iter().map(|s| s.kind).collect()
    }

    use EntityType::*;

    #[test]
    fn towns_named_as_sides_of_a_contest_are_teams() {
        let s = "Hull edged Swindon 3-2 in front of a home crowd";
        assert_eq!(teams(s, &[(0, 1, Gpe), (2, 3, Loc)]), vec![Org, Org]);
        // A three-token score; a person stays a person.
        let s = "Swindon led 2 - 0 at half-time before Kowalski levelled for Hull";
        assert_eq!(teams(s, &[(0, 1, Gpe), (8, 9, Person), (11, 12, Gpe)]), vec![Org, Person, Org]);
        // A wire headline, all capitals, under its sport's slug.
        let s = "RUGBY - HULL STUN SWINDON IN THE RAIN";
        assert_eq!(teams(s, &[(2, 3, Gpe), (4, 5, Gpe)]), vec![Org, Org]);
        // A sport word without a score.
        let s = "Plymouth have signed a striker on loan for the rest of the campaign";
        assert_eq!(teams(s, &[(0, 1, Gpe)]), vec![Org]);
    }

    #[test]
    fn countries_venues_and_other_sentences_stay_places() {
        // National sides keep the country; the city after "in" is the venue.
        let s = "France beat Norway 4-1 in Lyon on Wednesday";
        assert_eq!(teams(s, &[(0, 1, Gpe), (2, 3, Gpe), (5, 6, Gpe)]), vec![Gpe, Gpe, Gpe]);
        // No contest: a year range and a vote count are no scores.
        let s = "Hull and Swindon voted 12 to 3 for the 2019-20 budget";
        assert_eq!(teams(s, &[(0, 1, Gpe), (2, 3, Gpe)]), vec![Gpe, Gpe]);
        // A person stays a person, whatever town shares the name.
        let s = "Marta Lindqvist scored in the second half as Hull won 1-0";
        assert_eq!(teams(s, &[(0, 2, Person), (8, 9, Gpe)]), vec![Person, Org]);
        // A number range is no score: no contest word or name beside it.
        let s = "Pupils aged 8 - 10 from Hull and Swindon took part in 2004 – 05";
        assert_eq!(teams(s, &[(5, 6, Gpe), (7, 8, Gpe)]), vec![Gpe, Gpe]);
        // Venues: after a preposition (past "the"), "the state of …", coordinated with a venue.
        let s = "The league final is played at the Riverside in Leeds and York , not in Denver , Colorado";
        let spans = [(7, 8, Gpe), (9, 10, Gpe), (11, 12, Gpe), (15, 16, Gpe), (17, 18, Gpe)];
        assert_eq!(teams(s, &spans), vec![Gpe; 5]);
        let s = "Swindon hosts the tournament in the state of Nevada";
        assert_eq!(teams(s, &[(0, 1, Gpe), (8, 9, Gpe)]), vec![Org, Gpe]);
        // Part of a country's name, and a place followed by a place noun.
        let s = "The Netherlands beat Kent county 2-1";
        assert_eq!(teams(s, &[(1, 2, Gpe), (3, 4, Gpe)]), vec![Gpe, Gpe]);
        // A model number after a company is no score.
        let s = "Acme flew its 737-800 jets from Hull to Swindon";
        assert_eq!(teams(s, &[(0, 1, Org), (6, 7, Gpe), (8, 9, Gpe)]), vec![Org, Gpe, Gpe]);
        // A sport named in running text is no cue.
        let s = "Fans in Hull watched the baseball final from Swindon";
        assert_eq!(teams(s, &[(2, 3, Gpe), (8, 9, Gpe)]), vec![Gpe, Gpe]);
        // A capitalised sport word opens a name outside headlines.
        let s = "The Arab League met in Cairo while Hull hosted talks";
        assert_eq!(teams(s, &[(1, 3, Org), (5, 6, Gpe), (7, 8, Gpe)]), vec![Org, Gpe, Gpe]);
        // "goal" has a non-sport sense and is no cue.
        let s = "The goal of the Swindon meeting was a new bypass";
        assert_eq!(teams(s, &[(3, 4, Gpe)]), vec![Gpe]);
    }
}
