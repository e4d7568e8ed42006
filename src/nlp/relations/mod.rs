//! Relations between entities of one sentence: affiliations (titles, appositions, careers), family
//! ties, verb-labelled cues, influence and presence, memberships and containment — each a named rule in [`registry`] —
//! and, for pairs no rule related, a learned pair classifier ([`learned`]).

mod affiliations;
pub(crate) mod careers;
mod containment;
mod cues;
mod finding;
mod influence;
mod kinship;
pub mod learned;
mod memberships;
mod nationality;
mod presence;
pub mod registry;
#[cfg(test)]
mod registry_tests;
mod reports;

pub use finding::RelationFinding;

use crate::model::EdgeKind;
use crate::nlp::analysis::Analysis;
use crate::nlp::context::{SentenceContext, lower};
use crate::nlp::entities::Target;
use crate::nlp::gazetteer::Gazetteer;
use crate::nlp::lexicon::{ISLAND_HEADS, OPEN_WATER_HEADS, WATER_HEADS};
use crate::nlp::rule::{Rule, in_run_order};

/// Runs a registry's rules on one sentence, in run order.
pub fn run(rules: &[Rule<registry::RelationFn>], x: &SentenceContext, out: &mut Vec<RelationFinding>) {
    for rule in in_run_order(rules) {
        (rule.apply)(x, out);
    }
}

/// Drops "X lies in Y" findings that the gazetteer rules out: a place the text or the classifier
/// put inside a place of another country ("talks in Paris on Aleppo"), or a country inside
/// another country or its town. Only between prominent places (countries, cities): a small
/// town's link may be a namesake of the place meant, and then the text is right. What the
/// gazetteer does not know is kept. Nor is a country "in" a place of its own ("talks hosted by
/// Saudi Arabia in Riyadh"): the place lies in the country, the country is not present there.
/// A town before "-based" is only where its actor is based: nothing lies in it. Two places a
/// bearing sets apart ("X, 40 km north of Y") lie in neither, nor do a place and one named
/// after it as "nearby" or "neighbouring". A country "in" a place
/// the gazetteer does not know is read the other way round. A place derived from a known one
/// ("eastern Chad") is checked as that one, as what lies or what holds: "Darfur" lies in no part
/// of Chad, "central Mali" in no other country. A town or a country
/// "in" a body of water lies next to it (`water_heads.txt`; its islands, reefs and shoals lie
/// in it), and a sea, a gulf or a strait "in" a country next to that: the finding becomes "next to".
pub fn drop_ruled_out_containment(a: &Analysis, relations: &mut Vec<RelationFinding>) {
    let gazetteer = Gazetteer::bundled();
    let linked = |k: usize| match a.entities[k].target {
        Target::Known(i) => Some(i),
        _ => None,
    };
    // "northern Iraq", "eastern Chad": a place the text derives from a known one lies where that
    // one lies, so nothing of another country lies in it.
    let linked_or_derived =
        |k: usize| linked(k).or_else(|| a.entities[k].parent.as_deref().and_then(|p| gazetteer.index_of(p)));
    let own_place = |r: &RelationFinding| match (&a.entities[r.source].target, &a.entities[r.target].target) {
        (Target::Known(country), Target::Known(place)) => {
            a.entities[r.source].kind == crate::model::NodeKind::Country
                && gazetteer.entry(*place).parent.as_deref() == Some(gazetteer.entry(*country).id.as_str())
        }
        _ => false,
    };
    // "a Washington-based think tank": the town says where the tank is, nothing else is in it.
    let based =
        |k: usize| crate::nlp::context::qualifier_of(a, &a.entities[k]) == Some(crate::nlp::tokenize::Qualifier::Base);
    // A country lies only in a region the gazetteer knows ("the Middle East"): "Yemen in
    // Hodeidah", "Venezuela in Bolívar" (a place the text alone names) read the other way round.
    for r in relations.iter_mut() {
        if r.kind == EdgeKind::LocatedIn
            && a.entities[r.source].kind == crate::model::NodeKind::Country
            && a.entities[r.target].kind == crate::model::NodeKind::Place
            && matches!(a.entities[r.target].target, Target::New { .. })
        {
            std::mem::swap(&mut r.source, &mut r.target);
        }
    }
    // "Jilib, 370 km southwest of Mogadishu": neither lies in the other.
    let set_apart = |r: &RelationFinding| {
        let (s, t) = (&a.entities[r.source], &a.entities[r.target]);
        let (first, second) = if s.first_token <= t.first_token { (s, t) } else { (t, s) };
        crate::nlp::context::bearing_between(a, first, second)
            || (first.sentence == second.sentence && crate::nlp::context::beside_an_earlier_place(a, first, second))
    };
    // "Sochi on the Black Sea", "Bahrain in the Gulf": a body of water holds no town or country,
    // they lie next to it — only its islands and its own parts ("the central Atlantic Ocean").
    let last_word = |k: usize| lower(a, a.entities[k].end_token - 1);
    let water = |k: usize| WATER_HEADS.contains(&last_word(k));
    let island = |k: usize| ISLAND_HEADS.contains(&last_word(k));
    // "the South China Sea" in China: a sea, a gulf or a strait lies in no country — it borders it.
    let open_water = |k: usize| OPEN_WATER_HEADS.contains(&last_word(k));
    let country = |k: usize| a.entities[k].kind == crate::model::NodeKind::Country;
    for r in relations.iter_mut() {
        let beside =
            (water(r.target) && !water(r.source) && !island(r.source)) || (open_water(r.source) && country(r.target));
        if r.kind == EdgeKind::LocatedIn && beside {
            r.kind = EdgeKind::Relation;
            r.label = "next to".to_string();
        }
    }
    relations.retain(|r| match r.kind {
        EdgeKind::LocatedIn if based(r.source) || based(r.target) || set_apart(r) => false,
        // Both names must be prominent (regions too: "Darfur"), so neither is a smaller namesake
        // of the place meant — but a country lies in no place of a country, whichever namesake
        // the place's name was linked to ("Ukraine" is not in "Crimea").
        EdgeKind::LocatedIn => !matches!((linked_or_derived(r.source), linked_or_derived(r.target)), (Some(i), Some(o))
            if (gazetteer.entry(i).kind == crate::model::NodeKind::Country
                || gazetteer.is_prominent(i) && gazetteer.is_prominent(o))
                && gazetteer.rules_out_inside(i, o)),
        // Presence only: "Damascus controls Aleppo" is something a country does with its city.
        EdgeKind::Relation if matches!(r.label.as_str(), "in" | "near" | "at" | "inside" | "outside") => {
            !own_place(r) && !based(r.target)
        }
        _ => true,
    });
}

