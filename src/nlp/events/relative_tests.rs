//! Tests of relative clauses without a comma ("an officer who directed attacks") and of
//! appositions, written as new sentences: the clause's subject is the noun before it, its names
//! keep to the clause, and one right after an event noun tells of that event.

use super::tests::{roles, run};
use crate::model::EdgeKind;

/// "Norway expelled two envoys who had attacked a reporter in Bergen": the envoys attacked,
/// not Norway; Bergen is where the attack was, not the expulsion.
#[test]
fn the_subject_of_a_clause_without_a_comma_is_the_noun_before_it() {
    let text = "Norway expelled two envoys who had attacked a reporter in Bergen.";
    let (events, _, a) = run(text);
    for e in &events {
        if e.trigger.starts_with("attack") {
            assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Norway".to_string()), "{events:?}");
        }
        if e.trigger.starts_with("expel") {
            assert!(roles(text, &a, e, EdgeKind::Location).is_empty(), "{events:?}");
        }
    }
    assert!(events.iter().any(|e| e.trigger.starts_with("expel")), "{events:?}");
    // A noun in apposition to the name is the name's own: the general directed the raids.
    let text = "Peru sanctioned General Luis Ortega, an officer who directed raids on Arica.";
    let (events, _, a) = run(text);
    let raids = events.iter().find(|e| e.trigger.starts_with("raid")).expect("the raids are an event");
    let parties = roles(text, &a, raids, EdgeKind::Participant);
    assert!(parties.contains(&"Luis Ortega".to_string()), "{events:?}");
    assert!(!parties.contains(&"Peru".to_string()), "{events:?}");
    // So is a copula's complement: the colonel is Tomas Reyes.
    let text = "Tomas Reyes was a Chilean colonel who attacked Arica in 1879.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Tomas Reyes".to_string()), "{events:?}");
    // Not past a phrase after the complement's noun: the rebel attacked, not his widow.
    let text = "Rosa Quispe is the widow of a Peruvian rebel who attacked Arica.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger.starts_with("attack")) {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Rosa Quispe".to_string()), "{events:?}");
    }
}

/// "Ghana detained a smuggler who sold rifles to Boko Haram": the buyer is no one detained.
#[test]
fn a_name_in_a_clause_after_the_trigger_takes_no_part() {
    let text = "Ghana detained a smuggler who sold rifles to Boko Haram, and the police praised the detention.";
    let (events, _, a) = run(text);
    let detained = events.iter().find(|e| e.trigger.starts_with("detain")).expect("the detention is an event");
    let parties = roles(text, &a, detained, EdgeKind::Participant);
    assert!(parties.contains(&"Ghana".to_string()), "{events:?}");
    assert!(!parties.contains(&"Boko Haram".to_string()), "{events:?}");
    // "that" before a name opens what was said, no clause: Chile still attacked.
    let text = "Officials said that Chile attacked Peru.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
}

/// "a raid on a depot that wounded three Kenyan soldiers": a clause right after the event noun
/// tells of the raid, so its names take part in it.
#[test]
fn a_clause_right_after_an_event_noun_tells_of_the_event() {
    let text = "Militants claimed a raid on a depot that wounded three Kenyan soldiers.";
    let (events, _, a) = run(text);
    let raid = events.iter().find(|e| e.trigger == "raid").expect("the raid is an event");
    assert!(roles(text, &a, raid, EdgeKind::Participant).contains(&"Kenya".to_string()), "{events:?}");
}

