//! CAMEO event codes: the root labels and which roots refer to each other (the verb dictionary,
//! PETRARCH2 forms → lemma and root, is `lexicon::CAMEO_VERBS`).

/// CAMEO root labels, by two-digit code.
pub const CAMEO_ROOTS: [&str; 20] = [
    "01 Make public statement",
    "02 Appeal",
    "03 Express intent to cooperate",
    "04 Consult",
    "05 Engage in diplomatic cooperation",
    "06 Engage in material cooperation",
    "07 Provide aid",
    "08 Yield",
    "09 Investigate",
    "10 Demand",
    "11 Disapprove",
    "12 Reject",
    "13 Threaten",
    "14 Protest",
    "15 Exhibit force posture",
    "16 Reduce relations",
    "17 Coerce",
    "18 Assault",
    "19 Fight",
    "20 Use unconventional mass violence",
];

/// CAMEO 04 Consult: talks, meetings, visits.
pub const CONSULT: u8 = 4;
/// CAMEO 05 Engage in diplomatic cooperation: agreements, deals, accords.
pub const DIPLOMATIC_COOPERATION: u8 = 5;
/// CAMEO 09 Investigate: the lowest root whose event noun has a doer and a done-to.
pub const INVESTIGATE: u8 = 9;
/// CAMEO 14 Protest: demonstrations, rallies, strikes of workers.
pub const PROTEST: u8 = 14;
/// CAMEO 17 Coerce: arrests, crackdowns; this root and those above are done to someone.
pub const COERCE: u8 = 17;
/// CAMEO 18 Assault: attacks, bombings; this root and those above it are violence.
pub const ASSAULT: u8 = crate::nlp::lexicon::FIRST_VIOLENT_ROOT;
/// CAMEO 19 Fight: strikes, clashes, battles.
pub const FIGHT: u8 = 19;
/// Verbs of roots 01–02 (statements, appeals) are too weak to make an event on their own.
pub const MIN_VERB_ROOT: u8 = 3;

/// Roots of a stance towards something (03 intent, 09 investigate, 10 demand, 11 disapprove, 12
/// reject, 13 threaten): "condemned the attack in X" says where the attack was, not where it was
/// condemned.
pub(super) fn takes_a_stance(root: u8) -> bool {
    matches!(root, 3 | 9..=13)
}

/// The label of a CAMEO root ("04 Consult"); an unknown root reads as Consult.
pub fn root_label(root: u8) -> &'static str {
    CAMEO_ROOTS.get((root as usize).wrapping_sub(1)).copied().unwrap_or("04 Consult")
}

/// Talks, meetings and sessions refer to each other; other roots only to themselves.
pub(super) fn consult_family(root: u8) -> u8 {
    root
}
