//! What the event and relation rules see of one sentence ([`SentenceContext`]), and the word
//! tests they share: lower-cased tokens, cue matching, clause starts, place prepositions.

use super::analysis::Analysis;
use super::entities::EntityMention;
use super::lexicon::{
    ADVERBS_BEFORE_VERBS, CAMEO_VERBS, CLAUSE_BARRIERS, DETERMINERS, FINITE_AUXILIARIES, FUNCTION_WORDS, HOST_VERBS,
    IRREGULAR_PAST, LOCATIVE, MEDIATOR_VERBS, NEARNESS_WORDS, NOMINAL_TRIGGERS, NUMBER_WORDS, OBJECT_CONTROL_VERBS,
    PARTY_PREPOSITIONS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, REPORTING_VERBS, SUBORDINATORS, TITLES,
    is_compass_adjective, is_compass_word,
};
use super::sentences::Sentence;
use super::tokenize::{Qualifier, compound_qualifier, leading_stance};

/// One sentence of an analysed article, with its entity mentions.
#[derive(Clone, Copy)]
pub struct SentenceContext<'a> {
    pub text: &'a str,
    pub a: &'a Analysis,
    pub sentence: &'a Sentence,
    /// The sentence's index in the article.
    pub index: usize,
    /// The sentence's entity mentions (indices into `a.entities`), in text order.
    pub entities: &'a [usize],
}

impl SentenceContext<'_> {
    /// The entity mention covering token `tok`, if any.
    pub fn entity_at(&self, tok: usize) -> Option<usize> {
        let a = self.a;
        self.entities.iter().copied().find(|&k| a.entities[k].first_token <= tok && tok < a.entities[k].end_token)
    }
}

/// Token `i` lower-cased ("" past the end).
pub fn lower(a: &Analysis, i: usize) -> &str {
    a.lowered.get(i).map_or("", String::as_str)
}

pub fn matches_at(a: &Analysis, i: usize, words: &[&str]) -> bool {
    words.iter().enumerate().all(|(k, w)| lower(a, i + k) == *w)
}

/// Start of the clause around token `i` (a comma, semicolon, colon or dash before it).
pub fn clause_start(text: &str, a: &Analysis, first: usize, i: usize) -> usize {
    (first..i).rev().find(|&k| matches!(a.tokens[k].text(text), "," | ";" | ":" | "—" | "–")).map_or(first, |k| k + 1)
}

/// Is the name the object of a place preposition ("strikes in Syria", "near the Iraqi border")?
/// Such a name says where, not who.
pub fn after_locative(a: &Analysis, first: usize, m: &EntityMention) -> bool {
    let mut t = m.first_token;
    while t > first && matches!(lower(a, t - 1), "the" | "northern" | "southern" | "eastern" | "western") {
        t -= 1;
    }
    t > first
        && matches!(lower(a, t - 1), "in" | "at" | "near" | "inside" | "outside" | "across" | "throughout" | "into")
}

/// A lower-case word that can only be a finite verb here: an auxiliary, a reporting or clause
/// word, an inflected event verb.
pub fn finite(w: &str) -> bool {
    FINITE_AUXILIARIES.contains(&w)
        || CLAUSE_BARRIERS.contains(&w)
        || CAMEO_VERBS.get(w).is_some_and(|(lemma, _)| *lemma != w)
}

/// A form of "be" or "become" joining a subject to what it is ("X is a …", "X became a …").
pub fn is_copula(w: &str) -> bool {
    matches!(w, "is" | "was" | "are" | "were" | "became" | "becomes")
}

/// A clause's verb as the rules spot one: a [`finite`] word, or any word in "-ed" ("weighed",
/// "ousted") — a participle or a past tense.
pub fn verb_like(w: &str) -> bool {
    finite(w) || (w.len() > 4 && w.ends_with("ed"))
}

/// The mention that ends right before token `t`, if one does (mentions are sorted by where they
/// start and do not overlap).
pub fn name_ending_at(a: &Analysis, t: usize) -> Option<&EntityMention> {
    let i = a.entities.partition_point(|e| e.first_token < t);
    i.checked_sub(1).map(|i| &a.entities[i]).filter(|m| m.end_token == t)
}

/// A mention ends right before token `t`.
pub fn name_ends_at(a: &Analysis, t: usize) -> bool {
    name_ending_at(a, t).is_some()
}

/// "if Peru closes the border", "when the United States imposes tariffs": a plain word in "-s"
/// (not "-ss") right after a name — its subject — is a verb in the present tense. Only where a
/// clause is expected: after a subordinator and its subject.
pub fn present_after_a_name(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && plain_word(a, t) && name_ends_at(a, t)
}

