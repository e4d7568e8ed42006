//! Tests of subordinate clauses — a condition after the main clause ("… if Y agrees") and a
//! clause that opens the sentence ("If Y closes the border, X will …") — whose names take no part
//! in the main clause's events, and of events only asked for, in new sentences.

use super::tests::{roles, run};
use crate::model::EdgeKind;

/// The sides of the first event with `trigger` in `text`.
fn sides(text: &str, trigger: &str) -> Vec<String> {
    let (events, _, a) = run(text);
    let event = events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("no {trigger} in {events:?}"));
    roles(text, &a, event, EdgeKind::Participant)
}

/// "X threatened to cut aid if Y reneged": the condition's subject is no side of the threat or
/// of the measure; in the present tense too ("if Y closes").
#[test]
fn a_condition_after_the_main_clause_keeps_its_subject_out() {
    let found = sides("Chile threatened to impose sanctions if Bolivia reneged on the accord.", "sanctions");
    assert!(found.iter().any(|s| s == "Chile"), "{found:?}");
    assert!(!found.iter().any(|s| s == "Bolivia"), "{found:?}");
    let found = sides("Chile will impose sanctions on Peru if Bolivia closes the border.", "sanctions");
    assert!(found.iter().any(|s| s == "Peru"), "{found:?}");
    assert!(!found.iter().any(|s| s == "Bolivia"), "{found:?}");
}

/// "If Y closes the border, X will impose sanctions on Z" (one sanctions event): a clause that opens the sentence ends
/// at the first comma after its verb; its names take no part in what follows. Commas that only
/// list names come before the verb.
#[test]
fn a_clause_that_opens_the_sentence_keeps_its_names_out() {
    for text in [
        "If Peru closes the border, Chile will impose sanctions on Bolivia.",
        "When Peru closed the border, Chile imposed sanctions on Bolivia.",
        "Because Peru, Ecuador and Colombia closed their ports, Chile imposed sanctions on Bolivia.",
    ] {
        let found = sides(text, "sanctions");
        assert!(found.iter().any(|s| s == "Chile") && found.iter().any(|s| s == "Bolivia"), "{text}: {found:?}");
        assert!(!found.iter().any(|s| s == "Peru"), "{text}: {found:?}");
    }
    // The clause's own event keeps its listed names.
    let found = sides("When Peru, Ecuador and Chile met in Lima, the ministers agreed on quotas.", "meet");
    assert!(found.iter().any(|s| s == "Peru") && found.iter().any(|s| s == "Chile"), "{found:?}");
}

/// "LIMA, May 4 -", "in May", "Theresa May": a capitalised "May" is the month or a name, so the
/// event it stands before stays asserted; the lower-case modal, or one in a line of capitals,
/// still makes it hypothetical.
#[test]
fn the_month_may_is_no_modal() {
    use crate::model::Modality;
    let accord = |text: &str| {
        let (events, _, _) = run(text);
        events.iter().find(|e| e.trigger == "accord").map(|e| e.modality).unwrap_or_else(|| panic!("{events:?}"))
    };
    assert_eq!(accord("LIMA, May 4 (Staff) - Bolivia and Peru signed an accord on Saturday."), Modality::Asserted);
    assert_eq!(accord("In May Bolivia and Peru signed an accord."), Modality::Asserted);
    assert_eq!(accord("Bolivia and Peru may sign an accord."), Modality::Hypothetical);
    assert_eq!(accord("BOLIVIA AND PERU MAY SIGN AN ACCORD"), Modality::Hypothetical);
}

/// "LIMA, June 4 - Peru signed an accord … on Saturday": a dateline's date is when the report was
/// filed; the event takes the date its sentence gives it.
#[test]
fn a_datelines_date_is_no_events_time() {
    let text = "LIMA, June 4 - Peru signed an accord with the two neighbours of Bolivia on Saturday.";
    let (events, _, a) = run(text);
    let accord = events.iter().find(|e| e.trigger == "accord").expect("the accord is an event");
    let time = accord.time.map(|i| &text[a.times[i].start..a.times[i].end]);
    assert_eq!(time, Some("Saturday"), "{events:?}");
}

/// The modality of the first event with `trigger` in `text`.
fn modality_of(text: &str, trigger: &str) -> crate::model::Modality {
    let (events, _, _) = run(text);
    events.iter().find(|e| e.trigger == trigger).map(|e| e.modality).unwrap_or_else(|| panic!("{trigger}: {events:?}"))
}

/// "Chile will retaliate after Bolivia shelled Arica": what a reason or a past time clause tells
/// happened, whatever may follow it; "after Bolivia shells Arica" is still to come.
#[test]
fn a_reason_or_a_past_time_clause_is_told_as_fact() {
    use crate::model::Modality::{Asserted, Hypothetical};
    assert_eq!(modality_of("Chile will retaliate after Bolivia shelled Arica.", "shell"), Asserted);
    assert_eq!(modality_of("Chile could cut aid because Bolivia bombed a bridge near Arica.", "bomb"), Asserted);
    assert_eq!(modality_of("Chile will retaliate if Bolivia shells Arica.", "shell"), Hypothetical);
    assert_eq!(modality_of("Chile will retaliate when Bolivia shells Arica.", "shell"), Hypothetical);
}

