//! The entity rules, in one place: candidate rules propose mentions sentence by sentence (the
//! best non-overlapping ones are kept: longer spans first, then higher priority), then passes
//! refine the article's mentions in priority order. A new rule goes here, with a test beside it.

use super::aliases::{alias_appositives, names_typed_by_the_noun_before_their_cue};
use super::consistency::{
    acronyms_by_initials, coordinated_names_apart, document_consistency, kinds_from_cues,
    place_names_without_their_head, split_names_rejoined,
};
use super::context::Ctx;
use super::copular::copular_cues;
use super::descriptions::{resolve_definite_descriptions, resolve_its};
use super::gazetteer_names::{
    Whereabouts, drop_community_adjectives, drop_currency_prefixes, drop_language_labels, gazetteer_mention,
    hyphenated_prefixes, short_country_names, tagged_people, town_read_as_person,
};
use super::mention::EntityMention;
use super::organisations::{
    acronym_definitions, armed_by_modifier, capitalised_collectives, doers_guessed_places, employers_guessed_places,
    listed_with_bodies, organisations_by_head, violent_agents,
};
use super::pairs::resolve_pair_descriptions;
use super::people::{false_titled_persons, reported_persons, resolve_pronouns, title_references, titled_persons};
use super::places::{
    directional_regions, guesses_typed_by_an_appositive, head_of_a_name, listed_kind, named_by_a_following_noun,
    named_kind, place_cues, places_listed_with_places,
};
use super::plural_pronouns::resolve_plural_pronouns;
use super::shared_names::{compass_words_sharing_a_name, countries_called_by_their_compass_word};
use super::tagged::tagged_names;
use crate::nlp::ner;
use crate::nlp::rule::{Priority, Rule};
use crate::nlp::sentences::Sentence;

/// What a candidate rule sees: one sentence of the article.
pub struct SentenceScope<'a> {
    pub ctx: &'a Ctx<'a>,
    pub sentence: &'a Sentence,
    /// Where the article puts its places: it decides among same-named ones.
    pub whereabouts: &'a Whereabouts,
    /// The tagger's spans in this sentence (token offsets within it), when a model is bundled.
    pub tagged: Option<&'a [ner::Span]>,
}

/// Proposes mentions in one sentence.
pub type CandidateFn = fn(&SentenceScope, &mut Vec<EntityMention>);
/// Refines all mentions of the article.
pub type PassFn = fn(&Ctx, &mut Vec<EntityMention>);

/// A titled name ("Prime Minister X") beats any other reading of the same words.
pub const TITLED: Priority = Priority(3);
/// A gazetteer entry beats a name found by a weaker cue.
pub const KNOWN_NAME: Priority = Priority(2);
/// Cues and the tagger.
pub const CUE: Priority = Priority(1);
/// A lone capitalised collective yields to every other reading.
pub const WEAK_CUE: Priority = Priority(0);

