//! SMS messages that each fit one segment.
//!
//! A single SMS holds 160 characters of the GSM 03.38 7-bit alphabet (the
//! extension characters `^{}\[~]|€` take two), or 70 UTF-16 code units when
//! any character is outside that alphabet (UCS-2). Text that does not fit
//! one message is split, and the boundary is documented here:
//!
//! 1. between lines (the short text puts one fact per line), greedily
//!    filling each message with whole lines;
//! 2. a line too long for a message on its own is split between words;
//! 3. a word too long on its own is split between characters.
//!
//! Each message is measured in its own encoding, so a Spanish accent in one
//! message does not shrink the others. Messages are meant to be sent one
//! after the other as separate SMS, never reassembled by the network.

/// Characters of the GSM 03.38 basic alphabet (one septet each).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// Characters of the GSM 03.38 extension table (an escape plus one septet).
const GSM7_EXTENSION: &str = "\u{c}^{}\\[~]|€";

/// A single GSM-7 SMS holds this many septets.
pub const GSM7_LIMIT: usize = 160;

/// A single UCS-2 SMS holds this many UTF-16 code units.
pub const UCS2_LIMIT: usize = 70;

/// How a text would be sent, and its length in that encoding's units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// GSM 03.38 7-bit; the length in septets.
    Gsm7(usize),
    /// UCS-2 (UTF-16); the length in code units.
    Ucs2(usize),
}

impl Encoding {
    /// The encoding and length of `text`.
    pub fn of(text: &str) -> Encoding {
        let mut septets = 0;
        for c in text.chars() {
            if GSM7_BASIC.contains(c) {
                septets += 1;
            } else if GSM7_EXTENSION.contains(c) {
                septets += 2;
            } else {
                return Encoding::Ucs2(text.encode_utf16().count());
            }
        }
        Encoding::Gsm7(septets)
    }

    /// Whether a text of this encoding and length fits one SMS.
    pub fn fits_one_sms(self) -> bool {
        match self {
            Encoding::Gsm7(n) => n <= GSM7_LIMIT,
            Encoding::Ucs2(n) => n <= UCS2_LIMIT,
        }
    }
}

fn fits(text: &str) -> bool {
    Encoding::of(text).fits_one_sms()
}

/// `text` as messages that each fit one SMS, split at the boundaries in
/// the module docs. Empty text gives no message.
pub fn messages(text: &str) -> Vec<String> {
    let text = text.trim();
    if text.is_empty() {
        return Vec::new();
    }
    if fits(text) {
        return vec![text.to_string()];
    }
    let mut pieces = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if fits(line) {
            pieces.push(line.to_string());
        } else {
            pieces.extend(split_words(line));
        }
    }
    let mut out: Vec<String> = Vec::new();
    for piece in pieces {
        match out.last_mut() {
            Some(last) if fits(&format!("{last}\n{piece}")) => {
                last.push('\n');
                last.push_str(&piece);
            }
            _ => out.push(piece),
        }
    }
    out
}

/// A line too long for one message, cut between words (and a word too long
/// for one message, between characters).
fn split_words(line: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in line.split(' ').filter(|w| !w.is_empty()) {
        if let Some(last) = out.last_mut() {
            let joined = format!("{last} {word}");
            if fits(&joined) {
                *last = joined;
                continue;
            }
        }
        if fits(word) {
            out.push(word.to_string());
            continue;
        }
        let mut chunk = String::new();
        for c in word.chars() {
            chunk.push(c);
            if !fits(&chunk) {
                chunk.pop();
                out.push(std::mem::take(&mut chunk));
                chunk.push(c);
            }
        }
        out.push(chunk);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_counted_in_their_units() {
        assert_eq!(Encoding::of("Hello @ £5"), Encoding::Gsm7(10));
        // Extension characters count two septets.
        assert_eq!(Encoding::of("[a]€"), Encoding::Gsm7(7));
        // é is GSM-7; í is not, so the whole text is UCS-2.
        assert_eq!(Encoding::of("café"), Encoding::Gsm7(4));
        assert_eq!(Encoding::of("clínica"), Encoding::Ucs2(7));
        // Characters outside the BMP take two UTF-16 units.
        assert_eq!(Encoding::of("ok 👍"), Encoding::Ucs2(5));
        assert_eq!(Encoding::of("法律"), Encoding::Ucs2(2));
    }

    #[test]
    fn a_short_text_is_one_message() {
        assert_eq!(messages("Clinic\n410-555-0100"), ["Clinic\n410-555-0100"]);
        assert!(messages("  ").is_empty());
        let exactly = "a".repeat(160);
        assert_eq!(messages(&exactly), vec![exactly]);
        let ucs2 = "í".repeat(70);
        assert_eq!(messages(&ucs2), vec![ucs2]);
    }

    #[test]
    fn long_text_splits_between_lines_then_words() {
        let text = format!(
            "{}\n{}\n{}",
            "a".repeat(100),
            "b".repeat(50),
            "c ".repeat(120).trim()
        );
        let parts = messages(&text);
        for part in &parts {
            assert!(Encoding::of(part).fits_one_sms(), "{part:?}");
        }
        // Lines stay whole when they fit: the first two share a message.
        assert_eq!(parts[0], format!("{}\n{}", "a".repeat(100), "b".repeat(50)));
        // The long line is cut between words, never inside one.
        assert!(parts[1..].iter().all(|p| p.split(' ').all(|w| w == "c")));
        // Nothing is lost: the words come back in order.
        let words: Vec<&str> = parts.iter().flat_map(|p| p.split_whitespace()).collect();
        let expected: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(words, expected);
    }

    #[test]
    fn each_message_uses_its_own_encoding() {
        // An accented line forces UCS-2 for its message only.
        let text = format!("{}\n{}", "a".repeat(150), "Teléfono: dirección");
        let parts = messages(&text);
        assert_eq!(parts.len(), 2);
        assert_eq!(Encoding::of(&parts[0]), Encoding::Gsm7(150));
        assert!(matches!(Encoding::of(&parts[1]), Encoding::Ucs2(19)));
        // A word longer than one message is cut between characters.
        let long_word = "x".repeat(400);
        let parts = messages(&long_word);
        assert_eq!(
            parts.iter().map(String::len).collect::<Vec<_>>(),
            [160, 160, 80]
        );
    }
}
