//! Saved web pages → article text: metadata from meta tags, main content by paragraph density,
//! page furniture (scripts, navigation, headers/footers, comments, forms, share blocks) dropped.

use scraper::{ElementRef, Html, Node, Selector};

/// The parts of a page Dramatis keeps.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub text: String,
    pub date: Option<String>,
    pub url: Option<String>,
    /// No article body was found: the text is whatever the page had (its loose text, else its
    /// description), which the user should be told.
    pub little_text: bool,
}

const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "nav", "header", "footer", "aside", "form",
    "button", "select", "input", "textarea", "figure", "menu", "dialog", "object", "embed", "video", "audio",
];
const NEGATIVE_HINTS: &[&str] = &[
    "comment",
    "respond",
    "reply",
    "share",
    "sharing",
    "social",
    "subscribe",
    "newsletter",
    "related",
    "sidebar",
    "widget",
    "navbar",
    "nav-",
    "menu",
    "footer",
    "header",
    "breadcrumb",
    "advert",
    "ads-",
    "ad-slot",
    "promo",
    "popup",
    "cookie",
    "banner",
    "author-bio",
    "tag-list",
    "tags",
    "recommend",
    "outbrain",
    "taboola",
    "signup",
];
const NEGATIVE_ROLES: &[&str] = &["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu"];
const TEXT_BLOCKS: &[&str] =
    &["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "caption"];

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector is valid")
}

/// Runs of whitespace become one space; the ends are trimmed.
pub(super) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Is this element page furniture by its tag, class, id or role?
fn is_furniture(element: &ElementRef) -> bool {
    let e = element.value();
    if SKIPPED_TAGS.contains(&e.name()) {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(role) = e.attr("role")
        && NEGATIVE_ROLES.contains(&role.to_lowercase().as_str())
    {
        return true;
    }
    let hints = format!("{} {}", e.attr("class").unwrap_or_default(), e.attr("id").unwrap_or_default()).to_lowercase();
    // Content containers often carry words like "article-header-wrap"; only skip clear furniture.
    !hints.trim().is_empty()
        && !hints.contains("article-body")
        && !hints.contains("entry-content")
        && !hints.contains("post-content")
        && NEGATIVE_HINTS.iter().any(|h| {
            hints.split(|c: char| c.is_whitespace()).any(|class| {
                class.starts_with(h)
                    || class.ends_with(h)
                    || class.contains(&format!("-{h}"))
                    || class.contains(&format!("{h}-"))
                    || class == *h
            })
        })
}

/// Extracts title, metadata and main text from an HTML document.
pub fn extract_html(source: &str) -> Page {
    let doc = Html::parse_document(&super::depth::flatten_deep_nesting(source));
    let meta = |sel: &str, attr: &str| -> Option<String> {
        doc.select(&selector(sel)).filter_map(|e| e.value().attr(attr)).map(collapse).find(|v| !v.is_empty())
    };
    let first_text = |sel: &str| -> Option<String> {
        doc.select(&selector(sel)).map(|e| collapse(&e.text().collect::<String>())).find(|t| !t.is_empty())
    };
    let structured = super::jsonld::article_data(
        doc.select(&selector("script[type='application/ld+json']")).map(|s| s.text().next().unwrap_or_default()),
    );
    let title = meta("meta[property='og:title']", "content")
        .or_else(|| meta("meta[name='twitter:title']", "content"))
        .or_else(|| structured.headline.as_deref().map(collapse))
        .or_else(|| first_text("title").map(|t| strip_site_name(&t)))
        .or_else(|| first_text("h1"));
    let date = meta("meta[property='article:published_time']", "content")
        .or_else(|| meta("meta[itemprop='datePublished']", "content"))
        .or_else(|| meta("meta[name='date'], meta[name='pubdate'], meta[name='publishdate'], meta[name='dc.date'], meta[name='DC.date.issued'], meta[name='sailthru.date'], meta[name='parsely-pub-date']", "content"))
        .or_else(|| structured.date_published.clone())
        .or_else(|| meta("time[datetime]", "datetime"));
    let url = meta("link[rel='canonical']", "href")
        .or_else(|| meta("meta[property='og:url']", "content"))
        .or_else(|| structured.url.clone());

    let mut blocks = Vec::new();
    if dom_depth(&doc) > MAX_DOM_DEPTH {
        // Nesting no real page has: one flat, iterative pass over the body keeps the text and
        // bounds the work (the density scoring and the recursive walk are for real pages).
        if let Some(body) = doc.select(&selector("body")).next() {
            flat_blocks(body, &mut blocks);
        }
    } else if let Some(root) = main_container(&doc) {
        collect_blocks(root, &mut blocks);
    }
    let mut blocks: Vec<String> = blocks.into_iter().filter(|b| !super::text::is_junk_line(b)).collect();
    // The page's own structured copy of the article wins when the markup gave clearly less
    // (bodies drawn by scripts, paywalled teasers with the full text in JSON-LD).
    if let Some(body) = &structured.body {
        let from_markup: usize = blocks.iter().map(String::len).sum();
        if body.len() > from_markup + from_markup / 5 {
            blocks = body.split('\n').map(collapse).filter(|b| !b.is_empty()).collect();
        }
    }
    // A page with little text loads what it has: any text of the body, else the description.
    let little_text = blocks.is_empty();
    if little_text {
        if let Some(body) = doc.select(&selector("body")).next() {
            flat_text_blocks(body, &mut blocks);
        }
        if blocks.is_empty()
            && let Some(description) = meta("meta[property='og:description']", "content")
                .or_else(|| meta("meta[name='description']", "content"))
        {
            blocks.push(description);
        }
    }
    let mut text = String::new();
    if let Some(t) = &title
        && blocks.first().is_none_or(|b| b != t)
    {
        text.push_str(t);
    }
    for b in &blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(b);
    }
    let text = if blocks.is_empty() { String::new() } else { super::text::clean_plain_text(&text) };
    Page { title, text, date, url, little_text }
}

