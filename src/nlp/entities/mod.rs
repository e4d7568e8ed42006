//! Entity mentions: candidate rules propose typed spans sentence by sentence (gazetteer names
//! with context rules, titled persons, organisation head words, place cues, the statistical
//! tagger…), the best non-overlapping ones are kept, and passes refine them across the article
//! (directional regions, acronyms, document consistency, title references, pronouns).
//!
//! Capitalised phrases become entities only with evidence: a sentence-initial "Despite" or
//! "Public" never does. Every rule is listed, with its doc line, in [`registry`].

mod aliases;
mod consistency;
mod context;
mod copular;
mod descriptions;
mod gazetteer_names;
mod mention;
mod organisations;
mod pairs;
mod people;
mod places;
mod plural_pronouns;
pub mod registry;
mod shared_names;
mod tagged;

pub use mention::{EntityMention, Target};
pub use people::ROLE_ID_PREFIX;

use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::ner;
use crate::nlp::rule::in_run_order;
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::Token;

/// Finds entity mentions in one article.
pub fn find_entities(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    gazetteer: &Gazetteer,
    common: &dyn Fn(&str) -> bool,
    tagged: Option<&[Vec<ner::Span>]>,
) -> Vec<EntityMention> {
    find_entities_without(text, tokens, sentences, gazetteer, common, tagged, &[])
}

