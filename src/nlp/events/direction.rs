//! Which side of an event told by a noun a party is on: "an attack on X", "sanctions against X",
//! "the arrest of X" make X the target; "a raid by Y", "Y's invasion of X" make Y the source.

use super::cameo::{COERCE, INVESTIGATE};
use super::triggers::NOMINAL;
use crate::model::Role;
use crate::nlp::analysis::Analysis;
use crate::nlp::context::{
    finite, inflects, inside_a_noun_phrase, is_preposition, is_title_word, lower, name_ending_at, name_starting_at,
    plain_word, possessive_mark, verb_like,
};
use crate::nlp::lexicon::{
    ATTRIBUTING_VERBS, CAMEO_VERBS, CLAIM_NOUNS, DETERMINERS, DOING_PARTICIPLES, FUNCTION_WORDS, IRREGULAR_PAST,
    LIGHT_VERBS, LOCATIVE, MUTUAL_VERBS, NUMBER_WORDS, PART_NOUNS, TIME_PREPOSITIONS,
};

/// Determiners and plain words between a preposition and its name ("on the rebel-held town of").
const MAX_MODIFIERS: usize = 3;
/// Names listed after one preposition ("on Israel, Jordan and Egypt") share its role.
const MAX_LISTED: usize = 16;
/// CAMEO 11 Disapprove: "the condemnation of X" has X for its target.
const DISAPPROVE: u8 = 11;
/// CAMEO 15 Exhibit force posture: "the deployment of X's troops" — X is no target.
const FORCE_POSTURE: u8 = 15;
/// CAMEO 16 Reduce relations: sanctions, embargoes; this root and those above take "of" X as
/// what is done to X ("the arrest of X", "the blockade of X").
const REDUCE_RELATIONS: u8 = 16;
/// Forms of "be" (and "have", "will") before a passive participle.
const BE: &[&str] = &["was", "were", "is", "are", "has", "have", "had", "been", "being", "be", "will", "would"];

/// "Four Chileans detained in Peru were freed", "citizens of Peru kidnapped last week by rebels":
/// a participle of a verb of coercion or force (CAMEO 17 and above, not a mutual act:
/// `mutual_verbs.txt`) right after a name and before a phrase of place or time (not "at least"),
/// with a finite verb later in the sentence (before `end`), is a passive without "be" — the name
/// is what was done to. Not after a pronoun ("gunmen loyal to him fired on"), nor when a noun of
/// a phrase opened by a determiner stands before the name: "the damage Peru inflicted on Chile" is
/// a relative clause whose object is that noun.
pub(super) fn reduced_relative_passive(a: &Analysis, t: usize, end: usize) -> bool {
    const MAX_HEAD_WORDS: usize = 3;
    let (w, next) = (lower(a, t), lower(a, t + 1));
    let forceful = CAMEO_VERBS.get(w).is_some_and(|(lemma, root)| *root >= COERCE && !MUTUAL_VERBS.contains(lemma));
    let place_or_time = (LOCATIVE.contains(&next) && !(next == "at" && matches!(lower(a, t + 2), "least" | "most")))
        || TIME_PREPOSITIONS.contains(&next)
        || matches!(next, "on" | "during" | "last");
    if !(w.ends_with("ed") && forceful && place_or_time && (t + 2..end).any(|v| finite(lower(a, v)))) {
        return false;
    }
    let Some(m) = name_ending_at(a, t).filter(|m| !m.pronoun) else { return false };
    // The noun phrase before the name: plain words (no function or number word) back to a determiner.
    let noun_words = (m.first_token.saturating_sub(MAX_HEAD_WORDS)..m.first_token)
        .rev()
        .take_while(|&u| {
            let w = lower(a, u);
            plain_word(a, u) && !FUNCTION_WORDS.contains(&w) && !NUMBER_WORDS.contains(&w)
        })
        .last();
    let object_of_a_relative = noun_words
        .and_then(|u| u.checked_sub(1))
        .is_some_and(|d| DETERMINERS.contains(&lower(a, d)) || matches!(lower(a, d), "a" | "an"));
    !object_of_a_relative
}

