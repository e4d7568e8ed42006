//! The NER training corpora of `../shared/corpora` (GMB's CSV and the uniform BIO view of the
//! others): which types each one annotates, how its tags map to ours, how it splits into
//! train/dev/test, and how it is weighted in training.
//!
//! Every set except GMB comes as one uniform BIO view (`<set>/ner/<split>.tsv`, see
//! `NER-CORPORA.md`). A set that never labels a type leaves such mentions `O` because nobody
//! labelled them, so those types are *open* for that set: training lets an `O` token of the set
//! take any tag of an open type (partial-label training), instead of teaching that dates or
//! nationalities are not entities.

use std::path::Path;

use crate::train_ner::LabeledSentence;
use dramatis::nlp::lexicon::TITLES;
use dramatis::nlp::ner::tables::GazetteerIndex;
use dramatis::nlp::ner::{EntityType, NerError, Span};

/// A corpus split. Upstream splits are kept where the set has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Train,
    Dev,
    Test,
}

/// How a set's files make train/dev/test.
#[derive(Debug, Clone, Copy)]
enum Layout {
    /// GMB's CSV: every 10th sentence is held out; of those, alternate ones are dev and test.
    Gmb,
    /// `train.tsv`, `dev.tsv`, `test.tsv` as given.
    Upstream,
    /// Upstream files, but the small train file is joined by every other dev sentence (the rest is dev).
    TrainPlusHalfDev,
    /// No train file: dev documents before `n` train, the rest are dev; `test.tsv` is test.
    DevDocumentsTrain(usize),
    /// One `all.tsv`: documents 8 and 9 of every 10 are dev and test.
    AllByDocument,
}

/// One training corpus.
#[derive(Debug, Clone, Copy)]
pub struct CorpusSpec {
    pub name: &'static str,
    folder: &'static str,
    layout: Layout,
    /// Types the set never (or only partly) annotates: its `O` says nothing about them.
    pub open: &'static [EntityType],
    /// Mentions that start with `@` (Twitter handles) teach nothing about news text: any tag is allowed there.
    mask_handles: bool,
    /// Expected share of the set's sentences per training epoch (1.0 = each sentence once).
    pub weight: f32,
}

use EntityType::{Date, Event, Misc, Norp};

/// All corpora, in the order reports list them. Open types follow the table of `NER-CORPORA.md`
/// ("—" and "~" except the shared NORP rule). Weights were chosen on the dev splits by the mean
/// leave-one-out F1: GMB (half the tokens of all sets) at 0.5 and the rest at 1 beat GMB at 1
/// with tweets and fiction at 0.5 and CrossNER at 2 (61.4 vs 60.4 mean PER/ORG/LOC F1).
pub const CORPORA: [CorpusSpec; 7] = [
    CorpusSpec { name: "gmb", folder: "gmb", layout: Layout::Gmb, open: &[], mask_handles: false, weight: 0.5 },
    CorpusSpec {
        name: "btc",
        folder: "btc",
        layout: Layout::Upstream,
        open: &[Norp, Event, Date, Misc],
        mask_handles: true,
        weight: 1.0,
    },
    CorpusSpec {
        name: "wnut17",
        folder: "wnut17",
        layout: Layout::Upstream,
        open: &[Norp, Event, Date, Misc],
        mask_handles: true,
        weight: 1.0,
    },
    CorpusSpec {
        name: "crossner-politics",
        folder: "crossner-politics",
        layout: Layout::TrainPlusHalfDev,
        open: &[Date],
        mask_handles: false,
        weight: 1.0,
    },
    CorpusSpec {
        name: "redocred",
        folder: "redocred",
        layout: Layout::DevDocumentsTrain(400),
        open: &[Event],
        mask_handles: false,
        weight: 1.0,
    },
    CorpusSpec {
        name: "gum",
        folder: "gum",
        layout: Layout::Upstream,
        open: &[Norp, Date],
        mask_handles: false,
        weight: 1.0,
    },
    CorpusSpec {
        name: "litbank",
        folder: "litbank",
        layout: Layout::AllByDocument,
        open: &[Norp, Event, Date, Misc],
        mask_handles: false,
        weight: 1.0,
    },
];

/// The spec named `name`.
pub fn spec(name: &str) -> Option<&'static CorpusSpec> {
    CORPORA.iter().find(|c| c.name == name)
}

