//! Zipped documents (Word `.docx`, `.epub`): bounded reads of named parts, and a small XML walk.
//! A broken archive, a missing part or a part that inflates past the limit is an error with a
//! reason, never a crash or a flood of memory.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};

/// The most one part of an archive may inflate to (a zip bomb stops here).
pub(super) const MAX_PART_BYTES: u64 = 64_000_000;
/// The most parts (chapters) read from one archive.
pub(super) const MAX_PARTS: usize = 5_000;

pub(super) type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

pub(super) fn open(bytes: &[u8]) -> Result<Archive<'_>, String> {
    zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a readable zip archive ({e})"))
}

/// The part called `name`, as text (invalid UTF-8 replaced), or why not.
pub(super) fn read_part(archive: &mut Archive<'_>, name: &str) -> Result<String, String> {
    let file = archive.by_name(name).map_err(|_| format!("it has no {name}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_PART_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("{name} is damaged ({e})"))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(format!("{name} inflates past {} MB", MAX_PART_BYTES / 1_000_000));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// What [`walk_xml`] reports: element starts (empty elements are a start and an end), ends,
/// and text with entities resolved.
pub(super) enum XmlItem<'a, 'e> {
    Start(&'a str, &'a BytesStart<'e>),
    End(&'a str),
    Text(&'a str),
}

/// Local name of an element ("w:p" → "p").
fn local(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_string()
}

/// Walks an XML document in order (no recursion, so any depth is fine); stops at the first
/// syntax error with its reason.
pub(super) fn walk_xml(xml: &str, mut visit: impl FnMut(XmlItem<'_, '_>)) -> Result<(), String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut names: Vec<String> = Vec::new();
    loop {
        match reader.read_event().map_err(|e| format!("broken XML at byte {}: {e}", reader.buffer_position()))? {
            Event::Start(e) => {
                let name = local(&e);
                visit(XmlItem::Start(&name, &e));
                names.push(name);
            }
            Event::Empty(e) => {
                let name = local(&e);
                visit(XmlItem::Start(&name, &e));
                visit(XmlItem::End(&name));
            }
            Event::End(_) => {
                if let Some(name) = names.pop() {
                    visit(XmlItem::End(&name));
                }
            }
            Event::Text(t) => visit(XmlItem::Text(&t.xml10_content())),
            Event::CData(t) => visit(XmlItem::Text(&t)),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        "nbsp" => Some(' '),
                        _ => None,
                    },
                };
                if let Some(c) = resolved {
                    visit(XmlItem::Text(c.encode_utf8(&mut [0; 4])));
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// The value of attribute `name` (local name, any prefix) of an element.
pub(super) fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}
