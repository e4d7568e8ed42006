//! One labelling convention across the training corpora, the one CoNLL and OntoNotes use and most
//! sets already follow: names without their titles, leading articles or compass words; country
//! names as GPE in every role; demonyms as NORP; names whole where a converter cut them. Each
//! step mends a documented slip of one source and is applied to every set's gold alike.

use dramatis::nlp::lexicon::{COMPETITION_HEADS, STORM_WORDS, TITLES};
use dramatis::nlp::ner::{EntityType, Span};

/// A place is a GPE when the gazetteer knows exactly this phrase as a country or populated place
/// (not a demonym), else a LOC: the corpora have one location type, the tag set two. A place
/// mention that is exactly a demonym and nothing else ("Chinese" in "the Chinese government") is a
/// NORP — the shared NORP rule, which the converter applies to PER/ORG/MISC mentions only, while
/// Re-DocRED and BTC mark adjectival nationalities as places (236 of Re-DocRED dev's 300 such
/// words) and GMB, OntoNotes and CoNLL do not: left alone they teach that "German painter" names a place.
pub fn place_type(positions: &[u16], start: usize, end: usize) -> EntityType {
    use dramatis::nlp::ner::tables::gazetteer_bits as bits;
    let found = exact_gazetteer_bits(positions, start, end).unwrap_or(0);
    if found & (bits::COUNTRY | bits::PLACE) != 0 && found & bits::DEMONYM == 0 {
        EntityType::Gpe
    } else if found & bits::DEMONYM != 0 {
        EntityType::Norp
    } else {
        EntityType::Loc
    }
}

/// The gazetteer's kind bits for the phrase `start..end` when it is exactly one gazetteer phrase.
fn exact_gazetteer_bits(positions: &[u16], start: usize, end: usize) -> Option<u16> {
    let single = end - start == 1;
    let exact = positions[start] >> 8 == if single { 4 } else { 1 } && (single || positions[end - 1] >> 8 == 3);
    exact.then_some(positions[start] & 0xff)
}

/// The steps every set's converted mentions go through, in order (`positions` from
/// `GazetteerIndex::tag_positions` over `words`).
pub fn harmonise_mentions(spans: &mut Vec<Span>, positions: &[u16], words: &[String]) {
    extend_to_gazetteer_names(spans, positions, words);
    retype_country_names(spans, positions);
    join_country_names(spans, positions);
    join_nationality_to_organisation(spans);
    retype_competitions(spans, words);
    name_storms(spans, words);
}

/// A gold mention opened by a storm's opener ("Typhoon Haiyan", "Tropical Storm Erika";
/// `storm_words.txt`), or right after one the annotator left out ("Hurricane" + "Katrina" per, as
/// GMB marks them), is the storm's name and an EVENT: OntoNotes and GUM mark storms events and
/// Re-DocRED misc, where GMB marks them org, per or nat — which taught the tagger that storms are
/// organisations ("Cyclone Phailin" an actor, killing thousands).
fn name_storms(spans: &mut [Span], words: &[String]) {
    let openers: Vec<Vec<&str>> = STORM_WORDS.iter().map(|o| o.split(' ').collect()).collect();
    // The length of the longest opener that starts at word `start`.
    let opener_at = |start: usize| -> Option<usize> {
        openers
            .iter()
            .filter(|o| words.get(start..start + o.len()).is_some_and(|w| w.iter().zip(o.iter()).all(|(a, b)| a == b)))
            .map(Vec::len)
            .max()
    };
    let mut covered = vec![false; words.len()];
    for sp in spans.iter() {
        covered[sp.start..sp.end].fill(true);
    }
    for sp in spans.iter_mut().filter(|sp| sp.kind != EntityType::Date) {
        let before = (1..=2)
            .filter(|&n| n <= sp.start && !covered[sp.start - n..sp.start].contains(&true))
            .find(|&n| opener_at(sp.start - n) == Some(n));
        if let Some(n) = before {
            sp.start -= n;
            sp.kind = EntityType::Event;
        } else if opener_at(sp.start).is_some_and(|n| n < sp.end - sp.start) {
            sp.kind = EntityType::Event;
        }
    }
}

