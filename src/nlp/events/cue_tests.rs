//! Tests of the cues that name an event's mediators and hosts ("brokered by X", "under the
//! auspices of X", "X hosted talks"): which event a cue tells of, and where its list of names ends
//! — in new sentences.

use super::tests::{roles, run};
use crate::model::{EdgeKind, Role};

/// "negotiations in Lima, brokered by Norway, and signed an accord": the cue tells of the noun it
/// follows, not of a later event.
#[test]
fn a_cue_phrase_tells_of_the_event_noun_it_follows() {
    let text = "Chile and Peru resumed negotiations in Lima, brokered by Norway, and signed a border accord.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "negotiations").expect("the negotiations are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["Norway"], "{events:?}");
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert!(roles(text, &a, accord, EdgeKind::Mediator).is_empty(), "{events:?}");
    // Before its own event with no other noun between, it still tells of it.
    let text = "Under the auspices of Norway the two sides signed a border accord.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert_eq!(roles(text, &a, accord, EdgeKind::Mediator), ["Norway"], "{events:?}");
}

/// "Under the auspices of Norway, Chile and Peru signed …": the names after the fronted phrase's
/// comma are the clause's subject; a list after the cue keeps going otherwise.
#[test]
fn a_fronted_cue_phrase_ends_at_the_subject() {
    let text = "Under the auspices of Norway, Chile and Peru signed a border accord.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert_eq!(roles(text, &a, accord, EdgeKind::Mediator), ["Norway"], "{events:?}");
    let text = "The accord was brokered by Qatar, former Kenyan President Uhuru Kenyatta and Egypt.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert_eq!(roles(text, &a, accord, EdgeKind::Mediator), ["Egypt", "Qatar", "Uhuru Kenyatta"], "{events:?}");
}

/// "X signed an accord with Y and Z, and hosted talks in Lima": the host of a second predicate is
/// no object of the first, and the second predicate's place is not the accord's.
#[test]
fn a_second_predicate_has_its_own_host_and_place() {
    let text = "Last year Ines Varga signed a trade accord with Chile and Peru, and hosted talks between \
                Bolivia and Ecuador in Lima.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    let hosts = roles(text, &a, talks, EdgeKind::Host);
    assert!(!hosts.iter().any(|h| h == "Chile" || h == "Peru"), "{hosts:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Lima"], "{events:?}");
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert!(roles(text, &a, accord, EdgeKind::Location).is_empty(), "{events:?}");
}

#[test]
fn a_second_passive_predicate_has_its_own_place() {
    // "and" before an auxiliary and a participle opens a predicate whose place is its own.
    let text = "Two Chilean soldiers were wounded in the ambush and were flown to a clinic in Peru.";
    let (events, _, a) = run(text);
    let ambush = events.iter().find(|e| e.trigger == "ambush").expect("the ambush is an event");
    assert!(roles(text, &a, ambush, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Bolivian troops attacked the depot and had withdrawn to Oruro by noon.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Location).is_empty(), "{events:?}");
}

#[test]
fn an_infinitive_of_brokering_takes_the_sentences_subject_as_mediator() {
    let text = "Mediators from Chile and Peru resumed efforts on Monday to broker a truce between Bolivia and Ecuador.";
    let (events, _, a) = run(text);
    let truce = events.iter().find(|e| e.trigger == "truce").expect("the truce is an event");
    let mut mediators = roles(text, &a, truce, EdgeKind::Mediator);
    mediators.sort();
    assert_eq!(mediators, ["Chile", "Peru"], "{events:?}");
    let mut parties = roles(text, &a, truce, EdgeKind::Participant);
    parties.sort();
    assert_eq!(parties, ["Bolivia", "Ecuador"], "{events:?}");
    // An object before "to" is the one who brokers.
    let text = "Chile urged Bolivia to mediate talks with Ecuador.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["Bolivia"], "{events:?}");
}