/// [`find_entities`] with the named rules switched off (tests show what each rule adds).
pub fn find_entities_without(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    gazetteer: &Gazetteer,
    common: &dyn Fn(&str) -> bool,
    tagged: Option<&[Vec<ner::Span>]>,
    disabled: &[&str],
) -> Vec<EntityMention> {
    let ctx = context::Ctx::new(text, tokens, sentences, gazetteer, common);
    let whereabouts = gazetteer_names::whereabouts(&ctx);
    let candidate_rules: Vec<_> =
        in_run_order(registry::CANDIDATE_RULES).into_iter().filter(|r| !disabled.contains(&r.name)).collect();
    let mut candidates: Vec<(EntityMention, u8)> = Vec::new();
    let mut found = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        let scope = registry::SentenceScope {
            ctx: &ctx,
            sentence,
            whereabouts: &whereabouts,
            tagged: tagged.and_then(|t| t.get(si)).map(Vec::as_slice),
        };
        for rule in &candidate_rules {
            (rule.apply)(&scope, &mut found);
            candidates.extend(found.drain(..).map(|m| (m, rule.priority.0)));
        }
    }
    // A title alone ("Spc.", "General") names nobody, whichever rule found it.
    candidates.retain(|(m, _)| !(m.end_token - m.first_token == 1 && context::is_title(ctx.word(m.first_token))));
    let mut mentions = consistency::resolve_overlaps(candidates);
    for pass in in_run_order(registry::PASSES).into_iter().filter(|r| !disabled.contains(&r.name)) {
        (pass.apply)(&ctx, &mut mentions);
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::gazetteer::Gazetteer;
    use crate::nlp::{sentences::split_sentences, tokenize::tokenize};

    pub(super) fn found(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let g = Gazetteer::bundled();
        let common = |w: &str| crate::nlp::is_common_word(w);
        let tagged = crate::nlp::tag_sentences(text, &tokens, &sentences);
        find_entities(text, &tokens, &sentences, g, &common, tagged.as_deref())
            .into_iter()
            .map(|m| {
                let id = match &m.target {
                    Target::Known(i) => g.entry(*i).id.clone(),
                    Target::New { id, .. } => id.clone(),
                };
                (text[m.start..m.end].to_string(), id)
            })
            .collect()
    }

    fn has(found: &[(String, String)], surface: &str, id: &str) -> bool {
        found.iter().any(|(s, i)| s == surface && i == id)
    }

    #[test]
    fn collectives_facilities_and_people_after_place_prepositions() {
        let f = found(
            "Coalition aircraft struck ISIL positions. The Coalition said the strikes near Al Huwayjah hit \
             fighters at Qayyarah Airfield West. Voters punished the ruling coalition.",
        );
        assert!(has(&f, "Coalition", "organization:coalition"), "{f:?}");
        assert_eq!(f.iter().filter(|(s, _)| s.eq_ignore_ascii_case("coalition")).count(), 2, "{f:?}");
        assert!(f.iter().any(|(s, id)| s == "Al Huwayjah" && id.starts_with("place:")), "{f:?}");
        assert!(f.iter().any(|(s, id)| s == "Qayyarah Airfield West" && id.starts_with("place:")), "{f:?}");
    }

    #[test]
    fn titles_without_a_name_refer_to_the_person_who_carries_them() {
        let text = "Foreign Secretary Philip Hammond arrived in Paris on Monday. The Foreign Secretary met \
                    Sergei Lavrov. Later the Prime Minister spoke.";
        let f = found(text);
        let hammond = f.iter().find(|(s, _)| s == "Philip Hammond").map(|(_, id)| id.clone()).expect("Hammond");
        assert!(has(&f, "Foreign Secretary", &hammond), "{f:?}");
        // Nobody named here is Prime Minister: the unnamed office holder.
        assert!(has(&f, "Prime Minister", &format!("{ROLE_ID_PREFIX}prime-minister")), "{f:?}");
        let f = found("Deputy ministers met in Cairo. Chief among them was trade. Foreign Secretary welcomes talks.");
        assert!(!f.iter().any(|(s, _)| s == "Deputy" || s == "Chief"), "{f:?}");
        assert!(has(&f, "Foreign Secretary", &format!("{ROLE_ID_PREFIX}foreign-secretary")), "{f:?}");
    }

    #[test]
    fn personal_pronouns_refer_to_the_latest_person_in_reach() {
        let text = "Philip Hammond arrived in Paris. He met Sergei Lavrov there. Talks went on. Nothing moved. \
                    Weeks passed slowly. He left.";
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let common = |w: &str| crate::nlp::is_common_word(w);
        let tagged = crate::nlp::tag_sentences(text, &tokens, &sentences);
        let found = find_entities(text, &tokens, &sentences, Gazetteer::bundled(), &common, tagged.as_deref());
        let pronouns: Vec<(&str, String)> = found
            .iter()
            .filter(|m| m.pronoun)
            .map(|m| match &m.target {
                Target::New { label, .. } => (&text[m.start..m.end], label.clone()),
                Target::Known(_) => (&text[m.start..m.end], String::new()),
            })
            .collect();
        // The first "He" is Hammond; the last is three sentences past any name: unresolved.
        assert_eq!(pronouns, [("He", "Philip Hammond".to_string())]);
    }

    #[test]
    fn sentence_initial_function_words_are_not_entities() {
        let f = found(
            "Despite the talks, nothing changed. Instead, officials met. Even so, Public anger grew. For the first time, Israelis met.",
        );
        assert!(f.iter().all(|(s, _)| !["Despite", "Instead", "Even", "For", "Public"].contains(&s.as_str())), "{f:?}");
        assert!(has(&f, "Israelis", "country:ISR"));
    }

    #[test]
    fn tagger_spans_lose_prepositions_and_titles_at_their_edges() {
        let f = found(
            "Near Rawah, one strike destroyed an ISIL vehicle. Petty Officer Scott C. Dayton died in the blast. \
             The USCENTCOM Commander visited troops in Dec. We’ve seen progress, officials said.",
        );
        assert!(
            f.iter().all(|(s, _)| !s.starts_with("Near") && !s.contains("Officer") && !s.ends_with("Commander")),
            "{f:?}"
        );
        assert!(f.iter().any(|(s, id)| s == "Rawah" && id.starts_with("place:")), "{f:?}");
        assert!(f.iter().any(|(s, id)| s == "Scott C. Dayton" && id.starts_with("person:")), "{f:?}");
        assert!(f.iter().all(|(s, _)| s != "Dec." && !s.starts_with("We")), "{f:?}");
    }

    /// A company's offices are titles too: "Chief Executive", "CEO" are no part of the name.
    #[test]
    fn company_offices_are_titles() {
        let f = found("Chief Executive Maren Holt told analysts in Bergen. CEO Tomasz Wrona declined to comment.");
        assert!(f.iter().any(|(s, id)| s == "Maren Holt" && id.starts_with("person:")), "{f:?}");
        assert!(f.iter().any(|(s, id)| s == "Tomasz Wrona" && id.starts_with("person:")), "{f:?}");
    }

    #[test]
    fn titles_cues_and_consistency() {
        let f = found(
            "Iraqi Prime Minister Haider al-Abadi met Lt. Gen. Stephen J. Townsend in Baghdad. Townsend said the Syrian Democratic Forces (SDF) advanced. The SDF took the town of Tabqa.",
        );
        assert!(has(&f, "Iraqi", "country:IRQ"), "{f:?}");
        assert!(has(&f, "Haider al-Abadi", "person:haider-al-abadi"), "{f:?}");
        assert!(has(&f, "Stephen J. Townsend", "person:stephen-j-townsend"), "{f:?}");
        assert!(has(&f, "Townsend", "person:stephen-j-townsend"), "{f:?}");
        assert!(f.iter().any(|(s, _)| s == "Syrian Democratic Forces"), "{f:?}");
        assert_eq!(f.iter().filter(|(s, _)| s == "SDF").count(), 2, "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "Baghdad" && i.starts_with("place:geonames:")), "{f:?}");
        assert!(has(&f, "Tabqa", "place:tabqa") || f.iter().any(|(s, _)| s == "Tabqa"), "{f:?}");
    }

    /// A double surname or a name without a surname: its two closing words alone are the person;
    /// two people ending alike keep their short name apart.
    #[test]
    fn the_two_closing_words_of_a_longer_name_are_the_person() {
        let f = found("Ana Lucia Ortiz Vega is a Peruvian lawyer. Ortiz Vega studied in Lima.");
        assert!(has(&f, "Ortiz Vega", "person:ana-lucia-ortiz-vega"), "{f:?}");
        let f = found("Daw Khin Myo Thet is a Burmese poet. Myo Thet studied in Yangon.");
        assert!(has(&f, "Myo Thet", "person:daw-khin-myo-thet"), "{f:?}");
        let f = found("Ana Lucia Ortiz Vega met Juan Carlos Ortiz Vega in Lima. Ortiz Vega said the talks went well.");
        assert!(!has(&f, "Ortiz Vega", "person:ana-lucia-ortiz-vega"), "{f:?}");
        assert!(!has(&f, "Ortiz Vega", "person:juan-carlos-ortiz-vega"), "{f:?}");
    }

    #[test]
    fn a_capital_after_a_locative_preposition_stays_a_place_before_a_speech_verb() {
        let f = found("Diplomats in Ottawa said the visit was useful. Envoys from Nairobi announced a delay.");
        assert!(!f.iter().any(|(s, i)| s == "Ottawa" && i.starts_with("country:")), "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "Ottawa" && i.starts_with("place:")), "{f:?}");
        assert!(!f.iter().any(|(s, i)| s == "Nairobi" && i.starts_with("country:")), "{f:?}");
        // As the subject itself the capital still speaks for its government.
        let f = found("Ottawa said the visit was useful. Later Nairobi announced a delay.");
        assert!(has(&f, "Ottawa", "country:CAN"), "{f:?}");
        assert!(has(&f, "Nairobi", "country:KEN"), "{f:?}");
    }

    #[test]
    fn metonymy_regions_and_hyphens() {
        let f = found(
            "Washington’s commitment to southern Lebanon and the U.S.-led coalition in the Middle East. Talks in Washington ended.",
        );
        assert!(has(&f, "Washington", "country:USA"), "{f:?}");
        assert!(has(&f, "southern Lebanon", "place:region:southern-lebanon"), "{f:?}");
        assert!(has(&f, "U.S.", "country:USA"), "{f:?}");
        assert!(has(&f, "Middle East", "place:region:middle-east"), "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "Washington" && i.starts_with("place:geonames:")), "{f:?}");
    }

    /// "accused Lima of …", "criticised Santiago for …": a capital held to account is its state; a
    /// capital after a locative preposition stays the city.
    #[test]
    fn a_capital_held_to_account_is_its_state() {
        let f = found("Bolivia accused Lima of meddling. Chile criticised Quito for the delay. Talks in Lima ended.");
        assert!(has(&f, "Lima", "country:PER"), "{f:?}");
        assert!(has(&f, "Quito", "country:ECU"), "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "Lima" && i.starts_with("place:geonames:")), "{f:?}");
    }

    #[test]
    fn a_compass_word_before_a_demonym_makes_another_places_adjective() {
        let f = found("A South American bloc formed. Northern Iraqi towns were shelled. West German officials met.");
        assert!(has(&f, "South American", "place:geonames:6255150"), "South America: {f:?}");
        assert!(has(&f, "Northern Iraqi", "place:region:northern-iraq"), "{f:?}");
        assert!(f.iter().all(|(_, id)| id != "country:USA" && id != "country:DEU"), "{f:?}");
    }

    #[test]
    fn a_capital_after_with_or_against_is_a_party_and_elsewhere_a_city() {
        let f = found("The envoy held talks with Tehran on Monday. Sanctions against Moscow were renewed.");
        assert!(has(&f, "Tehran", "country:IRN"), "{f:?}");
        assert!(has(&f, "Moscow", "country:RUS"), "{f:?}");
        let f = found("The convoy drove from Tehran to the border. A strike on Moscow at dawn hit a depot.");
        assert!(f.iter().any(|(s, i)| s == "Tehran" && i.starts_with("place:geonames:")), "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "Moscow" && i.starts_with("place:geonames:")), "{f:?}");
    }

    /// "a truce brokered by Quito and Lima": a capital as the agent of a passive (and one joined to
    /// it by "and") acts for its government; before a noun it only qualifies stays a city.
    #[test]
    fn a_capital_as_the_agent_of_a_passive_is_its_government() {
        let f = found("The accord, mediated by Quito and Lima, was signed on Monday.");
        assert!(has(&f, "Quito", "country:ECU"), "{f:?}");
        assert!(has(&f, "Lima", "country:PER"), "{f:?}");
        for text in ["The village was surrounded by Quito suburbs.", "The film is backed by Quito-based investors."] {
            let f = found(text);
            assert!(f.iter().any(|(s, i)| s == "Quito" && i.starts_with("place:geonames:")), "{text}: {f:?}");
        }
    }

    /// The two sides of an event noun's "between" are parties; a route's ends stay cities.
    #[test]
    fn capitals_between_which_an_event_happens_are_parties() {
        let f = found("Negotiations between Lima and Quito resumed on Monday.");
        assert!(has(&f, "Lima", "country:PER"), "{f:?}");
        assert!(has(&f, "Quito", "country:ECU"), "{f:?}");
        let f = found("Flights between Lima and La Paz resumed on Monday.");
        assert!(f.iter().any(|(s, i)| s == "Lima" && i.starts_with("place:geonames:")), "{f:?}");
        assert!(f.iter().any(|(s, i)| s == "La Paz" && i.starts_with("place:geonames:")), "{f:?}");
    }
}
