//! PDF files with a text layer: the characters pdf-extract (over lopdf) finds, laid out by their
//! positions — a gap wider than a fifth of the font size is a space, a step down a new line, a
//! larger one a new paragraph — then lines joined within paragraphs and words hyphenated at a line
//! end rejoined. The parser runs isolated: a panic on a hostile file becomes that file's error,
//! and a file that takes longer than [`TIME_LIMIT`] is given up.

use std::sync::Once;
use std::time::Duration;

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// How long one PDF may take to read before it is reported and skipped.
pub const TIME_LIMIT: Duration = Duration::from_secs(20);

/// Name of the threads that parse PDFs (the panic hook stays quiet for them).
const ISOLATED: &str = "dramatis-pdf";

/// Is this thread parsing a PDF in isolation (its panics are that file's error, not a crash)?
pub fn is_isolated_thread() -> bool {
    std::thread::current().name() == Some(ISOLATED)
}

/// (title, text, date) of a PDF, or why it cannot be read.
pub(super) fn pdf_text(bytes: &[u8]) -> Result<(Option<String>, String, Option<String>), String> {
    // The header may follow a little junk (readers accept it within the first kilobyte).
    if !bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        return Err("not a PDF (no %PDF header)".into());
    }
    quiet_isolated_panics();
    let owned = bytes.to_vec();
    let (sender, receiver) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new().name(ISOLATED.into()).spawn(move || {
        let result = std::panic::catch_unwind(|| read_layer(&owned));
        let _ = sender.send(result);
    });
    let reader = spawned.map_err(|e| format!("cannot start the PDF reader: {e}"))?;
    let answer = receiver.recv_timeout(TIME_LIMIT);
    if answer.is_ok() {
        // It has answered and is ending: wait for it, so no thread outlives the file it read.
        let _ = reader.join();
    }
    let layer = match answer {
        Ok(Ok(Ok(text))) => text,
        Ok(Ok(Err(e))) => return Err(e),
        Ok(Err(_)) => return Err("the PDF reader failed on this file (it may be damaged)".into()),
        // The reader thread is left to finish on its own; its answer is dropped.
        Err(_) => return Err(format!("reading took longer than {} s", TIME_LIMIT.as_secs())),
    };
    let text = tidy(&layer);
    if text.trim().is_empty() {
        return Err("no text layer (a scanned PDF needs OCR first)".into());
    }
    let title = super::text::title_of_plain_text(&text);
    Ok((title, text, None))
}

/// The positioned text of every page.
fn read_layer(bytes: &[u8]) -> Result<String, String> {
    let mut document = pdf_extract::Document::load_mem(bytes).map_err(|e| format!("{e}"))?;
    if document.is_encrypted() {
        // An empty user password opens most "protected" PDFs (printing or copying restricted).
        document.decrypt("").map_err(|_| "the PDF is password-protected".to_string())?;
    }
    let mut layer = Layer::default();
    pdf_extract::output_doc(&document, &mut layer).map_err(|e| format!("{e}"))?;
    Ok(layer.text)
}

/// Wraps the panic hook once, so a PDF parser panic caught in its thread prints nothing.
fn quiet_isolated_panics() {
    static WRAPPED: Once = Once::new();
    WRAPPED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !is_isolated_thread() {
                previous(info);
            }
        }));
    });
}

/// Characters laid out by position (see the module doc).
#[derive(Default)]
struct Layer {
    text: String,
    /// PDF space is y-up; flipped so y grows down the page.
    flip: Option<Transform>,
    last_end: f64,
    last_y: f64,
    started: bool,
}