/// Bit of each type in [`LabeledSentence::open_types`].
pub fn type_bit(kind: EntityType) -> u16 {
    1 << kind as u16
}

/// One sentence of a set with the index of its document (sentence sets without documents count each sentence as one).
pub struct CorpusSentence {
    pub document: usize,
    pub sentence: LabeledSentence,
}

/// Reads one split of one corpus from `shared` (the `../shared` folder).
pub fn load(
    shared: &Path,
    spec: &CorpusSpec,
    split: Split,
    gazetteer: &GazetteerIndex,
) -> Result<Vec<CorpusSentence>, NerError> {
    let folder = shared.join("corpora").join(spec.folder);
    let tsv = |name: &str| -> Result<Vec<BioSentence>, NerError> {
        let path = folder.join("ner").join(name);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| NerError::Corpus { path: path.display().to_string(), reason: e.to_string() })?;
        read_bio(&text).map_err(|reason| NerError::Corpus { path: path.display().to_string(), reason })
    };
    let picked: Vec<BioSentence> = match (spec.layout, split) {
        (Layout::Gmb, _) => {
            let wanted = |i: usize| match split {
                Split::Train => !is_held_out(i),
                Split::Dev => i % 20 == 9,
                Split::Test => i % 20 == 19,
            };
            let sentences = read_gmb(&folder.join("ner_dataset.csv"), gazetteer)?;
            return Ok(sentences
                .into_iter()
                .enumerate()
                .filter(|(i, _)| wanted(*i))
                .map(|(i, sentence)| CorpusSentence { document: i, sentence: spec.finish(sentence) })
                .collect());
        }
        (Layout::Upstream, Split::Train) => tsv("train.tsv")?,
        (Layout::Upstream | Layout::TrainPlusHalfDev, Split::Test) => tsv("test.tsv")?,
        (Layout::Upstream, Split::Dev) => tsv("dev.tsv")?,
        (Layout::TrainPlusHalfDev, Split::Train) => {
            let mut all = tsv("train.tsv")?;
            all.extend(tsv("dev.tsv")?.into_iter().enumerate().filter(|(i, _)| i % 2 == 0).map(|(_, s)| s));
            all
        }
        (Layout::TrainPlusHalfDev, Split::Dev) => {
            tsv("dev.tsv")?.into_iter().enumerate().filter(|(i, _)| i % 2 == 1).map(|(_, s)| s).collect()
        }
        (Layout::DevDocumentsTrain(n), Split::Train) => {
            tsv("dev.tsv")?.into_iter().filter(|s| s.document < n).collect()
        }
        (Layout::DevDocumentsTrain(n), Split::Dev) => tsv("dev.tsv")?.into_iter().filter(|s| s.document >= n).collect(),
        (Layout::DevDocumentsTrain(_), Split::Test) => tsv("test.tsv")?,
        (Layout::AllByDocument, _) => {
            let wanted = |d: usize| match split {
                Split::Train => d % 10 < 8,
                Split::Dev => d % 10 == 8,
                Split::Test => d % 10 == 9,
            };
            tsv("all.tsv")?.into_iter().filter(|s| wanted(s.document)).collect()
        }
    };
    Ok(picked
        .into_iter()
        .map(|s| CorpusSentence { document: s.document, sentence: spec.convert(&s, gazetteer) })
        .collect())
}

impl CorpusSpec {
    /// BIO sentence → our spans, with the set's open types and masked handles.
    fn convert(&self, bio: &BioSentence, gazetteer: &GazetteerIndex) -> LabeledSentence {
        let refs: Vec<&str> = bio.words.iter().map(String::as_str).collect();
        let mut positions = Vec::new();
        gazetteer.tag_positions(&refs, &mut positions, &mut String::new());
        let mut spans = Vec::new();
        let mut masked = Vec::new();
        for (start, end, tag) in &bio.mentions {
            if self.mask_handles && bio.words[*start].starts_with('@') {
                masked.push((*start, *end));
                continue;
            }
            let start = &trim_name_lead(&bio.words, tag, *start, *end);
            let (start, kind) = match tag.as_str() {
                "PER" => match strip_person_titles(&bio.words, *start, *end) {
                    Some(s) => (s, EntityType::Person),
                    None => continue,
                },
                "ORG" => (*start, EntityType::Org),
                "LOC" => (*start, place_type(&positions, *start, *end)),
                "NORP" => (*start, EntityType::Norp),
                "EVENT" => (*start, EntityType::Event),
                "DATE" => (*start, EntityType::Date),
                _ => (*start, EntityType::Misc),
            };
            spans.push(Span { start, end: *end, kind });
        }
        extend_to_gazetteer_names(&mut spans, &positions, &bio.words);
        retype_country_names(&mut spans, &positions);
        join_country_names(&mut spans, &positions);
        self.finish(LabeledSentence { words: bio.words.clone(), spans, masked, ..LabeledSentence::default() })
    }