/// A gold mention whose last word heads a competition's name ("Asian Cup", "Australian Open",
/// "Olympics", `competition_heads.txt`) is an EVENT: OntoNotes and CrossNER mark sports events
/// events and CoNLL misc, where GMB's pre-annotation marks them org, gpe, geo or per (the "Davis
/// Cup" a person) and Re-DocRED misc, which taught the tagger that competitions are organisations.
fn retype_competitions(spans: &mut [Span], words: &[String]) {
    for sp in spans.iter_mut().filter(|sp| !matches!(sp.kind, EntityType::Event | EntityType::Date)) {
        let last = words[sp.end - 1].as_str();
        let names_one = COMPETITION_HEADS.iter().any(|&(head, alone)| head == last && (alone || sp.end - sp.start > 1));
        if names_one {
            sp.kind = EntityType::Event;
        }
    }
}

/// Gazetteer bits that read as a country and as nothing an organisation or nationality could be.
fn only_a_country(found: u16) -> bool {
    use dramatis::nlp::ner::tables::gazetteer_bits as bits;
    found & bits::COUNTRY != 0 && found & (bits::ORGANIZATION | bits::GROUP | bits::DEMONYM) == 0
}

/// A gold organisation or nationality mention that is exactly a country's name is a GPE: GMB marks
/// a country acting as a state org or gpe (1,814 and 1,246 mentions, against 21,035 geo) where
/// every other set and CoNLL mark the name a place in every role; the linker reads the metonymy.
fn retype_country_names(spans: &mut [Span], positions: &[u16]) {
    for sp in spans.iter_mut().filter(|sp| matches!(sp.kind, EntityType::Org | EntityType::Norp)) {
        if only_a_country(exact_gazetteer_bits(positions, sp.start, sp.end).unwrap_or(0)) {
            sp.kind = EntityType::Gpe;
        }
    }
}

/// Gold mentions that together cover exactly a multi-word country name (and nothing beyond it)
/// become one GPE mention of it: the tag set reads country names as GPE in every role (metonymy is
/// the linker's business), and a corpus that splits or mistypes such a name has slipped — GMB's
/// pre-annotation marks most multi-word country names org ("Cayman Islands", "United Arab
/// Emirates") or splits them ("Czech" gpe + "Republic" geo, "Sri" per + "Lanka" gpe), which taught
/// the tagger that such names are organisations or two mentions.
fn join_country_names(spans: &mut Vec<Span>, positions: &[u16]) {
    for (start, end) in multi_word_phrases(positions) {
        let country = only_a_country(positions[start] & 0xff);
        let inside = |sp: &Span| sp.start < end && sp.end > start;
        let within = spans.iter().filter(|sp| inside(sp)).all(|sp| sp.start >= start && sp.end <= end);
        let covered = (start..end).all(|i| spans.iter().any(|sp| sp.start <= i && i < sp.end));
        let already = spans.iter().any(|sp| sp.start == start && sp.end == end && sp.kind == EntityType::Gpe);
        if country && within && covered && !already {
            spans.retain(|sp| !inside(sp));
            let at = spans.partition_point(|sp| sp.start < start);
            spans.insert(at, Span { start, end, kind: EntityType::Gpe });
        }
    }
}

/// A nationality mention directly before an organisation's name is part of that name ("British
/// Army", "Romanian Air Force", "the Afghan Defense Ministry"): BTC, CrossNER, Re-DocRED and GUM
/// join them (534 mentions, against 23 split), GMB splits them (158, against 107 joined), which
/// taught the tagger to cut the nationality off and leave a generic "Army" as the organisation.
fn join_nationality_to_organisation(spans: &mut Vec<Span>) {
    let mut i = 0;
    while i + 1 < spans.len() {
        let (nationality, organisation) = (spans[i], spans[i + 1]);
        if nationality.kind == EntityType::Norp
            && organisation.kind == EntityType::Org
            && nationality.end == organisation.start
        {
            spans[i] = Span { start: nationality.start, end: organisation.end, kind: EntityType::Org };
            spans.remove(i + 1);
        }
        i += 1;
    }
}

