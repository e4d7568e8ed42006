//! Tests of the sides of an event told by a noun ("an attack on X", "a raid by Y", "Y's invasion
//! of X"), written as new sentences.

use super::tests::{name, roles, run, with_role};
use crate::model::{EdgeKind, Role};
use crate::nlp::events::EventFinding;

fn event<'e>(events: &'e [EventFinding], trigger: &str) -> &'e EventFinding {
    events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("no {trigger} in {events:?}"))
}

/// "on", "against" and "of" name what is done to; "by" who does it.
#[test]
fn prepositions_after_an_event_noun_give_its_sides() {
    let text = "Chile condemned the raid by Bolivia on Peru.";
    let (events, _, a) = run(text);
    let raid = event(&events, "raid");
    assert_eq!(with_role(text, &a, raid, Role::Source), ["Bolivia"], "{events:?}");
    assert_eq!(with_role(text, &a, raid, Role::Target), ["Peru"], "{events:?}");
    // Names listed after one preposition share it; a country owning a body's name only says
    // whose the body is (`possessor_of_a_named_body`).
    let text = "Norway joined the sanctions against Sudan, Chad and Kenya's Standard Bank.";
    let (events, _, a) = run(text);
    let sanctions = event(&events, "sanctions");
    let targets = with_role(text, &a, sanctions, Role::Target);
    for side in ["Sudan", "Chad", "Standard Bank"] {
        assert!(targets.contains(&side.to_string()), "{side}: {events:?}");
    }
    assert!(!targets.contains(&"Kenya".to_string()), "{events:?}");
    // A name before another event noun is that one's: Greece is no target of the sanctions.
    let text = "Trade fell under sanctions on Serbia and a Greek embargo.";
    let (events, _, a) = run(text);
    let sanctions = event(&events, "sanctions");
    assert!(!with_role(text, &a, sanctions, Role::Target).contains(&"Greece".to_string()), "{events:?}");
    // "the arrest of X by Y".
    let text = "Peru protested the arrest of Luis Ortega by Bolivia.";
    let (events, _, a) = run(text);
    let arrest = event(&events, "arrest");
    assert_eq!(with_role(text, &a, arrest, Role::Target), ["Luis Ortega"], "{events:?}");
    assert_eq!(with_role(text, &a, arrest, Role::Source), ["Bolivia"], "{events:?}");
}

/// A show of force's "of" names whose forces they are; "clashes between X and Y" have no target.
#[test]
fn no_target_after_nouns_without_one() {
    let text = "Ghana watched the deployment of Togo's troops near Lome.";
    let (events, _, a) = run(text);
    if let Some(deployment) = events.iter().find(|e| e.trigger == "deployment") {
        assert!(with_role(text, &a, deployment, Role::Target).is_empty(), "{events:?}");
    }
    let text = "Residents fled the clashes between Chad and Sudan.";
    let (events, _, a) = run(text);
    let clashes = event(&events, "clashes");
    assert!(with_role(text, &a, clashes, Role::Target).is_empty(), "{events:?}");
    // The target's phrase holds no preposition of its own: the border is no side.
    let text = "Two guards died in an attack on the border between Mali and Niger.";
    let (events, _, a) = run(text);
    let attack = event(&events, "attack");
    assert!(with_role(text, &a, attack, Role::Target).is_empty(), "{events:?}");
}

/// "Russia's invasion of Ukraine": a possessive is the doer when the target follows the noun;
/// "Ortega's arrest" alone may be either.
#[test]
fn a_possessive_before_a_noun_with_its_target_is_the_doer() {
    let text = "Poland condemned Belarus's blockade of Lithuania.";
    let (events, _, a) = run(text);
    let blockade = event(&events, "blockade");
    assert_eq!(with_role(text, &a, blockade, Role::Source), ["Belarus"], "{events:?}");
    assert_eq!(with_role(text, &a, blockade, Role::Target), ["Lithuania"], "{events:?}");
    let text = "Chile welcomed Luis Ortega's arrest.";
    let (events, _, a) = run(text);
    if let Some(arrest) = events.iter().find(|e| e.trigger == "arrest") {
        assert!(with_role(text, &a, arrest, Role::Source).is_empty(), "{events:?}");
    }
}