    /// Adds what the spec says of every sentence: open types and weight.
    fn finish(&self, mut sentence: LabeledSentence) -> LabeledSentence {
        sentence.open_types = self.open.iter().fold(0, |bits, &t| bits | type_bit(t));
        sentence.weight = self.weight;
        sentence
    }
}

/// A place is a GPE when the gazetteer knows exactly this phrase as a country or populated place
/// (not a demonym), else a LOC: the corpora have one location type, the tag set two. A place
/// mention that is exactly a demonym and nothing else ("Chinese" in "the Chinese government") is a
/// NORP — the shared NORP rule, which the converter applies to PER/ORG/MISC mentions only, while
/// Re-DocRED and BTC mark adjectival nationalities as places (236 of Re-DocRED dev's 300 such
/// words) and GMB, OntoNotes and CoNLL do not: left alone they teach that "German painter" names a place.
pub fn place_type(positions: &[u16], start: usize, end: usize) -> EntityType {
    use dramatis::nlp::ner::tables::gazetteer_bits as bits;
    let found = exact_gazetteer_bits(positions, start, end).unwrap_or(0);
    if found & (bits::COUNTRY | bits::PLACE) != 0 && found & bits::DEMONYM == 0 {
        EntityType::Gpe
    } else if found & bits::DEMONYM != 0 {
        EntityType::Norp
    } else {
        EntityType::Loc
    }
}

/// The gazetteer's kind bits for the phrase `start..end` when it is exactly one gazetteer phrase.
fn exact_gazetteer_bits(positions: &[u16], start: usize, end: usize) -> Option<u16> {
    let single = end - start == 1;
    let exact = positions[start] >> 8 == if single { 4 } else { 1 } && (single || positions[end - 1] >> 8 == 3);
    exact.then_some(positions[start] & 0xff)
}

/// A gold organisation or nationality mention that is exactly a country's name is a GPE: GMB marks
/// a country acting as a state org or gpe (1,814 and 1,246 mentions, against 21,035 geo) where
/// every other set and CoNLL mark the name a place in every role; the linker reads the metonymy.
pub fn retype_country_names(spans: &mut [Span], positions: &[u16]) {
    use dramatis::nlp::ner::tables::gazetteer_bits as bits;
    for sp in spans.iter_mut().filter(|sp| matches!(sp.kind, EntityType::Org | EntityType::Norp)) {
        let found = exact_gazetteer_bits(positions, sp.start, sp.end).unwrap_or(0);
        if found & bits::COUNTRY != 0 && found & (bits::ORGANIZATION | bits::GROUP | bits::DEMONYM) == 0 {
            sp.kind = EntityType::Gpe;
        }
    }
}

/// Gold mentions that together cover exactly a multi-word country name (and nothing beyond it)
/// become one GPE mention of it: the tag set reads country names as GPE in every role (metonymy is
/// the linker's business), and a corpus that splits or mistypes such a name has slipped — GMB's
/// pre-annotation marks most multi-word country names org ("Cayman Islands", "United Arab
/// Emirates") or splits them ("Czech" gpe + "Republic" geo, "Sri" per + "Lanka" gpe), which taught
/// the tagger that such names are organisations or two mentions.
pub fn join_country_names(spans: &mut Vec<Span>, positions: &[u16]) {
    use dramatis::nlp::ner::tables::gazetteer_bits as bits;
    let mut start = 0;
    while start < positions.len() {
        // A gazetteer phrase begins (B) here: find where it ends (L).
        if positions[start] >> 8 != 1 {
            start += 1;
            continue;
        }
        let Some(last) = (start + 1..positions.len()).find(|&i| positions[i] >> 8 != 2) else { break };
        let end = last + 1;
        let found = positions[start] & 0xff;
        let country = positions[last] >> 8 == 3
            && found & bits::COUNTRY != 0
            && found & (bits::ORGANIZATION | bits::GROUP | bits::DEMONYM) == 0;
        let inside = |sp: &Span| sp.start < end && sp.end > start;
        let within = spans.iter().filter(|sp| inside(sp)).all(|sp| sp.start >= start && sp.end <= end);
        let covered = (start..end).all(|i| spans.iter().any(|sp| sp.start <= i && i < sp.end));
        let already = spans.iter().any(|sp| sp.start == start && sp.end == end && sp.kind == EntityType::Gpe);
        if country && within && covered && !already {
            spans.retain(|sp| !inside(sp));
            let at = spans.partition_point(|sp| sp.start < start);
            spans.insert(at, Span { start, end, kind: EntityType::Gpe });
        }
        start = end;
    }
}

