//! Bytes and a file type → an article or a clear error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let name = ["page.html", "note.txt", "story.md", "saved.mhtml", "report.docx", "book.epub", "paper.pdf"][kind as usize % 7];
    if let Ok(article) = dramatis::ingest::article_from_bytes(bytes, std::path::Path::new(name)) {
        assert!(!article.text.trim().is_empty());
    }
});
