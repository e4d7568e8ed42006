//! Tests of event extraction, written as new sentences: triggers, participants, roles, modality.

use super::*;
use crate::model::{EdgeKind, Modality, Role};
use crate::nlp::{Target, analyze};

pub(super) fn run(text: &str) -> (Vec<EventFinding>, Vec<RelationFinding>, Analysis) {
    let a = analyze(text);
    let (e, r) = find_events(text, &a);
    (e, r, a)
}

pub(super) fn name(_text: &str, a: &Analysis, k: usize) -> String {
    match &a.entities[k].target {
        Target::Known(i) => crate::nlp::Gazetteer::bundled().entry(*i).label.clone(),
        Target::New { label, .. } => label.clone(),
    }
}

pub(super) fn roles(text: &str, a: &Analysis, e: &EventFinding, kind: EdgeKind) -> Vec<String> {
    let mut v: Vec<String> = e.roles.iter().filter(|r| r.kind == kind).map(|r| name(text, a, r.entity)).collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn talks_with_mediator_location_and_coreference() {
    let text = "Officials from Israel and Lebanon held direct talks facilitated by the United States. The talks were hosted in the border town of Naqoura. U.S. envoys chaired the session.";
    let (events, _, a) = run(text);
    let consult: Vec<&EventFinding> = events.iter().filter(|e| e.root == 4).collect();
    assert_eq!(consult.len(), 1, "{events:?}");
    let e = consult[0];
    assert_eq!(e.mentions.len(), 3, "the talks, the session join the first mention");
    assert_eq!(roles(text, &a, e, EdgeKind::Participant), ["Israel", "Lebanon"]);
    assert_eq!(roles(text, &a, e, EdgeKind::Mediator), ["United States"]);
    assert_eq!(roles(text, &a, e, EdgeKind::Location), ["En Nâqoûra"]);
    assert_eq!(e.modality, Modality::Asserted);
}

/// "mediated by former Chilean President X and former Ecuadorian President Y": the titled
/// people mediate, not the countries of their titles.
#[test]
fn mediators_named_with_their_titles_are_the_people() {
    let text = "Peru and Bolivia held talks mediated by former Chilean President Ana Ortiz and former \
                Ecuadorian President Tomas Reyes.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.root == 4).expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["Ana Ortiz", "Tomas Reyes"], "{events:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
}

/// "Peru's Mining Minister", "the War Minister": a capitalised word of a title tells no event.
#[test]
fn a_word_of_a_title_is_no_trigger() {
    for text in ["Peru's Mining Minister Ana Soto spoke on Friday.", "Chile's War Minister visited Lima."] {
        let (events, _, _) = run(text);
        assert!(!events.iter().any(|e| matches!(e.trigger.as_str(), "mine" | "war")), "{text}: {events:?}");
    }
}

/// "Peruvian and Chilean mediators hosted talks": names coordinated before the host verb's subject
/// host too; "a host of nations" is a noun and makes no host.
#[test]
fn coordinated_hosts_share_the_role_and_a_host_of_is_no_verb() {
    let text = "Peruvian and Chilean mediators hosted a new round of talks between Bolivia and Ecuador in Lima.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Host), ["Chile", "Peru"], "{events:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Ecuador"], "{events:?}");
    // Two who host together: "co-hosted".
    let text = "Peru and Chile, which co-hosted the talks in Lima, urged Bolivia and Ecuador to return.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Host), ["Chile", "Peru"], "{events:?}");
    assert!(roles(text, &a, talks, EdgeKind::Participant).is_empty(), "{events:?}");
    let a = analyze("Peru and a host of smaller states said Chile will host the talks.");
    let at = |word: &str| a.lowered.iter().rposition(|w| w == word).expect("the word is there");
    assert!(roles::used_as_a_noun(&a, a.lowered.iter().position(|w| w == "host").unwrap()));
    assert!(!roles::used_as_a_noun(&a, at("host")));
}

/// "signed in the presence of X" makes X a witness for both sides (a mediator), not a party; a
/// title of several words ("Secretary of State") still leads to the person.
#[test]
fn a_witness_to_an_agreement_is_its_mediator_and_a_titled_side_is_the_person() {
    let text = "Peru and Bolivia signed an accord in Quito in the presence of Chilean Minister of \
                Defence Tomas Reyes.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert_eq!(roles(text, &a, accord, EdgeKind::Mediator), ["Tomas Reyes"], "{events:?}");
    assert_eq!(roles(text, &a, accord, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    let text = "No date was set for a meeting between Tomas Reyes and Chilean President Ana Ortiz.";
    let (events, _, a) = run(text);
    let meeting = events.iter().find(|e| e.trigger == "meeting").expect("the meeting is an event");
    assert_eq!(roles(text, &a, meeting, EdgeKind::Participant), ["Ana Ortiz", "Tomas Reyes"], "{events:?}");
}

#[test]
fn violence_without_a_named_side_is_an_event_where_it_happened() {
    let text = "Bomb attack in Kandahar kills nine\n\nGunmen killed nine people in an attack on a bus \
                station in Kandahar on Tuesday. The Taliban claimed the attack. The mayor spoke of the violence.";
    let (events, _, a) = run(text);
    let attacks: Vec<&EventFinding> = events.iter().filter(|e| e.root == 18).collect();
    assert_eq!(attacks.len(), 1, "headline, body and claim are one attack: {events:?}");
    assert_eq!(attacks[0].mentions.len(), 3, "{events:?}");
    assert_eq!(roles(text, &a, attacks[0], EdgeKind::Location), ["Kandahār"]);
    assert_eq!(roles(text, &a, attacks[0], EdgeKind::Participant), ["Taliban"]);
    // With no place and no side there is nothing to place on a map: no event.
    let (events, _, _) = run("Gunmen opened fire during an attack on Tuesday.");
    assert!(events.iter().all(|e| e.root < 18), "{events:?}");
}

/// A protest told by a noun is an event where it happened, like violence: "protests in Cusco".
#[test]
fn a_protest_without_a_named_side_is_an_event_where_it_happened() {
    let text = "Thousands joined protests in Cusco on Sunday against the new mining law.";
    let (events, _, a) = run(text);
    let protests = events.iter().find(|e| e.trigger == "protests").expect("the protests are an event");
    assert_eq!(roles(text, &a, protests, EdgeKind::Location), ["Cusco"], "{events:?}");
    // Other roots without a side stay no event ("talks in Lima" name none).
    let (events, _, _) = run("Officials said talks in Lima had stalled.");
    assert!(events.iter().all(|e| e.trigger != "talks"), "{events:?}");
}

/// "the Chilean port of Arica": the country's adjective says where the port is; the port
/// is where the talks were.
#[test]
fn a_place_named_with_its_country_adjective_is_the_location() {
    let text = "Peru and Bolivia held talks in the Chilean port of Arica on Friday.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Arica"]);
    // Every actor listed after "brokered by" brokers.
    let text = "Peru and Bolivia held talks in Arica, brokered by Brazil and the African Union.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["African Union", "Brazil"]);
}

/// A place in an opening participle phrase ("Born in Arica,") is not where the main
/// clause's event happened.
#[test]
fn a_place_in_an_opening_participle_phrase_is_not_the_location() {
    let text = "Born in Arica, Ines Varga mediated talks between Peru and Bolivia in 2019.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert!(roles(text, &a, talks, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Based in Lima, the envoys mediated talks between Peru and Bolivia in Arica.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Arica"]);
}

/// "the Chile-based miner", "Peruvian-backed rebels": where someone is based, or who backs
/// them, takes no part in what they do.
#[test]
fn a_name_before_based_or_backed_takes_no_part() {
    let text = "The Peruvian-backed Andean Front attacked Bolivia.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    let parties = roles(text, &a, attack, EdgeKind::Participant);
    assert!(parties.contains(&"Bolivia".to_string()) && !parties.contains(&"Peru".to_string()), "{parties:?}");
    let text = "On Monday, Peru-backed fighters attacked Bolivia.";
    let (events, _, a) = run(text);
    assert!(events.iter().all(|e| !roles(text, &a, e, EdgeKind::Participant).contains(&"Peru".to_string())));
    let text = "Peru fined Andes Mining, the Chile-based copper producer, on Monday.";
    let (events, _, a) = run(text);
    let fine = events.iter().find(|e| e.trigger == "fine").expect("the fine is an event");
    let parties = roles(text, &a, fine, EdgeKind::Participant);
    assert!(parties.contains(&"Andes Mining".to_string()) && !parties.contains(&"Chile".to_string()), "{parties:?}");
    // A ship's flag says where it is registered, not who sails it.
    let text = "The Andean Front attacked a Bolivian-flagged tanker off Arica.";
    let (events, _, a) = run(text);
    assert!(events.iter().all(|e| !roles(text, &a, e, EdgeKind::Participant).contains(&"Bolivia".to_string())));
    // A leader acts through what it leads.
    let text = "On Monday, Peru-led forces attacked Bolivia.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Peru".to_string()), "{events:?}");
}

