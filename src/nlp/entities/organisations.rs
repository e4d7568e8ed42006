//! Organisations: capitalised runs ending in a head word, capitalised collectives, and acronyms
//! defined in parentheses.

use super::context::{Ctx, is_calendar_word, is_function_word, is_ordinal, is_org_head, new_target};
use super::mention::{EntityMention, Target};
use crate::model::{NodeKind, slug};
use crate::nlp::lexicon::{
    ARMED_MEMBERS, ARMED_MODIFIERS, CAMEO_VERBS, COLLECTIVE_NAMES, DOING_PARTICIPLES, GROUP_HEADS, NOMINAL_TRIGGERS,
    STAFF_NOUNS,
};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::{compound_qualifier, is_all_caps, is_capitalized};

/// "the Teachers' Union", "the Sudan Doctors' Syndicate": an apostrophe right after a plural word
/// ends no name — it marks the plural's possessive inside it.
fn plural_possessive(ctx: &Ctx, t: usize) -> bool {
    t > 0
        && matches!(ctx.word(t), "'" | "’")
        && ctx.word(t - 1).ends_with('s')
        && ctx.tokens[t - 1].end == ctx.tokens[t].start
}

/// "Syrian Democratic Forces", "Foreign Ministry": capitalised runs ending in an organisation head
/// (through a plural's possessive: "the Farmers' Union").
pub(super) fn organisations_by_head(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    if ctx.headline_case(ctx.sentence_of[s.first_token]) {
        return;
    }
    let mut i = s.first_token;
    while i < s.end_token {
        let w = ctx.word(i);
        if !is_capitalized(w) || !w.chars().next().is_some_and(|c| c.is_alphabetic()) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut last_head = None;
        while j < s.end_token {
            let w = ctx.word(j);
            if is_capitalized(w) && w.chars().next().is_some_and(char::is_alphanumeric) {
                if is_org_head(w) {
                    last_head = Some(j);
                }
                j += 1;
            } else if (w == "&" || joins_by_of(ctx, i, j) || plural_possessive(ctx, j))
                && j + 1 < s.end_token
                && is_capitalized(ctx.word(j + 1))
            {
                j += 1;
            } else if matches!(w, "of" | "for")
                && joins_by_of(ctx, i, j)
                && ctx.word(j + 1) == "the"
                && j + 2 < s.end_token
                && is_capitalized(ctx.word(j + 2))
            {
                j += 2;
            } else {
                break;
            }
        }
        if let Some(last_head) = last_head {
            // "Institute for the Study of War", "Ministry of Finance": a head followed by "of" or
            // "for" and capitalised words names the organisation whole — unless all that follows
            // is a place's name ("Government of Iraq" is Iraq's government).
            let head = if j > last_head + 2
                && matches!(ctx.word(last_head + 1), "of" | "for")
                && (last_head + 2..j).any(|k| {
                    let w = ctx.word(k);
                    is_capitalized(w) && !matches!(w, "The") && ctx.gazetteer.lookup(w).is_empty()
                }) {
                j - 1
            } else {
                last_head
            };
            let mut first = i;
            // Drop sentence-initial function words and titles at the front ("The", "Despite").
            while first < head
                && (is_function_word(&ctx.word(first).to_lowercase())
                    || compound_qualifier(ctx.word(first)).is_some()
                    || (ctx.is_sentence_start(first)
                        && (ctx.common)(&ctx.word(first).to_lowercase())
                        && !is_org_head(ctx.word(first))))
            {
                first += 1;
            }
            while first < head && is_calendar_word(ctx.word(first)) {
                first += 1;
            }
            // "Security Forces", "Task Force": generic words alone do not name an organisation.
            let distinctive = (first..=head).any(|k| {
                let w = ctx.word(k);
                !ctx.is_generic_word(w) && !matches!(w, "of" | "for" | "&" | "the")
            });
            if head > first && (distinctive || head - first >= 2) {
                // "114th Mountain Rifle Regiment": the unit's number is part of its name.
                if first == i && first > s.first_token && is_ordinal(ctx.word(first - 1)) {
                    first -= 1;
                }
                let label = ctx.text[ctx.tokens[first].start..ctx.tokens[head].end].to_string();
                let kind = if GROUP_HEADS.contains(&ctx.word(head).to_lowercase().as_str()) {
                    NodeKind::Group
                } else {
                    NodeKind::Organization
                };
                out.push(ctx.mention(first, head + 1, kind, new_target(kind, label), 0.7));
            }
        }
        i = j.max(i + 1);
    }
}