/// "is expected to meet", "vowed to retaliate": a word of intention, "to" and a verb put the
/// event in the future; "due to" before a noun gives a cause.
#[test]
fn what_is_intended_or_expected_has_not_happened() {
    use crate::model::Modality::{Asserted, Hypothetical};
    assert_eq!(modality_of("Marta Ruiz is expected to meet Tomas Reyes in Quito on Friday.", "meet"), Hypothetical);
    assert_eq!(modality_of("Chile vowed to retaliate against Bolivia.", "retaliate"), Hypothetical);
    assert_eq!(modality_of("Chile and Peru are set to sign an accord in Lima.", "accord"), Hypothetical);
    assert_eq!(modality_of("Chile shut the port due to the raids by Bolivia.", "raids"), Asserted);
    assert_eq!(modality_of("Chile pledged to rebuild the town after Bolivia shelled Arica.", "shell"), Asserted);
}

/// "open to negotiations", "ready for talks", "is willing to negotiate", "has yet to sign the
/// accord": readiness and what is still to come tell of an event that has not happened.
#[test]
fn what_one_is_ready_for_or_yet_to_do_has_not_happened() {
    use crate::model::Modality::{Asserted, Hypothetical};
    assert_eq!(modality_of("Lima said it is open to negotiations with Quito.", "negotiations"), Hypothetical);
    assert_eq!(modality_of("Bolivia is ready for fresh talks with Chile.", "talks"), Hypothetical);
    assert_eq!(modality_of("Peru is willing to negotiate with Ecuador.", "negotiate"), Hypothetical);
    assert_eq!(modality_of("Chile has yet to sign the accord with Peru.", "accord"), Hypothetical);
    let talks = "Talks between Peru and Chile have yet to produce a ceasefire.";
    assert_eq!(modality_of(talks, "ceasefire"), Hypothetical);
    // The talks themselves happened.
    assert_eq!(modality_of(talks, "talks"), Asserted);
    assert_eq!(modality_of("Quito was ready after the talks with Lima ended.", "talks"), Asserted);
}

/// "is prepared to sign", "remained prepared for talks": readiness after a form of "be" is no
/// event of preparing; "Chile prepared an attack" still is one, and the attack is yet to come.
#[test]
fn being_prepared_is_no_event() {
    let (events, _, _) = run("Chile prepared an attack on Bolivia.");
    assert!(events.iter().any(|e| e.trigger == "prepare"), "{events:?}");
    let attack = events.iter().find(|e| e.trigger == "attack").expect("an attack");
    assert_eq!(attack.modality, crate::model::Modality::Hypothetical);
    let (events, _, _) = run("Chile is prepared to sign a ceasefire with Bolivia.");
    assert!(!events.iter().any(|e| e.trigger == "prepare"), "{events:?}");
    let (events, _, _) = run("Peru remained prepared for talks with Ecuador.");
    assert!(!events.iter().any(|e| e.trigger == "prepare"), "{events:?}");
}

/// "called for a truce", "appealed for talks": what one asks for has not happened; an end one
/// asks for tells of what happens ("called for an end to the shelling").
#[test]
fn what_is_called_for_has_not_happened() {
    use crate::model::Modality;
    for (text, trigger) in [
        ("Chile and Peru called for a humanitarian truce in Arica.", "truce"),
        ("Bolivia has appealed for fresh talks with Chile.", "talks"),
    ] {
        let (events, _, _) = run(text);
        let event =
            events.iter().find(|e| e.trigger == trigger).unwrap_or_else(|| panic!("no {trigger} in {events:?}"));
        assert_eq!(event.modality, Modality::Hypothetical, "{text}: {events:?}");
    }
    let (events, _, _) = run("Bolivia called for an end to the shelling of Arica.");
    let shelling = events.iter().find(|e| e.trigger == "shelling").expect("the shelling is an event");
    assert_eq!(shelling.modality, Modality::Asserted, "{events:?}");
}

/// "Peru to hold talks with Chile": a headline's "to" and a bare verb after its subject is the
/// future; a headline in the present tense tells what happened.
#[test]
fn a_headline_infinitive_is_the_future() {
    let modality = |text: &str| {
        let (events, _, _) = run(text);
        events.iter().find(|e| e.trigger == "talks").map(|e| e.modality).expect("talks")
    };
    let future = "Peru to hold talks with Chile in Lima\n\nOfficials said the date was not set.";
    assert_eq!(modality(future), crate::model::Modality::Hypothetical);
    let done = "Peru holds talks with Chile in Lima\n\nOfficials said the talks were useful.";
    assert_eq!(modality(done), crate::model::Modality::Asserted);
    // Not in the body: "to" after a verb is the verb's business.
    let body = "Peru agreed on Monday, and Chile returned to talks in Lima.";
    assert_eq!(modality(body), crate::model::Modality::Asserted);
}

/// "The talks will focus on …": a definite reference whose verb is a modal's is the talks still
/// to come that the sentence before announced — one event.
#[test]
fn a_reference_told_ahead_joins_talks_to_come() {
    let text = "Peru and Chile will hold talks in Lima next week. The talks will focus on Peru's fishing rights.";
    let (events, _, _) = run(text);
    let talks: Vec<_> = events.iter().filter(|e| e.trigger == "talks").collect();
    assert_eq!(talks.len(), 1, "{events:?}");
    assert_eq!(talks[0].modality, crate::model::Modality::Hypothetical);
}
