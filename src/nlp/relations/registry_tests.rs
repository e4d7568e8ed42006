//! Tests of the relation rules, one by one, written as new sentences.

use super::registry::*;
use crate::model::EdgeKind;
use crate::nlp::analyze;
use crate::nlp::context::SentenceContext;
use crate::nlp::rule::check_registry;

/// (source, label, target) that one rule finds in `text`.
fn found_by(name: &str, text: &str) -> Vec<(String, String, String)> {
    let a = analyze(text);
    let rule = MODIFIER_RULES.iter().chain(RELATION_RULES).find(|r| r.name == name).expect("a rule of that name");
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); a.sentences.len()];
    for (k, m) in a.entities.iter().enumerate() {
        by_sentence[m.sentence].push(k);
    }
    let mut out = Vec::new();
    for (si, entities) in by_sentence.iter().enumerate() {
        let x = SentenceContext::new(text, &a, si, entities);
        (rule.apply)(&x, &mut out);
    }
    let name = |k: usize| text[a.entities[k].start..a.entities[k].end].to_string();
    out.iter().map(|r| (name(r.source), r.label.clone(), name(r.target))).collect()
}

#[test]
fn registries_are_named_documented_and_unique() {
    check_registry(MODIFIER_RULES).unwrap();
    check_registry(RELATION_RULES).unwrap();
    assert!(RELATION_RULES.iter().all(|r| r.name != MODIFIER_RULES[0].name));
}