/// "Ministry of Finance", "Friends of the Earth", "Centre for Policy Studies": "of"/"for" at `j`
/// continues a name only after a generic word (an organisation head or a common word). After a
/// name word it starts what the name belongs to: "Robert Bradford of the Ulster Party" is a
/// person and a party, not one organisation.
fn joins_by_of(ctx: &Ctx, start: usize, j: usize) -> bool {
    matches!(ctx.word(j), "of" | "for") && j > start && ctx.is_generic_word(ctx.word(j - 1))
}

/// "Coalition aircraft", "the Coalition": a lone capitalised collective outside a longer name.
pub(super) fn capitalised_collectives(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    if ctx.headline_case(ctx.sentence_of[s.first_token]) {
        return;
    }
    for i in s.first_token..s.end_token {
        let w = ctx.word(i);
        if !COLLECTIVE_NAMES.contains(&w) {
            continue;
        }
        // Sentence-initial capitals say nothing, unless the next word is lower-case
        // ("Coalition forces conducted…") or a determiner came first ("The Coalition").
        let next = ctx.word(i + 1);
        let after_the = i > s.first_token && ctx.word(i - 1).eq_ignore_ascii_case("the");
        if i == s.first_token
            && !(i + 1 < s.end_token && !is_capitalized(next) && next.chars().all(char::is_alphabetic))
        {
            continue;
        }
        if i > s.first_token && !after_the && is_capitalized(ctx.word(i - 1)) && !ctx.is_sentence_start(i - 1) {
            continue; // part of a longer name ("Global Coalition", "Northern Alliance")
        }
        let label = w.to_string();
        let id = format!("organization:{}", slug(&label));
        out.push(ctx.mention(i, i + 1, NodeKind::Organization, Target::New { id, label }, 0.6));
    }
}

/// Schwartz & Hearst's test of an abbreviation: are the letters and digits of `short` found in
/// order in `long`, the first at the start of a word? Returns the byte offset of the word where
/// the long form starts ("al-Qaida in Iraq" for "AQI" within "fighters of al-Qaida in Iraq").
pub(super) fn abbreviation_start(short: &str, long: &str) -> Option<usize> {
    let long: Vec<(usize, char)> = long.char_indices().collect();
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let wanted: Vec<char> = short.chars().filter(|c| c.is_alphanumeric()).map(lower).collect();
    if wanted.is_empty() {
        return None;
    }
    let mut at = long.len();
    for (k, &c) in wanted.iter().enumerate().rev() {
        loop {
            at = at.checked_sub(1)?;
            let word_start = at == 0 || !long[at - 1].1.is_alphanumeric();
            if lower(long[at].1) == c && (k > 0 || word_start) {
                break;
            }
        }
    }
    // Back to the start of the word (past hyphens: "al-Qaida").
    while at > 0 && !long[at - 1].1.is_whitespace() {
        at -= 1;
    }
    Some(long[at].0)
}

/// "Economic Community of West African States (Ecowas)", "(Nato)": the house style of some
/// newspapers writes acronyms as words — a capitalised word of letters only, no common word,
/// no longer than the name's words and three more, after a name of two words or more.
fn title_case_acronym(ctx: &Ctx, m: &EntityMention, word: &str) -> bool {
    let letters = word.chars().count();
    let words = m.end_token - m.first_token;
    is_capitalized(word)
        && word.chars().all(char::is_alphabetic)
        && word.chars().skip(1).all(char::is_lowercase)
        && letters >= 3
        && words >= 2
        && letters <= words + 3
        && !(ctx.common)(&word.to_lowercase())
}

