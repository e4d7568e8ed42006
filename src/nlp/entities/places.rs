//! Places from cues: "the town of X", "in X, <Country>", "X, northeast of Y", directional
//! regions ("southern Lebanon"), and what a noun says a name is: an appositive's ("X, a farming
//! village", "Y, the Estonian parliament") or a list's ("rebel groups, including X and Y").

use super::context::{
    Ctx, Kind, adjectival, armed_if_modified, has_known, is_calendar_word, is_function_word, is_org_head, is_title,
    kind_of_noun, known_as_a_whole, name_run, new_target, noun_of_predicate, noun_of_predicate_at, person_target,
    singular,
};
use super::mention::{EntityMention, Target};
use crate::model::{NodeKind, slug};
use crate::nlp::lexicon::{
    ARMED_MODIFIERS, CALENDAR_WORDS, CAMEO_VERBS, DIRECTIONS, FUNCTION_WORDS, GROUP_HEADS, LANDFORM_HEADS, LOCATIVE,
    ORG_NOUNS, PEOPLES_AND_FAITHS, PLACE_NAME_HEADS, PLACE_NOUNS, REPORTING_VERBS, WATER_HEADS, opens_an_adverbial,
};
use crate::nlp::sentences::Sentence;
use crate::nlp::tokenize::{compound_qualifier, is_capitalized};

/// "the border town of Naqoura", "Tel Keppe, a Christian town", "near Qayyarah, Iraq".
pub(super) fn place_cues(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    for i in s.first_token..s.end_token {
        let w = ctx.word(i).to_lowercase();
        // "<place noun> of X"; after a plural one, every name of the list ("the villages of X,
        // Y and Z").
        let plural = is_plural_place_noun(&w);
        if (PLACE_NOUNS.contains(&w.as_str()) || plural) && ctx.word(i + 1) == "of" && i + 2 < s.end_token {
            let mut start = i + 2;
            loop {
                let end = name_run(ctx, start, s.end_token, 3);
                if end == start {
                    break;
                }
                if !has_known(ctx, start, end) {
                    push_new_place(ctx, start, end, None, 0.75, out);
                }
                match next_list_item(ctx, s, end) {
                    Some(next) if plural => start = next,
                    _ => break,
                }
            }
        }
        // "X, a farming village", "Y, the Estonian parliament": an appositive says what the
        // name before it is — a known name keeps its entry, but a known word inside a longer
        // name ("Banco" in "Banco Andino, a Peruvian lender") does not make it that entry.
        if w == "," && i > s.first_token {
            let end = i;
            if let Some(start) = name_before(ctx, s.first_token, end)
                && !continues_a_name(ctx, s.first_token, start)
                && !closes_a_fronted_adverbial(ctx, s.first_token, start, end)
                && let Some(kind) = noun_of_predicate(ctx, i + 1, s.end_token)
                && !known_as_a_whole(ctx, start, end)
            {
                push_of_kind(ctx, start, end, kind, out);
            }
        }
        // "Bashiqa, northeast of Mosul", "Tolvane, some 40 km south of Oslo": a name placed
        // by bearing and distance from another is a place.
        if w == ","
            && i > s.first_token
            && bearing_from_a_place_follows(ctx, i + 1, s.end_token)
            && let Some(start) = name_before(ctx, s.first_token, i)
        {
            push_new_place(ctx, start, i, None, 0.75, out);
        }
        // "in X, <Country>" — not "In June, Chile agreed": a month or weekday is a time.
        if LOCATIVE.contains(&w.as_str()) && i + 1 < s.end_token {
            let start = i + 1;
            let end = name_run(ctx, start, s.end_token, 3);
            if end > start
                && ctx.word(end) == ","
                && !has_known(ctx, start, end)
                && !(start..end).any(|k| is_calendar_word(ctx.word(k)))
            {
                let hits = ctx.gazetteer.find(ctx.text, ctx.tokens, end + 1..s.end_token.min(end + 5));
                if let Some(m) = hits.first().filter(|m| m.first == end + 1)
                    && let Some(h) =
                        m.hits.iter().find(|h| ctx.gazetteer.entry(h.entry).kind == NodeKind::Country && !h.demonym)
                {
                    push_new_place(ctx, start, end, Some(ctx.gazetteer.entry(h.entry).id.clone()), 0.7, out);
                }
            }
        }
    }
}