pub static CANDIDATE_RULES: &[Rule<CandidateFn>] = &[
    Rule {
        name: "gazetteer-name",
        doc: "A name the gazetteer knows is that entry, chosen by context among same-named ones; a town's name the tagger reads as a person's is not the town.",
        priority: KNOWN_NAME,
        apply: |x, out| {
            let ctx = x.ctx;
            let people = tagged_people(x.sentence, x.tagged);
            for m in ctx.gazetteer.find(ctx.text, ctx.tokens, x.sentence.tokens()) {
                if let Some(mention) = gazetteer_mention(ctx, &m.hits, m.first, m.end, x.whereabouts)
                    && !town_read_as_person(ctx, &mention, &people)
                {
                    out.push(mention);
                }
            }
        },
    },
    Rule {
        name: "hyphenated-prefix",
        doc: "A known actor inside a hyphenated word is a mention of it (\"U.S.-led\", \"Israeli-Lebanese\").",
        priority: CUE,
        apply: |x, out| hyphenated_prefixes(x.ctx, x.sentence, x.whereabouts, out),
    },
    Rule {
        name: "titled-person",
        doc: "Capitalised name words after a title are a person, the title their role (\"Gen. X Y\").",
        priority: TITLED,
        apply: |x, out| titled_persons(x.ctx, x.sentence, out),
    },
    Rule {
        name: "false-titled-person",
        doc: "Two to four capitalised name words right after a lower-case noun of occupation or position are that person (\"opposition leader X Y\", \"the novelist X Y\").",
        priority: CUE,
        apply: |x, out| false_titled_persons(x.ctx, x.sentence, out),
    },
    Rule {
        name: "reported-person",
        doc: "Two or three name words right before a reporting verb are a person (\"X Y said\").",
        priority: CUE,
        apply: |x, out| reported_persons(x.ctx, x.sentence, out),
    },
    Rule {
        name: "organisation-head",
        doc: "A capitalised run ending in an organisation head word is an organisation (\"X Ministry\").",
        priority: CUE,
        apply: |x, out| organisations_by_head(x.ctx, x.sentence, out),
    },
    Rule {
        name: "place-cue",
        doc: "A name after a place noun and \"of\", before \", a <words> <place noun>\" or \", <bearing> of <Place>\", or between a locative and \", <Country>\", is a place.",
        priority: CUE,
        apply: |x, out| place_cues(x.ctx, x.sentence, out),
    },
    Rule {
        name: "head-of-a-name",
        doc: "A capitalised head of a body of water or a landform, \"of\" and a name are one place (\"the Cape of Good Hope\", \"the Strait of Magellan\").",
        priority: CUE,
        apply: |x, out| head_of_a_name(x.ctx, x.sentence, out),
    },
    Rule {
        name: "head-noun-after",
        doc: "A name before a place head noun is a place (\"Shan State\", \"Anbar province\"), one before a lower-case armed-group noun an armed group (\"the X gang\").",
        priority: CUE,
        apply: |x, out| named_by_a_following_noun(x.ctx, x.sentence, out),
    },
    Rule {
        name: "listed-kind",
        doc: "Names listed after a plural noun of a kind and \"including\" or \"such as\" are of that kind (\"rebel groups, including X and Y\").",
        priority: CUE,
        apply: |x, out| listed_kind(x.ctx, x.sentence, out),
    },
    Rule {
        name: "named-kind",
        doc: "A name after a noun of a kind and \"known as\", \"called\" or \"named\" is of that kind (\"a militia known as X\", \"a village called Y\").",
        priority: CUE,
        apply: |x, out| named_kind(x.ctx, x.sentence, out),
    },
    Rule {
        name: "copular-cue",
        doc: "The name opening a sentence that \"is a\" place, person or organisation noun (ending its phrase) is that kind (\"X is a village in…\", \"X is a Romanian novelist\").",
        priority: CUE,
        apply: |x, out| copular_cues(x.ctx, x.sentence, out),
    },
    Rule {
        name: "capitalised-collective",
        doc: "A capitalised collective noun on its own names a body (\"the Coalition\").",
        priority: WEAK_CUE,
        apply: |x, out| capitalised_collectives(x.ctx, x.sentence, out),
    },
    Rule {
        name: "tagger-name",
        doc: "A span the statistical tagger finds is a name, linked to the gazetteer when the types agree.",
        priority: CUE,
        apply: |x, out| {
            if let Some(spans) = x.tagged {
                tagged_names(x.ctx, x.sentence, spans, x.whereabouts, out);
            }
        },
    },
];