/// "Syrian Democratic Forces (SDF)": an acronym in parentheses becomes an alias of the name it
/// abbreviates, here and later in the article. The name is the mention just before it when the
/// acronym's letters fit it; otherwise the words before it that they fit ("al-Qaida in Iraq
/// (AQI)" is one organisation, not an alias of Iraq); an organisation whose acronym comes from
/// another language ("Kurdistan Workers' Party (PKK)") keeps it when no words fit.
pub(super) fn acronym_definitions(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    // The words before "(" that the acronym at `open + 1` abbreviates: (first token, byte offset).
    let expansion = |open: usize, acronym: &str| -> Option<usize> {
        let letters = acronym.chars().filter(|c| c.is_alphanumeric()).count();
        let window = (letters + 5).min(2 * letters);
        let sentence = ctx.sentence_of[open];
        let mut first = open;
        while first > 0 && open - first < window && ctx.sentence_of[first - 1] == sentence {
            first -= 1;
        }
        if first == open {
            return None;
        }
        let from = ctx.tokens[first].start;
        let at = from + abbreviation_start(acronym, &ctx.text[from..ctx.tokens[open - 1].end])?;
        (first..open).find(|&t| ctx.tokens[t].start == at)
    };
    let mut added: Vec<(EntityMention, bool)> = Vec::new();
    let mut defined = std::collections::HashSet::new();
    for m in mentions.iter() {
        let open = m.end_token;
        if ctx.word(open) != "(" {
            continue;
        }
        // "(SDF)", or a numbered unit keeping its number: "507th Air Refueling Wing (507th ARW)".
        let close = if ctx.word(open + 2) == ")" {
            open + 2
        } else if ctx.word(open + 3) == ")" && ctx.word(open + 1) == ctx.word(m.first_token) {
            open + 3
        } else {
            continue;
        };
        let acronym = ctx.word(close - 1);
        let title_case = title_case_acronym(ctx, m, acronym);
        if !(is_all_caps(acronym) || title_case) || acronym.chars().count() > 12 {
            continue;
        }
        let fits = abbreviation_start(acronym, &ctx.text[m.start..m.end]).is_some();
        if title_case && !fits {
            continue;
        }
        let foreign = matches!(m.kind, NodeKind::Organization | NodeKind::Group)
            && expansion(open, acronym).is_none_or(|first| first >= m.first_token);
        if !fits && !foreign {
            continue;
        }
        defined.insert(open);
        let mut a = ctx.mention(open + 1, close, m.kind, m.target.clone(), m.confidence.min(0.9));
        a.role = m.role.clone();
        // Letters that fit the name make the acronym that name, whatever the tagger read it as.
        added.push((a, fits));
    }
    // Expansions the rules did not find whole: the words the acronym abbreviates.
    // Mentions by sentence: a span inside one sentence can only meet mentions of that sentence,
    // so each question below looks at one sentence, not the whole article.
    let mut of_sentence: Vec<Vec<usize>> = vec![Vec::new(); ctx.sentences.len()];
    for (k, m) in mentions.iter().enumerate() {
        if let Some(list) = of_sentence.get_mut(m.sentence) {
            list.push(k);
        }
    }
    for i in 0..ctx.tokens.len() {
        if ctx.word(i) != "(" || ctx.word(i + 2) != ")" || !is_all_caps(ctx.word(i + 1)) || defined.contains(&i) {
            continue;
        }
        let acronym = ctx.word(i + 1);
        if acronym.chars().filter(char::is_ascii_alphabetic).count() < 2 {
            continue;
        }
        let Some(start) = expansion(i, acronym) else { continue };
        let (from, to) = (ctx.tokens[start].start, ctx.tokens[i - 1].end);
        let inside: Vec<&EntityMention> = of_sentence[ctx.sentence_of[i]]
            .iter()
            .map(|&k| &mentions[k])
            .filter(|m| m.start < to && m.end > from)
            .collect();
        // A name starts with a capital, or where a name the rules found starts ("al-Qaida") — not
        // with a date's month or weekday ("KYIV, April 30 (AP) —" credits the wire service).
        let starts_a_name = (is_capitalized(ctx.word(start)) || inside.iter().any(|m| m.first_token == start))
            && !is_calendar_word(ctx.word(start));
        if i - start < 2 || !starts_a_name || inside.iter().any(|m| m.start < from || m.end > to) {
            continue;
        }
        let kind = match inside.first().map(|m| m.kind) {
            Some(k @ (NodeKind::Group | NodeKind::Organization)) => k,
            _ => NodeKind::Organization,
        };
        let label = ctx.text[from..to].to_string();
        let target = new_target(kind, label);
        added.push((ctx.mention(start, i, kind, target.clone(), 0.75), true));
        added.push((ctx.mention(i + 1, i + 2, kind, target, 0.75), true));
    }
    // Each addition in turn: names inside it (of the same actor-ness, or any for a whole name an
    // acronym defines and for an acronym whose letters fit its name) give way, then it joins unless it overlaps what is left. Only mentions of
    // its own sentence can meet it; the list keeps its order (survivors, then additions).
    let mut arena: Vec<(EntityMention, bool)> = std::mem::take(mentions).into_iter().map(|m| (m, true)).collect();
    for (a, whole_name) in added {
        let Some(list) = of_sentence.get_mut(a.sentence) else { continue };
        for &k in list.iter() {
            let m = &arena[k].0;
            if m.start >= a.start && m.end <= a.end && (whole_name || m.kind.is_actor() == a.kind.is_actor()) {
                arena[k].1 = false;
            }
        }
        list.retain(|&k| arena[k].1);
        if list.iter().all(|&k| a.end <= arena[k].0.start || a.start >= arena[k].0.end) {
            list.push(arena.len());
            arena.push((a, true));
        }
    }
    *mentions = arena.into_iter().filter(|(_, alive)| *alive).map(|(m, _)| m).collect();
}