/// "northeast of Mosul", "about 40 km south of Oslo", "15 miles north-west of the capital
/// Lima": from token `i`, an optional hedge and distance, a bearing (not "northern") and "of"
/// before a capitalised word (within three words).
fn bearing_from_a_place_follows(ctx: &Ctx, mut i: usize, end: usize) -> bool {
    let lower = |k: usize| ctx.word(k).to_lowercase();
    if matches!(lower(i).as_str(), "about" | "some" | "around" | "roughly" | "nearly" | "almost" | "just") {
        i += 1;
    }
    if ctx.word(i).chars().next().is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
        if matches!(lower(i).as_str(), "km" | "kilometres" | "kilometers" | "miles" | "mi" | "metres" | "meters") {
            i += 1;
        } else {
            return false;
        }
    }
    let bearing = lower(i);
    // "north - east": a compass point spelt with a spaced hyphen.
    if matches!(ctx.word(i + 1), "-" | "–") && DIRECTIONS.contains(&lower(i + 2).as_str()) {
        i += 2;
    }
    DIRECTIONS.contains(&bearing.as_str())
        && !bearing.ends_with("ern")
        && bearing != "central"
        && ctx.word(i + 1) == "of"
        && (i + 2..(i + 5).min(end)).any(|k| is_capitalized(ctx.word(k)))
}

/// Whether "the" stands right before token `start`, or before one or two lower-case describing
/// words there ("the ruling …", "the main opposition …").
fn after_the(ctx: &Ctx, first: usize, start: usize) -> bool {
    let mut k = start;
    while k > first && start - k < 3 {
        let w = ctx.word(k - 1);
        if w.eq_ignore_ascii_case("the") {
            return true;
        }
        let describing = w.chars().all(|c| c.is_lowercase()) && !is_function_word(w);
        if !describing {
            return false;
        }
        k -= 1;
    }
    false
}

