//! Definite descriptions and "its": "the group", "the militant movement", "the city", "its
//! fighters" referring back to the actor or place named before them, so that what the sentence
//! says of it reaches the name.

use super::aliases::after_cue_at;
use super::context::Ctx;
use super::mention::{EntityMention, Target, insert_in_order};
use super::people::{PRONOUN_REACH, opens_a_clause};
use crate::model::NodeKind;
use crate::nlp::lexicon::{
    ARMED_MODIFIERS, DEFINITE_DESCRIPTIONS, FUNCTION_WORDS, IRREGULAR_PAST, RELATIVE_PRONOUNS, REPORTING_VERBS,
};
use crate::nlp::tokenize::is_capitalized;

/// How many of the latest names a description chooses among (bounded work in a long list).
const MAX_CANDIDATES: usize = 64;

/// The kinds a description's head noun may refer to, in order of preference.
fn kinds_of(head: &str) -> Option<Vec<NodeKind>> {
    let (_, kinds) = DEFINITE_DESCRIPTIONS.iter().find(|(h, _)| h.eq_ignore_ascii_case(head))?;
    Some(kinds_listed(kinds))
}

/// The node kinds a word list's row names, in its order ("group organization"; "actor" is any
/// actor's kind): the rows of `definite_descriptions.tsv` and `pair_descriptions.tsv`.
pub(super) fn kinds_listed(kinds: &str) -> Vec<NodeKind> {
    kinds
        .split(' ')
        .flat_map(|k| match k {
            "actor" => vec![NodeKind::Country, NodeKind::Group, NodeKind::Organization, NodeKind::Person],
            "person" => vec![NodeKind::Person],
            "group" => vec![NodeKind::Group],
            "organization" => vec![NodeKind::Organization],
            "country" => vec![NodeKind::Country],
            "place" => vec![NodeKind::Place],
            _ => Vec::new(),
        })
        .collect()
}

/// "Al-Shabaab … The group has carried out attacks in Kenya", "Russian forces shelled Kharkiv.
/// The city's mayor said …": "the" with at most one word of `armed_modifiers.txt` and a head noun
/// of `definite_descriptions.tsv` refers to an actor or place of a kind the noun allows, named
/// in the same sentence before it or in the two previous ones: the nearest sentence that names
/// one, and there the first named of the kind the noun prefers most (the subject, the centre of
/// attention, comes first) — unless an earlier sentence names the preferred kind and the nearer
/// one only names a less preferred kind inside another phrase ("an officer of the GRU") — never
/// the subject of the verb whose object it is. Not a description
/// that a name, "of" or a restrictive relative follows ("the group Hamas", "the group of
/// airmen", "the group that claimed …"), nor one an alias cue names ("the group, known as …").
pub(super) fn resolve_definite_descriptions(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut added = Vec::new();
    let mut next = 0; // mentions[..next] end before the current token
    // The latest actors and places named (and descriptions resolved), newest last.
    let mut named: Vec<Antecedent> = Vec::new();
    let lower = |i: usize| ctx.word(i).to_lowercase();
    for i in 0..ctx.tokens.len() {
        while next < mentions.len() && mentions[next].end <= ctx.tokens[i].start {
            let m = &mentions[next];
            // "COPENHAGEN (Reuters) -", "the National Liberation Army (ELN)": a name alone in
            // parentheses credits a source or repeats the name before it; it is no antecedent.
            let parenthesised = m.first_token > 0 && ctx.word(m.first_token - 1) == "(" && ctx.word(m.end_token) == ")";
            if matches!(m.kind, NodeKind::Group | NodeKind::Organization | NodeKind::Country | NodeKind::Place)
                && !m.pronoun
                && !parenthesised
            {
                let subject = opens_a_clause(ctx, m.first_token);
                named.push(Antecedent { sentence: m.sentence, kind: m.kind, target: m.target.clone(), subject });
            }
            next += 1;
        }
        let Some(mut kinds) = kinds_of(ctx.word(i)) else { continue };
        if mentions.get(next).is_some_and(|m| m.start <= ctx.tokens[i].start) {
            continue;
        }
        // "the group", "the militant group": the determiner right before, or before a word that
        // tells what kind of actor it is ("the ruling party", "the smaller group" single one out
        // from others: a new one).
        let sentence_first = ctx.sentences[ctx.sentence_of[i]].first_token;
        let first = if i > sentence_first && lower(i - 1) == "the" {
            i
        } else if i > sentence_first + 1 && lower(i - 2) == "the" && ARMED_MODIFIERS.contains(&lower(i - 1).as_str()) {
            // "the rebel group" is an armed one.
            kinds.retain(|k| *k == NodeKind::Group);
            i - 1
        } else {
            continue;
        };
        let after = lower(i + 1);
        let same_sentence = i + 1 < ctx.tokens.len() && ctx.sentence_of[i + 1] == ctx.sentence_of[i];
        let restricted = after == "of"
            || after == "that"
            || RELATIVE_PRONOUNS.contains(&after.as_str())
            || (same_sentence && is_capitalized(ctx.word(i + 1)))
            || (after == "," && after_cue_at(ctx, i + 1).is_some());
        if restricted {
            continue;
        }
        let sentence = ctx.sentence_of[i];
        let subject_here = opens_a_clause(ctx, first);
        // "AMISOM drove the group out": the subject of a verb is not what its object describes
        // ("Venezuela bought a stake in the country's largest firm" may be).
        let verb = lower(first.saturating_sub(2));
        let object = (verb.len() > 4 && verb.ends_with("ed")) || IRREGULAR_PAST.contains(&verb.as_str());
        let recent: Vec<&Antecedent> =
            named.iter().rev().take_while(|c| c.sentence + PRONOUN_REACH >= sentence).take(MAX_CANDIDATES).collect();
        // The verb's subject however named ("The African Union Mission (AMISOM)"), wherever
        // else it is named too.
        let subjects_here: Vec<&Target> =
            recent.iter().filter(|c| c.sentence == sentence && c.subject && object).map(|c| &c.target).collect();
        let bound = |c: &Antecedent| subjects_here.contains(&&c.target);
        // Sentence by sentence back, the name of the kind the noun prefers most; a name of a kind
        // it allows less is taken at once in the description's own sentence or as a clause's
        // subject, and otherwise only when no name of the preferred kind is found further back
        // ("…, an officer of the GRU. The group" is still the armed group named before).
        // "the rebel city": an armed word before a noun of no actor leaves it no kind.
        let Some(&preferred) = kinds.first() else { continue };
        let mut fallback = None;
        let mut chosen = None;
        for s in (0..=PRONOUN_REACH).filter_map(|back| sentence.checked_sub(back)) {
            let here: Vec<&Antecedent> =
                recent.iter().rev().copied().filter(|c| c.sentence == s && !bound(c)).collect();
            if let Some(c) = here.iter().find(|c| c.kind == preferred) {
                chosen = Some((*c).clone());
                break;
            }
            if fallback.is_some() {
                continue;
            }
            let allowed = kinds.iter().find_map(|kind| here.iter().find(|c| c.kind == *kind));
            if let Some(c) = allowed {
                if s == sentence || c.subject {
                    chosen = Some((*c).clone());
                    break;
                }
                fallback = Some((*c).clone());
            }
        }
        let chosen = chosen.or(fallback);
        let Some(chosen) = chosen else { continue };
        let mut m = ctx.mention(first, i + 1, chosen.kind, chosen.target.clone(), 0.5);
        m.pronoun = true;
        added.push(m);
        // The description continues the chain: a later "the group" may refer through it.
        named.push(Antecedent { sentence, subject: subject_here, ..chosen });
    }
    insert_in_order(mentions, added);
}

