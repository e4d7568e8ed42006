//! The tagger's compact binary file (`data/models/ner.bin`): weights, transitions, and the
//! cluster and gazetteer tables frozen in with them, written in a fixed order so that training
//! twice writes the same bytes.

use std::io::Write;

use super::model::{Model, STRIDE, TAGS, next_model_id};
use super::network::{self, CENTROIDS, FLAGS, HIDDEN, SENTENCE_FLAGS, SUBSPACES, WINDOW, WindowNetwork, WordCodes};
use super::tables::{ClusterIds, Clusters, GazetteerIndex, KeyTable, RowTable};
use super::types::NerError;

/// Version 5: a feature row keeps only its non-zero weights (version 4: word codes and the
/// window network; version 3: the person titles joined the gazetteer index; version 2: five
/// cluster ids a word).
const MAGIC: &[u8; 8] = b"DRNER\x00\x05\x00";

impl Model {
    pub fn write(&self, out: &mut impl Write) -> std::io::Result<()> {
        out.write_all(MAGIC)?;
        write_u32(out, TAGS as u32)?;
        write_u32(out, STRIDE as u32)?;
        out.write_all(&self.scale.to_le_bytes())?;
        for &t in self.transitions.iter().chain(&self.end) {
            out.write_all(&t.to_le_bytes())?;
        }
        // Sorted so that training twice writes the same bytes.
        let mut rows: Vec<(u64, u32)> = self.keys.iter().enumerate().map(|(row, &key)| (key, row as u32)).collect();
        rows.sort_unstable();
        write_u32(out, rows.len() as u32)?;
        // A row votes for about 5 of the 33 tags: (tag, weight) pairs take a third of the bytes.
        for &(key, row) in &rows {
            out.write_all(&key.to_le_bytes())?;
            let weights = &self.weights[row as usize * STRIDE..row as usize * STRIDE + TAGS];
            out.write_all(&[weights.iter().filter(|&&w| w != 0).count() as u8])?;
            for (tag, &w) in weights.iter().enumerate().filter(|(_, w)| **w != 0) {
                out.write_all(&[tag as u8])?;
                out.write_all(&w.to_le_bytes())?;
            }
        }
        let mut clusters: Vec<(u64, ClusterIds)> = self.clusters.table.iter().collect();
        clusters.sort_unstable_by_key(|c| c.0);
        write_u32(out, clusters.len() as u32)?;
        for &(key, c) in &clusters {
            out.write_all(&key.to_le_bytes())?;
            for v in c.to_array() {
                out.write_all(&v.to_le_bytes())?;
            }
        }
        // Word codes share the cluster records' keys: a bitmap of who has codes, then the codes.
        let codes: Vec<Option<[u8; SUBSPACES]>> = clusters.iter().map(|&(key, _)| self.codes.table.get(key)).collect();
        let mut bitmap = vec![0u8; codes.len().div_ceil(8)];
        for (i, c) in codes.iter().enumerate() {
            if c.is_some() {
                bitmap[i / 8] |= 1 << (i % 8);
            }
        }
        out.write_all(&bitmap)?;
        for c in codes.iter().flatten() {
            out.write_all(c)?;
        }
        let mut phrases: Vec<(u64, u16)> = self.gazetteer.phrases.iter().collect();
        phrases.sort_unstable();
        write_u32(out, phrases.len() as u32)?;
        for (key, bits) in phrases {
            out.write_all(&key.to_le_bytes())?;
            out.write_all(&bits.to_le_bytes())?;
        }
        let mut firsts: Vec<(u64, u8)> = self.gazetteer.first_words.iter().collect();
        firsts.sort_unstable();
        write_u32(out, firsts.len() as u32)?;
        for (key, len) in firsts {
            out.write_all(&key.to_le_bytes())?;
            out.write_all(&[len])?;
        }
        let mut titles: Vec<u64> = self.gazetteer.titles.iter().map(|(key, _)| key).collect();
        titles.sort_unstable();
        write_u32(out, titles.len() as u32)?;
        for key in titles {
            out.write_all(&key.to_le_bytes())?;
        }
        match &self.network {
            None => out.write_all(&[0]),
            Some(net) => write_network(out, net),
        }
    }