impl OutputDev for Layer {
    fn begin_page(
        &mut self,
        _page: u32,
        media_box: &MediaBox,
        _art: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.flip = Some(Transform::row_major(1., 0., 0., -1., 0., media_box.ury - media_box.lly));
        if self.started {
            self.text.push_str("\n\n");
        }
        self.started = false;
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        ch: &str,
    ) -> Result<(), OutputError> {
        let position = match &self.flip {
            Some(flip) => trm.post_transform(flip),
            None => *trm,
        };
        // The font size in page units: the side of the square the text matrix maps it to.
        let (sx, sy) = (font_size * (trm.m11 + trm.m21), font_size * (trm.m12 + trm.m22));
        let size = (sx * sy).abs().sqrt().max(1e-3);
        let (x, y) = (position.m31, position.m32);
        if self.started {
            let down = (y - self.last_y).abs();
            if down > size * 1.45 {
                self.text.push_str("\n\n");
            } else if down > size * 0.5 {
                self.text.push('\n');
            } else if x > self.last_end + size * 0.2 && !self.text.ends_with(' ') && ch != " " {
                self.text.push(' ');
            }
        }
        self.text.push_str(ch);
        self.started = true;
        self.last_y = y;
        self.last_end = x + width * size;
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Ligatures unfolded (NFKC), lines of a paragraph joined, a word hyphenated across a line end
/// rejoined ("fron-" + "tiers"); paragraphs stay one blank line apart.
fn tidy(layer: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let normalised: String = layer.nfkc().collect();
    let mut paragraphs = Vec::new();
    for block in normalised.split("\n\n") {
        let mut paragraph = String::new();
        for line in block.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let hyphenated = paragraph.ends_with('-')
                && paragraph.chars().rev().nth(1).is_some_and(char::is_lowercase)
                && line.chars().next().is_some_and(char::is_lowercase);
            if hyphenated {
                paragraph.pop();
            } else if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(line);
        }
        if !paragraph.is_empty() {
            paragraphs.push(paragraph);
        }
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF whose text layer is `lines` in Helvetica, one per line (offsets computed,
    /// so the cross-reference table is right).
    pub fn minimal_pdf(lines: &[&str]) -> Vec<u8> {
        let mut content = String::from("BT /F1 12 Tf 72 720 Td 14 TL\n");
        for line in lines {
            content.push_str(&format!("({}) Tj T*\n", line.replace('(', "\\(").replace(')', "\\)")));
        }
        content.push_str("ET");
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
            format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        ];
        let mut pdf = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
        }
        let xref = pdf.len();
        pdf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
        for o in offsets {
            pdf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
        );
        pdf
    }

    #[test]
    fn a_text_layer_reads_in_order_and_damaged_files_are_errors_not_panics() {
        let pdf = minimal_pdf(&[
            "Trade talks in Lima",
            "",
            "Peru and Chile met in Lima on Monday.",
            "Bolivia sent observers.",
        ]);
        let (title, text, _) = pdf_text(&pdf).unwrap();
        assert_eq!(title.as_deref(), Some("Trade talks in Lima"));
        assert!(text.contains("Peru and Chile met in Lima on Monday. Bolivia sent observers."), "{text:?}");
        // Cut short, scrambled, or no PDF at all: an error that says so, never a panic.
        for bad in [&pdf[..pdf.len() / 2], &pdf[..40], b"%PDF-1.4\n%garbage\n".as_slice(), b"hello".as_slice()] {
            assert!(pdf_text(bad).is_err());
        }
        let mut scrambled = pdf.clone();
        for (i, b) in scrambled.iter_mut().enumerate().skip(200) {
            if i % 7 == 0 {
                *b = b'#';
            }
        }
        let _ = pdf_text(&scrambled);
        // A page without text (a scan) says what is missing.
        let empty = minimal_pdf(&[]);
        assert!(pdf_text(&empty).unwrap_err().contains("no text layer"));
    }

    #[test]
    fn paragraphs_join_their_lines_and_rejoin_hyphenated_words() {
        let layer = "Title\n\nFirst line of a para-\ngraph goes on\nhere.\n\nSecond \u{FB01}eld.\n\n\n";
        assert_eq!(tidy(layer), "Title\n\nFirst line of a paragraph goes on here.\n\nSecond field.");
        // A hyphen before a capital or at a name boundary stays.
        assert_eq!(tidy("U.S.-\nLebanon talks"), "U.S.- Lebanon talks");
    }
}