/// "The coup was led by X", "an ambush carried out by X": the noun is the passive's subject;
/// "was upheld last week by" is no such passive.
#[test]
fn the_agent_of_a_passive_whose_subject_is_the_noun_is_the_doer() {
    let text = "The coup against President Ana Ruiz was led by General Pablo Vega.";
    let (events, _, a) = run(text);
    let coup = event(&events, "coup");
    assert_eq!(with_role(text, &a, coup, Role::Source), ["Pablo Vega"], "{events:?}");
    assert_eq!(with_role(text, &a, coup, Role::Target), ["Ana Ruiz"], "{events:?}");
    let text = "Mali mourned soldiers killed in an ambush carried out by Ansar Dine.";
    let (events, _, a) = run(text);
    let ambush = event(&events, "ambush");
    assert_eq!(with_role(text, &a, ambush, Role::Source), ["Ansar Dine"], "{events:?}");
}

/// "Kenya blamed the bombing on al-Shabaab": the one blamed is the doer, not the target.
#[test]
fn blamed_on_names_the_doer() {
    let text = "Kenya blamed Sunday's bombing on al-Shabaab.";
    let (events, _, a) = run(text);
    let bombing = event(&events, "bombing");
    assert!(with_role(text, &a, bombing, Role::Target).is_empty(), "{events:?}");
    assert_eq!(with_role(text, &a, bombing, Role::Source), ["al-Shabaab"], "{events:?}");
}

/// "Chad attributed the raid to X", "Kenya blamed militants for the bombing": whoever judges the
/// deed takes no part in it; "to" after the deed names its doer.
#[test]
fn the_judge_of_a_deed_takes_no_part_in_it() {
    let parties = |text: &str, noun: &str| {
        let (events, _, a) = run(text);
        roles(text, &a, event(&events, noun), EdgeKind::Participant)
    };
    assert_eq!(parties("Chad attributed the raid on Bol to Boko Haram.", "raid"), ["Boko Haram"]);
    let text = "Chad attributed the raid to Boko Haram.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "raid"), Role::Source), ["Boko Haram"], "{events:?}");
    let blamed = parties("Uganda has blamed the ambush near Gulu on the Lord's Resistance Army.", "ambush");
    assert_eq!(blamed, ["Lord's Resistance Army"]);
    assert_eq!(parties("Kenya blamed Somali militants for the bombing.", "bombing"), ["Somalia"]);
    assert_eq!(parties("Benin accused Niger of the border raid.", "raid"), ["Niger"]);
    // Passive, the name is the one judged; after "and" the subject acts again.
    assert!(parties("Militants from Niger accused of the raid were arrested.", "raid").contains(&"Niger".to_string()));
    assert!(parties("Peru blamed Chile and launched strikes on Arica.", "strikes").contains(&"Peru".to_string()));
    assert!(parties("Two Malian soldiers died in a suspected bombing.", "bombing").contains(&"Mali".to_string()));
    // An accuser may be a party to the pact it says the other side broke.
    let pact = parties("Chad accused Sudan of violating the border agreement.", "agreement");
    assert!(pact.contains(&"Chad".to_string()), "{pact:?}");
}

/// "Coalition forces conducted 23 strikes against X": the subject of a light verb is the doer.
#[test]
fn the_subject_of_a_light_verb_is_the_doer() {
    let text = "Chadian army units have carried out several raids against Boko Haram.";
    let (events, _, a) = run(text);
    let raids = event(&events, "raids");
    assert_eq!(with_role(text, &a, raids, Role::Source), ["Chad"], "{events:?}");
    assert_eq!(with_role(text, &a, raids, Role::Target), ["Boko Haram"], "{events:?}");
    let text = "Kenya launches 12 strikes on al-Shabaab.";
    let (events, _, a) = run(text);
    let strikes = event(&events, "strikes");
    assert_eq!(with_role(text, &a, strikes, Role::Source), ["Kenya"], "{events:?}");
    // A name after "said" is no subject of the verb that follows its clause's subject.
    let text = "Kenya said Somali troops had staged an ambush against al-Shabaab.";
    let (events, _, a) = run(text);
    let ambush = event(&events, "ambush");
    assert!(!with_role(text, &a, ambush, Role::Source).contains(&"Kenya".to_string()), "{events:?}");
}