    pub fn read(bytes: &[u8]) -> Result<Model, NerError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(NerError::Format("not a Dramatis NER model (bad magic)".into()));
        }
        if r.u32()? as usize != TAGS || r.u32()? as usize != STRIDE {
            return Err(NerError::Format("model was trained for another tag set".into()));
        }
        let scale = r.f32()?;
        let transitions = (0..(TAGS + 1) * TAGS).map(|_| r.f32()).collect::<Result<Vec<_>, _>>()?;
        let end = (0..TAGS).map(|_| r.f32()).collect::<Result<Vec<_>, _>>()?;
        let u64_at = |b: &[u8]| u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
        let u16_at = |b: &[u8]| u16::from_le_bytes([b[0], b[1]]);
        let n = r.count(9)?;
        let mut rows = RowTable::with_capacity(n);
        let mut keys = Vec::with_capacity(n);
        let mut weights = vec![0i16; n * STRIDE];
        for (i, row) in weights.chunks_exact_mut(STRIDE).enumerate() {
            let head = r.take(9)?;
            let key = u64_at(head);
            rows.insert(key, i as u32);
            keys.push(key);
            for pair in r.take(usize::from(head[8]) * 3)?.chunks_exact(3) {
                let tag = usize::from(pair[0]);
                if tag >= TAGS {
                    return Err(NerError::Format(format!("a feature row names tag {tag} of {TAGS}")));
                }
                row[tag] = u16_at(&pair[1..]) as i16;
            }
        }
        let n = r.count(8 + 2 * ClusterIds::COUNT)?;
        let mut table = KeyTable::with_capacity(n);
        let record = 8 + 2 * ClusterIds::COUNT;
        let cluster_records = r.take(n * record)?;
        for b in cluster_records.chunks_exact(record) {
            let ids = std::array::from_fn(|k| u16_at(&b[8 + 2 * k..]));
            table.insert(u64_at(b), ClusterIds::from_array(ids));
        }
        let bitmap = r.take(n.div_ceil(8))?;
        let with_codes = bitmap.iter().map(|b| b.count_ones() as usize).sum::<usize>();
        let mut code_bytes = r.take(with_codes * SUBSPACES)?.chunks_exact(SUBSPACES);
        let mut codes = WordCodes { table: KeyTable::with_capacity(with_codes) };
        for (i, b) in cluster_records.chunks_exact(record).enumerate() {
            if bitmap[i / 8] & (1 << (i % 8)) != 0 {
                let c = code_bytes.next().expect("counted from the bitmap");
                codes.table.insert(u64_at(b), c.try_into().expect("SUBSPACES bytes"));
            }
        }
        let n = r.count(10)?;
        let mut phrases = KeyTable::with_capacity(n);
        for b in r.take(n * 10)?.chunks_exact(10) {
            phrases.insert(u64_at(b), u16_at(&b[8..]));
        }
        let n = r.count(9)?;
        let mut first_words = KeyTable::with_capacity(n);
        for b in r.take(n * 9)?.chunks_exact(9) {
            first_words.insert(u64_at(b), b[8]);
        }
        let n = r.count(8)?;
        let mut titles = KeyTable::with_capacity(n);
        for b in r.take(n * 8)?.chunks_exact(8) {
            titles.insert(u64_at(b), 1);
        }
        let network = match r.take(1)?[0] {
            0 => None,
            _ => Some(read_network(&mut r)?),
        };
        if r.at != bytes.len() {
            return Err(NerError::Format("model file has bytes past its end".into()));
        }
        Ok(Model {
            rows,
            keys,
            weights,
            scale,
            transitions,
            end,
            clusters: Clusters { table },
            gazetteer: GazetteerIndex { phrases, first_words, titles },
            network,
            codes,
            id: next_model_id(),
        })
    }
}

/// The network's shape, so a file made for another shape is refused.
const NETWORK_SHAPE: [usize; 6] = [WINDOW, SUBSPACES, CENTROIDS, HIDDEN, FLAGS, SENTENCE_FLAGS];

/// The network: its shape, weight, the code table as i16 (its scale first, as
/// [`network::quantise_codes`] leaves it), the small layers as f32.
fn write_network(out: &mut impl Write, net: &WindowNetwork) -> std::io::Result<()> {
    out.write_all(&[1])?;
    for n in NETWORK_SHAPE {
        write_u32(out, n as u32)?;
    }
    out.write_all(&net.weight.to_le_bytes())?;
    let (scale, quantised) = network::quantise_codes(&net.code_weights);
    out.write_all(&scale.to_le_bytes())?;
    for q in quantised {
        out.write_all(&q.to_le_bytes())?;
    }
    for table in [&net.flag_weights, &net.sentence_weights, &net.hidden_bias, &net.output, &net.output_bias] {
        for v in table.iter() {
            out.write_all(&v.to_le_bytes())?;
        }
    }
    Ok(())
}

fn read_network(r: &mut Reader) -> Result<WindowNetwork, NerError> {
    for n in NETWORK_SHAPE {
        if r.u32()? as usize != n {
            return Err(NerError::Format("the window network has another shape".into()));
        }
    }
    let mut net = WindowNetwork::zeros();
    net.weight = r.f32()?;
    let scale = r.f32()?;
    let quantised = r.take(net.code_weights.len() * 2)?;
    for (w, b) in net.code_weights.iter_mut().zip(quantised.chunks_exact(2)) {
        *w = f32::from(i16::from_le_bytes([b[0], b[1]])) * scale;
    }
    for table in
        [&mut net.flag_weights, &mut net.sentence_weights, &mut net.hidden_bias, &mut net.output, &mut net.output_bias]
    {
        for v in table.iter_mut() {
            *v = r.f32()?;
        }
    }
    Ok(net)
}

