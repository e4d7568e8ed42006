//! What the event and relation rules see of one sentence ([`SentenceContext`]), and the word
//! tests they share: lower-cased tokens, cue matching, clause starts, place prepositions.

use super::analysis::Analysis;
use super::entities::EntityMention;
use super::lexicon::{
    ADVERBS_BEFORE_VERBS, ATTRIBUTING_VERBS, CAMEO_VERBS, CLAUSE_BARRIERS, DETERMINERS, EVENT_NOUNS,
    FINITE_AUXILIARIES, FUNCTION_WORDS, GOVERNING_NOUNS, IRREGULAR_PAST, LIGHT_VERBS, LOCATIVE, NEARNESS_WORDS,
    NUMBER_WORDS, OBJECT_CONTROL_VERBS, PARTY_PREPOSITIONS, RELATIVE_PRONOUNS, REPORTING_VERBS, SUBORDINATORS,
    SUPPORT_VERBS, TITLES, is_compass_adjective, is_compass_word,
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
    /// Whether the sentence is [`prose`] (read once: capitals inside it can show a name).
    pub prose: bool,
}

impl<'a> SentenceContext<'a> {
    /// Sentence `index` of the analysed `text`, with its entity mentions.
    pub fn new(text: &'a str, a: &'a Analysis, index: usize, entities: &'a [usize]) -> Self {
        let sentence = &a.sentences[index];
        SentenceContext { text, a, sentence, index, entities, prose: prose(text, a, sentence) }
    }

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
/// Such a name says where, not who — but a state after a government's noun and "in" is the
/// government ("the government in Bangui signed": the entities read the capital as its state).
pub fn after_locative(a: &Analysis, first: usize, m: &EntityMention) -> bool {
    let mut t = m.first_token;
    while t > first && matches!(lower(a, t - 1), "the" | "northern" | "southern" | "eastern" | "western") {
        t -= 1;
    }
    let seat_of_government = t >= first + 2
        && t == m.first_token
        && m.kind == crate::model::NodeKind::Country
        && lower(a, t - 1) == "in"
        && GOVERNING_NOUNS.contains(&lower(a, t - 2));
    t > first
        && !seat_of_government
        && matches!(lower(a, t - 1), "in" | "at" | "near" | "inside" | "outside" | "across" | "throughout" | "into")
}

/// A lower-case word that can only be a finite verb here: an auxiliary, a reporting or clause
/// word, an inflected event verb.
pub fn finite(w: &str) -> bool {
    FINITE_AUXILIARIES.contains(&w)
        || CLAUSE_BARRIERS.contains(&w)
        || CAMEO_VERBS.get(w).is_some_and(|(lemma, _)| *lemma != w)
}

/// A form of "be" that makes a participle after it passive ("was shelled", "are being held").
pub fn passive_auxiliary(w: &str) -> bool {
    matches!(w, "was" | "were" | "is" | "are" | "been" | "being")
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
    index_of_name_ending_at(a, t).map(|i| &a.entities[i])
}

/// [`name_ending_at`], as its index in the article's mentions.
pub fn index_of_name_ending_at(a: &Analysis, t: usize) -> Option<usize> {
    let i = a.entities.partition_point(|e| e.first_token < t);
    i.checked_sub(1).filter(|&i| a.entities[i].end_token == t)
}

/// The mention that starts at token `t`, if one does.
pub fn name_starting_at(a: &Analysis, t: usize) -> Option<&EntityMention> {
    let i = a.entities.partition_point(|e| e.first_token < t);
    a.entities.get(i).filter(|m| m.first_token == t)
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

/// "have since held talks", "has since been freed": "since" right before a verb (a past tense, an
/// auxiliary) is an adverb — "since then" — not a preposition or a subordinator opening a phrase
/// or a clause of its own.
pub fn adverbial_since(a: &Analysis, t: usize) -> bool {
    let next = lower(a, t + 1);
    // "since U.S.-led forces ousted …": a qualifier in "-ed" opens the clause's subject.
    lower(a, t) == "since"
        && next.chars().all(char::is_alphabetic)
        && (past_tense(next) || FINITE_AUXILIARIES.contains(&next))
}

/// A possessive mark after a name: "'s", "’s", or a bare apostrophe, straight or curly ("the
/// Netherlands'").
pub fn possessive_mark(w: &str) -> bool {
    matches!(w, "'s" | "’s" | "'" | "’")
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

/// Is the article's first sentence a headline — a title line, closed by no full stop, question
/// or exclamation mark?
pub fn is_a_headline(a: &Analysis) -> bool {
    a.sentences
        .first()
        .is_some_and(|s| s.end_token > s.first_token && !matches!(lower(a, s.end_token - 1), "." | "?" | "!"))
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

/// How far into a sentence the dash closing a dateline may come ("JEDDAH, Saudi Arabia, May 21
/// (Reuters) -").
const DATELINE_REACH: usize = 14;

/// "KYIV, March 3 (Reuters) - …", "JEDDAH, Saudi Arabia, May 21 -": `m` stands in the dateline
/// that opens its sentence — a name and a comma first, then only names, numbers, commas and
/// parentheses (no lower-case word: "Bowes, known for her semi - abstract work" is none) up to
/// a dash within a few tokens. It says where the report was filed, not where what it tells is.
pub fn in_a_dateline(text: &str, a: &Analysis, m: &EntityMention) -> bool {
    let first = a.sentences[m.sentence].first_token;
    if name_starting_at(a, first).is_none_or(|n| lower(a, n.end_token) != ",") {
        return false;
    }
    let end = (first + 1..a.sentences[m.sentence].end_token).take(DATELINE_REACH).find(|&t| {
        matches!(lower(a, t), "-" | "–" | "—" | "--") || a.tokens[t].text(text).starts_with(char::is_lowercase)
    });
    end.is_some_and(|t| matches!(lower(a, t), "-" | "–" | "—" | "--") && m.end_token <= t)
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
/// tells outside the aside; so does a relative clause's passive (", which is led by X,"). The
/// aside's opening and closing tokens (commas; without commas, the word before the participle and
/// the verb after the agents), when `m` is such an agent and the aside closes within a few words.
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
    let mut opening = t - 3;
    if lower(a, by) != "by" || !past_tense(participle) {
        return None;
    }
    // "X, which is now led by Y, …": a relative clause's passive is such an aside too.
    let mut o = opening;
    while o > first && ADVERBS_BEFORE_VERBS.contains(&lower(a, o)) {
        o -= 1;
    }
    if o >= first + 2
        && passive_auxiliary(lower(a, o))
        && RELATIVE_PRONOUNS.contains(&lower(a, o - 1))
        && lower(a, o - 2) == ","
    {
        opening = o - 2;
    }
    // "a coup led by X", "the visit, led by Y,": the doer of an event noun takes part in it.
    let plain_noun = |u: usize| a_plain_noun(a, u) && !EVENT_NOUNS.contains_key(lower(a, u));
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

/// "the Law of Armed Conflict", "a nationwide Cessation of Hostilities": a word written with a
/// capital inside the sentence (`first` is its first token), in a short run of capitalised words
/// right after "of" and a capitalised word, ends the name of something else — a law, an accord,
/// an office — and tells no event of its own. Only in [`prose`]: a headline capitalises every word.
pub fn ends_a_name_after_of(text: &str, a: &Analysis, first: usize, t: usize) -> bool {
    const MAX_RUN: usize = 3;
    let capitalised = |k: usize| a.tokens.get(k).is_some_and(|tok| text[tok.start..].starts_with(char::is_uppercase));
    if t <= first || !capitalised(t) {
        return false;
    }
    let mut k = t;
    while k > first && t - k + 1 < MAX_RUN && capitalised(k - 1) {
        k -= 1;
    }
    k >= first + 2 && lower(a, k - 1) == "of" && capitalised(k - 2)
}

/// The sentence holds a lower-case content word, as prose does and a headline in title case or
/// capitals ("Rebels Accused of Attacks") does not — there capitals show no name.
pub fn prose(text: &str, a: &Analysis, s: &Sentence) -> bool {
    s.tokens().any(|j| {
        let w = a.tokens[j].text(text);
        w.len() > 3 && w.chars().all(char::is_lowercase) && !FUNCTION_WORDS.contains(&w)
    })
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

/// Most words (a determiner, a number, adjectives) between a verb and the event noun it takes.
pub const OBJECT_REACH: usize = 3;

/// The trigger is the object of the word at `head`: a few words after it (a determiner, a number,
/// adjectives), none a preposition or a name.
pub fn object_of(a: &Analysis, head: usize, trigger: usize) -> bool {
    trigger > head
        && trigger - head <= OBJECT_REACH + 1
        && (head + 1..trigger).all(|k| {
            let w = lower(a, k);
            !is_preposition(w) && w != "of" && !a.starts_a_name(k) && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

/// `w` is a regular form of the verb `lemma`: "launch" → launches, launched, launching; "stage"
/// → staged, staging; "carry" → carried, carries.
pub fn inflects(lemma: &str, w: &str) -> bool {
    let Some(rest) = w.strip_prefix(lemma.trim_end_matches(['e', 'y'])) else { return false };
    let ends_in = |c: char| lemma.ends_with(c);
    w == lemma
        || matches!(rest, "s" | "es" | "ed" | "ing") && !ends_in('e') && !ends_in('y')
        || ends_in('e') && matches!(rest, "es" | "ed" | "ing")
        || ends_in('y') && matches!(rest, "ies" | "ied" | "ying")
}

/// The verb at `t` takes an event noun as the event itself, in any form: "imposed sanctions on
/// X", "held talks with Y", "launched an attack on Z" (`support_verbs.txt`, `light_verbs.txt`,
/// whose irregular forms are listed there too).
pub fn supports_its_object(a: &Analysis, t: usize) -> bool {
    let w = lower(a, t);
    SUPPORT_VERBS.iter().chain(LIGHT_VERBS.iter()).any(|lemma| inflects(lemma, w))
}

/// "condemned the detention of President X", "ordered the killing of X and Y", "denounced the
/// attack on Chile's embassy": a verb whose object is an event noun leaves the names of that
/// noun's phrase after "of", "on" or "against" to the noun's own event — they are what was done
/// to, not whom the verb acts on; its doer after "by" may still be the verb's. `verb` is the
/// verb's token; the names are reached back over other names of a list, titles, determiners and
/// possessives.
pub fn patient_of_an_object_noun(a: &Analysis, ents: &[usize], m: &EntityMention, verb: usize) -> bool {
    // Phrases longer than this are not read back to their start (bounded work per mention).
    const MAX_BACK: usize = 12;
    let mut t = m.first_token;
    for _ in 0..MAX_BACK {
        if t <= verb + 2 {
            return false;
        }
        let w = lower(a, t - 1);
        if matches!(w, "of" | "on" | "against") {
            // "blamed the killing on X": the doer the blame is laid on.
            if w == "on" && ATTRIBUTING_VERBS.contains(&lower(a, verb)) {
                return false;
            }
            let noun = t - 2;
            return EVENT_NOUNS.contains_key(lower(a, noun))
                && object_of(a, verb, noun)
                && !supports_its_object(a, verb);
        }
        let at = ents.partition_point(|&k| a.entities[k].end_token < t);
        if let Some(&k) = ents.get(at).filter(|&&k| a.entities[k].end_token == t) {
            t = a.entities[k].first_token;
            continue;
        }
        let keeps_going =
            matches!(w, "," | "and" | "'s" | "’s" | "'") || DETERMINERS.contains(&w) || is_title_word(a, t - 1);
        if !keeps_going {
            return false;
        }
        t -= 1;
    }
    false
}