#[test]
fn rule_affiliation() {
    let f = found_by("affiliation", "Hezbollah leader Naim Qassem spoke on Sunday.");
    assert!(f.contains(&("Naim Qassem".into(), "leader".into(), "Hezbollah".into())), "{f:?}");
    // An occupation with its body after a preposition serves as a position; a place or a
    // country is no such body.
    let f = found_by("affiliation", "Ana Ruiz, a correspondent for Andean Press, was detained.");
    assert!(f.contains(&("Ana Ruiz".into(), "correspondent".into(), "Andean Press".into())), "{f:?}");
    for text in ["Ana Ruiz, a lawyer in Lima, filed the case.", "Ana Ruiz, a lawyer in Peru, filed the case."] {
        assert!(found_by("affiliation", text).is_empty(), "{text}");
    }
    // A country's adjective before one of its state's bodies names the state served.
    let f = found_by("affiliation", "Tomas Reyes, a spokesman for the Peruvian army, denied it.");
    assert!(f.contains(&("Tomas Reyes".into(), "spokesman".into(), "Peruvian".into())), "{f:?}");
    // A title before the name with its body after "for": the body is whom the post serves.
    let f = found_by("affiliation", "A spokeswoman for Andean Press, Ana Ruiz, denied it.");
    assert!(f.contains(&("Ana Ruiz".into(), "spokeswoman".into(), "Andean Press".into())), "{f:?}");
    // A possessive title before a comma: with words describing the post, and its place or
    // body after "for" or "to".
    let f = found_by("affiliation", "The Tarvos Agency's senior field coordinator, Ada Brenner, left.");
    let post = ("Ada Brenner".into(), "senior field coordinator".into(), "Tarvos Agency".into());
    assert!(f.contains(&post), "{f:?}");
    let f = found_by("affiliation", "Norway's special envoy to Chad, Tove Lind, met rebels.");
    assert!(f.contains(&("Tove Lind".into(), "special envoy to Chad".into(), "Norway".into())), "{f:?}");
    // An apposition with a possessive owner; not when the title goes on to a name of its own
    // or the post's noun is no position word.
    let f = found_by("affiliation", "Marta Quispe, Peru's deputy finance minister, resigned.");
    assert!(f.contains(&("Marta Quispe".into(), "deputy finance minister".into(), "Peru".into())), "{f:?}");
    let f = found_by("affiliation", "After meeting Ana Ruiz, Peru's Foreign Minister Luis Soto left.");
    assert!(!f.iter().any(|(p, _, _)| p == "Ana Ruiz"), "{f:?}");
    let f = found_by("affiliation", "Ana Ruiz, Peru's top diplomat, left.");
    assert!(!f.iter().any(|(_, label, _)| label == "top"), "{f:?}");
    let f = found_by("affiliation", "Ana Ruiz, Peru's army spokeswoman will speak.");
    assert!(f.contains(&("Ana Ruiz".into(), "army spokeswoman".into(), "Peru".into())), "{f:?}");
    // Words describing the body and its common noun may stand before its name; another
    // phrase may not.
    let f = found_by(
        "affiliation",
        "Tomas Reyes, chairman of the state-owned oil company Andean Petroleum Corporation, resigned.",
    );
    assert!(f.contains(&("Tomas Reyes".into(), "chairman".into(), "Andean Petroleum Corporation".into())), "{f:?}");
    let f = found_by(
        "affiliation",
        "Tomas Reyes, the chairman of the shipping firm in Andean Maritime Corporation, resigned.",
    );
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("affiliation", "Tomas Reyes, leader of the ethnic Aymara militia known as the Red Ponchos, fled.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("affiliation", "Ana Ortiz, president of the ruling Andean Union party, resigned.");
    assert!(f.contains(&("Ana Ortiz".into(), "president".into(), "Andean Union".into())), "{f:?}");
    // A portfolio of several words after "of" or "for", and a capitalised word before the title.
    let f = found_by("affiliation", "Peru's Cabinet Secretary for Trade and Industry, Ana Ortiz, resigned.");
    let post = ("Ana Ortiz".into(), "Cabinet Secretary for Trade and Industry".into(), "Peru".into());
    assert!(f.contains(&post), "{f:?}");
    // "X, led by Y": past a short name in parentheses, and through a title.
    let f = found_by("affiliation", "The Andean Front (AF), led by General Tomas Reyes, took Cusco.");
    assert!(f.contains(&("Tomas Reyes".into(), "leader".into(), "Andean Front".into())), "{f:?}");
    // "X is led by Y", "X, which is now headed by Y", and a second predicate of the sentence's
    // subject ("X employs … and is led by Y"); a person who leads another clause's name is not.
    let f = found_by(
        "affiliation",
        "The Kelmar Trust is led by Ines Duval. Halvard Bank, which is now headed by Ana Berg, fell.",
    );
    assert!(f.contains(&("Ines Duval".into(), "leader".into(), "Kelmar Trust".into())), "{f:?}");
    assert!(f.contains(&("Ana Berg".into(), "leader".into(), "Halvard Bank".into())), "{f:?}");
    let f = found_by("affiliation", "The Kelmar Trust employs 900 people and is led by Ines Duval.");
    assert!(f.contains(&("Ines Duval".into(), "leader".into(), "Kelmar Trust".into())), "{f:?}");
    let f = found_by("affiliation", "The Kelmar Trust sued a firm that is led by Ines Duval.");
    assert!(f.is_empty(), "{f:?}");
    // "In <country>, <title> X": the title is held in the country the sentence opens in; not in
    // a town, and not when the sentence opens otherwise.
    let f =
        found_by("affiliation", "In Estonia, Prime Minister Ines Duval resigned. In Paris, Minister Ana Berg spoke.");
    assert_eq!(f, [("Ines Duval".into(), "Prime Minister".into(), "Estonia".into())], "{f:?}");
    let f = found_by("affiliation", "Floods hit Chile, Prime Minister Ines Duval said.");
    assert!(f.is_empty(), "{f:?}");
    // A verb before a title describes no post; an honorific takes no describing words.
    let f = found_by("affiliation", "Norway criticized Mr. Lind on Monday. Chile said envoy Tove Lind left.");
    assert!(f.is_empty(), "{f:?}");
    // An apposition: lower-case words may describe the position; "with" joins it too.
    let f = found_by("affiliation", "Ada Brenner, a supply convoy officer with the Tarvos Relief Agency, left.");
    let officer = ("Ada Brenner".into(), "supply convoy officer".into(), "Tarvos Relief Agency".into());
    assert!(f.contains(&officer), "{f:?}");
    // Without a position word after them they describe no position.
    let f = found_by("affiliation", "Ada Brenner, a frequent visitor at the Tarvos Relief Agency, left.");
    assert!(f.is_empty(), "{f:?}");
    // A country's adjective after the preposition describes what follows it.
    let f = found_by("affiliation", "Ada Brenner, a founding director of the Dutch arts review, left.");
    assert!(f.is_empty(), "{f:?}");
    // A predicate says the position as an apposition does, after a word of time too.
    let f = found_by("affiliation", "Ada Brenner was director of the Tarvos Relief Agency until 2010.");
    assert!(f.contains(&("Ada Brenner".into(), "director".into(), "Tarvos Relief Agency".into())), "{f:?}");
    let f = found_by("affiliation", "Ada Brenner later served as chairman of the Vell Rowing Club.");
    assert!(f.contains(&("Ada Brenner".into(), "chairman".into(), "Vell Rowing Club".into())), "{f:?}");
}

#[test]
fn a_rank_after_the_post_is_the_persons_own() {
    // The post before the comma, not the rank or honorific before the name, labels the tie;
    // ranks written without full stops ("Maj Gen") are titles as "Maj. Gen." are.
    let f = found_by("affiliation", "The Tarvos Front's commander, Colonel Ada Brenner, denied it.");
    assert!(f.contains(&("Ada Brenner".into(), "commander".into(), "Tarvos Front".into())), "{f:?}");
    let f = found_by("affiliation", "The Tarvos Front's leader, Maj Gen Ada Brenner, denied it.");
    assert!(f.contains(&("Ada Brenner".into(), "leader".into(), "Tarvos Front".into())), "{f:?}");
    let f = found_by("affiliation", "Tarvos Front leader Sheikh Omar Badi spoke.");
    assert!(f.contains(&("Omar Badi".into(), "leader".into(), "Tarvos Front".into())), "{f:?}");
    let f = found_by("affiliation", "Peruvian Prime Minister Ana Ortiz spoke.");
    assert!(f.contains(&("Ana Ortiz".into(), "Prime Minister".into(), "Peruvian".into())), "{f:?}");
    let f = found_by("affiliation", "He met Peruvian Foreign Minister Ana Ortiz in Lima.");
    assert!(f.contains(&("Ana Ortiz".into(), "Foreign Minister".into(), "Peruvian".into())), "{f:?}");
    let f = found_by("affiliation", "The Andean Court's chief prosecutor, Ana Ortiz, asked judges to act.");
    assert!(f.contains(&("Ana Ortiz".into(), "chief prosecutor".into(), "Andean Court".into())), "{f:?}");
    let f = found_by("affiliation", "Peruvian former Admiral Luis Vega spoke.");
    assert!(f.contains(&("Luis Vega".into(), "Admiral".into(), "Peruvian".into())), "{f:?}");
}

/// "Ortiz, Peruvian President Meet in Lima": a title-case headline's comma joins two subjects;
/// in prose, or before an article, the comma opens an apposition.
#[test]
fn a_headlines_comma_joins_subjects() {
    let f = found_by("affiliation", "Ortiz, Tarvos Front Leader Meet in Lima");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("affiliation", "Ana Ortiz, the Tarvos Front Leader, Sworn In");
    assert!(f.contains(&("Ana Ortiz".into(), "Leader".into(), "Tarvos Front".into())), "{f:?}");
    let f = found_by("affiliation", "Ana Ortiz, Tarvos Front leader, spoke in Lima on Monday.");
    assert!(f.contains(&("Ana Ortiz".into(), "leader".into(), "Tarvos Front".into())), "{f:?}");
}

#[test]
fn rule_career() {
    let has = |f: &[(String, String, String)], s: &str, l: &str, o: &str| {
        f.contains(&(s.to_string(), l.to_string(), o.to_string()))
    };
    // A schooling, with a field of study between the verb and its preposition, and two schools.
    let f = found_by(
        "career",
        "Ilse Varga studied chemical engineering at Tarnow Polytechnic and the University of Basel.",
    );
    assert!(has(&f, "Ilse Varga", "educated at", "Tarnow Polytechnic"), "{f:?}");
    assert!(has(&f, "Ilse Varga", "educated at", "University of Basel"), "{f:?}");
    // A second verb phrase keeps the sentence's person, not the school named between.
    let f = found_by(
        "career",
        "Omar Haddad graduated from Birzeit University and later worked as a sound engineer for the Levant Broadcasting Corporation.",
    );
    assert!(has(&f, "Omar Haddad", "educated at", "Birzeit University"), "{f:?}");
    assert!(has(&f, "Omar Haddad", "works for", "Levant Broadcasting Corporation"), "{f:?}");
    // Membership: any actor joins; a possessor is not what was joined; a nationality is nobody.
    let f = found_by("career", "Montenegro joined NATO in 2017.");
    assert!(has(&f, "Montenegro", "member of", "NATO"), "{f:?}");
    let f = found_by("career", "Pia Lund joined Denmark's foreign ministry in 1990.");
    assert!(f.is_empty(), "{f:?}");
    // The body's own noun after its name: the name is the body's.
    let f = found_by("career", "In 2011 Ivo Maric joined the Istrian Democratic Assembly party.");
    assert!(has(&f, "Ivo Maric", "member of", "Istrian Democratic Assembly"), "{f:?}");
    let f = found_by("career", "Pia Lund joined Norwegian Ambassador Tor Berg and Kenyan officials in Oslo.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("career", "Karel Hruby is a Czech goalkeeper who plays for Slavia Prague.");
    assert!(!f.iter().any(|(s, _, _)| s.starts_with("Czech")), "{f:?}");
    // A preposition's object is no subject; an unresolved "it" nearer than a name is.
    let f =
        found_by("career", "Moldova gained observer status in the Nordic Council and joined the Danube Commission.");
    assert!(has(&f, "Moldova", "member of", "Danube Commission"), "{f:?}");
    assert!(!f.iter().any(|(s, _, _)| s == "Nordic Council"), "{f:?}");
    let f =
        found_by("career", "Portugal left the Iberian Customs Union; it joined the Atlantic Grain Council in 1961.");
    assert!(!f.iter().any(|(s, _, _)| s == "Iberian Customs Union"), "{f:?}");
    // A schooling or a post is a person's: a country studies nowhere.
    let f = found_by("career", "Estonia graduated from the Eurozone's watch list.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_kinship() {
    let has = |f: &[(String, String, String)], s: &str, l: &str, o: &str| {
        f.contains(&(s.to_string(), l.to_string(), o.to_string()))
    };
    // A possessor and a tie before a name; a singular tie takes one name of a list after it.
    let f = found_by("kinship", "Oskar Lind's elder daughter Frida Lind sang, with Per Holm and Ada Berg.");
    assert!(has(&f, "Frida Lind", "daughter of", "Oskar Lind"), "{f:?}");
    assert!(!f.iter().any(|(s, _, _)| s == "Per Holm" || s == "Ada Berg"), "{f:?}");
    // An apposition with "of", a copula with lists on both sides, "born to", "married".
    let f = found_by("kinship", "Rosa Vidal, the widow of Tomas Vidal, opened the school.");
    assert!(has(&f, "Rosa Vidal", "widow of", "Tomas Vidal"), "{f:?}");
    let f = found_by("kinship", "Ana Soto and Luis Soto were the children of Pedro Soto and Carmen Ruiz.");
    assert!(has(&f, "Luis Soto", "child of", "Carmen Ruiz"), "{f:?}");
    assert!(has(&f, "Ana Soto", "child of", "Pedro Soto"), "{f:?}");
    let f = found_by("kinship", "Nadia Haddad was born in Tripoli to Karim Haddad and Leila Saab.");
    assert!(has(&f, "Nadia Haddad", "child of", "Leila Saab"), "{f:?}");
    let f = found_by("kinship", "Dr Ilse Maurer (mother of Jonas Maurer) opened the clinic.");
    assert!(has(&f, "Ilse Maurer", "mother of", "Jonas Maurer"), "{f:?}");
    let f = found_by("kinship", "The Varga brothers: Imre Varga, Laszlo Varga and Bence Varga, ran the mill.");
    assert!(has(&f, "Imre Varga", "sibling of", "Bence Varga"), "{f:?}");
    assert!(has(&f, "Laszlo Varga", "sibling of", "Bence Varga"), "{f:?}");
    let f = found_by("kinship", "In 1990 Olga Berg married Piotr Nowak in Gdansk.");
    assert!(has(&f, "Olga Berg", "spouse of", "Piotr Nowak"), "{f:?}");
    let f = found_by("kinship", "Since 2004 Olga Berg has been married to the painter Piotr Nowak.");
    assert!(has(&f, "Olga Berg", "spouse of", "Piotr Nowak"), "{f:?}");
    let f = found_by("kinship", "Olga Berg spoke first. She is married to Piotr Nowak.");
    assert!(f.iter().any(|(_, l, o)| l == "spouse of" && o == "Piotr Nowak"), "{f:?}");
    // "moved to" after "born … and" is no parentage; a possessive does not marry.
    let f = found_by("kinship", "Nadia Haddad was born in Tripoli and moved to Karim Haddad's farm.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_hometown() {
    let f = found_by("hometown", "Corporal Mateo Ruiz, 31, of Tulsa, Oklahoma, was killed on Monday.");
    assert!(f.contains(&("Mateo Ruiz".into(), "from".into(), "Tulsa".into())), "{f:?}");
    assert!(f.contains(&("Mateo Ruiz".into(), "from".into(), "Oklahoma".into())), "{f:?}");
    let f = found_by("hometown", "The court heard that Ines Varga, 58, from Ghent, had fled.");
    assert!(f.contains(&("Ines Varga".into(), "from".into(), "Ghent".into())), "{f:?}");
    let f = found_by("hometown", "Lena Park, a retired nurse from Leeds, found the letters.");
    assert!(f.contains(&("Lena Park".into(), "from".into(), "Leeds".into())), "{f:?}");
    // An office in the place, a body "of" a place after a noun, an envoy from a country, and
    // a bare "X, of Y" tell no hometown.
    for text in [
        "Mateo Ruiz, 31, of the Tulsa office, resigned.",
        "Lena Park, a member of Leeds council, spoke.",
        "Omar Saleh, an envoy from Qatar, arrived.",
        "Lena Park, of Leeds, spoke first.",
    ] {
        let f = found_by("hometown", text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
}

#[test]
fn rule_life_place() {
    let f = found_by("life-place", "Greta Lund (born 3 May 1950 in Uppsala, Sweden) is a cellist.");
    assert!(f.contains(&("Greta Lund".into(), "born in".into(), "Uppsala".into())), "{f:?}");
    assert!(f.contains(&("Greta Lund".into(), "born in".into(), "Sweden".into())), "{f:?}");
    let f = found_by("life-place", "Amos Peretz was a painter, poet and teacher who died in the Negev.");
    assert!(f.contains(&("Amos Peretz".into(), "died in".into(), "Negev".into())), "{f:?}");
    // A place after another clause ("and moved to") is not the life's place; nor is a death
    // someone reports.
    let f = found_by("life-place", "Amos Peretz was born and later moved to Haifa.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("life-place", "Minister Eva Holm said nine Danes had died in Crete.");
    assert!(f.is_empty(), "{f:?}");
    // The presence rule says "born in" too when the words between say so.
    let f = found_by("presence", "Greta Lund was born in Uppsala.");
    assert!(f.contains(&("Greta Lund".into(), "born in".into(), "Uppsala".into())), "{f:?}");
}

#[test]
fn rule_headquarters() {
    let based = |text: &str, org: &str, place: &str| {
        let f = found_by("headquarters", text);
        assert!(f.contains(&(org.into(), "based in".into(), place.into())), "{f:?}");
    };
    based("The Arctic Salmon Council, headquartered in Tromsø, met on Monday.", "Arctic Salmon Council", "Tromsø");
    based("The Arctic Salmon Council, with its headquarters in Tromsø, met.", "Arctic Salmon Council", "Tromsø");
    based("The Arctic Salmon Council is based in Tromsø.", "Arctic Salmon Council", "Tromsø");
    // "Its headquarters are in": the pronoun stands for the body.
    let text = "The Arctic Salmon Council was set up in 1988. Its headquarters are in Tromsø.";
    based(text, "Its", "Tromsø");
    // A person is not based anywhere by this rule, nor is a place named after another verb.
    let f = found_by("headquarters", "The Arctic Salmon Council met in Tromsø.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_relation_cue() {
    let f = found_by("relation-cue", "Norway condemned Iran on Monday.");
    assert!(f.contains(&("Norway".into(), "condemns".into(), "Iran".into())), "{f:?}");
    // A place after a preposition of place says where, not what the cue acts on.
    for text in [
        "Norway condemned attacks on civilians across the Sahel.",
        "Norway condemned attacks on civilians near Gao, Mali.",
    ] {
        let f = found_by("relation-cue", text);
        assert!(f.is_empty(), "{text}: {f:?}");
    }
    // A passive participle after a noun phrase of its own tells of that noun.
    let f = found_by("relation-cue", "The rebels took Bunia and set up a council backed by Uganda.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("relation-cue", "Peru said rebels backed by Bolivia had crossed into Puno.");
    assert!(f.is_empty(), "{f:?}");
    // A name qualifying that noun stands for it.
    let f = found_by("relation-cue", "Chilean troops backed by Norway crossed the river.");
    assert!(f.contains(&("Norway".into(), "supports".into(), "Chilean".into())), "{f:?}");
    let f = found_by("relation-cue", "Bunia, backed by Uganda, resisted.");
    assert!(f.contains(&("Uganda".into(), "supports".into(), "Bunia".into())), "{f:?}");
    // A name modifying the noun before the participle is not what the participle tells of:
    // in an apposition, the name before the comma is.
    let f = found_by("relation-cue", "Shares in Vantor, a Dutch insurer controlled by the Halvorsen family, fell.");
    assert!(f.contains(&("Halvorsen".into(), "controls".into(), "Vantor".into())), "{f:?}");
    assert!(!f.iter().any(|(_, _, o)| o == "Dutch"), "{f:?}");
    let f = found_by("relation-cue", "Rebels seized a Chilean ship controlled by Peru.");
    assert!(f.is_empty(), "{f:?}");
    // The subject of the next coordinated clause is not the cue's object.
    let f = found_by("relation-cue", "Chile accused the rebels of looting, and Peru has sent aid.");
    assert!(!f.iter().any(|(_, _, object)| object == "Peru"), "{f:?}");
    let f = found_by("relation-cue", "Chile condemned the raid, and Peru's envoy met Bolivia.");
    assert!(f.is_empty(), "{f:?}");
    // The doer of a passive aside on the subject does not do what the clause after it says.
    let f = found_by("relation-cue", "The Andean Front, led by Tomas Reyes, said its fighters had seized Cusco.");
    assert!(f.contains(&("Andean Front".into(), "captured".into(), "Cusco".into())), "{f:?}");
    assert!(!f.iter().any(|(s, _, _)| s == "Tomas Reyes"), "{f:?}");
    // A pledge of allegiance allies the one who makes it to the one it is made to.
    let f = found_by("relation-cue", "In 2015 Harakat Nasr pledged allegiance to al-Qaeda.");
    assert!(f.contains(&("Harakat Nasr".into(), "allied with".into(), "al-Qaeda".into())), "{f:?}");
    // A name in a second predicate of the same subject is no object of the first verb.
    let f = found_by("relation-cue", "Norway condemned the raid and demanded the release of Ana Ortiz.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("relation-cue", "Ana Ortiz welcomed the deal but said Chile would keep talking to Peru.");
    assert!(f.is_empty(), "{f:?}");
    // Control of a place: the actor that holds or takes it.
    let f = found_by("relation-cue", "Rebels loyal to Hezbollah seized Qusayr after a week of shelling.");
    assert!(f.contains(&("Hezbollah".into(), "captured".into(), "Qusayr".into())), "{f:?}");
    let f = found_by("relation-cue", "By March the Taliban had taken control of Kunduz.");
    assert!(f.contains(&("Taliban".into(), "controls".into(), "Kunduz".into())), "{f:?}");
    // A name after "that" is what was said, not whom it was said to.
    let f = found_by("relation-cue", "Ana Ortiz warned on Monday that Bolivia would respond.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("relation-cue", "Ana Ortiz warned Bolivia on Monday.");
    assert!(f.contains(&("Ana Ortiz".into(), "warns".into(), "Bolivia".into())), "{f:?}");
    // "who" stands for the person before it, not for the nearest name.
    let f =
        found_by("relation-cue", "Ana Ortiz is a Peruvian lawyer who served as an adviser to the Andean Community.");
    assert!(f.contains(&("Ana Ortiz".into(), "served in".into(), "Andean Community".into())), "{f:?}");
    assert!(!f.iter().any(|(s, _, _)| s == "Peruvian"), "{f:?}");
    // A passive participle names its doer after "by": the relation runs from it.
    let f = found_by("relation-cue", "Peru, backed by Chile, rejected the offer.");
    assert!(f.contains(&("Chile".into(), "supports".into(), "Peru".into())), "{f:?}");
    // What follows "as" describes the object; "such as" lists it.
    let f = found_by("relation-cue", "Peru condemned the ruling as a gift to the Andean Front.");
    assert!(!f.iter().any(|(_, _, o)| o == "Andean Front"), "{f:?}");
    let f = found_by("relation-cue", "Peru condemned rebel groups such as the Andean Front.");
    assert!(f.contains(&("Peru".into(), "condemns".into(), "Andean Front".into())), "{f:?}");
    // A cue's object phrase ends at a comma, unless the name is its apposition.
    let f = found_by("relation-cue", "Peru condemned the raid, telling reporters in Quito that it broke the truce.");
    assert!(!f.iter().any(|(_, _, o)| o == "Quito"), "{f:?}");
    let f = found_by("relation-cue", "Ana Ortiz condemned the ruling party, the Andean Front, on Monday.");
    assert!(f.contains(&("Ana Ortiz".into(), "condemns".into(), "Andean Front".into())), "{f:?}");
    // A short phrase of time between the participle and "by" leaves it a passive.
    let f = found_by("relation-cue", "The Andean Front, backed last year by Bolivia, rejected the truce.");
    assert!(f.contains(&("Bolivia".into(), "supports".into(), "Andean Front".into())), "{f:?}");
    // Holding a command is a post ("commanding" is no event: verb_stoplist.txt).
    let f = found_by("relation-cue", "Tomas Reyes, a veteran of the border wars, commands the Andean Front.");
    assert!(f.contains(&("Tomas Reyes".into(), "commands".into(), "Andean Front".into())), "{f:?}");
    let f = found_by("relation-cue", "Kunduz, controlled by the Taliban since May, was quiet.");
    assert!(f.contains(&("Taliban".into(), "controls".into(), "Kunduz".into())), "{f:?}");
    // A subordinate clause with a subject of its own: the name before is not the cue's subject.
    let f = found_by("relation-cue", "Morales fled to Lima after the rebels seized Cusco.");
    assert!(!f.iter().any(|(s, _, _)| s == "Morales"), "{f:?}");
    // An adverbial phrase tells of the sentence's subject, not of the nearest name.
    let f = found_by("relation-cue", "Chilean jets struck Bolivia on Monday, in support of Peru.");
    assert!(f.contains(&("Chilean".into(), "supports".into(), "Peru".into())), "{f:?}");
    assert!(!f.iter().any(|(s, _, _)| s == "Bolivia"), "{f:?}");
    let f = found_by("relation-cue", "Peru, as part of the Andean Alliance, sent ships.");
    assert!(f.contains(&("Peru".into(), "part of".into(), "Andean Alliance".into())), "{f:?}");
    // … of the clause it ends: after "X announced that", the subject of what was announced.
    let f = found_by(
        "relation-cue",
        "Ana Ruiz announced that Chile would send 200 troops to Haiti as part of the Andean Brigade.",
    );
    assert_eq!(f, [("Chile".into(), "part of".into(), "Andean Brigade".into())]);
    // A demonstrative "that" opens no clause.
    let f = found_by("relation-cue", "Peru, in that case, sent ships as part of the Andean Brigade.");
    assert_eq!(f, [("Peru".into(), "part of".into(), "Andean Brigade".into())]);
    let f = found_by("relation-cue", "In nearby Ghana, Norwegian ships patrolled as part of a mission to help Togo.");
    assert!(!f.iter().any(|(s, _, o)| s == "Ghana" || o == "Togo"), "{f:?}");
    // Verbs of office relate the holder to what they hold (they are no events).
    let f = found_by("relation-cue", "Since 2019 Anna Berg has headed the Nordic Council.");
    assert!(f.contains(&("Anna Berg".into(), "heads".into(), "Nordic Council".into())), "{f:?}");
    let f = found_by("relation-cue", "Anna Berg chaired the board of the Baltic Sea Trust.");
    assert!(f.contains(&("Anna Berg".into(), "heads".into(), "Baltic Sea Trust".into())), "{f:?}");
    let f = found_by("relation-cue", "Tomas Reyes served as an adviser to the Andean Community.");
    assert!(f.contains(&("Tomas Reyes".into(), "served in".into(), "Andean Community".into())), "{f:?}");
    // An appositive between a name and its verb: the verb's subject is the name before it.
    let f = found_by("relation-cue", "Tomas Reyes, a Mercosur envoy, later headed the Andean Community.");
    assert!(f.contains(&("Tomas Reyes".into(), "heads".into(), "Andean Community".into())), "{f:?}");
    assert!(!f.iter().any(|(s, _, _)| s == "Mercosur"), "{f:?}");
    // A wire service's credit is no subject.
    let f = found_by("relation-cue", "LIMA, May 2 (Reuters) - Rebel fighters have seized Cusco.");
    assert!(f.is_empty(), "{f:?}");
    // "accused of" without "by" is passive: the name before is the accused, no accuser named.
    let f = found_by("relation-cue", "Two Peruvian officers accused of shelling Arica were arrested.");
    assert!(f.is_empty(), "{f:?}");
    // A name joined to a qualifier is neither the cue's object nor, unless it leads, its subject.
    let f = found_by("relation-cue", "Ana Ortiz condemned the raid on the Chile-led mission.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("relation-cue", "Chilean-backed militias condemned Ana Ortiz.");
    assert!(f.is_empty(), "{f:?}");
    // A name in a subordinate clause after the cue is no object of it.
    let f = found_by("relation-cue", "Ana Ortiz rejected the offer while Bolivian troops remain in Arica.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_possessive_influence() {
    let f = found_by("possessive-influence", "Iran's influence in Syria grew.");
    assert!(f.contains(&("Iran".into(), "influence in".into(), "Syria".into())), "{f:?}");
}

#[test]
fn rule_presence() {
    let f = found_by("presence", "Hezbollah fighters in Syria and Iraq regrouped.");
    assert!(f.contains(&("Hezbollah".into(), "in".into(), "Syria".into())), "{f:?}");
    assert!(f.contains(&("Hezbollah".into(), "in".into(), "Iraq".into())), "{f:?}");
    // After a preposition, the place belongs to that phrase.
    let f = found_by("presence", "Chile accused Peru of meddling in Bolivia's elections.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("presence", "Ghana urged Norway to invest in Accra.");
    assert!(f.is_empty(), "{f:?}");
    // The agent after "by" is no subject of the verb after it; troops "guarded by" stay.
    let f = found_by("presence", "Militias backed by Chile seized the airport in Tacna.");
    assert!(!f.iter().any(|(s, _, _)| s == "Chile"), "{f:?}");
    let f = found_by("presence", "Detainees were questioned by Chilean troops in Tacna.");
    assert!(f.iter().any(|(_, _, p)| p == "Tacna"), "{f:?}");
    // A country "at" which a verb of violence aims is no place of the actor; a place "at"
    // which it happened is.
    let f = found_by("presence", "Hezbollah fired rockets at Chile on Monday.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("presence", "Hezbollah fired rockets at Arica on Monday.");
    assert!(f.contains(&("Hezbollah".into(), "at".into(), "Arica".into())), "{f:?}");
    // A nation's private people abroad are no presence of their state; its agents are.
    for text in [
        "A Ghanaian journalist in Oslo was released on Monday.",
        "Police questioned Peruvian migrants in Santiago.",
        "Chileans living in Lima voted early.",
    ] {
        assert!(found_by("presence", text).is_empty(), "{text}");
    }
    let f = found_by("presence", "Protesters gathered at the Swiss embassy in Lima.");
    assert!(f.contains(&("Swiss".into(), "in".into(), "Lima".into())), "{f:?}");
    for text in ["Peruvian troops in Arica withdrew.", "Peruvian troops fighting rebels in Arica withdrew."] {
        let f = found_by("presence", text);
        assert!(f.contains(&("Peruvian".into(), "in".into(), "Arica".into())), "{text}: {f:?}");
    }
}

#[test]
fn rule_compound_qualifier() {
    let f = found_by("compound-qualifier", "Police raided the Oslo-based Nordic Relief Fund on Monday.");
    assert!(f.contains(&("Nordic Relief Fund".into(), "based in".into(), "Oslo".into())), "{f:?}");
    let f = found_by("compound-qualifier", "Regulators fined Andes Mining, the Chile-based copper producer, in May.");
    assert!(f.contains(&("Andes Mining".into(), "based in".into(), "Chile".into())), "{f:?}");
    let f = found_by("compound-qualifier", "The Peruvian-backed Andean Liberation Front shelled a depot.");
    assert!(f.contains(&("Peruvian".into(), "supports".into(), "Andean Liberation Front".into())), "{f:?}");
    let f = found_by("compound-qualifier", "Ministers of the Brazilian-led Amazon Pact Organization met.");
    assert!(f.contains(&("Brazilian".into(), "leads".into(), "Amazon Pact Organization".into())), "{f:?}");
    let f = found_by("compound-qualifier", "The talks were held under the United Nations-backed Andean Forum.");
    assert!(f.contains(&("United Nations".into(), "supports".into(), "Andean Forum".into())), "{f:?}");
    let f = found_by("compound-qualifier", "On Monday, Peru-backed fighters attacked Bolivia.");
    assert!(f.is_empty(), "the noun phrase ends at its verb: {f:?}");
    let f = found_by("compound-qualifier", "Fighters of the Hamas-allied Popular Resistance Committees fired.");
    assert!(f.contains(&("Hamas".into(), "allied with".into(), "Popular Resistance Committees".into())), "{f:?}");
    // Who holds a place or owns a firm; the noun phrase ends at a preposition.
    let f = found_by("compound-qualifier", "Drones hit a depot in Peruvian-controlled Arica on Sunday.");
    assert!(f.contains(&("Peruvian".into(), "controls".into(), "Arica".into())), "{f:?}");
    let f = found_by("compound-qualifier", "Regulators fined the Chilean-owned Andes Copper Company.");
    assert!(f.contains(&("Chilean".into(), "owns".into(), "Andes Copper Company".into())), "{f:?}");
    let f = found_by("compound-qualifier", "Thieves robbed a Chilean-owned bank near Cusco.");
    assert!(f.is_empty(), "the bank is near Cusco, Chile holds no Cusco: {f:?}");
}

#[test]
fn a_qualifying_word_before_a_bodys_name_leaves_the_post_to_the_body() {
    for text in [
        "Talks stalled, said Ana Ortiz, head of the pro-Bolivian Andean Unity Party.",
        "Talks stalled, said Ana Ortiz, head of the Bolivian-backed Andean Unity Party.",
    ] {
        let f = found_by("affiliation", text);
        assert_eq!(f, [("Ana Ortiz".into(), "head".into(), "Andean Unity Party".into())], "{text}");
    }
}

#[test]
fn a_qualified_noun_phrase_names_its_actor_in_apposition() {
    let f = found_by("compound-qualifier", "A Bolivian-backed militia, the Andean Popular Front, shelled Arica.");
    assert!(f.contains(&("Bolivian".into(), "supports".into(), "Andean Popular Front".into())), "{f:?}");
    // A comma right after the qualifier opens no apposition of a noun phrase.
    let f = found_by("compound-qualifier", "The raid was Bolivian-backed, Peru said.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("compound-qualifier", "Bolivian-led coalition troops, Peruvian police and aid workers left.");
    assert!(f.is_empty(), "a list is no apposition: {f:?}");
}

#[test]
fn a_stance_prefix_says_who_the_noun_is_for_or_against() {
    let f = found_by("compound-qualifier", "The anti-Chilean Andean Popular Front shelled Arica.");
    assert!(f.contains(&("Andean Popular Front".into(), "opposes".into(), "Chilean".into())), "{f:?}");
    let f = found_by("compound-qualifier", "Police detained the pro-Bolivian cleric Tomas Reyes.");
    assert!(f.contains(&("Tomas Reyes".into(), "supports".into(), "Bolivian".into())), "{f:?}");
    // The cleric serves no Bolivia: no title makes him its member.
    let f = found_by("affiliation", "Police detained the pro-Bolivian cleric Tomas Reyes.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("affiliation", "Police detained the Bolivian cleric Tomas Reyes.");
    assert!(!f.is_empty(), "without the prefix the title is Bolivia's");
}

#[test]
fn a_qualifying_name_is_not_where_its_noun_is() {
    let f = found_by("presence", "Thieves robbed a Chilean-owned bank in Cusco.");
    assert!(f.is_empty(), "the bank is in Cusco, not Chile: {f:?}");
    let f = found_by("presence", "Bolivian-backed fighters in Arica laid down their arms.");
    assert!(f.is_empty(), "{f:?}");
    let f = found_by("presence", "Jets bombed Bolivian-held villages in Arica.");
    assert!(f.contains(&("Bolivian".into(), "in".into(), "Arica".into())), "a holder is where it holds: {f:?}");
    let f = found_by("presence", "The Bolivian-led mission in Arica laid down its arms.");
    assert!(f.contains(&("Bolivian".into(), "in".into(), "Arica".into())), "a leader is where it leads: {f:?}");
}

#[test]
fn rule_person_of_body() {
    let text = "Tomas Reyes, the candidate of the Andean Workers Party, faces Ana Ortiz of the Liberal Union.";
    let f = found_by("person-of-body", text);
    assert_eq!(f, [("Ana Ortiz".into(), "member of".into(), "Liberal Union".into())]);
    // A place after "of" is where the person is from.
    assert!(found_by("person-of-body", "Tomas Reyes of Tucson spoke.").is_empty());
    // With every rule, the body of a person tied to another is not theirs too.
    let text = "Vice President Marta Lopes, the candidate of the ruling Andean Workers Party, faces former \
                president Ana Ortiz of the Liberal Union.";
    let (_, relations) = crate::nlp::events::find_events(text, &analyze(text));
    let a = analyze(text);
    let name = |k: usize| &text[a.entities[k].start..a.entities[k].end];
    let of_ortiz: Vec<&str> = relations
        .iter()
        .filter(|r| name(r.source) == "Ana Ortiz" && r.kind == EdgeKind::Affiliation)
        .map(|r| name(r.target))
        .collect();
    assert_eq!(of_ortiz, ["Liberal Union"], "{relations:?}");
    // A candidate of a party is tied to it as its leader would be (`titles.tsv`: position).
    assert!(relations.iter().any(|r| name(r.source) == "Marta Lopes" && r.label == "candidate"), "{relations:?}");
}

#[test]
fn rule_membership() {
    let f = found_by("membership", "NATO members such as Norway and Turkey objected.");
    assert!(f.contains(&("Norway".into(), "member".into(), "NATO".into())), "{f:?}");
    assert!(f.contains(&("Turkey".into(), "member".into(), "NATO".into())), "{f:?}");
    // A backer named in a listed member's compound is no member itself.
    let f = found_by("membership", "The Andean Front, including the Peruvian-backed Sendero Rojo, disbanded.");
    assert!(f.iter().any(|(s, _, _)| s == "Sendero Rojo") && !f.iter().any(|(s, _, _)| s == "Peruvian"), "{f:?}");
    // Partners and rivals are no members.
    let f = found_by("membership", "The Andean Front met its partners, including Norway and Chile, on Monday.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn rule_unit_chain() {
    let text = "Sgt. Ana Reyes, a medic with Bravo Company, 2nd Battalion, 7th Infantry Regiment, was hurt.";
    let f = found_by("unit-chain", text);
    assert!(f.contains(&("Bravo Company".into(), "part of".into(), "2nd Battalion".into())), "{f:?}");
    assert!(f.contains(&("2nd Battalion".into(), "part of".into(), "7th Infantry Regiment".into())), "{f:?}");
    // Units of one rank, or a larger before a smaller, are a list.
    for list in [
        "The 3rd Battalion, 4th Battalion and 9th Battalion left.",
        "The 1st Division, 5th Brigade and 2nd Battalion left.",
    ] {
        let f = found_by("unit-chain", list);
        assert!(f.is_empty(), "{list}: {f:?}");
    }
}

#[test]
fn rule_containment() {
    let f = found_by("containment", "Shelling hit Aleppo, Syria overnight.");
    assert!(f.contains(&("Aleppo".into(), "in".into(), "Syria".into())), "{f:?}");
    // The place's own noun, then where it is; not a place near another.
    let f = found_by("containment", "Troops cleared the Varnholt district in northern Tarsk County.");
    assert!(f.contains(&("Varnholt".into(), "in".into(), "northern Tarsk County".into())), "{f:?}");
    let f = found_by("containment", "Troops cleared the Varnholt camp near Tarsk County.");
    assert!(f.is_empty(), "{f:?}");
    // What the place is, then where: "X is a <description> in Y".
    let f = found_by("containment", "Darvasi is a small mountain commune in Harghita County.");
    assert!(f.contains(&("Darvasi".into(), "in".into(), "Harghita County".into())), "{f:?}");
    // The same in an apposition; "of" after a place noun.
    let f = found_by("containment", "She grew up in Varnholt, a farming town in Tarsk County.");
    assert!(f.contains(&("Varnholt".into(), "in".into(), "Tarsk County".into())), "{f:?}");
    let f = found_by("containment", "He was born in Bellmoor, a suburb of Lisbon, in 1950.");
    assert!(f.contains(&("Bellmoor".into(), "in".into(), "Lisbon".into())), "{f:?}");
    // "the" opens the description as "a" does.
    let f = found_by("containment", "Rebels entered Varnholt, the provincial capital of Tarsk County.");
    assert!(f.contains(&("Varnholt".into(), "in".into(), "Tarsk County".into())), "{f:?}");
    let f = found_by("containment", "Talks opened in Bellmoor, a stronghold of Lisbon's rivals.");
    assert!(!f.iter().any(|(s, _, _)| s == "Bellmoor"), "{f:?}");
    // A name inside the description ends it: the place is no part of what follows.
    let f = found_by("containment", "Darvasi is a Saxon commune in Harghita County.");
    assert!(!f.iter().any(|(s, _, _)| s == "Darvasi"), "{f:?}");
    // A prominent place after a comma says where the place before it is, unless both are
    // items of a list.
    let f = found_by("containment", "A car bomb exploded in Nadira, Baghdad on Sunday.");
    assert!(f.iter().any(|(s, _, o)| s == "Nadira" && o == "Baghdad"), "{f:?}");
    for list in ["Aid reached Nadira, Baghdad and Basra.", "Aid reached Kirkuk, Nadira, Baghdad."] {
        let f = found_by("containment", list);
        assert!(!f.iter().any(|(_, _, o)| o == "Baghdad"), "{list}: {f:?}");
    }
    // The place a bearing is taken from lies outside; the "in" after it places the subject.
    let f = found_by("containment", "Bellmoor is a hamlet north of Varnholt in Tarsk County.");
    assert!(!f.iter().any(|(s, _, _)| s == "Varnholt"), "{f:?}");
    let kinds_ok = RELATION_RULES.iter().any(|r| r.name == "containment");
    assert!(kinds_ok && EdgeKind::LocatedIn.as_str() == "located_in");
}

#[test]
fn rule_byline() {
    let f = found_by("byline", "By Ana Ortiz and Tomas Reyes, Andean Press Agency\n\nLIMA - Talks resumed on Monday.");
    for person in ["Ana Ortiz", "Tomas Reyes"] {
        assert!(f.contains(&(person.into(), "works for".into(), "Andean Press Agency".into())), "{f:?}");
    }
    // A line that goes on after the organisation, or names no one first, is no byline.
    for text in [
        "By March, Ana Ortiz had joined the Andean Press Agency.",
        "By Ana Ortiz, Andean Press Agency staff were told to leave.",
    ] {
        assert!(found_by("byline", text).is_empty(), "{text}");
    }
}

#[test]
fn rule_place_in_name() {
    let has = |f: &[(String, String, String)], s: &str, l: &str, o: &str| {
        f.contains(&(s.to_string(), l.to_string(), o.to_string()))
    };
    // After the head and "of": a country too, and the nearest mention of the place.
    let f = found_by("place-in-name", "The Central Bank of Portugal raised rates as Portugal's economy slowed.");
    assert!(has(&f, "Central Bank of Portugal", "based in", "Portugal"), "{f:?}");
    // Opening a site's name, a town: the site lies in it.
    let f = found_by("place-in-name", "Flights left Lisbon Airport after the strike in Lisbon ended.");
    assert!(has(&f, "Lisbon Airport", "in", "Lisbon"), "{f:?}");
    // A body kept abroad is not in the country it belongs to; nothing when the place is named
    // nowhere else.
    for text in [
        "The Embassy of Norway in Lima closed, and Norway gave no reason.",
        "Flights left Lisbon Airport on Monday.",
        // A party or a company is named for no town: only a site's head opens with its place.
        "The Lisbon Workers Party won seats in Lisbon.",
    ] {
        assert!(found_by("place-in-name", text).is_empty(), "{text}");
    }
}

#[test]
fn rule_country_in_name() {
    let found = |text: &str| found_by("country-in-name", text);
    let pair = |s: &str, l: &str, o: &str| (s.to_string(), l.to_string(), o.to_string());
    // A state's body by the country's name, its adjective or its initials; a company named
    // for the country is based there; the nearest mention of the country, in any sentence.
    assert_eq!(
        found("The Kenya Defence Forces said two soldiers died. Kenya mourned them."),
        [pair("Kenya Defence Forces", "part of", "Kenya")]
    );
    assert_eq!(
        found("Floods hit Portugal in May. Portuguese Navy divers searched the river."),
        [pair("Portuguese Navy", "part of", "Portugal")]
    );
    assert_eq!(
        found("The U.S. Congress passed the bill, and the United States signed it."),
        [pair("U.S. Congress", "part of", "United States")]
    );
    assert_eq!(
        found("Austrian Airlines cancelled flights as Austria closed its airspace."),
        [pair("Austrian Airlines", "based in", "Austria")]
    );
    // A movement named for a country is no body of its state; an embassy is one.
    assert_eq!(
        found("The Kosovo Liberation Army fought Serbian police in Kosovo."),
        [pair("Kosovo Liberation Army", "based in", "Kosovo")]
    );
    assert_eq!(
        found("The Peruvian Democratic Police marched as Peru voted."),
        [pair("Peruvian Democratic Police", "based in", "Peru")]
    );
    assert_eq!(
        found("The Chilean Embassy in Rome said Chile would help."),
        [pair("Chilean Embassy", "part of", "Chile")]
    );
    // Nothing when the country is named only inside the name, or inside another word of it.
    for text in [
        "The Kenya Defence Forces said two soldiers died.",
        "The Bank of Portugal and Portugal's treasury met in Lisbon.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn an_adjective_on_an_occupation_gives_the_persons_country() {
    let found = found_by(
        "nationality",
        "British journalist Tom Arden was freed. Marta Ilves, an Estonian lawyer and activist, \
         spoke. Pavel Drozd is a Czech footballer. The Jordanian pilot Omar Haddad was captured.",
    );
    let citizen = |person: &str, country: &str| {
        found.iter().any(|(p, label, c)| p == person && label == "citizen of" && c == country)
    };
    assert!(citizen("Tom Arden", "British"), "{found:?}");
    assert!(citizen("Marta Ilves", "Estonian"), "{found:?}");
    assert!(citizen("Pavel Drozd", "Czech"), "{found:?}");
    assert!(citizen("Omar Haddad", "Jordanian"), "{found:?}");
    // A country's initials serve as its adjective; its full name tells where, not whose; a
    // month the tagger took for a name ("In early June, a Dutch citizen") is no one's; the
    // description may come before a comma and the name.
    let found = found_by(
        "nationality",
        "U.S. citizen Dana Reyes was detained. The Chile correspondent Ana Vidal left. Omar Saleh, \
         a UK resident, spoke. Officials in Herat said on Monday they were looking into it. \
         In early June, a Dutch citizen, Karel Smit, was seized.",
    );
    let pair = |p: &str, c: &str| (p.to_string(), "citizen of".to_string(), c.to_string());
    assert_eq!(found, [pair("Dana Reyes", "U.S."), pair("Omar Saleh", "UK"), pair("Karel Smit", "Dutch")]);
    // A title is the affiliation rule's; a noun that is no person's, and a country named
    // as such, say nothing of anyone's nationality.
    let found = found_by(
        "nationality",
        "Iraqi Prime Minister Ali Karam spoke. Lena Holm, a Swedish company, grew. Lena Holm \
         visited Sweden.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn every_name_of_a_subjects_list_takes_the_cue() {
    let has = |f: &[(String, String, String)], s: &str, l: &str, o: &str| {
        f.contains(&(s.to_string(), l.to_string(), o.to_string()))
    };
    let f = found_by("relation-cue", "Chile and Peru condemned the Andean Liberation Front on Monday.");
    assert!(has(&f, "Chile", "condemns", "Andean Liberation Front"), "{f:?}");
    assert!(has(&f, "Peru", "condemns", "Andean Liberation Front"), "{f:?}");
    let f = found_by("career", "Chile, Bolivia, and Peru joined the Andean Trade Council in 2019.");
    for country in ["Chile", "Bolivia", "Peru"] {
        assert!(has(&f, country, "member of", "Andean Trade Council"), "{f:?}");
    }
    // A clause of its own before the subject is no part of its list; nor is a list without "and".
    let f = found_by("relation-cue", "Chile protested and Peru condemned the Andean Liberation Front.");
    assert!(!f.iter().any(|(s, _, _)| s == "Chile"), "{f:?}");
    let f = found_by("relation-cue", "In Chile, Peru condemned the Andean Liberation Front.");
    assert!(!f.iter().any(|(s, _, _)| s == "Chile"), "{f:?}");
}

#[test]
fn a_description_resolved_to_a_body_names_a_career() {
    let has = |f: &[(String, String, String)], s: &str, l: &str, o: &str| {
        f.contains(&(s.to_string(), l.to_string(), o.to_string()))
    };
    let text = "The Andean Trade Council met in Quito on Monday. Peru joined the council in 2001, and Chile joined \
                the bloc a year later.";
    let f = found_by("career", text);
    assert!(has(&f, "Peru", "member of", "council"), "{f:?}");
    assert!(has(&f, "Chile", "member of", "bloc"), "{f:?}");
    let f = found_by("career", "The Andean Press Agency opened in Lima. Ana Ortiz worked for the agency in 2001.");
    assert!(has(&f, "Ana Ortiz", "works for", "agency"), "{f:?}");
    // A description of no body ("the city") names none.
    let f = found_by("career", "Arica grew fast. Ana Ortiz joined the city in 2001.");
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn a_cue_noun_owned_by_the_speaker_has_no_named_subject() {
    let f = found_by("relation-cue", "Ana Ortiz met Peru's envoy, Tomas Reyes, and reaffirmed our support for Chile.");
    assert!(!f.iter().any(|(_, l, o)| l == "supports" && o == "Chile"), "{f:?}");
    let f = found_by("relation-cue", "Tomas Reyes spoke of our continued support for Chile.");
    assert!(!f.iter().any(|(_, l, _)| l == "supports"), "{f:?}");
    // "their" owns the clause's subject, here a list.
    let f = found_by("relation-cue", "Ana Ortiz and Tomas Reyes reaffirmed their support for Chile.");
    assert!(f.contains(&("Ana Ortiz".to_string(), "supports".to_string(), "Chile".to_string())), "{f:?}");
    // A possessive the article resolves is the subject.
    let f = found_by("relation-cue", "Tomas Reyes reaffirmed his support for Chile.");
    assert!(f.contains(&("his".to_string(), "supports".to_string(), "Chile".to_string())), "{f:?}");
}
