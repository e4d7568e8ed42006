//! Criterion benches of the NER tagger: tagging pre-tokenised sentences (the bundled sample
//! articles, tokenised before timing) on one thread, and loading the model.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dramatis::nlp::ner::{Model, Scratch, bundled};
use dramatis::nlp::{sentences::split_sentences, tokenize::tokenize};

fn sample_sentences() -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut paths = Vec::new();
    let mut folders = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples"))];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("data/samples").flatten() {
            let path = entry.path();
            if path.is_dir() { folders.push(path) } else { paths.push(path) }
        }
    }
    paths.sort();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let tokens = tokenize(&text);
        for s in split_sentences(&text, &tokens) {
            out.push(tokens[s.tokens()].iter().map(|t| t.text(&text).to_string()).collect());
        }
    }
    out
}

fn tagging(c: &mut Criterion) {
    let Some(model) = bundled() else { return };
    let sentences = sample_sentences();
    let refs: Vec<Vec<&str>> = sentences.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let tokens: usize = refs.iter().map(Vec::len).sum();
    let mut scratch = Scratch::default();
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function(format!("tag_samples_{tokens}_tokens"), |b| {
        b.iter(|| refs.iter().map(|s| model.tag(s, &mut scratch).len()).sum::<usize>())
    });
    group.finish();
}

fn loading(c: &mut Criterion) {
    let bytes = include_bytes!("../../data/models/ner.bin");
    let mut group = c.benchmark_group("ner");
    group.sample_size(10);
    group.bench_function("load_model", |b| b.iter(|| Model::read(bytes).map(|m| m.keys.len()).unwrap_or(0)));
    group.finish();
}

criterion_group!(benches, tagging, loading);
criterion_main!(benches);