/// "claimed responsibility for the bombing": the claimant did the act; the claim is no event.
#[test]
fn a_claim_of_responsibility_names_the_doer() {
    let text = "The Ostrava Front claimed responsibility for a bombing in Zlin on Friday.";
    let (events, _, a) = run(text);
    assert!(events.iter().all(|e| e.root != 11), "{events:?}");
    let bombing = event(&events, "bombing");
    assert_eq!(with_role(text, &a, bombing, Role::Source), ["Ostrava Front"], "{events:?}");
    let (events, _, _) = run("The Ostrava Front has claimed credit for the raid.");
    assert!(events.iter().all(|e| e.root != 11), "{events:?}");
}

#[test]
fn regular_verb_forms() {
    for (lemma, w) in [("launch", "launches"), ("stage", "staged"), ("carry", "carried"), ("conduct", "conducting")] {
        assert!(crate::nlp::context::inflects(lemma, w), "{lemma} {w}");
    }
    for (lemma, w) in [("stage", "stag"), ("carry", "carrot"), ("conduct", "conductor"), ("wage", "wags")] {
        assert!(!crate::nlp::context::inflects(lemma, w), "{lemma} {w}");
    }
}

/// "X was ousted in a coup", "two Kenyan soldiers were killed in an ambush": the one a passive
/// of force befalls in the event is its target; "X met in the raid's aftermath" is not.
#[test]
fn the_subject_of_a_passive_of_force_in_the_event_is_its_target() {
    let text = "President Ana Ruiz was ousted in a 1990 coup. Two Kenyan soldiers were killed in an ambush.";
    let (events, _, a) = run(text);
    let coup = event(&events, "coup");
    assert_eq!(with_role(text, &a, coup, Role::Target), ["Ana Ruiz"], "{events:?}");
    let ambush = event(&events, "ambush");
    assert_eq!(with_role(text, &a, ambush, Role::Target), ["Kenya"], "{events:?}");
    let text = "Kenya was praised in the raid's aftermath.";
    let (events, _, a) = run(text);
    if let Some(raid) = events.iter().find(|e| e.trigger == "raid") {
        assert!(with_role(text, &a, raid, Role::Target).is_empty(), "{events:?}");
    }
}

/// "Four Chileans detained in Peru were freed": a participle of force right after a name and
/// before a phrase of place or time, the clause's verb later, is a passive — the name is what was
/// done to; not a mutual act ("clashed in"), nor a relative clause on a noun before the name ("the
/// losses Peru inflicted on Chile").
#[test]
fn a_participle_after_a_name_can_be_a_passive_without_be() {
    let text = "Four Chileans detained in Peru last year were freed on Monday.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "detain"), Role::Target), ["Chile"], "{events:?}");
    let text = "The Andean Front clashed in Peru last year, and Chile protested.";
    let (events, _, a) = run(text);
    assert!(with_role(text, &a, event(&events, "clash"), Role::Target).is_empty(), "{events:?}");
    let text = "The heavy losses Peru inflicted on Chile in May were never repaid.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "inflict"), Role::Source), ["Peru"], "{events:?}");
}