pub static PASSES: &[Rule<PassFn>] = &[
    Rule {
        name: "short-country-name",
        doc: "A country named in full as \"… of [the] X\" makes a bare \"X\" of the article that country (\"the Democratic Republic of Congo … Congo\").",
        priority: Priority(55),
        apply: |ctx, mentions| short_country_names(ctx, mentions),
    },
    Rule {
        name: "directional-region",
        doc: "A compass word before a known country or place makes a region of it (\"southern X\").",
        priority: Priority(50),
        apply: |ctx, mentions| directional_regions(ctx, mentions),
    },
    Rule {
        name: "shared-compass-name",
        doc: "A compass word coordinated with a compass word that opens a place's name names that place's twin (\"North and South Korea\").",
        priority: Priority(45),
        apply: compass_words_sharing_a_name,
    },
    Rule {
        name: "compass-short-name",
        doc: "\"The North\" stands for the article's one country named with that compass word first (\"North Korea\").",
        priority: Priority(44),
        apply: |ctx, mentions| countries_called_by_their_compass_word(ctx, mentions),
    },
    Rule {
        name: "acronym-definition",
        doc: "An all-caps word in parentheses after a name is its acronym, here and later (\"X Y (XY)\").",
        priority: Priority(40),
        apply: acronym_definitions,
    },
    Rule {
        name: "appositive-kind",
        doc: "A name only guessed right before an appositive that says what it is takes that kind (\"X Capital, Peru's largest lender\").",
        priority: Priority(39),
        apply: |ctx, mentions| guesses_typed_by_an_appositive(ctx, mentions),
    },
    Rule {
        name: "employer-not-place",
        doc: "A name only guessed a place right after \"at\" and a noun of people who work for a body is that body, an organisation (\"analysts at Jefferies\").",
        priority: Priority(39),
        apply: |ctx, mentions| employers_guessed_places(ctx, mentions),
    },
    Rule {
        name: "doer-not-place",
        doc: "A name only guessed a place after the \"by\" of a participle of doing is an organisation (\"an ambush carried out by X\").",
        priority: Priority(39),
        apply: |ctx, mentions| doers_guessed_places(ctx, mentions),
    },
    Rule {
        name: "noun-before-alias-cue",
        doc: "A name after an alias cue that follows a common noun of a kind is of that kind where a guess read it otherwise (\"militias known as X\").",
        priority: Priority(39),
        apply: |ctx, mentions| names_typed_by_the_noun_before_their_cue(ctx, mentions),
    },
    Rule {
        name: "kind-from-cue",
        doc: "A name a cue types in the article is of that kind where only a guess (the tagger, \"X said\") read it otherwise (\"the ruling X party\" … \"X and Y\").",
        priority: Priority(38),
        apply: |ctx, mentions| kinds_from_cues(ctx, mentions),
    },
    Rule {
        name: "headless-place",
        doc: "A place's name without its head noun is that place where a guess read it otherwise (\"Cabo Delgado\" after \"Cabo Delgado Province\").",
        priority: Priority(36),
        apply: |ctx, mentions| place_names_without_their_head(ctx, mentions),
    },
    Rule {
        name: "alias-appositive",
        doc: "A name after \"known as\", \"nicknamed\", \"also called\" is another name of the one before.",
        priority: Priority(35),
        apply: alias_appositives,
    },
    Rule {
        name: "locative-list",
        doc: "A name the rules read as a person, listed with places after a locative preposition, is a place (\"near X, Y and Z\").",
        priority: Priority(34),
        apply: |ctx, mentions| places_listed_with_places(ctx, mentions),
    },
    Rule {
        name: "listed-with-bodies",
        doc: "A name the tagger alone read as a person, listed with two or more organisations and nothing else, is an organisation (\"Airbus, Thales and X\").",
        priority: Priority(34),
        apply: |ctx, mentions| listed_with_bodies(ctx, mentions),
    },
    Rule {
        name: "armed-modifier",
        doc: "An organisation named right after an armed modifier is an armed group, in every mention (\"the paramilitary X\").",
        priority: Priority(33),
        apply: |ctx, mentions| armed_by_modifier(ctx, mentions),
    },
    Rule {
        name: "violent-agent",
        doc: "A place the gazetteer does not know that attacks, seizes or fights, or that its members' noun follows, is an armed group (\"the offensive by the X\", \"X rebels\").",
        priority: Priority(32),
        apply: |ctx, mentions| violent_agents(ctx, mentions),
    },
    Rule {
        name: "coordinated-names-apart",
        doc: "A name read across \"and\" is two names when the article names either side alone elsewhere (\"Gazprom and Rosneft\" … \"Gazprom said\").",
        priority: Priority(31),
        apply: coordinated_names_apart,
    },
    Rule {
        name: "split-name-rejoined",
        doc: "Two names side by side whose words together are a name the article writes whole are that name (\"Lake Chad Basin | Commission\" in a headline).",
        priority: Priority(31),
        apply: split_names_rejoined,
    },
    Rule {
        name: "document-consistency",
        doc: "Later mentions of a name found once agree with it; a lone surname is the person named in full.",
        priority: Priority(30),
        apply: document_consistency,
    },
    Rule {
        name: "acronym-initials",
        doc: "A lone acronym the gazetteer does not know stands for the article's one organisation with those initials (\"RSF\", \"the Rapid Support Forces\").",
        priority: Priority(29),
        apply: |ctx, mentions| acronyms_by_initials(ctx, mentions),
    },
    Rule {
        name: "currency-prefix",
        doc: "A name written against a currency sign is the currency's prefix, not a mention (\"US$5\").",
        priority: Priority(27),
        apply: drop_currency_prefixes,
    },
    Rule {
        name: "language-label",
        doc: "A name opening a parenthesis before a colon, or a lone people's word after \"in\" that no noun follows, labels a language, not a country (\"(French: …)\", \"sung in German by\").",
        priority: Priority(26),
        apply: drop_language_labels,
    },
    Rule {
        name: "community-adjective",
        doc: "A country's adjective before a people's, a faith's or another country's word names a community, not the state (\"Bosnian Serb forces\", \"Iraqi Kurds\").",
        priority: Priority(26),
        apply: drop_community_adjectives,
    },
    Rule {
        name: "text-order",
        doc: "Mentions are put in text order for the passes that read the article front to back.",
        priority: Priority(25),
        apply: |_, mentions| mentions.sort_by_key(|m| m.start),
    },
    Rule {
        name: "title-reference",
        doc: "A capitalised title without a name refers to the article's person who carries it.",
        priority: Priority(20),
        apply: title_references,
    },
    Rule {
        name: "personal-pronoun",
        doc: "He/she/his/her refer to the latest person named in the same or the two previous sentences.",
        priority: Priority(10),
        apply: resolve_pronouns,
    },
    Rule {
        name: "definite-description",
        doc: "\"The group\", \"the city\" (definite_descriptions.tsv) refer to the latest actor or place of a kind the noun allows, named in the same or the two previous sentences — a clause's subject first.",
        priority: Priority(9),
        apply: resolve_definite_descriptions,
    },
    Rule {
        name: "possessive-its",
        doc: "\"Its\" refers to the nearest actor before it in the sentence when only function words, reporting verbs and commas stand between (\"X said its fighters\"); opening a sentence, to the actor the previous one opens with.",
        priority: Priority(8),
        apply: resolve_its,
    },
    Rule {
        name: "pair-description",
        doc: "\"The two sides\", \"both countries\" (pair_descriptions.tsv) refer to the latest two actors of the kinds the noun allows named together with one \"and\", in the same or the four previous sentences; \"the three countries\" (up to six) to the latest list of as many.",
        priority: Priority(7),
        apply: resolve_pair_descriptions,
    },
    Rule {
        name: "plural-pronoun",
        doc: "\"They\" after a verb of saying refers to its subject, and opening a clause to the subject the sentence (or at its start the previous one) opens with, when that subject is named and plural: actors joined by \"and\", an armed group, a name before \"troops\" or \"officials\"; \"their\" too, or the plural names right before it (\"X and their allies\").",
        priority: Priority(6),
        apply: resolve_plural_pronouns,
    },
];

#[cfg(test)]
#[path = "namesake_tests.rs"]
mod namesake_tests;
#[cfg(test)]
#[path = "registry_pass_tests.rs"]
mod pass_tests;
#[cfg(test)]
#[path = "plural_pronoun_tests.rs"]
mod plural_pronoun_tests;
#[cfg(test)]
#[path = "registry_tests.rs"]
mod tests;