/// "Shan State", "Harghita County", "Anbar province", "the Gran Grif gang": a name before a
/// place head noun is a place (with the noun when it is capitalised), one before a lower-case
/// armed-group noun ("gang", "militia", "cartel", "rebel group") an armed group, one between "the"
/// and a lower-case organisation noun ("the Maute group", "the ruling Likud party") an
/// organisation; the gazetteer's names
/// ("Islamic State") keep their own reading; so does every name of a list before a plural one
/// ("Jonglei, Unity and Upper Nile states").
pub(super) fn named_by_a_following_noun(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    for i in s.first_token + 1..s.end_token {
        let w = ctx.word(i);
        let lower = w.to_lowercase();
        let place = PLACE_NAME_HEADS.contains(&lower.as_str());
        let lower_case = !is_capitalized(w);
        // "Kashmiri militant groups": before a plural, a lone name describes (lists name, below).
        let armed_one = armed_noun_at(ctx, i) && !ctx.word(i + 1).ends_with('s');
        let group = !place && lower_case && (GROUP_HEADS.contains(&lower.as_str()) || armed_one);
        let body = !place && !group && lower_case && ORG_NOUNS.contains(&lower.as_str()) && ends_noun_phrase(ctx, i);
        if !(place || group || body) {
            continue;
        }
        let Some(start) = name_before(ctx, s.first_token, i) else { continue };
        let before = if start > s.first_token { ctx.word(start - 1).to_lowercase() } else { String::new() };
        // "a Hutu armed group", "an Abkar cell": after "a", the words before the noun describe it;
        // "the Maute group", "the Likud party", "the ruling Likud party" name it (a bare "X party"
        // may be anyone's).
        if (group && matches!(before.as_str(), "a" | "an")) || (body && !after_the(ctx, s.first_token, start)) {
            continue;
        }
        let named_by_head = place && is_capitalized(w);
        let end = if named_by_head { i + 1 } else { i };
        let Some((start, mut end)) = without_describing_words(ctx, start, end, named_by_head) else { continue };
        if has_known(ctx, start, end) {
            continue;
        }
        // "the Korean peninsula": an adjective names the place only with its noun.
        if place && end == i && end - start == 1 && adjectival(ctx, ctx.word(start)) {
            end = i + 1;
        }
        if place {
            push_new_place(ctx, start, end, None, 0.75, out);
        } else if group {
            push_of_kind(ctx, start, end, Kind::Body(NodeKind::Group), out);
        } else {
            push_of_kind(ctx, start, end, Kind::Body(NodeKind::Organization), out);
        }
    }
    // "Jonglei, Unity and Upper Nile states", "Anbar and Nineveh provinces": every name of a
    // list before a plural place head noun in lower case is a place.
    for i in s.first_token + 1..s.end_token {
        let w = ctx.word(i);
        let place = singular(&w.to_lowercase())
            .is_some_and(|one| !is_capitalized(w) && PLACE_NAME_HEADS.contains(&one.as_str()));
        // "the Maute and Abu Sayyaf jihadist groups": a list before an armed modifier and a plural
        // organisation noun is of armed groups.
        let groups = armed_noun_at(ctx, i) && ctx.word(i + 1).ends_with('s');
        if !(place || groups) || ctx.word(i - 1) == "," {
            continue;
        }
        let mut end = i;
        let mut items = Vec::new();
        while let Some(mut start) = name_before(ctx, s.first_token, end) {
            // "Upper Nile": a capitalised common word opens the name too.
            while start > s.first_token + 1 && end - start < 4 && is_capitalized(ctx.word(start - 1)) {
                start -= 1;
            }
            items.push((start, end));
            // The separator before this item: ",", "and", "or", or ", and".
            let mut sep = start;
            while sep > s.first_token && matches!(ctx.word(sep - 1), "," | "and" | "or") && start - sep < 2 {
                sep -= 1;
            }
            if sep == start {
                break;
            }
            end = sep;
        }
        // A list: two names or more ("the Nile and Congo rivers"), not one ("the Kurdish states").
        if items.len() >= 2 {
            for (start, end) in items {
                let Some((start, end)) = without_describing_words(ctx, start, end, false) else { continue };
                if has_known(ctx, start, end) {
                    continue;
                }
                if place {
                    push_new_place(ctx, start, end, None, 0.75, out);
                } else {
                    push_of_kind(ctx, start, end, Kind::Body(NodeKind::Group), out);
                }
            }
        }
    }
}

/// "the U.S.-led coalition": a qualifier is no name; "the Basque separatist group", "a Sunni
/// Muslim group", "a mainly Kurdish district": a people or a faith describes a body or a place,
/// it does not name it — unless the name ends in its capitalised head noun (`named_by_head`:
/// "the Basque Country"). Such words at the edges of the name are left out ("the Janjaweed Arab
/// militia" is the Janjaweed); the name, if any is left and none is inside it.
fn without_describing_words(
    ctx: &Ctx,
    mut start: usize,
    mut end: usize,
    named_by_head: bool,
) -> Option<(usize, usize)> {
    let describes = |k: usize| {
        let w = ctx.word(k);
        compound_qualifier(w).is_some() || (!named_by_head && PEOPLES_AND_FAITHS.contains(&w.to_lowercase().as_str()))
    };
    while start < end && describes(start) {
        start += 1;
    }
    while end > start && describes(end - 1) {
        end -= 1;
    }
    (start < end && !(start..end).any(describes)).then_some((start, end))
}