/// "the paramilitary Rapid Support Forces", "the jihadist Tarvan Sword": an organisation the
/// rules found, named right after a lower-case armed modifier, is an armed group — in every
/// mention of it (its acronym too). Gazetteer entries keep their own kind.
pub(super) fn armed_by_modifier(ctx: &Ctx, mentions: &mut [EntityMention]) {
    let armed: std::collections::HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == NodeKind::Organization && m.first_token > ctx.sentences[m.sentence].first_token + 1)
        // After a determiner: "the paramilitary X"; not a noun used as a title ("said insurgent X").
        .filter(|m| {
            ARMED_MODIFIERS.contains(&ctx.word(m.first_token - 1))
                && matches!(ctx.word(m.first_token - 2).to_lowercase().as_str(), "the" | "a" | "an")
        })
        .filter_map(found_id)
        .collect();
    retype_as_groups(mentions, NodeKind::Organization, &armed);
}

/// The least CAMEO root of an act only an actor does: 17 Coerce (seize, capture), 18 Assault,
/// 19 Fight, 20 Mass violence.
const VIOLENT_ROOT: u8 = 17;

/// "the offensive by the M23", "Kelmar Ridge attacked Beni": a name the rules took for a place
/// the gazetteer does not know, that attacks, seizes or fights, is an armed group — a place does
/// none of these. Only a name opening the sentence right before an inflected violent verb (not
/// a passive: "X captured by Y"), right after a violent noun and "by", or right before a noun
/// for an armed group's members ("M23 rebels", `armed_members.txt`); known places keep their
/// reading ("Moscow attacked" is metonymy, read elsewhere; "Darfur rebels").
pub(super) fn violent_agents(ctx: &Ctx, mentions: &mut [EntityMention]) {
    let violent_verb = |t: usize| {
        let w = ctx.word(t).to_lowercase();
        CAMEO_VERBS.get(w.as_str()).is_some_and(|&(lemma, root)| root >= VIOLENT_ROOT && w != lemma)
            && ctx.word(t + 1) != "by"
    };
    let violent_noun = |t: usize| {
        let w = ctx.word(t).to_lowercase();
        NOMINAL_TRIGGERS.iter().any(|&(n, root)| n == w && root >= VIOLENT_ROOT)
    };
    let agents: std::collections::HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == NodeKind::Place && m.first_token > 0 && !is_calendar_word(ctx.word(m.first_token)))
        .filter(|m| {
            let first = ctx.sentences[m.sentence].first_token;
            let by = (first..m.first_token).rev().find(|&t| ctx.word(t) != "the").filter(|&t| ctx.word(t) == "by");
            let after_noun = by.is_some_and(|b| b > first && violent_noun(b - 1));
            let mut v = m.end_token;
            if matches!(ctx.word(v), "has" | "have" | "had") {
                v += 1;
            }
            // The name is the subject: it opens the sentence ("A bomb in central Iraq killed …"
            // makes the bomb the killer, not the place; so does "in X and Y killed").
            let subject = m.first_token == first || (m.first_token == first + 1 && ctx.word(first) == "The");
            let before_verb = subject && ctx.sentence_of.get(v) == Some(&m.sentence) && violent_verb(v);
            // "M23 rebels pushed toward Goma": a name before its members' noun.
            let members = || {
                ctx.sentence_of.get(m.end_token) == Some(&m.sentence)
                    && ARMED_MEMBERS.contains(&ctx.word(m.end_token).to_lowercase().as_str())
            };
            after_noun || before_verb || members()
        })
        .filter_map(found_id)
        .collect();
    retype_as_groups(mentions, NodeKind::Place, &agents);
}

