//! The timeline as a PNG: the SVG of [`super::svg`] rasterised in-process by resvg, with the
//! bundled Inter font only (no system fonts), so every machine produces the same pixels.

use super::ImageOptions;
use crate::model::Briefing;
use resvg::{tiny_skia, usvg};
use std::sync::Arc;

/// The font database with the bundled fonts.
pub fn bundled_fontdb() -> usvg::fontdb::Database {
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(include_bytes!("../../assets/fonts/Inter-Regular.otf").to_vec());
    db.load_font_data(include_bytes!("../../assets/fonts/Inter-SemiBold.otf").to_vec());
    db.set_sans_serif_family("Inter");
    db
}

/// Rasterises an SVG document.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        fontdb: Arc::new(bundled_fontdb()),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("invalid SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("cannot make a {}×{} image", size.width(), size.height()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| format!("PNG encoding failed: {e}"))
}

/// The timeline of `b` as PNG bytes, `opts.width` × `opts.height` pixels.
pub fn to_png(b: &Briefing, opts: &ImageOptions) -> Result<Vec<u8>, String> {
    svg_to_png(&super::svg::timeline_svg(b, opts))
}

/// Width and height of a PNG, read from its header.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let ihdr = bytes.get(16..24)?;
    let w = u32::from_be_bytes(ihdr.get(0..4)?.try_into().ok()?);
    let h = u32::from_be_bytes(ihdr.get(4..8)?.try_into().ok()?);
    bytes.starts_with(b"\x89PNG\r\n\x1a\n").then_some((w, h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_png_has_the_requested_size_and_is_deterministic() {
        let b = crate::load::seed_briefing(None);
        let opts = ImageOptions {
            width: 800,
            height: 450,
            ..ImageOptions::default()
        };
        let a = to_png(&b, &opts).unwrap();
        assert_eq!(png_size(&a), Some((800, 450)));
        assert_eq!(a, to_png(&b, &opts).unwrap());
    }
}
