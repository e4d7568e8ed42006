//! Any text → a graph whose every mention and evidence span slices the text at char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let article = dramatis::model::Article {
        id: "a".into(),
        path: "a.txt".into(),
        title: "A".into(),
        text: text.to_string(),
        date: None,
        url: None,
    };
    let graph = dramatis::graph::build_graph(vec![article]);
    for (_, node) in graph.nodes() {
        for m in &node.mentions {
            assert!(text.get(m.start as usize..m.end as usize).is_some(), "mention off the text");
        }
    }
    for (_, _, _, edge) in graph.edges() {
        for e in &edge.evidence {
            assert!(text.get(e.start as usize..e.end as usize).is_some(), "evidence off the text");
        }
    }
});
