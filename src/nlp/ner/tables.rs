//! Lookup tables the tagger carries inside its model file: word clusters and a gazetteer index.
//!
//! Both are frozen into the model when it is trained, so a model always sees the same features
//! it was trained with, and loading is a copy of flat arrays (no string parsing).

use super::hash::hash_bytes;
use crate::model::NodeKind;
use crate::nlp::gazetteer::Gazetteer;

/// Open-addressing map from 64-bit keys to small values; built once, read often. Key and value
/// sit side by side so a lookup touches one cache line.
#[derive(Debug, Clone, Default)]
pub struct KeyTable<V: Copy + Default> {
    slots: Vec<(u64, V)>,
    mask: usize,
    len: usize,
}

impl<V: Copy + Default> KeyTable<V> {
    pub fn with_capacity(n: usize) -> Self {
        let capacity = (n * 2).next_power_of_two().max(16);
        KeyTable { slots: vec![(0, V::default()); capacity], mask: capacity - 1, len: 0 }
    }

    /// 0 marks an empty slot, so key 0 is stored as 1.
    #[inline]
    fn slot(key: u64) -> u64 {
        key.max(1)
    }

    pub fn insert(&mut self, key: u64, value: V) {
        if (self.len + 1) * 2 > self.slots.len() {
            let mut bigger = KeyTable::with_capacity(self.len + 1);
            for (k, v) in self.iter() {
                bigger.insert(k, v);
            }
            *self = bigger;
        }
        let key = Self::slot(key);
        let mut i = (key as usize) & self.mask;
        loop {
            let slot = &mut self.slots[i];
            if slot.0 == 0 {
                *slot = (key, value);
                self.len += 1;
                return;
            }
            if slot.0 == key {
                slot.1 = value;
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline]
    pub fn get(&self, key: u64) -> Option<V> {
        if self.len == 0 {
            return None;
        }
        let key = Self::slot(key);
        let mut i = (key as usize) & self.mask;
        loop {
            let (k, v) = self.slots[i];
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = (u64, V)> + '_ {
        self.slots.iter().filter(|(k, _)| *k != 0).copied()
    }
}

/// Feature key → weight row, the tagger's hot table: 8-byte slots (a 32-bit fingerprint from the
/// key's high bits, the slot from its low bits), so most lookups cost one cache miss at most.
/// A false match needs the same low bits *and* the same 32 high bits: about one in 10⁹ lookups.
#[derive(Debug, Clone, Default)]
pub struct RowTable {
    slots: Vec<(u32, u32)>,
    mask: usize,
    len: usize,
}

impl RowTable {
    pub fn with_capacity(n: usize) -> Self {
        let capacity = (n * 2).next_power_of_two().max(16);
        RowTable { slots: vec![(0, 0); capacity], mask: capacity - 1, len: 0 }
    }

    #[inline]
    fn fingerprint(key: u64) -> u32 {
        (key >> 32) as u32 | 1
    }

    /// Inserts a key that is not yet present (rows are written once, at load).
    pub fn insert(&mut self, key: u64, row: u32) {
        assert!(self.len * 2 < self.slots.len(), "RowTable is sized at creation");
        let fp = Self::fingerprint(key);
        let mut i = (key as usize) & self.mask;
        while self.slots[i].0 != 0 {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = (fp, row);
        self.len += 1;
    }

    #[inline]
    pub fn get(&self, key: u64) -> Option<u32> {
        let fp = Self::fingerprint(key);
        let mut i = (key as usize) & self.mask;
        loop {
            let (f, row) = self.slots[i];
            if f == fp {
                return Some(row);
            }
            if f == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A word's clusters: its vector row (near-synonyms), a fine and a coarse k-means class from
/// web-text vectors, and a fine and a coarse class from newswire/Wikipedia vectors.
/// [`ClusterIds::ABSENT`] marks a table the word is not in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterIds {
    pub row: u16,
    pub fine: u16,
    pub coarse: u16,
    pub news_fine: u16,
    pub news_coarse: u16,
}

impl ClusterIds {
    pub const ABSENT: u16 = u16::MAX;
    /// How many ids a word carries (columns of the TSV, values of a file record).
    pub const COUNT: usize = 5;

    /// The ids in column order: row, fine, coarse, news_fine, news_coarse.
    pub fn to_array(self) -> [u16; Self::COUNT] {
        [self.row, self.fine, self.coarse, self.news_fine, self.news_coarse]
    }

    pub fn from_array([row, fine, coarse, news_fine, news_coarse]: [u16; Self::COUNT]) -> ClusterIds {
        ClusterIds { row, fine, coarse, news_fine, news_coarse }
    }
}

/// Lowercase word → clusters (from `data/models/clusters.tsv`).
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    pub table: KeyTable<ClusterIds>,
}

impl Clusters {
    /// Parses `word<TAB>row<TAB>fine<TAB>coarse[<TAB>news_fine<TAB>news_coarse]` lines; a
    /// missing or unreadable column is [`ClusterIds::ABSENT`].
    pub fn parse(tsv: &str) -> Clusters {
        let lines: Vec<&str> = tsv.lines().filter(|l| !l.starts_with('#')).collect();
        let mut table = KeyTable::with_capacity(lines.len());
        for line in lines {
            let mut cols = line.split('\t');
            let Some(word) = cols.next() else { continue };
            let ids = std::array::from_fn(|_| cols.next().and_then(|c| c.parse().ok()).unwrap_or(ClusterIds::ABSENT));
            table.insert(hash_bytes(word.as_bytes()), ClusterIds::from_array(ids));
        }
        Clusters { table }
    }

    /// Clusters of a word, looked up by its lowercase form (so headlines keep them).
    #[inline]
    pub fn get(&self, lower: &str) -> Option<ClusterIds> {
        self.table.get(hash_bytes(lower.as_bytes()))
    }
}

/// Bits describing what the gazetteer knows about a phrase.
pub mod gazetteer_bits {
    pub const COUNTRY: u16 = 1;
    pub const PLACE: u16 = 2;
    pub const ORGANIZATION: u16 = 4;
    pub const GROUP: u16 = 8;
    pub const DEMONYM: u16 = 16;
    /// Every reading is also a common English word.
    pub const COMMON: u16 = 32;
    pub const ACRONYM: u16 = 64;
    /// A named region (Middle East, North Africa), not a populated place.
    pub const REGION: u16 = 128;
}

/// Case-insensitive index of gazetteer aliases for features: phrase key → bits, and the longest
/// alias that starts with each first word (so most tokens cost one lookup); with it, the
/// person titles the tagger reads as a class ("Justice", "Mrs", "Gen").
#[derive(Debug, Clone, Default)]
pub struct GazetteerIndex {
    pub phrases: KeyTable<u16>,
    pub first_words: KeyTable<u8>,
    /// Hash of a lowercase title without its final period → 1 (`titles.tsv`, the tagger's use).
    pub titles: KeyTable<u8>,
}

/// Hash of a phrase from the hashes of its lowercase words.
#[inline]
fn phrase_hash(h: u64, word: u64) -> u64 {
    super::hash::mix(h, word)
}

impl GazetteerIndex {
    pub fn build(gazetteer: &Gazetteer) -> GazetteerIndex {
        let mut index = GazetteerIndex::default();
        for (key, hits) in gazetteer.aliases() {
            let words: Vec<&str> = key.split(' ').collect();
            if words.len() > 8 || words.iter().all(|w| !w.chars().any(char::is_alphanumeric)) {
                continue;
            }
            let mut bits = 0u16;
            let mut all_common = true;
            for h in hits {
                let entry = gazetteer.entry(h.entry);
                bits |= match entry.kind {
                    NodeKind::Country => gazetteer_bits::COUNTRY,
                    NodeKind::Organization => gazetteer_bits::ORGANIZATION,
                    NodeKind::Group => gazetteer_bits::GROUP,
                    _ if entry.id.starts_with("place:region:") => gazetteer_bits::REGION,
                    _ => gazetteer_bits::PLACE,
                };
                if h.demonym {
                    bits |= gazetteer_bits::DEMONYM;
                }
                if h.acronym {
                    bits |= gazetteer_bits::ACRONYM;
                }
                all_common &= h.common;
            }
            if all_common {
                bits |= gazetteer_bits::COMMON;
            }
            let mut h = 0;
            for w in &words {
                h = phrase_hash(h, hash_bytes(w.as_bytes()));
            }
            let old = index.phrases.get(h).unwrap_or(0);
            index.phrases.insert(h, old | bits);
            let first = hash_bytes(words[0].as_bytes());
            let longest = index.first_words.get(first).unwrap_or(0);
            index.first_words.insert(first, longest.max(words.len() as u8));
        }
        for title in &crate::nlp::lexicon::TITLES.tagger {
            index.titles.insert(hash_bytes(title.to_lowercase().trim_end_matches('.').as_bytes()), 1);
        }
        index
    }

    /// Is this lowercase word a person's title or honorific ("justice", "gen.")?
    #[inline]
    pub fn is_title(&self, lower: &str) -> bool {
        self.titles.get(hash_bytes(lower.trim_end_matches('.').as_bytes())).is_some()
    }

    /// For every token, `bits | position << 8` of the longest gazetteer phrase covering it
    /// (position 1 = begin, 2 = inside, 3 = last, 4 = unit), or 0.
    pub fn tag_positions(&self, words: &[&str], out: &mut Vec<u16>, scratch: &mut String) {
        out.clear();
        out.resize(words.len(), 0);
        if self.phrases.is_empty() {
            return;
        }
        let hashes: Vec<u64> = words
            .iter()
            .map(|w| {
                scratch.clear();
                crate::nlp::gazetteer::push_normalised(scratch, w);
                hash_bytes(scratch.as_bytes())
            })
            .collect();
        let mut prefix = [0u64; 256];
        let mut i = 0;
        while i < words.len() {
            let longest = self.first_words.get(hashes[i]).unwrap_or(0) as usize;
            let longest = longest.min(words.len() - i);
            let mut found = None;
            let mut h = 0;
            for (k, &w) in hashes[i..i + longest].iter().enumerate() {
                h = phrase_hash(h, w);
                prefix[k] = h;
            }
            for len in (1..=longest).rev() {
                if let Some(bits) = self.phrases.get(prefix[len - 1]) {
                    found = Some((len, bits));
                    break;
                }
            }
            match found {
                Some((len, bits)) => {
                    for (k, slot) in out[i..i + len].iter_mut().enumerate() {
                        let position = match (len, k) {
                            (1, _) => 4,
                            (_, 0) => 1,
                            (_, k) if k + 1 == len => 3,
                            _ => 2,
                        };
                        *slot = bits | position << 8;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_table_grows_and_finds() {
        let mut t = KeyTable::with_capacity(2);
        for k in 0..1000u64 {
            t.insert(k * 7919, k as u32);
        }
        assert_eq!(t.len(), 1000);
        for k in 0..1000u64 {
            assert_eq!(t.get(k * 7919), Some(k as u32));
        }
        assert_eq!(t.get(3), None);
    }

    #[test]
    fn cluster_table_reads_both_vector_sources_and_marks_what_is_missing() {
        let clusters = Clusters::parse(
            "# word\trow\tfine\tcoarse\tnews_fine\tnews_coarse\n\
             harbour\t12\t3\t1\t40\t5\n\
             quay\t12\t3\t1\n\
             jetty\t65535\t65535\t65535\t40\t5\n\
             pier\t7\tx\t1\t41\t5\n",
        );
        let id = ClusterIds::ABSENT;
        assert_eq!(
            clusters.get("harbour"),
            Some(ClusterIds { row: 12, fine: 3, coarse: 1, news_fine: 40, news_coarse: 5 })
        );
        // An older four-column line has no newswire classes.
        assert_eq!(
            clusters.get("quay"),
            Some(ClusterIds { row: 12, fine: 3, coarse: 1, news_fine: id, news_coarse: id })
        );
        assert_eq!(
            clusters.get("jetty"),
            Some(ClusterIds { row: id, fine: id, coarse: id, news_fine: 40, news_coarse: 5 })
        );
        // A column that is not a number is missing, not a reason to drop the others.
        assert_eq!(
            clusters.get("pier"),
            Some(ClusterIds { row: 7, fine: id, coarse: 1, news_fine: 41, news_coarse: 5 })
        );
        assert_eq!(clusters.get("wharf"), None);
    }

    #[test]
    fn gazetteer_positions_are_case_insensitive_and_longest_first() {
        let index = GazetteerIndex::build(Gazetteer::bundled());
        let mut out = Vec::new();
        let mut scratch = String::new();
        index.tag_positions(
            &["talks", "in", "SOUTHERN", "LEBANON", "and", "the", "Middle", "East"],
            &mut out,
            &mut scratch,
        );
        assert_eq!(out[0], 0);
        assert_ne!(out[3] & gazetteer_bits::COUNTRY, 0, "{out:?}");
        assert_eq!(out[6] >> 8, 1);
        assert_eq!(out[7] >> 8, 3);
        assert_ne!(out[7] & gazetteer_bits::REGION, 0);
    }
}
