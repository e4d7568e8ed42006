//! SVG drawing of a scene: edges, node shapes, labels by level of detail, legend, title and the
//! list of source articles. The PNG export renders this same SVG.

use std::fmt::Write;

use quick_xml::escape::escape;

use super::{Background, ImageOptions};
use crate::graph::{EdgeKind, KnowledgeGraph};
use crate::scene::{Scene, place_labels, shape_points};
use crate::style::{self, Rgba};

const FONT_PX: f32 = 13.0;
/// Width of the legend panel (and of the column kept free for it), before scaling.
const LEGEND_W: f32 = 190.0;

/// One straight or curved edge stroke, in output pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeStroke {
    pub from: (f32, f32),
    /// Control point of a quadratic curve (fanned parallel edges).
    pub control: Option<(f32, f32)>,
    pub to: (f32, f32),
    pub color: Rgba,
    pub alpha: f32,
    pub width: f32,
    /// (dash, gap) lengths.
    pub dash: Option<(f32, f32)>,
}

/// A drawing split into layers so the PNG backend can rasterise the edges itself (fast at
/// tens of thousands of long edges) while everything else goes through resvg. The SVG backend
/// writes the same layers in the same order.
#[derive(Debug, Clone)]
pub struct Drawing {
    pub width: f32,
    pub height: f32,
    pub background: Option<Rgba>,
    pub edges: Vec<EdgeStroke>,
    /// `<svg …>` start tag.
    pub head: String,
    /// Arrowheads, nodes, labels, legend, title, footer.
    pub overlay: String,
}

