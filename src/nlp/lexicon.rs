//! Word lists as data: each file of `data/lexicon/` holds one concept (titles, organisation head
//! words, event triggers, relation cues…), compiled in and parsed once. Rules name the list they
//! use; a new word goes in the file, not in the code.
//!
//! Format: one entry per line, `#` opens a comment line; `.tsv` files have tab-separated columns.

use std::sync::LazyLock;

macro_rules! lexicon_file {
    ($name:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/lexicon/", $name))
    };
}

/// A list of lower-case words (or phrases), in file order.
pub type WordList = LazyLock<Vec<&'static str>>;

/// The entries of a list file: lines that are neither blank nor comments.
pub fn parse_list(text: &'static str) -> Vec<&'static str> {
    text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect()
}

/// Military unit head words (`unit_heads.txt`) and their rank, smallest first.
pub static UNIT_HEADS: LazyLock<Vec<(&'static str, u8)>> = LazyLock::new(|| {
    parse_list(lexicon_file!("unit_heads.txt"))
        .into_iter()
        .enumerate()
        .flat_map(|(rank, line)| line.split_whitespace().map(move |w| (w, rank as u8)))
        .collect()
});

/// The first two columns of a `.tsv` file's rows (rows with fewer are skipped).
pub fn parse_pairs(text: &'static str) -> Vec<(&'static str, &'static str)> {
    parse_rows(text).into_iter().filter_map(|r| Some((*r.first()?, *r.get(1)?))).collect()
}

/// The rows of a `.tsv` file, each split on tabs.
pub fn parse_rows(text: &'static str) -> Vec<Vec<&'static str>> {
    parse_list(text).into_iter().map(|l| l.split('\t').collect()).collect()
}

/// Every use of one title list (`titles.tsv`): each row says which parts of Dramatis read it.
#[derive(Debug, Default)]
pub struct Titles {
    /// Titles before a person's name in extraction, compared lower-case as written ("gen.", "mr").
    pub name: Vec<&'static str>,
    /// Titles the tagger's training splits off person spans (compared without a final period).
    pub tagger: Vec<&'static str>,
    /// Words describing a person's position in an affiliation ("leader", "official").
    pub position: Vec<&'static str>,
    /// PETRARCH2 actor words that name a person's role (gazetteer build).
    pub actor: Vec<&'static str>,
    /// Titles that open only people's names ("Mrs", "Gen."), compared lower-case as written.
    pub honorific: Vec<&'static str>,
}

impl Titles {
    fn parse(text: &'static str) -> Titles {
        let mut titles = Titles::default();
        for row in parse_rows(text) {
            let (form, uses) = (row[0], row.get(1).copied().unwrap_or(""));
            for use_ in uses.split(',') {
                match use_.trim() {
                    "name" => titles.name.push(form),
                    "tagger" => titles.tagger.push(form),
                    "position" => titles.position.push(form),
                    "actor" => titles.actor.push(form),
                    "honorific" => titles.honorific.push(form),
                    _ => {}
                }
            }
        }
        titles
    }

    /// A title before a name in extraction ("President", "Gen.", "Mr"): any case, as written.
    pub fn is_name_title(&self, word: &str) -> bool {
        self.name.contains(&word.to_lowercase().as_str())
    }

    /// A title that never opens an organisation's name ("Mrs", "Gen.", "Sir"), any case.
    pub fn is_honorific(&self, word: &str) -> bool {
        self.honorific.contains(&word.to_lowercase().as_str())
    }

    /// A title or honorific for the tagger (any case, a trailing period ignored).
    pub fn is_tagger_title(&self, word: &str) -> bool {
        let w = word.trim_end_matches('.').to_lowercase();
        self.tagger.contains(&w.as_str())
    }
}

pub static TITLES: LazyLock<Titles> = LazyLock::new(|| Titles::parse(lexicon_file!("titles.tsv")));

// Entities.
/// Phrases after an organisation that tell where it is based (`headquarters_cues.txt`), as words.
pub static HEADQUARTERS_CUES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    parse_list(lexicon_file!("headquarters_cues.txt")).into_iter().map(|l| l.split(' ').collect()).collect()
});
pub static IRREGULAR_PAST: WordList = LazyLock::new(|| parse_list(lexicon_file!("irregular_past.txt")));
pub static DOING_PARTICIPLES: WordList = LazyLock::new(|| parse_list(lexicon_file!("doing_participles.txt")));
pub static UNCHANGED_PAST_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("unchanged_past_verbs.txt")));
pub static SCHEDULE_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("schedule_words.txt")));
pub static REPETITION_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("repetition_words.txt")));
pub static LASTING_CONFLICT_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("lasting_conflict_nouns.txt")));
pub static KINSHIP_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("kinship_nouns.txt")));
pub static ORG_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("org_heads.txt")));
pub static GROUP_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("group_heads.txt")));
/// Nouns of a government that rule from the place after "in" (`governing_nouns.txt`).
pub static GOVERNING_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("governing_nouns.txt")));
/// Head words that end only institutions' names, never places' (`institution_heads.txt`).
pub static INSTITUTION_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("institution_heads.txt")));
/// Prepositions that set an event noun after them as another's reason ("over the crackdown").
pub static REASON_PREPOSITIONS: WordList = LazyLock::new(|| parse_list(lexicon_file!("reason_prepositions.txt")));
pub static NEARNESS_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("nearness_words.txt")));
pub static TOPIC_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("topic_verbs.txt")));
pub static TIME_PREPOSITIONS: WordList = LazyLock::new(|| parse_list(lexicon_file!("time_prepositions.txt")));
/// Topic prepositions, each a phrase of one word or more ("about", "in connection with").
pub static TOPIC_PREPOSITIONS: PhraseList = LazyLock::new(|| phrases(lexicon_file!("topic_prepositions.txt")));
pub static VIOLENT_AGENT_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("violent_agent_nouns.txt")));
pub static ARMED_MODIFIERS: WordList = LazyLock::new(|| parse_list(lexicon_file!("armed_modifiers.txt")));
pub static FACILITY_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("facility_heads.txt")));
pub static CONCESSIVE_PREPOSITIONS: WordList =
    LazyLock::new(|| parse_list(lexicon_file!("concessive_prepositions.txt")));
