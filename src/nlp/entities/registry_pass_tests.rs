//! Tests of the entity passes and of whole-article readings, each in new sentences.

use super::tests::{has, with_only};
use super::*;
use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::{sentences::split_sentences, tokenize::tokenize};

#[test]
fn rule_directional_region() {
    let text = "Fighting spread across northern Chad.";
    let f = with_only(text, Some(&["gazetteer-name", "directional-region"]));
    assert!(has(&f, "northern Chad", "place:region:"), "{f:?}");
    assert!(!has(&with_only(text, Some(&["gazetteer-name"])), "northern Chad", "place:"));
}

#[test]
fn rule_compass_short_name() {
    let text = "Seoul offered North Korea new talks on family visits. The North said it would reply within a week.";
    let f = with_only(text, None);
    assert!(has(&f, "North", "country:PRK"), "{f:?}");
    let off: Vec<&str> = PASSES.iter().map(|r| r.name).filter(|n| *n != "compass-short-name").collect();
    let without = with_only(text, Some(&[&["gazetteer-name", "tagger-name"][..], &off[..]].concat()));
    assert!(!has(&without, "North", "country:PRK"), "{without:?}");
    // "the South" is South Sudan when that is the article's one country named "South …".
    let f = with_only("Sudan and South Sudan met over oil fees. The South wants lower tariffs.", None);
    assert!(has(&f, "South", "country:SSD"), "{f:?}");
    // A compass word opening a longer name is that name's ("the South China Sea").
    let f = with_only("North Korea fired a missile. Reporters waited on the North Lawn.", None);
    assert!(!f.iter().any(|(s, id)| s == "North" && id == "country:PRK"), "{f:?}");
    // Two countries named with the word, or none: no country.
    let f = with_only("North Korea and North Macedonia signed a trade pact. The North had asked for it.", None);
    assert!(!f.iter().any(|(s, id)| s == "North" && id.starts_with("country:")), "{f:?}");
    let f = with_only("Ministers from Chad criticised the West over the sanctions.", None);
    assert!(!f.iter().any(|(s, id)| s == "West" && id.starts_with("country:")), "{f:?}");
}

#[test]
fn rule_acronym_definition() {
    let text = "The Coastal Defence League (CDL) met. Later the CDL voted.";
    let f = with_only(text, Some(&["organisation-head", "acronym-definition", "document-consistency"]));
    let league = f.iter().find(|(s, _)| s == "Coastal Defence League").map(|(_, id)| id.clone()).expect("league");
    assert_eq!(f.iter().filter(|(s, id)| s == "CDL" && *id == league).count(), 2, "{f:?}");
    // Written as a word, as some newspapers do: "(Codel)".
    let text = "The Coastal Defence League (Codel) met. Later Codel voted.";
    let f = with_only(text, Some(&["organisation-head", "acronym-definition", "document-consistency"]));
    let league = f.iter().find(|(s, _)| s == "Coastal Defence League").map(|(_, id)| id.clone()).expect("league");
    assert_eq!(f.iter().filter(|(s, id)| s == "Codel" && *id == league).count(), 2, "{f:?}");
    // The article's definition wins over what the gazetteer knows by the same letters.
    let text = "The Western Highlands Office (WHO) opened a clinic. On Monday the WHO closed it.";
    let f = with_only(text, None);
    let office = f.iter().find(|(s, _)| s == "Western Highlands Office").map(|(_, id)| id.clone()).expect("office");
    assert_eq!(f.iter().filter(|(s, id)| s == "WHO" && *id == office).count(), 2, "{f:?}");
    // … and over a place's reading of the letters in the parentheses, whether the rules found the
    // name whole or only the words it abbreviates (alone later, a known city keeps its reading).
    for text in [
        "The Regional Operations Mission in Estonia (ROME) opened an office.",
        "The Regional Office for Maritime Enforcement (ROME) opened a base.",
    ] {
        let f = with_only(text, None);
        let name = text.split(" (").next().and_then(|n| n.strip_prefix("The ")).unwrap_or_default();
        let id = f.iter().find(|(s, _)| s == name).map(|(_, id)| id.clone()).unwrap_or_else(|| panic!("{f:?}"));
        assert!(f.iter().any(|(s, i)| s == "ROME" && *i == id), "{f:?}");
        assert!(!f.iter().any(|(s, i)| s == "ROME" && i.starts_with("place:")), "{f:?}");
    }
    // A capitalised word whose letters do not fit is no acronym.
    let text = "The Coastal Defence League (Bergen) met.";
    let f = with_only(text, Some(&["organisation-head", "acronym-definition", "document-consistency"]));
    assert!(!f.iter().any(|(s, _)| s == "Bergen"), "{f:?}");
}

/// A place named with its head noun is that place without it; a known name keeps its own node.
#[test]
fn rule_headless_place() {
    let text = "Fighting spread across Cabo Delgado Province last year. Rwanda sent troops to Cabo Delgado in July.";
    let f = with_only(text, None);
    let province = f.iter().find(|(s, _)| s == "Cabo Delgado Province").map(|(_, id)| id.clone()).expect("province");
    assert!(f.iter().any(|(s, id)| s == "Cabo Delgado" && *id == province), "{f:?}");
    let f = with_only(text, Some(&["tagger-name", "place-cue", "head-noun-after", "gazetteer-name"]));
    assert!(!f.iter().any(|(s, id)| s == "Cabo Delgado" && *id == province), "{f:?}");
    let text = "Boats crossed the Jordan River. Jordan closed the border.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, id)| s == "Jordan" && id.starts_with("country:")), "{f:?}");
}