/// The noun at `i` ends its noun phrase: punctuation, a function word or a verb follows, not
/// another noun or a name ("the Maute group." but not "the Maute group leader").
fn ends_noun_phrase(ctx: &Ctx, i: usize) -> bool {
    let next = ctx.word(i + 1);
    let lower = next.to_lowercase();
    // A verb in the past or a participle follows a subject ("the Maute group occupied").
    // So does an irregular past ("the Likud party met"): a verb form that is not its own lemma
    // and no plural ("talks" may be the noun).
    let verb = (next.len() > 4 && (lower.ends_with("ed") || lower.ends_with("ing")))
        || CAMEO_VERBS.get(lower.as_str()).is_some_and(|(lemma, _)| *lemma != lower && !lower.ends_with('s'));
    // A name after the noun is its own ("the Parisian newspaper Le Figaro"): the word before
    // the noun describes. A day or month is no name ("the Mainichi newspaper Monday").
    !next.chars().next().is_some_and(char::is_alphabetic)
        || CALENDAR_WORDS.contains(&lower.trim_end_matches('.'))
        || verb
        || FUNCTION_WORDS.contains(&lower.as_str())
        || REPORTING_VERBS.contains(&lower.as_str())
}

/// "rebel group", "militant organisations": a lower-case armed modifier at `i` before a
/// lower-case organisation noun — the pair heads a name before it like an armed-group noun.
fn armed_noun_at(ctx: &Ctx, i: usize) -> bool {
    let next = ctx.word(i + 1);
    let noun = next.to_lowercase();
    ARMED_MODIFIERS.contains(&ctx.word(i))
        && !is_capitalized(next)
        && (ORG_NOUNS.contains(&noun.as_str()) || singular(&noun).is_some_and(|one| ORG_NOUNS.contains(&one.as_str())))
}

/// Where the next item of a list starts after an item ending at `end`: past ", ", "and", "or" or
/// ", and" (none when no separator follows).
fn next_list_item(ctx: &Ctx, s: &Sentence, end: usize) -> Option<usize> {
    let mut next = end;
    while next < s.end_token && matches!(ctx.word(next), "," | "and" | "or") && next - end < 2 {
        next += 1;
    }
    (next > end).then_some(next)
}

/// "villages", "cities": the plural of a place noun.
fn is_plural_place_noun(w: &str) -> bool {
    singular(w).is_some_and(|one| PLACE_NOUNS.contains(&one.as_str()))
}

/// "a militia known as the Andean Front", "a village called Velmora", "the alliance named
/// Vardlas": a noun of a kind (ending its phrase) right before "known as", "called" or "named" says
/// what the name after it is.
pub(super) fn named_kind(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    for i in s.first_token + 1..s.end_token.saturating_sub(1) {
        let cue = ctx.word(i);
        let start = match cue {
            "known" if ctx.word(i + 1) == "as" => i + 2,
            "called" | "named" => i + 1,
            _ => continue,
        };
        let Some(kind) = kind_of_noun(&ctx.word(i - 1).to_lowercase()) else { continue };
        let kind = armed_if_modified(kind, (i > s.first_token + 1).then(|| ctx.word(i - 2).to_lowercase()));
        push_name_of_kind(ctx, s, start, kind, out);
    }
}

/// The name at `start` (after "the"), of `kind` unless the gazetteer knows it; where it ends, or
/// `None` when no name starts there. "the Dornvik Brigades": an organisation's name ends in its
/// head word; "a fund known as Peter's Pence": a possessive before a capital opens a longer name,
/// whose first words are not of the kind.
fn push_name_of_kind(ctx: &Ctx, s: &Sentence, start: usize, kind: Kind, out: &mut Vec<EntityMention>) -> Option<usize> {
    let start = if matches!(ctx.word(start), "the" | "The") { start + 1 } else { start };
    let mut end = name_run(ctx, start, s.end_token, 4);
    if end == start {
        return None;
    }
    if matches!(ctx.word(end), "'s" | "’s") && is_capitalized(ctx.word(end + 1)) {
        return Some(end);
    }
    while matches!(kind, Kind::Body(_))
        && end < s.end_token
        && is_org_head(ctx.word(end))
        && is_capitalized(ctx.word(end))
    {
        end += 1;
    }
    if !has_known(ctx, start, end) {
        push_of_kind(ctx, start, end, kind, out);
    }
    Some(end)
}

