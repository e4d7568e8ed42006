//! Tests of where violence struck, of an event told again (headline, then body), and of which
//! event a passive's "by" or a mediator's cue belongs to, written as new sentences.

use super::tests::{roles, run, with_role};
use super::*;
use crate::model::{EdgeKind, Modality, Role};

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
    // The place in apposition to a place noun.
    let text = "Air strikes on the capital, Damascus, killed nine people on Sunday.";
    let (events, _, a) = run(text);
    let strike = strikes(&events).into_iter().find(|e| e.trigger == "airstrike").expect("the air strikes are an event");
    assert_eq!(roles(text, &a, strike, EdgeKind::Location), ["Damascus"], "{events:?}");
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
    // A date spelt two ways is one day: "Jan. 9" and "January 9" tell one strike, "January 10" another.
    for (retold, count) in [("January 9", 1), ("January 10", 2)] {
        let text = format!(
            "A Russian drone strike on Kharkiv killed three people on Jan. 9. \
             A Russian drone strike on Kharkiv on {retold} hit a market."
        );
        let (events, _, _) = run(&text);
        assert_eq!(strikes(&events).len(), count, "{retold}: {events:?}");
    }
    // A strike during an offensive is not the offensive.
    let text = "A Russian offensive in Kharkiv began in May. A Russian strike in Kharkiv hit a depot.";
    let (events, _, _) = run(text);
    assert!(strikes(&events).len() == 1 && events.iter().any(|e| e.trigger == "offensive"), "{events:?}");
}

/// "founded in 2009 by X": a short phrase of time or place between a participle and "by" leaves
/// it passive — the name after "by" did it.
#[test]
fn a_short_phrase_before_by_keeps_a_participle_passive() {
    let text = "The Coral Front is a militia founded in 2009 by Olu Banjo.";
    let (events, _, a) = run(text);
    let founding = events.iter().find(|e| e.trigger == "found").expect("the founding is an event");
    let sources: Vec<String> = founding
        .roles
        .iter()
        .filter(|r| r.role == Some(crate::model::Role::Source))
        .map(|r| super::tests::name(text, &a, r.entity))
        .collect();
    assert_eq!(sources, ["Olu Banjo"], "{events:?}");
}

/// "agreed to a deal brokered by X": a mediator cue after another event's noun tells of that
/// event; the mediator takes no part in the verb's.
#[test]
fn a_mediator_cue_after_another_event_noun_is_that_events() {
    let text = "Peru agreed to a ceasefire deal brokered by Brazil, seizing no more towns.";
    let (events, _, a) = run(text);
    for e in &events {
        let mediators = roles(text, &a, e, EdgeKind::Mediator);
        if e.trigger == "deal" {
            assert_eq!(mediators, ["Brazil"], "{events:?}");
        } else {
            assert!(mediators.is_empty() && !roles(text, &a, e, EdgeKind::Participant).contains(&"Brazil".into()));
        }
    }
    assert!(events.iter().any(|e| e.trigger == "deal"), "{events:?}");
}

/// "the war" after "a strike", "the attack" after "the war": a lasting conflict and one act of
/// violence are two events (`lasting_conflict_nouns.txt`).
#[test]
fn a_lasting_conflict_and_one_act_of_violence_do_not_refer_to_each_other() {
    let text = "A Russian rocket strike hit Sumy on Monday. Russia says the war will go on.";
    let (events, _, _) = run(text);
    let strike = strikes(&events)[0];
    assert_eq!(strike.mentions.len(), 1, "{events:?}");
    let text = "Sudan's army has waged a war against the RSF since 2023. The attack on a market in Omdurman \
                killed 20 people.";
    let (events, _, a) = run(text);
    let war = events.iter().find(|e| e.trigger == "war").expect("the war is an event");
    assert_eq!(war.mentions.len(), 1, "{events:?}");
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event of its own");
    assert_eq!(roles(text, &a, attack, EdgeKind::Location), ["Omdurman"]);
}