/// "Airbus, Thales and Leonardo have agreed …": a one-word name the tagger alone took for a person, listed
/// (", ", "and", "or"; a list of three or more closed by "and" or "or") with two or more
/// organisations and nothing else, is an organisation too — the items of a list are of one kind —
/// in every mention. A titled person or one a cue typed keeps its reading.
pub(super) fn listed_with_bodies(ctx: &Ctx, mentions: &mut [EntityMention]) {
    let joined = |left: &EntityMention, right: &EntityMention| {
        left.sentence == right.sentence
            && right.first_token > left.end_token
            && right.first_token - left.end_token <= 2
            && (left.end_token..right.first_token).all(|t| matches!(ctx.word(t), "," | "and" | "or"))
    };
    // One word: a person listed by full name ("Pera Petrasevic") is no company's name.
    let guessed_person = |m: &EntityMention| {
        m.kind == NodeKind::Person && m.guessed && m.role.is_none() && !m.pronoun && m.end_token - m.first_token == 1
    };
    let mut bodies = std::collections::HashSet::new();
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while end < mentions.len() && joined(&mentions[end - 1], &mentions[end]) {
            end += 1;
        }
        let run = &mentions[start..end];
        let closed = run.len() >= 3 && matches!(ctx.word(run[run.len() - 1].first_token - 1), "and" | "or");
        let organisations = run.iter().filter(|m| m.kind == NodeKind::Organization).count();
        if closed && organisations >= 2 && run.iter().all(|m| m.kind == NodeKind::Organization || guessed_person(m)) {
            bodies.extend(run.iter().filter(|m| guessed_person(m)).filter_map(found_id));
        }
        start = end;
    }
    retype(mentions, NodeKind::Person, NodeKind::Organization, &bodies);
}