#[test]
fn a_list_after_a_place_preposition_is_a_list_of_places() {
    let text = "The Andean Front has carried out attacks in Chile, Peru and Bolivia since 2019.";
    let (events, _, a) = run(text);
    let attacks = events.iter().find(|e| e.trigger == "attacks").expect("the attacks are an event");
    assert!(roles(text, &a, attacks, EdgeKind::Participant).iter().all(|p| p == "Andean Front"), "{events:?}");
    let mut places = roles(text, &a, attacks, EdgeKind::Location);
    places.sort();
    assert_eq!(places, ["Bolivia", "Chile", "Peru"]);
}

/// Verbs of state and expectation tell no event.
#[test]
fn states_and_expectations_are_no_events() {
    let text = "Rebels linked to Peru controlled Oruro. Chile was expected to join Bolivia.";
    let (events, _, _) = run(text);
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    assert_eq!(triggers, ["join"], "{events:?}");
}

/// "led by retired Chilean general X": a participle before a title describes the person; "has
/// dismissed Prosecutor General X" is a verb with its object.
#[test]
fn a_participle_before_a_title_is_no_event() {
    let text = "The United Nations mission in Peru is led by retired Chilean general Tomas Reyes.";
    let (events, _, _) = run(text);
    assert!(events.iter().all(|e| e.trigger != "retire"), "{events:?}");
    // A verb before a title with its determiner is still a verb.
    let text = "Peruvian rebels attacked the president of Bolivia on Monday.";
    let (events, _, _) = run(text);
    assert!(events.iter().any(|e| e.trigger == "attack"), "{events:?}");
    // After an auxiliary or its subject's name the participle is the verb, the titled person its
    // object.
    for text in [
        "Bolivia has dismissed Prosecutor General Tomas Reyes after the vote.",
        "Ana Ortiz praised President Tomas Reyes on Monday.",
    ] {
        let (events, _, _) = run(text);
        assert!(events.iter().any(|e| e.trigger == "dismiss" || e.trigger == "praise"), "{text}: {events:?}");
    }
}