/// A name after "known as" and its kin is the same one's: a person's nickname, an
/// organisation's other name; a bare "called" after a name is a verb.
#[test]
fn rule_alias_appositive() {
    let text = "Tomas Reyes, known as El Tigre, surrendered in Cali. The Riverside Workers' Union, \
                also called Frente Obrero, struck on Monday.";
    let f = with_only(text, None);
    let reyes = f.iter().find(|(s, _)| s == "Tomas Reyes").map(|(_, id)| id.clone()).expect("Reyes");
    assert!(f.iter().any(|(s, id)| s == "El Tigre" && *id == reyes), "{f:?}");
    let union = f.iter().find(|(s, _)| s.contains("Workers")).map(|(_, id)| id.clone()).expect("union");
    assert!(f.iter().any(|(s, id)| s == "Frente Obrero" && *id == union), "{f:?}");
    let text = "Marta Lindgren, nicknamed \"Mimi\", led the strike. Tomas Reyes called Marta Lindgren a liar.";
    let f = with_only(text, None);
    let lindgren = f.iter().find(|(s, _)| s == "Marta Lindgren").map(|(_, id)| id.clone()).expect("Lindgren");
    assert!(f.iter().any(|(s, id)| s == "Mimi" && *id == lindgren), "{f:?}");
    assert!(f.iter().filter(|(_, id)| *id == lindgren).count() >= 2, "{f:?}");
    assert!(f.iter().any(|(s, id)| s == "Tomas Reyes" && *id != lindgren), "{f:?}");
    // "known by" and the noun that says what kind of name.
    let text = "Tomas Reyes, better known by his nom de guerre Abu Karim, surrendered in Cali.";
    let f = with_only(text, None);
    let reyes = f.iter().find(|(s, _)| s == "Tomas Reyes").map(|(_, id)| id.clone()).expect("Reyes");
    assert!(f.iter().any(|(s, id)| s == "Abu Karim" && *id == reyes), "{f:?}");
    // An adverb of usage may stand before the cue.
    // A name only the text gives takes the node the gazetteer knows for its alias, and the alias
    // opening a later sentence in capitals is the same one.
    let text = "The Tarvos Resistance Brigades, more commonly known as al-Shabaab, shelled Kismayo. \
                Al-Shabaab denied it.";
    let f = with_only(text, None);
    let ids: Vec<&String> = f.iter().filter(|(s, _)| s != "Kismayo").map(|(_, id)| id).collect();
    assert!(ids.len() == 3 && ids.iter().all(|id| *id == ids[0] && !id.contains("tarvos")), "{f:?}");
    // An adjective before the kind of name is no name.
    let text = "The Tarvos Justice Front, known by its Spanish initials FJT, raided a depot in Quito.";
    let f = with_only(text, None);
    let front = f.iter().find(|(s, _)| s.contains("Front")).map(|(_, id)| id.clone()).expect("front");
    assert!(f.iter().any(|(s, id)| s == "FJT" && *id == front), "{f:?}");
    assert!(!f.iter().any(|(s, id)| s == "Spanish" && *id == front), "{f:?}");
    // A later mention of the alias in other capitals is the same one.
    let text = "Tomas Reyes, known as El Tigre, fled to Cali. Police said EL TIGRE had left.";
    let f = with_only(text, None);
    let reyes = f.iter().find(|(s, _)| s == "Tomas Reyes").map(|(_, id)| id.clone()).expect("Reyes");
    assert!(f.iter().any(|(s, id)| s == "EL TIGRE" && *id == reyes), "{f:?}");
    for text in [
        "The Coastal Defence League, usually known as Kustvakt, met in Bergen.",
        "The Coastal Defence League, more commonly known as Kustvakt, met in Bergen.",
    ] {
        let f = with_only(text, None);
        let league = f.iter().find(|(s, _)| s.contains("League")).map(|(_, id)| id.clone()).expect("league");
        assert!(f.iter().any(|(s, id)| s == "Kustvakt" && *id == league), "{f:?}");
    }
    // "abbreviated as", after a parenthesis that closes the name.
    let text = "The Northern Coast Union (Norwegian: Nordkystunionen), usually abbreviated as NKU, \
                met in Bergen. The NKU struck on Monday.";
    let f = with_only(text, None);
    let union = f.iter().find(|(s, _)| s.contains("Union")).map(|(_, id)| id.clone()).expect("union");
    assert_eq!(f.iter().filter(|(s, id)| s == "NKU" && *id == union).count(), 2, "{f:?}");
    // A name that is only the object of a noun's preposition is not what the cue names: the
    // mission is; the town of Bunia is the town.
    let text = "The observer mission in Chad, known as Tarvik, left in May.";
    let f = with_only(text, None);
    assert!(!f.iter().any(|(s, id)| s == "Tarvik" && id.starts_with("country:")), "{f:?}");
    let text = "Two units at Kelso Airfield North, also called K-North, left.";
    let f = with_only(text, None);
    let field = f.iter().find(|(s, _)| s.contains("Kelso")).map(|(_, id)| id.clone()).expect("airfield");
    assert!(f.iter().any(|(s, id)| s == "K-North" && *id == field), "letters that fit: {f:?}");
    let text = "Rebels shelled the town of Bunia, also known as Kibali, on Monday.";
    let f = with_only(text, None);
    let bunia = f.iter().find(|(s, _)| s == "Bunia").map(|(_, id)| id.clone()).expect("Bunia");
    assert!(f.iter().any(|(s, id)| s == "Kibali" && *id == bunia), "{f:?}");
    let text = "Tomas Reyes dubbed Marta Lindgren a traitor.";
    let f = with_only(text, None);
    let reyes = f.iter().find(|(s, _)| s == "Tomas Reyes").map(|(_, id)| id.clone()).expect("Reyes");
    assert!(f.iter().any(|(s, id)| s == "Marta Lindgren" && *id != reyes), "a verb, not an alias: {f:?}");
}

/// An acronym joins only the name its letters fit: here the whole group name before it, not
/// the country the name ends with; a foreign-language acronym still joins its organisation.
#[test]
fn rule_acronym_definition_needs_letters_that_fit() {
    let text = "Gunmen loyal to the Brotherhood of Northern Chad (BNC) raided a market. The BNC denied it.";
    let f = with_only(text, None);
    let chad = f.iter().find(|(s, _)| s == "BNC").map(|(_, id)| id.clone());
    assert!(chad.as_deref().is_some_and(|id| !id.starts_with("country:")), "{f:?}");
    assert!(f.iter().any(|(s, _)| s == "Brotherhood of Northern Chad"), "{f:?}");
    assert!(!f.iter().any(|(s, id)| s == "Chad" && id.starts_with("country:")), "{f:?}");
    let text = "The Mountain Farmers League (UKF) met in the valley.";
    let f = with_only(text, Some(&["organisation-head", "acronym-definition"]));
    let league = f.iter().find(|(s, _)| s == "Mountain Farmers League").map(|(_, id)| id.clone());
    assert!(league.is_some() && f.iter().any(|(s, id)| s == "UKF" && Some(id) == league.as_ref()), "{f:?}");
}