/// "Brazil-brokered talks", "a Ghana-hosted round of talks": a name joined to "-brokered" or
/// "-hosted" in the event noun's phrase brokers or hosts the event and takes no part in it; the
/// phrase ends at a preposition, so a name qualifying another noun there is no mediator.
#[test]
fn a_name_joined_to_brokered_or_hosted_mediates_or_hosts() {
    let text = "Peru and Ecuador resumed Brazil-brokered peace talks in Quito on Tuesday.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Mediator), ["Brazil"], "{events:?}");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Ecuador", "Peru"], "{events:?}");
    let text = "Mali and Niger ended a Ghana-hosted round of talks without a deal.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Host), ["Ghana"], "{events:?}");
    let text = "Peru and Ecuador held talks on a Brazil-brokered loan in Quito.";
    let (events, _, a) = run(text);
    for e in &events {
        assert!(roles(text, &a, e, EdgeKind::Mediator).is_empty(), "{events:?}");
    }
}

/// "a raid in Chilean-held Arica": the place is Arica; the country holding it is no place of
/// the event.
#[test]
fn a_name_qualifying_the_place_is_not_where_the_event_happened() {
    let text = "Three soldiers died in a raid in Chilean-held Arica on Friday.";
    let (events, _, a) = run(text);
    let raid = events.iter().find(|e| e.trigger == "raid").expect("the raid is an event");
    assert_eq!(roles(text, &a, raid, EdgeKind::Location), ["Arica"], "{events:?}");
}

/// "Pro-Chilean militants attacked …", "the counter-Tarvos coalition": a name after a stance
/// prefix says whom the doers are for or against; it takes no part in what they do.
#[test]
fn a_name_after_a_stance_prefix_takes_no_part() {
    for text in [
        "Pro-Chilean militants attacked a police station in Tacna on Sunday.",
        "Anti-Chilean rioters attacked a police station in Tacna on Sunday.",
        "Ecuador joined the anti-Chilean alliance in March.",
    ] {
        let (events, _, a) = run(text);
        for e in &events {
            assert!(
                !roles(text, &a, e, EdgeKind::Participant).iter().any(|r| r.contains("Chile")),
                "{text}: {events:?}"
            );
        }
    }
    let text = "Chilean militants attacked a police station in Tacna on Sunday.";
    let (events, _, a) = run(text);
    assert!(events.iter().any(|e| roles(text, &a, e, EdgeKind::Participant).iter().any(|r| r.contains("Chile"))));
}

/// "Gunmen attacked a Chilean patrol near Quito": violence whose doer the sentence names only
/// by a common noun is still an event, with its named object as the target; a verb of another
/// kind, or a subject that is no agent noun, makes none from the object alone.
#[test]
fn violence_by_an_unnamed_doer_has_its_named_target() {
    let text = "Masked gunmen attacked a Chilean patrol near Quito on Monday.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger == "attack").expect("the attack is an event");
    assert_eq!(roles(text, &a, attack, EdgeKind::Participant), ["Chile"], "{events:?}");
    assert_eq!(attack.roles.iter().find(|r| r.kind == EdgeKind::Participant).and_then(|r| r.role), Some(Role::Target));
    assert_eq!(roles(text, &a, attack, EdgeKind::Location), ["Quito"], "{events:?}");
    let text = "A roadside bomb has killed two Peruvian soldiers in Tacna.";
    let (events, _, a) = run(text);
    let kill = events.iter().find(|e| e.trigger == "kill").expect("the killing is an event");
    assert_eq!(roles(text, &a, kill, EdgeKind::Participant), ["Peru"], "{events:?}");
    // No agent noun before the verb: nothing is said of who did what.
    for text in ["The decision will damage Peruvian exports.", "Tourism continues to dominate Peru's economy."] {
        let (events, _, _) = run(text);
        assert!(events.is_empty(), "{text}: {events:?}");
    }
}

