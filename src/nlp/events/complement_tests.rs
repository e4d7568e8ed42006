//! Tests of the clause a verb opens with "that" — what someone says, admits or asks for — whose
//! events have a subject of their own, of a concession's phrase ("despite objections from X") and
//! of an absolute phrase (", with 40 people killed"), of a second predicate's subject ("X met Y
//! and signed an accord"), of one who judges an event ("X rejected the talks") and of what a
//! reporting participle says (", saying Y …") or a participle clause tells (", accusing Y of …"),
//! in new sentences.

use super::tests::{roles, run};
use crate::model::EdgeKind;

/// "X mentioned that Y approached Z": the one who tells takes no part in what is told; a pronoun
/// or a possessive after "that" takes the teller up ("Chile confirmed that its troops attacked").
#[test]
fn the_subject_of_a_verb_before_that_takes_no_part_in_the_clause() {
    let text = "Tomas Reyes mentioned that Chile and Peru had approached Bolivia about a loan.";
    let (events, _, a) = run(text);
    let approach = events.iter().find(|e| e.trigger == "approach").expect("the approach is an event");
    let sides = roles(text, &a, approach, EdgeKind::Participant);
    assert!(!sides.iter().any(|s| s == "Tomas Reyes"), "{sides:?}");
    assert!(sides.iter().any(|s| s == "Chile"), "{sides:?}");
    let text = "Chile confirmed that its troops had attacked Bolivia.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).iter().any(|s| s == "Chile"), "{events:?}");
}

/// "Peru has demanded that Chile withdraw": the verb right before "that" is the demand itself (not
/// the auxiliary a few words before), so the demand keeps the one who makes it.
#[test]
fn an_auxiliary_before_the_verb_opens_no_clause() {
    let text = "Peru has demanded that Chile withdraw its ships.";
    let (events, _, a) = run(text);
    let demand = events.iter().find(|e| e.trigger == "demand").expect("the demand is an event");
    assert!(roles(text, &a, demand, EdgeKind::Participant).iter().any(|s| s == "Peru"), "{events:?}");
}

/// "signed the accord despite objections from X": a name in a concession's phrase takes no part in
/// the clause's event, nor a name before it in an event the phrase tells of.
#[test]
fn a_concession_keeps_its_names_apart() {
    let text = "Chile signed the fishing accord with Peru despite objections from Bolivia.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    let sides = roles(text, &a, accord, EdgeKind::Participant);
    assert!(sides.iter().any(|s| s == "Peru") && !sides.iter().any(|s| s == "Bolivia"), "{sides:?}");
    let text = "Rebels kept up their attacks on the port despite a naval blockade by Chile.";
    let (events, _, a) = run(text);
    let chile_attacks = events
        .iter()
        .filter(|e| e.trigger.starts_with("attack"))
        .any(|e| roles(text, &a, e, EdgeKind::Participant).iter().any(|s| s == "Chile"));
    assert!(!chile_attacks, "{events:?}");
    let blockade = events.iter().find(|e| e.trigger == "blockade").expect("the blockade is an event");
    assert_eq!(roles(text, &a, blockade, EdgeKind::Participant), ["Chile"], "{events:?}");
}

/// ", with at least 40 people killed": the participle of an absolute phrase tells of its noun; the
/// country hit before it did no killing.
#[test]
fn an_absolute_phrase_tells_of_its_own_noun() {
    let text =
        "Neighbouring Bolivia has also been hit, with at least 40 people killed, according to Prime Minister Ana Soto.";
    let (events, _, a) = run(text);
    let bolivia_kills = events
        .iter()
        .filter(|e| e.trigger == "kill")
        .any(|e| roles(text, &a, e, EdgeKind::Participant).iter().any(|s| s == "Bolivia"));
    assert!(!bolivia_kills, "{events:?}");
}

/// "Chile and Peru resumed negotiations … and signed a border accord": the sentence's subject is
/// the second predicate's too; a name after a preposition inside the subject is not.
#[test]
fn a_second_predicate_shares_the_sentences_subject() {
    let text = "Chile and Peru resumed negotiations in Lima on Monday and signed a border accord.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert_eq!(roles(text, &a, accord, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    // Read on the sentence itself: the verb "destroyed" tells no event here without a place.
    let text = "Chilean airstrikes against Andean Front positions killed ten fighters and destroyed a depot.";
    let a = crate::nlp::analyze(text);
    let s = &a.sentences[0];
    let ents: Vec<usize> = (0..a.entities.len()).collect();
    let named = |name: &str| (0..a.entities.len()).find(|&k| &text[a.entities[k].start..a.entities[k].end] == name);
    let destroyed = a.lowered.iter().position(|w| w == "destroyed").expect("the verb");
    let subject = |k| super::sentence::subject_of_a_second_predicate(&a, &ents, s.first_token, k, destroyed);
    assert!(subject(named("Chilean").expect("Chile")), "{:?}", a.entities);
    assert!(!subject(named("Andean Front").expect("the Front")), "{:?}", a.entities);
}

