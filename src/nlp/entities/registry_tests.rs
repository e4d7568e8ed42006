//! Tests of the entity rules, each in new sentences: what a rule finds alone, and what it must not.

use super::*;
use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::rule::check_registry;
use crate::nlp::{sentences::split_sentences, tokenize::tokenize};

/// (surface, id) of what the article yields with only `only` on (`None`: every rule).
fn with_only(text: &str, only: Option<&[&str]>) -> Vec<(String, String)> {
    let tokens = tokenize(text);
    let sentences = split_sentences(text, &tokens);
    let g = Gazetteer::bundled();
    let common = |w: &str| crate::nlp::is_common_word(w);
    let tagged = crate::nlp::tag_sentences(text, &tokens, &sentences);
    let names: Vec<&str> = CANDIDATE_RULES.iter().map(|r| r.name).chain(PASSES.iter().map(|r| r.name)).collect();
    let disabled: Vec<&str> = match only {
        Some(keep) => names.into_iter().filter(|n| !keep.contains(n)).collect(),
        None => Vec::new(),
    };
    super::super::find_entities_without(text, &tokens, &sentences, g, &common, tagged.as_deref(), &disabled)
        .into_iter()
        .map(|m| {
            let id = match &m.target {
                super::super::Target::Known(i) => g.entry(*i).id.clone(),
                super::super::Target::New { id, .. } => id.clone(),
            };
            (text[m.start..m.end].to_string(), id)
        })
        .collect()
}

fn has(found: &[(String, String)], surface: &str, id_prefix: &str) -> bool {
    found.iter().any(|(s, id)| s == surface && id.starts_with(id_prefix))
}

#[test]
fn registries_are_named_documented_and_unique() {
    check_registry(CANDIDATE_RULES).unwrap();
    check_registry(PASSES).unwrap();
}

#[test]
fn rule_gazetteer_name() {
    let f = with_only("Officials in Norway praised the plan.", Some(&["gazetteer-name"]));
    assert!(has(&f, "Norway", "country:NOR"), "{f:?}");
}

#[test]
fn rule_hyphenated_prefix_reads_names_of_several_words() {
    // The name's last word sits inside the qualifier's hyphenated token.
    let f = with_only("An al Qaeda-linked cell and a Saudi Arabia-led force met.", Some(&["hyphenated-prefix"]));
    assert!(has(&f, "al Qaeda", "group:") && has(&f, "Saudi Arabia", "country:SAU"), "{f:?}");
}

#[test]
fn rule_hyphenated_prefix() {
    let f = with_only("A Turkish-led mission docked at dawn.", Some(&["hyphenated-prefix"]));
    assert!(has(&f, "Turkish", "country:TUR"), "{f:?}");
}