/// "saying", "adding", "claiming": the participle of a reporting verb (`reporting_verbs.txt`).
pub fn reporting_participle(w: &str) -> bool {
    w.strip_suffix("ing").is_some_and(|stem| {
        stem.len() > 2
            && REPORTING_VERBS
                .iter()
                .any(|form| form.strip_prefix(stem).is_some_and(|end| matches!(end, "s" | "es" | "ed")))
    })
}

/// A locative or party preposition ("in", "of", "from", "with", "against"), "by" or "for".
pub fn is_preposition(w: &str) -> bool {
    LOCATIVE.contains(&w) || PARTY_PREPOSITIONS.contains(&w) || matches!(w, "by" | "for")
}

/// A verb in the past tense as the rules spot one: a word in "-ed" or an irregular past ("signed",
/// "met").
pub fn past_tense(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed")) || IRREGULAR_PAST.contains(&w)
}

/// A possessive mark after a name: "'s", "’s", or a bare apostrophe ("the Netherlands'").
pub fn possessive_mark(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'")
}

/// "the Oslo-based operator", "Iranian-backed militias", "United Nations-sponsored talks": the
/// [`Qualifier`] a mention is the name of, when its one token is such a compound or it ends
/// inside one (at the compound's hyphen).
pub fn qualifier_of(a: &Analysis, m: &EntityMention) -> Option<Qualifier> {
    let last = m.end_token - 1;
    (m.end_token == m.first_token + 1 || m.end < a.tokens[last].end)
        .then(|| compound_qualifier(lower(a, last)))
        .flatten()
        // "pro-Syrian militants", "the counter-ISIL coalition": the name after a stance prefix.
        .or_else(|| {
            let (q, at) = leading_stance(lower(a, m.first_token))?;
            (m.start == a.tokens.get(m.first_token)?.start + at).then_some(q)
        })
}

/// A lower-case word that keeps a noun phrase going: no function word, no place preposition
/// ("a U.S.-owned security firm" — but "… firm in Kabul" ends at "in").
pub fn inside_a_noun_phrase(w: &str) -> bool {
    w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&w) && !LOCATIVE.contains(&w)
}

/// "Coalition aircraft struck ISIL, in support of Iraqi forces": no finite verb between the
/// sentence's first token `first` and token `t`, so a name there belongs to the sentence's subject.
pub fn before_the_first_verb(a: &Analysis, first: usize, t: usize) -> bool {
    !(first..t).any(|k| finite(lower(a, k)))
}

/// "X accused the militants …, and Y condemned the attack": a coordinated clause with a subject
/// of its own opens between tokens `from` and `to` — a comma, a coordinator ("and", "but", "while",
/// "yet"), a short subject of up to five words (its determiner aside) starting at or before `to`,
/// and a finite verb (an inflected event verb, a reporting verb or an auxiliary). A name in that
/// clause is not an object of a trigger or cue at `from`.
pub fn coordinated_clause_between(a: &Analysis, from: usize, to: usize) -> bool {
    const MAX_SUBJECT: usize = 5;
    (from + 1..to.saturating_sub(1)).any(|comma| {
        if lower(a, comma) != "," || !matches!(lower(a, comma + 1), "and" | "but" | "while" | "yet") {
            return false;
        }
        let mut subject = comma + 2;
        if DETERMINERS.contains(&lower(a, subject)) {
            subject += 1;
        }
        subject <= to
            && (subject + 1..=subject + MAX_SUBJECT)
                .find(|&v| {
                    let w = lower(a, v);
                    w.is_empty() || !w.chars().any(char::is_alphanumeric) || finite(w)
                })
                .is_some_and(|v| v > subject && finite(lower(a, v)))
    })
}

/// "… was appointed by António Guterres, and she mediated talks": after a clause with a finite
/// verb (from `first`, the sentence's start), a clause coordinated after token `from` (", and" /
/// ", but" …) with a subject of its own — a pronoun, a determiner or a name, not a verb sharing
/// the first clause's subject — whose finite verb comes by `to`. A name before it is no party to
/// a trigger inside it. "Chile, Peru, and Bolivia signed" has no verb before the comma: a list,
/// not two clauses.
pub fn own_clause_after(a: &Analysis, first: usize, from: usize, to: usize) -> bool {
    let Some(verb) = (first..to).find(|&t| finite(lower(a, t))) else { return false };
    (from.max(verb) + 1..to.saturating_sub(1)).any(|comma| {
        let own_subject = PERSONAL_PRONOUNS.contains(&lower(a, comma + 2))
            || matches!(lower(a, comma + 2), "they" | "we" | "it")
            || DETERMINERS.contains(&lower(a, comma + 2))
            || a.starts_a_name(comma + 2);
        own_subject && comma + 2 < to && coordinated_clause_between(a, comma - 1, to)
    })
}