#[test]
fn abbreviations_fit_by_letters_in_order() {
    use super::super::organisations::abbreviation_start;
    assert_eq!(abbreviation_start("AQI", "fighters of al-Qaida in Iraq"), Some(12));
    assert_eq!(abbreviation_start("SDF", "Syrian Democratic Forces"), Some(0));
    assert_eq!(abbreviation_start("ARW", "507th Air Refueling Wing"), Some(6));
    assert_eq!(abbreviation_start("AQI", "Iraq"), None);
    assert_eq!(abbreviation_start("PKK", "Kurdistan Workers' Party"), None);
    assert_eq!(abbreviation_start("", "Anything"), None);
}

/// A capital that speaks stands for its state; the same name as a place stays the city, so
/// the actor reading never swallows the city's own node.
#[test]
fn a_speaking_capital_is_its_state_and_stays_a_city_elsewhere() {
    let text = "Oslo said on Monday it would send envoys. Officials in Oslo declined to comment.";
    let f = with_only(text, None);
    let oslo: Vec<&String> = f.iter().filter(|(s, _)| s == "Oslo").map(|(_, id)| id).collect();
    assert_eq!(oslo.len(), 2, "{f:?}");
    assert!(oslo[0].starts_with("country:"), "{f:?}");
    assert!(oslo[1].starts_with("place:"), "{f:?}");
    // A capital speaking in the present tense, and the sides a mediator stands between.
    let f = with_only("Helsinki denies the report.", None);
    assert!(has(&f, "Helsinki", "country:FIN"), "{f:?}");
    let f = with_only("Norway offered to mediate between Nairobi and Addis Ababa.", None);
    assert!(has(&f, "Nairobi", "country:KEN") && has(&f, "Addis Ababa", "country:ETH"), "{f:?}");
    let f = with_only("Trains between Nairobi and Mombasa resumed.", None);
    assert!(has(&f, "Nairobi", "place:"), "{f:?}");
}

/// A unit's number belongs to its name, whether or not the tagger took it in.
#[test]
fn ordinals_stay_with_the_unit_they_number() {
    let text = "Troops of the 3rd Battalion, 114th Mountain Rifle Regiment arrived for a joint exercise.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, _)| s == "114th Mountain Rifle Regiment"), "{f:?}");
    assert!(!f.iter().any(|(s, _)| s == "Mountain Rifle Regiment"), "{f:?}");
    // Air and naval units end in their own head words.
    let f = with_only("Crews of the 41st Airlift Squadron and the 9th Carrier Air Wing trained together.", None);
    assert!(f.iter().any(|(s, _)| s == "41st Airlift Squadron"), "{f:?}");
    assert!(f.iter().any(|(s, _)| s == "9th Carrier Air Wing"), "{f:?}");
    assert!(super::super::context::is_ordinal("507th") && !super::super::context::is_ordinal("507"));
}

/// A lone word naming a people, faith or deity is no place or actor, whatever the tagger says.
#[test]
fn peoples_faiths_and_deities_are_not_names_of_places_or_actors() {
    let text = "Kurdish and Yezidi fighters held the ridge above Sinjar. God willing, the Yazidis will return.";
    let f = with_only(text, None);
    for word in ["Kurdish", "Yezidi", "God"] {
        assert!(!f.iter().any(|(s, _)| s == word), "{word}: {f:?}");
    }
    // The plural names the people, a group that acts: never a place.
    assert!(
        !f.iter().any(|(s, id)| s == "Yazidis" && (id.starts_with("place:") || id.starts_with("person:"))),
        "{f:?}"
    );
    assert!(f.iter().any(|(s, _)| s == "Sinjar"), "{f:?}");
    // A faith by its own name, or its adjective, is no place either.
    let text = "The cleric said the law insults Islam, and Islamic scholars in Tunis agreed with him.";
    let f = with_only(text, None);
    for word in ["Islam", "Islamic"] {
        assert!(!f.iter().any(|(s, _)| s == word), "{word}: {f:?}");
    }
    assert!(f.iter().any(|(s, _)| s == "Tunis"), "{f:?}");
    assert!(crate::nlp::lexicon::names_a_people_or_faith("Shi’ites"));
    assert!(!crate::nlp::lexicon::names_a_people_or_faith("Kurdistan"));
}

#[test]
fn rule_document_consistency() {
    let text = "Governor Maria Lindqvist opened the bridge. Crowds cheered as Lindqvist waved.";
    let keep = ["titled-person", "document-consistency"];
    assert!(has(&with_only(text, Some(&keep)), "Lindqvist", "person:maria-lindqvist"));
    assert!(!has(&with_only(text, Some(&["titled-person"])), "Lindqvist", "person:"));
    // An organisation's distinctive first word, alone later, is the organisation.
    let text = "Regulators fined Brannock Telecom on Monday. A spokesman said Brannock would appeal.";
    let f = with_only(text, None);
    let telecom = f.iter().find(|(s, _)| s == "Brannock Telecom").map(|(_, id)| id.clone()).expect("the firm");
    assert!(f.iter().any(|(s, id)| s == "Brannock" && *id == telecom), "{f:?}");
    // The first word of a two-word name, alone, is the person (a family name first); not when
    // two people share it.
    let text = "Minister Teng Wuhai met Ana Ortiz in Lima. Teng said the talks went well.";
    let f = with_only(text, Some(&["titled-person", "tagger-name", "document-consistency"]));
    assert!(has(&f, "Teng", "person:teng-wuhai"), "{f:?}");
    // A word the article used alone before the person was named keeps its own reading.
    let text = "Floods hit Arvika on Monday. Minister Arvika Holm visited Arvika on Friday.";
    let f = with_only(text, Some(&["gazetteer-name", "titled-person", "tagger-name", "document-consistency"]));
    assert!(!f.iter().any(|(s, id)| s == "Arvika" && id.starts_with("person:")), "{f:?}");
    // A given name alone may come before the full name, as a person ("Thanks, Ilse" above the
    // signature).
    let text = "Ilse said the ferry was late. Ilse Varga, a reporter in Tallinn, filed the story.";
    let f = with_only(text, Some(&["titled-person", "tagger-name", "document-consistency"]));
    assert!(has(&f, "Ilse", "person:ilse-varga"), "{f:?}");
    let text = "Minister Teng Wuhai met Minister Teng Lirong in Lima. Teng said the talks went well.";
    let f = with_only(text, Some(&["titled-person", "tagger-name", "document-consistency"]));
    assert!(!f.iter().any(|(s, id)| s == "Teng" && id.starts_with("person:teng-")), "{f:?}");
    // A surname that is also a people's word ("al-Iraqi" → "Iraqi") is the person when it stands
    // alone, and the people's word before a noun.
    let text = "Envoys met Minister Salim al-Iraqi in Amman. Talks with Iraqi officials ended, and Iraqi left.";
    let keep = ["gazetteer-name", "titled-person", "tagger-name", "document-consistency"];
    let f = with_only(text, Some(&keep));
    let iraqi: Vec<&str> = f.iter().filter(|(s, _)| s == "Iraqi").map(|(_, id)| id.as_str()).collect();
    assert_eq!(iraqi, ["country:IRQ", "person:salim-al-iraqi"], "{f:?}");
}