/// "(French: Mouvement du 23 mars)": a gloss in another language tells no event.
#[test]
fn a_gloss_in_another_language_is_no_event() {
    let text = "Peru attacked Bolivia near the Andean Front (Spanish: Chile mars Peru) on Monday.";
    let (events, _, _) = run(text);
    assert!(events.iter().all(|e| e.trigger != "mar"), "{events:?}");
    assert!(events.iter().any(|e| e.trigger == "attack"), "{events:?}");
}

/// "47 states", "10,000 copies": a verb form after a count is a plural noun; after a year or a
/// day of a month it is still a verb.
#[test]
fn a_verb_form_after_a_count_is_a_noun() {
    let (events, _, _) = run("Peru counted 99 hits on Bolivian sites last year.");
    assert!(events.iter().all(|e| e.trigger != "hit"), "{events:?}");
    let text = "Ana Ortiz left Lima and in 1989 visited Bolivia.";
    let (events, _, _) = run(text);
    assert!(events.iter().any(|e| e.trigger == "visit"), "{events:?}");
}

/// "conducted 45 assaults": assaults are events told by a noun, like attacks.
#[test]
fn assaults_are_events_told_by_a_noun() {
    let (events, _, _) = run("Chilean troops conducted 45 assaults near Arica in Peru.");
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    assert_eq!(triggers, ["assaults"], "{events:?}");
}

/// "conducted 15 strikes": the strikes are the event, the verb only carries them.
#[test]
fn a_light_verb_before_an_event_noun_is_no_event() {
    let (events, _, _) = run("Chilean jets conducted 15 strikes against Bolivia near Oruro.");
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    assert_eq!(triggers, ["strikes"], "{events:?}");
    // "imposed sanctions", "slapped sanctions": the sanctions are the event.
    let (events, _, _) = run("Chile slapped new sanctions on Bolivia, and Peru imposed sanctions on Bolivia too.");
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    assert!(triggers.iter().all(|t| *t == "sanctions"), "{events:?}");
    let (events, _, _) = run("Chile conducted a census with Peru in Arica.");
    assert!(events.iter().any(|e| e.trigger == "conduct"), "without an event noun the verb stays: {events:?}");
}

/// "Statement by X on the attacks": X wrote about the attacks.
#[test]
fn the_author_of_a_statement_takes_no_part_in_its_subject() {
    let text = "Statement by the Chilean Foreign Ministry on the attacks in Arica.";
    let (events, _, a) = run(text);
    for e in &events {
        assert!(roles(text, &a, e, EdgeKind::Participant).is_empty(), "{events:?}");
    }
    // An attack by someone is theirs.
    let text = "The attack by Bolivia on Arica was condemned.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Participant).contains(&"Bolivia".to_string()), "{events:?}");
}

/// A place inside a subordinate clause after the trigger is where that clause happened.
#[test]
fn a_place_in_a_subordinate_clause_is_not_the_location() {
    let text = "The attack on the convoy came hours after Peru's president appeared at a rally in Cusco.";
    let (events, _, a) = run(text);
    for e in events.iter().filter(|e| e.trigger == "attack") {
        assert!(roles(text, &a, e, EdgeKind::Location).is_empty(), "{events:?}");
    }
    let text = "Peru and Bolivia held talks after midnight in Cusco.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Cusco"], "no verb, no clause");
}

/// Talks told twice at one place (a headline, then the body) are one event when their
/// parties agree; other parties at the same place hold talks of their own.
#[test]
fn talks_told_again_at_the_same_place_are_the_same_talks() {
    let text = "Bolivia resumes talks in Arica. Delegations of Peru and Bolivia opened talks in Arica on Friday.";
    let (events, _, _) = run(text);
    let talks: Vec<_> = events.iter().filter(|e| e.trigger == "talks").collect();
    assert_eq!(talks.len(), 1, "{events:?}");
    assert_eq!(talks[0].mentions.len(), 2, "{events:?}");
    let text = "Peru and Bolivia held talks in Arica. Chile and Argentina held talks in Arica a week later.";
    let (events, _, _) = run(text);
    assert_eq!(events.iter().filter(|e| e.trigger == "talks").count(), 2, "{events:?}");
}

