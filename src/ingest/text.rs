//! Plain-text cleaning: line endings, whitespace, and trailing page junk ("Leave a Reply", …).

/// Lines that mark the start of page furniture after the article body.
const JUNK_MARKERS: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "leave a reply cancel reply",
    "cancel reply",
    "share this",
    "share",
    "share on facebook",
    "share on twitter",
    "like this",
    "like",
    "loading",
    "related",
    "related posts",
    "related articles",
    "related stories",
    "you may also like",
    "more from",
    "post navigation",
    "comments",
    "no comments",
    "subscribe",
    "subscribe to our newsletter",
    "follow us",
    "tags",
    "advertisement",
    "read more",
    "click to share",
    "your email address will not be published",
    "required fields are marked",
    "print",
    "email",
    "about the author",
    "recent posts",
    "popular posts",
    "join the discussion",
    "sign up",
];

fn normalise_marker(line: &str) -> String {
    line.trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Is this line page furniture rather than article text?
pub fn is_junk_line(line: &str) -> bool {
    let marker = normalise_marker(line);
    if marker.is_empty() {
        return false;
    }
    if JUNK_MARKERS.contains(&marker.as_str()) {
        return true;
    }
    // "12 comments", "1 Comment", "Comments (3)", "Posted in World", "Filed under: Middle East"
    let words: Vec<&str> = marker.split(' ').collect();
    (words.len() <= 3
        && words.iter().any(|w| *w == "comments" || *w == "comment" || *w == "responses" || *w == "replies")
        && words.iter().any(|w| w.chars().all(|c| c.is_ascii_digit())))
        || marker.starts_with("posted in ")
        || marker.starts_with("filed under")
        || marker.starts_with("tags ")
        || marker.starts_with("click to share on")
        || marker.starts_with("share this")
}

/// Normalises line endings and whitespace and strips trailing page junk.
pub fn clean_plain_text(raw: &str) -> String {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.lines().map(str::trim_end).collect();
    // The article ends before the first junk marker after which no real paragraph follows.
    let mut end = lines.len();
    for i in (0..lines.len()).rev() {
        let line = lines[i].trim();
        if line.is_empty() {
            continue;
        }
        if is_junk_line(line) {
            end = i;
        } else if line.chars().count() > 120 {
            break;
        }
    }
    // Never cut everything: a "junk" first line means the scan misread a short document.
    if lines[..end].iter().all(|l| l.trim().is_empty()) {
        end = lines.len();
    }
    let mut out = String::with_capacity(unified.len());
    let mut blank_run = 0;
    for line in &lines[..end] {
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line.trim_start_matches('\u{feff}'));
    }
    out
}

/// A first line that reads like a headline: short, no final full stop.
pub fn title_of_plain_text(text: &str) -> Option<String> {
    let first = text.lines().next()?.trim();
    let words = first.split_whitespace().count();
    (words > 0 && words <= 25 && first.chars().count() <= 160 && !first.ends_with('.')).then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_trailing_junk() {
        let raw = "Title line\r\n\r\nFirst paragraph of the article.\r\nSecond paragraph.\r\n\r\n\r\n\r\nLeave a Reply";
        assert_eq!(clean_plain_text(raw), "Title line\n\nFirst paragraph of the article.\nSecond paragraph.");
        let raw = "Body text here that matters.\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLoading...\n\nRelated posts\n3 Comments";
        assert_eq!(clean_plain_text(raw), "Body text here that matters.");
    }

    #[test]
    fn keeps_text_that_mentions_junk_words() {
        let raw = "Officials said they would share the findings.\nComments were made at the meeting.";
        assert_eq!(clean_plain_text(raw), raw);
    }

    #[test]
    fn titles() {
        assert_eq!(
            title_of_plain_text("Airstrikes destroy ISIL’s tanks\n\nOn Thursday..."),
            Some("Airstrikes destroy ISIL’s tanks".into())
        );
        assert_eq!(title_of_plain_text("A long opening sentence that ends with a period."), None);
    }
}
