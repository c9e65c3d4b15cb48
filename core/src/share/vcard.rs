//! vCard 4.0 (RFC 6350) contact cards of listings, so a phone's contacts app
//! keeps the clinic's number, address and where the facts come from.

use super::{Card, uri};

/// The vCard of a listing (`None` for an article): `KIND:org`, `FN`/`ORG`
/// with a `LANGUAGE` parameter, `TEL` as a `tel:` URI when one can be
/// formed (else as text), `ADR`, `URL`, `GEO`, and a `NOTE` with the summary,
/// the verified date and the sources. Lines end in CRLF and are folded at
/// 75 octets, as RFC 6350 section 3.2 requires.
pub fn write(card: &Card) -> Option<String> {
    let listing = card.listing?;
    let lang = param_value(card.lang);
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:4.0".to_string(),
        "KIND:org".to_string(),
        format!("FN;LANGUAGE={lang}:{}", escape(card.name)),
        format!("ORG;LANGUAGE={lang}:{}", escape(card.name)),
    ];
    match (uri::tel(card), &listing.phone) {
        (Some(tel), _) => lines.push(format!("TEL;VALUE=uri;TYPE=work,voice:{tel}")),
        (None, Some(phone)) => {
            lines.push(format!("TEL;VALUE=text;TYPE=work,voice:{}", escape(phone)))
        }
        (None, None) => {}
    }
    if listing.address.is_some() || listing.city.is_some() || listing.region.is_some() {
        let part = |value: &Option<String>| value.as_deref().map(escape).unwrap_or_default();
        lines.push(format!(
            "ADR;TYPE=work:;;{};{};{};;{}",
            part(&listing.address),
            part(&listing.city),
            part(&listing.region),
            part(&listing.country),
        ));
    }
    if let Some(website) = &listing.website {
        lines.push(format!("URL:{website}"));
    }
    if let Some(geo) = uri::geo(card) {
        lines.push(format!("GEO:{geo}"));
    }
    let mut note = Vec::new();
    if !card.summary.is_empty() {
        note.push(card.summary.to_string());
    }
    note.push(card.labels.verified_on(card.verified_on));
    for source in card.sources {
        let mut line = format!(
            "{}: {} ({})",
            card.labels.source(),
            source.title,
            source.publisher
        );
        if let Some(url) = &source.url {
            line.push(' ');
            line.push_str(url);
        }
        note.push(line);
    }
    lines.push(format!("NOTE;LANGUAGE={lang}:{}", escape(&note.join("\n"))));
    lines.push("END:VCARD".to_string());
    let mut out = String::new();
    for line in lines {
        fold(&line, &mut out);
    }
    Some(out)
}

/// Escapes a text value: backslash, comma, semicolon and newline (RFC 6350 3.4).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A language tag safe as a parameter value (tags hold only these characters).
fn param_value(tag: &str) -> String {
    tag.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// Appends `line` folded into lines of at most 75 octets, each continuation
/// starting with a space, never splitting a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let mut out = String::new();
        let line = format!("NOTE:{}", "é".repeat(100));
        fold(&line, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
