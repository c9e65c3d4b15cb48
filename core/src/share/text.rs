//! The plain-text forms: short (name, how to reach it, verified date,
//! source: meant to fit one SMS where the record allows) and long
//! (everything the record says).

use super::Card;

/// The short form, one fact per line: name; phone; place; "Verified DATE";
/// "Source: …". SMS splitting ([`super::sms`]) cuts between these lines.
pub fn short(card: &Card) -> String {
    let mut lines = vec![card.name.to_string()];
    if let Some(phone) = card.listing.and_then(|l| l.phone.as_ref()) {
        lines.push(phone.clone());
    }
    if let Some(place) = card.place() {
        lines.push(place);
    }
    lines.push(card.labels.verified(card.verified_on));
    if let Some(source) = card.source_short() {
        lines.push(format!("{}: {source}", card.labels.source()));
    }
    lines.join("\n")
}

/// The long form: name, summary, every contact field the record states,
/// hours as written, languages spoken, and every source in full.
pub fn long(card: &Card) -> String {
    let labels = &card.labels;
    let mut lines = vec![card.name.to_string()];
    if !card.summary.is_empty() {
        lines.push(card.summary.to_string());
    }
    if let Some(listing) = card.listing {
        lines.push(String::new());
        if let Some(phone) = &listing.phone {
            lines.push(format!("{}: {phone}", labels.phone()));
        }
        if let Some(place) = card.place() {
            lines.push(format!("{}: {place}", labels.address()));
        }
        if let Some(website) = &listing.website {
            lines.push(format!("{}: {website}", labels.website()));
        }
        if let Some(hours) = &listing.opening_hours {
            let zone = listing.time_zone.as_deref().unwrap_or_default();
            lines.push(format!("{}: {hours} ({zone})", labels.hours()));
        }
        if !listing.languages_spoken.is_empty() {
            lines.push(format!(
                "{}: {}",
                labels.languages(),
                labels.language_names(&listing.languages_spoken)
            ));
        }
    }
    lines.push(String::new());
    lines.push(labels.verified_on(card.verified_on));
    if card.check_status {
        lines.push(labels.check_status(card.verified_on));
    }
    for source in card.sources {
        let mut line = format!(
            "{}: {} ({})",
            labels.source(),
            source.title,
            source.publisher
        );
        if let Some(url) = &source.url {
            line.push(' ');
            line.push_str(url);
        }
        lines.push(line);
    }
    lines.join("\n")
}