/// "Chile, which has long hosted talks between A and B, …": the name a relative clause hangs on
/// is the subject of its hosting or mediating verb, however many auxiliaries and adverbs follow
/// the pronoun.
#[test]
fn the_antecedent_of_a_relative_clause_hosts_or_mediates() {
    let text = "Chile, which has long hosted indirect talks between Bolivia and Ecuador, urged calm.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Host), ["Chile"], "{events:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Ecuador"], "{events:?}");
}

/// "X mediated between A and B": with no event noun, the mediating verb is the event — its
/// subject mediates, the two sides of "between" take part as equals; before an event noun the
/// verb stays a role ("brokered a truce between …").
#[test]
fn mediating_between_two_sides_is_a_mediation() {
    let text = "Chile quietly mediated between Bolivia and Ecuador in Lima last spring.";
    let (events, _, a) = run(text);
    let mediation = events.iter().find(|e| e.trigger == "mediate").expect("the mediation is an event");
    assert_eq!(roles(text, &a, mediation, EdgeKind::Mediator), ["Chile"], "{events:?}");
    assert_eq!(roles(text, &a, mediation, EdgeKind::Participant), ["Bolivia", "Ecuador"], "{events:?}");
    assert!(mediation.roles.iter().all(|r| r.kind != EdgeKind::Participant || r.role == Some(Role::Participant)));
    assert_eq!(roles(text, &a, mediation, EdgeKind::Location), ["Lima"], "{events:?}");
    let text = "Norway is mediating directly between Colombia and Venezuela.";
    let (events, _, a) = run(text);
    let mediation = events.iter().find(|e| e.trigger == "mediate").expect("the mediation is an event");
    assert_eq!(roles(text, &a, mediation, EdgeKind::Mediator), ["Norway"], "{events:?}");
    let text = "Chile brokered a truce between Bolivia and Ecuador.";
    let (events, _, _) = run(text);
    assert!(events.iter().all(|e| e.trigger != "broker" && e.trigger != "mediate"), "{events:?}");
}

/// "shelled Tarija", "bombed the port of Arica", "Cochabamba was attacked by …": the place a verb
/// of violence acts on is where it happened.
#[test]
fn the_place_a_violent_verb_acts_on_is_where_it_happened() {
    let text = "Bolivian artillery shelled Tarija overnight.";
    let (events, _, a) = run(text);
    let shelling = events.iter().find(|e| e.trigger == "shell").expect("the shelling is an event");
    assert_eq!(roles(text, &a, shelling, EdgeKind::Location), ["Tarija"], "{events:?}");
    let text = "Chilean jets bombed the port of Arica and the town of Tacna.";
    let (events, _, a) = run(text);
    let bombing = events.iter().find(|e| e.trigger == "bomb").expect("the bombing is an event");
    assert_eq!(roles(text, &a, bombing, EdgeKind::Location), ["Arica"], "{events:?}");
    let text = "Cochabamba was attacked by Peru on Monday.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert_eq!(roles(text, &a, attack, EdgeKind::Location), ["Cochabamba"], "{events:?}");
    // A place in a phrase of the passive's subject is not it.
    let text = "The garrison west of Tarija was attacked by Peru.";
    let (events, _, a) = run(text);
    assert!(events.iter().all(|e| roles(text, &a, e, EdgeKind::Location).is_empty()), "{events:?}");
    // Not across a phrase with a noun of its own: the convoy was struck, somewhere unnamed.
    let text = "Peru struck a supply convoy bound for Tarija.";
    let (events, _, a) = run(text);
    let strike = events.iter().find(|e| e.trigger == "strike").expect("the strike is an event");
    assert!(roles(text, &a, strike, EdgeKind::Location).is_empty(), "{events:?}");
}

/// "Chile and Peru signed an accord after talks in Lima": talks with no parties of their own after
/// "after" or "following" are those of their clause's subject — of the reported clause when a
/// speaker names it, after the comma when the phrase is fronted.
#[test]
fn talks_after_which_a_clause_acts_are_its_subjects() {
    for text in [
        "Chile and Peru signed a border accord after talks in Lima.",
        "Following two days of talks, Chile and Peru signed a border accord.",
        "Ecuador said Chile and Peru signed a border accord after talks in Lima.",
        // A word of a name is no verb ("United").
        "The United States and Peru signed a border accord after talks in Lima.",
        // The agency a dateline credits is no party.
        "LIMA, June 3 (AP) - Chile and Peru signed a border accord after talks in the capital.",
        // Nor is the host a cue names.
        "Chile and Peru signed a border accord after two days of talks hosted by Brazil.",
    ] {
        let (events, _, a) = run(text);
        let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
        let parties = roles(text, &a, talks, EdgeKind::Participant);
        assert!(parties == ["Chile", "Peru"] || parties == ["Peru", "United States"], "{text}: {events:?}");
    }
    // Before talks, the talks are still to come.
    let text = "Chile and Peru must settle the border before any talks.";
    let (events, _, _) = run(text);
    assert!(events.iter().all(|e| e.trigger != "talks"), "{events:?}");
}

/// "Chilean mediators said talks would resume", "UN mediator X": the name before "mediators", or
/// the person the title "mediator" names, mediates the sentence's talks — not its violence.
#[test]
fn mediators_named_by_their_noun_mediate_the_talks() {
    let text = "Chilean mediators said talks between Bolivia and Peru would resume in Lima.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["Chile"], "{events:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    let text = "Talks between Bolivia and Peru, chaired by OAS mediator Ana Ortiz, resumed on Monday.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert!(roles(text, &a, talks, EdgeKind::Mediator).contains(&"Ana Ortiz".to_string()), "{events:?}");
    let text = "Chilean mediators said Bolivia attacked Peru.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Mediator).is_empty(), "{events:?}");
}

/// "The truce, brokered by X and Y, took effect": who brokered a definite event noun are no
/// parties of their own — the noun still refers to the truce told before.
#[test]
fn a_definite_event_noun_with_its_mediators_refers_back() {
    let text = "Bolivia and Peru agreed to a truce on Friday. The truce, brokered by Chile and Ecuador, \
                took effect on Sunday.";
    let (events, _, a) = run(text);
    let truces: Vec<_> = events.iter().filter(|e| e.trigger == "truce").collect();
    assert_eq!(truces.len(), 1, "one truce: {events:?}");
    assert_eq!(roles(text, &a, truces[0], EdgeKind::Mediator), ["Chile", "Ecuador"], "{events:?}");
    assert_eq!(roles(text, &a, truces[0], EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
}

/// "the talks that Norway hosted", "the deal, which Cuba has brokered": the subject of an object
/// relative on the event noun hosts or mediates it, and is no party.
#[test]
fn the_subject_of_an_object_relative_hosts_or_mediates() {
    let text = "The talks that Norway hosted between Chile and Peru ended in May.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Host), ["Norway"], "{events:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    let text = "Chile and Peru signed the accord, which Ecuador has brokered.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert_eq!(roles(text, &a, accord, EdgeKind::Mediator), ["Ecuador"], "{events:?}");
}
