//! Tests of who takes part in an event across clauses, written as new sentences: relative,
//! subordinate and coordinated clauses, speakers and quotations, accusations.

use super::tests::{name, roles, run};
use crate::model::{EdgeKind, Modality, Role};

/// "Chile, which borders Bolivia, has brokered talks": the verb's subject is the name before the
/// relative clause, and a name inside the clause takes no part in what follows it.
#[test]
fn a_relative_clause_on_the_subject_keeps_its_names_to_itself() {
    let text = "Chile, which shares a long border with Bolivia, has brokered talks between Peru and Ecuador in Lima.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.root == 4).expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["Chile"], "{events:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Ecuador", "Peru"], "{events:?}");
    let text = "Chile, which Bolivian troops attacked in May, has signed a truce with Peru.";
    let (events, _, a) = run(text);
    let truce = events.iter().find(|e| e.trigger == "truce").expect("the truce is an event");
    assert!(!roles(text, &a, truce, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
    // A clause right after a name inside another clause is that name's own.
    let text = "Pilots arrived from Quito, who will join the Andean Air Wing, which will fly strikes against Peru.";
    let (events, _, a) = run(text);
    let strikes = events.iter().find(|e| e.trigger.starts_with("strike")).expect("the strikes are an event");
    assert!(roles(text, &a, strikes, EdgeKind::Participant).contains(&"Andean Air Wing".to_string()), "{events:?}");
}

#[test]
fn a_name_in_a_relative_clause_after_the_trigger_takes_no_part() {
    let text =
        "The United Nations withdrew from Mali at the request of the junta, which has turned to Russia for help.";
    let (events, _, a) = run(text);
    let withdrawal = events.iter().find(|e| e.trigger.starts_with("withdr")).expect("the withdrawal is an event");
    let parties = roles(text, &a, withdrawal, EdgeKind::Participant);
    assert!(parties.contains(&"United Nations".to_string()), "{parties:?}");
    assert!(!parties.contains(&"Russia".to_string()), "{parties:?}");
    // What the clause tells stays in the clause: its host and place are not the accord's,
    // and a name after the clause is no party to the clause's trigger.
    let text = "Ines Varga, who hosted talks in Lisbon last year, welcomed the accord between Chile and Peru.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert!(roles(text, &a, accord, EdgeKind::Host).is_empty(), "{events:?}");
    assert!(roles(text, &a, accord, EdgeKind::Location).is_empty(), "{events:?}");
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Lisbon"]);
    // An event told in an aside after the subject is no nearer rival for the verb after it.
    let text = "Ines Varga, on her first visit to Chile in a decade, met President Luis Vega.";
    let (events, _, a) = run(text);
    let meeting = events.iter().find(|e| e.trigger == "meet").expect("the meeting is an event");
    assert_eq!(roles(text, &a, meeting, EdgeKind::Participant), ["Ines Varga", "Luis Vega"], "{events:?}");
    let visit = events.iter().find(|e| e.trigger == "visit").expect("the visit is an event");
    assert!(!roles(text, &a, visit, EdgeKind::Participant).contains(&"Luis Vega".to_string()), "{events:?}");
    let text = "Several ministers, including Ana Ortiz and Luis Vega, attended the talks in Lima.";
    let (events, _, a) = run(text);
    let attend = events.iter().find(|e| e.trigger == "attend").expect("the attendance is an event");
    assert_eq!(roles(text, &a, attend, EdgeKind::Participant), ["Ana Ortiz", "Luis Vega"], "{events:?}");
    // The clause closes before a verb in the past that tells no event of its own.
    let text = "Chile, which shelled Peru in 1879, later signed a treaty with Bolivia.";
    let (events, _, a) = run(text);
    let treaty = events.iter().find(|e| e.trigger == "treaty").expect("the treaty is an event");
    assert_eq!(roles(text, &a, treaty, EdgeKind::Participant), ["Bolivia", "Chile"], "{events:?}");
    let shelling = events.iter().find(|e| e.trigger.starts_with("shell")).expect("the shelling is an event");
    assert_eq!(roles(text, &a, shelling, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    let text = "Chad and Niger, which are ruled by juntas, backed Mali.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger.starts_with("rule")) {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Mali".to_string()), "{events:?}");
    }
    // "and" before an auxiliary opens a second predicate: Finland is no party to the visit;
    // a shared object stays one ("attacked and destroyed Y"). (Joining an organisation is a
    // career, an affiliation and no event: see `careers_are_no_events`.)
    let text = "Marta Ilves visited the Ministry of Defence in 1996 and was ambassador to Finland.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger == "visit") {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Finland".to_string()), "{events:?}");
    }
    assert!(events.iter().any(|e| e.trigger == "visit"), "{events:?}");
    // So do a comma and an irregular past tense: "expelled X, left Y and signed Z" lists three
    // predicates; only X is expelled.
    let text = "Chad expelled Danish diplomats, left the Sahel Water Council and signed a pact with Peru.";
    let (events, _, a) = run(text);
    let expel = events.iter().find(|e| e.trigger == "expel").expect("an expulsion");
    let parties = roles(text, &a, expel, EdgeKind::Participant);
    assert!(parties.contains(&"Denmark".to_string()), "{parties:?}");
    assert!(!parties.iter().any(|p| p == "Peru" || p.contains("Council")), "{parties:?}");
    // So does "and" (and an adverb) before a past-tense verb, after an object: the second
    // predicate's names and places are its own.
    let text = "Ines Varga criticised Chile in 2019 and later worked for Peru in Lima.";
    let (events, _, a) = run(text);
    let criticism = events.iter().find(|e| e.trigger.starts_with("critici")).expect("the criticism is an event");
    assert!(!roles(text, &a, criticism, EdgeKind::Participant).contains(&"Peru".to_string()), "{events:?}");
    assert!(roles(text, &a, criticism, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Chile attacked and destroyed Peru's border posts.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").unwrap_or_else(|| panic!("{text}: {events:?}"));
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Peru".to_string()), "{events:?}");
    // The name the clause is about still acts in it.
    let text = "Ankara criticised Greece, which attacked Cyprus on Monday.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.root == 18 || e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Cyprus".to_string()), "{events:?}");
}

