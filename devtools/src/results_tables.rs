//! Generated results and standings rows ("Leeds 2 Bristol 1"), a genre of news pages none of the
//! training corpora has: names harvested from the training sentences themselves, numbers at random.
//!
//! The English convention taught: in a sports results or standings row, a city's name stands for
//! its team (an organisation), a country's name for the country, and a person keeps their name
//! with their country in parentheses; a company in a price row is an organisation; a common
//! noun with a number ("Figure 3.2", "Step 4") is a label, no name. Without such rows the tagger
//! reads every team named after a city as a place.

use dramatis::model::NodeKind;
use dramatis::nlp::gazetteer::Gazetteer;
use dramatis::nlp::ner::features::is_table_row;
use dramatis::nlp::ner::{EntityType, Span};

use crate::train_ner::{LabeledSentence, Rng};

/// Names found in labelled sentences, sorted by the role they can play in a row.
#[derive(Default)]
pub struct RowNames {
    /// City names (single-place gazetteer readings): their teams are organisations.
    cities: Vec<Vec<String>>,
    /// Country names: national teams keep the country's type.
    countries: Vec<Vec<String>>,
    /// Organisation names of at most three words (clubs, companies).
    organisations: Vec<Vec<String>>,
    /// Person names of two or three words.
    people: Vec<Vec<String>>,
    /// Common nouns, capitalised ("Figure", "Step"): a label and a number is no team.
    nouns: Vec<Vec<String>>,
}

/// Times a lowercase word must occur in the training sentences to count as a common noun.
const COMMON_NOUN_COUNT: usize = 50;

impl RowNames {
    /// Harvests names from `sentences`; a capitalised GPE span is a city or a country by its
    /// gazetteer readings (a name the gazetteer reads both ways is left out).
    pub fn harvest(sentences: &[LabeledSentence], gazetteer: &Gazetteer) -> RowNames {
        let mut names = RowNames::default();
        let mut seen = std::collections::HashSet::new();
        for s in sentences {
            for span in &s.spans {
                let words = &s.words[span.start..span.end];
                if !words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                    || words.iter().any(|w| w.chars().all(|c| c.is_uppercase()) && w.len() > 1)
                    || !seen.insert((span.kind, words.join(" ")))
                {
                    continue;
                }
                let list = match span.kind {
                    EntityType::Gpe => {
                        let kinds: Vec<NodeKind> = gazetteer
                            .lookup(&words.join(" "))
                            .iter()
                            .map(|hit| gazetteer.entry(hit.entry).kind)
                            .collect();
                        if kinds.is_empty() {
                            continue;
                        } else if kinds.iter().all(|k| *k == NodeKind::Place) {
                            &mut names.cities
                        } else if kinds.iter().all(|k| *k == NodeKind::Country) {
                            &mut names.countries
                        } else {
                            continue;
                        }
                    }
                    EntityType::Org if words.len() <= 3 => &mut names.organisations,
                    EntityType::Person if (2..=3).contains(&words.len()) => &mut names.people,
                    _ => continue,
                };
                list.push(words.to_vec());
            }
        }
        // Frequent lowercase words outside every name, in a fixed (sorted) order.
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for s in sentences {
            for (i, w) in s.words.iter().enumerate() {
                let in_name = s.spans.iter().any(|span| (span.start..span.end).contains(&i));
                if !in_name && w.len() >= 4 && w.chars().all(|c| c.is_ascii_lowercase()) {
                    *counts.entry(w).or_default() += 1;
                }
            }
        }
        names.nouns = counts
            .into_iter()
            .filter(|(_, n)| *n >= COMMON_NOUN_COUNT)
            .map(|(w, _)| vec![w[..1].to_uppercase() + &w[1..]])
            .collect();
        names
    }

    fn usable(&self) -> bool {
        [&self.cities, &self.countries, &self.organisations, &self.people, &self.nouns].iter().all(|l| !l.is_empty())
    }
}

/// A row under construction: words and the spans over them.
#[derive(Default)]
struct Row {
    words: Vec<String>,
    spans: Vec<Span>,
}

impl Row {
    fn name(&mut self, words: &[String], kind: EntityType) {
        let start = self.words.len();
        self.words.extend(words.iter().cloned());
        self.spans.push(Span { start, end: self.words.len(), kind });
    }

    fn word(&mut self, word: impl Into<String>) {
        self.words.push(word.into());
    }
}

fn pick<'a>(list: &'a [Vec<String>], rng: &mut Rng) -> &'a [String] {
    &list[(rng.next() % list.len() as u64) as usize]
}

