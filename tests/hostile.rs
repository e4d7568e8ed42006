//! Hostile files, generated here (never committed as big files): each one loads or is reported
//! by name, the others of the batch still load, and nothing ends by a signal or a panic.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

mod common;
use common::check_offsets;

/// (JSON on stdout, stderr, exit code, time taken).
fn extract(paths: &[&Path]) -> (Value, String, Option<i32>, Duration) {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_dramatis")).arg("extract").args(paths).output().expect("binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (serde_json::from_slice(&out.stdout).unwrap_or(Value::Null), stderr, out.status.code(), started.elapsed())
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn labels(doc: &Value) -> Vec<String> {
    doc["nodes"]
        .as_array()
        .map_or_else(Vec::new, |n| n.iter().filter_map(|n| n["label"].as_str()).map(String::from).collect())
}

const GOOD: &str = "Israel and Lebanon held talks in Naqoura on Wednesday, officials in Beirut said.";

/// Every hostile file in one folder beside a good article: the good one loads, each bad one is
/// named on stderr or loads, and the run ends normally (exit 0: at least one article loaded).
#[test]
fn a_folder_of_hostile_files_loads_what_it_can_and_names_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "good.txt", GOOD);
    let empty = write(d, "empty.txt", "");
    let png =
        write(d, "picture.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89");
    write(d, "latin1.txt", b"Les n\xe9gociations entre Isra\xebl et le Liban ont repris \xe0 Naqoura.");
    let mut utf16le = vec![0xff, 0xfe];
    utf16le.extend(GOOD.encode_utf16().flat_map(u16::to_le_bytes));
    write(d, "utf16le.txt", utf16le);
    let mut utf16be = vec![0xfe, 0xff];
    utf16be.extend(GOOD.encode_utf16().flat_map(u16::to_be_bytes));
    write(d, "utf16be.txt", utf16be);
    write(d, "nul.txt", format!("Israel\0 and\0 Lebanon met.\0\0 {GOOD}"));
    write(
        d,
        "scripts.html",
        format!(
            "<html><head><script src=\"https://tracker.example/t.js\"></script><script>document.write('<p>fake</p>')</script></head>\
         <body><iframe src=\"https://ads.example/\"></iframe><img src=\"https://img.example/a.jpg\">\
         <a href=\"javascript:alert(1)\">click</a><article><p>{GOOD}</p><p>Hezbollah warned Israel again.</p></article></body></html>"
        ),
    );
    write(
        d,
        "deep.html",
        format!("<html><body>{}<p>{GOOD}</p>{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000)),
    );
    write(d, "scripts-deep.html", format!("<body>{}<p>{GOOD}</p></body>", "<span><script>x</script>".repeat(20_000)));
    write(d, "rtl.txt", "وقال مسؤولون إن Israel وLebanon عقدا محادثات في الناقورة. נציגי Israel נפגשו עם Hezbollah.");
    write(d, "zero-width.txt", "Isr\u{200b}ael and Le\u{0301}banon met\u{200d} in Naqoura\u{feff}. Beirut agreed.");
    write(d, "crlf.txt", "Israel and Lebanon met.\r\nBeirut agreed.\rHezbollah objected.\r\n");
    write(
        d,
        "one-long-line.txt",
        "Israel Lebanon talks envoy said that Hezbollah officials met Naqoura , ".repeat(4_000),
    );
    let too_big = write(d, "too-big.txt", "Lebanon ".repeat(600_000));
    write(
        d,
        "saved.mhtml",
        format!(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"B\"\r\n\r\n--B\r\n\
             Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
             <html><body><article><p>{GOOD} Hezbollah stayed out of the talks in So=\r\nuthern Lebanon.</p></article></body></html>\r\n--B--\r\n"
        ),
    );
    // Zipped documents: a real one, a zip bomb (one part inflating to 80 MB), a cut-off one,
    // and a picture named .docx.
    let docx = |document: &[u8]| -> Vec<u8> {
        use std::io::Write;
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        out.start_file("word/document.xml", options).unwrap();
        out.write_all(document).unwrap();
        out.finish().unwrap().into_inner()
    };
    let report =
        docx(format!("<w:document><w:body><w:p><w:r><w:t>{GOOD}</w:t></w:r></w:p></w:body></w:document>").as_bytes());
    write(d, "report.docx", &report);
    let bomb = write(d, "bomb.docx", docx(&vec![b' '; 80_000_000]));
    let cut = write(d, "cut.docx", &report[..report.len() / 2]);
    let picture_docx = write(d, "picture.docx", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    // PDFs: a real one (groff + Ghostscript, see tests/fixtures), the same cut in half, and a
    // picture named .pdf.
    let seed_pdf = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/naqoura-talks.pdf")).unwrap();
    write(d, "talks.pdf", &seed_pdf);
    let cut_pdf = write(d, "cut.pdf", &seed_pdf[..seed_pdf.len() / 2]);
    let picture_pdf = write(d, "picture.pdf", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("dangling.txt")).unwrap();
        std::fs::create_dir(d.join("loop")).unwrap();
        std::os::unix::fs::symlink(d, d.join("loop").join("back")).unwrap();
    }
    let (doc, stderr, code, took) = extract(&[d]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(took < Duration::from_secs(120), "took {took:?}");
    let loaded: Vec<&str> = doc["articles"].as_array().unwrap().iter().filter_map(|a| a["path"].as_str()).collect();
    for bad in [&empty, &png, &too_big, &bomb, &cut, &picture_docx, &cut_pdf, &picture_pdf] {
        assert!(stderr.contains(&bad.display().to_string()), "{} not named in {stderr}", bad.display());
        assert!(!loaded.contains(&bad.display().to_string().as_str()));
    }
    assert!(stderr.contains("Dramatis reads up to"), "{stderr}");
    assert!(stderr.contains("inflates past"), "the zip bomb is refused for what it is: {stderr}");
    #[cfg(unix)]
    assert!(stderr.contains("dangling.txt"), "{stderr}");
    for name in [
        "good.txt",
        "latin1.txt",
        "utf16le.txt",
        "utf16be.txt",
        "nul.txt",
        "scripts.html",
        "deep.html",
        "rtl.txt",
        "zero-width.txt",
        "crlf.txt",
        "one-long-line.txt",
        "saved.mhtml",
        "report.docx",
        "talks.pdf",
    ] {
        assert!(loaded.iter().any(|p| p.ends_with(name)), "{name} did not load: {stderr}");
    }
    // Text inside scripts is never taken for the article; the article's is.
    let texts: String = doc["articles"].as_array().unwrap().iter().filter_map(|a| a["text"].as_str()).collect();
    assert!(!texts.contains("fake") && !texts.contains("alert"), "script text leaked");
    assert!(texts.contains("Hezbollah warned Israel again"));
    assert!(texts.contains("stayed out of the talks in Southern Lebanon"), "the MHTML page's soft line break");
    assert!(
        texts.contains("officials from Israel and Lebanon have held direct talks facilitated by the United States"),
        "the PDF's text layer, ligatures unfolded and lines joined"
    );
    let labels = labels(&doc);
    for expected in ["Israel", "Lebanon", "Hezbollah"] {
        assert!(labels.iter().any(|l| l == expected), "{expected} missing from {labels:?}");
    }
    // Every offset still slices its article at character boundaries, into one of its aliases.
    check_offsets(&doc);
}

/// A file nothing can be made of, alone: exit 1 with its name, never a crash.
#[test]
fn a_lone_bad_file_exits_1_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let png = write(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\0");
    let (_, stderr, code, _) = extract(&[&png]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("image.txt"), "{stderr}");
}

/// Ten thousand small files load in one batch.
#[test]
fn a_folder_of_ten_thousand_small_files() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        write(
            dir.path(),
            &format!("note-{i:05}.txt"),
            if i % 2 == 0 { "Israel met Lebanon." } else { "Beirut waited." },
        );
    }
    let (doc, stderr, code, took) = extract(&[dir.path()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(doc["articles"].as_array().unwrap().len(), 10_000);
    assert!(took < Duration::from_secs(180), "took {took:?}");
}