#[cfg(test)]
mod tests {
    use crate::model::EdgeKind;
    use crate::nlp::events::find_events;
    use crate::nlp::{Target, analyze};

    /// A classifier's "X lies in Y" between mentions `source` and `target`.
    fn located_in(source: usize, target: usize) -> super::RelationFinding {
        super::RelationFinding {
            source,
            target,
            kind: EdgeKind::LocatedIn,
            label: String::new(),
            sentence: 0,
            confidence: 0.5,
        }
    }

    /// (inner, outer) of every located_in finding, by gazetteer label or found name.
    fn containments(text: &str) -> Vec<(String, String)> {
        let a = analyze(text);
        let (_, relations) = find_events(text, &a);
        let name = |k: usize| match &a.entities[k].target {
            Target::Known(i) => crate::nlp::Gazetteer::bundled().entry(*i).label.clone(),
            Target::New { label, .. } => label.clone(),
        };
        relations.iter().filter(|r| r.kind == EdgeKind::LocatedIn).map(|r| (name(r.source), name(r.target))).collect()
    }

    #[test]
    fn a_country_is_not_in_a_place_of_its_own() {
        let text = "Talks hosted by Saudi Arabia in Riyadh ended. Troops from Chad in Niamey stayed.";
        let a = analyze(text);
        let (_, relations) = find_events(text, &a);
        let name = |k: usize| text[a.entities[k].start..a.entities[k].end].to_string();
        let present: Vec<(String, String)> = relations
            .iter()
            .filter(|r| r.kind == EdgeKind::Relation)
            .map(|r| (name(r.source), name(r.target)))
            .collect();
        assert!(!present.contains(&("Saudi Arabia".to_string(), "Riyadh".to_string())), "{present:?}");
        assert!(present.contains(&("Chad".to_string(), "Niamey".to_string())), "another country's city: {present:?}");
    }