#[test]
fn rule_locative_list() {
    let text = "Troops repelled assaults near Bakhmut, Vorvane Kelty and Druzhkivka.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, id)| s == "Vorvane Kelty" && id.starts_with("place:")), "{f:?}");
    // A person named beside a place, not in a locative list, keeps being a person.
    let text = "Born in Bakhmut, Vorvane Kelty moved to Kyiv and Tomas Reyes stayed.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, id)| s == "Vorvane Kelty" && id.starts_with("person:")), "{f:?}");
    let text = "Vorvane Kelty met Tomas Reyes in Bakhmut.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, id)| s == "Vorvane Kelty" && id.starts_with("person:")), "{f:?}");
}

/// Places do not attack: an unknown "place" that does is an armed group; a town attacked
/// or a known place is not.
#[test]
fn rule_violent_agent() {
    let text = "The EU condemns the renewed offensive by the M23 in North Kivu. Kelmar Ridge attacked Beni.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, id)| s == "M23" && id.starts_with("group:")), "{f:?}");
    assert!(f.iter().any(|(s, id)| s == "Kelmar Ridge" && id.starts_with("group:")), "{f:?}");
    assert!(f.iter().any(|(s, id)| s == "Beni" && !id.starts_with("group:")), "{f:?}");
    // A name before its members' noun names them; a known place keeps its reading.
    let text = "Fighting spread. Kelmar Ridge rebels crossed into Uganda. Later Kelmar Ridge denied it. Darfur rebels met in Doha.";
    let f = with_only(text, None);
    assert_eq!(f.iter().filter(|(s, id)| s == "Kelmar Ridge" && id.starts_with("group:")).count(), 2, "{f:?}");
    assert!(f.iter().any(|(s, id)| s == "Darfur" && !id.starts_with("group:")), "{f:?}");
    let text = "Kelmar Ridge was attacked by rebels. Moscow attacked Kyiv. A bomb in Kelmar Vale killed two.";
    let f = with_only(text, None);
    assert!(!f.iter().any(|(_, id)| id.starts_with("group:")), "{f:?}");
}