/// "The attack came hours after the president appeared at a rally in Cusco": a subordinate
/// clause (a subordinator — after, before, when, while, because … — then a finite verb, or a
/// word in "-ed", within a few words) opens between tokens `from` and `to`; a place inside it is
/// where that clause happened. "after midnight in Cusco" has no verb: no clause.
pub fn subordinate_clause_between(a: &Analysis, from: usize, to: usize) -> bool {
    const MAX_SUBJECT: usize = 6;
    (from + 1..to).any(|t| {
        SUBORDINATORS.contains(&lower(a, t)) && (t + 2..(t + 2 + MAX_SUBJECT).min(to)).any(|v| verb_like(lower(a, v)))
    })
}

/// "summoned the ambassador to protest the detention of staff in Tehran": an infinitive ("to"
/// and an event verb's plain form, or any plain verb with an article opening its object) opens
/// between tokens `from` and `to` — a purpose or a plan with its own verb; a place after it is
/// where that verb's action would be. Common verbs without such an object (`verb_stoplist.txt`)
/// are left out: "talks set to take place in Doha", "to be held in Oslo" give the talks' own place.
pub fn infinitive_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from + 1..to.saturating_sub(1)).any(|t| {
        let verb = lower(a, t + 1);
        // A common verb counts when its object opens with an article ("to lead a mission in X",
        // "to close the border at Y"): "to" with a noun ("to peace talks") takes none.
        let with_object = plain_word(a, t + 1)
            && !DETERMINERS.contains(&verb)
            && matches!(lower(a, t + 2), "a" | "an" | "the" | "its" | "their");
        lower(a, t) == "to" && (CAMEO_VERBS.get(verb).is_some_and(|(lemma, _)| *lemma == verb) || with_object)
    })
}

/// "known as", "described as", "such as", "as well as", "as part of": "as" at `s` after a
/// participle or those words opens a noun phrase, not a clause.
fn as_opens_a_phrase(a: &Analysis, s: usize) -> bool {
    let before = if s > 0 { lower(a, s - 1) } else { "" };
    matches!(lower(a, s + 1), "well" | "if" | "though" | "part")
        || matches!(before, "such" | "well" | "so" | "same" | "known" | "seen")
        || before.ends_with("ed")
}

/// "expelled the ambassador as ECOWAS weighed sanctions", "arrested two men after Kenya had
/// closed the border": a subordinator after token `from` opens a clause whose subject is the
/// mention `m` — at most a few determiners and plain words between them, and a finite verb (or a
/// word in "-ed") within a few plain words after the name.
pub fn subject_of_a_later_clause(a: &Analysis, from: usize, m: &EntityMention) -> bool {
    const MAX_BEFORE_NAME: usize = 3;
    const MAX_AFTER_NAME: usize = 3;
    let opener = (from + 1..m.first_token).rev().take(MAX_BEFORE_NAME + 1).find(|&s| {
        let w = lower(a, s);
        SUBORDINATORS.contains(&w) && !(w == "as" && as_opens_a_phrase(a, s))
    });
    // "killed in an airstrike as he was leaving": a pronoun may stand for a party of the main clause.
    let pronoun =
        PERSONAL_PRONOUNS.contains(&lower(a, m.first_token)) || matches!(lower(a, m.first_token), "they" | "it");
    let Some(opener) = opener.filter(|_| !pronoun) else { return false };
    let plain = |t: usize| DETERMINERS.contains(&lower(a, t)) || plain_word(a, t) || matches!(lower(a, t), "'s" | "’s");
    (opener + 1..m.first_token).all(plain)
        && (m.end_token..m.end_token + MAX_AFTER_NAME)
            .take_while(|&t| t == m.end_token || plain(t - 1))
            .any(|v| (verb_like(lower(a, v)) || present_after_a_name(a, v)) && plain_word(a, v))
}