/// What a speaker says after "warned that" has its own subject, unless a pronoun takes the
/// speaker up.
#[test]
fn a_speaker_takes_no_part_in_what_is_reported() {
    let text = "Ana Ortiz warned on Monday that Arica could be lost if the shelling by Bolivia continued.";
    let (events, _, a) = run(text);
    assert!(!events.is_empty(), "the shelling is an event");
    for e in &events {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Ana Ortiz".to_string()), "{events:?}");
    }
    // In the present tense too.
    let text = "Bolivia insists that Chilean troops attacked Peru first.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(!roles(text, &a, attack, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
    let text = "Peru warned that it would attack Bolivia.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Peru".to_string()), "{events:?}");
}

/// "attacks in Chile, Peru and Bolivia": every country of a list after "in" is a place of
/// the attacks, none a party.
/// "…, the African Union announced on Friday": a name before any verb of saying at the end of
/// the sentence is who tells of the event, not one of its parties.
#[test]
fn a_closing_speaker_takes_no_part() {
    let text =
        "Peru and Chile agreed to a ceasefire on the border, the Organization of American States announced on Friday.";
    let (events, _, a) = run(text);
    let agree = events.iter().find(|e| e.trigger.starts_with("agree")).expect("the agreement is an event");
    assert_eq!(roles(text, &a, agree, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
}

/// A relative clause on a noun after the name's own verb has that noun for its subject.
#[test]
fn a_relative_clause_on_another_noun_leaves_the_name_out() {
    let text = "Chile keeps ships off the coast as part of a mission, which has fought Bolivia since May.";
    let (events, _, a) = run(text);
    for e in &events {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    }
    let text = "Chilean marines, who attacked Bolivia in May, returned home.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
}

/// "her predecessor X was killed": the pronoun says whose predecessor, it takes no part.
#[test]
fn a_possessive_introducing_a_person_takes_no_part() {
    let text = "Ana Ortiz leads the front. Her predecessor Tomas Reyes was killed by Bolivian troops in May.";
    let (events, _, a) = run(text);
    let kill = events.iter().find(|e| e.trigger == "kill").expect("the killing is an event");
    let parties = roles(text, &a, kill, EdgeKind::Participant);
    assert!(parties.contains(&"Tomas Reyes".to_string()) && !parties.contains(&"Ana Ortiz".to_string()), "{parties:?}");
    // Opening the sentence, through an apposition; after "with", the pronoun's one is a party.
    let text = "Ana Ortiz won the vote in Lima. Her main rival, former mayor Tomas Reyes, conceded defeat on Monday \
                and congratulated her.";
    let (events, _, a) = run(text);
    let concede = events.iter().find(|e| e.trigger == "concede").expect("the concession is an event");
    assert_eq!(roles(text, &a, concede, EdgeKind::Participant), ["Tomas Reyes"], "{events:?}");
    let text = "Ana Ortiz spoke to reporters after talks with her Chilean counterpart, Tomas Reyes, in Lima.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert!(roles(text, &a, talks, EdgeKind::Participant).contains(&"Ana Ortiz".to_string()), "{events:?}");
}

/// "Speaking in Lima on Tuesday, she said: "…"": the place and time of the speaking are not
/// those of what is quoted.
#[test]
fn a_quotation_keeps_the_speakers_place_and_time_out() {
    let text = "Speaking in Lima on Tuesday, the minister said: \"Bolivia has attacked Chile for a year.\"";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Location).is_empty(), "{events:?}");
    assert!(attack.time.is_none(), "{events:?}");
}

/// "X, which backed the army in 2019, hosted talks": a relative clause keeps its dates, except
/// one on the event's own noun ("the talks, which began on Monday").
#[test]
fn a_relative_clause_keeps_its_dates() {
    let text = "Chile, which backed the army in 2019, hosted talks in Lima.";
    let (events, _, _) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert!(talks.time.is_none(), "{events:?}");
    let text = "Peru reopened two crossings that had been closed since 2018, after talks with Chile.";
    let (events, _, _) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert!(talks.time.is_none(), "{events:?}");
    let text = "The talks between Peru and Chile, which began on Monday in Lima, ended without a deal.";
    let (events, _, _) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert!(talks.time.is_some(), "{events:?}");
}