#[test]
fn rule_named_kind() {
    // Without the rule the graph read Vardlas as a place and Brannigan as a person.
    let text = "Sweden joined the European military alliance known as Vardlas. \
                Rebels crossed into a district called Brannigan.";
    let f = with_only(text, Some(&["named-kind"]));
    assert!(has(&f, "Vardlas", "organization:"), "{f:?}");
    assert!(has(&f, "Brannigan", "place:"), "{f:?}");
    // A verb "called" after a name is no kind's: "Peru called Chile" names nothing new.
    let f = with_only("Peru called Chile a rogue state.", Some(&["named-kind"]));
    assert!(f.is_empty(), "{f:?}");
    // A possessive before a capital opens a longer name: its first word is not the charity.
    let f = with_only("Donors gave to a charity known as Tovrik's Pantry.", Some(&["named-kind"]));
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_language_label() {
    let f = with_only("The Tarvos Accord (French: Accord de Tarvos) was signed in Lyon by France.", None);
    assert_eq!(f.iter().filter(|(s, _)| s == "French" || s == "France").count(), 1, "{f:?}");
    let f = with_only("The Velmaran entry was sung in German by Ilse Brandt and translated into French.", None);
    assert!(!f.iter().any(|(s, _)| s == "German" || s == "French"), "{f:?}");
    let f = with_only("The prisoners were held in Afghan custody in Iraqi Kurdistan.", None);
    assert!(f.iter().any(|(s, _)| s == "Afghan"), "{f:?}");
    let f = with_only("The prisoners were held in Peruvian and Chilean jails.", None);
    assert!(f.iter().any(|(s, _)| s == "Peruvian"), "{f:?}");
}

#[test]
fn rule_text_order() {
    let text = "Envoys from Norway met Governor Maria Lindqvist in Oslo.";
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    let common = |w: &str| crate::nlp::is_common_word(w);
    let ctx = Ctx::new(text, &tokens, &sentences, Gazetteer::bundled(), &common);
    let all = super::super::find_entities(text, &tokens, &sentences, Gazetteer::bundled(), &common, None);
    let mut mentions: Vec<_> = all.iter().rev().cloned().collect();
    let pass = PASSES.iter().find(|r| r.name == "text-order").unwrap();
    (pass.apply)(&ctx, &mut mentions);
    assert!(mentions.len() >= 2 && mentions.windows(2).all(|w| w[0].start <= w[1].start), "{mentions:?}");
}

#[test]
fn rule_currency_prefix() {
    let text = "The fund released US$5 million for Peru.";
    let keep = ["gazetteer-name", "currency-prefix"];
    assert!(!has(&with_only(text, Some(&keep)), "US", "country:"), "{:?}", with_only(text, Some(&keep)));
    assert!(has(&with_only(text, Some(&keep[..1])), "US", "country:"));
    assert!(has(&with_only(text, Some(&keep)), "Peru", "country:"));
}

#[test]
fn rule_title_reference() {
    let text = "Governor Maria Lindqvist opened the bridge. The Governor thanked the workers.";
    let keep = ["titled-person", "text-order", "title-reference"];
    assert!(has(&with_only(text, Some(&keep)), "Governor", "person:maria-lindqvist"));
    assert!(!has(&with_only(text, Some(&keep[..2])), "Governor", "person:"));
    // A person named right after the title, its "of" phrase and a comma carries it.
    let text = "Ministers welcomed the Governor of Tarvos, Maria Lindqvist, on Friday.";
    let keep = ["tagger-name", "text-order", "title-reference"];
    assert!(
        has(&with_only(text, Some(&keep)), "Governor", "person:maria-lindqvist"),
        "{:?}",
        with_only(text, Some(&keep))
    );
    // Also when an honorific opens the name.
    let text = "Ministers welcomed the Foreign Minister of Tarvos, Dr. Maria Lindqvist, on Friday.";
    let keep = ["titled-person", "text-order", "title-reference"];
    let f = with_only(text, Some(&keep));
    assert!(has(&f, "Foreign Minister", "person:maria-lindqvist"), "{f:?}");
    // And after a "for" phrase.
    let text = "The Minister for Fisheries, Maria Lindqvist, travelled to Tarvos on Tuesday.";
    let f = with_only(text, Some(&["tagger-name", "text-order", "title-reference"]));
    assert!(has(&f, "Minister", "person:maria-lindqvist"), "{f:?}");
}

#[test]
fn rule_personal_pronoun() {
    let text = "Governor Maria Lindqvist opened the bridge. She thanked the workers.";
    let keep = ["titled-person", "text-order", "personal-pronoun"];
    assert!(has(&with_only(text, Some(&keep)), "She", "person:maria-lindqvist"));
    assert!(!has(&with_only(text, Some(&keep[..2])), "She", "person:"));
    // A pronoun opening a clause continues the subject, not the latest name.
    let text = "Governor Maria Lindqvist was received by Mayor Tomas Reyes, and she thanked the workers.";
    assert!(has(&with_only(text, Some(&keep)), "she", "person:maria-lindqvist"), "{:?}", with_only(text, Some(&keep)));
    // After a short opening adverbial the pronoun is still the sentence's subject.
    let text = "Governor Maria Lindqvist opened the bridge that Mayor Tomas Reyes had planned. \
                As governor she thanked the workers.";
    assert!(has(&with_only(text, Some(&keep)), "she", "person:maria-lindqvist"), "{:?}", with_only(text, Some(&keep)));
    // An object pronoun takes the latest name.
    let text = "Governor Maria Lindqvist met Mayor Tomas Reyes and thanked him.";
    assert!(has(&with_only(text, Some(&keep)), "him", "person:tomas-reyes"));
    // A pronoun passes over a person a word before the name said is of the other gender.
    let text = "Ines Varga grew up in Lima. Her brother, Pablo Varga, was a judge. In 2012 she joined the party.";
    let keep = ["tagger-name", "text-order", "personal-pronoun"];
    let found = with_only(text, Some(&keep));
    assert!(has(&found, "she", "person:ines-varga"), "{found:?}");
    let text = "Spokeswoman Ana Ortiz said Tomas Reyes had resigned. He left Lima on Monday.";
    let found = with_only(text, Some(&keep));
    assert!(has(&found, "He", "person:tomas-reyes"), "{found:?}");
}

#[test]
fn rule_definite_description() {
    let text = "The Andean Liberation Front attacked a mine in Peru on Monday. The group said nine guards died.";
    let f = with_only(text, None);
    let front = f.iter().find(|(s, _)| s == "Andean Liberation Front").map(|(_, id)| id.clone()).expect("front");
    assert!(f.contains(&("group".to_string(), front.clone())), "{f:?}");
    let names = CANDIDATE_RULES.iter().map(|r| r.name).chain(PASSES.iter().map(|r| r.name));
    let off: Vec<&str> = names.filter(|&n| n != "definite-description").collect();
    assert!(!with_only(text, Some(&off)).iter().any(|(s, _)| s == "group"));
    // The subject of the description's own clause is not what it describes; an earlier subject is.
    let text = "The Andean Liberation Front fought the Coastal Militia for a week. Later the Coastal Militia \
                drove the militant group out of Arica.";
    let f = with_only(text, None);
    let front = f.iter().find(|(s, _)| s == "Andean Liberation Front").map(|(_, id)| id.clone()).expect("front");
    assert!(f.contains(&("militant group".to_string(), front)), "{f:?}");
    // … however the subject is named, and wherever else.
    let text = "The Andean Liberation Front (ALF) fought the Coastal Militia for a week. Later the ALF drove \
                the group out of Arica.";
    let f = with_only(text, None);
    let militia = f.iter().find(|(s, _)| s == "Coastal Militia").map(|(_, id)| id.clone()).expect("militia");
    assert!(f.contains(&("group".to_string(), militia)), "{f:?}");
    // An armed group's word before the noun makes it an armed group's description.
    let text = "The Tarvos Front attacked a mine. Reporters from Andean Press visited Lima. The rebel group said \
                nine guards died.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, id)| s == "rebel group" && id.starts_with("group:")), "{f:?}");
    // An organisation named only inside another's phrase does not take "the group" from an armed
    // group named a sentence before; one that opens its clause does.
    let text = "The Tarvos Front is an armed group. It was led by Ana Ortiz, a former officer of the Andean \
                Intelligence Agency. The group later fought in Oruro.";
    let f = with_only(text, None);
    let front = f.iter().find(|(s, _)| s == "Tarvos Front").map(|(_, id)| id.clone()).expect("front");
    assert!(f.contains(&("group".to_string(), front)), "{f:?}");
    let text = "The Tarvos Front attacked a mine. Amnesty International condemned the attack. The group called \
                for an inquiry.";
    let f = with_only(text, None);
    let amnesty = f.iter().find(|(s, _)| s == "Amnesty International").map(|(_, id)| id.clone()).expect("amnesty");
    assert!(f.contains(&("group".to_string(), amnesty)), "{f:?}");
    // An armed group's word before a noun of place leaves the description no kind it may refer to.
    let text = "Bolivian troops shelled Oruro on Monday. The rebel city fell on Tuesday.";
    let f = with_only(text, None);
    assert!(!f.iter().any(|(s, _)| s.ends_with("city")), "{f:?}");
    // A place noun refers to the latest place.
    let text = "Bolivian troops shelled Oruro on Monday. The city's mayor said four people died.";
    let f = with_only(text, None);
    assert!(has(&f, "city", "place:"), "{f:?}");
    // Followed by "of", a restrictive relative or a name, the noun opens a description of its own.
    for text in [
        "The Andean Liberation Front attacked a mine. The group of nine guards fled.",
        "The Andean Liberation Front attacked a mine. The group that fled was caught.",
        "The Andean Liberation Front attacked a mine. The group Tarvos Front denied it.",
        // A word singling it out from others makes it another one.
        "The Andean Liberation Front attacked a mine. The smaller group fled.",
    ] {
        let f = with_only(text, None);
        assert!(!f.iter().any(|(s, _)| s.ends_with("group")), "{text}: {f:?}");
    }
}

#[test]
fn rule_possessive_its() {
    let its_of = |text: &str| {
        let f = with_only(text, None);
        let front = f.iter().find(|(s, _)| s == "Andean Liberation Front").map(|(_, id)| id.clone());
        f.iter().any(|(s, id)| s.eq_ignore_ascii_case("its") && Some(id) == front.as_ref())
    };
    assert!(its_of("The Andean Liberation Front said its fighters had seized a mine."));
    assert!(its_of("Chilean troops struck the Andean Liberation Front and its allies."));
    assert!(its_of("The Andean Liberation Front attacked a mine. Its leader, Tomas Reyes, fled."));
    // A noun between says "its" is that noun's.
    assert!(!its_of("The Andean Liberation Front said the deal and its terms were fair."));
}

#[test]
fn rule_short_country_name() {
    let text = "Troops of the Democratic Republic of the Congo crossed the river. Congo later denied it.";
    let f = with_only(text, None);
    let drc = f.iter().find(|(s, _)| s.starts_with("Democratic")).map(|(_, id)| id.clone()).expect("DRC");
    assert!(f.contains(&("Congo".to_string(), drc.clone())), "{f:?}");
    let names = CANDIDATE_RULES.iter().map(|r| r.name).chain(PASSES.iter().map(|r| r.name));
    let off: Vec<&str> = names.filter(|&n| n != "short-country-name").collect();
    assert!(!with_only(text, Some(&off)).contains(&("Congo".to_string(), drc)));
    // A smaller country's official name leaves the larger one its short name; without "of" the
    // two are two countries.
    let text = "Taiwan is officially called the Republic of China. China claims the island.";
    let f = with_only(text, None);
    let china = f.iter().filter(|(s, _)| s == "China").map(|(_, id)| id).next().expect("China");
    assert!(f.iter().any(|(s, id)| s == "Taiwan" && id != china), "{f:?}");
    let text = "Refugees from South Sudan reached Sudan on Monday.";
    let f = with_only(text, None);
    let ids: Vec<&String> = f.iter().map(|(_, id)| id).collect();
    assert!(ids.len() == 2 && ids[0] != ids[1], "{f:?}");
}

/// A known organisation's name opening a longer name makes the name its branch — an armed
/// group's branch an armed group — even when the name ends in a place word.
#[test]
fn branch_of_a_known_body() {
    let f = with_only("Gunmen of Islamic State Tarvos Province raided a market.", Some(&["tagger-name"]));
    assert!(has(&f, "Islamic State Tarvos Province", "group:"), "{f:?}");
}

/// An undefined acronym stands for the article's one organisation with its initials; two such
/// organisations leave it alone.
#[test]
fn rule_acronym_initials() {
    let text = "The Northern Grain Council raised prices on Monday. The NGC blamed the drought.";
    let f = with_only(text, Some(&["tagger-name", "acronym-initials"]));
    let full = f.iter().find(|(s, _)| s == "Northern Grain Council").map(|(_, id)| id.clone());
    assert!(full.is_some(), "{f:?}");
    assert!(f.iter().any(|(s, id)| s == "NGC" && Some(id) == full.as_ref()), "{f:?}");
    let text = "The Northern Grain Council met the National Growers Coalition. The NGC walked out.";
    let f = with_only(text, Some(&["tagger-name", "acronym-initials"]));
    let ids: Vec<&String> = f.iter().filter(|(s, _)| s.starts_with("N") && s.len() > 3).map(|(_, id)| id).collect();
    assert!(f.iter().filter(|(s, _)| s == "NGC").all(|(_, id)| !ids.contains(&id)), "{f:?}");
}

#[test]
fn rule_head_noun_after_reads_the_x_party_past_describing_words() {
    let text = "Delegates of the governing Tavrin party gathered in Oslo.";
    let f = with_only(text, Some(&["head-noun-after"]));
    assert!(has(&f, "Tavrin", "organization:"), "{f:?}");
    // An irregular past ends the noun phrase as "-ed" does ("the Tavrin party met").
    let f = with_only("Leaders of the Tavrin party met in Oslo.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tavrin", "organization:"), "{f:?}");
    // A bare "X party" may be anyone's: "a Tavrin party" names nothing.
    let f = with_only("Delegates held a Tavrin party in Oslo.", Some(&["head-noun-after"]));
    assert!(!has(&f, "Tavrin", "organization:"), "{f:?}");
}