/// "Israeli strikes kill 18 in Gaza as ceasefire talks resume in Cairo", "…, as Egyptian mediators
/// hosted talks": a subordinate clause opens after token `from` (where a name ends) and holds the
/// trigger at `trigger` — a subordinator with no comma from it to the trigger (not "such as" or
/// "as well as"), and then either a verb (finite, or a word in "-ed") before the trigger, or the
/// trigger ending the clause's subject: up to four plain words, none a function word, then one
/// more plain word (the verb, "resume") before a preposition, a comma or the sentence's end. A
/// name before the subordinator belongs to the main clause, not to the subordinate one's trigger —
/// unless the clause's subject is a pronoun, which may stand for that name ("as they fought").
pub fn opens_a_later_clause(a: &Analysis, from: usize, trigger: usize) -> bool {
    const MAX_SUBJECT: usize = 4;
    // A clause's subordinator stands within this many tokens of its trigger (bounded work per pair).
    const MAX_REACH: usize = 24;
    let function_word = |t: usize| crate::nlp::lexicon::FUNCTION_WORDS.contains(&lower(a, t));
    // No comma between the subordinator and the trigger: only subordinators after the last one.
    let reach = from.max(trigger.saturating_sub(MAX_REACH));
    let after_comma = (reach..trigger).rev().find(|&t| lower(a, t) == ",").map_or(reach, |comma| comma + 1);
    (after_comma..trigger).any(|s| {
        let w = lower(a, s);
        // "known as", "described as", "such as", "as well as": "as" after a participle or those
        // words opens a noun phrase, not a clause.
        let preposition_as = w == "as" && as_opens_a_phrase(a, s);
        // "… as they fought in a battle": the clause's pronoun subject may be the name itself.
        let pronoun_subject = PERSONAL_PRONOUNS.contains(&lower(a, s + 1)) || matches!(lower(a, s + 1), "they" | "it");
        if !SUBORDINATORS.contains(&w) || preposition_as || pronoun_subject {
            return false;
        }
        // The trigger itself may be a noun with a verb's spelling ("talks"); "U.S.-led" is no verb;
        // a relative clause inside ("as the only states that have signed") is the noun's.
        let verb_by_trigger = !(s + 1..trigger)
            .any(|t| RELATIVE_PRONOUNS.contains(&lower(a, t)) || lower(a, t) == "that")
            && (s + 2..trigger).any(|v| {
                let w = lower(a, v);
                plain_word(a, v) && !w.ends_with("ing") && verb_like(w)
            });
        let subject_ends = trigger - s <= MAX_SUBJECT
            && (s + 1..=trigger).all(|t| plain_word(a, t) && !function_word(t))
            && plain_word(a, trigger + 1)
            && !function_word(trigger + 1)
            && {
                let after = lower(a, trigger + 2);
                after.is_empty() || after == "," || after == "." || AFTER_A_CLAUSE_VERB.contains(&after)
            };
        verb_by_trigger || subject_ends
    })
}

/// Words that may follow a subordinate clause's verb ("talks resume in Cairo", "… on Monday").
const AFTER_A_CLAUSE_VERB: &[&str] = &["in", "at", "on", "near", "after", "for", "with", "today", "tomorrow"];

/// "MINUSMA withdrew at the request of the government, which turned to Moscow": a relative
/// clause (a comma, then "which", "who", "whom" or "whose") opens between tokens `from` and `to`;
/// a name inside it belongs to the clause's own predicate, not to a trigger at `from`.
pub fn relative_clause_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from + 1..to.saturating_sub(1))
        .any(|comma| lower(a, comma) == "," && RELATIVE_PRONOUNS.contains(&lower(a, comma + 1)))
}

/// For each token of the sentence `[first, end)`, the relative clause ("…, which …", "…, who …",
/// "an officer who …") that holds it: the token of the comma that opens it (of the pronoun for a
/// clause without a comma), or `None` outside any. A clause after a comma ends at a comma before
/// a finite verb ("X, who hosted talks, welcomed the accord") and otherwise runs to the sentence's
/// end ("…, which condemned the attacks in Paris, including those in Sousse"); one without a
/// comma ends at the next comma that does not go on with a list of names ("diplomats who
/// attacked X, and the police …"). One pass over the sentence.
pub fn relative_clauses(a: &Analysis, first: usize, end: usize) -> Vec<Option<usize>> {
    let mut open = None;
    let mut restrictive = false;
    (first..end)
        .map(|t| {
            if open.is_none() && t > first && opens_a_restrictive_clause(a, t) {
                (open, restrictive) = (Some(t), true);
            }
            let here = open;
            if lower(a, t) == "," {
                let next = lower(a, t + 1);
                if RELATIVE_PRONOUNS.contains(&next) {
                    (open, restrictive) = (Some(t), false);
                } else if finite_verb_form(next) || (restrictive && !a.starts_a_name(t + 1)) {
                    open = None;
                }
            }
            here
        })
        .collect()
}

/// "two diplomats who had attacked journalists", "the man whose convoy was hit", "militias that
/// attacked the base": a relative pronoun right after a word (no comma) opens a clause whose
/// subject is the noun before it. "who", "whom" and "whose" always do (an embedded question,
/// "did not say who fired", has its own subject too); "which" and "that" only before a finite
/// verb — before a noun they are a determiner or open what someone said ("said that Peru …").
fn opens_a_restrictive_clause(a: &Analysis, t: usize) -> bool {
    let (w, before) = (lower(a, t), lower(a, t - 1));
    let after_a_word = before.chars().next().is_some_and(char::is_alphanumeric);
    after_a_word
        && match w {
            "who" | "whom" | "whose" => true,
            "which" | "that" => finite_verb_form(lower(a, t + 1)),
            _ => false,
        }
}

