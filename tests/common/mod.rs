//! Checks shared by the integration tests.

use serde_json::Value;

/// Every mention and every evidence span slices its article; mention text is one of the aliases.
pub fn check_offsets(doc: &Value) {
    let texts: std::collections::HashMap<&str, &str> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), a["text"].as_str().unwrap()))
        .collect();
    for n in doc["nodes"].as_array().unwrap() {
        let aliases: Vec<&str> = n["aliases"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
        for m in n["mentions"].as_array().unwrap() {
            let text = texts[m["article"].as_str().unwrap()];
            let slice = &text[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize];
            assert!(!slice.is_empty() && aliases.contains(&slice), "{slice:?} is not an alias of {}", n["id"]);
        }
    }
    for e in doc["edges"].as_array().unwrap() {
        let c = e["confidence"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c));
        assert!(!e["evidence"].as_array().unwrap().is_empty(), "edge without evidence: {e}");
        for m in e["evidence"].as_array().unwrap() {
            let text = texts[m["article"].as_str().unwrap()];
            assert!(text.get(m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize).is_some());
        }
    }
}