/// "Police arrested X", "A court in Quito on Friday sentenced former minister X": coercion by an
/// authority the sentence names only by a common noun is an event, its named object the target —
/// the object right after the verb, not a name deep inside it.
#[test]
fn coercion_by_an_unnamed_authority_has_its_named_target() {
    let text = "Police arrested Ana Ruiz at the airport in Cali.";
    let (events, _, a) = run(text);
    let arrest = events.iter().find(|e| e.trigger == "arrest").expect("the arrest is an event");
    assert_eq!(with_role(text, &a, arrest, Role::Target), ["Ana Ruiz"], "{events:?}");
    let text = "A court in Quito on Friday sentenced former Ecuadorian minister Luis Vega to ten years in prison.";
    let (events, _, a) = run(text);
    let sentence = events.iter().find(|e| e.trigger == "sentence").expect("the sentence is an event");
    assert_eq!(with_role(text, &a, sentence, Role::Target), ["Luis Vega"], "{events:?}");
    assert_eq!(roles(text, &a, sentence, EdgeKind::Location), ["Quito"], "{events:?}");
    let text = "Police arrested dozens of students protesting the closure of the Chilean embassy.";
    let (events, _, _) = run(text);
    assert!(!events.iter().any(|e| e.trigger == "arrest"), "{events:?}");
    // A participle before a title after such a subject is the verb, not the title's adjective.
    let text = "Gunmen killed former senator Luis Vega in Cali.";
    let (events, _, a) = run(text);
    let kill = events.iter().find(|e| e.trigger == "kill").expect("the killing is an event");
    assert_eq!(with_role(text, &a, kill, Role::Target), ["Luis Vega"], "{events:?}");
}

/// "Thousands of people protested in Arvik": a protest led by a crowd nobody names is an event
/// where the sentence places it; a verb of protest with another subject is none.
#[test]
fn a_crowds_protest_is_an_event_where_it_happens() {
    let text = "Thousands of students protested in Arvik on Friday.";
    let (events, _, a) = run(text);
    let protest = events.iter().find(|e| e.trigger == "protest").expect("the protest is an event");
    assert_eq!(roles(text, &a, protest, EdgeKind::Location), ["Arvik"], "{events:?}");
    for text in ["The firm demonstrated its new drone in Arvik on Friday.", "Students may protest in Arvik on Friday."]
    {
        let (events, _, _) = run(text);
        assert!(events.iter().all(|e| e.modality != Modality::Asserted), "{text}: {events:?}");
    }
}