pub static SITE_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("site_heads.txt")));
pub static STATE_BODY_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("state_body_heads.txt")));
pub static NUMBER_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("number_words.txt")));
pub static MUTUAL_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("mutual_verbs.txt")));
pub static MOVEMENT_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("movement_words.txt")));
pub static BODIES_ABROAD: WordList = LazyLock::new(|| parse_list(lexicon_file!("bodies_abroad.txt")));
pub static THOROUGHFARE_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("thoroughfare_heads.txt")));
pub static THOROUGHFARE_OPENERS: WordList = LazyLock::new(|| parse_list(lexicon_file!("thoroughfare_openers.txt")));
pub static DOCUMENT_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("document_heads.txt")));
pub static CAMPAIGN_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("campaign_heads.txt")));
pub static PLACE_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("place_nouns.txt")));
pub static PERSON_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("person_nouns.txt")));
pub static COUNTERPART_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("counterpart_nouns.txt")));
pub static DOER_ADJECTIVES: WordList = LazyLock::new(|| parse_list(lexicon_file!("doer_adjectives.txt")));
pub static ANNOUNCING_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("announcing_verbs.txt")));
/// Words opening a person's predicate as a comma opens an apposition (`predicate_openers.txt`).
pub static PREDICATE_OPENERS: PhraseList = LazyLock::new(|| phrases(lexicon_file!("predicate_openers.txt")));
pub static ADVERBS_BEFORE_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("adverbs_before_verbs.txt")));
pub static FALSE_TITLES: WordList = LazyLock::new(|| parse_list(lexicon_file!("false_titles.txt")));
pub static ORG_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("org_nouns.txt")));
pub static CONTEST_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("contest_words.txt")));
/// Last words of competitions' names (`competition_heads.txt`), case as written, and whether
/// the word names one alone ("Olympics").
pub static COMPETITION_HEADS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    parse_rows(lexicon_file!("competition_heads.txt")).into_iter().map(|r| (r[0], r.get(1) == Some(&"alone"))).collect()
});
pub static STORM_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("storm_words.txt")));
pub static SPORT_NAMES: WordList = LazyLock::new(|| parse_list(lexicon_file!("sport_names.txt")));
pub static SPORT_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("sport_words.txt")));
pub static VENUE_PREPOSITIONS: WordList = LazyLock::new(|| parse_list(lexicon_file!("venue_prepositions.txt")));
pub static LOCATIVE: WordList = LazyLock::new(|| parse_list(lexicon_file!("locative_prepositions.txt")));
pub static DIRECTIONS: WordList = LazyLock::new(|| parse_list(lexicon_file!("directions.txt")));
/// Prepositions that put something in a place ("in eastern Nepal"), `placing_prepositions.txt`.
pub static PLACING_PREPOSITIONS: WordList = LazyLock::new(|| parse_list(lexicon_file!("placing_prepositions.txt")));