#[test]
fn rule_titled_person() {
    let f = with_only("Governor Maria Lindqvist opened the bridge.", Some(&["titled-person"]));
    assert!(has(&f, "Maria Lindqvist", "person:maria-lindqvist"), "{f:?}");
    // A common word may open the name when a name word follows it.
    let f = with_only("Ambassador Rain Tae-woo arrived on Monday.", Some(&["titled-person"]));
    assert!(has(&f, "Rain Tae-woo", "person:rain-tae-woo"), "{f:?}");
    // A religion's founder is titled as an office holder is ("the Prophet Zarek").
    let f = with_only("Pilgrims honoured the Prophet Zarek at the shrine.", Some(&["titled-person"]));
    assert!(has(&f, "Zarek", "person:zarek"), "{f:?}");
    let f = with_only("General Electric Company said profits rose.", Some(&["titled-person"]));
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_shared_compass_name() {
    let f = with_only("Floods struck farms in North and South Dakota last spring.", None);
    assert!(f.iter().any(|(s, id)| s == "North" && !id.ends_with(":north")), "{f:?}");
    let found = with_only("Aid reached Central and South America slowly.", None);
    assert!(has(&found, "Central", "place:region:central-america"), "{found:?}");
    // A twin the gazetteer does not know is a new place of that name.
    let found = with_only("Ferries link West and East Timor again.", None);
    assert!(has(&found, "West", "place:west-timor"), "{found:?}");
    // "the East" is a compass noun, no name's first word.
    let f = with_only("Talks between the East and South Africa stalled.", None);
    assert!(!f.iter().any(|(s, id)| s == "East" && id.contains("africa")), "{f:?}");
    let off = with_only("Aid reached Central and South America slowly.", Some(&["tagger-name", "gazetteer-name"]));
    assert!(!off.iter().any(|(s, _)| s == "Central"), "{off:?}");
}

/// News style puts the weekday right after the name ("Minister X Tuesday said"): the day is no
/// part of the name.
#[test]
fn a_weekday_after_a_name_is_no_part_of_it() {
    let f = with_only("Governor Maria Lindqvist Tuesday opened the bridge.", Some(&["titled-person"]));
    assert!(has(&f, "Maria Lindqvist", "person:maria-lindqvist"), "{f:?}");
    let f = with_only("Deputy Mayor Tomas Brandvold Friday said the road was closed.", None);
    assert!(f.iter().all(|(surface, _)| !surface.contains("Friday")), "{f:?}");
}

#[test]
fn rule_reported_person() {
    let f = with_only("Later that day Tomas Brandvold said the road was closed.", Some(&["reported-person"]));
    assert!(has(&f, "Tomas Brandvold", "person:tomas-brandvold"), "{f:?}");
}

#[test]
fn rule_false_titled_person() {
    let f = with_only(
        "Troops detained opposition leader Aung Lin Mya and the novelist Teodora Vasquez-Lind on Monday.",
        Some(&["false-titled-person"]),
    );
    assert!(has(&f, "Aung Lin Mya", "person:aung-lin-mya"), "{f:?}");
    assert!(has(&f, "Teodora Vasquez-Lind", "person:"), "{f:?}");
    // One word is too little to tell from a reduced clause ("the striker Ferrow signed"), and a
    // name running on into capitalised words is an organisation's.
    let f = with_only(
        "The striker Ferrow signed was the leader Ostrava Harbour Workers Union chose.",
        Some(&["false-titled-person"]),
    );
    assert!(f.is_empty(), "{f:?}");
    // Names before a noun of people modify it; a noun that also names bodies is no false title.
    let f = with_only(
        "Police hunted the suspect Ostmark Valley rebels sheltered, and she spoke to broadcaster Hallmar Sendt.",
        Some(&["false-titled-person"]),
    );
    assert!(f.is_empty(), "{f:?}");
    let f = with_only("The talks with rebel leader Tomas Brandvold October 3 failed.", Some(&["false-titled-person"]));
    assert!(has(&f, "Tomas Brandvold", "person:tomas-brandvold"), "a date is no part of the name: {f:?}");
}

#[test]
fn rule_organisation_head() {
    let f = with_only("Members of the Northern Fisheries Council met on Friday.", Some(&["organisation-head"]));
    assert!(has(&f, "Northern Fisheries Council", "organization:"), "{f:?}");
    // "of" joins after a generic word, not after a person's name.
    let f = with_only(
        "The seat went to Tomas Brandvold of the Coastal Farmers Party, backed by the Bank of Coastal Farmers Group.",
        Some(&["organisation-head"]),
    );
    let surfaces: Vec<&str> = f.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(surfaces, ["Coastal Farmers Party", "Bank of Coastal Farmers Group"], "{f:?}");
    // A head, "of"/"for" and capitalised words name the organisation whole, unless only a
    // place follows; a "-based" word before it is no part of the name.
    let f = with_only(
        "Analysts at the Oslo-based Centre for the Study of Civil Unrest and the Ministry of Fisheries \
         disagreed with the Government of Norway.",
        Some(&["organisation-head"]),
    );
    let surfaces: Vec<&str> = f.iter().map(|(s, _)| s.as_str()).collect();
    assert!(surfaces.contains(&"Centre for the Study of Civil Unrest"), "{f:?}");
    assert!(surfaces.contains(&"Ministry of Fisheries"), "{f:?}");
    assert!(!surfaces.iter().any(|s| s.contains("Norway")), "{f:?}");
}

#[test]
fn rule_gazetteer_name_leaves_a_town_the_tagger_reads_as_a_person() {
    // Kim and Marion are towns in the gazetteer and common given names.
    let text = "Kim said the rent was late, and Marion agreed with her.";
    let f = with_only(text, Some(&["gazetteer-name", "tagger-name"]));
    assert!(f.iter().any(|(s, id)| s == "Kim" && id.starts_with("person:")), "{f:?}");
    assert!(!f.iter().any(|(_, id)| id.starts_with("place:")), "{f:?}");
    let f = with_only("Ferries sailed from Marion to the coast.", Some(&["gazetteer-name", "tagger-name"]));
    assert!(f.iter().any(|(s, id)| s == "Marion" && id.starts_with("place:")), "{f:?}");
}

#[test]
fn rule_tagger_name_leaves_a_titled_name_to_the_titled_person_rule() {
    let rules = Some(&["tagger-name", "titled-person"][..]);
    let f = with_only("At noon, Gen. Hollis announced that the roads were open.", rules);
    assert!(f.iter().any(|(s, id)| s == "Hollis" && id.starts_with("person:")), "{f:?}");
    assert!(!f.iter().any(|(_, id)| id.starts_with("organization:")), "{f:?}");
    let f = with_only("Shares of General Motors fell on Monday.", rules);
    assert!(has(&f, "General Motors", "organization:"), "{f:?}");
}

#[test]
fn rule_tagger_name_makes_a_state_of_a_polity_name() {
    let rules = Some(&["tagger-name"][..]);
    let f = with_only("Traders from the Varnian Empire crossed the straits in spring.", rules);
    assert!(has(&f, "Varnian Empire", "country:"), "{f:?}");
    let f = with_only("Envoys of the Kingdom of Oskaria signed nothing.", rules);
    assert!(has(&f, "Kingdom of Oskaria", "country:"), "{f:?}");
}

#[test]
fn rule_place_cue() {
    let f = with_only("The convoy reached the village of Kelmarsh at dawn.", Some(&["place-cue"]));
    assert!(has(&f, "Kelmarsh", "place:kelmarsh"), "{f:?}");
    let f = with_only("Families from Dornvik, a small Sami fishing town, moved inland.", Some(&["place-cue"]));
    assert!(has(&f, "Dornvik", "place:dornvik"), "{f:?}");
    // After a plural place noun every name of the list is a place.
    let f = with_only("Shells hit the villages of Kelmarsh, Dornvik and Tolvane overnight.", Some(&["place-cue"]));
    for name in ["Kelmarsh", "Dornvik", "Tolvane"] {
        assert!(has(&f, name, &format!("place:{}", name.to_lowercase())), "{name}: {f:?}");
    }
    let f = with_only("The village of Kelmarsh and Tomas Reyes were named.", Some(&["place-cue"]));
    assert!(!f.iter().any(|(s, _)| s.starts_with("Tomas")), "a singular noun names one place: {f:?}");
    // A name placed by bearing and distance from another is a place.
    let f = with_only("Rebels shelled Tolvane, some 40 km northeast of Oruro, at dawn.", Some(&["place-cue"]));
    assert!(has(&f, "Tolvane", "place:tolvane"), "{f:?}");
    let f = with_only("Rebels left Brakka, south of the capital.", Some(&["place-cue"]));
    assert!(f.is_empty(), "the bearing must name a place: {f:?}");
    // The place noun must end the appositive: a county official is a person.
    let f = with_only("Mara Lindqvist, a county official, resigned.", Some(&["place-cue"]));
    assert!(f.is_empty(), "{f:?}");
    // A comma that closes an opening phrase of time or place is followed by the subject, no
    // appositive: neither the town nor the month is typed by it.
    let f = with_only(
        "In Dornvik, a local journalist and his driver were shot. In early June, a Dutch engineer and her son left.",
        Some(&["place-cue"]),
    );
    assert!(f.is_empty(), "{f:?}");
    let f = with_only("In June, Chile agreed to the quotas. In August, Peru did.", Some(&["place-cue"]));
    assert!(f.is_empty(), "a month before a country is a time: {f:?}");
    let f = with_only("Fighting near Dornvik, a fishing town, went on.", Some(&["place-cue"]));
    assert!(has(&f, "Dornvik", "place:dornvik"), "an appositive after a preposition inside the clause: {f:?}");
}

#[test]
fn rule_head_noun_after() {
    // A name before a place head noun is a place, with the noun when it is capitalised.
    let f = with_only("Fighting spread from Tarvos State to Kelmarsh province.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tarvos State", "place:tarvos-state"), "{f:?}");
    assert!(has(&f, "Kelmarsh", "place:kelmarsh"), "{f:?}");
    let f = with_only("The Secretary of State flew to Lima.", Some(&["head-noun-after"]));
    assert!(f.is_empty(), "{f:?}");
    // Every name of a list before a plural place head noun; one name alone says nothing.
    let f = with_only("Floods hit Tarvos, Kelmar and Upper Dornvik states.", Some(&["head-noun-after"]));
    for name in ["Tarvos", "Kelmar", "Upper Dornvik"] {
        assert!(has(&f, name, &format!("place:{}", name.to_lowercase().replace(' ', "-"))), "{name}: {f:?}");
    }
    let f = with_only("Ministers of the Kelmar states met.", Some(&["head-noun-after"]));
    assert!(f.is_empty(), "{f:?}");
    // Before a lower-case armed-group noun, an armed group.
    let f = with_only("Police blamed the Tarvos Kelmar gang for the raid.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tarvos Kelmar", "group:tarvos-kelmar"), "{f:?}");
    // So is one before an armed modifier and an organisation noun, and every name of a list
    // before the plural; a name before a plain "group" is not.
    let f = with_only("The R17 rebel group took the pass.", Some(&["head-noun-after"]));
    assert!(has(&f, "R17", "group:r17"), "{f:?}");
    let f = with_only("Fighters of the Tarvos and Kelmar Vand militant groups fled.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tarvos", "group:tarvos") && has(&f, "Kelmar Vand", "group:kelmar-vand"), "{f:?}");
    let f = with_only("The Tarvos study group met.", Some(&["head-noun-after"]));
    assert!(f.is_empty(), "{f:?}");
    // After "a" the name describes the group, it does not name it; a qualifier names nothing.
    let f = with_only("A Tarvos armed group raided the Kelmar-led coalition.", Some(&["head-noun-after"]));
    assert!(f.is_empty(), "{f:?}");
    // Between "the" and a lower-case organisation noun ending its phrase, an organisation.
    let f = with_only("Fighters of the Tarvos group occupied the dam.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tarvos", "organization:tarvos"), "{f:?}");
    let f = with_only("The Tarvos group leader fled.", Some(&["head-noun-after"]));
    assert!(f.is_empty(), "{f:?}");
    // A people, a faith or a qualifier describes the group; one name before a plural too.
    for text in [
        "The Basque separatist group claimed the bomb.",
        "The Kelmar-linked militant group claimed the bomb.",
        "Tarvos militant groups claimed the bomb.",
    ] {
        let f = with_only(text, Some(&["head-noun-after"]));
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // Describing words at the edges of a name are left out of it; a name after the noun is
    // the noun's own, so the word before it only describes.
    let f = with_only("The Tarvos Arab militia burned the village.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tarvos", "group:tarvos"), "{f:?}");
    let f = with_only("He wrote for the Kelmarian newspaper La Voz.", Some(&["head-noun-after"]));
    assert!(f.is_empty(), "{f:?}");
    // A people or a faith describes a place too; an adjective names one only with its noun.
    let f = with_only("Protests spread through a mainly Druze district of the city.", Some(&["head-noun-after"]));
    assert!(f.is_empty(), "{f:?}");
    let f = with_only("Ships sailed around the Tarvosean peninsula.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tarvosean peninsula", "place:"), "{f:?}");
    // The tagger's lone adjective is no place either: the phrase is.
    let f = with_only("Russia annexed the Crimean peninsula in 2014.", None);
    assert!(has(&f, "Crimean peninsula", "place:") && !has(&f, "Crimean", "place:crimean"), "{f:?}");
    let f = with_only("A poll by the Tarvos newspaper Monday showed gains.", Some(&["head-noun-after"]));
    assert!(has(&f, "Tarvos", "organization:tarvos"), "{f:?}");
}