fn write_u32(out: &mut impl Write, v: u32) -> std::io::Result<()> {
    out.write_all(&v.to_le_bytes())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let slice =
            self.bytes.get(self.at..self.at + n).ok_or_else(|| NerError::Format("model file is truncated".into()))?;
        self.at += n;
        Ok(slice)
    }
    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
    /// A record count, refused when the rest of the file cannot hold that many records of at
    /// least `min_record` bytes (so a damaged count fails before anything is allocated for it).
    fn count(&mut self, min_record: usize) -> Result<usize, NerError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_record) > self.bytes.len() - self.at {
            return Err(NerError::Format("model file is truncated".into()));
        }
        Ok(n)
    }
    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_file_round_trip_keeps_weights_and_both_cluster_sources() {
        let mut clusters = Clusters::default();
        clusters.table.insert(11, ClusterIds { row: 1, fine: 2, coarse: 3, news_fine: 4, news_coarse: 5 });
        clusters
            .table
            .insert(12, ClusterIds { row: 6, fine: 7, coarse: 8, news_fine: ClusterIds::ABSENT, news_coarse: 9 });
        let mut rows = RowTable::with_capacity(2);
        rows.insert(900, 0);
        rows.insert(901, 1);
        let mut weights = vec![0i16; 2 * STRIDE];
        weights[3] = -7;
        weights[STRIDE + TAGS - 1] = 300;
        let model = Model {
            rows,
            keys: vec![900, 901],
            weights,
            scale: 0.25,
            transitions: (0..(TAGS + 1) * TAGS).map(|i| i as f32).collect(),
            end: vec![0.5; TAGS],
            clusters,
            gazetteer: GazetteerIndex::default(),
            network: None,
            codes: WordCodes::default(),
            id: next_model_id(),
        };
        let mut bytes = Vec::new();
        model.write(&mut bytes).unwrap();
        let read = Model::read(&bytes).unwrap();
        assert_eq!(read.keys, model.keys);
        assert_eq!(read.weights, model.weights);
        assert_eq!((read.scale, &read.transitions, &read.end), (model.scale, &model.transitions, &model.end));
        let mut written: Vec<_> = model.clusters.table.iter().collect();
        let mut back: Vec<_> = read.clusters.table.iter().collect();
        written.sort_unstable_by_key(|c| c.0);
        back.sort_unstable_by_key(|c| c.0);
        assert_eq!(written, back);
        // A truncated file is an error, not a panic.
        assert!(Model::read(&bytes[..bytes.len() - 3]).is_err());
        // Only the non-zero weights are written: 8 + 1 + 3 bytes a row with one.
        let rows_at = 8 + 4 + 4 + 4 + 4 * ((TAGS + 1) * TAGS + TAGS);
        assert_eq!(&bytes[rows_at..rows_at + 4], &2u32.to_le_bytes());
        assert_eq!(&bytes[rows_at + 4 + 8..rows_at + 4 + 12], &[1, 3, (-7i16 as u16) as u8, 0xff]);
        // A damaged row count or tag number is an error before any allocation for it.
        let mut huge = bytes.clone();
        huge[rows_at..rows_at + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(Model::read(&huge), Err(NerError::Format(_))));
        let mut bad_tag = bytes.clone();
        bad_tag[rows_at + 4 + 9] = TAGS as u8;
        assert!(matches!(Model::read(&bad_tag), Err(NerError::Format(_))));
    }

    #[test]
    fn model_file_round_trip_keeps_the_network_and_the_word_codes() {
        let mut clusters = Clusters::default();
        for key in 20..40 {
            clusters.table.insert(key, ClusterIds { row: 1, fine: 2, coarse: 3, news_fine: 4, news_coarse: 5 });
        }
        let mut codes = WordCodes::default();
        codes.table.insert(21, [1, 2, 3, 4, 5, 6, 7, 8]);
        codes.table.insert(39, [255; SUBSPACES]);
        let mut net = WindowNetwork::zeros();
        net.code_weights[7] = 0.5;
        net.code_weights[9] = -0.5;
        net.output[3] = 1.5;
        net.weight = 2.0;
        let model = Model {
            rows: RowTable::with_capacity(0),
            keys: Vec::new(),
            weights: Vec::new(),
            scale: 1.0,
            transitions: vec![0.0; (TAGS + 1) * TAGS],
            end: vec![0.0; TAGS],
            clusters,
            gazetteer: GazetteerIndex::default(),
            network: Some(net.clone()),
            codes,
            id: next_model_id(),
        };
        let mut bytes = Vec::new();
        model.write(&mut bytes).unwrap();
        let read = Model::read(&bytes).unwrap();
        // (Not assert_eq: a failure would print 700,000 weights.)
        assert!(read.network == Some(net), "these weights survive i16 rounding exactly");
        assert_eq!(read.codes.table.get(21), Some([1, 2, 3, 4, 5, 6, 7, 8]));
        assert_eq!(read.codes.table.get(39), Some([255; SUBSPACES]));
        assert_eq!(read.codes.table.get(22), None);
        assert!(Model::read(&bytes[..bytes.len() - 1]).is_err());
        bytes.push(0);
        assert!(Model::read(&bytes).is_err(), "trailing bytes are refused");
    }
}