/// Does the word name a people, a faith or its followers, or a deity ("Kurdish", "Yazidis", "God")?
pub fn names_a_people_or_faith(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    let singular = lower.strip_suffix('s').unwrap_or(&lower);
    PEOPLES_AND_FAITHS.contains(&lower.as_str()) || PEOPLES_AND_FAITHS.contains(&singular)
}

/// A compass word ("North", "southern", "Central"), any case.
pub fn is_compass_word(word: &str) -> bool {
    DIRECTIONS.contains(&word.to_lowercase().as_str())
}

/// A compass word that is an adjective ("Western", "north-eastern", "Central"), not a bearing
/// ("north of"), any case.
pub fn is_compass_adjective(word: &str) -> bool {
    let lower = word.to_lowercase();
    DIRECTIONS.contains(&lower.as_str()) && (lower.ends_with("ern") || lower == "central")
}
pub static PLACE_NAME_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("place_name_heads.txt")));
pub static REPORTING_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("reporting_verbs.txt")));
pub static COMPOUND_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("compound_heads.txt")));
pub static RELATIVE_PRONOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("relative_pronouns.txt")));
pub static SUBORDINATORS: WordList = LazyLock::new(|| parse_list(lexicon_file!("subordinators.txt")));
pub static ALIAS_CUES: WordList = LazyLock::new(|| parse_list(lexicon_file!("alias_cues.txt")));
pub static SURNAME_ARTICLES: WordList = LazyLock::new(|| parse_list(lexicon_file!("surname_articles.txt")));
pub static PARTY_PREPOSITIONS: WordList = LazyLock::new(|| parse_list(lexicon_file!("party_prepositions.txt")));
pub static METONYMY_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("metonymy_verbs.txt")));
/// Prefixes of hyphenated qualifiers before a name and the qualifier each names
/// (`stance_prefixes.tsv`: "pro-" → "favoured", "anti-" → "opposed").
pub static STANCE_PREFIXES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| parse_pairs(lexicon_file!("stance_prefixes.tsv")));
/// Participle endings of hyphenated qualifiers and the qualifier each names
/// (`qualifier_endings.tsv`: "-based" → "base", "-held" → "control").
pub static QUALIFIER_ENDINGS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| parse_pairs(lexicon_file!("qualifier_endings.tsv")));
/// `gendered_words.tsv`: a word and the gender it tells of a person ('m' or 'f').
pub static GENDERED_WORDS: LazyLock<Vec<(&'static str, char)>> = LazyLock::new(|| {
    parse_rows(lexicon_file!("gendered_words.tsv"))
        .into_iter()
        .filter_map(|row| Some((*row.first()?, row.get(1)?.chars().next()?)))
        .collect()
});
/// Nouns that after "the" refer back to a named actor or place, with the kinds each may refer to
/// (`definite_descriptions.tsv`: "group" → "group organization").
pub static DEFINITE_DESCRIPTIONS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| parse_pairs(lexicon_file!("definite_descriptions.tsv")));
/// Plural nouns that after "the two" or "both" refer back to the pair of actors named together
/// last, with the kinds the pair may be (`pair_descriptions.tsv`: "countries" → "country").
pub static PAIR_DESCRIPTIONS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| parse_pairs(lexicon_file!("pair_descriptions.tsv")));
/// Lowercase words of other languages inside names (`name_particles.txt`: "della", "los", "der").
pub static NAME_PARTICLES: WordList = LazyLock::new(|| parse_list(lexicon_file!("name_particles.txt")));
/// Plural nouns for an armed group's members (`armed_members.txt`: "rebels", "fighters").
pub static ARMED_MEMBERS: WordList = LazyLock::new(|| parse_list(lexicon_file!("armed_members.txt")));
pub static PERSONAL_PRONOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("personal_pronouns.txt")));
pub static PEOPLES_AND_FAITHS: WordList = LazyLock::new(|| parse_list(lexicon_file!("peoples_and_faiths.txt")));
pub static COLLECTIVE_NAMES: WordList = LazyLock::new(|| parse_list(lexicon_file!("collective_names.txt")));
pub static CALENDAR_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("calendar_words.txt")));