#[test]
fn rule_kind_from_cue_types_the_bare_name_as_its_cue_did() {
    let text = "Leaders of the governing Tavrin party met in Oslo on Monday. \
                Tavrin and its rivals later signed the accord, and Tavrin welcomed it.";
    let all = with_only(text, None);
    let tavrin: Vec<&String> = all.iter().filter(|(s, _)| s == "Tavrin").map(|(_, id)| id).collect();
    assert!(tavrin.len() >= 2, "{all:?}");
    assert!(tavrin.iter().all(|id| id.starts_with("organization:")), "{all:?}");
}

#[test]
fn rule_coordinated_names_apart() {
    use super::super::consistency::coordinated_names_apart;
    use super::super::context::Ctx;
    use crate::model::NodeKind;
    // Tokens: Valtrex(0) and(1) Norvane(2) fell(3) .(4) Valtrex(5) said(6) so(7) .(8)
    let text = "Valtrex and Norvane fell. Valtrex said so.";
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    let common = |w: &str| crate::nlp::is_common_word(w);
    let ctx = Ctx::new(text, &tokens, &sentences, Gazetteer::bundled(), &common);
    let org = |label: &str| super::super::Target::New {
        id: format!("organization:{}", label.to_lowercase()),
        label: label.into(),
    };
    let joined = ctx.mention(0, 3, NodeKind::Organization, org("Valtrex and Norvane"), 0.65);
    let alone = ctx.mention(5, 6, NodeKind::Organization, org("Valtrex"), 0.65);
    let mut mentions = vec![joined.clone(), alone.clone()];
    coordinated_names_apart(&ctx, &mut mentions);
    let mut found: Vec<(&str, &super::super::Target)> =
        mentions.iter().map(|m| (&text[m.start..m.end], &m.target)).collect();
    found.sort_by_key(|f| f.0);
    assert_eq!(found, [("Norvane", &org("Norvane")), ("Valtrex", &org("Valtrex")), ("Valtrex", &org("Valtrex"))]);
    // Neither side alone in the article: the name keeps its "and".
    let mut mentions = vec![joined];
    coordinated_names_apart(&ctx, &mut mentions);
    assert_eq!(text[mentions[0].start..mentions[0].end], *"Valtrex and Norvane");
}