/// The role of the party `k` in the event the noun at `trigger` tells, from the words that join
/// them: after the noun "on", "against" or "targeting" (and "of" for the nouns whose "of" names
/// what is done to, not who does it) make the target, "by" the source, as does a possessive
/// before a noun whose target follows ("Russia's invasion of Ukraine"; "Navalny's arrest" alone
/// says nothing). Nouns of roots below 09 (talks, agreements, aid, a ceasefire) keep every party a
/// participant, as do the sides of "clashes between X and Y" ("between" and "with" are no such words).
pub(super) fn nominal_role(a: &Analysis, ents: &[usize], trigger: usize, root: u8, k: usize) -> Role {
    if root < INVESTIGATE {
        return Role::Participant;
    }
    let m = &a.entities[k];
    if m.first_token > trigger {
        // "sanctions on Iraq and a Greek embargo": a name before another event noun is that one's
        // (not across a preposition: "the blockade by X during the war" is X's blockade).
        let mut after = m.end_token;
        while after < m.end_token + MAX_MODIFIERS
            && plain_word(a, after)
            && !is_preposition(lower(a, after))
            && !TIME_PREPOSITIONS.contains(&lower(a, after))
            && !matches!(lower(a, after), "during" | "amid" | "until" | "throughout")
            && !NOMINAL.contains_key(lower(a, after))
        {
            after += 1;
        }
        if NOMINAL.contains_key(lower(a, after)) {
            return Role::Participant;
        }
        let role_of = |p: usize| match lower(a, p) {
            "by" => Some(Role::Source),
            "on" | "to" if laid_on_its_doer(a, trigger) => Some(Role::Source),
            w if target_preposition(w, root) => Some(Role::Target),
            _ => None,
        };
        let Some(opener) = preposition_before(a, ents, m.first_token, trigger) else { return Role::Participant };
        if opener == trigger + 1 {
            return role_of(opener).unwrap_or(Role::Participant);
        }
        // The names of a phrase right after the noun ("the raid by X", "the coup against X") that
        // end a few words before the opener (the cheap test first: a bounded scan per name).
        const PASSIVE_WORDS: usize = 6;
        let first_phrase_ends = || {
            ents.iter().map(|&j| &a.entities[j]).filter(|first| {
                first.first_token > trigger
                    && first.end_token <= opener
                    && opener - first.end_token <= PASSIVE_WORDS
                    && role_of(trigger + 1).is_some()
                    && preposition_before(a, ents, first.first_token, trigger) == Some(trigger + 1)
            })
        };
        // "the raid by X on Y", "the arrest of X by Y": a second phrase right after the first's name.
        let second = role_of(opener).filter(|_| lower(a, opener) != "of");
        if let Some(role) = second.filter(|_| first_phrase_ends().any(|first| first.end_token == opener)) {
            return role;
        }
        // "The coup against X was led by Y": the passive may follow the noun's own phrase.
        let passive = passive_of_the_noun(a, trigger, opener)
            || first_phrase_ends().any(|first| passive_of_the_noun(a, first.end_token - 1, opener));
        let after_its_target = done_to_then_by(a, trigger, opener, root);
        return if lower(a, opener) == "by" && (passive || after_its_target) {
            Role::Source
        } else {
            Role::Participant
        };
    }
    // "Thaksin was ousted in a coup", "two Kenyan soldiers were killed in an ambush".
    if suffers_it(a, m.end_token, trigger, root) {
        return Role::Target;
    }
    // "Coalition forces conducted 23 strikes against X": the subject of a light verb does what
    // its object names.
    if subject_of_a_light_verb(a, end_of_its_list(a, m.end_token, trigger), trigger) {
        return Role::Source;
    }
    // "Russia's invasion of Ukraine", "Kenya's arrest of two journalists".
    let possessive = possessive_mark(lower(a, m.end_token));
    let modifiers = m.end_token + 1..trigger;
    if possessive
        && modifiers.len() <= MAX_MODIFIERS
        && modifiers.clone().all(|t| plain_word(a, t))
        && target_preposition(lower(a, trigger + 1), root)
    {
        Role::Source
    } else {
        Role::Participant
    }
}

