//! Gazetteer: known countries, places, organisations and armed groups, matched in token streams.
//!
//! The data is compiled by `dramatis-dev build-gazetteer` (`devtools/src/gazetteer_build.rs`)
//! into `data/gazetteer/gazetteer.tsv` and embedded in the binary: the product reads no
//! upstream lists at run time.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::tokenize::{Token, is_all_caps, is_capitalized, tokenize};
use crate::model::NodeKind;

static BUNDLED_TSV: &str = include_str!("../../data/gazetteer/gazetteer.tsv");
static BUNDLED: LazyLock<Gazetteer> = LazyLock::new(|| Gazetteer::parse(BUNDLED_TSV));

/// Inhabitants from which a place is [`Gazetteer::is_prominent`].
pub const PROMINENT_POPULATION: u64 = 100_000;

/// One real-world thing the gazetteer knows.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub kind: NodeKind,
    pub label: String,
    /// Where it lies (`located_in`), as an entry id.
    pub parent: Option<String>,
    /// Population or another prior used to choose among same-named places.
    pub weight: u64,
    /// For capitals: the country they stand for as an actor ("Washington said").
    pub capital_of: Option<String>,
    /// A country that is not independent (a territory, a disputed state): it may lie in another.
    pub dependent: bool,
}

/// How one alias key points at an entry.
#[derive(Debug, Clone, Copy)]
pub struct AliasHit {
    pub entry: u32,
    /// "Israeli" for Israel.
    pub demonym: bool,
    /// The word is also a common lowercase English word ("Police", "Mobile"): needs context.
    pub common: bool,
    /// The alias is an acronym: the text must be in capitals too.
    pub acronym: bool,
}

pub struct Gazetteer {
    entries: Vec<Entry>,
    by_id: HashMap<String, u32>,
    by_key: HashMap<String, Vec<AliasHit>>,
    /// For the key of an alias's first word, the most words an alias opened by it has: a word
    /// that opens none is passed over at once, and no span longer than its aliases is keyed.
    longest_from: HashMap<String, usize>,
    max_alias_tokens: usize,
}

/// A gazetteer match over tokens `[first, end)`.
#[derive(Debug, Clone)]
pub struct GazetteerMatch {
    pub first: usize,
    pub end: usize,
    pub hits: Vec<AliasHit>,
}

/// Normalised lookup key of a phrase: tokens lowercased, apostrophes and dashes unified.
pub fn key_of(text: &str) -> String {
    let tokens = tokenize(text);
    key_of_tokens(text, &tokens)
}

pub fn key_of_tokens(text: &str, tokens: &[Token]) -> String {
    let mut key = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        push_name_key(&mut key, t.text(text));
    }
    key
}

/// Appends a name's word as a lookup key: normalised, and without apostrophes or transliteration
/// marks between letters, which writers use or leave out at will ("Hay'at" and "Hayat",
/// "Sana'a" and "Sanaa", "Taʿizz" and "Taizz").
fn push_name_key(key: &mut String, word: &str) {
    let mark =
        |c: char| matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{2bb}' | '\u{2bc}' | '\u{2be}' | '\u{2bf}' | '`');
    if !word.chars().any(mark) {
        // Most words hold no mark: no copy to make.
        push_normalised(key, word);
        return;
    }
    let chars: Vec<char> = word.chars().collect();
    let mut kept = String::with_capacity(word.len());
    for (i, &c) in chars.iter().enumerate() {
        let inner = i > 0 && i + 1 < chars.len() && chars[i - 1].is_alphabetic() && chars[i + 1].is_alphabetic();
        if !(mark(c) && inner) {
            kept.push(c);
        }
    }
    push_normalised(key, &kept);
}

/// Appends `word` lowercased with apostrophes and dashes unified: the form of every lookup key
/// (the gazetteer's, and the tagger's features).
pub(crate) fn push_normalised(key: &mut String, word: &str) {
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' | '`' => key.push('\''),
            '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' => key.push('-'),
            c if c.is_ascii() => key.push(c.to_ascii_lowercase()),
            _ => key.extend(c.to_lowercase()),
        }
    }
}