/// An agreement told twice at one place (a headline's "deal", the body's "agreement") is one.
#[test]
fn an_agreement_told_again_at_the_same_place_is_the_same_agreement() {
    let text = "Peru and Bolivia sign water deal in Arica\n\nThe foreign ministers of Peru and Bolivia \
                signed an agreement in Arica on Friday.";
    let (events, _, _) = run(text);
    let deals: Vec<_> = events.iter().filter(|e| e.root == 5).collect();
    assert_eq!(deals.len(), 1, "{events:?}");
    assert_eq!(deals[0].mentions.len(), 2, "{events:?}");
}

/// A definite noun that names no party refers to the event told by the same noun before, not
/// to the latest event of its kind ("the war" is no strike).
#[test]
fn a_definite_reference_prefers_the_event_told_by_the_same_noun() {
    let text = "The war between Karlovia and Velmar began in May. A drone strike by Velmar hit a market \
                in Tolvane. The war has displaced thousands.";
    let (events, _, _) = run(text);
    let war = events.iter().find(|e| e.trigger == "war").expect("the war is an event");
    assert_eq!(war.mentions.len(), 2, "{events:?}");
}

/// "Chile launched strikes in May, and Peru held talks in Lima": a place in a coordinated clause
/// with its own subject and verb is that clause's, not the first clause's event's.
#[test]
fn a_place_in_the_next_coordinated_clause_is_its_own() {
    let text = "Bolivia launched air strikes on Monday, and Peru held talks in Lima.";
    let (events, _, a) = run(text);
    let strikes = events.iter().find(|e| e.trigger == "airstrike").expect("the strikes are an event");
    assert!(roles(text, &a, strikes, EdgeKind::Location).is_empty(), "{events:?}");
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Location), ["Lima"], "{events:?}");
}

#[test]
fn places_of_the_speakers_are_not_where_the_event_happened() {
    let text = "Chile and Peru signed an accord on Sunday, officials in Lima and Santiago said.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert!(roles(text, &a, accord, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Chile and Peru signed an accord in Lima on Sunday, officials said.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    assert_eq!(roles(text, &a, accord, EdgeKind::Location), ["Lima"]);
}

#[test]
fn a_trigger_noun_that_modifies_another_noun_is_no_event_of_its_own() {
    let (events, _, _) = run("The court accused Karlovia of war crimes and bought attack helicopters.");
    assert!(events.iter().all(|e| e.trigger != "war" && e.trigger != "attack"), "{events:?}");
    let (events, _, _) = run("Chile and Peru signed a ceasefire deal in Lima.");
    let nouns: Vec<&str> = events.iter().filter(|e| e.trigger != "sign").map(|e| e.trigger.as_str()).collect();
    assert!(nouns.contains(&"deal") && !nouns.contains(&"ceasefire"), "{events:?}");
    let (events, _, _) = run("Bolivia shelled an aid convoy and Chile drew up attack plans.");
    assert!(events.iter().all(|e| e.trigger != "aid" && e.trigger != "attack"), "{events:?}");
    let (events, _, _) = run("Chile bought battle tanks and strike missiles from Peru.");
    assert!(events.iter().all(|e| e.trigger != "battle" && e.trigger != "strike"), "{events:?}");
    // A trigger before a verb or a preposition stays one.
    let (events, _, _) = run("The attack killed nine soldiers near Kandahar.");
    assert!(events.iter().any(|e| e.trigger == "attack"), "{events:?}");
    // After a bare "of" completing such a head it classifies too; a determiner makes it one war.
    let (events, _, _) = run("Chile and Peru freed 40 prisoners of war on Monday.");
    assert!(events.iter().all(|e| e.trigger != "war"), "{events:?}");
    let (events, _, _) = run("Chile freed the prisoners of the war with Peru.");
    assert!(events.iter().any(|e| e.trigger == "war"), "{events:?}");
    // A gerund after "of" is a verb's.
    let (events, _, _) = run("Chile accused Peruvian helicopters of bombing a bridge.");
    assert!(events.iter().any(|e| e.trigger == "bombing"), "{events:?}");
}

/// "added" reports speech, "heads" and "served as" tell a post, "ruling" a party in power:
/// none is something that happened between the names.
#[test]
fn verbs_of_speech_and_of_office_are_no_events() {
    let text = "Marek Nowak, who heads the Polish farmers' union, served as mayor of Lublin and \
                backed the ruling coalition, adding that Warsaw should talk to Kyiv.";
    let (events, _, _) = run(text);
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    for office in ["head", "serve", "rule", "add"] {
        assert!(!triggers.contains(&office), "{triggers:?}");
    }
    assert!(triggers.contains(&"back"), "a verb that says what someone did stays: {triggers:?}");
}