/// "The coup was led by X", "the raid, which was carried out by X", "an attack claimed by X": the
/// noun ending at `trigger` is the subject of the passive whose "by" is at `by`: forms of "be", then the
/// participle and at most a particle ("carried out") — "was upheld last week by" is too far.
fn passive_of_the_noun(a: &Analysis, trigger: usize, by: usize) -> bool {
    const IRREGULAR: &[&str] = &["led", "made", "done", "fought", "taken", "undertaken", "begun", "set"];
    const PARTICLES: &[&str] = &["out", "off", "up", "down"];
    let mut t = trigger + 1;
    if lower(a, t) == "," && matches!(lower(a, t + 1), "which" | "that") {
        t += 2;
    } else if matches!(lower(a, t), "which" | "that") {
        t += 1;
    } else if lower(a, t) == "," {
        // "The bombing, claimed by X, …": a participle aside on the noun.
        t += 1;
    } else if let Some(participle) = after_the_nouns_own_phrase(a, t, by) {
        // "the attack on a hotel in Mogadishu claimed by X".
        t = participle;
    }
    while t < by && BE.contains(&lower(a, t)) {
        t += 1;
    }
    let participle = lower(a, t);
    let particle = by == t + 2 && PARTICLES.contains(&lower(a, t + 1));
    (by == t + 1 || particle) && plain_word(a, t) && (participle.ends_with("ed") || IRREGULAR.contains(&participle))
}

/// Words of an event noun's own phrase read at most before a participle.
const OWN_PHRASE_WORDS: usize = 8;

/// "the attack on a hotel in Mogadishu claimed by X", "the attack on the base was carried out by
/// X": from `from`, the noun's own phrase — opened by a preposition, then plain words, determiners,
/// names and prepositions, no comma and no verb — runs up to a participle of doing (perhaps after
/// forms of "be") (`doing_participles.txt`) right before "by" (or before a
/// particle and "by", at `by`); the participle's token. Another participle there tells of the
/// phrase's last noun ("strikes on buildings used by X").
fn after_the_nouns_own_phrase(a: &Analysis, from: usize, by: usize) -> Option<usize> {
    let participle = if by >= 2 && matches!(lower(a, by - 1), "out" | "off" | "up" | "down") { by - 2 } else { by - 1 };
    // "the attack on the base was carried out by X": the passive's auxiliaries end the phrase.
    let mut end = participle;
    while end > from && BE.contains(&lower(a, end - 1)) {
        end -= 1;
    }
    let phrase = from..end;
    let word = |t: usize| {
        let w = lower(a, t);
        w.chars().any(char::is_alphabetic) && !verb_like(w) && w != "," && w != "and"
    };
    (participle > from
        && DOING_PARTICIPLES.contains(&lower(a, participle))
        && phrase.len() <= OWN_PHRASE_WORDS
        && (is_preposition(lower(a, from)) || matches!(lower(a, from), "on" | "of"))
        && phrase.clone().all(word))
    .then_some(participle)
}

/// "the killing of three farmers near Hebron by X", "the shelling of the town of Y by X": after
/// the noun at `trigger`, a phrase naming what is done to (opened by a preposition that does so
/// for its root: "of", "on", "against") and running on without a comma or a verb — plain words,
/// names, numbers and prepositions — ends at the "by" at `by`, which names the doer. A
/// participle in the phrase takes the "by" itself ("strikes on buildings used by X").
fn done_to_then_by(a: &Analysis, trigger: usize, by: usize, root: u8) -> bool {
    let phrase = trigger + 2..by;
    let word = |t: usize| {
        let w = lower(a, t);
        w.chars().any(char::is_alphanumeric) && !verb_like(w) && !w.ends_with("ed") && !IRREGULAR_PAST.contains(&w)
    };
    lower(a, by) == "by"
        && by > trigger + 2
        && target_preposition(lower(a, trigger + 1), root)
        && phrase.len() <= OWN_PHRASE_WORDS
        && phrase.clone().all(word)
}