/// "Talks in Naqoura | Example News" → "Talks in Naqoura".
fn strip_site_name(title: &str) -> String {
    for sep in [" | ", " – ", " — ", " - "] {
        if let Some(pos) = title.rfind(sep) {
            let head = title[..pos].trim();
            if head.split_whitespace().count() >= 3 {
                return head.to_string();
            }
        }
    }
    title.to_string()
}

/// The element holding the article: explicit markers first, then paragraph-text density.
fn main_container(doc: &Html) -> Option<ElementRef<'_>> {
    for sel in ["[itemprop='articleBody']", "article", "main", "[role='main']"] {
        let best =
            doc.select(&selector(sel)).filter(|e| !has_furniture_ancestor(e)).max_by_key(|e| paragraph_text_len(*e));
        if let Some(e) = best
            && paragraph_text_len(e) >= 80
        {
            return Some(e);
        }
    }
    // Readability-style: credit each paragraph's parent fully and grandparent half.
    let mut scores: std::collections::HashMap<ego_tree::NodeId, (ElementRef, f64)> = std::collections::HashMap::new();
    for p in doc.select(&selector("p, pre, blockquote")) {
        if has_furniture_ancestor(&p) {
            continue;
        }
        let len = collapse(&p.text().collect::<String>()).chars().count();
        if len < 25 {
            continue;
        }
        let score = 1.0 + (len as f64 / 100.0).min(3.0) + p.text().collect::<String>().matches(',').count() as f64;
        let mut ancestor = p.parent().and_then(ElementRef::wrap);
        for weight in [1.0, 0.5] {
            if let Some(a) = ancestor {
                scores.entry(a.id()).or_insert((a, 0.0)).1 += score * weight;
                ancestor = a.parent().and_then(ElementRef::wrap);
            }
        }
    }
    scores
        .into_values()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(e, _)| e)
        .or_else(|| doc.select(&selector("body")).next())
}

fn has_furniture_ancestor(e: &ElementRef) -> bool {
    if is_furniture(e) {
        return true;
    }
    e.ancestors().filter_map(ElementRef::wrap).any(|a| is_furniture(&a))
}