impl Gazetteer {
    /// The gazetteer shipped in `data/`.
    pub fn bundled() -> &'static Gazetteer {
        &BUNDLED
    }

    /// Parses the TSV written by `dramatis build-gazetteer`.
    pub fn parse(tsv: &str) -> Gazetteer {
        let mut gazetteer = Gazetteer {
            entries: Vec::new(),
            by_id: HashMap::new(),
            by_key: HashMap::new(),
            longest_from: HashMap::new(),
            max_alias_tokens: 1,
        };
        for line in tsv.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 8 {
                continue;
            }
            let Some(kind) = NodeKind::parse(cols[1]) else { continue };
            let index = gazetteer.entries.len() as u32;
            let non_empty = |s: &str| (!s.is_empty()).then(|| s.to_string());
            gazetteer.entries.push(Entry {
                id: cols[0].to_string(),
                kind,
                label: cols[2].to_string(),
                parent: non_empty(cols[3]),
                weight: cols[4].parse().unwrap_or(0),
                capital_of: non_empty(cols[5]),
                dependent: cols.get(8).is_some_and(|flags| flags.split(',').any(|f| f == "dependent")),
            });
            gazetteer.by_id.insert(cols[0].to_string(), index);
            for (column, demonym) in [(cols[6], false), (cols[7], true)] {
                for alias in column.split('|').filter(|a| !a.is_empty()) {
                    let (common, alias) = match alias.strip_prefix('~') {
                        Some(rest) => (true, rest),
                        None => (false, alias),
                    };
                    let tokens = tokenize(alias);
                    if tokens.is_empty() {
                        continue;
                    }
                    gazetteer.max_alias_tokens = gazetteer.max_alias_tokens.max(tokens.len());
                    let acronym = tokens.len() == 1
                        && is_all_caps(alias)
                        && alias.chars().filter(|c| c.is_alphabetic()).count() <= 6;
                    let mut first_word = String::new();
                    push_name_key(&mut first_word, tokens[0].text(alias));
                    let longest = gazetteer.longest_from.entry(first_word).or_default();
                    *longest = (*longest).max(tokens.len());
                    let hits = gazetteer.by_key.entry(key_of_tokens(alias, &tokens)).or_default();
                    if !hits.iter().any(|h| h.entry == index) {
                        hits.push(AliasHit { entry: index, demonym, common, acronym });
                    }
                }
            }
        }
        gazetteer.add_derived_demonyms();
        gazetteer
    }

    /// A country's adjective that its list of demonyms lacks is still its demonym: the English
    /// forms of a one-word name (see [`adjective_forms`]) that name nothing else.
    fn add_derived_demonyms(&mut self) {
        let mut derived: Vec<(String, u32)> = Vec::new();
        for (key, hits) in &self.by_key {
            for h in hits {
                if !h.demonym && !h.common && !h.acronym && self.entries[h.entry as usize].kind == NodeKind::Country {
                    derived.extend(adjective_forms(key).into_iter().map(|form| (form, h.entry)));
                }
            }
        }
        derived.sort();
        for (form, entry) in derived {
            let longest = self.longest_from.entry(form.clone()).or_default();
            *longest = (*longest).max(1);
            self.by_key
                .entry(form)
                .or_insert_with(|| vec![AliasHit { entry, demonym: true, common: false, acronym: false }]);
        }
    }

    pub fn entry(&self, index: u32) -> &Entry {
        &self.entries[index as usize]
    }

    /// The index of the entry with this id.
    pub fn index_of(&self, id: &str) -> Option<u32> {
        self.by_id.get(id).copied()
    }

    pub fn by_id(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i as usize])
    }

    /// The entry and the places it lies in, innermost first (bounded: a cycle in the data
    /// cannot loop).
    fn enclosing(&self, index: u32) -> impl Iterator<Item = u32> + '_ {
        const MAX_DEPTH: usize = 8;
        std::iter::successors(Some(index), |&i| {
            self.entry(i).parent.as_deref().and_then(|p| self.by_id.get(p).copied())
        })
        .take(MAX_DEPTH)
    }

    /// The country an entry lies in: itself if it is one, else the nearest country among the
    /// places it lies in.
    pub fn country_of(&self, index: u32) -> Option<u32> {
        self.enclosing(index).find(|&i| self.entry(i).kind == NodeKind::Country)
    }

    /// A country, a region the gazetteer names ("England", "Darfur": curated, no namesakes), or
    /// a place of at least [`PROMINENT_POPULATION`] people: a name the linker is unlikely to have
    /// taken from a smaller namesake ("Victoria" is a state, a city in Canada and the capital of
    /// the Seychelles).
    pub fn is_prominent(&self, index: u32) -> bool {
        let entry = self.entry(index);
        entry.kind == NodeKind::Country || entry.id.starts_with("place:region:") || entry.weight >= PROMINENT_POPULATION
    }

    /// Whether what the gazetteer knows rules out that `inner` lies in `outer`: they lie in
    /// two different countries ("Aleppo" in "Paris"), or `inner` is an independent country and
    /// `outer` is a country or lies in one (regions above countries, "the Middle East", may hold
    /// it; a territory, "Cayman Islands", may lie in another country). A place the gazetteer
    /// puts inside `outer`, or one it knows no country of, is never ruled out.
    pub fn rules_out_inside(&self, inner: u32, outer: u32) -> bool {
        if self.enclosing(inner).any(|i| i == outer) {
            return false;
        }
        let outer_country = self.country_of(outer);
        let entry = self.entry(inner);
        if entry.kind == NodeKind::Country {
            return !entry.dependent && outer_country.is_some();
        }
        matches!((self.country_of(inner), outer_country), (Some(a), Some(b)) if a != b)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every alias key (lowercase words joined by spaces) with the entries it names.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &[AliasHit])> {
        self.by_key.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }

    /// Entries whose alias is exactly `phrase` (normalised), whatever its case.
    pub fn lookup(&self, phrase: &str) -> &[AliasHit] {
        self.by_key.get(&key_of(phrase)).map_or(&[], Vec::as_slice)
    }

    /// Longest-first matches over `tokens[range]`, honouring capitalisation rules.
    pub fn find(&self, text: &str, tokens: &[Token], range: std::ops::Range<usize>) -> Vec<GazetteerMatch> {
        let mut found = Vec::new();
        let mut i = range.start;
        // The key of the longest span tried at `i`, and where each of its words ends in it: the
        // key of a shorter span is a prefix of it.
        let mut key = String::new();
        let mut word_ends: Vec<usize> = Vec::new();
        while i < range.end {
            let first = tokens[i].text(text);
            if !is_capitalized(first) && !is_particle(first) {
                i += 1;
                continue;
            }
            key.clear();
            push_name_key(&mut key, first);
            let Some(&longest) = self.longest_from.get(key.as_str()) else {
                i += 1;
                continue;
            };
            let longest = longest.min(self.max_alias_tokens).min(range.end - i);
            word_ends.clear();
            word_ends.push(key.len());
            for t in &tokens[i + 1..i + longest] {
                key.push(' ');
                push_name_key(&mut key, t.text(text));
                word_ends.push(key.len());
            }
            let mut best: Option<GazetteerMatch> = None;
            for len in (1..=longest).rev() {
                let span = &tokens[i..i + len];
                if let Some(hits) = self.by_key.get(&key[..word_ends[len - 1]]) {
                    let hits: Vec<AliasHit> = hits.iter().copied().filter(|h| surface_fits(text, span, *h)).collect();
                    if !hits.is_empty() {
                        best = Some(GazetteerMatch { first: i, end: i + len, hits });
                        break;
                    }
                }
            }
            match best {
                Some(m) => {
                    i = m.end;
                    found.push(m);
                }
                None => i += 1,
            }
        }
        found
    }
}