/// "X was ousted in a coup", "X soldiers were killed by an airstrike", "X troops died in the
/// attack": between a name ending at `end` and the event noun at `trigger` of coercion or force
/// stand at most two plain nouns, a passive of a verb of coercion or force (or "died"), "in",
/// "during" or "by", and the noun's determiners, numbers and modifiers — the name suffers it.
fn suffers_it(a: &Analysis, end: usize, trigger: usize, root: u8) -> bool {
    const MAX_SUBJECT_NOUNS: usize = 2;
    if root < COERCE {
        return false;
    }
    let forceful = |t: usize| CAMEO_VERBS.get(lower(a, t)).is_some_and(|&(_, r)| r >= COERCE);
    let mut t = end;
    while t < trigger && t - end < MAX_SUBJECT_NOUNS && plain_word(a, t) && !BE.contains(&lower(a, t)) && !forceful(t) {
        t += 1;
    }
    let be = t;
    while t < trigger && BE.contains(&lower(a, t)) {
        t += 1;
    }
    if t < trigger && lower(a, t).ends_with("ly") && plain_word(a, t) {
        t += 1;
    }
    let passive = t > be || matches!(lower(a, t), "died" | "dies");
    if !(passive && forceful(t) && matches!(lower(a, t + 1), "in" | "during" | "by")) {
        return false;
    }
    let after = t + 2;
    trigger >= after && trigger - after <= MAX_MODIFIERS && (after..trigger).all(|t| modifier(a, t))
}

/// "X conducted 23 strikes", "X forces have carried out raids", "X launched an offensive": between
/// a name ending at `end` and the event noun at `trigger` stand at most two plain nouns ("military
/// forces"), auxiliaries, a light verb of `light_verbs.txt` (and "out"), and the noun's
/// determiners, numbers and modifiers.
/// A claim of the act too: "X claimed responsibility for the bombing" (`claim_nouns.txt`, "for").
fn subject_of_a_light_verb(a: &Analysis, end: usize, trigger: usize) -> bool {
    const AUXILIARIES: &[&str] = &["have", "has", "had", "also", "reportedly", "allegedly"];
    const MAX_SUBJECT_NOUNS: usize = 2;
    let claims =
        |t: usize| inflects("claim", lower(a, t)) && CLAIM_NOUNS.contains(&lower(a, t + 1)) && lower(a, t + 2) == "for";
    let Some(verb) =
        (end..trigger).find(|&t| LIGHT_VERBS.iter().any(|lemma| inflects(lemma, lower(a, t))) || claims(t))
    else {
        return false;
    };
    let before = end..verb;
    let nouns = before.clone().filter(|&t| !AUXILIARIES.contains(&lower(a, t))).count();
    let mut after = verb + 1;
    if claims(verb) {
        after += 2;
    } else if lower(a, after) == "out" {
        after += 1;
    }
    nouns <= MAX_SUBJECT_NOUNS
        && before.clone().all(|t| plain_word(a, t))
        && trigger - after <= MAX_MODIFIERS
        && (after..trigger).all(|t| modifier(a, t))
}

/// "Chile, Peru and Bolivia launched strikes": from a name ending at `end`, the end of the last
/// name listed after it (", ", "and", "or", ", and" before each; the list closed by "and" or
/// "or"), before `trigger` — the names of a list share the role of the one next to the verb.
fn end_of_its_list(a: &Analysis, end: usize, trigger: usize) -> usize {
    // A list closes with "and" or "or": "In support of X, Coalition aircraft conducted …" is none.
    let (mut end, mut closed) = (end, end);
    for _ in 0..MAX_LISTED {
        let mut t = end;
        while t < trigger && t < end + 2 && matches!(lower(a, t), "," | "and" | "or") {
            t += 1;
        }
        match name_starting_at(a, t).filter(|next| t > end && next.end_token <= trigger) {
            Some(next) => {
                if (end..t).any(|u| matches!(lower(a, u), "and" | "or")) {
                    closed = next.end_token;
                }
                end = next.end_token;
            }
            None => break,
        }
    }
    closed
}

/// "blamed the attack on X", "blames Saturday's bombing on X", "attributed the raid to X": the noun
/// at `trigger` is the object of a verb of `attributing_verbs.txt`, so its "on" (or "to") names the doer.
fn laid_on_its_doer(a: &Analysis, trigger: usize) -> bool {
    let mut t = trigger;
    for _ in 0..MAX_MODIFIERS + 2 {
        let Some(before) = t.checked_sub(1) else { return false };
        let w = lower(a, before);
        if ATTRIBUTING_VERBS.contains(&w) {
            return true;
        }
        // "Saturday's", "the group's": a possessive and its word.
        let possessive = possessive_mark(w) && before > 0;
        if !(possessive || modifier(a, before) || a.starts_a_name(before)) {
            return false;
        }
        t = if possessive { before - 1 } else { before };
    }
    false
}