fn paragraph_text_len(e: ElementRef) -> usize {
    e.select(&selector("p")).filter(|p| !has_furniture_ancestor(p)).map(|p| p.text().map(str::len).sum::<usize>()).sum()
}

/// Real pages nest a few dozen elements deep; past this, a page gets the flat pass.
const MAX_DOM_DEPTH: usize = 256;

/// The deepest element nesting of the document, found without recursion.
fn dom_depth(doc: &Html) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(_) => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            ego_tree::iter::Edge::Close(_) => depth -= 1,
        }
    }
    deepest
}

/// Text of `root` in document order, without recursion: furniture is skipped, block elements
/// end a paragraph, inline elements and text join the current one. `emit` gets each paragraph,
/// whitespace collapsed.
fn flat_walk(root: ElementRef, mut emit: impl FnMut(String)) {
    let mut loose = String::new();
    let mut skipping = 0usize;
    let mut flush = |loose: &mut String| {
        emit(collapse(loose));
        loose.clear();
    };
    for edge in root.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match ElementRef::wrap(node) {
                Some(el) if skipping > 0 || is_furniture(&el) => skipping += 1,
                Some(el) if !is_inline(el.value().name()) => flush(&mut loose),
                Some(_) => {}
                None => {
                    if skipping == 0
                        && let Node::Text(text) = node.value()
                    {
                        loose.push_str(text);
                    }
                }
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Some(el) = ElementRef::wrap(node) {
                    if skipping > 0 {
                        skipping -= 1;
                    } else if !is_inline(el.value().name()) {
                        flush(&mut loose);
                    }
                }
            }
        }
    }
    flush(&mut loose);
}

/// The flat pass for pages nested too deep: paragraphs with some substance.
fn flat_blocks(root: ElementRef, blocks: &mut Vec<String>) {
    flat_walk(root, |text| {
        if has_substance(&text) {
            blocks.push(text);
        }
    });
}

/// Every bit of text outside furniture, block by block, however short (the last resort for
/// pages with little text: a short item must still load).
fn flat_text_blocks(root: ElementRef, blocks: &mut Vec<String>) {
    flat_walk(root, |text| {
        if text.chars().any(char::is_alphabetic) && !super::text::is_junk_line(&text) {
            blocks.push(text);
        }
    });
}

/// Walks the container in document order; text blocks become paragraphs of the article.
/// (Recursive, but only on pages no deeper than [`MAX_DOM_DEPTH`].)
fn collect_blocks(element: ElementRef, blocks: &mut Vec<String>) {
    let mut loose = String::new();
    for child in element.children() {
        match child.value() {
            Node::Text(t) => loose.push_str(t),
            Node::Element(_) => {
                let Some(child_el) = ElementRef::wrap(child) else { continue };
                if is_furniture(&child_el) {
                    continue;
                }
                let name = child_el.value().name();
                if name == "br" {
                    loose.push('\n');
                } else if TEXT_BLOCKS.contains(&name) {
                    flush_loose(&mut loose, blocks);
                    let mut text = String::new();
                    inline_text(child_el, &mut text);
                    let text = collapse(&text);
                    if !text.is_empty() && !is_link_list(child_el, &text) {
                        blocks.push(text);
                    }
                } else if is_inline(name) {
                    inline_text(child_el, &mut loose);
                } else {
                    flush_loose(&mut loose, blocks);
                    collect_blocks(child_el, blocks);
                }
            }
            _ => {}
        }
    }
    flush_loose(&mut loose, blocks);
}

fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "span"
            | "em"
            | "strong"
            | "b"
            | "i"
            | "u"
            | "small"
            | "sub"
            | "sup"
            | "abbr"
            | "cite"
            | "q"
            | "time"
            | "mark"
            | "code"
            | "font"
            | "bdi"
            | "bdo"
    )
}

/// Loose text (outside any paragraph element) counts as a paragraph only with some substance.
fn has_substance(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= 20
}

fn flush_loose(loose: &mut String, blocks: &mut Vec<String>) {
    let text = collapse(loose);
    if has_substance(&text) {
        blocks.push(text);
    }
    loose.clear();
}