/// "claimed that …" reports; "in occupied Tolvane" describes the place; "a proposal for a
/// ceasefire" and "the need to increase aid" tell of what may happen.
#[test]
fn reports_participle_adjectives_and_proposals_are_no_asserted_events() {
    let (events, _, _) = run("Tomas Reyes claimed that Peru had lost the vote.");
    assert!(events.iter().all(|e| e.trigger != "claim"), "{events:?}");
    let (events, _, _) = run("Peru struck a depot in occupied Tolvane and Chile shelled besieged Arvik.");
    assert!(events.iter().all(|e| e.trigger != "occupy" && e.trigger != "besiege"), "{events:?}");
    assert!(events.iter().any(|e| e.trigger == "strike"), "a verb after a name is still one: {events:?}");
    // …and so does one after a determiner and an adverb.
    let (events, _, _) = run("Rebels left Tolvane and the internationally recognised government of Tarvos returned.");
    assert!(events.iter().all(|e| e.trigger != "recognise" && e.trigger != "recognize"), "{events:?}");
    // …and so does one between a people's adjective and its noun.
    let (events, _, _) = run("The Tarvos Front, a coalition of mostly Tuareg armed groups, met in Arvik.");
    assert!(events.iter().all(|e| e.trigger != "arm"), "{events:?}");
    let (events, _, _) = run("Ana Ortiz visited the Peruvian occupied islands near Arvik.");
    assert!(events.iter().all(|e| e.trigger != "occupy"), "{events:?}");
    for text in [
        "Peruvian forces occupied Arvik in May.",
        "Peruvians occupied Arvik in May.",
        "The Peruvian occupied several towns near Arvik.",
        "An American occupied the embassy in Arvik.",
    ] {
        let (events, _, _) = run(text);
        assert!(events.iter().any(|e| e.trigger == "occupy"), "{text}: {events:?}");
    }
    let (events, _, _) = run("Bolivia rejected the proposal by Peru for a ceasefire with Chile.");
    let ceasefire = events.iter().find(|e| e.trigger == "ceasefire").expect("the ceasefire is told");
    assert_eq!(ceasefire.modality, Modality::Hypothetical, "{events:?}");
}

/// "joined the Peruvian foreign service": a career told by its description is no event (and so
/// no meeting a later "summit" could be told again as); "joined the talks" is one.
#[test]
fn joining_a_described_body_is_a_career_not_an_event() {
    let (events, _, _) = run("Ana Ortiz joined the Peruvian foreign service in 1990 and served in Lima.");
    assert!(events.iter().all(|e| e.trigger != "join"), "{events:?}");
    let (events, _, _) = run("Chile joined the talks with Peru in Lima on Monday.");
    assert!(events.iter().any(|e| e.trigger == "join"), "{events:?}");
    let (events, _, _) = run("Chile joined the army of Peru in Lima on Monday.");
    assert!(events.iter().all(|e| e.trigger != "join"), "{events:?}");
}