/// An auxiliary or an inflected event verb, not an -ing form: a clause's own verb.
fn finite_verb_form(w: &str) -> bool {
    FINITE_AUXILIARIES.contains(&w) || CAMEO_VERBS.get(w).is_some_and(|(lemma, _)| *lemma != w) && !w.ends_with("ing")
}

/// "KYIV, March 3 (Reuters) -": a name in parentheses right before a dash credits the report's
/// source (a wire-service dateline); it takes part in nothing the sentence tells.
pub fn credits_a_source(a: &Analysis, m: &EntityMention) -> bool {
    m.first_token > 0
        && m.end_token + 1 < a.tokens.len()
        && lower(a, m.first_token - 1) == "("
        && lower(a, m.end_token) == ")"
        && matches!(lower(a, m.end_token + 1), "-" | "–" | "—" | "--")
}

/// "three commanders accused of directing attacks", "militants blamed for the bombing": the
/// participle of a verb whose object comes before "of"/"for"/"with" (accuse, blame, charge…),
/// with that preposition right after it, is a passive without "by" — the noun before it is the
/// one accused, and no accuser is named.
pub fn reduced_passive(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    w.ends_with("ed") && OBJECT_CONTROL_VERBS.contains(&w) && matches!(lower(a, t + 1), "of" | "for" | "with")
}

/// Token `t` is a word of letters that opens no name ("port", "officials"): part of a plain phrase.
pub fn plain_word(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    !w.is_empty() && !a.starts_a_name(t) && w.chars().all(char::is_alphabetic)
}

/// "founded in 2014 by X", "killed on Monday by Y", "seized last year by Z": a participle in -ed
/// whose "by" comes right after it or after a short phrase of time or place (opened by a
/// preposition, or by "last"/"this"/"earlier"; no comma, no name) is a passive — "by" names who did it.
pub fn passive_by(a: &Analysis, t: usize) -> bool {
    const MAX_PHRASE: usize = 4;
    if !lower(a, t).ends_with("ed") {
        return false;
    }
    if lower(a, t + 1) == "by" {
        return true;
    }
    let opens =
        matches!(lower(a, t + 1), "in" | "on" | "at" | "during" | "last" | "this" | "earlier" | "later" | "near");
    opens
        && (t + 2..=t + 1 + MAX_PHRASE).any(|by| {
            lower(a, by) == "by"
                && (t + 2..by).all(|u| !a.starts_a_name(u) && !matches!(lower(a, u), "," | "by" | "and" | ""))
        })
}

/// "Getachew Reda, a TPLF spokesman, headed the team", "China, which borders Shan State, has
/// brokered talks", "X, led by Y, hosted talks": the verb at `verb` follows an aside — a comma,
/// then a noun phrase opened by an article or a determiner (no clause inside), a relative clause
/// or a passive participle and "by", then a comma and at most an auxiliary or an adverb — on the
/// mention `ents` ends right before that first comma (or its parenthesised short name); the verb's
/// subject is that mention, not a name inside the aside. `first`: the sentence's first token.
pub fn subject_before_an_aside(a: &Analysis, ents: &[usize], first: usize, verb: usize) -> Option<usize> {
    const MAX_APPOSITIVE: usize = 14;
    let mut k = verb;
    while k > first && {
        let w = lower(a, k - 1);
        FINITE_AUXILIARIES.contains(&w)
            || w.ends_with("ly")
            || matches!(w, "later" | "also" | "then" | "still" | "once")
    } {
        k -= 1;
    }
    let closing = k.checked_sub(1).filter(|&c| c > first && lower(a, c) == ",")?;
    let opening = (closing.saturating_sub(MAX_APPOSITIVE).max(first)..closing).rev().find(|&c| lower(a, c) == ",")?;
    let opens_a_noun_phrase =
        matches!(lower(a, opening + 1), "a" | "an") || DETERMINERS.contains(&lower(a, opening + 1));
    let holds_a_clause = (opening + 1..closing).any(|t| {
        let w = lower(a, t);
        finite(w) || RELATIVE_PRONOUNS.contains(&w) || SUBORDINATORS.contains(&w)
    });
    let relative_clause = RELATIVE_PRONOUNS.contains(&lower(a, opening + 1));
    // "The Andean Front, led by X, attacked …": a passive participle and its doer.
    let participle_aside = past_tense(lower(a, opening + 1)) && lower(a, opening + 2) == "by";
    if !(opens_a_noun_phrase && !holds_a_clause || relative_clause || participle_aside) {
        return None;
    }
    // "the Sudanese Armed Forces (SAF), led by X, …": the short name in parentheses is the name's.
    let parenthesis = opening > first && lower(a, opening - 1) == ")";
    ents.iter()
        .copied()
        .find(|&e| a.entities[e].end_token == opening || (parenthesis && a.entities[e].end_token == opening - 1))
}

