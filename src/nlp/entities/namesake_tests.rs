//! Tests of which namesake a place's name means, of country adjectives that name a community and
//! of dates before an acronym, each in new sentences.

use super::tests::{has, with_only};
use super::*;

/// A smaller namesake wins only in a country the article is set in, not in one it names only as
/// a party: "talks in Geneva" between Iran and the United States are in Switzerland.
#[test]
fn a_namesake_in_a_party_country_does_not_beat_the_larger_place() {
    let f = with_only("Iranian and American envoys will meet in Geneva on Monday to discuss prisoners.", None);
    assert!(has(&f, "Geneva", "place:geonames:2660646"), "{f:?}");
    // Set there: fighting "in eastern Nepal", "east of Kathmandu" — Nepal's small Ilam, not Iran's.
    let f = with_only(
        "Police said gunmen attacked a bank in eastern Nepal. The raid in Ilam, 600 kilometres east of \
         Kathmandu, left two guards hurt.",
        None,
    );
    assert!(has(&f, "Ilam", "place:geonames:1283333"), "{f:?}");
    // The country an article names most often is where it is set ("Nepali" three times).
    let f = with_only(
        "Nepali police said Nepali troops guarded Ilam on Sunday. Nepali leaders thanked India for aid.",
        None,
    );
    assert!(has(&f, "Ilam", "place:geonames:1283333"), "{f:?}");
}

#[test]
fn rule_community_adjective() {
    let text = "Bosnian Serb gunmen fired on a bus near Tuzla. Iraqi Kurds voted. The Bosnian government protested.";
    let f = with_only(text, None);
    let bosnia = f.iter().filter(|(s, id)| s == "Bosnian" && id == "country:BIH").count();
    assert_eq!(bosnia, 1, "only the government's adjective: {f:?}");
    assert!(!has(&f, "Iraqi", "country:IRQ"), "{f:?}");
    let off: Vec<&str> = PASSES.iter().map(|r| r.name).filter(|n| *n != "community-adjective").collect();
    let without = with_only(text, Some(&[&["gazetteer-name", "tagger-name"][..], &off[..]].concat()));
    let bosnia = without.iter().filter(|(s, id)| s == "Bosnian" && id == "country:BIH").count();
    assert_eq!(bosnia, 2, "{without:?}");
}

/// "LIMA, March 3 (MC) —": a date before an acronym in parentheses is no name it abbreviates.
#[test]
fn a_date_is_no_acronyms_expansion() {
    let f = with_only("LIMA, March 3 (MC) — Police detained ten protesters near the port.", None);
    assert!(!f.iter().any(|(s, _)| s.starts_with("March")), "{f:?}");
    // A name before the acronym still is.
    let f = with_only("The Tarvos Mining Corporation (TMC) closed the port.", None);
    assert!(has(&f, "Tarvos Mining Corporation", "organization:"), "{f:?}");
}