fn below(rng: &mut Rng, n: u64) -> u64 {
    rng.next() % n
}

/// A team: most often a city (an organisation in a row), else a club or a national side.
fn team(names: &RowNames, rng: &mut Rng, row: &mut Row) {
    match below(rng, 10) {
        0..=5 => row.name(pick(&names.cities, rng), EntityType::Org),
        6..=7 => row.name(pick(&names.organisations, rng), EntityType::Org),
        _ => row.name(pick(&names.countries, rng), EntityType::Gpe),
    }
}

/// A person with their country in parentheses: "Ana Ortiz ( Peru )".
fn competitor(names: &RowNames, rng: &mut Rng, row: &mut Row) {
    row.name(pick(&names.people, rng), EntityType::Person);
    row.word("(");
    row.name(pick(&names.countries, rng), EntityType::Gpe);
    row.word(")");
}

/// Who scored and when, after a side's goals: "( Ortiz 14 , A. Kim 77 )" — surnames are people.
fn scorers(names: &RowNames, rng: &mut Rng, row: &mut Row, goals: u64) {
    row.word("(");
    for goal in 0..goals.min(3) {
        if goal > 0 {
            row.word(",");
        }
        let person = pick(&names.people, rng);
        let surname = person[person.len() - 1].clone();
        match person[0].chars().next() {
            // Sometimes with the first initial: "M. Ortiz".
            Some(initial) if below(rng, 3) == 0 => row.name(&[format!("{initial}."), surname], EntityType::Person),
            _ => row.name(&[surname], EntityType::Person),
        }
        row.word((1 + below(rng, 90)).to_string());
    }
    row.word(")");
}

/// One generated row of a random kind.
fn row(names: &RowNames, rng: &mut Rng) -> Row {
    let mut row = Row::default();
    match below(rng, 9) {
        // Result: "Leeds 2 Bristol 1", "Leeds 2 ( Ortiz 14 , Kim 77 ) Bristol 1", "Leeds 0 - 2
        // Bristol", "Leeds 104 Bristol 98".
        0 | 1 => {
            let points = below(rng, 5) == 0;
            let score = |rng: &mut Rng| if points { 70 + below(rng, 60) } else { below(rng, 6) };
            team(names, rng, &mut row);
            if below(rng, 5) == 0 {
                row.word(score(rng).to_string());
                row.word("-");
                row.word(score(rng).to_string());
                team(names, rng, &mut row);
            } else {
                for side in 0..2 {
                    if side == 1 {
                        team(names, rng, &mut row);
                    }
                    let goals = score(rng);
                    row.word(goals.to_string());
                    if !points && goals > 0 && below(rng, 4) == 0 {
                        scorers(names, rng, &mut row, goals);
                    }
                }
            }
        }
        // League table: played, won, drawn, lost, for, against, points.
        2 => {
            let (won, drawn, lost) = (below(rng, 20), below(rng, 10), below(rng, 15));
            team(names, rng, &mut row);
            for n in [won + drawn + lost, won, drawn, lost, below(rng, 60), below(rng, 60), 3 * won + drawn] {
                row.word(n.to_string());
            }
        }
        // Win-loss table: won, lost, percentage, games behind.
        3 => {
            let (won, lost) = (40 + below(rng, 50), 40 + below(rng, 50));
            team(names, rng, &mut row);
            row.word(won.to_string());
            row.word(lost.to_string());
            row.word(format!(".{:03}", won * 1000 / (won + lost)));
            row.word(if below(rng, 4) == 0 { "-".to_string() } else { below(rng, 20).to_string() });
        }
        // Innings: "Leeds 532-8 declared", "Leeds 287".
        4 => {
            team(names, rng, &mut row);
            if below(rng, 2) == 0 {
                row.word(format!("{}-{}", 100 + below(rng, 450), below(rng, 10)));
                if below(rng, 2) == 0 {
                    row.word("declared");
                }
            } else {
                row.word((80 + below(rng, 400)).to_string());
            }
        }
        // Individual placings: "3. Ana Ortiz ( Peru ) 19.79", "Ana Ortiz ( Peru ) 68 70 71".
        5 | 6 => {
            if below(rng, 2) == 0 {
                row.word(format!("{}.", 1 + below(rng, 10)));
            }
            competitor(names, rng, &mut row);
            for _ in 0..1 + below(rng, 3) {
                row.word(format!("{}", 60 + below(rng, 15)));
            }
        }
        // Price row: "Siemens 71.30 +0.45".
        7 => {
            row.name(pick(&names.organisations, rng), EntityType::Org);
            row.word(format!("{}.{:02}", 1 + below(rng, 300), below(rng, 100)));
            row.word(format!("{}{}.{:02}", if below(rng, 2) == 0 { "+" } else { "-" }, below(rng, 5), below(rng, 100)));
        }
        // A label, no name: "Figure 3.2", "Step 4", "Halftime 1-0".
        _ => {
            row.word(pick(&names.nouns, rng)[0].clone());
            let (a, b) = (1 + below(rng, 20), below(rng, 10));
            row.word(match below(rng, 3) {
                0 => a.to_string(),
                1 => format!("{a}.{b}"),
                _ => format!("{b}-{}", below(rng, 5)),
            });
        }
    }
    row
}