/// The mention that ends right before the comma at `comma`, or before a parenthesis closing
/// right before it ("the Sudanese Armed Forces (SAF), led by …": the short name's mention).
pub fn name_before_comma(a: &Analysis, comma: usize) -> Option<&EntityMention> {
    name_ending_at(a, comma)
        .or_else(|| (comma >= 2 && lower(a, comma - 1) == ")").then(|| name_ending_at(a, comma - 1)).flatten())
}

/// "The Andean Front, led by General Tomas Reyes, attacked …", "X, backed by Iran and Russia,
/// seized …", "rebels backed by Rwanda attacked …": a passive participle right after a comma that
/// follows a name or a noun, or right after a noun, then "by" (and title words) opens an aside on
/// that noun whose agents — the mention `m` and the names listed with it — do nothing the sentence
/// tells outside the aside. The aside's opening and closing tokens (commas; without commas, the
/// word before the participle and the verb after the agents), when `m` is such an agent and the
/// aside closes within a few words.
pub fn agent_of_a_participle_aside(a: &Analysis, m: &EntityMention) -> Option<(usize, usize)> {
    const MAX_LISTED: usize = 4;
    const MAX_AFTER: usize = 6;
    let first = a.sentences.get(m.sentence)?.first_token;
    let end = a.sentences[m.sentence].end_token;
    let mut t = m.first_token;
    for _ in 0..MAX_LISTED {
        while t > first
            && (is_title_word(a, t - 1) || matches!(lower(a, t - 1), "former" | "late"))
            && !a.starts_a_name(t - 1)
        {
            t -= 1;
        }
        if t < first + 3 {
            return None;
        }
        match lower(a, t - 1) {
            "by" => break,
            "and" | "," => t = name_ending_at(a, t - 1)?.first_token,
            _ => return None,
        }
    }
    let (by, participle) = (t - 1, lower(a, t - 2));
    let opening = t - 3;
    if lower(a, by) != "by" || !past_tense(participle) {
        return None;
    }
    // "a coup led by X", "the visit, led by Y,": the doer of an event noun takes part in it.
    let plain_noun = |u: usize| a_plain_noun(a, u) && !NOMINAL_TRIGGERS.iter().any(|&(w, _)| w == lower(a, u));
    let names_a_thing = |u: usize| name_ending_at(a, u + 1).is_some() || plain_noun(u);
    if lower(a, opening) == "," {
        if name_before_comma(a, opening).is_none() && !plain_noun(opening - 1) {
            return None;
        }
        let closing = (m.end_token..end.min(m.end_token + MAX_AFTER))
            .take_while(|&u| !verb_like(lower(a, u)))
            .find(|&u| lower(a, u) == ",")?;
        return Some((opening, closing));
    }
    // "rebels backed by Rwanda attacked Goma": without commas, a participle right after a noun
    // (no "was" or "has been" before it) is a reduced relative clause, closed by the next verb.
    if !names_a_thing(opening) {
        return None;
    }
    // The verb, not a gerund of the agents' phrase ("caused by Israel's bombing of …").
    let closing = (m.end_token..end.min(m.end_token + MAX_AFTER)).find(|&u| {
        let w = lower(a, u);
        verb_like(w)
            && !w.ends_with("ing")
            && !matches!(lower(a, u - 1), "'s" | "the" | "a" | "an")
            && !in_a_mention(a, u)
    })?;
    // "a case filed by X that accused Y": the verb of a relative clause on the same noun.
    let relative = |u: usize| lower(a, u) == "that" || RELATIVE_PRONOUNS.contains(&lower(a, u));
    if relative(closing) || relative(closing - 1) {
        return None;
    }
    Some((opening, closing))
}

/// Token `t` lies inside an entity mention ("United" of "the United States" is no verb).
pub fn in_a_mention(a: &Analysis, t: usize) -> bool {
    let i = a.entities.partition_point(|e| e.first_token <= t);
    i.checked_sub(1).is_some_and(|i| a.entities[i].end_token > t)
}