/// English adjectives of a one-word place name (lower case, ASCII): "ecuador" → "ecuadorian",
/// "slovenia" → "slovenian", "argentina" → "argentinian", "djibouti" → "djiboutian", "kosovo" →
/// "kosovan", "nepal" → "nepali", "iceland" → "icelandic", "luxembourg" → "luxembourgish".
fn adjective_forms(name: &str) -> Vec<String> {
    if name.len() < 4 || !name.chars().all(|c| c.is_ascii_lowercase()) {
        return Vec::new();
    }
    let stem = &name[..name.len() - 1];
    match name.as_bytes()[name.len() - 1] {
        b'a' => vec![format!("{name}n"), format!("{stem}ian")],
        b'i' | b'u' => vec![format!("{name}an")],
        b'o' => vec![format!("{name}an"), format!("{stem}an")],
        b'y' => vec![format!("{stem}ian")],
        b'e' => vec![format!("{stem}ian")],
        _ => ["ian", "i", "ic", "ish", "ese"].iter().map(|suffix| format!("{name}{suffix}")).collect(),
    }
}

/// Lowercase words allowed inside names ("Islamic State of Iraq and the Levant", "al-Qaida").
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el" | "of" | "the" | "and" | "for" | "de" | "du" | "bin" | "ibn" | "in" | "on" | "against" | "to"
    ) || word.starts_with("al-")
        || word.starts_with("el-")
}