/// "The Andean Front, led by X, attacked Y": the name before a passive aside is the subject; the
/// aside's doers take part only in what the aside says, and what follows the aside is no part of it.
#[test]
fn a_passive_aside_keeps_its_doers_to_itself() {
    let text = "The Andean Front, led by Tomas Reyes, attacked a police post near Cusco.";
    let (events, _, a) = run(text);
    let attack = event(&events, "attack");
    assert_eq!(with_role(text, &a, attack, Role::Source), ["Andean Front"], "{events:?}");
    let text = "The Andean Front, backed by Bolivia and Ecuador, attacked Peru.";
    let (events, _, a) = run(text);
    let attack = event(&events, "attack");
    assert_eq!(with_role(text, &a, attack, Role::Source), ["Andean Front"], "{events:?}");
    let text = "Chile, backed by Norway, hosted talks between Peru and Bolivia.";
    let (events, _, a) = run(text);
    let backing = event(&events, "back");
    let sides: Vec<String> = backing.roles.iter().map(|r| name(text, &a, r.entity)).collect();
    assert!(!sides.iter().any(|s| s == "Peru" || s == "Bolivia"), "{events:?}");
    // Without commas, or on a noun that is no name, the participle's doers still only back.
    for text in [
        "Militias backed by Bolivia attacked Peru.",
        "Andean militias, backed by Bolivia, attacked Peru on Monday.",
        "Peru said that rebels backed by Bolivia and Ecuador had attacked Puno.",
    ] {
        let (events, _, a) = run(text);
        for attack in events.iter().filter(|e| e.trigger == "attack") {
            let doers = with_role(text, &a, attack, Role::Source);
            assert!(!doers.iter().any(|d| d == "Bolivia" || d == "Ecuador"), "{text}: {events:?}");
        }
    }
    // After "was" the participle is the verb, and "by" names its doer; after an event noun, the
    // noun's doer ("a raid led by X").
    let text = "Puno was attacked by Bolivia.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "attack"), Role::Source), ["Bolivia"], "{events:?}");
    // Nor is a name before the one the aside is on: Ana Ortiz founded nothing and was not founded.
    let text = "Ana Ortiz is a member of the Andean Union Party, founded by former President Tomas Reyes.";
    let (events, _, a) = run(text);
    for e in &events {
        assert!(e.roles.iter().all(|r| name(text, &a, r.entity) != "Ana Ortiz"), "{events:?}");
    }
}

/// "The Andean Front said its fighters had attacked X": a pronoun or possessive opening what the
/// speaker says takes the speaker up as its subject; another name there does not.
#[test]
fn a_speaker_taken_up_by_a_pronoun_is_the_subject() {
    for text in [
        "The Andean Front said its fighters had attacked a police post in Puno.",
        "The Andean Front said on Monday that it attacked a police post in Puno.",
        "The Andean Front, led by Tomas Reyes, said its fighters had attacked a police post in Puno.",
    ] {
        let (events, _, a) = run(text);
        let attack = event(&events, "attack");
        assert_eq!(with_role(text, &a, attack, Role::Source), ["Andean Front"], "{text}: {events:?}");
    }
    let text = "The Andean Front said Bolivian fighters had attacked Peru.";
    let (events, _, a) = run(text);
    let attack = event(&events, "attack");
    assert!(!with_role(text, &a, attack, Role::Source).contains(&"Andean Front".to_string()), "{events:?}");
}

/// "X fought alongside Y against Z", "X fought on the side of Y": the name after "alongside" or
/// "on the side of" is on the subject's side; a name after another preposition past "alongside"
/// is not.
#[test]
fn a_name_alongside_the_subject_is_on_its_side() {
    let text = "Bolivian troops fought alongside Peruvian police against the Andean Front.";
    let (events, _, a) = run(text);
    let fight = event(&events, "fight");
    assert_eq!(with_role(text, &a, fight, Role::Source), ["Bolivia", "Peru"], "{events:?}");
    assert_eq!(with_role(text, &a, fight, Role::Target), ["Andean Front"], "{events:?}");
    let text = "The Andean Front fought in the border war on the side of the government of Ana Ortiz.";
    let (events, _, a) = run(text);
    let fight = event(&events, "fight");
    assert!(with_role(text, &a, fight, Role::Target).is_empty(), "{events:?}");
    assert!(with_role(text, &a, fight, Role::Source).contains(&"Ana Ortiz".to_string()), "{events:?}");
    let text = "Bolivian troops fought alongside local militias against the Andean Front.";
    let (events, _, a) = run(text);
    let fight = event(&events, "fight");
    assert_eq!(with_role(text, &a, fight, Role::Target), ["Andean Front"], "{events:?}");
}

