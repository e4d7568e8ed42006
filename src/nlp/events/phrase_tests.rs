//! Tests of the phrases around a trigger, written as new sentences: participles and asides that a
//! clause's verb closes, names of laws ending in an event noun, a pair described after "between",
//! "since" used as an adverb, compounds whose head is not the event.

use super::tests::{roles, run};
use crate::model::EdgeKind;

/// "Ministers meeting in Lima froze the assets of X": a participle right after a plural noun is a
/// clause on that noun; the sentence's verb after it closes it, and its objects take no part.
#[test]
fn the_main_verb_closes_a_participle_on_a_noun() {
    for text in [
        "Ministers meeting in Lima froze the assets of Banco Andino.",
        "The measures, agreed by ministers meeting in Lima, freeze the assets of Banco Andino.",
        "Delegates meeting in Lima have agreed to lift sanctions on Banco Andino.",
    ] {
        let (events, _, a) = run(text);
        for meeting in events.iter().filter(|e| e.trigger == "meeting") {
            let parties = roles(text, &a, meeting, EdgeKind::Participant);
            assert!(!parties.contains(&"Banco Andino".to_string()), "{text}: {events:?}");
        }
    }
    // Before the verb, the participle's own object takes part; an adjective in -ed is no verb.
    let text = "Troops fighting Bolivian rebels in landlocked Paraguay were withdrawn.";
    let (events, _, a) = run(text);
    let fighting = events.iter().find(|e| e.trigger == "fighting").expect("the fighting is an event");
    assert!(roles(text, &a, fighting, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
}

/// "Peru's junta, led by Ana Ortiz since a coup in 2022, has expelled Chilean troops": an event
/// noun inside an aside takes no part from the names of the clause's verb after it; a noun that
/// heads the subject before the aside keeps them.
#[test]
fn an_event_inside_an_aside_takes_no_names_from_the_clause_after_it() {
    let text = "Peru's junta, led by Ana Ortiz since a coup in 2022, has expelled Chilean troops.";
    let (events, _, a) = run(text);
    for coup in events.iter().filter(|e| e.trigger == "coup") {
        assert!(!roles(text, &a, coup, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    }
    let text = "The talks, held in Oslo, were attended by Chile and Peru.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
}

/// "the Treaty of Armed Hostilities", "a Cessation of Hostilities": an event noun ending the name
/// of a law or an accord after "of" tells no event; hostilities told in lower case are one, and so
/// is a named battle ("the Battle of Tarma").
#[test]
fn an_event_noun_ending_another_name_is_no_event() {
    let (events, _, _) = run("Peru said it complies with the Code of Armed Hostilities in its war on the Tupac Front.");
    assert!(!events.iter().any(|e| e.trigger == "hostilities"), "{events:?}");
    let (events, _, _) = run("Chile and Bolivia must support a nationwide Cessation of Hostilities.");
    assert!(!events.iter().any(|e| e.trigger == "hostilities"), "{events:?}");
    let (events, _, _) = run("The Tupac Front has waged open hostilities against Peru since 1984.");
    assert!(events.iter().any(|e| e.trigger == "hostilities"), "{events:?}");
    let (events, _, _) =
        run("Tupac Front Accused of Attacks on Peru\n\nLima said on Monday the front had attacked it.");
    assert!(events.iter().any(|e| e.trigger == "attacks"), "{events:?}");
    let (events, _, _) = run("Chile defeated Peru in the Battle of Tarma.");
    assert!(events.iter().any(|e| e.trigger == "battle"), "{events:?}");
}

/// "talks between the two countries": a description of a pair, resolved to the two actors named
/// together before, is both sides of "between" — they alone take part, a name before the noun
/// does not.
#[test]
fn a_pair_description_after_between_is_both_sides() {
    let text = "Chile and Bolivia reopened their border crossings on Monday. Officials in Peru said the Andean \
                Forum had proposed talks between the two countries.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Chile"], "{events:?}");
}

/// "have since held talks": "since" before a verb is an adverb ("since then"), no phrase of time
/// nor a clause of its own — the names before it are the verb's subjects.
#[test]
fn since_before_a_verb_is_an_adverb() {
    let text = "Chile and Peru closed the border in May. The two countries have since held talks in Arica.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    let text = "Bolivia and Peru have since met twice in La Paz.";
    let (events, _, a) = run(text);
    let met = events.iter().find(|e| e.trigger == "meet").expect("the meeting is an event");
    assert_eq!(roles(text, &a, met, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    // "since Chilean-led forces took …" opens a clause: its subject is no party to the talks.
    let text = "Peru has held talks with Bolivia since Chilean-backed rebels seized Tacna.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    // A phrase of time still sets its event noun apart: "since the war" dates the clause.
    let text = "Chile has hosted refugees from Peru since the war.";
    let (events, _, a) = run(text);
    assert!(events.iter().filter(|e| e.trigger == "war").all(|w| roles(text, &a, w, EdgeKind::Participant).is_empty()));
}

/// "talks on ceasefire compliance": a compound is head-final, so the ceasefire only classifies
/// the compliance the talks are about — no ceasefire event of its own.
#[test]
fn a_ceasefire_before_compliance_is_no_event() {
    let (events, _, _) = run("Chile and Peru held talks on ceasefire compliance in Arica.");
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    assert_eq!(triggers, ["talks"], "{events:?}");
}

/// "Exchanged fire", "traded heavy gunfire": an exchange of fire or blows is a fight; an exchange
/// of prisoners stays an exchange.
#[test]
fn an_exchange_of_fire_is_a_fight() {
    for text in [
        "Chilean troops and Peruvian soldiers exchanged fire near Tacna on Friday.",
        "Bolivian police and smugglers traded heavy gunfire outside Oruro.",
    ] {
        let (events, _, _) = run(text);
        assert!(events.iter().any(|e| e.root == 19), "{text}: {events:?}");
        assert!(!events.iter().any(|e| e.root == 6), "{text}: {events:?}");
    }
    let (events, _, _) = run("Chile and Peru exchanged 40 prisoners in Tacna on Friday.");
    assert!(events.iter().any(|e| e.root == 6) && !events.iter().any(|e| e.root == 19), "{events:?}");
}

/// "Signed a defence pact": a pact is an agreement, as an accord or a treaty is.
#[test]
fn a_pact_is_an_agreement() {
    for text in ["Chile and Peru signed a defence pact in Lima on Monday.", "Chile and Peru signed two pacts in Lima."]
    {
        let (events, _, _) = run(text);
        assert!(events.iter().any(|e| e.root == 5 && e.trigger.starts_with("pact")), "{text}: {events:?}");
    }
}

/// "$2 million in damages", "a claim for arms": a verb's "-s" form after a preposition is a plural
/// noun, no event; the plural of an event noun stays one ("killed in ambushes").
#[test]
fn a_verbs_s_form_after_a_preposition_is_a_plural_noun() {
    for text in [
        "A court in Lima ordered Chile to pay $2 million in damages to Peru.",
        "Peru asked Chile for arms and loans on Monday.",
    ] {
        let (events, _, _) = run(text);
        assert!(!events.iter().any(|e| ["damage", "arm", "loan"].contains(&e.trigger.as_str())), "{text}: {events:?}");
    }
    let text = "Six Chilean soldiers were killed in ambushes near Tacna.";
    let (events, _, _) = run(text);
    assert!(events.iter().any(|e| e.trigger.starts_with("ambush")), "{events:?}");
}

/// "a truce with the government in Lima": a government's noun and "in" before a capital name the
/// state as a party; "officials in Lima" only say where the officials are.
#[test]
fn the_government_in_a_capital_is_its_state() {
    let text = "Andean rebels signed a truce with the government in Lima on Monday.";
    let (events, _, a) = run(text);
    let truce = events.iter().find(|e| e.trigger == "truce").expect("the truce is an event");
    assert!(roles(text, &a, truce, EdgeKind::Participant).contains(&"Peru".to_string()), "{events:?}");
    let text = "Officials in Lima said Chilean troops attacked a border post.";
    let (events, _, a) = run(text);
    for e in &events {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Peru".to_string()), "{events:?}");
    }
}

/// "signed an accord that creates a board based in Arica": where a body a cue says is based
/// (`headquarters_cues.txt`) is not where the event happened; "in Arica" alone is.
#[test]
fn where_a_body_is_based_is_not_where_the_event_was() {
    let located = |text: &str| {
        let (events, _, a) = run(text);
        let accord = events.iter().find(|e| e.trigger == "accord").unwrap_or_else(|| panic!("{events:?}"));
        roles(text, &a, accord, EdgeKind::Location)
    };
    let based = located("Chile and Peru signed an accord on Monday that creates a fisheries board based in Arica.");
    assert!(based.is_empty(), "{based:?}");
    let signed = located("Chile and Peru signed an accord in Arica on Monday.");
    assert_eq!(signed, ["Arica"]);
}