/// "rebel groups, including X and the Y Movement", "towns such as X and Y": the names listed
/// after a plural noun of a kind are of that kind.
pub(super) fn listed_kind(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    for i in s.first_token..s.end_token {
        let w = ctx.word(i).to_lowercase();
        let Some(kind) = singular(&w).filter(|one| *one != w).and_then(|one| kind_of_noun(&one)) else { continue };
        let kind = armed_if_modified(kind, (i > s.first_token).then(|| ctx.word(i - 1).to_lowercase()));
        let mut k = i + 1;
        if ctx.word(k) == "," {
            k += 1;
        }
        let mut start = match ctx.word(k).to_lowercase().as_str() {
            "including" => k + 1,
            "such" if ctx.word(k + 1) == "as" => k + 2,
            _ => continue,
        };
        while let Some(end) = push_name_of_kind(ctx, s, start, kind, out) {
            match next_list_item(ctx, s, end) {
                Some(next) => start = next,
                None => break,
            }
        }
    }
}

/// "In Qalat, a journalist was shot", "In early June, a Dutch engineer …", "Late Tuesday, a
/// man …": the comma closes an opening phrase of time or place, and the noun phrase after it is
/// the clause's subject, no appositive of the name `start..end` — which is a day or a month, or
/// the object of the preposition that opens the sentence.
fn closes_a_fronted_adverbial(ctx: &Ctx, first: usize, start: usize, end: usize) -> bool {
    // How many words may open the phrase before its name ("In the early", "Late on").
    const MAX_OPENING: usize = 3;
    let date = end == start + 1 && is_calendar_word(ctx.word(start));
    let opened_by_a_preposition =
        start > first && start - first <= MAX_OPENING && opens_an_adverbial(&ctx.word(first).to_lowercase());
    date || opened_by_a_preposition
}

/// "Andes Capital, Peru's largest lender": a name only guessed (by the tagger) right before an
/// appositive that says what it is takes that kind. The candidate rule reads plain name words
/// only; a guess's own span may hold a common word ("Capital", "Marine"). The phrase must read as
/// an apposition: no "and" joins another noun to it, and after an opening phrase ("In recent
/// days in X, a judge was killed") whose comma may be followed by the subject, a comma closes it.
pub(super) fn guesses_typed_by_an_appositive(ctx: &Ctx, mentions: &mut [EntityMention]) {
    for m in mentions.iter_mut().filter(|m| m.guessed && !m.pronoun && matches!(m.target, Target::New { .. })) {
        let s = &ctx.sentences[ctx.sentence_of[m.first_token]];
        if ctx.word(m.end_token) != ","
            || m.end_token + 1 >= s.end_token
            || closes_a_fronted_adverbial(ctx, s.first_token, m.first_token, m.end_token)
        {
            continue;
        }
        let Some((kind, noun)) = noun_of_predicate_at(ctx, m.end_token + 1, s.end_token) else { continue };
        let next = ctx.word(noun + 1).to_lowercase();
        let opening = ctx.word(s.first_token).to_lowercase();
        let fronted = (opens_an_adverbial(&opening) || matches!(opening.as_str(), "when" | "while" | "as"))
            && !(s.first_token..m.end_token).any(|k| ctx.word(k) == ",");
        if matches!(next.as_str(), "and" | "or" | "but" | "nor") || (fronted && next != ",") {
            continue;
        }
        let mut typed = Vec::new();
        push_of_kind(ctx, m.first_token, m.end_token, kind, &mut typed);
        if let Some(t) = typed.pop().filter(|t| t.kind != m.kind) {
            (m.kind, m.target, m.guessed) = (t.kind, t.target, false);
        }
    }
}

/// Whether the name words from `start` continue a name begun before them ("Verde" in "Lima
/// Verde", where the plain name words stop at a known city): no word of the sentence's start.
fn continues_a_name(ctx: &Ctx, first: usize, start: usize) -> bool {
    start > first && is_capitalized(ctx.word(start - 1)) && !is_function_word(ctx.word(start - 1))
}

/// The start of the name that ends right before `end` (up to four name words), if one does.
fn name_before(ctx: &Ctx, first: usize, end: usize) -> Option<usize> {
    let mut start = None;
    for candidate in (first.max(end.saturating_sub(4))..end).rev() {
        if name_run(ctx, candidate, end, 4) != end {
            break;
        }
        start = Some(candidate);
    }
    start
}