/// "X rejected the talks with Y", "X criticised the accord": one who judges an event from outside
/// takes no part in it (clause_barriers.txt); the judgement is an event of its own.
#[test]
fn a_judge_of_an_event_takes_no_part_in_it() {
    for (text, trigger, judge, party) in [
        ("Bolivia rejected the talks with Peru on Monday.", "talks", "Bolivia", "Peru"),
        ("Chile criticised the border accord with Peru.", "accord", "Chile", "Peru"),
        ("Ecuador boycotted the summit with Peru in Quito.", "summit", "Ecuador", "Peru"),
    ] {
        let (events, _, a) = run(text);
        let event = events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("{text}: {events:?}"));
        let sides = roles(text, &a, event, EdgeKind::Participant);
        assert!(!sides.iter().any(|s| s == judge) && sides.iter().any(|s| s == party), "{text}: {sides:?}");
    }
}

/// "X expelled two envoys, saying Y had spied": a name in what a reporting participle says takes
/// no part in the event told before it.
#[test]
fn what_a_reporting_participle_says_is_no_part_of_the_act_before_it() {
    for text in [
        "Iran condemned the blockade on Monday, saying the Andean Front could not be trusted.",
        "Peru expelled two Chilean envoys, adding that Bolivia had spied on its navy.",
    ] {
        let (events, _, a) = run(text);
        let before = events.first().unwrap_or_else(|| panic!("{text}: no event"));
        let sides = roles(text, &a, before, EdgeKind::Participant);
        assert!(!sides.iter().any(|s| s == "Andean Front" || s == "Bolivia"), "{text}: {sides:?}");
    }
}

/// "Chile expelled two Peruvian envoys, accusing Peru of spying": a participle after a comma has
/// the clause's subject before it; that clause's objects take no part in what the participle
/// tells, and a participle of saying or judging keeps its places to itself.
#[test]
fn a_participle_clause_has_the_subject_of_the_clause_before_it() {
    let text = "Chile expelled two Peruvian envoys, accusing Peru of spying.";
    let (events, _, a) = run(text);
    let accusing = events.iter().find(|e| e.trigger == "accuse").unwrap_or_else(|| panic!("{events:?}"));
    let sides = |role| {
        let mut v: Vec<String> = accusing
            .roles
            .iter()
            .filter(|r| r.role == Some(role))
            .map(|r| text[a.entities[r.entity].start..a.entities[r.entity].end].to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(sides(crate::model::Role::Source), ["Chile"], "{events:?}");
    assert_eq!(sides(crate::model::Role::Target), ["Peru"], "{events:?}");
    let text = "Bolivia imposed sanctions on the Andean Front, accusing the group of atrocities in Cusco.";
    let (events, _, a) = run(text);
    let sanctions = events.iter().find(|e| e.trigger == "sanctions").unwrap_or_else(|| panic!("{events:?}"));
    assert!(roles(text, &a, sanctions, EdgeKind::Location).is_empty(), "{events:?}");
    // A violent participle tells of the same act and keeps its place.
    let text = "Bolivian jets bombed the Andean Front, killing five fighters in Cusco.";
    let (events, _, a) = run(text);
    let bombing = events.iter().find(|e| e.trigger == "bomb").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(roles(text, &a, bombing, EdgeKind::Location), ["Cusco"], "{events:?}");
}

/// "Peru has been accused of arming the Andean Front": what the -ing form after an accusation's
/// "of" acts on is no party to the accusation — nor its accuser.
#[test]
fn what_an_accused_did_to_another_is_no_part_of_the_accusation() {
    let text = "Peru has been accused of arming the Andean Front, a charge it denies.";
    let (events, _, a) = run(text);
    let accusation = events.iter().find(|e| e.trigger == "accuse").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(roles(text, &a, accusation, EdgeKind::Participant), ["Peru"], "{events:?}");
}

/// "…after talks in Lima, Chile and Ecuador said in a joint statement": names joined by "and"
/// after a comma, before a reporting verb that closes the sentence (a phrase of prepositions may
/// follow it), are the report's speakers — no parties to what they report.
#[test]
fn speakers_joined_by_and_after_a_comma_take_no_part() {
    for text in [
        "Bolivia and Peru agreed to a truce after talks in Lima, Chile and Ecuador said.",
        "Bolivia and Peru agreed to a truce after talks in Lima, the United States and Ecuador said on \
         Sunday in a joint statement.",
    ] {
        let (events, _, a) = run(text);
        let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
        assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Peru"], "{text}: {events:?}");
    }
}

/// "Norway will monitor the ceasefire in Tacna": who monitors, oversees or verifies
/// an event takes no part in it, nor are its parties part of what the overseer does.
#[test]
fn an_overseer_takes_no_part_in_what_it_oversees() {
    let text = "Norway will monitor the ceasefire in Tacna.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger.starts_with("ceasefire")) {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Norway".to_string()), "{events:?}");
    }
    let text = "Norway offered on Monday to oversee the talks between Chile and Peru in Tacna.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger.starts_with("offer")) {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    }
}
