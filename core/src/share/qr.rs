//! QR codes of the short text: any phone camera reads them without the app.
//!
//! Error correction level M (15 % of the code may be damaged or dirty) with
//! the standard four-module quiet zone. The terminal form draws two rows of
//! modules per line with Unicode half blocks, light modules as ink, as
//! `qrencode -t UTF8` does: on the usual dark terminal background the code
//! shows dark-on-light, the way cameras expect.

use qrcode::render::{svg, unicode};
use qrcode::{EcLevel, QrCode};

/// Encodes `text` (up to ~2,300 bytes at level M; longer text falls back to
/// level L, then is cut at a character boundary until it fits).
fn code(text: &str) -> QrCode {
    let mut text = text;
    loop {
        if let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
            .or_else(|_| QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L))
        {
            return code;
        }
        let mut cut = text.len() * 9 / 10;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text = &text[..cut];
    }
}

/// The QR code of `text` as lines of Unicode half blocks for a terminal.
pub fn unicode(text: &str) -> String {
    code(text)
        .render::<unicode::Dense1x2>()
        .dark_color(unicode::Dense1x2::Light)
        .light_color(unicode::Dense1x2::Dark)
        .quiet_zone(true)
        .build()
}

/// The QR code of `text` as an SVG image, black on white, for the apps.
pub fn svg(text: &str) -> String {
    code(text)
        .render::<svg::Color<'_>>()
        .min_dimensions(240, 240)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build()
}