/// A month, weekday or feast ("Dec.", "Tuesday", "Eid"): time words, never names; any case, a
/// trailing period ignored.
pub fn is_calendar_word(word: &str) -> bool {
    CALENDAR_WORDS.contains(&word.to_lowercase().trim_end_matches('.'))
}
pub static FUNCTION_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("function_words.txt")));

/// A preposition that opens a sentence's adverbial phrase of place or time ("In", "After",
/// "During"), lower-case: the comma closing the phrase may be followed by the subject.
pub fn opens_an_adverbial(word: &str) -> bool {
    LOCATIVE.contains(&word) || TIME_PREPOSITIONS.contains(&word) || matches!(word, "on" | "during")
}

// Events and relations.
pub static VERB_STOPLIST: WordList = LazyLock::new(|| parse_list(lexicon_file!("verb_stoplist.txt")));
/// People a nationality describes without making them its state's agents ("a French journalist").
pub static PRIVATE_PEOPLE_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("private_people_nouns.txt")));
pub static LIGHT_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("light_verbs.txt")));
/// Nouns after "claim" that make it a claim of the act after "for" ("claimed responsibility for").
pub static CLAIM_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("claim_nouns.txt")));
/// Event verbs and the particle that makes them an idiom of another meaning ("deal with"),
/// `phrasal_idioms.tsv`.
pub static PHRASAL_IDIOMS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| parse_pairs(lexicon_file!("phrasal_idioms.tsv")));
/// Verbs of exchange and the object that makes them a fight ("exchanged fire"),
/// `fighting_objects.tsv`.
pub static FIGHTING_OBJECTS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| parse_pairs(lexicon_file!("fighting_objects.tsv")));
/// Nouns that end the name of a body of water ("Black Sea"), `water_heads.txt`.
pub static WATER_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("water_heads.txt")));
/// Nouns that end the name of open water no country holds ("South China Sea"), `open_water_heads.txt`.
pub static OPEN_WATER_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("open_water_heads.txt")));
/// Nouns that end the name of land lying in water ("Easter Island", "Kelmar Reef"), `island_heads.txt`.
pub static ISLAND_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("island_heads.txt")));
/// Nouns that open a landform's name before "of" ("Cape of Good Hope"), `landform_heads.txt`.
pub static LANDFORM_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("landform_heads.txt")));
pub static MEDIATOR_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("mediator_verbs.txt")));
pub static HOST_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("host_verbs.txt")));
pub static NEGATION: WordList = LazyLock::new(|| parse_list(lexicon_file!("negation_cues.txt")));
pub static DESIRE_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("desire_verbs.txt")));
pub static REQUESTING_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("requesting_verbs.txt")));
/// Auxiliaries of the future ("will"), `future_auxiliaries.txt`.
pub static FUTURE_AUXILIARIES: WordList = LazyLock::new(|| parse_list(lexicon_file!("future_auxiliaries.txt")));
/// Nouns of people who work for a body ("analysts at X"), `staff_nouns.txt`.
pub static STAFF_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("staff_nouns.txt")));
/// Posts that serve abroad ("ambassador to Kenya"), `envoy_nouns.txt`.
pub static ENVOY_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("envoy_nouns.txt")));
pub static SUPPORT_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("support_verbs.txt")));
pub static INTENTION_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("intention_verbs.txt")));
pub static READINESS_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("readiness_words.txt")));
pub static QUANTIFIERS: WordList = LazyLock::new(|| parse_list(lexicon_file!("quantifiers.txt")));
pub static CROWD_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("crowd_nouns.txt")));
pub static AUTHORITY_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("authority_nouns.txt")));
pub static PART_NOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("part_nouns.txt")));
pub static VISITING_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("visiting_verbs.txt")));
pub static SAYING_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("saying_verbs.txt")));
pub static SPEAKER_PRONOUNS: WordList = LazyLock::new(|| parse_list(lexicon_file!("speaker_pronouns.txt")));
pub static STOPPING_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("stopping_verbs.txt")));
pub static CAUSATIVE_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("causative_verbs.txt")));
pub static HYPOTHETICAL: WordList = LazyLock::new(|| parse_list(lexicon_file!("hypothetical_cues.txt")));
pub static DETERMINERS: WordList = LazyLock::new(|| parse_list(lexicon_file!("determiners.txt")));
pub static CLAUSE_BARRIERS: WordList = LazyLock::new(|| parse_list(lexicon_file!("clause_barriers.txt")));
pub static BARE_VERB_CONTEXT: WordList = LazyLock::new(|| parse_list(lexicon_file!("bare_verb_context.txt")));
pub static FINITE_AUXILIARIES: WordList = LazyLock::new(|| parse_list(lexicon_file!("finite_auxiliaries.txt")));
pub static GOVERNMENT_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("government_heads.txt")));
pub static POLITY_HEADS: WordList = LazyLock::new(|| parse_list(lexicon_file!("polity_heads.txt")));
pub static OBJECT_CONTROL_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("object_control_verbs.txt")));
/// The first CAMEO root of violence (18 Assault; 19 Fight and 20 mass violence above it).
pub const FIRST_VIOLENT_ROOT: u8 = 18;