/// A gold mention that is the tail of a gazetteer name whose capitalised head words are left
/// unmarked ("United O · States B-LOC") grows to the whole name: a converter that keeps only the
/// head noun's part of a name has slipped (GUM's rule splits off "United" from every "United
/// States", "United Nations" and "United Kingdom"), and left alone the slip teaches the tagger that
/// the head word is something else.
pub fn extend_to_gazetteer_names(spans: &mut [Span], positions: &[u16], words: &[String]) {
    let mut start = 0;
    while start < positions.len() {
        if positions[start] >> 8 != 1 {
            start += 1;
            continue;
        }
        let Some(last) = (start + 1..positions.len()).find(|&i| positions[i] >> 8 != 2) else { break };
        let end = last + 1;
        if positions[last] >> 8 == 3 {
            let unmarked = |i: usize| spans.iter().all(|sp| i < sp.start || i >= sp.end);
            let capitalised = |i: usize| words[i].chars().next().is_some_and(char::is_uppercase);
            if let Some(tail) = spans.iter().position(|sp| sp.end == end && sp.start > start) {
                let head = start..spans[tail].start;
                if head.clone().all(|i| unmarked(i) && capitalised(i)) {
                    let sp = &mut spans[tail];
                    sp.start = start;
                    if matches!(sp.kind, EntityType::Loc | EntityType::Gpe) {
                        sp.kind = place_type(positions, start, end);
                    }
                }
            }
        }
        start = end;
    }
}

/// The held-out split: every 10th sentence (1-based numbers 10, 20, …) is never trained on.
pub fn is_held_out(index: usize) -> bool {
    index % 10 == 9
}

/// Reads `ner_dataset.csv` (latin-1, `Sentence #,Word,POS,Tag`, BIO tags) into sentences with
/// spans in our tag set.
pub fn read_gmb(path: &Path, gazetteer: &GazetteerIndex) -> Result<Vec<LabeledSentence>, NerError> {
    let bytes = std::fs::read(path)
        .map_err(|e| NerError::Corpus { path: path.display().to_string(), reason: e.to_string() })?;
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(true).from_reader(text.as_bytes());
    let mut sentences = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut tags: Vec<String> = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|e| NerError::Corpus {
            path: path.display().to_string(),
            reason: format!("row {}: {e}", line + 2),
        })?;
        let (Some(marker), Some(word), Some(tag)) = (record.get(0), record.get(1), record.get(3)) else {
            return Err(NerError::Corpus {
                path: path.display().to_string(),
                reason: format!("row {}: expected 4 columns", line + 2),
            });
        };
        if !marker.trim().is_empty() && !words.is_empty() {
            sentences.push(convert(&words, &tags, gazetteer));
            words.clear();
            tags.clear();
        }
        words.push(word.to_string());
        tags.push(tag.to_string());
    }
    if !words.is_empty() {
        sentences.push(convert(&words, &tags, gazetteer));
    }
    if sentences.is_empty() {
        return Err(NerError::Corpus { path: path.display().to_string(), reason: "no sentences".into() });
    }
    Ok(sentences)
}

