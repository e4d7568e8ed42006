//! Page shapes news sites use, written here (not copied from any site): each keeps its article
//! and drops the furniture around it.

use super::extract_html;

/// The article's sentences are all in the text, the furniture none.
fn check(page: &str, kept: &[&str], dropped: &[&str]) {
    let text = extract_html(page).text;
    for k in kept {
        assert!(text.contains(k), "lost {k:?} from: {text}");
    }
    for d in dropped {
        assert!(!text.contains(d), "{d:?} leaked into: {text}");
    }
}

const BODY_1: &str = "Fishing ministers from Norway and Iceland met in Reykjavik on Monday to settle quotas.";
const BODY_2: &str = "The talks, chaired by a European Union envoy, ran late into the night.";
const BODY_3: &str = "Both delegations said they would meet again in Bergen next month.";

#[test]
fn wordpress_entry_content_with_comments_and_widgets() {
    let page = format!(
        r##"<html><head><title>Quota talks in Reykjavik – Harbour Times</title></head><body class="single-post">
        <div id="masthead" class="site-header"><a href="/">Harbour Times</a></div>
        <div id="primary" class="content-area"><main id="main"><article class="post type-post">
        <header class="entry-header"><h1 class="entry-title">Quota talks in Reykjavik</h1>
        <div class="entry-meta">Posted on <time datetime="2026-05-04">May 4</time> by Editor</div></header>
        <div class="entry-content"><p>{BODY_1}</p><p>{BODY_2}</p>
        <div class="sharedaddy sd-sharing-enabled"><h3>Share this:</h3><ul><li><a href="#">Twitter</a></li></ul></div>
        <p>{BODY_3}</p></div></article>
        <div id="comments" class="comments-area"><h2>2 thoughts on this</h2><ol class="comment-list"><li><p>First! Loved the piece about the quotas.</p></li></ol>
        <div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div></main></div>
        <div id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li><a href="/o">Other story about boats</a></li></ul></section></div>
        </body></html>"##
    );
    check(&page, &[BODY_1, BODY_2, BODY_3], &["Share this", "First!", "Leave a Reply", "Recent Posts", "Other story"]);
}

#[test]
fn drupal_field_body() {
    let page = format!(
        r##"<html><body><div class="layout-container"><header role="banner"><nav>Home News</nav></header>
        <main role="main"><div class="region region-content"><div class="node node--type-article">
        <h1 class="page-title"><span>Quota talks</span></h1>
        <div class="field field--name-body field--type-text-with-summary"><div class="field__item">
        <p>{BODY_1}</p><p>{BODY_2}</p><p>{BODY_3}</p></div></div>
        <div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__item"><a href="/t">Fisheries</a></div></div>
        </div></div></main><footer role="contentinfo">© Harbour Council press office</footer></div></body></html>"##
    );
    check(&page, &[BODY_1, BODY_2, BODY_3], &["Home News", "Harbour Council press office"]);
}

#[test]
fn amp_article() {
    let page = format!(
        r##"<!doctype html><html amp lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
        <style amp-custom>body{{margin:0}}</style></head><body>
        <amp-sidebar id="menu" layout="nodisplay"><ul><li>Sections</li></ul></amp-sidebar>
        <article class="amp-article"><h1>Quota talks</h1><amp-img src="boat.jpg" width="600" height="400"></amp-img>
        <div class="amp-article-body"><p>{BODY_1}</p><p>{BODY_2}</p><p>{BODY_3}</p></div></article>
        <amp-analytics type="gtag"><script type="application/json">{{"vars": {{"id": "X"}}}}</script></amp-analytics>
        </body></html>"##
    );
    check(&page, &[BODY_1, BODY_2, BODY_3], &["margin:0", "\"vars\""]);
}

#[test]
fn medium_like_sections_without_article_markers() {
    let page = format!(
        r##"<html><body><div id="root"><div class="metabar"><a href="/">Sign in</a> <a href="/m">Get started</a></div>
        <div class="story"><section><div class="section-inner"><h1>Quota talks</h1><p>{BODY_1}</p><p>{BODY_2}</p></div></section>
        <section><div class="section-inner"><p>{BODY_3}</p></div></section></div>
        <div class="responses"><h3>Responses (12)</h3><p>What a wonderful and thoughtful story, thank you.</p></div>
        </div></body></html>"##
    );
    check(&page, &[BODY_1, BODY_2], &["Sign in", "Get started", "wonderful"]);
}

#[test]
fn a_short_news_item_still_loads() {
    let page = "<html><head><title>Brief</title></head><body><article><p>Norway recalled its envoy.</p></article></body></html>";
    check(page, &["Norway recalled its envoy."], &[]);
    let tiny = "<html><body><div>Talks resumed.</div></body></html>";
    check(tiny, &["Talks resumed."], &[]);
}

#[test]
fn live_blog_entries() {
    let page = format!(
        r##"<html><body><main><div class="liveblog">
        <div class="liveblog-entry"><time>10:05</time><p>{BODY_1}</p></div>
        <div class="liveblog-entry"><time>10:40</time><p>{BODY_2}</p></div>
        <div class="liveblog-entry"><time>11:15</time><p>{BODY_3}</p></div>
        </div><div class="newsletter-signup"><p>Sign up for our morning briefing, delivered daily.</p></div></main></body></html>"##
    );
    check(&page, &[BODY_1, BODY_2, BODY_3], &["Sign up for our morning briefing"]);
}

#[test]
fn json_ld_body_of_a_page_drawn_by_scripts() {
    let body = format!("{BODY_1}\n\n{BODY_2}\n\n{BODY_3}");
    let page = format!(
        r##"<html><head><title>Quota talks | Harbour Times</title>
        <script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Quota talks in Reykjavik",
        "datePublished":"2026-05-04T09:00:00Z","articleBody":{body:?}}}</script></head>
        <body><div id="app"></div><noscript>Please enable JavaScript to read this page.</noscript>
        <script>window.__STATE__ = {{"paywall": true}};</script></body></html>"##
    );
    let extracted = extract_html(&page);
    assert_eq!(extracted.title.as_deref(), Some("Quota talks in Reykjavik"));
    assert_eq!(extracted.date.as_deref(), Some("2026-05-04T09:00:00Z"));
    check(&page, &[BODY_1, BODY_2, BODY_3], &["enable JavaScript", "paywall"]);
}

#[test]
fn figure_captions_stay_out_and_headings_and_lists_stay_in() {
    let page = format!(
        r##"<html><body><article><h1>Quota talks</h1><p>{BODY_1}</p>
        <figure><img src="a.jpg"><figcaption>Boats in the harbour at dawn, photographed by staff.</figcaption></figure>
        <h2>What was agreed</h2><ul><li>Cod quotas rise by five per cent next year.</li><li>Herring stays as it is.</li></ul>
        <p>{BODY_2}</p></article></body></html>"##
    );
    check(&page, &[BODY_1, BODY_2, "What was agreed", "Cod quotas rise by five per cent"], &["photographed by staff"]);
}