/// A verb form of violence ("fired", "shelled", "attacks"), by its CAMEO root.
pub fn is_violent_verb(w: &str) -> bool {
    CAMEO_VERBS.get(w).is_some_and(|&(_, root)| root >= FIRST_VIOLENT_ROOT)
}

/// Verb form → (lemma, CAMEO root), from `cameo_verbs.tsv` (lemmas on the stoplist left out).
pub static CAMEO_VERBS: LazyLock<std::collections::HashMap<&'static str, (&'static str, u8)>> = LazyLock::new(|| {
    parse_rows(lexicon_file!("cameo_verbs.tsv"))
        .into_iter()
        .filter_map(|c| {
            let (form, lemma, root) = (*c.first()?, *c.get(1)?, c.get(2)?.parse().ok()?);
            (!VERB_STOPLIST.contains(&lemma)).then_some((form, (lemma, root)))
        })
        .collect()
});

/// Phrases of lower-case words, one per line ("facilitated by").
pub type PhraseList = LazyLock<Vec<Vec<&'static str>>>;

fn phrases(text: &'static str) -> Vec<Vec<&'static str>> {
    parse_list(text).into_iter().map(|l| l.split(' ').collect()).collect()
}

pub static MEDIATOR_PHRASES: PhraseList = LazyLock::new(|| phrases(lexicon_file!("mediator_phrases.txt")));
pub static HOST_PHRASES: PhraseList = LazyLock::new(|| phrases(lexicon_file!("host_phrases.txt")));

/// Nouns that name events, with their CAMEO root.
pub static NOMINAL_TRIGGERS: LazyLock<Vec<(&'static str, u8)>> = LazyLock::new(|| {
    parse_rows(lexicon_file!("nominal_triggers.tsv"))
        .into_iter()
        .filter_map(|row| Some((*row.first()?, row.get(1)?.parse().ok()?)))
        .collect()
});