/// GMB BIO tags → our spans: per → PERSON without leading titles, org → ORG, geo → GPE when the
/// gazetteer knows a country or populated place by that name else LOC, gpe → NORP, tim → DATE,
/// eve → EVENT, art/nat → MISC; mentions that together are a multi-word country's name → one GPE.
fn convert(words: &[String], tags: &[String], gazetteer: &GazetteerIndex) -> LabeledSentence {
    let mut raw: Vec<(usize, usize, String)> = Vec::new();
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
        match prefix {
            "B" => raw.push((i, i + 1, kind.to_string())),
            "I" => match raw.last_mut() {
                Some(last) if last.1 == i && last.2 == kind => last.1 = i + 1,
                _ => raw.push((i, i + 1, kind.to_string())),
            },
            _ => {}
        }
    }
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut positions = Vec::new();
    let mut scratch = String::new();
    gazetteer.tag_positions(&refs, &mut positions, &mut scratch);
    let mut spans = Vec::new();
    for (start, end, kind) in raw {
        let start = trim_name_lead(words, &kind, start, end);
        let (start, kind) = match kind.as_str() {
            "per" => match strip_person_titles(words, start, end) {
                Some(start) => (start, EntityType::Person),
                None => continue,
            },
            "org" => (start, EntityType::Org),
            "geo" => (start, place_type(&positions, start, end)),
            "gpe" => (start, EntityType::Norp),
            "tim" => (start, EntityType::Date),
            "eve" => (start, EntityType::Event),
            _ => (start, EntityType::Misc),
        };
        spans.push(Span { start, end, kind });
    }
    extend_to_gazetteer_names(&mut spans, &positions, words);
    retype_country_names(&mut spans, &positions);
    join_country_names(&mut spans, &positions);
    LabeledSentence { words: words.to_vec(), spans, ..LabeledSentence::default() }
}

/// Where a name starts once a leading lowercase determiner or compass word is cut off ("the
/// United States", "southern Lebanon" → "United States", "Lebanon"): Re-DocRED and GMB take them
/// into the mention, CoNLL, OntoNotes and the other sets do not, and the graph makes the region of
/// "southern Lebanon" itself. Dates, events and other names keep them ("the 1990s").
pub fn trim_name_lead(words: &[String], tag: &str, mut start: usize, end: usize) -> usize {
    use dramatis::nlp::lexicon::{DETERMINERS, DIRECTIONS};
    let name = matches!(tag.to_ascii_uppercase().as_str(), "PER" | "ORG" | "LOC" | "NORP" | "GEO" | "GPE");
    while name && end - start > 1 {
        let word = words[start].as_str();
        let lead = ["a", "an"].contains(&word) || DETERMINERS.contains(&word) || DIRECTIONS.contains(&word);
        if !lead {
            break;
        }
        start += 1;
    }
    start
}

/// Where a person's name starts once leading titles ("Prime Minister", "Mr.") are split off, or
/// `None` when the mention is only a title: names are what the tagger marks, titles are cues.
pub fn strip_person_titles(words: &[String], mut start: usize, end: usize) -> Option<usize> {
    while end - start > 1 && TITLES.is_tagger_title(&words[start]) {
        start += 1;
    }
    (!TITLES.is_tagger_title(&words[start])).then_some(start)
}

/// One sentence of a BIO file: words, mentions `(start, end, TYPE)`, and its document number.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BioSentence {
    pub document: usize,
    pub words: Vec<String>,
    pub mentions: Vec<(usize, usize, String)>,
}

/// Parses the uniform BIO view: `token<TAB>tag` lines, a blank line after each sentence, and
/// `# doc <id>` (no tab) before each document. Files without documents number each sentence
/// as its own document. An `I-X` that does not continue an `X` starts a mention.
pub fn read_bio(text: &str) -> Result<Vec<BioSentence>, String> {
    let mut out = Vec::new();
    let mut current = BioSentence::default();
    let mut has_documents = false;
    let mut document = 0usize;
    let flush = |current: &mut BioSentence, out: &mut Vec<BioSentence>, document: usize, has_documents: bool| {
        if !current.words.is_empty() {
            current.document = if has_documents { document } else { out.len() };
            out.push(std::mem::take(current));
        }
    };
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() {
            flush(&mut current, &mut out, document, has_documents);
            continue;
        }
        let Some((word, tag)) = line.split_once('\t') else {
            if line.starts_with("# doc") {
                flush(&mut current, &mut out, document, has_documents);
                if has_documents {
                    document += 1;
                }
                has_documents = true;
                continue;
            }
            return Err(format!("line {}: expected token<TAB>tag", n + 1));
        };
        let at = current.words.len();
        current.words.push(word.to_string());
        match tag.split_once('-') {
            Some(("B", kind)) => current.mentions.push((at, at + 1, kind.to_string())),
            Some(("I", kind)) => match current.mentions.last_mut() {
                Some(last) if last.1 == at && last.2 == kind => last.1 = at + 1,
                _ => current.mentions.push((at, at + 1, kind.to_string())),
            },
            _ if tag == "O" => {}
            _ => return Err(format!("line {}: unknown tag {tag:?}", n + 1)),
        }
    }
    flush(&mut current, &mut out, document, has_documents);
    Ok(out)
}