/// "fired rockets at Peru", "lashed out at the rebel Tupac Front": a country, group or person after
/// "at" following a verb of violence is its target, not where it happened; a country before a
/// noun of place ("at the Chilean naval base") still says where.
#[test]
fn what_violence_is_aimed_at_is_its_target() {
    let text = "Bolivian militants fired rockets at Peru on Monday.";
    let (events, _, a) = run(text);
    let fire = event(&events, "fire");
    assert_eq!(with_role(text, &a, fire, Role::Target), ["Peru"], "{events:?}");
    assert!(roles(text, &a, fire, EdgeKind::Location).is_empty(), "{events:?}");
    let text = "Bolivian militants fired rockets at the Chilean naval base on Monday.";
    let (events, _, a) = run(text);
    assert!(with_role(text, &a, event(&events, "fire"), Role::Target).is_empty(), "{events:?}");
}

/// "sanctions against five senior members of X", "a protest by supporters of Y": the phrase of a
/// noun's preposition goes on through a part or people of a body to the body's name.
#[test]
fn a_body_named_through_its_members_takes_the_phrases_side() {
    let text = "Chile announced sanctions against five senior members of the Tarvos Front.";
    let (events, _, a) = run(text);
    let sanctions = event(&events, "sanctions");
    assert_eq!(with_role(text, &a, sanctions, Role::Target), ["Tarvos Front"], "{events:?}");
    let text = "Police in Lima dispersed a protest by supporters of the Andean Union.";
    let (events, _, a) = run(text);
    let protest = event(&events, "protest");
    assert_eq!(with_role(text, &a, protest, Role::Source), ["Andean Union"], "{events:?}");
}

/// "troops fired from Peru", "towns shelled from Peru": a place right after "from" after a
/// verb of violence is where the blow came from, not its target; "peacekeepers from Peru" after
/// the verb's object are those hit.
#[test]
fn where_violence_came_from_is_no_target() {
    let text = "Bolivian troops fired from Peru on Monday.";
    let (events, _, a) = run(text);
    let fire = event(&events, "fire");
    assert_eq!(with_role(text, &a, fire, Role::Source), ["Bolivia"], "{events:?}");
    assert!(with_role(text, &a, fire, Role::Target).is_empty(), "{events:?}");
    let text = "A roadside bomb wounded two Chilean peacekeepers from Peru.";
    let (events, _, a) = run(text);
    let wound = event(&events, "wound");
    assert!(with_role(text, &a, wound, Role::Target).contains(&"Peru".to_string()), "{events:?}");
}

/// "The bombing, claimed by X, …", "the attack on a hotel in Arica claimed by X": a participle
/// aside on the event noun, or a participle of doing after the noun's own phrase, names its doer
/// with "by"; another participle there tells of the phrase's last noun ("buildings used by X").
#[test]
fn a_claim_after_the_nouns_phrase_or_comma_names_the_doer() {
    for text in [
        "The bombing, claimed by al-Shabaab, killed 20 people in Arica.",
        "Chile condemned the attack on a hotel in Arica claimed by al-Shabaab.",
    ] {
        let (events, _, a) = run(text);
        let attack = events.iter().find(|e| matches!(e.trigger.as_str(), "bombing" | "attack")).expect("an event");
        assert_eq!(with_role(text, &a, attack, Role::Source), ["al-Shabaab"], "{text}: {events:?}");
    }
    let text = "Peru carried out strikes on buildings in Arica used by al-Shabaab.";
    let (events, _, a) = run(text);
    let strikes = event(&events, "strikes");
    assert!(!with_role(text, &a, strikes, Role::Source).contains(&"al-Shabaab".to_string()), "{events:?}");
}