pub(super) fn push_new_place(
    ctx: &Ctx,
    start: usize,
    end: usize,
    parent: Option<String>,
    confidence: f32,
    out: &mut Vec<EntityMention>,
) {
    out.push(new_place(ctx, start, end, parent, confidence));
}

/// A name (tokens `[start, end)`) of the kind a noun said it is, as a new place, person or body.
pub(super) fn push_of_kind(ctx: &Ctx, start: usize, end: usize, kind: Kind, out: &mut Vec<EntityMention>) {
    let label = || ctx.text[ctx.tokens[start].start..ctx.tokens[end - 1].end].to_string();
    match kind {
        Kind::Place => push_new_place(ctx, start, end, None, 0.75, out),
        Kind::Person => {
            // "Admiral Blair is the former commander": a title before the name is no part of it.
            let first = (start..end - 1).find(|&k| !is_title(ctx.word(k))).unwrap_or(end - 1);
            let label = &ctx.text[ctx.tokens[first].start..ctx.tokens[end - 1].end];
            out.push(ctx.mention(first, end, NodeKind::Person, person_target(label), 0.75));
        }
        Kind::Body(kind) => {
            out.push(ctx.mention(start, end, kind, new_target(kind, label()), 0.75));
        }
    }
}

/// A place the gazetteer does not know, named by tokens `[start, end)`, inside `parent` if given.
pub(super) fn new_place(ctx: &Ctx, start: usize, end: usize, parent: Option<String>, confidence: f32) -> EntityMention {
    let label = ctx.text[ctx.tokens[start].start..ctx.tokens[end - 1].end].to_string();
    let mut m = ctx.mention(
        start,
        end,
        NodeKind::Place,
        Target::New { id: format!("place:{}", slug(&label)), label },
        confidence,
    );
    m.parent = parent;
    m
}

/// "near Malynivka, Zvirove and Udachne": the names of a list after a locative preposition are
/// places when one of them is — a member the rules read as a person (an unknown village's name
/// looks like a surname) is a place too. Titled people ("near President X") keep their reading.
pub(super) fn places_listed_with_places(ctx: &Ctx, mentions: &mut [EntityMention]) {
    let starting_at: std::collections::HashMap<usize, usize> =
        mentions.iter().enumerate().map(|(k, m)| (m.first_token, k)).collect();
    for p in 0..ctx.tokens.len() {
        // "of", "to", "from" also head lists of people ("spoke to X and Y").
        let w = ctx.word(p);
        if !LOCATIVE.contains(&w) || matches!(w, "of" | "to" | "from") {
            continue;
        }
        // The list: mentions one after another, joined by ",", "and", "or", and closed by "and"
        // or "or" ("Born in England, Norton spent…" is no list).
        let mut members = Vec::new();
        let mut closed_at = 0;
        let mut next = p + 1;
        while let Some(&k) = starting_at.get(&next) {
            members.push(k);
            if next > p + 1 && matches!(ctx.word(next - 1), "and" | "or") {
                closed_at = members.len();
            }
            let end = mentions[k].end_token;
            let mut after = end;
            while matches!(ctx.word(after), "," | "and" | "or") && after - end < 2 {
                after += 1;
            }
            if after == end || ctx.sentence_of.get(after) != ctx.sentence_of.get(p) {
                break;
            }
            next = after;
        }
        members.truncate(closed_at);
        let placed = members.iter().any(|&k| matches!(mentions[k].kind, NodeKind::Place | NodeKind::Country));
        if members.len() < 2 || !placed {
            continue;
        }
        for k in members {
            let m = &mentions[k];
            if m.kind == NodeKind::Person && m.role.is_none() && !m.pronoun && matches!(m.target, Target::New { .. }) {
                mentions[k] = new_place(ctx, m.first_token, m.end_token, None, m.confidence);
            }
        }
    }
}

