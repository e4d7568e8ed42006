//! The fonts Dramatis ships (OFL, see assets/fonts/OFL.txt): Latin, Arabic and Hebrew. The same
//! bytes go to egui on screen and to the image exporter, so no glyph shows as a box.

/// (family name, font file bytes), in fallback order.
pub const FONTS: &[(&str, &[u8])] = &[
    ("Noto Sans", include_bytes!("../assets/fonts/NotoSans-Regular.ttf")),
    ("Noto Sans Bold", include_bytes!("../assets/fonts/NotoSans-Bold.ttf")),
    ("Noto Sans Arabic", include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf")),
    ("Noto Sans Hebrew", include_bytes!("../assets/fonts/NotoSansHebrew-Regular.ttf")),
];

/// CSS font-family list for SVG text.
pub const SVG_FONT_FAMILY: &str = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', sans-serif";
