//! Tests of plural references — "they" and "the three countries" — each in new sentences.

use super::tests::with_only;

/// What "they" refers to, in text order, with every pass on.
fn they(text: &str) -> Vec<String> {
    they_or_their(text, "they")
}

/// What the pronoun `word` refers to, in text order, with every pass on.
fn they_or_their(text: &str, word: &str) -> Vec<String> {
    with_only(text, None).into_iter().filter(|(s, _)| s.eq_ignore_ascii_case(word)).map(|(_, id)| id).collect()
}

#[test]
fn they_opening_a_sentence_is_the_pair_the_last_one_opened_with() {
    let ids = they("Chile and Bolivia signed a border accord in Arica on Monday. They agreed to reopen two crossings.");
    assert!(ids.contains(&"country:CHL".to_string()) && ids.contains(&"country:BOL".to_string()), "{ids:?}");
    assert_eq!(ids.len(), 2, "{ids:?}");
    // A list closed by "and", with an aside before the verb of saying.
    let ids = they("Peru, Ecuador and Chile, which share the fishing grounds, said they would patrol them together.");
    assert_eq!(ids.len(), 3, "{ids:?}");
    // A phrase of time or manner between the verb and its "that".
    let ids = they("Peru and Ecuador announced on Sunday that they would leave the customs union.");
    assert_eq!(ids.len(), 2, "{ids:?}");
    let ids = they("Peru and Ecuador said in a joint statement that they would leave the customs union.");
    assert_eq!(ids.len(), 2, "{ids:?}");
}

#[test]
fn they_after_a_verb_of_saying_is_its_plural_subject() {
    // An armed group, and a state's officials or troops.
    let ids = they("The Tarvos Liberation Front said they had shelled the harbour.");
    assert!(ids.len() == 1 && ids[0].starts_with("group:"), "{ids:?}");
    let ids = they("Chilean officials say they have closed the pass for the winter.");
    assert_eq!(ids, ["country:CHL"], "{ids:?}");
    // An owner is not a subject of its own: the two firms, not their countries.
    let ids = they("Chile's Andina Mining Corporation and Peru's Rimac Copper Company say they will merge.");
    assert!(ids.len() == 2 && ids.iter().all(|id| id.starts_with("organization:")), "{ids:?}");
}

#[test]
fn they_stays_alone_when_the_subject_is_unnamed_or_singular() {
    // The speakers are unnamed officials, not the pair named before.
    assert!(they("Chile and Bolivia met in Arica. Officials said they would meet again.").is_empty());
    // One country is "it": the traders are not Chile.
    assert!(they("Chile closed the crossing, and traders said they had lost money.").is_empty());
    // After a subordinator "they" is as often the object ("as they fled": the men).
    assert!(they("Chilean and Bolivian troops stopped three smugglers as they crossed the river.").is_empty());
    // A number opens the sentence: the passengers, not their countries.
    assert!(they("Six Chileans and two Peruvians were on board. They survived.").is_empty());
}

#[test]
fn the_three_countries_are_the_latest_list_of_three() {
    let text = "Chile, Peru and Bolivia left the customs union on Monday. In May the three countries signed a \
                water accord.";
    let f = with_only(text, None);
    let ids: Vec<&String> = f.iter().filter(|(s, _)| s == "the three countries").map(|(_, id)| id).collect();
    assert_eq!(ids.len(), 3, "{f:?}");
    assert!(["country:CHL", "country:PER", "country:BOL"].iter().all(|c| ids.iter().any(|id| id == c)), "{f:?}");
    // A list of four is not "the three", nor the tail of it.
    let text = "Chile, Peru, Ecuador and Bolivia left the customs union. In May the three countries signed a deal.";
    let f = with_only(text, None);
    assert!(!f.iter().any(|(s, _)| s == "the three countries"), "{f:?}");
}

#[test]
fn their_is_the_plural_names_it_follows_or_the_subject_it_continues() {
    // Joined by "and" or "for" right before it.
    let ids = they_or_their("The Tarvos Liberation Front and their allies shelled the port.", "their");
    assert!(ids.len() == 1 && ids[0].starts_with("group:"), "{ids:?}");
    let ids = they_or_their("The envoy criticised Chile and Peru for their fishing quotas.", "their");
    assert_eq!(ids.len(), 2, "{ids:?}");
    // Opening a sentence, or a clause after "but": the subject the sentence opened with.
    let ids = they_or_their("Chile and Bolivia restored ties in 2019, but their trade has stalled.", "their");
    assert_eq!(ids.len(), 2, "{ids:?}");
    // Not after a place preposition, nor an object's "and" ("killed two engineers and their driver").
    assert!(they_or_their("Protesters clashed with Chilean officials in their capital.", "their").is_empty());
    assert!(they_or_their("Chilean troops killed two smugglers and their driver.", "their").is_empty());
}