/// An organisation named right after an armed modifier is an armed group, its acronym too.
#[test]
fn rule_armed_modifier() {
    let text = "The paramilitary Dornvik Rapid Guard (DRG) shelled the town. The DRG denied it.";
    let f = with_only(text, None);
    assert!(has(&f, "Dornvik Rapid Guard", "group:dornvik-rapid-guard"), "{f:?}");
    assert!(has(&f, "DRG", "group:dornvik-rapid-guard"), "{f:?}");
    // A modifier without a determiner is a noun used as a title ("said insurgent X").
    let text = "Police said insurgent Dornvik Rapid Guard (DRG) shelled the town.";
    let f = with_only(text, None);
    assert!(!f.iter().any(|(_, id)| id.starts_with("group:")), "{f:?}");
    let text = "The respected Dornvik Rapid Guard (DRG) shelled the town.";
    let f = with_only(text, None);
    assert!(f.iter().any(|(s, id)| s == "Dornvik Rapid Guard" && id.starts_with("organization:")), "{f:?}");
}

#[test]
fn rule_listed_kind() {
    let f =
        with_only("Rebel groups, including Jaish Tolvan and the Dornvik Brigades, attacked.", Some(&["listed-kind"]));
    // "Rebel" makes the groups armed ones.
    assert!(f.iter().any(|(s, id)| s == "Jaish Tolvan" && id.starts_with("group:")), "{f:?}");
    assert!(f.iter().any(|(s, id)| s == "Dornvik Brigades" && id.starts_with("group:")), "{f:?}");
    let f = with_only("Charities, including Tarvos Halm and Kelmar Vand, protested.", Some(&["listed-kind"]));
    assert!(f.iter().any(|(s, id)| s == "Tarvos Halm" && id.starts_with("organization:")), "{f:?}");
    let f = with_only("Shelling hit towns such as Kelmarsh and Tolvane.", Some(&["listed-kind"]));
    assert!(has(&f, "Kelmarsh", "place:kelmarsh") && has(&f, "Tolvane", "place:tolvane"), "{f:?}");
    // A singular noun lists nothing: "a group including X" is rare and often a person's.
    let f = with_only("The group, including Tomas Reyes, left.", Some(&["listed-kind"]));
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_capitalised_collective() {
    let f = with_only(
        "Ships of the Alliance left port. A loose alliance of towns stayed.",
        Some(&["capitalised-collective"]),
    );
    assert_eq!(f, vec![("Alliance".to_string(), "organization:alliance".to_string())]);
}

#[test]
fn rule_tagger_name() {
    let text = "Ingrid Solheim visited the harbour with her brother.";
    assert!(has(&with_only(text, Some(&["tagger-name"])), "Ingrid Solheim", "person:"));
    assert!(with_only(text, Some(&[])).is_empty());
}

#[test]
fn rule_directional_region() {
    let text = "Fighting spread across northern Chad.";
    let f = with_only(text, Some(&["gazetteer-name", "directional-region"]));
    assert!(has(&f, "northern Chad", "place:region:"), "{f:?}");
    assert!(!has(&with_only(text, Some(&["gazetteer-name"])), "northern Chad", "place:"));
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
    // A capitalised word whose letters do not fit is no acronym.
    let text = "The Coastal Defence League (Bergen) met.";
    let f = with_only(text, Some(&["organisation-head", "acronym-definition", "document-consistency"]));
    assert!(!f.iter().any(|(s, _)| s == "Bergen"), "{f:?}");
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
    let text = "The Coastal Defence League, usually known as Kustvakt, met in Bergen.";
    let f = with_only(text, None);
    let league = f.iter().find(|(s, _)| s.contains("League")).map(|(_, id)| id.clone()).expect("league");
    assert!(f.iter().any(|(s, id)| s == "Kustvakt" && *id == league), "{f:?}");
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
    assert!(super::super::tagged::names_a_people_or_faith("Shi’ites"));
    assert!(!super::super::tagged::names_a_people_or_faith("Kurdistan"));
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
    let text = "Minister Teng Wuhai met Minister Teng Lirong in Lima. Teng said the talks went well.";
    let f = with_only(text, Some(&["titled-person", "tagger-name", "document-consistency"]));
    assert!(!f.iter().any(|(s, id)| s == "Teng" && id.starts_with("person:teng-")), "{f:?}");
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
