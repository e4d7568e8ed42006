//! Structured data in saved pages: schema.org JSON-LD (`<script type="application/ld+json">`)
//! often carries the whole article (`articleBody`), its headline and dates — the one place the
//! text survives on pages whose body is drawn by scripts.

use serde_json::Value;

/// What a page's JSON-LD says about its article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleData {
    pub body: Option<String>,
    pub headline: Option<String>,
    pub date_published: Option<String>,
    pub url: Option<String>,
}

/// The article data of JSON-LD blocks (the first article-like object with a body wins, else the
/// first with a headline). Malformed blocks are skipped: they are the page's problem, not ours.
pub fn article_data<'a>(blocks: impl Iterator<Item = &'a str>) -> ArticleData {
    let mut best = ArticleData::default();
    for block in blocks {
        let Ok(value) = serde_json::from_str::<Value>(block.trim()) else { continue };
        // Objects anywhere in the block (top level, arrays, "@graph"), without recursion.
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    let text =
                        |key: &str| map.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
                    if let Some(body) = text("articleBody")
                        && best.body.as_ref().is_none_or(|b| body.len() > b.len())
                    {
                        best.body = Some(body.to_string());
                        best.headline = text("headline").map(String::from).or(best.headline.take());
                        best.date_published = text("datePublished").map(String::from).or(best.date_published.take());
                        best.url = text("url").map(String::from).or(best.url.take());
                    } else if best.headline.is_none() && is_article_type(map.get("@type")) {
                        best.headline = text("headline").map(String::from);
                        best.date_published = text("datePublished").map(String::from);
                        best.url = text("url").map(String::from);
                    }
                    for key in ["@graph", "mainEntity", "mainEntityOfPage", "hasPart"] {
                        if let Some(inner) = map.get(key) {
                            stack.push(inner);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    best
}

fn is_article_type(t: Option<&Value>) -> bool {
    let is = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "LiveBlogPosting" || s == "Report";
    match t {
        Some(Value::String(s)) => is(s),
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_headlines_and_dates_from_any_shape_of_block() {
        let graph = r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "name": "Front page"},
            {"@type": "NewsArticle", "headline": "Ministers meet in Oslo", "datePublished": "2026-03-04T08:00:00Z",
             "articleBody": "Ministers from Norway and Sweden met in Oslo on Tuesday.\n\nThey agreed on fishing quotas."}]}"#;
        let data = article_data([graph].into_iter());
        assert_eq!(data.headline.as_deref(), Some("Ministers meet in Oslo"));
        assert_eq!(data.date_published.as_deref(), Some("2026-03-04T08:00:00Z"));
        assert!(data.body.unwrap().contains("fishing quotas"));
        let list = r#"[{"@type": ["BlogPosting"], "headline": "A short note"}]"#;
        let data = article_data(["not json {", list].into_iter());
        assert_eq!(data.headline.as_deref(), Some("A short note"));
        assert_eq!(data.body, None);
    }
}
