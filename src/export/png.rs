//! PNG export: the SVG drawing rendered by resvg with the fonts Dramatis ships.

use std::sync::{Arc, LazyLock};

use resvg::{tiny_skia, usvg};

use super::ExportError;

static FONT_DB: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut db = usvg::fontdb::Database::new();
    for (_, bytes) in crate::fonts::FONTS {
        db.load_font_data(bytes.to_vec());
    }
    db.set_sans_serif_family("Noto Sans");
    Arc::new(db)
});

/// Renders a drawing to PNG: background, edges rasterised directly, then the rest by resvg.
pub fn drawing_to_png(drawing: &super::svg::Drawing) -> Result<Vec<u8>, ExportError> {
    let (w, h) = (drawing.width.round().max(1.0) as u32, drawing.height.round().max(1.0) as u32);
    if (w as u64) * (h as u64) > 400_000_000 {
        return Err(ExportError::Render(format!("{w}×{h} pixels is too large; lower --scale or the size")));
    }
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| ExportError::Render(format!("cannot allocate {w}×{h} pixels")))?;
    if let Some(bg) = drawing.background {
        pixmap.fill(tiny_skia::Color::from_rgba8(bg.0, bg.1, bg.2, bg.3));
    }
    super::raster::draw_edges(pixmap.data_mut(), w as usize, h as usize, &drawing.edges);
    let options =
        usvg::Options { fontdb: FONT_DB.clone(), font_family: "Noto Sans".into(), ..usvg::Options::default() };
    let tree =
        usvg::Tree::from_str(&drawing.overlay_svg(), &options).map_err(|e| ExportError::Render(e.to_string()))?;
    resvg::render(&tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    encode_png(pixmap)
}

/// Renders an SVG document to PNG bytes at its own size.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, ExportError> {
    let options =
        usvg::Options { fontdb: FONT_DB.clone(), font_family: "Noto Sans".into(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| ExportError::Render(e.to_string()))?;
    let size = tree.size().to_int_size();
    let (w, h) = (size.width().max(1), size.height().max(1));
    if (w as u64) * (h as u64) > 400_000_000 {
        return Err(ExportError::Render(format!("{w}×{h} pixels is too large; lower --scale or the size")));
    }
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| ExportError::Render(format!("cannot allocate {w}×{h} pixels")))?;
    resvg::render(&tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    encode_png(pixmap)
}

/// PNG encoding with fast deflate: at 4000×4000 the default compression costs seconds.
fn encode_png(pixmap: tiny_skia::Pixmap) -> Result<Vec<u8>, ExportError> {
    let (w, h) = (pixmap.width(), pixmap.height());
    let rgba = pixmap.take_demultiplied();
    let mut out = Vec::with_capacity(rgba.len() / 8);
    let mut encoder = png::Encoder::new(&mut out, w, h);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().map_err(|e| ExportError::Render(e.to_string()))?;
    writer.write_image_data(&rgba).map_err(|e| ExportError::Render(e.to_string()))?;
    writer.finish().map_err(|e| ExportError::Render(e.to_string()))?;
    Ok(out)
}