/// "X briefed Y on tensions following an attack in Z": an event noun after a time (or reason)
/// preposition takes none of the names before it; its own "by" phrase still names its party.
#[test]
fn an_event_noun_after_a_time_preposition_takes_no_earlier_name() {
    let text = "Tomas Reyes briefed Ana Ortiz on tensions between Peru and Chile following a deadly attack in Arica.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).is_empty(), "{events:?}");
    let text = "Peru closed the border after an attack by Chile on Arica.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert_eq!(roles(text, &a, attack, EdgeKind::Participant), ["Chile"], "{events:?}");
    // A reason preposition the same: Peru sanctions over the crackdown, it did not crack down.
    let text = "Peru sanctioned two Bolivian generals over the crackdown on protesters.";
    let (events, _, a) = run(text);
    let crackdowns = events.iter().filter(|e| e.trigger == "crackdown");
    assert!(
        crackdowns.clone().all(|e| !roles(text, &a, e, EdgeKind::Participant).contains(&"Peru".to_string())),
        "{events:?}"
    );
    // "over" before a number is "more than".
    let text = "Peru has conducted over 200 raids on Andean Front camps.";
    let (events, _, a) = run(text);
    let raids = events.iter().find(|e| e.trigger == "raids").expect("the raids are an event");
    assert!(roles(text, &a, raids, EdgeKind::Participant).contains(&"Peru".to_string()), "{events:?}");
    // The clause's object may be the reason's doer; only the subject is set apart.
    let text = "Peru arrested two Bolivian officers over the bombing of a market.";
    let (events, _, a) = run(text);
    let bombing = events.iter().find(|e| e.trigger == "bombing").expect("the bombing is an event");
    assert!(roles(text, &a, bombing, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
}

/// "Chile voiced concern about the raids by Bolivia", "…over the Bolivian offensive": what a
/// clause is about is no deed of its subject (the noun's own doer and modifiers still are); the
/// subject's own state ("is hopeful about the talks") or a gerund it does ("joked about holding
/// talks with Peru") keeps it a party.
#[test]
fn what_a_statement_is_about_is_no_deed_of_its_speaker() {
    for text in [
        "Chile voiced concern about recent raids by Bolivia on Peruvian border posts.",
        "Chile expressed alarm over the Bolivian offensive in Tarija.",
    ] {
        let (events, _, a) = run(text);
        let raid = events.iter().find(|e| e.root >= 18).expect("the violence is an event");
        assert_eq!(roles(text, &a, raid, EdgeKind::Participant)[0], "Bolivia", "{text}: {events:?}");
        assert!(!roles(text, &a, raid, EdgeKind::Participant).contains(&"Chile".to_string()), "{text}: {events:?}");
    }
    for text in ["Chile is hopeful about the talks with Peru.", "Chile joked about holding talks with Peru."] {
        let (events, _, a) = run(text);
        let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
        assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Chile", "Peru"], "{text}: {events:?}");
    }
}

/// "the 1994 war": a date between a determiner and an event's noun dates that event only.
#[test]
fn a_date_before_an_event_noun_dates_only_that_event() {
    let text = "Chile and Peru signed an accord that ends the 1994 war between Peru and Bolivia.";
    let (events, _, _) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert!(accord.time.is_none(), "{events:?}");
    let war = events.iter().find(|e| e.trigger == "war").expect("the war is an event");
    assert!(war.time.is_some(), "{events:?}");
    // A date told on its own dates the nearest event.
    let text = "Chile and Peru signed an accord in 1994.";
    let (events, _, _) = run(text);
    assert!(events.iter().any(|e| e.trigger == "accord" && e.time.is_some()), "{events:?}");
}

/// "in Sudan's El Fasher": a country's possessive before a place says whose place it is; the
/// place is where it happened.
#[test]
fn a_possessive_country_before_a_place_is_not_the_location() {
    let text = "Shelling by Tarvos rebels killed nine people in Chad's besieged Abeche on Monday.";
    let (events, _, a) = run(text);
    let shelling = events.iter().find(|e| e.trigger == "shelling").expect("the shelling is an event");
    let places = roles(text, &a, shelling, EdgeKind::Location);
    assert!(places.len() == 1 && places[0].starts_with("Ab"), "{places:?}");
    // …and the participle between ("besieged") describes the place: no event of its own.
    assert!(events.iter().all(|e| e.trigger != "besiege"), "{events:?}");
}

/// "elections planned for December": a date after a scheduling participle dates the noun before
/// it — an event's when that noun is one, nobody's else.
#[test]
fn a_scheduled_date_belongs_to_the_noun_before_it() {
    let text = "Clashes near Rumbek may delay a census planned for November.";
    let (events, _, _) = run(text);
    let clashes = events.iter().find(|e| e.trigger == "clashes").expect("the clashes are an event");
    assert!(clashes.time.is_none(), "{events:?}");
    let text = "Talks scheduled for Friday in Oslo will bring Chile and Peru together.";
    let (events, _, _) = run(text);
    assert!(events.iter().any(|e| e.trigger == "talks" && e.time.is_some()), "{events:?}");
    let text = "The strike, set for Friday, would shut ports in Chile and Peru.";
    let (events, _, _) = run(text);
    assert!(events.iter().any(|e| e.trigger == "strike" && e.time.is_some()), "{events:?}");
}

/// "After an offensive by X and Y, the group surrendered": a noun phrase right before the verb
/// after a comma is its subject; the names before the comma are not.
#[test]
fn a_noun_subject_after_a_fronted_phrase_keeps_earlier_names_out() {
    let text = "In May, after a joint offensive by Peru and Chile, the rebel group surrendered to Bolivia.";
    let (events, _, a) = run(text);
    for surrender in events.iter().filter(|e| e.trigger == "surrender") {
        let parties = roles(text, &a, surrender, EdgeKind::Participant);
        assert!(!parties.contains(&"Peru".to_string()) && !parties.contains(&"Chile".to_string()), "{events:?}");
    }
    let offensive = events.iter().find(|e| e.trigger == "offensive").expect("the offensive is an event");
    assert_eq!(roles(text, &a, offensive, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    // So does an appositive with a participle after its noun.
    let text = "Chile named Tomas Reyes, a trader buying arms from Bolivia, on Friday.";
    let (events, _, a) = run(text);
    let buy = events.iter().find(|e| e.trigger == "buy").expect("the buying is an event");
    assert!(roles(text, &a, buy, EdgeKind::Participant).contains(&"Tomas Reyes".to_string()), "{events:?}");
    // An appositive with a relative clause tells of the name before it.
    let text = "Tomas Reyes, a local banker who attacked Bolivia in the press, resigned.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Tomas Reyes".to_string()), "{events:?}");
}

/// A clause after ", and" with a subject of its own holds its trigger: the names of the
/// clause before take no part. A serial comma in a list of names opens no clause.
#[test]
fn a_coordinated_clause_with_its_own_subject_keeps_earlier_names_out() {
    let text = "Ines Varga was received by Chile's president, and she mediated talks between Peru and Bolivia.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    let parties = roles(text, &a, talks, EdgeKind::Participant);
    assert!(parties.contains(&"Peru".to_string()) && parties.contains(&"Bolivia".to_string()), "{parties:?}");
    assert!(!parties.contains(&"Chile".to_string()), "{parties:?}");
    let text = "Chile, Peru, and Bolivia signed an accord in Lima.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    let parties = roles(text, &a, accord, EdgeKind::Participant);
    assert!(parties.contains(&"Chile".to_string()), "a list, not a clause: {parties:?}");
}

#[test]
fn a_subordinate_clause_keeps_its_own_participants() {
    let text = "The Kenyan president met Amina Salim in Nairobi on Friday, two days after Ethiopian troops \
                attacked Eritrea. Chile met Peru in Lima while Bolivian troops attacked Paraguay.";
    let (events, _, a) = run(text);
    let attacks: Vec<Vec<String>> = events
        .iter()
        .filter(|e| e.trigger.starts_with("attack"))
        .map(|e| roles(text, &a, e, EdgeKind::Participant))
        .collect();
    assert_eq!(attacks.len(), 2, "{events:?}");
    for parties in &attacks {
        assert!(
            !parties.iter().any(|p| ["Amina Salim", "Kenya", "Chile", "Peru"].contains(&p.as_str())),
            "{attacks:?}"
        );
    }
    assert!(attacks.iter().any(|p| p.contains(&"Ethiopia".to_string()) && p.contains(&"Eritrea".to_string())));
    assert!(attacks.iter().any(|p| p.contains(&"Bolivia".to_string()) && p.contains(&"Paraguay".to_string())));
}

#[test]
fn a_coordinated_clause_keeps_its_own_subject() {
    let text = "Chile attacked Peru near the coast, and Bolivia has asked for calm. \
                Ecuador threatened Colombia, but the United States praised the restraint shown.";
    let (events, _, a) = run(text);
    let parties = |verb: &str| {
        let e = events.iter().find(|e| e.trigger.starts_with(verb)).expect("the event is found");
        roles(text, &a, e, EdgeKind::Participant)
    };
    assert_eq!(parties("attack"), ["Chile", "Peru"], "{events:?}");
    assert_eq!(parties("threat"), ["Colombia", "Ecuador"], "{events:?}");
    // Names later in the new clause stay out too, whatever its subject.
    let text = "Chile attacked Peru, and the rebels have since asked Bolivia for help.";
    let (events, _, a) = run(text);
    let e = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is found");
    assert_eq!(roles(text, &a, e, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    // Without a verb after it, a name after "and" is still one of the parties.
    let text = "Chile attacked Peru, and Bolivia on Friday.";
    let (events, _, a) = run(text);
    let e = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is found");
    assert!(roles(text, &a, e, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
}

#[test]
fn the_object_of_an_accusation_does_what_it_is_accused_of() {
    let text = "Peru accused Chile of shelling the border town. Ecuador blamed Bolivian troops for attacking Colombia.";
    let (events, _, a) = run(text);
    let parties = |verb: &str| {
        let e = events.iter().find(|e| e.trigger.starts_with(verb)).expect("the event is found");
        roles(text, &a, e, EdgeKind::Participant)
    };
    assert!(!parties("shell").contains(&"Peru".to_string()), "{events:?}");
    assert!(parties("shell").contains(&"Chile".to_string()), "{events:?}");
    assert!(!parties("attack").contains(&"Ecuador".to_string()), "{events:?}");
    assert!(parties("attack").contains(&"Colombia".to_string()), "{events:?}");
    assert!(parties("accus").contains(&"Peru".to_string()), "the accuser still accuses: {events:?}");
    // "accused of" without "by" is passive: the name before is the one accused.
    let text = "Chilean commanders accused of shelling Arica were arrested in Lima.";
    let (events, _, a) = run(text);
    let accused = events.iter().find(|e| e.trigger.starts_with("accus")).expect("the accusation is an event");
    let sources: Vec<String> =
        accused.roles.iter().filter(|r| r.role == Some(Role::Source)).map(|r| name(text, &a, r.entity)).collect();
    assert!(!sources.contains(&"Chile".to_string()), "{accused:?}");
}

/// "After X was killed in custody, Y became leader": a subordinate clause opening the sentence
/// keeps the names after its comma out; and what a speaker claims is no target of the claim.
#[test]
fn a_fronted_clause_and_a_claim_keep_later_names_out() {
    let text = "After Tomas Reyes was killed by Bolivian police in 2009, Ana Ortiz led the Andean Front.";
    let (events, _, a) = run(text);
    let killing = events.iter().find(|e| e.trigger == "kill").expect("the killing is an event");
    let parties = roles(text, &a, killing, EdgeKind::Participant);
    assert!(parties.contains(&"Tomas Reyes".to_string()) && !parties.contains(&"Ana Ortiz".to_string()), "{events:?}");
    let text = "Ana Ortiz accused Bolivia on Monday, and Peru claimed that Chilean jets struck Arica.";
    let (events, _, a) = run(text);
    for claim in events.iter().filter(|e| e.trigger == "claim") {
        assert!(!roles(text, &a, claim, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    }
}

/// "…, Ukrainian officials said": a name qualifying the speakers of a closing attribution takes
/// no part in what they report; opening a clause that goes on, it still may.
#[test]
fn a_name_qualifying_the_closing_speakers_takes_no_part() {
    let text = "Shelling destroyed a school in Kherson on Monday, Ukrainian officials said.";
    let (events, _, a) = run(text);
    assert!(events.iter().all(|e| !roles(text, &a, e, EdgeKind::Participant).contains(&"Ukraine".to_string())));
    let text = "Speaking at a summit of Andean leaders in Quito, the Peruvian president said talks would go on.";
    let (events, _, a) = run(text);
    let summit = events.iter().find(|e| e.trigger == "summit").expect("the summit is an event");
    assert_eq!(roles(text, &a, summit, EdgeKind::Participant), ["Peru"], "{events:?}");
}

/// "Haiti crisis: gang attack kills twelve": a name before a colon is the topic or the speaker
/// of what follows, no party to it.
#[test]
fn a_name_before_a_colon_takes_no_part_in_what_follows() {
    let text = "Haiti crisis: Gang attack on a police station in Mirebalais kills twelve officers.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).is_empty(), "{events:?}");
    assert_eq!(roles(text, &a, attack, EdgeKind::Location), ["Mirebalais"]);
}

/// "condemned the bombing of a school in Herat": where the bombing was, not the condemning.
#[test]
fn a_verb_of_stance_leaves_the_place_to_the_event_noun_it_takes() {
    let text = "Norway condemned the bombing of a school in Herat on Monday.";
    let (events, _, a) = run(text);
    let condemning = events.iter().find(|e| e.root == 11).expect("the condemning is an event");
    assert!(roles(text, &a, condemning, EdgeKind::Location).is_empty(), "{events:?}");
    let bombing = events.iter().find(|e| e.trigger == "bombing").expect("the bombing is an event");
    assert_eq!(roles(text, &a, bombing, EdgeKind::Location), ["Herāt"], "{events:?}");
    // A verb of violence shares the place of the noun it happened in.
    let text = "Taliban fighters killed two Afghan soldiers in an ambush in Herat.";
    let (events, _, a) = run(text);
    let killing = events.iter().find(|e| e.trigger.starts_with("kill")).expect("the killing is an event");
    assert_eq!(roles(text, &a, killing, EdgeKind::Location), ["Herāt"], "{events:?}");
}

/// "Chilean strikes hit Arica as border talks resume in Lima": a subordinate clause after the
/// main one (a subordinator, then a verb, or the trigger ending the clause's subject) holds its
/// trigger; a name before the subordinator takes no part in it — unless a pronoun opens the clause.
#[test]
fn a_later_subordinate_clause_keeps_its_trigger_from_the_main_clauses_names() {
    let parties = |text: &str, trigger: &str| {
        let (events, _, a) = run(text);
        let e = events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("{trigger}: {events:?}"));
        roles(text, &a, e, EdgeKind::Participant)
    };
    // The trigger ends the clause's subject; its verb is a bare present ("resume").
    let text =
        "Chilean troops shelled Arica as ceasefire talks resume in Lima. Peru and Bolivia hold the talks in Lima.";
    let talks = parties(text, "talks");
    assert!(!talks.contains(&"Chile".to_string()) && talks.contains(&"Peru".to_string()), "{talks:?}");
    // A verb before the trigger: the clause's own subject acts.
    let text = "The Andean Times quoted Ines Varga as saying Peru had signed a truce with Bolivia.";
    let truce = parties(text, "truce");
    assert!(!truce.contains(&"Ines Varga".to_string()) && !truce.contains(&"Andean Times".to_string()), "{truce:?}");
    assert!(truce.contains(&"Peru".to_string()), "{truce:?}");
    let text = "Ecuador's leaders stayed silent while rebels launched an offensive near Quito.";
    assert!(!parties(text, "offensive").contains(&"Ecuador".to_string()));
    // Not clauses: "as" opening a noun phrase, and a pronoun that may stand for the name.
    let text = "The Andean Front militia formerly known as the Coastal Brigade has attacked Bolivia.";
    assert!(parties(text, "attack").contains(&"Andean Front".to_string()));
    let text = "Peruvian forces came under pressure as they launched an offensive against Chilean rebels.";
    assert!(parties(text, "offensive").contains(&"Peru".to_string()));
}

/// "…, the Chilean foreign ministry said, two days after …": the closing speakers' name takes no
/// part when a comma closes their report too; "in the Chilean port of Arica" only says where Arica is.
#[test]
fn speakers_before_a_comma_and_a_country_naming_a_towns_state_take_no_part() {
    let text = "Envoys of Peru and Bolivia resumed talks in Arica on Sunday, the Chilean foreign ministry said, \
                two days after a ceasefire was agreed.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    let text = "Peruvian rebels shelled the Chilean port of Arica on Monday.";
    let (events, _, a) = run(text);
    let shelling = events.iter().find(|e| e.trigger.starts_with("shell")).expect("the shelling is an event");
    assert_eq!(roles(text, &a, shelling, EdgeKind::Participant), ["Peru"], "{events:?}");
}

/// "the negotiations, which were brokered by X": a relative clause right after the event noun
/// describes that event, so its mediator and host phrases name the event's mediator and host;
/// a clause on a name further on keeps its own ("with Chile, which is backed by …").
#[test]
fn a_clause_describing_the_event_noun_names_its_mediator() {
    let text = "Peru and Ecuador opened negotiations, which were brokered by Brazil, in Quito on Tuesday.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "negotiations").expect("the negotiations are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["Brazil"], "{events:?}");
    assert!(!roles(text, &a, talks, EdgeKind::Participant).contains(&"Brazil".to_string()), "{events:?}");
    let text = "The summit between Ghana and Togo, which was hosted by Benin, ended without a deal.";
    let (events, _, a) = run(text);
    let summit = events.iter().find(|e| e.trigger == "summit").expect("the summit is an event");
    assert_eq!(roles(text, &a, summit, EdgeKind::Host), ["Benin"], "{events:?}");
    // Far from the noun, the clause is another name's.
    let text = "Bolivia held talks on water rights with the regional council of Potosi province, which was chaired by Evo Quispe.";
    let (events, _, a) = run(text);
    for e in &events {
        assert!(roles(text, &a, e, EdgeKind::Mediator).is_empty(), "{events:?}");
    }
}

/// "fighting between the army, led by X, and the RSF": a first side without a name still makes
/// the named second side the only party — the first side's leader takes no part.
#[test]
fn a_nameless_first_side_of_between_leaves_the_second_alone() {
    let text = "Clashes between the police, commanded by Colonel Tomas Reyes, and the Andean Front spread to Cusco.";
    let (events, _, a) = run(text);
    let clashes =
        events.iter().find(|e| e.trigger.to_lowercase().starts_with("clash")).expect("the clashes are an event");
    assert_eq!(roles(text, &a, clashes, EdgeKind::Participant), ["Andean Front"], "{events:?}");
    // Both sides named: both take part, as before.
    let text = "Clashes between the Andean Front and Bolivia spread to Cusco.";
    let (events, _, a) = run(text);
    let clashes =
        events.iter().find(|e| e.trigger.to_lowercase().starts_with("clash")).expect("the clashes are an event");
    assert_eq!(roles(text, &a, clashes, EdgeKind::Participant), ["Andean Front", "Bolivia"], "{events:?}");
}

/// "who commands the corps", "troops commanded by X": holding a command is a post, no event.
#[test]
fn commanding_is_no_event() {
    let text = "Colonel Tomas Reyes, who commands the Andean Front, met Bolivian envoys in La Paz.";
    let (events, _, _) = run(text);
    assert!(events.iter().all(|e| !e.trigger.starts_with("command")), "{events:?}");
    assert!(events.iter().any(|e| e.trigger == "meet"), "{events:?}");
}

/// "X delayed the vote, sparking protests", "protests sparked by the arrest of X": the cause's
/// names take no part in the reaction it caused; the doer right after "by" and a side of a fight
/// it provoked still do.
#[test]
fn a_cause_takes_no_part_in_its_effect() {
    // (Protests without a named party are no event of their own; none lists these names.)
    let no_protest_of = |text: &str, name: &str| {
        let (events, _, a) = run(text);
        assert!(!events.is_empty(), "the cause is an event: {events:?}");
        for e in events.iter().filter(|e| e.trigger.to_lowercase().starts_with("protest")) {
            assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&name.to_string()), "{events:?}");
        }
    };
    no_protest_of("Chile expelled the Bolivian ambassador, sparking protests in Lima.", "Chile");
    no_protest_of("Protests sparked by the arrest of Ana Ortiz spread to Cusco.", "Ana Ortiz");
    let text = "Bolivian troops provoked the fighting by shelling a Peruvian post.";
    let (events, _, a) = run(text);
    let fighting = events.iter().find(|e| e.trigger.starts_with("fight")).expect("the fighting is an event");
    assert!(roles(text, &a, fighting, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
}

/// "Her father, who resigned last week, fled": a possessive pronoun before a family noun says whose
/// relative is meant — the pronoun's person takes no part in what the relative did.
#[test]
fn a_possessive_before_a_family_noun_takes_no_part() {
    let text =
        "Ines Varga spoke in Lima on Monday. Her father, who resigned last week, attacked a Chilean patrol near Quito.";
    let (events, _, a) = run(text);
    for e in &events {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Ines Varga".to_string()), "{events:?}");
    }
}

/// "films about the music of Mali and Chad": the names of a topic phrase are what something is
/// about; the doer and a party named outside the phrase still take part.
#[test]
fn the_topic_of_an_about_phrase_takes_no_part() {
    let text = "Ines Varga attacked the newspaper with a report about the debts of Peru, Bolivia and Ecuador.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is an event");
    assert_eq!(roles(text, &a, attack, EdgeKind::Participant), ["Ines Varga"], "{events:?}");
    let text = "Chile held talks with Peru concerning Bolivia's access to the sea.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    // A topic preposition may be several words long.
    let text = "Chilean police arrested Ana Ruiz in connection with the Tarvos Mining bribes.";
    let (events, _, a) = run(text);
    let arrest = events.iter().find(|e| e.trigger == "arrest").expect("the arrest is an event");
    assert!(!roles(text, &a, arrest, EdgeKind::Participant).iter().any(|r| r.contains("Tarvos")), "{events:?}");
    // So are those of a verb of discussing.
    let text = "Chile met Peru's envoy in Lima to discuss Bolivia's access to the sea.";
    let (events, _, a) = run(text);
    let meeting = events.iter().find(|e| e.trigger == "meet").expect("the meeting is an event");
    assert_eq!(roles(text, &a, meeting, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
    // An event told inside the phrase keeps its own parties.
    let text = "Peru voiced doubts about the Chilean truce offer.";
    let (events, _, a) = run(text);
    let truce = events.iter().find(|e| e.trigger == "truce").expect("the truce is an event");
    assert!(roles(text, &a, truce, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    // A finite verb ends the phrase: the name after it is a party again.
    let text = "Peru complained about the delays and attacked Bolivia.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
}

/// "the Jordanian pilot X": a country's adjective on an occupation noun only says whose citizen
/// the person is; the person takes part, the country does not.
#[test]
fn a_nationality_on_an_occupation_takes_no_part() {
    let text = "The Jordanian pilot Omar Haddad was captured near Raqqa.";
    let (events, _, a) = run(text);
    let capture = events.iter().find(|e| e.trigger.starts_with("captur")).expect("the capture is an event");
    assert_eq!(roles(text, &a, capture, EdgeKind::Participant), ["Omar Haddad"], "{events:?}");
    let text = "Talks were attended by Marta Ilves, an Estonian lawyer, and by envoys of Chile.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert!(!roles(text, &a, talks, EdgeKind::Participant).contains(&"Estonia".to_string()), "{events:?}");
}

/// "Japan announced sanctions on X": the one who announces a measure takes it; one who announces
/// violence only comments on it.
#[test]
fn an_announced_measure_is_the_announcers() {
    let text = "Norway announced new sanctions against Belarus.";
    let (events, _, a) = run(text);
    let sanctions = events.iter().find(|e| e.trigger == "sanctions").expect("the sanctions are an event");
    assert!(roles(text, &a, sanctions, EdgeKind::Participant).contains(&"Norway".to_string()), "{events:?}");
    let text = "Norway announced the attack on Minsk.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger == "attack") {
        assert!(!roles(text, &a, e, EdgeKind::Participant).contains(&"Norway".to_string()), "{events:?}");
    }
}

/// "Niger expelled the envoy as Ghana weighed sanctions": the subject of a later clause takes no
/// part in the main clause's event; "as part of" and "such as" open no clause.
#[test]
fn the_subject_of_a_later_clause_is_no_party() {
    let text = "Niger expelled the French envoy as Ghana weighed sanctions.";
    let (events, _, a) = run(text);
    let expel = events.iter().find(|e| e.trigger == "expel").expect("the expulsion is an event");
    assert!(!roles(text, &a, expel, EdgeKind::Participant).contains(&"Ghana".to_string()), "{events:?}");
    // A pronoun may stand for a party of the main clause.
    let text = "Omar Diallo led prayers in Niamey. A mosque was hit in an airstrike as he was leaving.";
    let (events, _, a) = run(text);
    let strike = events.iter().find(|e| e.trigger == "airstrike").expect("the airstrike is an event");
    assert!(roles(text, &a, strike, EdgeKind::Participant).contains(&"Omar Diallo".to_string()), "{events:?}");
    let text = "Niger expelled envoys from states such as Ghana.";
    let (events, _, a) = run(text);
    let expel = events.iter().find(|e| e.trigger == "expel").expect("the expulsion is an event");
    assert!(roles(text, &a, expel, EdgeKind::Participant).contains(&"Ghana".to_string()), "{events:?}");
}

/// "Chile called on Peru and Bolivia to agree to a truce": the asker takes no part in what it asks
/// for, which has not happened — unless it asks to stop something under way ("urged Peru to halt
/// the raids": the raids happen). Talks are left to the caller: the asker is often the other side.
#[test]
fn who_asks_another_to_act_takes_no_part_and_the_asked_for_is_not_yet() {
    let text = "Chile called on Peru and Bolivia to agree to a truce in Arica.";
    let (events, _, a) = run(text);
    let truce = events.iter().find(|e| e.trigger == "truce").expect("the truce is an event");
    assert_eq!(roles(text, &a, truce, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    assert_eq!(truce.modality, Modality::Hypothetical, "{events:?}");
    let text = "Chile urged Peru to halt the raids on Bolivian villages.";
    let (events, _, a) = run(text);
    let raids = events.iter().find(|e| e.trigger == "raids").expect("the raids are an event");
    assert!(!roles(text, &a, raids, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    assert_eq!(raids.modality, Modality::Asserted, "{events:?}");
}