/// [`NOMINAL_TRIGGERS`] by word: the CAMEO root of an event noun.
pub static EVENT_NOUNS: LazyLock<std::collections::HashMap<&'static str, u8>> =
    LazyLock::new(|| NOMINAL_TRIGGERS.iter().copied().collect());

/// Verbs that lay a deed on its doer ("blamed the attack on X").
pub static ATTRIBUTING_VERBS: WordList = LazyLock::new(|| parse_list(lexicon_file!("attributing_verbs.txt")));

/// Adjectives that follow their noun with a phrase ("a group active in Mali").
pub static POSTPOSITIVE_ADJECTIVES: WordList =
    LazyLock::new(|| parse_list(lexicon_file!("postpositive_adjectives.txt")));

/// Relation cues in file order: (the cue's words, the edge label).
pub static RELATION_CUES: LazyLock<Vec<(Vec<&'static str>, &'static str)>> = LazyLock::new(|| {
    parse_rows(lexicon_file!("relation_cues.tsv"))
        .into_iter()
        .filter_map(|row| Some((row.first()?.split(' ').collect(), *row.get(1)?)))
        .collect()
});

/// Career cues in file order (`career_cues.tsv`): the cue's words ("…" a gap of lower-case
/// words) and the relation class it tells, found in [`RELATION_CLASSES`] by its label.
pub static CAREER_CUES: LazyLock<Vec<(Vec<&'static str>, &'static RelationClass)>> = LazyLock::new(|| {
    parse_rows(lexicon_file!("career_cues.tsv"))
        .into_iter()
        .filter_map(|row| {
            let label = *row.get(1)?;
            let class = RELATION_CLASSES.iter().find(|c| c.label == label)?;
            Some((row.first()?.split(' ').collect(), class))
        })
        .collect()
});

// Tokens and sentences.
pub static ABBREVIATIONS: WordList = LazyLock::new(|| parse_list(lexicon_file!("abbreviations.txt")));
pub static NON_FINAL_ABBREVIATIONS: WordList =
    LazyLock::new(|| parse_list(lexicon_file!("non_final_abbreviations.txt")));
pub static SENTENCE_OPENERS: WordList = LazyLock::new(|| parse_list(lexicon_file!("sentence_openers.txt")));