/// `per_mille` generated rows for every thousand of `sentences`, deterministic for `seed`. Rows are
/// labelled in full (their numbers are no dates), so no type is open. Only rows the tagger reads
/// as tables ([`is_table_row`]) are kept: they train its table features (`train_tables.rs`).
pub fn generate(sentences: &[LabeledSentence], names: &RowNames, per_mille: u64, seed: u64) -> Vec<LabeledSentence> {
    if !names.usable() || per_mille == 0 {
        return Vec::new();
    }
    let mut rng = Rng(seed | 1);
    let count = (sentences.len() as u64 * per_mille / 1000) as usize;
    let mut rows = Vec::with_capacity(count);
    // Most kinds of row always pass; the bound only guards against a name list that never does.
    for _ in 0..count * 4 {
        if rows.len() == count {
            break;
        }
        let Row { mut words, spans } = row(names, &mut rng);
        // Some pages print their tables in capitals.
        if below(&mut rng, 5) == 0 {
            words.iter_mut().for_each(|w| *w = w.to_uppercase());
        }
        if is_table_row(&words.iter().map(String::as_str).collect::<Vec<_>>()) {
            rows.push(LabeledSentence { words, spans, weight: 1.0, ..LabeledSentence::default() });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &[&str], spans: &[(usize, usize, EntityType)]) -> LabeledSentence {
        LabeledSentence {
            words: words.iter().map(|w| w.to_string()).collect(),
            spans: spans.iter().map(|&(start, end, kind)| Span { start, end, kind }).collect(),
            weight: 1.0,
            ..LabeledSentence::default()
        }
    }

    fn corpus() -> Vec<LabeledSentence> {
        vec![
            sentence(
                &["Ana", "Ortiz", "flew", "from", "Lima", "to", "Peru", "'s", "rival", "Chile", "for", "Acme", "Corp"],
                &[
                    (0, 2, EntityType::Person),
                    (4, 5, EntityType::Gpe),
                    (6, 7, EntityType::Gpe),
                    (9, 10, EntityType::Gpe),
                    (11, 13, EntityType::Org),
                ],
            );
            100
        ]
    }

    #[test]
    fn cities_play_as_teams_and_countries_stay_countries() {
        let corpus = corpus();
        let names = RowNames::harvest(&corpus, Gazetteer::bundled());
        assert_eq!(names.cities, vec![vec!["Lima".to_string()]]);
        assert_eq!(names.countries.len(), 2, "Peru and Chile");
        let rows = generate(&corpus, &names, 200, 7);
        assert_eq!(rows.len(), 20);
        for row in &rows {
            for span in &row.spans {
                // Some rows are in capitals.
                let text = row.words[span.start..span.end].join(" ").to_lowercase();
                let expected = match text.as_str() {
                    "lima" | "acme corp" => EntityType::Org,
                    "peru" | "chile" => EntityType::Gpe,
                    "ana ortiz" => EntityType::Person,
                    other => panic!("{other} was not harvested"),
                };
                assert_eq!(span.kind, expected, "{:?}", row.words);
            }
            // Every row kept is one the tagger reads as a table (and so trains its table features).
            assert!(is_table_row(&row.word_refs()), "{:?}", row.words);
        }
        let again = generate(&corpus, &names, 200, 7);
        assert!(rows.iter().zip(&again).all(|(a, b)| a.words == b.words && a.spans == b.spans));
    }

    #[test]
    fn nothing_is_generated_without_every_kind_of_name() {
        let corpus = vec![sentence(&["Ana", "Ortiz", "left"], &[(0, 2, EntityType::Person)])];
        let names = RowNames::harvest(&corpus, Gazetteer::bundled());
        assert!(generate(&corpus, &names, 1000, 7).is_empty());
    }
}