    /// "X, headed by Y": the affiliation rule makes Y its leader, and the relation cue "headed"
    /// tells nothing more — one finding for the pair.
    #[test]
    fn a_leader_is_told_once() {
        let text = "The Andean Front, headed by Ana Ortiz, rejected the truce.";
        let a = analyze(text);
        let (_, relations) = find_events(text, &a);
        let pair: Vec<&super::RelationFinding> = relations
            .iter()
            .filter(|r| text[a.entities[r.source].start..a.entities[r.source].end] == *"Ana Ortiz")
            .collect();
        assert_eq!(pair.len(), 1, "{relations:?}");
        assert_eq!(pair[0].kind, EdgeKind::Affiliation);
    }

    /// Whatever a classifier says, a place named as "nearby" or "neighbouring" after another lies
    /// beside it, not in it; a place it is said to be in stays.
    #[test]
    fn a_nearby_place_lies_beside_the_one_before() {
        let text =
            "Gunmen raided Tarvik in the Kolm district, said the mayor of the nearby town of Osterby, in Velland.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        let mut relations = vec![
            located_in(index("Tarvik"), index("Osterby")),
            located_in(index("Kolm"), index("Osterby")),
            located_in(index("Osterby"), index("Velland")),
        ];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert_eq!(relations.len(), 1, "{relations:?}");
        assert_eq!((relations[0].source, relations[0].target), (index("Osterby"), index("Velland")));
        // A place of the same phrase lies in it.
        let text = "Gunmen raided the Kolm district of neighbouring Velland.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        let mut relations = vec![located_in(index("Kolm"), index("Velland"))];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert_eq!(relations.len(), 1, "{relations:?}");
    }

    /// A town, or a country, a classifier puts "in" a sea lies next to it; an island lies in it.
    #[test]
    fn a_body_of_water_holds_islands_and_is_next_to_towns() {
        let text = "Ships left Valparaiso and Easter Island for the Pacific Ocean.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        let ocean = index("Pacific Ocean");
        let mut relations = vec![located_in(index("Valparaiso"), ocean), located_in(index("Easter Island"), ocean)];
        super::drop_ruled_out_containment(&a, &mut relations);
        let kinds: Vec<(EdgeKind, &str)> = relations.iter().map(|r| (r.kind, r.label.as_str())).collect();
        assert_eq!(kinds, [(EdgeKind::Relation, "next to"), (EdgeKind::LocatedIn, "")], "{relations:?}");
        // A reef lies in the sea; the sea lies in no country.
        let text = "Chile patrols the Kelmar Reef in the Tarvos Sea off Chile.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        let sea = index("Tarvos Sea");
        let mut relations = vec![located_in(index("Kelmar Reef"), sea), located_in(sea, index("Chile"))];
        super::drop_ruled_out_containment(&a, &mut relations);
        let kinds: Vec<(EdgeKind, &str)> = relations.iter().map(|r| (r.kind, r.label.as_str())).collect();
        assert_eq!(kinds, [(EdgeKind::LocatedIn, ""), (EdgeKind::Relation, "next to")], "{relations:?}");
    }

    /// Whatever a classifier says, an independent country is in no town, however small.
    #[test]
    fn a_country_lies_in_no_town() {
        let text = "Chile sent envoys to Villarrica and Antofagasta.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        assert!(a.entities.iter().all(|m| matches!(m.target, Target::Known(_))), "all three are known");
        let mut relations =
            vec![located_in(index("Chile"), index("Villarrica")), located_in(index("Antofagasta"), index("Chile"))];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert_eq!(relations.len(), 1);
        assert_eq!(relations[0].target, index("Chile"), "a town in a country stays");
    }

    /// A region the gazetteer places in a country holds no city of another country, whatever a
    /// classifier says.
    #[test]
    fn a_region_holds_no_city_of_another_country() {
        let text = "Envoys flew from Riyadh to Darfur on Monday.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        let mut relations = vec![located_in(index("Riyadh"), index("Darfur"))];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert!(relations.is_empty(), "{relations:?}");
    }

    /// A place the text derives from a known one ("eastern Chad") holds nothing of another
    /// country, whatever a classifier says; a town of that country stays inside it.
    #[test]
    fn a_derived_place_holds_no_place_of_another_country() {
        let text = "Refugees fled from Khartoum into eastern Chad, and aid reached Abeche.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        assert!(matches!(a.entities[index("eastern Chad")].target, Target::New { .. }), "{:?}", a.entities);
        let mut relations = vec![
            located_in(index("Khartoum"), index("eastern Chad")),
            located_in(index("Abeche"), index("eastern Chad")),
        ];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert_eq!(relations.len(), 1, "{relations:?}");
        assert_eq!(relations[0].source, index("Abeche"));
    }

    /// A place the text derives from a known one ("western Chad") lies in that one's country and
    /// in no other, whatever a classifier says.
    #[test]
    fn a_derived_place_lies_in_no_other_country() {
        let text = "Sudan accused Chad of arming rebels in western Chad, far from Khartoum.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        assert!(matches!(a.entities[index("western Chad")].target, Target::New { .. }), "{:?}", a.entities);
        let mut relations = vec![
            located_in(index("western Chad"), index("Sudan")),
            located_in(index("western Chad"), index("Khartoum")),
            located_in(index("western Chad"), index("Chad")),
        ];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert_eq!(relations.len(), 1, "{relations:?}");
        assert_eq!(relations[0].target, index("Chad"));
    }

    /// "X, 40 km north of Y": whatever a classifier says, neither place lies in the other; the
    /// country after the second still holds both.
    #[test]
    fn places_a_bearing_sets_apart_lie_in_neither() {
        let text = "Shelling hit Osorno, some 100 km north of Puerto Montt, Chile on Friday.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        let mut relations = vec![
            located_in(index("Puerto Montt"), index("Osorno")),
            located_in(index("Osorno"), index("Puerto Montt")),
            located_in(index("Puerto Montt"), index("Chile")),
        ];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert_eq!(relations.len(), 1, "{relations:?}");
        assert_eq!(relations[0].target, index("Chile"));
    }

    /// A country "in" a place only the text names is read the other way round.
    #[test]
    fn a_country_in_an_unknown_place_reads_the_other_way() {
        let text = "Chile sent envoys to the village of Kelmarsh.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        assert!(matches!(a.entities[index("Kelmarsh")].target, Target::New { .. }));
        let mut relations = vec![located_in(index("Chile"), index("Kelmarsh"))];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert_eq!((relations[0].source, relations[0].target), (index("Kelmarsh"), index("Chile")));
    }

    /// "a Lima-based group": nothing lies in a town named only as where someone is based.
    #[test]
    fn nothing_lies_in_a_base() {
        let text = "Fighting near Cusco was reported by the Lima-based Andean Watch.";
        let a = analyze(text);
        let index = |name: &str| a.entities.iter().position(|m| &text[m.start..m.end] == name).expect(name);
        let mut relations = vec![super::RelationFinding {
            source: index("Cusco"),
            target: index("Lima"),
            kind: EdgeKind::LocatedIn,
            label: String::new(),
            sentence: 0,
            confidence: 0.9,
        }];
        super::drop_ruled_out_containment(&a, &mut relations);
        assert!(relations.is_empty());
    }

    #[test]
    fn containment_the_gazetteer_rules_out_is_dropped() {
        // "Town, Country" read in a list: Aleppo lies in Syria, not in Lebanon.
        let found = containments("The convoys reached Aleppo, Lebanon and Jordan within a week.");
        assert!(!found.iter().any(|(i, _)| i == "Aleppo"), "{found:?}");
        // What the gazetteer agrees with, and what it does not know, stay.
        let found = containments("The convoys reached Homs, Syria within a week.");
        assert!(found.contains(&("Homs".to_string(), "Syria".to_string())), "{found:?}");
        let found = containments("The convoys reached the village of Tel Varosh, Syria within a week.");
        assert!(found.iter().any(|(i, o)| i.contains("Varosh") && o == "Syria"), "{found:?}");
    }
}