impl Drawing {
    /// The whole drawing as one SVG document.
    pub fn to_svg(&self) -> String {
        let mut out = String::with_capacity(self.head.len() + self.overlay.len() + self.edges.len() * 120 + 64);
        out.push_str(&self.head);
        if let Some(bg) = self.background {
            let _ = writeln!(out, r#"<rect width="100%" height="100%" fill="{}"/>"#, bg.hex());
        }
        let _ = writeln!(out, r#"<g id="edges" fill="none">"#);
        for e in &self.edges {
            let dash = e.dash.map(|(d, g)| format!(r#" stroke-dasharray="{d:.1} {g:.1}""#)).unwrap_or_default();
            let ((x1, y1), (x2, y2)) = (e.from, e.to);
            match e.control {
                None => {
                    let _ = writeln!(
                        out,
                        r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{}" stroke-opacity="{:.2}" stroke-width="{:.2}"{dash}/>"#,
                        e.color.hex(),
                        e.alpha,
                        e.width
                    );
                }
                Some((cx, cy)) => {
                    let _ = writeln!(
                        out,
                        r#"<path d="M{x1:.1},{y1:.1} Q{cx:.1},{cy:.1} {x2:.1},{y2:.1}" stroke="{}" stroke-opacity="{:.2}" stroke-width="{:.2}"{dash}/>"#,
                        e.color.hex(),
                        e.alpha,
                        e.width
                    );
                }
            }
        }
        out.push_str("</g>\n");
        out.push_str(&self.overlay);
        out.push_str("</svg>\n");
        out
    }

    /// Everything but the background and the edges, for layering over rasterised edges.
    pub fn overlay_svg(&self) -> String {
        format!("{}{}</svg>\n", self.head, self.overlay)
    }
}

/// Draws `scene` as an SVG document; `highlight` nodes (scene indices) always get labels.
pub fn render_svg(graph: &KnowledgeGraph, scene: &Scene, options: &ImageOptions, highlight: &[usize]) -> String {
    draw(graph, scene, options, highlight).to_svg()
}

/// Lays out the drawing of `scene`: the one place that decides what the image shows.
pub fn draw(graph: &KnowledgeGraph, scene: &Scene, options: &ImageOptions, highlight: &[usize]) -> Drawing {
    let s = options.scale.clamp(0.1, 16.0);
    let (lo, hi) =
        scene.bounds().unwrap_or((crate::layout::Vec2::new(-100.0, -100.0), crate::layout::Vec2::new(100.0, 100.0)));
    let (gw, gh) = ((hi.x - lo.x).max(1.0), (hi.y - lo.y).max(1.0));
    let (width, height) = match (options.width, options.height) {
        (Some(w), Some(h)) => (w as f32, h as f32),
        (Some(w), None) => (w as f32, (w as f32 * gh / gw).clamp(300.0, 4.0 * w as f32)),
        (None, Some(h)) => ((h as f32 * gw / gh).clamp(300.0, 4.0 * h as f32), h as f32),
        (None, None) => {
            let long = 1600.0;
            if gw >= gh { (long, (long * gh / gw).max(700.0)) } else { ((long * gw / gh).max(900.0), long) }
        }
    };
    let (width, height) = (width * s, height * s);
    let (bg, fg, muted) = match options.background {
        Background::White => (Some(Rgba(255, 255, 255, 255)), Rgba(0x20, 0x24, 0x2a, 255), Rgba(0x6b, 0x72, 0x80, 255)),
        Background::Transparent => (None, Rgba(0x20, 0x24, 0x2a, 255), Rgba(0x6b, 0x72, 0x80, 255)),
        Background::Dark => {
            (Some(Rgba(0x1b, 0x1e, 0x24, 255)), Rgba(0xe6, 0xe8, 0xeb, 255), Rgba(0x9a, 0xa0, 0xa6, 255))
        }
    };
    let title_h = if options.title.is_some() { 44.0 * s } else { 0.0 };
    let sources: Vec<String> =
        if options.sources { graph.articles.iter().map(|a| a.title.clone()).collect() } else { Vec::new() };
    let footer_lines = if sources.is_empty() { 0 } else { 3 };
    let footer_h = footer_lines as f32 * 16.0 * s + if footer_lines > 0 { 12.0 * s } else { 0.0 };
    let margin = 24.0 * s;
    // The legend gets a column of its own on the left, so it never covers nodes.
    let legend_column = if options.legend && !scene.nodes.is_empty() { LEGEND_W * s + margin * 0.5 } else { 0.0 };
    let (area_x, area_y) = (margin + legend_column, title_h + margin);
    let (area_w, area_h) =
        ((width - 2.0 * margin - legend_column).max(10.0), (height - title_h - footer_h - 2.0 * margin).max(10.0));
    // Leave room below nodes for labels.
    // Small graphs keep readable node sizes instead of filling the page.
    let k = (area_w / gw).min(area_h / (gh + 30.0)).min(1.6 * s);
    // Without an explicit size, the canvas shrinks to the drawing (but keeps room for the legend).
    let (width, height, area_w, area_h) = if options.width.is_none() && options.height.is_none() {
        let (w, h) = (
            (gw * k + 2.0 * margin + legend_column).max(800.0 * s),
            (gh * k + 30.0 * k + title_h + footer_h + 2.0 * margin).max(600.0 * s),
        );
        (
            w.min(width),
            h.min(height),
            (w.min(width) - 2.0 * margin - legend_column).max(10.0),
            (h.min(height) - title_h - footer_h - 2.0 * margin).max(10.0),
        )
    } else {
        (width, height, area_w, area_h)
    };
    let ox = area_x + (area_w - gw * k) / 2.0 - lo.x * k;
    let oy = area_y + (area_h - gh * k) / 2.0 - lo.y * k;
    let to_px = |p: crate::layout::Vec2| (ox + p.x * k, oy + p.y * k);

    let mut out = String::with_capacity(256 + scene.nodes.len() * 160 + scene.edges.len() * 110);
    let _ = write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="{font}">
"#,
        w = width,
        h = height,
        font = super::super::fonts::SVG_FONT_FAMILY.replace('\'', "&apos;")
    );
    let head = std::mem::take(&mut out);

    // Edges: straight, or fanned as quadratic curves when parallel; they stop at the discs and
    // directed kinds end in an arrowhead (drawn with the nodes' layer, above all edges).
    let mut edges = Vec::with_capacity(scene.edges.len());
    let arrow = 9.0 * s;
    for e in &scene.edges {
        let (a, b) = (&scene.nodes[e.from], &scene.nodes[e.to]);
        let (x1, y1) = to_px(a.position);
        let (x2, y2) = to_px(b.position);
        let (dx, dy) = (x2 - x1, y2 - y1);
        let len = (dx * dx + dy * dy).sqrt().max(1e-3);
        let (ux, uy) = (dx / len, dy / len);
        let start = (x1 + ux * a.radius * k, y1 + uy * a.radius * k);
        let tip = (x2 - ux * (b.radius * k + 1.0), y2 - uy * (b.radius * k + 1.0));
        let control = (e.fan != 0).then(|| {
            let bend = e.fan as f32 * 18.0 * s;
            ((start.0 + tip.0) / 2.0 - uy * bend, (start.1 + tip.1) / 2.0 + ux * bend)
        });
        let color = style::edge_color(e.kind);
        let alpha = style::edge_alpha(e.confidence);
        let width = if e.kind == EdgeKind::CoOccurrence { 0.8 } else { 1.6 } * s;
        let dash = e.dashed.then_some((6.0 * s, 4.0 * s));
        let mut to = tip;
        // Level of detail: in a hairball of thousands of edges arrowheads are noise.
        if e.kind.is_directed() && scene.edges.len() <= 5000 && len > (a.radius + b.radius) * k + arrow {
            // The arrowhead points along the last stretch of the edge.
            let (px, py) = control.unwrap_or(start);
            let (vx, vy) = (tip.0 - px, tip.1 - py);
            let vl = (vx * vx + vy * vy).sqrt().max(1e-3);
            let (vx, vy) = (vx / vl, vy / vl);
            let base = (tip.0 - vx * arrow, tip.1 - vy * arrow);
            let half = arrow * 0.45;
            let _ = writeln!(
                out,
                r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="{}" fill-opacity="{alpha:.2}"/>"#,
                tip.0,
                tip.1,
                base.0 - vy * half,
                base.1 + vx * half,
                base.0 + vy * half,
                base.1 - vx * half,
                color.hex()
            );
            to = (base.0 + vx * 1.0, base.1 + vy * 1.0);
        }
        edges.push(EdgeStroke { from: start, control, to, color, alpha, width, dash });
    }
    if !out.is_empty() {
        out.insert_str(0, "<g id=\"arrows\">\n");
        out.push_str("</g>\n");
    }

    // Nodes.
    let outline = bg.map_or(Rgba(255, 255, 255, 255), |b| b);
    let _ = writeln!(out, r#"<g id="nodes" stroke="{}" stroke-width="{:.2}">"#, outline.hex(), 1.2 * s);
    for n in &scene.nodes {
        let (x, y) = to_px(n.position);
        let r = n.radius * k;
        let fill = style::node_color(n.kind).hex();
        let points = shape_points(style::node_shape(n.kind), x, y, r);
        if points.is_empty() {
            let _ = writeln!(out, r#"<circle cx="{x:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}"/>"#);
        } else {
            let pts: Vec<String> = points.iter().map(|(px, py)| format!("{px:.1},{py:.1}")).collect();
            let _ = writeln!(out, r#"<polygon points="{}" fill="{fill}"/>"#, pts.join(" "));
        }
    }
    let _ = writeln!(out, "</g>");

    // Labels by level of detail: the most important first, never overlapping.
    if options.labels {
        let font = FONT_PX * s;
        let chosen = place_labels(scene, to_px, k, font, highlight, 2000);
        let halo = bg.unwrap_or(Rgba(255, 255, 255, 255)).hex();
        // Leader lines tie labels that had to move out of a crowd to their node.
        let leaders: Vec<_> = chosen.iter().filter_map(|l| l.leader.map(|end| (l.node, end))).collect();
        if !leaders.is_empty() {
            let _ = writeln!(out, r#"<g id="leaders" stroke="{}" stroke-width="{:.2}">"#, muted.hex(), 0.9 * s);
            for (node, (ex, ey)) in leaders {
                let n = &scene.nodes[node];
                let (x, y) = to_px(n.position);
                let (dx, dy) = (ex - x, ey - y);
                let len = (dx * dx + dy * dy).sqrt().max(1e-3);
                let r = n.radius * k;
                let _ = writeln!(
                    out,
                    r#"<line x1="{:.1}" y1="{:.1}" x2="{ex:.1}" y2="{ey:.1}"/>"#,
                    x + dx / len * r,
                    y + dy / len * r
                );
            }
            let _ = writeln!(out, "</g>");
        }
        let _ = writeln!(
            out,
            r#"<g id="labels" font-size="{font:.1}" text-anchor="middle" fill="{}" stroke="{halo}" stroke-width="{:.1}" stroke-linejoin="round" paint-order="stroke">"#,
            fg.hex(),
            3.0 * s
        );
        for l in chosen {
            let n = &scene.nodes[l.node];
            let half = n.label.chars().count() as f32 * font * 0.28 + 2.0;
            // Keep labels inside the canvas and out of the legend's column.
            let left = legend_column + margin * 0.5;
            let x = if width - left > 2.0 * half + 8.0 {
                l.x.clamp(left + half + 4.0, width - half - 4.0)
            } else {
                (left + width) / 2.0
            };
            let _ =
                writeln!(out, r#"<text x="{x:.1}" y="{:.1}">{}</text>"#, l.top + font * 1.0, escape(n.label.as_str()));
        }
        let _ = writeln!(out, "</g>");
    }

    // Legend: the kinds and event types present.
    if options.legend && !scene.nodes.is_empty() {
        let kinds = scene.kinds();
        let events = scene.event_types();
        let row = 20.0 * s;
        let legend_h = (kinds.len() + events.len()) as f32 * row + 16.0 * s;
        let legend_w = LEGEND_W * s;
        let (lx, ly) = (margin * 0.5, title_h + margin * 0.5);
        let panel = bg.unwrap_or(Rgba(255, 255, 255, 255)).hex();
        let _ = writeln!(
            out,
            r#"<g id="legend" font-size="{:.1}"><rect x="{lx:.1}" y="{ly:.1}" width="{legend_w:.1}" height="{legend_h:.1}" rx="{:.1}" fill="{panel}" fill-opacity="0.85" stroke="{}" stroke-opacity="0.4"/>"#,
            12.0 * s,
            6.0 * s,
            muted.hex()
        );
        let mut y = ly + 8.0 * s + row / 2.0;
        for kind in kinds {
            let (cx, r) = (lx + 16.0 * s, 6.0 * s);
            let fill = style::node_color(kind).hex();
            let pts = shape_points(style::node_shape(kind), cx, y, r);
            if pts.is_empty() {
                let _ = writeln!(out, r#"<circle cx="{cx:.1}" cy="{y:.1}" r="{r:.1}" fill="{fill}"/>"#);
            } else {
                let p: Vec<String> = pts.iter().map(|(a, b)| format!("{a:.1},{b:.1}")).collect();
                let _ = writeln!(out, r#"<polygon points="{}" fill="{fill}"/>"#, p.join(" "));
            }
            let _ = writeln!(
                out,
                r#"<text x="{:.1}" y="{:.1}" fill="{}">{}</text>"#,
                cx + 14.0 * s,
                y + 4.0 * s,
                fg.hex(),
                style::kind_label(kind)
            );
            y += row;
        }
        for event_type in events {
            let _ = writeln!(
                out,
                r#"<text x="{:.1}" y="{:.1}" fill="{}">• {}</text>"#,
                lx + 10.0 * s,
                y + 4.0 * s,
                muted.hex(),
                escape(event_type.as_str())
            );
            y += row;
        }
        let _ = writeln!(out, "</g>");
    }

    if let Some(title) = &options.title {
        let _ = writeln!(
            out,
            r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" font-weight="bold" fill="{}">{}</text>"#,
            margin,
            30.0 * s,
            22.0 * s,
            fg.hex(),
            escape(title.as_str())
        );
    }
    if !sources.is_empty() {
        let mut lines: Vec<String> = Vec::new();
        let max_chars = ((width - 2.0 * margin) / (7.0 * s)).max(20.0) as usize;
        let mut line = format!("Sources ({}): ", sources.len());
        for (i, t) in sources.iter().enumerate() {
            let piece = if i + 1 < sources.len() { format!("{t}; ") } else { t.clone() };
            if line.chars().count() + piece.chars().count() > max_chars {
                lines.push(std::mem::take(&mut line));
                if lines.len() == footer_lines {
                    break;
                }
            }
            line.push_str(&piece);
        }
        if lines.len() < footer_lines && !line.is_empty() {
            lines.push(line);
        } else if let Some(last) = lines.last_mut() {
            last.push('…');
        }
        let y0 = height - footer_h + 4.0 * s;
        for (i, l) in lines.iter().enumerate() {
            let _ = writeln!(
                out,
                r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{}">{}</text>"#,
                margin,
                y0 + (i as f32 + 1.0) * 16.0 * s,
                11.0 * s,
                muted.hex(),
                escape(l.as_str())
            );
        }
    }
    Drawing { width, height, background: bg, edges, head, overlay: out }
}