fn surface_fits(text: &str, span: &[Token], hit: AliasHit) -> bool {
    let words: Vec<&str> = span.iter().map(|t| t.text(text)).collect();
    if hit.acronym {
        return words.iter().all(|w| is_all_caps(w) || w.chars().all(|c| !c.is_alphabetic()));
    }
    let prefixed_name = |w: &str| {
        (w.starts_with("al-") || w.starts_with("el-")) && w[3..].chars().next().is_some_and(char::is_uppercase)
    };
    let content_words: Vec<&&str> = words.iter().filter(|w| !is_particle(w) || prefixed_name(w)).collect();
    !content_words.is_empty()
        && content_words.iter().all(|w| is_capitalized(w) || prefixed_name(w) || !w.chars().any(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = "country:LBN\tcountry\tLebanon\t\t5000000\t\tLebanon\tLebanese\n\
        place:geonames:1\tplace\tBeirut\tcountry:LBN\t1000000\tcountry:LBN\tBeirut|Bayrut\t\n\
        organization:who\torganization\tWorld Health Organization\t\t0\t\tWorld Health Organization|WHO\t\n\
        place:geonames:2\tplace\tPolice\tcountry:POL\t20000\t\t~Police\t\n\
        group:al-qaida\tgroup\tal-Qaida\t\t0\t\tal-Qaida|Al Qaeda\t\n";

    fn matches(g: &Gazetteer, text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        g.find(text, &tokens, 0..tokens.len())
            .into_iter()
            .map(|m| format!("{}={}", &text[tokens[m.first].start..tokens[m.end - 1].end], g.entry(m.hits[0].entry).id))
            .collect()
    }

    #[test]
    fn apostrophes_inside_a_name_are_spelling_not_part_of_the_key() {
        assert_eq!(key_of("Hay'at Tahrir"), key_of("Hayat Tahrir"));
        assert_eq!(key_of("Ta\u{2bf}izz"), key_of("Taizz"));
        assert_eq!(key_of("Sana\u{2019}a"), key_of("Sanaa"));
        assert_ne!(key_of("'Asir"), key_of("Asir"), "only between letters");
        assert!(!Gazetteer::bundled().lookup("Hay'at Tahrir al-Sham").is_empty());
    }

    #[test]
    fn a_country_adjective_its_demonyms_lack_is_derived_from_its_name() {
        let g = Gazetteer::bundled();
        let country = |w: &str| g.lookup(w).iter().find(|h| h.demonym).map(|h| g.entry(h.entry).id.clone());
        for (adjective, id) in [
            ("Ecuadorian", "country:ECU"),
            ("Slovenian", "country:SVN"),
            ("Argentinian", "country:ARG"),
            ("Djiboutian", "country:DJI"),
            ("Nepali", "country:NPL"),
            ("Icelandic", "country:ISL"),
            ("Luxembourgish", "country:LUX"),
        ] {
            assert_eq!(country(adjective).as_deref(), Some(id), "{adjective}");
        }
        // Adjectives no ending derives are curated; a two-land country has both lands' demonyms.
        for (adjective, id) in [
            ("Philippine", "country:PHL"),
            ("Kazakh", "country:KAZ"),
            ("Burkinabè", "country:BFA"),
            ("Bosnian", "country:BIH"),
            ("Herzegovinian", "country:BIH"),
        ] {
            assert_eq!(country(adjective).as_deref(), Some(id), "{adjective}");
        }
        // A form another entry already has keeps that entry: "Nigerian" is Nigeria's, not Niger's.
        assert_eq!(country("Nigerian").as_deref(), Some("country:NGA"));
        assert_eq!(adjective_forms("chad"), ["chadian", "chadi", "chadic", "chadish", "chadese"]);
    }

    #[test]
    fn finds_aliases_and_demonyms() {
        let g = Gazetteer::parse(SMALL);
        assert_eq!(g.len(), 5);
        assert_eq!(
            matches(&g, "Lebanese officials met in Beirut."),
            ["Lebanese=country:LBN", "Beirut=place:geonames:1"]
        );
        assert_eq!(matches(&g, "BEIRUT - LEBANON"), ["BEIRUT=place:geonames:1", "LEBANON=country:LBN"]);
        assert_eq!(matches(&g, "Al Qaeda and al-Qaida"), ["Al Qaeda=group:al-qaida", "al-Qaida=group:al-qaida"]);
    }

    /// A dateline's state abbreviation ("FRESNO, Calif. -") is the state; "Mass" the rite is not.
    #[test]
    fn newswire_abbreviations_of_us_states_are_the_states() {
        let g = Gazetteer::bundled();
        let found = matches(g, "FRESNO, Calif. - The council met.");
        assert!(found.contains(&"Calif.=place:geonames:5332921".to_string()), "{found:?}");
        let found = matches(g, "The bank is based in Salem, Ore., and Provo.");
        assert!(found.contains(&"Ore.=place:geonames:5744337".to_string()), "{found:?}");
        assert!(!matches(g, "The bishop celebrated Mass. Then he left.").iter().any(|m| m.starts_with("Mass")));
    }

    /// `find` without its shortcuts: every span keyed afresh, longest first, at every capitalised
    /// word or particle.
    fn find_plainly(g: &Gazetteer, text: &str, tokens: &[Token]) -> Vec<(usize, usize, Vec<u32>)> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let first = tokens[i].text(text);
            let mut best = None;
            if is_capitalized(first) || is_particle(first) {
                for len in (1..=g.max_alias_tokens.min(tokens.len() - i)).rev() {
                    let span = &tokens[i..i + len];
                    let hits: Vec<u32> = g
                        .lookup(&text[span[0].start..span[len - 1].end])
                        .iter()
                        .filter(|h| surface_fits(text, span, **h))
                        .map(|h| h.entry)
                        .collect();
                    if !hits.is_empty() && key_of_tokens(text, span) == key_of(&text[span[0].start..span[len - 1].end])
                    {
                        best = Some((i, i + len, hits));
                        break;
                    }
                }
            }
            match best {
                Some(m) => {
                    i = m.1;
                    found.push(m);
                }
                None => i += 1,
            }
        }
        found
    }

    #[test]
    fn finds_what_keying_every_span_afresh_finds() {
        let g = Gazetteer::bundled();
        for text in [
            "The Democratic Republic of the Congo and the United Kingdom of Great Britain met in New York City.",
            "Fighters of Hay'at Tahrir al-Sham entered Sana\u{2019}a, then the Islamic State of Iraq and the Levant left.",
            "In the United States, officials of the World Health Organization and the New York Times spoke of Saint Kitts and Nevis.",
            "UNITED ARAB EMIRATES - the Gulf Cooperation Council and al-Qaida in the Arabian Peninsula",
        ] {
            let tokens = tokenize(text);
            let found: Vec<(usize, usize, Vec<u32>)> = g
                .find(text, &tokens, 0..tokens.len())
                .into_iter()
                .map(|m| (m.first, m.end, m.hits.iter().map(|h| h.entry).collect()))
                .collect();
            assert!(!found.is_empty());
            assert_eq!(found, find_plainly(g, text, &tokens), "{text}");
        }
    }

    #[test]
    fn case_rules() {
        let g = Gazetteer::parse(SMALL);
        assert!(matches(&g, "Who said lebanon?").is_empty());
        assert_eq!(matches(&g, "the WHO said"), ["WHO=organization:who"]);
        let tokens = tokenize("Police");
        assert!(g.find("Police", &tokens, 0..1)[0].hits[0].common);
    }

    #[test]
    fn containment_the_gazetteer_rules_out() {
        let g = Gazetteer::parse(&format!(
            "{SMALL}country:SYR\tcountry\tSyria\t\t17000000\t\tSyria\tSyrian\n\
             place:geonames:3\tplace\tAleppo\tcountry:SYR\t1800000\t\tAleppo\t\n\
             place:geonames:4\tplace\tRas Beirut\tplace:geonames:1\t50000\t\tRas Beirut\t\n\
             place:region:levant\tplace\tLevant\t\t0\t\tLevant\t\n\
             place:new-town\tplace\tNew Town\t\t0\t\tNew Town\t\n\
             country:XTR\tcountry\tNorth Isle\t\t5000\t\tNorth Isle\t\tdependent\n"
        ));
        let at = |id: &str| (0..g.len() as u32).find(|&i| g.entry(i).id == id).unwrap();
        let (lebanon, beirut, syria, aleppo, ras_beirut, levant, new_town) = (
            at("country:LBN"),
            at("place:geonames:1"),
            at("country:SYR"),
            at("place:geonames:3"),
            at("place:geonames:4"),
            at("place:region:levant"),
            at("place:new-town"),
        );
        assert_eq!(g.country_of(ras_beirut), Some(lebanon));
        assert_eq!(g.country_of(lebanon), Some(lebanon));
        assert_eq!(g.country_of(levant), None);
        // Consistent with the data, or beyond what it knows: not ruled out.
        for (inner, outer) in [(beirut, lebanon), (ras_beirut, beirut), (ras_beirut, lebanon), (syria, levant)] {
            assert!(!g.rules_out_inside(inner, outer), "{} in {}", g.entry(inner).label, g.entry(outer).label);
        }
        assert!(!g.rules_out_inside(new_town, syria) && !g.rules_out_inside(aleppo, new_town));
        assert!(!g.rules_out_inside(aleppo, levant));
        // A territory may lie in a country; an independent country may not.
        let territory = at("country:XTR");
        assert!(g.entry(territory).dependent && !g.entry(syria).dependent);
        assert!(!g.rules_out_inside(territory, lebanon));
        // Two countries' places, a country in another, a country in a town.
        for (inner, outer) in
            [(aleppo, beirut), (aleppo, lebanon), (syria, lebanon), (lebanon, beirut), (beirut, syria)]
        {
            assert!(g.rules_out_inside(inner, outer), "{} in {}", g.entry(inner).label, g.entry(outer).label);
        }
    }

    #[test]
    fn bundled_gazetteer_knows_the_basics() {
        let g = Gazetteer::bundled();
        assert!(g.len() > 30_000);
        for (phrase, id) in [
            ("U.S.", "country:USA"),
            ("Israeli", "country:ISR"),
            ("Hezbollah", "group:hezbollah"),
            ("Middle East", "place:region:middle-east"),
        ] {
            let hits = g.lookup(phrase);
            assert!(hits.iter().any(|h| g.entry(h.entry).id == id), "{phrase} → {id}");
        }
        let beirut = g.lookup("Beirut").iter().map(|h| g.entry(h.entry)).find(|e| e.kind == NodeKind::Place).unwrap();
        assert_eq!(beirut.capital_of.as_deref(), Some("country:LBN"));
    }

    /// A country lies in its continent; a city in its country, and through it in the continent.
    #[test]
    fn bundled_countries_lie_in_their_continents() {
        let g = Gazetteer::bundled();
        let index = |id: &str| g.index_of(id).unwrap_or_else(|| panic!("{id}"));
        let europe = index("place:geonames:6255148");
        assert_eq!(g.entry(europe).label, "Europe");
        assert_eq!(g.entry(index("country:SWE")).parent.as_deref(), Some("place:geonames:6255148"));
        let beirut = g.lookup("Beirut").iter().find(|h| g.entry(h.entry).kind == NodeKind::Place).unwrap().entry;
        assert_eq!(g.country_of(beirut), Some(index("country:LBN")));
        assert!(!g.rules_out_inside(index("country:SWE"), europe));
        assert!(g.rules_out_inside(index("country:SWE"), index("country:NOR")));
    }
}