/// A name only the tagger read, right before an apposition saying what it is, is of that kind;
/// an opening phrase's comma followed by the subject, or a noun joined by "and", is no apposition.
#[test]
fn rule_appositive_kind() {
    let text = "Orvane Capital, Chile's second-biggest lender, posted a loss.";
    let guessed = with_only(text, Some(&["tagger-name"]));
    assert!(!has(&guessed, "Orvane Capital", "organization:"), "the test needs another guess: {guessed:?}");
    let f = with_only(text, Some(&["tagger-name", "appositive-kind"]));
    assert!(has(&f, "Orvane Capital", "organization:orvane-capital"), "{f:?}");
    // A maker of goods is a company.
    let text = "Nordvane, a Swedish cable maker, cut 300 jobs.";
    let f = with_only(text, None);
    assert!(has(&f, "Nordvane", "organization:"), "{f:?}");
    // An affiliate, offshoot or subsidiary is a body too.
    for text in [
        "The raid killed a leader of Harrak al-Munir, a local affiliate of the Andean Front.",
        "Tavo Mirandes, an offshoot of the Andean Front, claimed the attack.",
        // A grouping or a forum of states is a body.
        "The pact grew out of the Andean Five, a grouping formed in 1996 to settle border disputes.",
        "Ministers met at the Kivu Five, a regional forum on maritime security.",
    ] {
        let f = with_only(text, None);
        assert!(f.iter().any(|(n, id)| id.starts_with("organization:") && !n.is_empty()), "{text}: {f:?}");
        assert!(!f.iter().any(|(_, id)| id.starts_with("person:")), "{text}: {f:?}");
    }
    for text in [
        "In recent weeks in Tarvos Province, a journalist disappeared.",
        "Shells fell on Tarvos Province, a judge and a clerk said.",
    ] {
        let f = with_only(text, Some(&["tagger-name", "appositive-kind"]));
        assert!(has(&f, "Tarvos Province", "place:"), "{text}: {f:?}");
    }
}

/// Every rule but `rule`.
fn without(text: &str, rule: &str) -> Vec<(String, String)> {
    let names: Vec<&str> = CANDIDATE_RULES.iter().map(|r| r.name).chain(PASSES.iter().map(|r| r.name)).collect();
    let keep: Vec<&str> = names.into_iter().filter(|&n| n != rule).collect();
    with_only(text, Some(&keep))
}

#[test]
fn rule_listed_with_bodies() {
    let text = "Airbus, Thales and Leonardo have agreed to merge their satellite businesses.";
    assert!(has(&without(text, "listed-with-bodies"), "Leonardo", "person:"), "the tagger reads a person");
    let f = with_only(text, None);
    assert!(has(&f, "Leonardo", "organization:"), "{f:?}");
    // People listed by their full names stay people.
    let text = "Police arrested Tomas Reyes, Ana Ortiz and Marta Lopes outside the Andean Bank.";
    let f = with_only(text, None);
    assert!(["Tomas Reyes", "Ana Ortiz", "Marta Lopes"].iter().all(|p| has(&f, p, "person:")), "{f:?}");
}

#[test]
fn rule_pair_description() {
    let ids = |f: &[(String, String)], s: &str| -> Vec<String> {
        f.iter().filter(|(w, _)| w == s).map(|(_, id)| id.clone()).collect()
    };
    let text = "Chile and Bolivia reopened their border crossings. Officials said talks between the two countries \
                would resume in May.";
    let f = with_only(text, None);
    let pair = ids(&f, "the two countries");
    assert!(pair.contains(&"country:CHL".to_string()) && pair.contains(&"country:BOL".to_string()), "{f:?}");
    let off: Vec<&str> = PASSES.iter().map(|r| r.name).filter(|n| *n != "pair-description").collect();
    let without = with_only(text, Some(&[&["gazetteer-name", "tagger-name"][..], &off[..]].concat()));
    assert!(ids(&without, "the two countries").is_empty(), "{without:?}");
    // Titles and names between the two; the pair of the kind the noun wants ("leaders" are people).
    let text = "Peruvian Foreign Minister Ana Ortiz and Ecuadorian President Tomas Reyes spoke by phone. \
                Both leaders want a new fishing accord, and the two neighbouring countries will meet in Quito.";
    let f = with_only(text, None);
    let leaders = ids(&f, "Both leaders");
    assert_eq!(leaders.len(), 2, "{f:?}");
    assert!(leaders.iter().all(|id| id.starts_with("person:")), "{f:?}");
    let countries = ids(&f, "the two neighbouring countries");
    assert!(countries.contains(&"country:PER".to_string()) && countries.contains(&"country:ECU".to_string()), "{f:?}");
    // Not the tail of a longer list, not "both sides of" a thing, not a pair named too long ago.
    let f = with_only("Chile, Peru and Bolivia met. The two countries signed nothing.", None);
    assert!(ids(&f, "The two countries").is_empty(), "{f:?}");
    let f = with_only("Chile and Bolivia met in Arica. Troops patrol both sides of the border.", None);
    assert!(ids(&f, "both sides").is_empty(), "{f:?}");
    let text = "Chile and Bolivia met in Arica. Rain fell. Roads closed. Schools shut. Ports idled. Shops shut. \
                Both sides then left.";
    assert!(ids(&with_only(text, None), "Both sides").is_empty());
}