/// "the killing of three farmers near Arica by X", "the shelling of the town of Tarija by X":
/// "by" after the phrase of what is done to names the doer, however that phrase runs on.
#[test]
fn by_after_what_was_done_to_names_the_doer() {
    for (text, noun) in [
        ("Chile condemned the killing of three farmers near Arica by Bolivian soldiers.", "killing"),
        ("Chile condemned the shelling of the town of Tarija by Bolivian forces.", "shelling"),
        ("The occupation of the port of Arica by Bolivia lasted a decade.", "occupation"),
    ] {
        let (events, _, a) = run(text);
        assert_eq!(with_role(text, &a, event(&events, noun), Role::Source), ["Bolivia"], "{text}: {events:?}");
    }
    // Not across a comma: the phrase has ended.
    let text = "Chile reported the shelling of three villages, by Bolivian accounts a reprisal.";
    let (events, _, a) = run(text);
    assert!(with_role(text, &a, event(&events, "shelling"), Role::Source).is_empty(), "{events:?}");
}

/// "the blockade of Tarija by the Andean Front during the Bolivian war": a name is another event
/// noun's modifier only right before it, not across a preposition ("sanctions on Peru and a
/// Chilean embargo": Chile's embargo).
#[test]
fn a_name_before_a_preposition_is_no_modifier_of_the_next_event_noun() {
    let text = "The blockade of Tarija by the Andean Front during the Bolivian war lasted a year.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "blockade"), Role::Source), ["Andean Front"], "{events:?}");
    let text = "Chile imposed sanctions on Peru to protest the arrests.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "sanctions"), Role::Target), ["Peru"], "{events:?}");
}

/// "Chile sanctions Bolivian officials", "Peru attacks Chilean posts": a headline's present tense
/// after its subject is the verb, with a doer and a target; a people's adjective before the noun
/// ("Bolivian strikes the night before …") and a name modifying it ("the Tacna attacks") leave it
/// a noun.
#[test]
fn a_present_tense_after_its_subject_is_the_verb() {
    let text = "Chile sanctions Bolivian officials over border crackdown";
    let (events, _, a) = run(text);
    let sanction = event(&events, "sanction");
    assert_eq!(with_role(text, &a, sanction, Role::Source), ["Chile"], "{events:?}");
    assert_eq!(with_role(text, &a, sanction, Role::Target), ["Bolivia"], "{events:?}");
    let crackdown = event(&events, "crackdown");
    assert!(!roles(text, &a, crackdown, EdgeKind::Participant).contains(&"Chile".to_string()), "{events:?}");
    let text = "Peru attacks Chilean posts near Arica.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "attack"), Role::Source), ["Peru"], "{events:?}");
    for text in ["Bolivian strikes the night before killed nine people in Arica.", "The Tacna attacks shocked Chile."] {
        let (events, _, _) = run(text);
        assert!(events.iter().all(|e| e.trigger != "strike" && e.trigger != "attack"), "{text}: {events:?}");
    }
}

/// "The raid on the depot was carried out by X": the passive after the noun's own phrase, forms
/// of "be" and all, names its doer.
#[test]
fn a_passive_after_the_nouns_phrase_names_its_doer() {
    for text in [
        "The raid on the fuel depot was carried out by the Andean Front.",
        "The ambush on the convoy near Tacna was claimed by the Andean Front.",
    ] {
        let (events, _, a) = run(text);
        let e = events.iter().find(|e| e.root >= 18).unwrap_or_else(|| panic!("{text}: {events:?}"));
        assert_eq!(with_role(text, &a, e, Role::Source), ["Andean Front"], "{text}: {events:?}");
    }
}