/// The multi-word gazetteer phrases `tag_positions` marked, as `(start, end)`: each run of a
/// begin mark (1), inside marks (2) and a last mark (3).
fn multi_word_phrases(positions: &[u16]) -> Vec<(usize, usize)> {
    let mut phrases = Vec::new();
    let mut start = 0;
    while start < positions.len() {
        if positions[start] >> 8 != 1 {
            start += 1;
            continue;
        }
        let Some(last) = (start + 1..positions.len()).find(|&i| positions[i] >> 8 != 2) else { break };
        if positions[last] >> 8 == 3 {
            phrases.push((start, last + 1));
        }
        start = last + 1;
    }
    phrases
}

/// A gold mention that is the tail of a gazetteer name whose capitalised head words are left
/// unmarked ("United O · States B-LOC") grows to the whole name: a converter that keeps only the
/// head noun's part of a name has slipped (GUM's rule splits off "United" from every "United
/// States", "United Nations" and "United Kingdom"), and left alone the slip teaches the tagger that
/// the head word is something else.
fn extend_to_gazetteer_names(spans: &mut [Span], positions: &[u16], words: &[String]) {
    let unmarked = |spans: &[Span], i: usize| spans.iter().all(|sp| i < sp.start || i >= sp.end);
    let capitalised = |i: usize| words[i].chars().next().is_some_and(char::is_uppercase);
    for (start, end) in multi_word_phrases(positions) {
        let Some(tail) = spans.iter().position(|sp| sp.end == end && sp.start > start) else { continue };
        if (start..spans[tail].start).all(|i| unmarked(spans, i) && capitalised(i)) {
            let sp = &mut spans[tail];
            sp.start = start;
            if matches!(sp.kind, EntityType::Loc | EntityType::Gpe) {
                sp.kind = place_type(positions, start, end);
            }
        }
    }
}

/// Where a name starts once a leading lowercase determiner or compass word is cut off ("the
/// United States", "southern Lebanon" → "United States", "Lebanon"): Re-DocRED and GMB take them
/// into the mention, CoNLL, OntoNotes and the other sets do not, and the graph makes the region of
/// "southern Lebanon" itself. Dates, events and other names keep them ("the 1990s").
pub fn trim_name_lead(words: &[String], tag: &str, mut start: usize, end: usize) -> usize {
    use dramatis::nlp::lexicon::{DETERMINERS, DIRECTIONS};
    let name = matches!(tag.to_ascii_uppercase().as_str(), "PER" | "ORG" | "LOC" | "NORP" | "GEO" | "GPE");
    while name && end - start > 1 {
        let word = words[start].as_str();
        let lead = ["a", "an"].contains(&word) || DETERMINERS.contains(&word) || DIRECTIONS.contains(&word);
        if !lead {
            break;
        }
        start += 1;
    }
    start
}