/// "on", "against" and "targeting" name what an event of a stance or of force is done to; "of"
/// does so after nouns of disapproval and of measures and force ("the arrest of", "criticism of"),
/// not after a show of force ("the deployment of X's troops") or a protest ("a rally of X's
/// supporters").
fn target_preposition(w: &str, root: u8) -> bool {
    match w {
        "on" | "against" | "targeting" => root != FORCE_POSTURE,
        "of" => root == INVESTIGATE || root == DISAPPROVE || root >= REDUCE_RELATIONS,
        _ => false,
    }
}

/// "Eritrean troops fought alongside Ethiopian forces against the TPLF", "fought in the war on the
/// side of the government of X": a name after the verb at `trigger` in a phrase opened by
/// "alongside", "beside" or "on the side of" stands on the subject's side. A few plain words and
/// "of" may stand between ("alongside the federal army of X"); another preposition ends the
/// phrase ("alongside militias against X": X is no ally).
pub(super) fn beside_the_subject(a: &Analysis, first: usize, trigger: usize) -> bool {
    const REACH: usize = 2 * MAX_MODIFIERS;
    let on_the_side_of = |t: usize| {
        t >= 2
            && lower(a, t) == "side"
            && lower(a, t - 1) == "the"
            && lower(a, t - 2) == "on"
            && lower(a, t + 1) == "of"
    };
    for t in (trigger + 1..first).rev().take(REACH) {
        let w = lower(a, t);
        if matches!(w, "alongside" | "beside") || on_the_side_of(t) {
            return true;
        }
        if !plain_word(a, t) || (w != "of" && is_preposition(w)) {
            return false;
        }
    }
    false
}

/// The preposition that opens the phrase of the name starting at `first`, after the noun at
/// `trigger`: skips a few determiners and plain words ("against the new"), and names listed
/// before it with "," or "and" ("on Jordan, Egypt and Israel").
fn preposition_before(a: &Analysis, ents: &[usize], first: usize, trigger: usize) -> Option<usize> {
    let mut t = first;
    for _ in 0..MAX_LISTED {
        let mut skipped = 0;
        while t > trigger + 1 && skipped < MAX_MODIFIERS {
            if modifier(a, t - 1) {
                t -= 1;
            } else if t >= trigger + 3 && lower(a, t - 1) == "of" && PART_NOUNS.contains(&lower(a, t - 2)) {
                // "against five senior members of X": the phrase goes on before the part it names.
                t -= 2;
                continue;
            } else if let Some(&owner) = possessor_before(a, ents, t) {
                // "a raid on Kenya's Standard Media Group": the owner's name is part of the phrase.
                t = a.entities[owner].first_token;
            } else {
                break;
            }
            skipped += 1;
        }
        if t <= trigger + 1 {
            return None;
        }
        let w = lower(a, t - 1);
        if !matches!(w, "," | "and") {
            return Some(t - 1);
        }
        let mut end = t - 1;
        if w == "and" && end > trigger + 1 && lower(a, end - 1) == "," {
            end -= 1;
        }
        let listed = ents.iter().find(|&&j| a.entities[j].end_token == end)?;
        t = a.entities[*listed].first_token;
    }
    None
}

/// The name that owns the word at `t` ("Kenya" in "Kenya's Standard Media Group").
fn possessor_before<'e>(a: &Analysis, ents: &'e [usize], t: usize) -> Option<&'e usize> {
    let mark = t.checked_sub(1)?;
    if !possessive_mark(lower(a, mark)) {
        return None;
    }
    ents.iter().find(|&&j| a.entities[j].end_token == mark)
}

/// An article or determiner, a number, a title ("President") or a plain word that is no function
/// word or preposition ("the rebel-held town", "23", not "the border between").
fn modifier(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    DETERMINERS.contains(&w)
        || matches!(w, "a" | "an")
        || (w.starts_with(|c: char| c.is_ascii_digit()) && w.chars().all(|c| c.is_ascii_digit() || c == ','))
        || is_title_word(a, t)
        || (plain_word(a, t) && inside_a_noun_phrase(w) && w != "targeting")
}