/// "Chile, Peru and Bolivia launched strikes on Ecuador": every name of the list before a light
/// verb does what its object names, not only the one next to the verb.
#[test]
fn a_list_before_a_light_verb_shares_its_doing() {
    let text = "Chile, Peru and Bolivia launched strikes on Ecuador.";
    let (events, _, a) = run(text);
    let strikes = event(&events, "strikes");
    assert_eq!(with_role(text, &a, strikes, Role::Source), ["Bolivia", "Chile", "Peru"], "{events:?}");
    assert_eq!(with_role(text, &a, strikes, Role::Target), ["Ecuador"], "{events:?}");
    // A name a comma sets before the subject is no item of a list with it.
    let text = "In support of Peru, Chile launched strikes on Ecuador.";
    let (events, _, a) = run(text);
    assert_eq!(with_role(text, &a, event(&events, "strikes"), Role::Source), ["Chile"], "{events:?}");
}

/// "condemned the killing of X", "denounced the attack on Chile's embassy": a verb whose object
/// is an event noun acts on that event, not on the names of its phrase — they are the noun's
/// targets; the noun's doer after "by" stays the verb's. The relation cue reads the same.
#[test]
fn a_verb_acts_on_its_event_noun_not_on_that_nouns_patients() {
    let text = "Peru condemned the killing of Ana Ortiz in Lima.";
    let (events, relations, a) = run(text);
    let condemn = events.iter().find(|e| e.trigger == "condemn").expect("a condemnation");
    assert!(roles(text, &a, condemn, EdgeKind::Participant) == ["Peru"], "{events:?}");
    let killing = events.iter().find(|e| e.trigger == "killing").expect("a killing");
    assert_eq!(roles(text, &a, killing, EdgeKind::Participant), ["Ana Ortiz"], "{events:?}");
    assert!(!relations.iter().any(|r| r.label == "condemns"), "{relations:?}");
    let text = "Chile denounced the detention of Judge Luis Vega and Ana Ortiz by Bolivian police.";
    let (events, relations, a) = run(text);
    let denounce = events.iter().find(|e| e.trigger == "denounce").expect("a denunciation");
    assert_eq!(roles(text, &a, denounce, EdgeKind::Participant), ["Bolivia", "Chile"], "{events:?}");
    assert!(!relations.iter().any(|r| name(text, &a, r.target).contains("Vega")), "{relations:?}");
    // Blame laid "on" a name, and a threatened measure, still reach it.
    let text = "Bolivia blamed the bombing on Chile.";
    let (events, _, a) = run(text);
    let blame = events.iter().find(|e| e.trigger == "blame").expect("a blame");
    assert_eq!(roles(text, &a, blame, EdgeKind::Participant), ["Bolivia", "Chile"], "{events:?}");
    // A name that is the verb's own object stays its target.
    let text = "Peru condemned Chile for the attack on the embassy.";
    let (events, _, a) = run(text);
    let condemn = events.iter().find(|e| e.trigger == "condemn").expect("a condemnation");
    assert_eq!(roles(text, &a, condemn, EdgeKind::Participant), ["Chile", "Peru"], "{events:?}");
}

/// "buy the coal unit of Canada's Teck Resources", "the Darfur town of Ardamata": a country's
/// possessive before a body's name only says whose it is, and a place before a place noun and
/// "of" only says where the place is — neither takes part nor is the event's place.
#[test]
fn an_owner_or_a_region_before_a_name_only_places_it() {
    let text = "Glencore agreed to buy the coal unit of Canada's Teck Resources.";
    let (events, _, a) = run(text);
    let buy = event(&events, "buy");
    assert_eq!(roles(text, &a, buy, EdgeKind::Participant), ["Glencore", "Teck Resources"], "{events:?}");
    let text = "Gunmen killed nine villagers in the Darfur town of Ardamata.";
    let (events, _, a) = run(text);
    let kill = event(&events, "kill");
    assert_eq!(roles(text, &a, kill, EdgeKind::Location), ["Ardamata"], "{events:?}");
    // A name heading a district is the district: "of" says where it lies.
    let text = "A bomb killed nine villagers in the Tarvin district of Kunar province.";
    let (events, _, a) = run(text);
    let kill = event(&events, "kill");
    assert_eq!(roles(text, &a, kill, EdgeKind::Location), ["Tarvin"], "{events:?}");
}