/// "visited Cusco": the town a visit names as its object is where the visit was; a country so
/// named stays the visited party.
#[test]
fn a_visited_town_is_where_the_visit_was() {
    let text = "Ana Ortiz, who visited Cusco in March, welcomed the deal.";
    let (events, _, a) = run(text);
    let visit = events.iter().find(|e| e.trigger == "visit").expect("the visit is an event");
    assert_eq!(roles(text, &a, visit, EdgeKind::Location), ["Cusco"], "{events:?}");
    let text = "Ana Ortiz visited Chile in March.";
    let (events, _, a) = run(text);
    let visit = events.iter().find(|e| e.trigger == "visit").expect("the visit is an event");
    assert!(roles(text, &a, visit, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
}

/// "near the border with Bolivia", "the territorial waters of Chile": a state named after a
/// stretch of land or sea and "with"/"of" says where, and takes no part.
#[test]
fn a_state_after_the_border_with_says_where() {
    let text = "Rebels killed four Peruvian soldiers near the border with Bolivia on Sunday.";
    let (events, _, a) = run(text);
    let kill = events.iter().find(|e| e.trigger == "kill").expect("the killing is an event");
    assert_eq!(roles(text, &a, kill, EdgeKind::Participant), ["Peru"], "{events:?}");
    let text = "Ecuador seized two fishing boats in the territorial waters of Chile.";
    let (events, _, a) = run(text);
    let seizure = events.iter().find(|e| e.trigger == "seize").expect("the seizure is an event");
    assert!(!roles(text, &a, seizure, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    // "the talks with Bolivia": a party, not a stretch of land.
    let text = "Peru resumed talks with Bolivia on Sunday.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger == "talks").expect("the talks are an event");
    assert_eq!(roles(text, &a, talks, EdgeKind::Participant), ["Bolivia", "Peru"], "{events:?}");
}

/// A headline's verb told again in the lead is one event, though the headline names the person by
/// surname alone; "again" in the lead tells of another.
#[test]
fn a_headline_verb_told_again_in_the_lead_is_one_event() {
    // Per event of ordering: its mentions, and how many parties it has (the person once).
    let orders = |text: &str| -> Vec<(usize, usize)> {
        let (events, _, a) = run(text);
        let orders = events.iter().filter(|e| e.trigger == "order");
        orders.map(|e| (e.mentions.len(), roles(text, &a, e, EdgeKind::Participant).len())).collect()
    };
    let text = "President Soto orders evacuation of Pucallpa residents\n\nPeru's President Ana Soto has ordered thousands \
                of people living near the Ucayali to leave their homes.";
    assert_eq!(orders(text), [(2, 1)]);
    let text = "President Soto orders evacuation of Pucallpa residents\n\nPeru's President Ana Soto again ordered \
                thousands of people living near the Ucayali to leave their homes.";
    assert_eq!(orders(text), [(1, 1), (1, 1)]);
}

/// "Peruvian rockets hit the town of Tarija": a past tense written as its bare form is a verb
/// after an attacking subject; "prices hit a record" after any other noun tells nothing.
#[test]
fn a_bare_past_after_an_attacking_subject_is_violence() {
    let text = "Peruvian rockets hit the town of Tarija on Monday.";
    let (events, _, a) = run(text);
    let hit = events.iter().find(|e| e.trigger == "hit").expect("the hit is an event");
    assert_eq!(roles(text, &a, hit, EdgeKind::Location), ["Tarija"], "{events:?}");
    assert_eq!(with_role(text, &a, hit, Role::Source), ["Peru"], "{events:?}");
    let (events, _, _) = run("Peruvian prices hit a record on Monday.");
    assert!(events.iter().all(|e| e.trigger != "hit"), "{events:?}");
}

/// "swapped 40 prisoners of war in an exchange mediated by Chile": "war" only classifies the
/// prisoners, so the cue after it still tells of the swap.
#[test]
fn an_event_noun_that_only_classifies_takes_no_mediator_cue() {
    let text = "Bolivia and Peru swapped 40 prisoners of war on Monday in an exchange mediated by Chile.";
    let (events, _, a) = run(text);
    let swap = events.iter().find(|e| e.trigger == "swap").expect("the swap is an event");
    assert_eq!(roles(text, &a, swap, EdgeKind::Mediator), ["Chile"], "{events:?}");
}

/// "The Front said … They attacked a ship": what "they" did is the plural subject's deed.
#[test]
fn a_deed_told_with_they_is_the_plural_subjects() {
    let text = "The Tarvos Liberation Front said on Sunday that it held the port of Ventra. They attacked \
                Chilean patrol boats off the coast on Monday.";
    let (events, _, a) = run(text);
    let attack = events.iter().find(|e| e.trigger.starts_with("attack")).expect("the attack is an event");
    assert!(
        roles(text, &a, attack, EdgeKind::Participant).contains(&"Tarvos Liberation Front".to_string()),
        "{events:?}"
    );
    // Chile and Peru signed; the pair's "they" held the later talks too.
    let text = "Chile and Peru signed a fishing accord in Lima. Later they held talks on the border in Tacna.";
    let (events, _, a) = run(text);
    let talks = events.iter().find(|e| e.trigger.starts_with("talks")).expect("the talks are an event");
    let parties = roles(text, &a, talks, EdgeKind::Participant);
    assert!(parties.contains(&"Chile".to_string()) && parties.contains(&"Peru".to_string()), "{events:?}");
}