#[test]
fn a_name_joined_by_a_hyphen_is_no_side_of_a_pair() {
    let text = "Talks stalled between the pro-Western premier Tomas Reyes and the Chilean-backed rebel leader Ana \
                Ortiz. The two sides met again on Monday.";
    let f = with_only(text, None);
    let sides: Vec<&String> = f.iter().filter(|(s, _)| s == "The two sides").map(|(_, id)| id).collect();
    assert_eq!(sides.len(), 2, "{f:?}");
    assert!(sides.iter().all(|id| id.starts_with("person:")), "{f:?}");
}

#[test]
fn an_unnamed_office_is_named_with_its_of_or_for_phrase() {
    let keep = ["tagger-name", "gazetteer-name", "text-order", "title-reference"];
    let text = "The Minister for Coastal Fisheries visited Arica. Later the Minister for Mining spoke in Lima, and the \
                Minister for Coastal Fisheries flew home. The Minister thanked the crews.";
    let f = with_only(text, Some(&keep));
    let ids = |s: &str| -> Vec<&String> { f.iter().filter(|(w, _)| w == s).map(|(_, id)| id).collect() };
    let fisheries = ids("Minister for Coastal Fisheries");
    assert_eq!(fisheries.len(), 2, "{f:?}");
    assert!(fisheries.iter().all(|id| *id == "person:role:minister-for-coastal-fisheries"), "{f:?}");
    assert_eq!(ids("Minister for Mining"), ["person:role:minister-for-mining"], "{f:?}");
    // The title alone later is the latest office it names.
    assert_eq!(ids("Minister"), ["person:role:minister-for-coastal-fisheries"], "{f:?}");
    // A phrase naming a country the article knows stays apart: the president and the country.
    let f = with_only("The President of Chile met the ambassador.", Some(&keep));
    assert!(has(&f, "President", "person:role:president"), "{f:?}");
    assert!(has(&f, "Chile", "country:CHL"), "{f:?}");
}

#[test]
fn a_pair_description_takes_the_first_pair_of_the_nearest_sentence() {
    let pair_of = |f: &[(String, String)], s: &str| -> Vec<String> {
        let mut v: Vec<String> = f.iter().filter(|(w, _)| w == s).map(|(_, id)| id.clone()).collect();
        v.sort();
        v
    };
    // The clause's pair, not the speakers' after it; two describing words may stand between.
    let text = "Chile's navy and the coastal Andean Front agreed to a truce, Peru and Bolivia said on Monday. \
                Talks between the two sides lasted a week.";
    let f = with_only(text, None);
    let sides = pair_of(&f, "the two sides");
    assert_eq!(sides.len(), 2, "{f:?}");
    assert!(sides.contains(&"country:CHL".to_string()), "{f:?}");
    assert!(!sides.contains(&"country:PER".to_string()) && !sides.contains(&"country:BOL".to_string()), "{f:?}");
    // A verb between two names makes no pair of them.
    let f = with_only("Chile attacked and Peru joined the talks. The two countries then signed nothing.", None);
    assert!(pair_of(&f, "The two countries").is_empty(), "{f:?}");
}

/// "Shipping group Tavor Lines said": no person before a reporting verb after a body's noun; and
/// a news agency's credit in parentheses is no antecedent of "the company".
#[test]
fn a_body_named_after_its_noun_speaks_and_is_the_company() {
    let text = "OSLO, March 3 (Nordpress) - Norwegian shipping group K.T. Tavor-Lund said on Monday it would sell \
                two tankers. The company's chief executive, Ana Ortiz, said prices had fallen.";
    let f = with_only(text, None);
    assert!(has(&f, "K.T. Tavor-Lund", "organization:"), "{f:?}");
    assert!(!has(&f, "K.T. Tavor-Lund", "person:"), "{f:?}");
    let company: Vec<&String> = f.iter().filter(|(s, _)| s == "company").map(|(_, id)| id).collect();
    assert!(company.len() == 1 && company[0].contains("tavor"), "{f:?}");
}

#[test]
fn rule_head_of_a_name() {
    let text = "The convoy rounded the Cape of Good Hope and crossed the Strait of Tavor past the Isle of Kerra.";
    let f = with_only(text, None);
    for name in ["Cape of Good Hope", "Strait of Tavor", "Isle of Kerra"] {
        assert!(has(&f, name, "place:"), "{name}: {f:?}");
    }
    let off: Vec<&str> = CANDIDATE_RULES.iter().map(|r| r.name).filter(|n| *n != "head-of-a-name").collect();
    let without = with_only(text, Some(&off));
    assert!(!has(&without, "Cape of Good Hope", "place:"), "{without:?}");
}

/// "X, the head of Y", "X is the leader of Y": nouns of a person who leads say the name is a
/// person's; a title before it is no part of the name.
#[test]
fn a_leaders_noun_types_a_person_without_the_title() {
    let f = with_only("Judges issued a warrant for Min Aung Hlaing, the head of Myanmar's junta.", None);
    assert!(has(&f, "Min Aung Hlaing", "person:"), "{f:?}");
    let f = with_only("Admiral Vandt is the former commander of the Chilean navy.", None);
    assert!(has(&f, "Vandt", "person:"), "{f:?}");
    assert!(!f.iter().any(|(s, _)| s.starts_with("Admiral")), "{f:?}");
}