/// "Canada banned companies involved in supplying rifles to Sudan": a participle (or "responsible")
/// and "in"/"of"/"for" before an -ing form make the noun before them its doer — Canada supplied
/// nothing, and Sudan was not banned. A name in apposition to that noun is the doer.
#[test]
fn a_reduced_relative_clause_has_the_noun_before_it_as_doer() {
    let text = "Canada has banned companies involved in supplying rifles to Sudan.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger.starts_with("suppl")) {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Canada".to_string()), "{events:?}");
    }
    let ban = events.iter().find(|e| e.trigger.starts_with("ban")).expect("the ban is an event");
    let parties = roles(text, &a, ban, EdgeKind::Participant);
    assert!(parties.contains(&"Canada".to_string()) && !parties.contains(&"Sudan".to_string()), "{events:?}");
    let text = "Peruvian police detained Rosa Quispe, the clerk responsible for forging passports for Bolivia.";
    let (events, _, a) = run(text);
    let detained = events.iter().find(|e| e.trigger.starts_with("detain")).expect("the detention is an event");
    assert!(!roles(text, &a, detained, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
    // An event noun in -ing is no clause ("soldiers wounded in fighting"): Mali still fought.
    let text = "Mali evacuated soldiers wounded in fighting near Gao.";
    let (events, _, a) = run(text);
    let fighting = events.iter().find(|e| e.trigger == "fighting").expect("the fighting is an event");
    assert!(roles(text, &a, fighting, EdgeKind::Participant).contains(&"Mali".to_string()), "{events:?}");
}

/// "summoned the ambassador to protest the arrest of sailors in Murmansk": a place after an
/// infinitive of purpose is where that purpose lies, not where the summoning was; talks "set to
/// take place" somewhere are there, and an offensive to take villages is fought where they are.
#[test]
fn a_place_after_an_infinitive_of_purpose_is_the_purposes() {
    let text = "Norway summoned the Russian ambassador to protest the arrest of two sailors in Murmansk.";
    let (events, _, a) = run(text);
    let summon = events.iter().find(|e| e.trigger == "summon").expect("the summoning is an event");
    assert!(roles(text, &a, summon, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Talks between Peru and Chile are set to take place in Quito.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Quito"], "{events:?}");
    let text = "Peru launched an offensive to recapture villages near Tumbes.";
    let (events, _, a) = run(text);
    let offensive = events.iter().find(|e| e.trigger == "offensive").expect("the offensive is an event");
    assert_eq!(roles(text, &a, offensive, EdgeKind::Location), ["Tumbes"], "{events:?}");
}

/// "Peru freed two fishermen detained by Chile": a passive participle and "by" after a noun make a
/// reduced clause too — Chile detained, Peru freed; Chile was not freed. A clause of leading stays
/// open: whoever led the revolt ousted the president.
#[test]
fn a_reduced_passive_clause_keeps_its_agent_to_itself() {
    let text = "Peru freed two fishermen arbitrarily detained by Chile.";
    let (events, _, a) = run(text);
    let freed = events.iter().find(|e| e.trigger == "free").expect("the release is an event");
    let parties = roles(text, &a, freed, EdgeKind::Participant);
    assert!(parties.contains(&"Peru".to_string()) && !parties.contains(&"Chile".to_string()), "{events:?}");
    let text = "Ana Ortiz was ousted in a revolt led by General Luis Ortega.";
    let (events, _, a) = run(text);
    let ousted = events.iter().find(|e| e.trigger == "oust").expect("the ousting is an event");
    assert!(roles(text, &a, ousted, EdgeKind::Participant).contains(&"Luis Ortega".to_string()), "{events:?}");
}

/// "blocked a plan to lead a mission in Haiti": a common verb with an article opening its object
/// is a purpose too; "agreed to hold talks in Oslo" keeps the talks' place.
#[test]
fn a_purpose_with_a_common_verb_and_its_object_keeps_its_place() {
    let text = "Ghana blocked a plan to lead a mission in Haiti.";
    let (events, _, a) = run(text);
    let block = events.iter().find(|e| e.trigger == "block").expect("the blocking is an event");
    assert!(roles(text, &a, block, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Norway and Chile agreed to hold talks in Oslo.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Oslo"], "{events:?}");
}

/// "has lived in Lima since Chile expelled her": the place is the main clause's, not the
/// subordinate clause's that holds the trigger.
#[test]
fn a_place_before_a_subordinate_clause_is_not_its_events() {
    let text = "Ana Ruiz has lived in Lima since Chile expelled her in 2019.";
    let (events, _, a) = run(text);
    let expel = events.iter().find(|e| e.trigger == "expel").expect("the expulsion is an event");
    assert!(roles(text, &a, expel, EdgeKind::Location).is_empty(), "{events:?}");
    // "after" before a noun is a preposition: the attacks are still in Chad.
    let text = "Police were on alert in Chad after a series of attacks by Boko Haram.";
    let (events, _, a) = run(text);
    let attacks = events.iter().find(|e| e.trigger == "attacks").expect("the attacks are an event");
    assert_eq!(roles(text, &a, attacks, EdgeKind::Location), ["Chad"], "{events:?}");
    // "since" before a noun is a preposition: the fighting is still in Darfur.
    let text = "Thousands have died in Darfur since the start of the fighting between Chad and Sudan.";
    let (events, _, a) = run(text);
    let fighting = events.iter().find(|e| e.trigger == "fighting").expect("the fighting is an event");
    assert_eq!(roles(text, &a, fighting, EdgeKind::Location), ["Darfur"], "{events:?}");
}

/// "released Ana Ruiz, a Colombian businesswoman and close ally of President Tomas Reyes": names
/// in an apposition describe the name before it and take no part in a trigger outside it — not
/// in a list of indefinites ("an American, a Briton and two Chileans"), nor after a fronted
/// phrase ("In Lima, a unit of Peru's navy, …" names the subject).
#[test]
fn names_in_an_apposition_take_no_part_outside_it() {
    let sides = |text: &str, trigger: &str| {
        let (events, _, a) = run(text);
        let event = events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("{text}: {events:?}"));
        roles(text, &a, event, EdgeKind::Participant)
    };
    let text = "Peru released Ana Ruiz, a Colombian businesswoman and close ally of President Tomas Reyes.";
    let found = sides(text, "release");
    assert!(found.iter().any(|s| s == "Ana Ruiz"), "{found:?}");
    assert!(!found.iter().any(|s| s == "Tomas Reyes" || s == "Colombia"), "{found:?}");
    let found = sides("Ana Ruiz, a former adviser to the Andean Front, was arrested in Lima by Peru.", "arrest");
    assert!(!found.iter().any(|s| s == "Andean Front"), "{found:?}");
    let found = sides("Rebels kidnapped an American, a Briton and two Chileans in Peru.", "kidnap");
    assert!(found.iter().any(|s| s == "United Kingdom"), "{found:?}");
    let found = sides("In Lima, a unit of Peru's navy, the Andean Squadron, seized a Chilean ship.", "seize");
    assert!(found.iter().any(|s| s == "Peru"), "{found:?}");
}

/// "X is a rebel group that attacked Peru": a past form after "that" or "which" with its object
/// after it is the relative clause's verb, whose subject the copula names; "that damaged
/// building" is a demonstrative and a participle.
#[test]
fn a_past_form_after_that_is_the_relatives_verb() {
    let text = "The Tupac Front is a rebel group that attacked Peru.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(roles(text, &a, attack, EdgeKind::Participant), ["Peru", "Tupac Front"], "{events:?}");
    let (events, _, _) = run("Chile said that damaged bridges in Peru need repairs.");
    assert!(!events.iter().any(|e| e.trigger == "damage"), "{events:?}");
}

/// "The Kelmar Front, which is led by Ines Duval, attacked Arica": the body a relative clause's
/// passive says who leads still attacked; its leader takes part only in the clause.
#[test]
fn a_relative_clause_naming_a_leader_leaves_the_body_its_verb() {
    let text = "The Kelmar Front, which is now led by Ines Duval, attacked Arica on Monday.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is an event");
    let parties = roles(text, &a, attack, EdgeKind::Participant);
    assert!(parties.contains(&"Kelmar Front".to_string()), "{events:?}");
    assert!(!parties.contains(&"Ines Duval".to_string()), "{events:?}");
}