/// "southern Lebanon", "East Mosul": a direction word before a known country or place.
///
/// A compass word without "-ern" before a demonym ("South American", "East Asian") makes the
/// adjective of another place, not a region of the demonym's country: it names the place
/// "<compass word> <demonym less its closing n>" when the gazetteer knows one ("South America"),
/// else nothing ("northern Iraqi towns" stays a region of Iraq).
pub(super) fn directional_regions(ctx: &Ctx, mentions: &mut Vec<EntityMention>) {
    let mut dropped = vec![false; mentions.len()];
    for (n, m) in mentions.iter_mut().enumerate() {
        if !matches!(m.kind, NodeKind::Country | NodeKind::Place) || m.first_token == 0 {
            continue;
        }
        let d = m.first_token - 1;
        let word = ctx.word(d);
        if !DIRECTIONS.contains(&word.to_lowercase().as_str())
            || ctx.tokens[d].end > m.start
            || ctx.sentence_of[d] != m.sentence
        {
            continue;
        }
        let surface = &ctx.text[m.start..m.end];
        let demonym = ctx.gazetteer.lookup(surface).iter().any(|h| h.demonym);
        if demonym && !word.to_lowercase().ends_with("ern") {
            let named = format!("{word} {}", surface.strip_suffix('n').unwrap_or(surface));
            match ctx.gazetteer.lookup(&named).iter().find(|h| !h.demonym) {
                Some(hit) => {
                    m.start = ctx.tokens[d].start;
                    m.first_token = d;
                    m.kind = ctx.gazetteer.entry(hit.entry).kind;
                    m.target = Target::Known(hit.entry);
                }
                None => dropped[n] = true,
            }
            continue;
        }
        let base_id = match &m.target {
            Target::Known(i) => ctx.gazetteer.entry(*i).id.clone(),
            Target::New { id, .. } => id.clone(),
        };
        let canonical_base = match &m.target {
            Target::Known(i) => ctx.gazetteer.entry(*i).label.clone(),
            Target::New { label, .. } => label.clone(),
        };
        let direction = word.to_lowercase();
        let label = format!("{direction} {canonical_base}");
        m.start = ctx.tokens[d].start;
        m.first_token = d;
        m.kind = NodeKind::Place;
        m.target = Target::New { id: format!("place:region:{}", slug(&label)), label };
        m.parent = Some(base_id);
        m.confidence = 0.85;
    }
    let mut kept = dropped.iter().map(|&d| !d);
    mentions.retain(|_| kept.next().unwrap_or(true));
}

/// How many words the name after a landform's or a water's head and "of" may hold.
const MAX_NAME_AFTER_OF: usize = 3;

/// "the Cape of Good Hope", "the Strait of Magellan", "the Isle of Kerra", "the Sea of Japan": a
/// capitalised head of a body of water or a landform (`water_heads.txt`, `landform_heads.txt`),
/// "of" (and "the") and capitalised words are one place's name — the words after "of" are no
/// place or person of their own. Not what the gazetteer knows whole ("the Gulf of Aden").
pub(super) fn head_of_a_name(ctx: &Ctx, s: &Sentence, out: &mut Vec<EntityMention>) {
    for i in s.first_token..s.end_token.saturating_sub(2) {
        let head = ctx.word(i).to_lowercase();
        if !is_capitalized(ctx.word(i))
            || !(WATER_HEADS.contains(&head.as_str()) || LANDFORM_HEADS.contains(&head.as_str()))
            || ctx.word(i + 1) != "of"
        {
            continue;
        }
        let mut start = i + 2;
        if ctx.word(start).eq_ignore_ascii_case("the") {
            start += 1;
        }
        let mut end = start;
        while end < s.end_token
            && end - start < MAX_NAME_AFTER_OF
            && is_capitalized(ctx.word(end))
            && ctx.word(end).chars().all(|c| c.is_alphabetic() || c == '-')
            && !is_calendar_word(ctx.word(end))
        {
            end += 1;
        }
        if end == start || known_as_a_whole(ctx, i, end) {
            continue;
        }
        push_new_place(ctx, i, end, None, 0.8, out);
    }
}
