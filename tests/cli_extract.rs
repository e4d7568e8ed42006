//! Integration tests of `dramatis extract`: the stable JSON contract, exit codes and bad input.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

mod common;
use common::check_offsets;

fn dramatis() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dramatis"))
}

fn seed() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples/naqoura-talks.txt")
}

fn extract(paths: &[&Path]) -> (Value, String, i32) {
    let out = dramatis().arg("extract").args(paths).output().expect("binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (json, stderr, out.status.code().unwrap_or(-1))
}

fn node<'a>(doc: &'a Value, label: &str) -> Option<&'a Value> {
    doc["nodes"].as_array()?.iter().find(|n| n["label"] == label)
}

#[test]
fn seed_article_gives_the_expected_graph() {
    let (doc, stderr, code) = extract(&[Path::new(seed())]);
    assert_eq!(code, 0, "{stderr}");
    for (label, kind) in [
        ("Israel", "country"),
        ("Lebanon", "country"),
        ("United States", "country"),
        ("Naqoura", "place"),
        ("Beirut", "place"),
        ("Middle East", "place"),
    ] {
        let n = node(&doc, label).unwrap_or_else(|| panic!("{label} missing"));
        assert_eq!(n["kind"], kind, "{label}");
    }
    let hezbollah = node(&doc, "Hezbollah").expect("Hezbollah");
    assert!(hezbollah["kind"] == "group" || hezbollah["kind"] == "organization");
    let us = node(&doc, "United States").unwrap();
    let aliases: Vec<&str> = us["aliases"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(aliases.contains(&"U.S.") && aliases.contains(&"Washington"), "{aliases:?}");
    let labels: Vec<&str> = doc["nodes"].as_array().unwrap().iter().filter_map(|n| n["label"].as_str()).collect();
    for junk in ["Leave a Reply", "Despite", "Instead", "Even", "For", "Public", "Israeli", "Lebanese", "Reply"] {
        assert!(!labels.contains(&junk), "junk node {junk}: {labels:?}");
    }
    assert!(node(&doc, "southern Lebanon").is_some());

    // Events: one consult event for the talks, reached by "the meeting" and "the session".
    let id_of = |label: &str| node(&doc, label).map(|n| n["id"].as_str().unwrap().to_string()).unwrap();
    let events: Vec<&Value> = doc["nodes"].as_array().unwrap().iter().filter(|n| n["kind"] == "event").collect();
    let talks: Vec<&&Value> =
        events.iter().filter(|e| e["event_type"] == "04 Consult" && e["modality"] == "asserted").collect();
    assert_eq!(talks.len(), 1, "{events:?}");
    let talks_id = talks[0]["id"].as_str().unwrap();
    let aliases: Vec<&str> = talks[0]["aliases"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(aliases.contains(&"meeting") && aliases.contains(&"session"), "{aliases:?}");
    // "more than 40 years" is a length of time, not when the talks happened.
    assert!(talks[0].get("time").is_none_or(Value::is_null), "{:?}", talks[0]);
    assert!(talks[0]["attributes"].get("time_text").is_none(), "{:?}", talks[0]);
    let edge = |source: &str, target: &str, kind: &str| {
        doc["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["source"] == source && e["target"] == target && e["kind"] == kind)
    };
    assert!(edge(&id_of("Israel"), talks_id, "participant"));
    assert!(edge(&id_of("Lebanon"), talks_id, "participant"));
    assert!(edge(&id_of("United States"), talks_id, "mediator"));
    assert!(edge(talks_id, &id_of("Naqoura"), "location"));
    assert!(edge(&id_of("Naqoura"), &id_of("Lebanon"), "located_in"));
    assert!(edge(&id_of("Hezbollah"), &id_of("southern Lebanon"), "relation"));
    // No asserted peace negotiation.
    assert!(
        !events.iter().any(
            |e| e["aliases"].as_array().unwrap().iter().any(|a| a == "negotiations") && e["modality"] == "asserted"
        )
    );
    // Every edge's evidence covers whole sentences of the article.
    for e in doc["edges"].as_array().unwrap() {
        for m in e["evidence"].as_array().unwrap() {
            let (s, t) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
            let text = doc["articles"][0]["text"].as_str().unwrap();
            assert!(s < t && t <= text.len());
        }
    }
    let text = doc["articles"][0]["text"].as_str().unwrap();
    assert!(!text.contains("Leave a Reply"));
    check_offsets(&doc);
}

#[test]
fn all_bundled_samples_extract() {
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let (doc, stderr, code) = extract(&[Path::new(samples)]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(doc["articles"].as_array().unwrap().len(), 50);
    check_offsets(&doc);
    // One node per thing across articles.
    let ids: Vec<&str> = doc["nodes"].as_array().unwrap().iter().filter_map(|n| n["id"].as_str()).collect();
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(ids.len(), unique.len());
    let isil = node(&doc, "Islamic State").expect("Islamic State");
    let aliases: Vec<&str> = isil["aliases"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(aliases.contains(&"ISIL") && aliases.contains(&"Daesh"), "{aliases:?}");
}

#[test]
fn bad_files_are_named_and_the_rest_load() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed(), dir.path().join("good.txt")).unwrap();
    std::fs::write(dir.path().join("page.html"), "<html><head><title>Talks</title></head><body><article><p>Officials from Israel and Lebanon met in Naqoura on Wednesday for talks.</p></article></body></html>").unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("teaser.html"), "<html><body><span>Envoys met in Tyre.</span></body></html>")
        .unwrap();
    std::fs::write(dir.path().join("binary.dat"), [0u8, 1, 2, 3, 255, 254, 0, 7]).unwrap();
    std::fs::write(dir.path().join("binary.txt"), [0u8, 1, 2, 3, 255, 254, 0, 7]).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("missing.txt"), dir.path().join("dangling.txt")).unwrap();
    let (doc, stderr, code) = extract(&[dir.path()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(doc["articles"].as_array().unwrap().len(), 3, "{stderr}");
    for bad in ["empty.txt", "binary.dat", "binary.txt"] {
        assert!(stderr.contains(bad), "{bad} not reported: {stderr}");
    }
    // The page with little text loads, and the user is told.
    assert!(stderr.lines().any(|l| l.contains("warning:") && l.contains("teaser.html")), "{stderr}");
    #[cfg(unix)]
    assert!(stderr.contains("dangling.txt"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let (_, stderr, code) = extract(&[&dir.path().join("empty.txt")]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("empty.txt"));
    let (_, _, code) = extract(&[&dir.path().join("does-not-exist.txt")]);
    assert_eq!(code, 1);
    let out = dramatis().arg("extract").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = dramatis().args(["extract", "--no-such-flag", seed()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn output_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("graph.json");
    let out = dramatis().args(["extract", seed(), "-o"]).arg(&out_path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    assert!(node(&doc, "Naqoura").is_some());
}

#[test]
fn extract_can_save_a_project_that_export_reads() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("region.dramatis");
    let out = dramatis()
        .args(["extract", seed(), "-o"])
        .arg(dir.path().join("g.json"))
        .arg("--save")
        .arg(&project)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let (from_project, stderr, code) = extract(&[&project]);
    assert_eq!(code, 0, "{stderr}");
    let (from_text, _, _) = extract(&[Path::new(seed())]);
    assert_eq!(from_project["nodes"], from_text["nodes"]);
    let png = dir.path().join("g.png");
    let out = dramatis().arg("export").arg(&project).args(["--format", "png", "-o"]).arg(&png).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::write(dir.path().join("broken.dramatis"), "{}").unwrap();
    let (_, stderr, code) = extract(&[&dir.path().join("broken.dramatis"), Path::new(seed())]);
    assert_eq!(code, 0);
    assert!(stderr.contains("broken.dramatis"), "{stderr}");
}