/// "joined X", "studied at X", "worked for X" tell a career: an affiliation, no event; the
/// same verb with no organisation after it stays an event.
#[test]
fn careers_are_no_events() {
    let text = "Lena Okafor studied law at Makerere University and joined the Kampala Reform Party in 2004.";
    let (events, relations, a) = run(text);
    let triggers: Vec<&str> = events.iter().map(|e| e.trigger.as_str()).collect();
    assert!(!triggers.contains(&"join") && !triggers.contains(&"study"), "{triggers:?}");
    let labels: Vec<(String, String)> = relations.iter().map(|r| (name(text, &a, r.target), r.label.clone())).collect();
    assert!(labels.contains(&("Makerere University".into(), "educated at".into())), "{labels:?}");
    assert!(labels.contains(&("Kampala Reform Party".into(), "member of".into())), "{labels:?}");
    let (events, _, _) = run("Chad joined the fighting near Tibesti on Monday.");
    assert!(events.iter().any(|e| e.trigger == "join"), "{events:?}");
}

fn affiliations_of(text: &str) -> Vec<(String, String, String)> {
    let (_, relations, a) = run(text);
    relations
        .iter()
        .filter(|r| r.kind == EdgeKind::Affiliation)
        .map(|r| (name(text, &a, r.source), name(text, &a, r.target), r.label.clone()))
        .collect()
}