/// Token `t` is a plain word that can head a noun phrase: no function, number, verb-like word or
/// adverb ("rebels", "militia"; not "was", "been", "they", "later", "quickly").
pub fn a_plain_noun(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    let adverb = ADVERBS_BEFORE_VERBS.contains(&w) || (w.len() > 4 && w.ends_with("ly"));
    plain_word(a, t)
        && !FUNCTION_WORDS.contains(&w)
        && !NUMBER_WORDS.contains(&w)
        && !verb_like(w)
        && !adverb
        && !matches!(w, "been" | "be" | "being" | "get" | "got" | "gets" | "getting" | "become" | "became")
}

/// "Jilib, some 370 km southwest of Mogadishu": a bearing and "of" (and "the") right before the
/// mention `to` after the mention `from` (a few words between them) sets the two places apart —
/// neither lies in the other.
pub fn bearing_between(a: &Analysis, from: &EntityMention, to: &EntityMention) -> bool {
    const MAX_BETWEEN: usize = 8;
    if from.end_token > to.first_token || to.first_token - from.end_token > MAX_BETWEEN {
        return false;
    }
    bearing_before(a, to.first_token).is_some_and(|bearing| bearing >= from.end_token)
}

/// "in Diallassagou, said the mayor of the nearby town of Bankass", "raids in Darfur spread to
/// nearby Kordofan": a word of `nearness_words.txt` opening the phrase of the place `later` (a
/// determiner, a place noun and "of" may stand between) sets it beside the place `earlier` named
/// before it in the sentence, outside that place's own phrase — neither lies in the other. Not
/// beside a country, in which the nearby place may lie ("in Sudan … in nearby Kordofan"), nor
/// beside a place of the same phrase ("the Souray district of neighbouring Zabul").
pub fn beside_an_earlier_place(a: &Analysis, earlier: &EntityMention, later: &EntityMention) -> bool {
    const MAX_PHRASE: usize = 4;
    if earlier.end_token > later.first_token || earlier.kind == crate::model::NodeKind::Country {
        return false;
    }
    let phrase_word = |t: usize| plain_word(a, t) || lower(a, t) == "of";
    let Some(near) = (later.first_token.saturating_sub(MAX_PHRASE).max(earlier.end_token)..later.first_token)
        .rev()
        .take_while(|&t| phrase_word(t))
        .find(|&t| NEARNESS_WORDS.contains(&lower(a, t)))
    else {
        return false;
    };
    (earlier.end_token..near).any(|t| !phrase_word(t) || verb_like(lower(a, t)))
}

/// "(some 40 km) north of (the) <place>": the place starting at token `first` is the point a
/// bearing is taken from; the bearing's token.
pub fn bearing_before(a: &Analysis, first: usize) -> Option<usize> {
    let of = if first > 0 && lower(a, first - 1) == "the" { first - 1 } else { first };
    (of >= 2 && lower(a, of - 1) == "of")
        .then(|| of - 2)
        .filter(|&b| is_compass_word(lower(a, b)) && !is_compass_adjective(lower(a, b)))
}

/// "Chile's Mining Minister", "the War Secretary": a word written with a capital inside the
/// sentence (`first` is its first token) right before a capitalised title word is part of that
/// title.
pub fn part_of_a_title(text: &str, a: &Analysis, first: usize, t: usize) -> bool {
    let capitalised = |k: usize| a.tokens.get(k).is_some_and(|tok| text[tok.start..].starts_with(char::is_uppercase));
    t > first && capitalised(t) && capitalised(t + 1) && is_title_word(a, t + 1)
}

/// "The March 23 Movement (French: Mouvement du 23 mars)": token `t` is inside a parenthesis
/// opened by a language's name (one or two words) and a colon — a rendering in another
/// language, whose words tell nothing in English ("mars" is no verb). `first`: the sentence's
/// first token; the parenthesis is looked for at most a dozen tokens back.
pub fn in_a_foreign_gloss(a: &Analysis, first: usize, t: usize) -> bool {
    const MAX_GLOSS: usize = 12;
    let Some(open) = (t.saturating_sub(MAX_GLOSS).max(first)..t).rev().find(|&k| matches!(lower(a, k), "(" | ")"))
    else {
        return false;
    };
    let word = |k: usize| !lower(a, k).is_empty() && lower(a, k).chars().all(char::is_alphabetic);
    lower(a, open) == "("
        && word(open + 1)
        && (lower(a, open + 2) == ":" || (word(open + 2) && lower(a, open + 3) == ":"))
        && t > open + 2
}

/// "Speaking in London on Tuesday, the minister said: "The militia has besieged the city"": a
/// quotation opens (a quotation mark after a colon or a comma) between tokens `from` and `to` —
/// what is quoted has its own places and times, not those of the speaking.
pub fn quotation_opens_between(a: &Analysis, from: usize, to: usize) -> bool {
    (from.max(1)..to).any(|t| matches!(lower(a, t), "\"" | "“") && matches!(lower(a, t - 1), ":" | ","))
}