/// Words that make a PETRARCH2 actor entry an organisation (gazetteer build; upper-case).
pub static PETRARCH_ORG_WORDS: WordList = LazyLock::new(|| parse_list(lexicon_file!("petrarch_org_words.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_skip_comments_and_blank_lines() {
        assert_eq!(parse_list("# a comment\nfirst\n\nsecond phrase\r\n"), vec!["first", "second phrase"]);
        assert_eq!(parse_rows("talks\t04\n# x\n"), vec![vec!["talks", "04"]]);
    }

    #[test]
    fn one_title_list_serves_extraction_and_the_tagger() {
        assert!(TITLES.is_name_title("President"));
        assert!(TITLES.is_name_title("Gen."));
        assert!(!TITLES.is_name_title("Aoun"));
        assert!(TITLES.is_tagger_title("Mr."));
        assert!(TITLES.is_tagger_title("PRESIDENT"));
        assert!(TITLES.is_tagger_title("Lt."));
        assert!(!TITLES.is_tagger_title("Aoun"));
        assert!(TITLES.position.contains(&"leader"));
        assert!(TITLES.actor.contains(&"spokesman"));
    }

    #[test]
    fn every_list_loads_and_holds_lower_case_entries_where_it_must() {
        for list in [
            &ORG_HEADS,
            &INSTITUTION_HEADS,
            &GOVERNING_NOUNS,
            &FACILITY_HEADS,
            &SITE_HEADS,
            &CONCESSIVE_PREPOSITIONS,
            &BODIES_ABROAD,
            &STATE_BODY_HEADS,
            &MOVEMENT_WORDS,
            &MUTUAL_VERBS,
            &NUMBER_WORDS,
            &THOROUGHFARE_HEADS,
            &THOROUGHFARE_OPENERS,
            &ADVERBS_BEFORE_VERBS,
            &PARTY_PREPOSITIONS,
            &RELATIVE_PRONOUNS,
            &SURNAME_ARTICLES,
            &ALIAS_CUES,
            &SUBORDINATORS,
            &COMPOUND_HEADS,
            &LIGHT_VERBS,
            &FUTURE_AUXILIARIES,
            &STAFF_NOUNS,
            &ENVOY_NOUNS,
            &CLAIM_NOUNS,
            &REASON_PREPOSITIONS,
            &NEARNESS_WORDS,
            &TOPIC_VERBS,
            &PRIVATE_PEOPLE_NOUNS,
            &DESIRE_VERBS,
            &REQUESTING_VERBS,
            &STOPPING_VERBS,
            &DOCUMENT_HEADS,
            &DIRECTIONS,
            &PLACING_PREPOSITIONS,
            &PLACE_NAME_HEADS,
            &CALENDAR_WORDS,
            &FUNCTION_WORDS,
            &CLAUSE_BARRIERS,
            &FINITE_AUXILIARIES,
            &OBJECT_CONTROL_VERBS,
            &GOVERNMENT_HEADS,
            &POLITY_HEADS,
            &ARMED_MODIFIERS,
            &TIME_PREPOSITIONS,
            &KINSHIP_NOUNS,
            &IRREGULAR_PAST,
            &INTENTION_VERBS,
            &READINESS_WORDS,
            &SAYING_VERBS,
            &VISITING_VERBS,
            &CROWD_NOUNS,
            &AUTHORITY_NOUNS,
            &PART_NOUNS,
            &QUANTIFIERS,
            &SPEAKER_PRONOUNS,
            &UNCHANGED_PAST_VERBS,
            &DOING_PARTICIPLES,
            &ARMED_MEMBERS,
            &SCHEDULE_WORDS,
            &REPETITION_WORDS,
            &LASTING_CONFLICT_NOUNS,
            &ATTRIBUTING_VERBS,
            &POSTPOSITIVE_ADJECTIVES,
            &WATER_HEADS,
            &OPEN_WATER_HEADS,
            &ISLAND_HEADS,
            &LANDFORM_HEADS,
        ] {
            assert!(!list.is_empty());
            assert!(list.iter().all(|w| *w == w.to_lowercase() && w.trim() == *w), "{:?}", list.first());
        }
        assert!(NOMINAL_TRIGGERS.iter().any(|&(w, r)| w == "talks" && r == 4));
        assert!(NOMINAL_TRIGGERS.iter().all(|&(_, r)| (1..=20).contains(&r)));
        assert!(RELATION_CUES.iter().any(|(cue, label)| cue == &["concerned", "about"] && *label == "concerned about"));
        assert_eq!(MEDIATOR_PHRASES[0], vec!["facilitated", "by"]);
        // Every career cue names a relation class (a row with an unknown label would vanish).
        assert_eq!(CAREER_CUES.len(), parse_rows(lexicon_file!("career_cues.tsv")).len());
        assert!(
            CAREER_CUES
                .iter()
                .all(|(cue, _)| cue.iter().filter(|w| **w == "…").count() <= 1 && cue.first() != Some(&"…"))
        );
        assert!(COLLECTIVE_NAMES.contains(&"Coalition"));
        assert!(FIGHTING_OBJECTS.contains(&("exchange", "fire")));
        assert!(FIGHTING_OBJECTS.iter().all(|(verb, object)| !verb.is_empty() && *object == object.to_lowercase()));
        assert!(NAME_PARTICLES.contains(&"della") && NAME_PARTICLES.iter().all(|w| *w == w.to_lowercase()));
        assert!(PAIR_DESCRIPTIONS.iter().any(|&(head, kinds)| head == "sides" && kinds == "actor"));
        assert!(PAIR_DESCRIPTIONS.iter().all(|(head, kinds)| {
            *head == head.to_lowercase()
                && kinds.split(' ').all(|k| matches!(k, "actor" | "person" | "group" | "organization" | "country"))
        }));
        assert!(DEFINITE_DESCRIPTIONS.iter().all(|(head, kinds)| {
            *head == head.to_lowercase()
                && kinds.split(' ').all(|k| matches!(k, "group" | "organization" | "country" | "place"))
        }));
        assert!(
            UNIT_HEADS.iter().any(|&(w, _)| w == "company")
                && UNIT_HEADS.iter().any(|&(w, r)| w == "division" && r > 0)
        );
    }

    #[test]
    fn open_water_is_water_and_islands_are_not() {
        assert!(OPEN_WATER_HEADS.iter().all(|w| WATER_HEADS.contains(w)));
        assert!(ISLAND_HEADS.iter().all(|w| !WATER_HEADS.contains(w)));
    }

    #[test]
    fn a_surname_sheds_its_joined_article() {
        assert_eq!(surname_without_article("al-Burhan"), Some("Burhan"));
        assert_eq!(surname_without_article("El-Kurd"), Some("Kurd"));
        assert_eq!(surname_without_article("ash-Shami"), Some("Shami"));
        assert_eq!(surname_without_article("Alvarez"), None, "no hyphen, no article");
        assert_eq!(surname_without_article("al-qaida"), None, "not a name after it");
        assert_eq!(surname_without_article("al-"), None);
    }
}

/// A family name without the Arabic article joined to it ("al-Burhan" → "Burhan"), if it has
/// one (`surname_articles.txt`) and something capitalised follows it.
pub fn surname_without_article(word: &str) -> Option<&str> {
    let article =
        SURNAME_ARTICLES.iter().find(|a| word.get(..a.len()).is_some_and(|head| head.eq_ignore_ascii_case(a)))?;
    let rest = &word[article.len()..];
    (rest.chars().count() >= 3 && rest.chars().next().is_some_and(char::is_uppercase)).then_some(rest)
}

/// One class of the learned relation classifier (`relation_classes.tsv`): its name, the edge
/// kind and label users see, and the corpus relation types it is trained from.
#[derive(Debug, Clone)]
pub struct RelationClass {
    pub name: &'static str,
    pub edge: crate::model::EdgeKind,
    pub label: &'static str,
    /// (source type, runs the other way).
    pub sources: Vec<(&'static str, bool)>,
}

/// The relation classes, in file order (the classifier's output order).
pub static RELATION_CLASSES: LazyLock<Vec<RelationClass>> = LazyLock::new(|| {
    parse_rows(lexicon_file!("relation_classes.tsv"))
        .into_iter()
        .filter(|row| row.len() >= 4)
        .filter_map(|row| {
            Some(RelationClass {
                name: row[0],
                edge: crate::model::EdgeKind::parse(row[1])?,
                label: row[2],
                sources: row[3].split_whitespace().map(|s| (s.trim_end_matches('~'), s.ends_with('~'))).collect(),
            })
        })
        .collect()
});
