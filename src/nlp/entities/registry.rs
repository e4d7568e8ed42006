//! The entity rules, in one place: candidate rules propose mentions sentence by sentence (the
//! best non-overlapping ones are kept: longer spans first, then higher priority), then passes
//! refine the article's mentions in priority order. A new rule goes here, with a test beside it.

use super::consistency::document_consistency;
use super::context::Ctx;
use super::gazetteer_names::{gazetteer_mention, hyphenated_prefixes};
use super::mention::EntityMention;
use super::organisations::{acronym_definitions, capitalised_collectives, organisations_by_head};
use super::people::{reported_persons, resolve_pronouns, title_references, titled_persons};
use super::places::{directional_regions, place_cues};
use super::tagged::tagged_names;
use crate::nlp::ner;
use crate::nlp::rule::{Priority, Rule};
use crate::nlp::sentences::Sentence;

/// What a candidate rule sees: one sentence of the article.
pub struct SentenceScope<'a> {
    pub ctx: &'a Ctx<'a>,
    pub sentence: &'a Sentence,
    /// Countries the article names unambiguously: they decide among same-named places.
    pub countries: &'a [String],
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
        doc: "A name the gazetteer knows is that entry, chosen by context among same-named ones.",
        priority: KNOWN_NAME,
        apply: |x, out| {
            let ctx = x.ctx;
            for m in ctx.gazetteer.find(ctx.text, ctx.tokens, x.sentence.tokens()) {
                if let Some(mention) = gazetteer_mention(ctx, &m.hits, m.first, m.end, x.countries) {
                    out.push(mention);
                }
            }
        },
    },
    Rule {
        name: "hyphenated-prefix",
        doc: "A known actor inside a hyphenated word is a mention of it (\"U.S.-led\", \"Israeli-Lebanese\").",
        priority: CUE,
        apply: |x, out| hyphenated_prefixes(x.ctx, x.sentence, x.countries, out),
    },
    Rule {
        name: "titled-person",
        doc: "Capitalised name words after a title are a person, the title their role (\"Gen. X Y\").",
        priority: TITLED,
        apply: |x, out| titled_persons(x.ctx, x.sentence, out),
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
        doc: "A name after a place noun and \"of\", or between a locative and \", <Country>\", is a place.",
        priority: CUE,
        apply: |x, out| place_cues(x.ctx, x.sentence, out),
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
                tagged_names(x.ctx, x.sentence, spans, x.countries, out);
            }
        },
    },
];

pub static PASSES: &[Rule<PassFn>] = &[
    Rule {
        name: "directional-region",
        doc: "A compass word before a known country or place makes a region of it (\"southern X\").",
        priority: Priority(50),
        apply: |ctx, mentions| directional_regions(ctx, mentions),
    },
    Rule {
        name: "acronym-definition",
        doc: "An all-caps word in parentheses after a name is its acronym, here and later (\"X Y (XY)\").",
        priority: Priority(40),
        apply: acronym_definitions,
    },
    Rule {
        name: "document-consistency",
        doc: "Later mentions of a name found once agree with it; a lone surname is the person named in full.",
        priority: Priority(30),
        apply: document_consistency,
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
];