#[test]
fn affiliations_from_titles_and_appositions() {
    let found = affiliations_of(
        "Naim Qassem, the Hezbollah leader, spoke on Sunday. Hezbollah leader Naim Qassem warned Israel. \
         Maj. Gen. Gary J. Volesky, commander of Combined Joint Forces Land Component Command, visited Baghdad. \
         Israel's defence minister Israel Katz replied. Iraqi Prime Minister Haider al-Abadi met him.",
    );
    let has = |person: &str, org: &str| found.iter().any(|(p, o, _)| p == person && o == org);
    assert!(has("Naim Qassem", "Hezbollah"), "{found:?}");
    assert_eq!(found.iter().filter(|(p, o, _)| p == "Naim Qassem" && o == "Hezbollah").count(), 2, "{found:?}");
    assert!(found.iter().any(|(p, o, _)| p.ends_with("Volesky") && o.starts_with("Combined Joint")), "{found:?}");
    assert!(has("Israel Katz", "Israel"), "{found:?}");
    assert!(has("Haider al-Abadi", "Iraq"), "{found:?}");
    // A list is not an apposition.
    let found = affiliations_of("Naim Qassem, Israel and Lebanon were named.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn negation_and_hypotheticals() {
    let (events, _, _) =
        run("Lebanon stressed that the talks should not be viewed as the beginning of peace negotiations with Israel.");
    // The negotiations are found, and found not to be happening.
    let negotiations = events.iter().find(|e| e.trigger == "negotiations").expect("the negotiations are an event");
    assert_eq!(negotiations.modality, Modality::Negated, "{events:?}");
    // A denial reaches no second predicate coordinated after it; a second object it does.
    let (events, _, _) =
        run("The Andean Front denied losing Puno and said its fighters had repelled an attack by Peru.");
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert_eq!(attack.modality, Modality::Asserted, "{events:?}");
    let (events, _, _) = run("Chile has denied shelling Tacna and bombing the port of Arica.");
    let bombing = events.iter().find(|e| e.trigger == "bombing").unwrap_or_else(|| panic!("no bombing in {events:?}"));
    assert_eq!(bombing.modality, Modality::Negated, "{events:?}");
    let (events, _, _) = run("Turkey could launch an offensive against the PKK in Iraq.");
    assert!(events.iter().any(|e| e.root == 19 && e.modality == Modality::Hypothetical), "{events:?}");
    // What a party wants or seeks has not happened.
    let (events, _, _) = run("Bolivia wants a permanent ceasefire with Chile.");
    let ceasefire = events.iter().find(|e| e.trigger == "ceasefire").expect("the ceasefire is an event");
    assert_eq!(ceasefire.modality, Modality::Hypothetical, "{events:?}");
    // Only its object: the attack the condolences are for happened.
    let (events, _, _) = run("Peru wants to convey condolences for the attack by Bolivia on Arica.");
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert_eq!(attack.modality, Modality::Asserted, "{events:?}");
}

#[test]
fn verbs_give_direction_and_passives_swap_it() {
    let text = "Israel attacked Hezbollah in Lebanon. Hezbollah was attacked by Israel. \
                Hezbollah, attacked by Israel, regrouped.";
    let (events, _, a) = run(text);
    let attacks: Vec<&EventFinding> = events.iter().filter(|e| e.trigger == "attack").collect();
    assert_eq!(attacks.len(), 3, "{events:?}");
    for e in attacks {
        let source: Vec<String> =
            e.roles.iter().filter(|r| r.role == Some(Role::Source)).map(|r| name(text, &a, r.entity)).collect();
        let target: Vec<String> =
            e.roles.iter().filter(|r| r.role == Some(Role::Target)).map(|r| name(text, &a, r.entity)).collect();
        assert_eq!(source, ["Israel"]);
        assert!(target.contains(&"Hezbollah".to_string()));
    }
}

#[test]
fn speakers_places_list_members_and_title_owners_are_not_participants() {
    let text = "Coalition nations which have conducted strikes in Syria include Australia, Bahrain and \
                the United Kingdom. Israel attacked Hezbollah positions, the Pentagon said. \
                Iraqi Prime Minister Haider al-Abadi met Ash Carter in Baghdad.";
    let (events, relations, a) = run(text);
    let participants: Vec<String> = events.iter().flat_map(|e| roles(text, &a, e, EdgeKind::Participant)).collect();
    for outsider in ["Syria", "Australia", "Bahrain", "United Kingdom", "Pentagon", "Iraq"] {
        assert!(!participants.iter().any(|p| p == outsider), "{outsider} in {participants:?}");
    }
    for insider in ["Israel", "Hezbollah", "Haider al-Abadi", "Ash Carter"] {
        assert!(participants.iter().any(|p| p == insider), "{insider} not in {participants:?}");
    }
    let strikes = events.iter().find(|e| e.trigger == "strikes").expect("strikes");
    assert_eq!(roles(text, &a, strikes, EdgeKind::Location), ["Syria"]);
    let members: Vec<(String, String)> = relations
        .iter()
        .filter(|r| r.kind == EdgeKind::Affiliation && r.label == "member")
        .map(|r| (name(text, &a, r.source), name(text, &a, r.target)))
        .collect();
    assert_eq!(members.len(), 3, "{members:?}");
    assert!(members.iter().all(|(_, head)| head == "Coalition"), "{members:?}");
}

#[test]
fn a_wire_service_credit_takes_no_part() {
    let text = "LIMA, June 9 (Reuters) - Chilean President Ana Ortiz met Peru's foreign minister on Sunday.";
    let (events, _, a) = run(text);
    let parties: Vec<String> = events.iter().flat_map(|e| roles(text, &a, e, EdgeKind::Participant)).collect();
    assert!(!parties.contains(&"Reuters".to_string()), "{parties:?}");
    assert!(parties.contains(&"Ana Ortiz".to_string()), "{parties:?}");
}

#[test]
fn passives_without_by_next_and_territories() {
    let text = "Yitzhak Rabin was assassinated in 1995 by Yigal Amir. \
                Turkish troops crossed the Syrian border and attacked the PKK.";
    let (events, _, a) = run(text);
    let killing = events.iter().find(|e| e.trigger == "assassinate").expect("assassinate");
    let target: Vec<String> =
        killing.roles.iter().filter(|r| r.role == Some(Role::Target)).map(|r| name(text, &a, r.entity)).collect();
    assert_eq!(target, ["Yitzhak Rabin"], "{killing:?}");
    let parties: Vec<String> = events.iter().flat_map(|e| roles(text, &a, e, EdgeKind::Participant)).collect();
    assert!(!parties.contains(&"Syria".to_string()), "{parties:?}");
}

#[test]
fn references_with_other_parties_are_other_events_and_commentators_stay_out() {
    let text = "Israel and Lebanon signed an agreement on Monday. Britain welcomed the agreement between \
                Iraq and the Kurdistan Regional Government. The agreement with Lebanon holds.";
    let (events, _, a) = run(text);
    let agreements: Vec<&EventFinding> = events.iter().filter(|e| e.trigger == "agreement").collect();
    assert_eq!(agreements.len(), 2, "{events:?}");
    let first = roles(text, &a, agreements[0], EdgeKind::Participant);
    assert_eq!(first, ["Israel", "Lebanon"], "the third sentence refers back to the first");
    assert_eq!(agreements[0].mentions.len(), 2);
    let second = roles(text, &a, agreements[1], EdgeKind::Participant);
    assert!(second.contains(&"Iraq".to_string()) && !second.contains(&"United Kingdom".to_string()), "{second:?}");
    // Who responds, reacts or comments on an event takes no part in it.
    for text in [
        "The Norwegian envoy, Kari Lunde, responded to the bombing in Mosul on Friday.",
        "Kari Lunde reacts to the ambush near Kirkuk.",
        "Envoy Kari Lunde comments on the bombing in Mosul.",
        "Envoy Kari Lunde statement on the Tessin ceasefire violations",
    ] {
        let (events, _, a) = run(text);
        let parties: Vec<String> = events.iter().flat_map(|e| roles(text, &a, e, EdgeKind::Participant)).collect();
        assert!(!parties.contains(&"Kari Lunde".to_string()), "{text}: {events:?}");
    }
}

#[test]
fn leaders_and_titles_through_of() {
    let found = affiliations_of(
        "The agreement between the Federal Government of Iraq, led by Prime Minister Haider al-Abadi, and \
         Turkey holds. US Secretary of State John Kerry arrived.",
    );
    assert!(found.iter().any(|(p, o, l)| p == "Haider al-Abadi" && o == "Iraq" && l == "leader"), "{found:?}");
    assert!(found.iter().any(|(p, o, _)| p == "John Kerry" && o == "United States"), "{found:?}");
    let found = affiliations_of(
        "Boris Johnson met the Iraqi Foreign Minister, Ibrahim al-Jaafari, in London. \
         The Hezbollah Commander, Lt. Gen. Ali Hassan, spoke.",
    );
    assert!(found.iter().any(|(p, o, _)| p == "Ibrahim al-Jaafari" && o == "Iraq"), "{found:?}");
    assert!(found.iter().any(|(p, o, _)| p == "Ali Hassan" && o == "Hezbollah"), "{found:?}");
}

#[test]
fn both_sides_of_between_take_part_however_far() {
    let text = "Britain welcomed the agreement on 2 December between the Federal Government of Iraq, led by \
                Prime Minister Haider al-Abadi, and Turkey, represented by its foreign minister, on oil exports.";
    let (events, _, a) = run(text);
    let agreement = events.iter().find(|e| e.trigger == "agreement").expect("agreement");
    let parties = roles(text, &a, agreement, EdgeKind::Participant);
    assert!(parties.contains(&"Iraq".to_string()) && parties.contains(&"Turkey".to_string()), "{parties:?}");
    assert!(!parties.contains(&"United Kingdom".to_string()), "{parties:?}");
    // Only the two sides: whoever works for the agreement is no party to it.
    let text = "Ecuador is working closely with Colombia to secure a ceasefire between Peru and Bolivia.";
    let (events, _, a) = run(text);
    let ceasefire = events.iter().find(|e| e.trigger == "ceasefire").expect("ceasefire");
    assert_eq!(roles(text, &a, ceasefire, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
}

#[test]
fn triggers_get_their_cameo_roots() {
    let cases = [
        ("Israel and Hamas agreed to a ceasefire in Gaza.", "ceasefire", 8),
        ("The European Union imposed new sanctions on Russia.", "sanctions", 16),
        ("Thousands joined protests against Iran in Tehran.", "protests", 14),
        ("Israeli airstrikes hit Hezbollah positions in Lebanon.", "airstrikes", 19),
        ("Turkey and Iraq held talks in Baghdad.", "talks", 4),
        ("Hezbollah claimed the bombing of an Israeli convoy.", "bombing", 18),
    ];
    for (text, trigger, root) in cases {
        let (events, _, _) = run(text);
        let e = events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("{text}: {events:?}"));
        assert_eq!(e.root, root, "{text}");
        assert_eq!(root_label(e.root), CAMEO_ROOTS[usize::from(root) - 1], "{text}");
    }
    // "according to" names a source; no agreement happens.
    let text = "Tomas Ruud was wounded near Vellan, according to the Norwegian Army.";
    let (events, _, _) = run(text);
    assert!(events.iter().all(|e| e.trigger != "accord"), "{events:?}");
}

#[test]
fn places_inside_places_and_presence_in_listed_places() {
    let text = "The strike hit Tabqa Dam, Syria, on Monday. Daesh fighters in Iraq and Syria retreated. \
                Officials visited Mosul, Raqqa and Aleppo.";
    let (_, relations, a) = run(text);
    let found: Vec<(String, EdgeKind, String)> =
        relations.iter().map(|r| (name(text, &a, r.source), r.kind, name(text, &a, r.target))).collect();
    assert!(found.contains(&("Tabqa Dam".into(), EdgeKind::LocatedIn, "Syria".into())), "{found:?}");
    assert!(found.contains(&("Islamic State".into(), EdgeKind::Relation, "Iraq".into())), "{found:?}");
    assert!(found.contains(&("Islamic State".into(), EdgeKind::Relation, "Syria".into())), "{found:?}");
    // A list of towns is no containment.
    assert!(!found.iter().any(|(s, k, _)| s == "Mosul" && *k == EdgeKind::LocatedIn), "{found:?}");
}

#[test]
fn relations_influence_and_affiliation() {
    let text = "Israeli officials reiterated concerns about Hezbollah’s influence in southern Lebanon. Iraqi Prime Minister Haider al-Abadi met Turkey.";
    let (_, relations, a) = run(text);
    let found: Vec<(String, String, String)> =
        relations.iter().map(|r| (name(text, &a, r.source), r.label.clone(), name(text, &a, r.target))).collect();
    assert!(found.contains(&("Israel".into(), "concerned about".into(), "Hezbollah".into())), "{found:?}");
    assert!(found.contains(&("Hezbollah".into(), "influence in".into(), "southern Lebanon".into())), "{found:?}");
    assert!(found.contains(&("Haider al-Abadi".into(), "Prime Minister".into(), "Iraq".into())), "{found:?}");
}

/// "must deal with the backlog", "swears by her laptop": a verb and a particle making an idiom of
/// another meaning tell no event; a deal with someone is still one.
#[test]
fn a_phrasal_idiom_is_no_event() {
    for text in [
        "Officials in Tallinn must deal with the backlog of asylum claims, Estonia said.",
        "The Estonian army is dealing with a shortage of drivers.",
        "Estonia should first deal with its own backlog, Latvia said.",
        "Marta Ilves swears by her Nokia phone.",
    ] {
        let (events, _, _) = run(text);
        assert!(events.iter().all(|e| e.root != 5 && e.root != 11), "{text}: {events:?}");
    }
    // "has broken with the ruling party": a political split, no fight.
    let (events, _, _) = run("Marta Ilves, who has broken with the ruling party in Tallinn, resigned on Monday.");
    assert!(events.iter().all(|e| e.root != 19), "{events:?}");
    let (events, _, _) = run("Estonia signed trade deals with Latvia.");
    assert!(events.iter().any(|e| e.root == 5), "{events:?}");
}

/// "the invasion of", "a blast in", "the killings": nouns of violence tell events; the -ing form
/// of a verb of violence after a comma or "be" and before its object is the verb ("…, killing
/// four soldiers", "were shelling the town"), while "there was fighting between" stays a noun.
#[test]
fn nouns_of_violence_and_participles_of_its_verbs() {
    let text = "Bolivia's invasion of Peru began in March.";
    let (events, _, a) = run(text);
    let invasion = events.iter().find(|e| e.trigger == "invasion").expect("the invasion is an event");
    assert_eq!(roles(text, &a, invasion, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    let (events, _, _) = run("A blast in Arica on Monday wounded six people.");
    assert!(events.iter().any(|e| e.trigger == "blast"), "{events:?}");
    let text = "Bolivian troops stormed Tarija on Monday, killing four Peruvian soldiers.";
    let (events, _, a) = run(text);
    assert!(events.iter().all(|e| e.trigger != "killing"), "{events:?}");
    let kill = events.iter().find(|e| e.trigger == "kill").expect("the killing is the verb's event");
    assert_eq!(roles(text, &a, kill, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
    let (events, _, _) = run("There was fighting between Chile and Peru on Monday.");
    assert!(events.iter().any(|e| e.trigger == "fighting"), "{events:?}");
}

/// "has attacked ships since the start of the war in Arica", "arrived in Lima after talks in
/// Quito": the place after an event noun in a phrase of time is that noun's, not the verb's.
#[test]
fn a_place_in_a_phrase_of_time_is_its_nouns() {
    let text = "The Tarvos Front has attacked several ships since the start of the war in Arica.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert!(roles(text, &a, attack, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Ana Ortiz arrived in Lima on Friday after talks with Chilean officials in Quito.";
    let (events, _, a) = run(text);
    let arrive = events.iter().find(|e| e.trigger == "arrive").expect("the arrival is an event");
    assert_eq!(roles(text, &a, arrive, EdgeKind::Location), ["Lima"], "{events:?}");
}

/// "Chilean troops raided a hideout of X, killing four of her guards", "X led a revolt against
/// Y, seizing Z": the object of the clause a participle clause follows is no doer of the
/// participle — the violence is done to it, or it takes no part.
#[test]
fn the_object_before_a_participle_clause_does_not_do_it() {
    let text = "Chilean troops raided a hideout of rebel leader Ana Ortiz near Arica, killing four of her guards.";
    let (events, _, a) = run(text);
    let kill = events.iter().find(|e| e.trigger == "kill").expect("the killing is an event");
    assert!(with_role(text, &a, kill, Role::Source).is_empty(), "{events:?}");
    assert_eq!(with_role(text, &a, kill, Role::Target), ["Ana Ortiz"], "{events:?}");
    let text = "Ana Ortiz led a revolt against the Andean Council, seizing the port of Arica.";
    let (events, _, a) = run(text);
    let seize = events.iter().find(|e| e.trigger == "seize").expect("the seizure is an event");
    assert_eq!(with_role(text, &a, seize, Role::Source), ["Ana Ortiz"], "{events:?}");
}

/// "Gunmen shot dead a council member in Arica", "Four guards were killed in Tarija", "Oruro was
/// shelled overnight": violence told by a verb with no named side is an event where the sentence
/// places it; "A bomb exploded in Arica, killing four" is one scene. Not a film "shot in Oruro".
#[test]
fn violence_without_named_sides_told_by_a_verb_is_placed() {
    for (text, place) in [
        ("Gunmen shot dead a local council member in Arica, police said.", "Arica"),
        ("Four prison guards were killed in Tarija on Sunday.", "Tarija"),
        ("Oruro was shelled overnight.", "Oruro"),
    ] {
        let (events, _, a) = run(text);
        assert_eq!(events.len(), 1, "{text}: {events:?}");
        assert_eq!(roles(text, &a, &events[0], EdgeKind::Location), [place], "{text}: {events:?}");
    }
    let (events, _, _) = run("A car bomb exploded near a checkpoint in Arica on Sunday, killing four guards.");
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].mentions.len(), 2, "{events:?}");
    let (events, _, _) = run("The film was shot in Oruro last year.");
    assert!(events.is_empty(), "{events:?}");
}

/// The names holding `role` in event `e`, sorted.
pub(super) fn with_role(text: &str, a: &Analysis, e: &EventFinding, role: Role) -> Vec<String> {
    let mut v: Vec<String> = e.roles.iter().filter(|r| r.role == Some(role)).map(|r| name(text, a, r.entity)).collect();
    v.sort();
    v.dedup();
    v
}