/// A title or a post at token `t` ("President", "Deputy", "general", "leader"), in any case.
pub fn is_title_word(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    TITLES.is_name_title(w) || TITLES.position.contains(&w)
}

/// "Nigerian President Olusegun Obasanjo": the person a name's title words lead to, when only
/// title words stand between the name (mention `k`) and the person ("US Secretary of State X").
pub fn titled_person_after(a: &Analysis, ents: &[usize], k: usize) -> Option<usize> {
    // "Secretary of State", "Minister for Foreign Affairs": a title runs on past "of"/"for".
    const MAX_TITLE: usize = 6;
    let end = a.entities[k].end_token;
    let mut t = end;
    let mut titled = false;
    let mut of_phrase = false;
    while t < end + MAX_TITLE && t < a.tokens.len() && !a.starts_a_name(t) {
        let w = lower(a, t);
        if is_title_word(a, t) {
            titled = true;
        } else if titled && matches!(w, "of" | "for") {
            of_phrase = true;
        } else if !(of_phrase && w.chars().all(char::is_alphabetic) && !w.is_empty()) {
            break;
        }
        t += 1;
    }
    titled
        .then(|| ents.iter().copied().find(|&j| a.entities[j].first_token == t))
        .flatten()
        .filter(|&j| a.entities[j].kind == crate::model::NodeKind::Person)
}

/// The mention is a possessive pronoun resolved to a person ("his", "her", "their"): it says whose
/// something is, and is no subject.
pub fn is_possessive_pronoun(a: &Analysis, m: &EntityMention) -> bool {
    m.pronoun && matches!(lower(a, m.first_token), "his" | "her" | "their")
}

pub fn same_target(a: &EntityMention, b: &EntityMention) -> bool {
    a.target == b.target
}

/// "studied law in Lima and later worked for Peru in Quito": after the trigger and an object,
/// "and" (and an adverb) before a past-tense verb with its object opens a second predicate
/// before token `to`, as does "and" before an auxiliary and a participle ("was wounded in the
/// attack and was flown to X"); right after the trigger the two verbs share the object
/// ("attacked and destroyed Y").
pub fn second_predicate_between(a: &Analysis, trigger: usize, to: usize) -> bool {
    // "expelled X, left Y and signed Z": a comma lists predicates as "and" does when the verb
    // takes an object right away (a determiner, a name) — ", followed by X", ", coupled with X"
    // open a participle's phrase about what came before.
    (trigger + 1..to).any(|t| match lower(a, t) {
        // An auxiliary shares no object with the trigger: "attacked and were driven back".
        "and" if FINITE_AUXILIARIES.contains(&lower(a, t + 1)) => past_tense_follows(a, t + 2),
        "and" => t > trigger + 1 && past_tense_follows(a, t + 1),
        "," => {
            t > trigger + 1
                && past_tense_follows(a, t + 1)
                && (DETERMINERS.contains(&lower(a, t + 2)) || a.starts_a_name(t + 2))
        }
        _ => false,
    })
}

/// "denied losing the bridge and said its fighters had repelled an attack": "and" or "but" at
/// `t` before a verb of its own — a past tense with its object, a reporting verb, an auxiliary —
/// coordinates a second predicate; what the first one negated or supposed stops there.
pub fn second_predicate_at(a: &Analysis, t: usize) -> bool {
    let next = lower(a, t + 1);
    matches!(lower(a, t), "and" | "but")
        && (past_tense_follows(a, t + 1) || REPORTING_VERBS.contains(&next) || FINITE_AUXILIARIES.contains(&next))
}

/// A past-tense verb at `t` (a regular "-ed" form or an irregular one: "left", "sent"), or after one adverb ("later worked", "then joined"), with its
/// object or complement opening after it (a determiner, a preposition, a name): "and remotely
/// piloted aircraft" is a noun phrase, not a predicate.
fn past_tense_follows(a: &Analysis, t: usize) -> bool {
    let verb_at = |v: usize| {
        let w = lower(a, v);
        let next = lower(a, v + 1);
        past_tense(w)
            // A verb of hosting or brokering is no adjective: a bare noun may be its object
            // ("and hosted peace talks").
            && (HOST_VERBS.contains(&w)
                || MEDIATOR_VERBS.contains(&w)
                || DETERMINERS.contains(&next)
                || matches!(next, "for" | "in" | "at" | "to" | "with" | "on" | "as" | "from" | "by")
                || a.starts_a_name(v + 1))
    };
    let w = lower(a, t);
    verb_at(t) || ((w.ends_with("ly") || matches!(w, "later" | "then" | "also" | "soon")) && verb_at(t + 1))
}