/// Where a person's name starts once leading titles ("Prime Minister", "Mr.") are split off, or
/// `None` when the mention is only a title: names are what the tagger marks, titles are cues.
pub fn strip_person_titles(words: &[String], mut start: usize, end: usize) -> Option<usize> {
    while end - start > 1 && TITLES.is_tagger_title(&words[start]) {
        start += 1;
    }
    (!TITLES.is_tagger_title(&words[start])).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpora::tests::{gazetteer, sentence};
    use crate::corpora::{read_bio, spec};

    #[test]
    fn titles_are_split_off_person_names() {
        let s = sentence(
            &["Prime", "Minister", "Tony", "Blair", "met", "Mr.", "Bush", "."],
            &["B-per", "I-per", "I-per", "I-per", "O", "B-per", "I-per", "O"],
        );
        assert_eq!(
            s.spans,
            vec![
                Span { start: 2, end: 4, kind: EntityType::Person },
                Span { start: 6, end: 7, kind: EntityType::Person }
            ]
        );
        // A title alone is not a person.
        let s = sentence(&["The", "President", "spoke"], &["O", "B-per", "O"]);
        assert!(s.spans.is_empty());
    }

    /// Mentions that mistype or split a multi-word country name become one GPE; an organisation
    /// named after a country, a partial cover and a mention reaching past the name stay as they are.
    #[test]
    fn mentions_that_are_a_country_name_become_one_gpe() {
        let spans = |words: &[&str], tags: &[&str]| -> Vec<(usize, usize, EntityType)> {
            sentence(words, tags).spans.iter().map(|s| (s.start, s.end, s.kind)).collect()
        };
        use EntityType::{Gpe, Org, Person};
        assert_eq!(
            spans(&["Ships", "left", "the", "Marshall", "Islands", "."], &["O", "O", "O", "B-org", "I-org", "O"]),
            vec![(3, 5, Gpe)]
        );
        assert_eq!(
            spans(&["Envoys", "from", "Sri", "Lanka", "arrived"], &["O", "O", "B-per", "B-gpe", "O"]),
            vec![(2, 4, Gpe)]
        );
        assert_eq!(
            spans(&["The", "Bank", "of", "New", "Zealand", "fell"], &["O", "B-org", "I-org", "I-org", "I-org", "O"]),
            vec![(1, 5, Org)],
            "an organisation whose name goes beyond the country's"
        );
        assert_eq!(
            spans(&["In", "New", "Zealand", "Ann", "Lee", "won"], &["O", "O", "B-geo", "B-per", "I-per", "O"]),
            vec![(1, 3, Gpe), (3, 5, Person)],
            "the unmarked head of a name joins its marked tail"
        );
        assert_eq!(
            spans(&["In", "new", "Zealand", "offices"], &["O", "O", "B-geo", "O"]),
            vec![(2, 3, EntityType::Loc)],
            "a lowercase word is no name's head"
        );
    }

    /// Unmarked capitalised head words of a gazetteer name join the marked tail (keeping an
    /// organisation's type); two marked parts of a country's name still join into one GPE.
    #[test]
    fn unmarked_heads_of_names_join_their_tails() {
        let bio = read_bio(
            "Envoys\tO\nof\tO\nthe\tO\nUnited\tO\nNations\tB-ORG\nflew\tO\nto\tO\nthe\tO\nUnited\tO\n\
             Kingdom\tB-LOC\n\nUnited\tB-PER\nKingdom\tB-LOC\nwas\tO\nhis\tO\nhorse\tO\n",
        )
        .unwrap();
        let g = gazetteer();
        let spans = |i: usize| -> Vec<(usize, usize, EntityType)> {
            spec("gum").unwrap().convert(&bio[i], &g).spans.iter().map(|s| (s.start, s.end, s.kind)).collect()
        };
        assert_eq!(spans(0), vec![(3, 5, EntityType::Org), (8, 10, EntityType::Gpe)]);
        assert_eq!(spans(1), vec![(0, 2, EntityType::Gpe)], "two marked parts of a country's name join as before");
    }

    /// Names lose a leading lowercase article or compass word; dates and capitalised "The" keep theirs.
    #[test]
    fn names_start_at_their_first_name_word() {
        let bio = read_bio(
            "Pilots\tO\nfrom\tO\nthe\tB-LOC\nUnited\tI-LOC\nKingdom\tI-LOC\nflew\tO\nover\tO\nnorthern\tB-LOC\n\
             Chile\tI-LOC\nin\tO\nthe\tB-DATE\n1990s\tI-DATE\nfor\tO\nThe\tB-ORG\nTimes\tI-ORG\n",
        )
        .unwrap();
        let spans: Vec<_> = spec("redocred")
            .unwrap()
            .convert(&bio[0], &gazetteer())
            .spans
            .iter()
            .map(|s| (s.start, s.end, s.kind))
            .collect();
        use EntityType::{Date, Gpe, Org};
        assert_eq!(spans, vec![(3, 5, Gpe), (8, 9, Gpe), (10, 12, Date), (13, 15, Org)]);
    }

    /// A country's name marked as an organisation or nationality is a GPE; a longer organisation
    /// name and a person stay as they are.
    #[test]
    fn country_names_are_places_in_every_role() {
        let bio = read_bio(
            "Norway\tB-ORG\nsigned\tO\n,\tO\nsaid\tO\nPeru\tB-NORP\nand\tO\nBank\tB-ORG\nof\tI-ORG\nNorway\tI-ORG\n\
             and\tO\nChad\tB-PER\nSmith\tI-PER\n",
        )
        .unwrap();
        let kinds: Vec<_> = spec("btc").unwrap().convert(&bio[0], &gazetteer()).spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![EntityType::Gpe, EntityType::Gpe, EntityType::Org, EntityType::Person]);
    }

    /// A place mention that is only a demonym is a NORP in every corpus; countries stay GPE and
    /// other places LOC.
    #[test]
    fn demonyms_marked_as_places_become_nationalities() {
        let bio = read_bio(
            "Norwegian\tB-LOC\nskiers\tO\nreached\tO\nKenya\tB-LOC\nand\tO\nthe\tO\nAtlas\tB-LOC\nMountains\tI-LOC\n",
        )
        .unwrap();
        let kinds: Vec<_> =
            spec("redocred").unwrap().convert(&bio[0], &gazetteer()).spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![EntityType::Norp, EntityType::Gpe, EntityType::Loc]);
    }

    #[test]
    fn a_nationality_before_an_organisation_is_part_of_its_name() {
        let bio = read_bio(
            "Chilean\tB-NORP\nNavy\tB-ORG\nships\tO\nmet\tO\nPeruvian\tB-NORP\nfishermen\tO\nnear\tO\n\
             the\tO\nDanish\tB-NORP\n,\tO\nRed\tB-ORG\nCross\tI-ORG\nboat\tO\n",
        )
        .unwrap();
        let spans = spec("crossner-politics").unwrap().convert(&bio[0], &gazetteer()).spans;
        let read: Vec<_> = spans.iter().map(|s| (s.start, s.end, s.kind)).collect();
        assert_eq!(
            read,
            vec![
                (0, 2, EntityType::Org),
                (4, 5, EntityType::Norp),
                (8, 9, EntityType::Norp),
                (10, 12, EntityType::Org)
            ]
        );
    }

    #[test]
    fn competitions_are_events() {
        let bio = read_bio(
            "Kowalski\tB-PER\nwon\tO\nthe\tO\nQatar\tB-LOC\nOpen\tI-LOC\nand\tO\nthe\tO\nHarlow\tB-ORG\n\
             Cup\tI-ORG\nbefore\tO\nthe\tO\nOlympics\tB-LOC\n,\tO\nsponsored\tO\nby\tO\nCup\tB-ORG\n.\tO\n",
        )
        .unwrap();
        let spans = spec("btc").unwrap().convert(&bio[0], &gazetteer()).spans;
        let read: Vec<_> = spans.iter().map(|s| (s.start, s.end, s.kind)).collect();
        use EntityType::{Event, Org, Person};
        // A one-word "Cup" is no competition's name; "Olympics" alone is.
        assert_eq!(read, vec![(0, 1, Person), (3, 5, Event), (7, 9, Event), (11, 12, Event), (15, 16, Org)]);
    }

    #[test]
    fn named_storms_are_events() {
        // Typhoon(0) Ondrel(1) hit(2) Storm(3) Lake(4) ,(5) then(6) Hurricane(7) Bexa(8) and(9)
        // Tropical(10) Storm(11) Lune(12) ;(13) Tropical(14) Medicine(15) and(16) Cyclone(17) .(18)
        let bio = read_bio(
            "Typhoon\tB-ORG\nOndrel\tI-ORG\nhit\tO\nStorm\tB-LOC\nLake\tI-LOC\n,\tO\nthen\tO\n\
             Hurricane\tO\nBexa\tB-PER\nand\tO\nTropical\tO\nStorm\tO\nLune\tB-MISC\n;\tO\n\
             Tropical\tB-ORG\nMedicine\tI-ORG\nand\tO\nCyclone\tB-ORG\n.\tO\n",
        )
        .unwrap();
        let spans = spec("btc").unwrap().convert(&bio[0], &gazetteer()).spans;
        let read: Vec<_> = spans.iter().map(|s| (s.start, s.end, s.kind)).collect();
        use EntityType::{Event, Loc, Org};
        // The opener joins a name left outside it; a town, a field and a lone opener stay.
        assert_eq!(
            read,
            vec![(0, 2, Event), (3, 5, Loc), (7, 9, Event), (10, 13, Event), (14, 16, Org), (17, 18, Org)]
        );
    }
}