/// The training sentences of `corpora` (train splits), in spec order; `weights` replace the
/// specs' weights by corpus name.
pub fn training_set(
    shared: &Path,
    corpora: &[&CorpusSpec],
    weights: &[(String, f32)],
    gazetteer: &GazetteerIndex,
    mut log: impl FnMut(&str),
) -> Result<Vec<LabeledSentence>, NerError> {
    for (name, _) in weights {
        if spec(name).is_none() {
            return Err(NerError::Corpus { path: name.clone(), reason: "no such corpus".into() });
        }
    }
    let mut out = Vec::new();
    for spec in corpora {
        let sentences = load(shared, spec, Split::Train, gazetteer)?;
        let weight = weights.iter().find(|(n, _)| n == spec.name).map_or(spec.weight, |(_, w)| *w);
        let tokens: usize = sentences.iter().map(|s| s.sentence.words.len()).sum();
        log(&format!("{}: {} training sentences, {} tokens, weight {weight}", spec.name, sentences.len(), tokens));
        out.extend(sentences.into_iter().map(|s| LabeledSentence { weight, ..s.sentence }));
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use dramatis::nlp::gazetteer::Gazetteer;

    fn gazetteer() -> GazetteerIndex {
        GazetteerIndex::build(Gazetteer::bundled())
    }

    /// A GMB sentence from words and GMB tags (shared with the training tests).
    pub(crate) fn sentence(words: &[&str], tags: &[&str]) -> LabeledSentence {
        let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let tags: Vec<String> = tags.iter().map(|t| t.to_string()).collect();
        convert(&words, &tags, &GazetteerIndex::build(Gazetteer::bundled()))
    }

    #[test]
    fn titles_are_split_off_person_names() {
        let s = sentence(
            &["Prime", "Minister", "Tony", "Blair", "met", "Mr.", "Bush", "."],
            &["B-per", "I-per", "I-per", "I-per", "O", "B-per", "I-per", "O"],
        );
        assert_eq!(
            s.spans,
            vec![
                Span { start: 2, end: 4, kind: EntityType::Person },
                Span { start: 6, end: 7, kind: EntityType::Person }
            ]
        );
        // A title alone is not a person.
        let s = sentence(&["The", "President", "spoke"], &["O", "B-per", "O"]);
        assert!(s.spans.is_empty());
    }

    #[test]
    fn gmb_types_map_to_the_design_tag_set() {
        let s = sentence(
            &["Iraqi", "troops", "in", "Baghdad", "and", "the", "Persian", "Gulf", "on", "Tuesday"],
            &["B-gpe", "O", "O", "B-geo", "O", "O", "B-geo", "I-geo", "O", "B-tim"],
        );
        let kinds: Vec<EntityType> = s.spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![EntityType::Norp, EntityType::Gpe, EntityType::Loc, EntityType::Date]);
    }

    /// Mentions that mistype or split a multi-word country name become one GPE; an organisation
    /// named after a country, a partial cover and a mention reaching past the name stay as they are.
    #[test]
    fn mentions_that_are_a_country_name_become_one_gpe() {
        let spans = |words: &[&str], tags: &[&str]| -> Vec<(usize, usize, EntityType)> {
            sentence(words, tags).spans.iter().map(|s| (s.start, s.end, s.kind)).collect()
        };
        use EntityType::{Gpe, Org, Person};
        assert_eq!(
            spans(&["Ships", "left", "the", "Marshall", "Islands", "."], &["O", "O", "O", "B-org", "I-org", "O"]),
            vec![(3, 5, Gpe)]
        );
        assert_eq!(
            spans(&["Envoys", "from", "Sri", "Lanka", "arrived"], &["O", "O", "B-per", "B-gpe", "O"]),
            vec![(2, 4, Gpe)]
        );
        assert_eq!(
            spans(&["The", "Bank", "of", "New", "Zealand", "fell"], &["O", "B-org", "I-org", "I-org", "I-org", "O"]),
            vec![(1, 5, Org)],
            "an organisation whose name goes beyond the country's"
        );
        assert_eq!(
            spans(&["In", "New", "Zealand", "Ann", "Lee", "won"], &["O", "O", "B-geo", "B-per", "I-per", "O"]),
            vec![(1, 3, Gpe), (3, 5, Person)],
            "the unmarked head of a name joins its marked tail"
        );
        assert_eq!(
            spans(&["In", "new", "Zealand", "offices"], &["O", "O", "B-geo", "O"]),
            vec![(2, 3, EntityType::Loc)],
            "a lowercase word is no name's head"
        );
    }

    /// Unmarked capitalised head words of a gazetteer name join the marked tail (keeping an
    /// organisation's type); two marked parts of a country's name still join into one GPE.
    #[test]
    fn unmarked_heads_of_names_join_their_tails() {
        let bio = read_bio(
            "Envoys\tO\nof\tO\nthe\tO\nUnited\tO\nNations\tB-ORG\nflew\tO\nto\tO\nthe\tO\nUnited\tO\n\
             Kingdom\tB-LOC\n\nUnited\tB-PER\nKingdom\tB-LOC\nwas\tO\nhis\tO\nhorse\tO\n",
        )
        .unwrap();
        let g = gazetteer();
        let spans = |i: usize| -> Vec<(usize, usize, EntityType)> {
            spec("gum").unwrap().convert(&bio[i], &g).spans.iter().map(|s| (s.start, s.end, s.kind)).collect()
        };
        assert_eq!(spans(0), vec![(3, 5, EntityType::Org), (8, 10, EntityType::Gpe)]);
        assert_eq!(spans(1), vec![(0, 2, EntityType::Gpe)], "two marked parts of a country's name join as before");
    }

    /// Names lose a leading lowercase article or compass word; dates and capitalised "The" keep theirs.
    #[test]
    fn names_start_at_their_first_name_word() {
        let bio = read_bio(
            "Pilots\tO\nfrom\tO\nthe\tB-LOC\nUnited\tI-LOC\nKingdom\tI-LOC\nflew\tO\nover\tO\nnorthern\tB-LOC\n\
             Chile\tI-LOC\nin\tO\nthe\tB-DATE\n1990s\tI-DATE\nfor\tO\nThe\tB-ORG\nTimes\tI-ORG\n",
        )
        .unwrap();
        let spans: Vec<_> = spec("redocred")
            .unwrap()
            .convert(&bio[0], &gazetteer())
            .spans
            .iter()
            .map(|s| (s.start, s.end, s.kind))
            .collect();
        use EntityType::{Date, Gpe, Org};
        assert_eq!(spans, vec![(3, 5, Gpe), (8, 9, Gpe), (10, 12, Date), (13, 15, Org)]);
    }

    /// A country's name marked as an organisation or nationality is a GPE; a longer organisation
    /// name and a person stay as they are.
    #[test]
    fn country_names_are_places_in_every_role() {
        let bio = read_bio(
            "Norway\tB-ORG\nsigned\tO\n,\tO\nsaid\tO\nPeru\tB-NORP\nand\tO\nBank\tB-ORG\nof\tI-ORG\nNorway\tI-ORG\n\
             and\tO\nChad\tB-PER\nSmith\tI-PER\n",
        )
        .unwrap();
        let kinds: Vec<_> = spec("btc").unwrap().convert(&bio[0], &gazetteer()).spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![EntityType::Gpe, EntityType::Gpe, EntityType::Org, EntityType::Person]);
    }

    /// A place mention that is only a demonym is a NORP in every corpus; countries stay GPE and
    /// other places LOC.
    #[test]
    fn demonyms_marked_as_places_become_nationalities() {
        let bio = read_bio(
            "Norwegian\tB-LOC\nskiers\tO\nreached\tO\nKenya\tB-LOC\nand\tO\nthe\tO\nAtlas\tB-LOC\nMountains\tI-LOC\n",
        )
        .unwrap();
        let kinds: Vec<_> =
            spec("redocred").unwrap().convert(&bio[0], &gazetteer()).spans.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![EntityType::Norp, EntityType::Gpe, EntityType::Loc]);
    }
    #[test]
    fn bio_files_read_into_sentences_documents_and_mentions() {
        let text = "# doc First\nAnna\tB-PER\nKarin\tI-PER\nvisited\tO\nOslo\tB-LOC\n\nShe\tO\nleft\tI-DATE\n\n\
                    # doc Second\nThe\tO\nRed\tB-ORG\nCross\tI-ORG\n\n";
        let s = read_bio(text).unwrap();
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].document, s[1].document, s[2].document), (0, 0, 1));
        assert_eq!(s[0].mentions, vec![(0, 2, "PER".into()), (3, 4, "LOC".into())]);
        // A stray I- starts its own mention.
        assert_eq!(s[1].mentions, vec![(1, 2, "DATE".into())]);
        assert_eq!(s[2].mentions, vec![(1, 3, "ORG".into())]);
        // Without document lines each sentence is its own document.
        let s = read_bio("a\tO\n\nb\tB-PER\n").unwrap();
        assert_eq!((s[0].document, s[1].document), (0, 1));
        assert!(read_bio("no tab here\n").is_err());
        assert!(read_bio("x\tB-PER-X\n").is_ok());
        assert!(read_bio("x\tZ\n").is_err());
    }

    /// Every corpus maps its tags into the tag set the same way; what differs is what is open.
    #[test]
    fn every_corpus_maps_tags_to_the_design_tag_set() {
        let bio = read_bio(
            "President\tB-PER\nMaria\tI-PER\nSoto\tI-PER\nof\tO\nthe\tO\nGreen\tB-ORG\nLeague\tI-ORG\nflew\tO\n\
             to\tO\nNorway\tB-LOC\nand\tO\nthe\tO\nAtlas\tB-LOC\nMountains\tI-LOC\nwith\tO\nChilean\tB-NORP\n\
             friends\tO\nafter\tO\nthe\tO\nSummit\tB-EVENT\nin\tO\nMay\tB-DATE\nfor\tO\nthe\tO\nBible\tB-MISC\n",
        )
        .unwrap();
        let g = gazetteer();
        for spec in &CORPORA {
            let s = spec.convert(&bio[0], &g);
            let kinds: Vec<(usize, usize, EntityType)> = s.spans.iter().map(|x| (x.start, x.end, x.kind)).collect();
            assert_eq!(
                kinds,
                vec![
                    (1, 3, EntityType::Person),
                    (5, 7, EntityType::Org),
                    (9, 10, EntityType::Gpe),
                    (12, 14, EntityType::Loc),
                    (15, 16, EntityType::Norp),
                    (19, 20, EntityType::Event),
                    (21, 22, EntityType::Date),
                    (24, 25, EntityType::Misc),
                ],
                "{}",
                spec.name
            );
            for t in EntityType::ALL {
                assert_eq!(s.open_types & type_bit(t) != 0, spec.open.contains(&t), "{} {t:?}", spec.name);
            }
            assert_eq!(s.weight, spec.weight);
        }
    }

    #[test]
    fn open_types_follow_what_each_corpus_annotates() {
        let open = |name: &str| spec(name).unwrap().open.to_vec();
        // Tweets and web comments never label dates, events or nationalities.
        for name in ["btc", "wnut17"] {
            assert!(open(name).contains(&Date) && open(name).contains(&Norp), "{name}");
        }
        assert_eq!(open("crossner-politics"), vec![Date]);
        assert!(!open("redocred").contains(&Date));
        assert!(open("gum").contains(&Date));
        assert!(open("gmb").is_empty());
        assert!(!open("litbank").contains(&EntityType::Person));
    }

    #[test]
    fn handles_are_masked_in_tweets_only() {
        let bio = read_bio("@\tB-PER\nmaria_s\tI-PER\nmet\tO\nJoe\tB-PER\n").unwrap();
        let g = gazetteer();
        let btc = spec("btc").unwrap().convert(&bio[0], &g);
        assert_eq!(btc.masked, vec![(0, 2)]);
        assert_eq!(btc.spans, vec![Span { start: 3, end: 4, kind: EntityType::Person }]);
        let gum = spec("gum").unwrap().convert(&bio[0], &g);
        assert!(gum.masked.is_empty());
        assert_eq!(gum.spans.len(), 2);
    }
}