/// An actor or place a description may refer to.
#[derive(Clone)]
struct Antecedent {
    sentence: usize,
    kind: NodeKind,
    target: Target,
    /// Named at the opening of a clause (its subject).
    subject: bool,
}

/// How many words may stand between an actor and the "its" that refers to it ("X said that its").
const ITS_REACH: usize = 4;

/// "Hezbollah said its fighters …", "Israel struck Hezbollah and its allies", "Al-Shabaab
/// pledged allegiance to al-Qaeda. Its leader, …": "its" refers to the nearest actor
/// (organisation, armed group, country) before it in its sentence when only function words,
/// reporting verbs and commas stand between ("the deal and its terms" is the deal's); opening a
/// sentence, to the actor the previous sentence opens with.
pub(super) fn resolve_its(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let actor = |m: &EntityMention| {
        matches!(m.kind, NodeKind::Group | NodeKind::Organization | NodeKind::Country) && !m.pronoun
    };
    let mut added = Vec::new();
    let mut next = 0; // mentions[..next] end before the current token
    for i in 0..ctx.tokens.len() {
        while next < mentions.len() && mentions[next].end <= ctx.tokens[i].start {
            next += 1;
        }
        if !ctx.word(i).eq_ignore_ascii_case("its")
            || mentions.get(next).is_some_and(|m| m.start <= ctx.tokens[i].start)
        {
            continue;
        }
        let sentence = ctx.sentence_of[i];
        let before = &mentions[..next];
        let antecedent = if ctx.is_sentence_start(i) {
            // The previous sentence's opening actor.
            sentence.checked_sub(1).and_then(|previous| {
                before
                    .iter()
                    .rev()
                    .take_while(|m| m.sentence >= previous)
                    .filter(|m| m.sentence == previous && actor(m) && opens_a_clause(ctx, m.first_token))
                    .last()
            })
        } else {
            before.iter().rev().take_while(|m| m.sentence == sentence).find(|m| !m.pronoun).filter(|m| {
                let between = m.end_token..i;
                actor(m)
                    && between.len() <= ITS_REACH
                    && between.clone().all(|t| {
                        let w = ctx.word(t).to_lowercase();
                        w == "," || FUNCTION_WORDS.contains(&w.as_str()) || REPORTING_VERBS.contains(&w.as_str())
                    })
            })
        };
        let Some(antecedent) = antecedent else { continue };
        added.push(ctx.reference(i, i + 1, antecedent));
    }
    insert_in_order(mentions, added);
}
