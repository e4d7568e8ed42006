//! Tests of where violence struck and of an event told again (headline, then body), written as
//! new sentences.

use super::tests::{roles, run};
use super::*;
use crate::model::EdgeKind;

fn strikes(events: &[EventFinding]) -> Vec<&EventFinding> {
    events.iter().filter(|e| e.trigger.contains("strike")).collect()
}

#[test]
fn the_place_after_a_violent_nouns_on_or_of_is_where_it_struck() {
    let text = "A drone strike on the port of Mariupol destroyed two cranes.";
    let (events, _, a) = run(text);
    let strike = strikes(&events)[0];
    assert_eq!(roles(text, &a, strike, EdgeKind::Location), ["Mariupol"], "{events:?}");
    let text = "Survivors of the shelling of Kharkiv gathered in a park.";
    let (events, _, a) = run(text);
    let shelling = events.iter().find(|e| e.trigger == "shelling").expect("the shelling is an event");
    assert_eq!(roles(text, &a, shelling, EdgeKind::Location), ["Kharkiv"], "{events:?}");
    // "blamed the attack on X": whom it is blamed on, not where it struck.
    let text = "The governor blamed the attack on Tartus and called for calm.";
    let (events, _, a) = run(text);
    assert!(events.iter().all(|e| roles(text, &a, e, EdgeKind::Location).is_empty()), "{events:?}");
}

#[test]
fn violence_told_again_at_the_same_place_by_the_same_side_is_one_event() {
    let text = "Russian drone strike on Kharkiv market kills three\n\nA Russian drone strike on a market in \
                Kharkiv killed three people on Sunday, the regional governor said.";
    let (events, _, a) = run(text);
    let told = strikes(&events);
    assert_eq!(told.len(), 1, "headline and body tell one strike: {events:?}");
    assert_eq!(told[0].mentions.len(), 2);
    assert_eq!(roles(text, &a, told[0], EdgeKind::Location), ["Kharkiv"]);
    // Told as another, or on another day, it is another.
    for retold in [
        "Russia launched another drone strike on Kharkiv.",
        "A Russian drone strike on Kharkiv killed two people on Wednesday.",
    ] {
        let text = format!("A Russian drone strike on Kharkiv killed three people on Sunday. {retold}");
        let (events, _, _) = run(&text);
        assert_eq!(strikes(&events).len(), 2, "{retold}: {events:?}");
    }
    // A strike during an offensive is not the offensive.
    let text = "A Russian offensive in Kharkiv began in May. A Russian strike in Kharkiv hit a depot.";
    let (events, _, _) = run(text);
    assert!(strikes(&events).len() == 1 && events.iter().any(|e| e.trigger == "offensive"), "{events:?}");
}