/// The id of a name the rules found (none for a gazetteer entry, which keeps its own kind).
fn found_id(m: &EntityMention) -> Option<String> {
    match &m.target {
        Target::New { id, .. } => Some(id.clone()),
        Target::Known(_) => None,
    }
}

/// Every mention of `from` kind whose found (not gazetteer) name is among `ids` becomes an armed
/// group, in every mention.
fn retype_as_groups(mentions: &mut [EntityMention], from: NodeKind, ids: &std::collections::HashSet<String>) {
    retype(mentions, from, NodeKind::Group, ids);
}

/// Every mention of `from` kind whose found name is among `ids` becomes of kind `to`, in every
/// mention: the id keeps its slug under the new kind, a place's parent goes.
fn retype(mentions: &mut [EntityMention], from: NodeKind, to: NodeKind, ids: &std::collections::HashSet<String>) {
    for m in mentions.iter_mut().filter(|m| m.kind == from) {
        if let Target::New { id, label } = &m.target
            && ids.contains(id)
        {
            let rest = id.split_once(':').map_or(id.as_str(), |(_, rest)| rest);
            m.target = Target::New { id: format!("{}:{rest}", to.as_str()), label: label.clone() };
            m.kind = to;
            m.parent = None;
        }
    }
}

/// "an ambush carried out by X", "the raid was claimed by X": a name after the "by" of a
/// participle of doing (`doing_participles.txt`; "out"/"off"/"up" may stand between) names who did
/// it — an actor, so where only the tagger read it a place it is an organisation, and that reading
/// is a cue for the name's other guesses. A known place keeps its reading ("ordered by Moscow").
pub(super) fn doers_guessed_places(ctx: &Ctx, mentions: &mut [EntityMention]) {
    for m in mentions.iter_mut() {
        let Some(label) = guessed_place_after(ctx, m, "by") else { continue };
        let first = m.first_token;
        let sentence_start = ctx.sentences[ctx.sentence_of[first]].first_token;
        let mut participle = first - 2;
        if participle > sentence_start && matches!(ctx.word(participle), "out" | "off" | "up") {
            participle -= 1;
        }
        if DOING_PARTICIPLES.contains(&ctx.word(participle).to_lowercase().as_str()) {
            (m.kind, m.target, m.guessed) = (NodeKind::Organization, new_target(NodeKind::Organization, label), false);
        }
    }
}

/// The label of mention `m` when only the tagger guessed it a place and `preposition` stands
/// right before it, a word before that too.
fn guessed_place_after(ctx: &Ctx, m: &EntityMention, preposition: &str) -> Option<String> {
    let Target::New { label, .. } = &m.target else { return None };
    let first = m.first_token;
    (m.guessed
        && !m.pronoun
        && m.kind == NodeKind::Place
        && first >= 2
        && ctx.word(first - 1).eq_ignore_ascii_case(preposition))
    .then(|| label.clone())
}

/// "analysts at Jefferies", "a researcher at Kelvara": a name only the tagger guessed a place,
/// right after "at" and a noun of people who work for a body (`staff_nouns.txt`, singular or
/// plural), is the body they work for — an organisation. A known place keeps its reading
/// ("staff at Kandahar"), and so does a place owning the body after it ("at Gaza City's
/// university").
pub(super) fn employers_guessed_places(ctx: &Ctx, mentions: &mut [EntityMention]) {
    for m in mentions.iter_mut() {
        let Some(label) = guessed_place_after(ctx, m, "at") else { continue };
        // "a lecturer at Gaza City's university": the place of the body named after it.
        if matches!(ctx.word(m.end_token), "'s" | "’s") {
            continue;
        }
        let noun = ctx.word(m.first_token - 2).to_lowercase();
        let singular = noun.strip_suffix('s').unwrap_or(&noun);
        if STAFF_NOUNS.contains(&noun.as_str()) || STAFF_NOUNS.contains(&singular) {
            (m.kind, m.target, m.guessed) = (NodeKind::Organization, new_target(NodeKind::Organization, label), false);
        }
    }
}