fn inline_text(element: ElementRef, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if e.name() == "br" => out.push(' '),
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(child)
                    && !is_furniture(&el)
                {
                    inline_text(el, out);
                }
            }
            _ => {}
        }
    }
}

/// Short blocks that are mostly links are navigation, not prose.
fn is_link_list(element: ElementRef, text: &str) -> bool {
    let link_len: usize = element.select(&selector("a")).map(|a| collapse(&a.text().collect::<String>()).len()).sum();
    text.len() < 200 && link_len * 10 > text.len() * 6
}

#[cfg(test)]
mod fixtures;

#[cfg(test)]
mod tests {

    #[test]
    fn a_page_nested_far_too_deep_still_gives_its_text_without_recursion() {
        let depth = 100_000;
        let page = format!(
            "<html><body>{}<p>Israel and Lebanon held talks in Naqoura on Wednesday, officials said.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        // A thread with a small stack: any recursion on depth would overflow it.
        let text = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || extract_html(&page).text)
            .unwrap()
            .join()
            .expect("no stack overflow");
        assert!(text.contains("held talks in Naqoura"), "{text:?}");
    }

    use super::*;

    const SAVED_PAGE: &str = r##"<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Israel, Lebanon hold talks in Naqoura | Regional News</title>
<meta property="article:published_time" content="2025-12-03T10:00:00Z">
<link rel="canonical" href="https://news.example/naqoura-talks">
<script>var tracking = "Leave a Reply";</script><style>p{color:red}</style>
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="layout"><aside class="sidebar"><h3>Popular posts</h3><ul><li><a href="/x">Something else entirely</a></li></ul></aside>
<div class="content"><h1>Israel, Lebanon hold talks in Naqoura</h1>
<p class="byline">By <a href="/a">Staff</a></p>
<p>Officials from Israel and Lebanon have held direct talks facilitated by the United States, the first in decades.</p>
<p>The talks were hosted in the border town of Naqoura, where civilian representatives sat together.</p>
<div class="share-buttons"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a></div>
<p>Analysts warn that tensions could <em>easily</em> derail progress.</p>
</div></div>
<div id="comments" class="comments-area"><h3>3 Comments</h3><p>Great article, thanks for writing it up for us!</p></div>
<div id="respond"><h3>Leave a Reply</h3><form><textarea></textarea><button>Post Comment</button></form></div>
<footer><p>Copyright 2025 Regional News. All rights reserved worldwide.</p></footer>
</body></html>"##;

    #[test]
    fn saved_page_keeps_article_and_drops_furniture() {
        let page = extract_html(SAVED_PAGE);
        assert_eq!(page.title.as_deref(), Some("Israel, Lebanon hold talks in Naqoura"));
        assert_eq!(page.date.as_deref(), Some("2025-12-03T10:00:00Z"));
        assert_eq!(page.url.as_deref(), Some("https://news.example/naqoura-talks"));
        assert!(page.text.starts_with("Israel, Lebanon hold talks in Naqoura\n\n"), "{}", page.text);
        assert!(page.text.contains("hosted in the border town of Naqoura"));
        assert!(page.text.contains("tensions could easily derail progress."));
        for junk in [
            "Leave a Reply",
            "Great article",
            "Share on",
            "Popular posts",
            "Home",
            "Copyright",
            "tracking",
            "color:red",
        ] {
            assert!(!page.text.contains(junk), "{junk} leaked into: {}", page.text);
        }
    }

    #[test]
    fn article_element_wins_and_pages_without_text_give_none() {
        let page = extract_html(
            "<html><body><div>menu menu</div><article><p>The first paragraph of the story is long enough to count as text for sure.</p><p>Second paragraph.</p></article></body></html>",
        );
        assert!(page.text.contains("The first paragraph"));
        assert!(page.text.contains("Second paragraph."));
        assert!(!page.text.contains("menu"));
        assert_eq!(extract_html("<html><head><title>x</title></head><body></body></html>").text, "");
        assert_eq!(extract_html("<html><body><nav>Home</nav><footer>About us</footer></body></html>").text, "");
        // Whatever text a page has loads, even when it is hardly a page.
        assert!(extract_html("not html at all, only words <<<>>>").text.contains("not html at all"));
    }
}
