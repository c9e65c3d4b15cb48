//! What `guide` prints: the JSON contract and the human-readable text.

use std::process::ExitCode;

use guide_core::directory::{ListingStatus, NearbyHit};
use guide_core::model::Details;
use guide_core::share::Shared;
use guide_core::{RecordStatus, RecordView, SearchResults};
use serde_json::{Value, json};

/// Writes one line of command output. A closed pipe ends the program with
/// success (the reader has what it wanted); another write error is reported.
pub fn write_line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(err) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        if err.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("guide: cannot write output: {err}");
            std::process::exit(1);
        }
        std::process::exit(0);
    }
}

/// Writes `text` as it is (a share's content), ending quietly on a closed pipe.
pub fn write_raw(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(err) = out.write_all(text.as_bytes()) {
        if err.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("guide: cannot write output: {err}");
            std::process::exit(1);
        }
        std::process::exit(0);
    }
}

/// Reports a command-line mistake as one line on stderr with exit code 2
/// (help and version requests print normally and succeed).
pub fn usage_error(err: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            if err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            let rendered = err.render().to_string();
            // clap's first paragraph is the message (sometimes split over
            // lines, e.g. the names of missing arguments); usage follows.
            let message: Vec<&str> = rendered
                .trim_start()
                .lines()
                .take_while(|line| !line.trim().is_empty())
                .map(str::trim)
                .collect();
            let line = message.join(" ");
            let line = line.trim_start_matches("error: ");
            eprintln!("guide: {line} (see guide --help)");
            ExitCode::from(2)
        }
    }
}

/// Prints one JSON value on one line.
pub fn print_json(value: &Value) {
    outln!("{value}");
}

/// The `guide search --json` object; `"corrected"` is there only when the
/// best result came from a corrected query ("did you mean").
pub fn search_json(
    query: &str,
    took_ms: f64,
    found: &SearchResults,
    statuses: &[RecordStatus],
) -> Value {
    let results: Vec<Value> = found
        .hits
        .iter()
        .zip(statuses)
        .map(|(hit, status)| {
            let listing = status.listing.as_ref();
            json!({
                "id": hit.id,
                "kind": hit.kind.as_str(),
                "title": hit.title,
                "lang": hit.lang,
                "fallback": hit.fallback,
                "topics": hit.topics,
                "category": hit.category,
                "snippet": hit.snippet,
                "pack": hit.pack,
                "stale_since": hit.stale_since,
                "distance_km": listing.and_then(|l| l.distance_km).map(round_km),
                "open_now": listing.and_then(ListingStatus::open_now),
                "verified_on": status.verified_on,
            })
        })
        .collect();
    let mut value = json!({
        "query": query,
        "took_ms": round_ms(took_ms),
        "results": results,
    });
    if let Some(corrected) = &found.corrected {
        value["corrected"] = json!(corrected);
    }
    value
}

/// The `guide show --json` object.
pub fn show_json(view: &RecordView) -> Value {
    let record = &view.record;
    let sources: Vec<Value> = record
        .sources
        .iter()
        .map(|s| {
            json!({
                "title": s.title,
                "publisher": s.publisher,
                "url": s.url,
                "published": s.published,
                "checked_on": s.checked_on,
            })
        })
        .collect();
    let listing = match &record.details {
        Details::Listing(l) => json!({
            "city": l.city, "region": l.region, "country": l.country,
            "address": l.address, "phone": l.phone, "website": l.website,
            "latitude": l.latitude, "longitude": l.longitude,
            "established": l.established,
        }),
        Details::Article(_) => Value::Null,
    };
    let jurisdiction = match &record.details {
        Details::Article(a) => json!(a.jurisdiction),
        Details::Listing(_) => Value::Null,
    };
    json!({
        "id": record.id,
        "kind": record.kind().as_str(),
        "lang": view.lang,
        "fallback": view.fallback,
        "title": view.text.title,
        "summary": view.text.summary,
        "body": view.text.body,
        "tags": view.text.tags,
        "translation": view.text.translation,
        "reviewer": view.text.reviewer,
        "languages": record.texts.keys().collect::<Vec<_>>(),
        "topics": record.topics,
        "category": record.category(),
        "jurisdiction": jurisdiction,
        "listing": listing,
        "sources": sources,
        "verified_on": record.verified_on,
        "expires_on": record.expires_on,
        "pack": view.pack_id,
    })
}

/// Search results as numbered text.
pub fn print_search(found: &SearchResults, statuses: &[RecordStatus]) {
    let hits = &found.hits;
    if let Some(corrected) = &found.corrected {
        outln!("Did you mean: {corrected}");
    }
    if hits.is_empty() {
        outln!("Nothing found.");
        return;
    }
    for (rank, (hit, status)) in hits.iter().zip(statuses).enumerate() {
        let what = hit.category.as_deref().unwrap_or(hit.kind.as_str());
        let shown_in = if hit.fallback {
            format!(" (shown in {})", hit.lang)
        } else {
            String::new()
        };
        let stale = match &hit.stale_since {
            Some(since) => format!(" (out of date since {since})"),
            None => String::new(),
        };
        outln!("{}. {} [{what}]{shown_in}{stale}", rank + 1, hit.title);
        outln!("   {}", hit.snippet.replace('\n', " "));
        if let Some(line) = status.listing.as_ref().and_then(status_line) {
            outln!("   {line}");
        }
        outln!("   guide show {}", hit.id);
    }
}

/// One record as readable text.
pub fn print_show(view: &RecordView) {
    let record = &view.record;
    outln!("{}", view.text.title);
    if view.fallback {
        outln!("(shown in {})", view.lang);
    }
    outln!();
    outln!("{}", view.text.summary);
    if let Details::Listing(l) = &record.details {
        let place: Vec<&str> = [&l.city, &l.region, &l.country]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !place.is_empty() {
            outln!("Place: {}", place.join(", "));
        }
        for (label, value) in [
            ("Address", &l.address),
            ("Phone", &l.phone),
            ("Website", &l.website),
        ] {
            if let Some(value) = value {
                outln!("{label}: {value}");
            }
        }
    }
    if !view.text.body.is_empty() {
        outln!();
        outln!("{}", view.text.body);
    }
    outln!();
    outln!("Verified on {}. Sources:", record.verified_on);
    for source in &record.sources {
        match &source.url {
            Some(url) => outln!("- {} ({}) {url}", source.title, source.publisher),
            None => outln!("- {} ({})", source.title, source.publisher),
        }
    }
}

/// The `guide nearby --json` object (the place itself is not echoed).
pub fn nearby_json(radius_km: f64, took_ms: f64, hits: &[NearbyHit]) -> Value {
    let results: Vec<Value> = hits
        .iter()
        .map(|hit| {
            let hours = hit.status.hours.as_ref();
            json!({
                "id": hit.id,
                "kind": "listing",
                "title": hit.title,
                "lang": hit.lang,
                "fallback": hit.fallback,
                "category": hit.category,
                "summary": hit.summary,
                "pack": hit.pack,
                "distance_km": hit.status.distance_km.map(round_km),
                "serves_area": hit.status.serves_area,
                "open_now": hit.status.open_now(),
                "closes_soon": hours.map(|h| h.closes_soon),
                "next_change": hours.and_then(|h| h.next_change).map(|at| at.to_rfc3339()),
                "verified_on": hit.verified_on,
            })
        })
        .collect();
    json!({
        "radius_km": radius_km,
        "took_ms": round_ms(took_ms),
        "results": results,
    })
}

/// The `guide share --json` object.
pub fn share_json(id: &str, shared: &Shared) -> Value {
    json!({
        "id": id,
        "format": shared.format.as_str(),
        "media_type": shared.format.media_type(),
        "content": shared.content,
        "messages": shared.messages,
    })
}

/// Kilometres to the metre.
fn round_km(km: f64) -> f64 {
    (km * 1000.0).round() / 1000.0
}

fn round_ms(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1000.0
}

/// Nearby results as numbered text, nearest first.
pub fn print_nearby(hits: &[NearbyHit]) {
    if hits.is_empty() {
        outln!("Nothing found near there.");
        return;
    }
    for (rank, hit) in hits.iter().enumerate() {
        let shown_in = if hit.fallback {
            format!(" (shown in {})", hit.lang)
        } else {
            String::new()
        };
        outln!("{}. {} [{}]{shown_in}", rank + 1, hit.title, hit.category);
        if let Some(line) = status_line(&hit.status) {
            outln!("   {line}");
        }
        outln!("   Verified on {}. guide show {}", hit.verified_on, hit.id);
    }
}

/// "2.4 km · serves your area · open now, closes soon".
fn status_line(status: &ListingStatus) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(km) = status.distance_km {
        parts.push(format!("{km:.1} km"));
    }
    if status.serves_area {
        parts.push("serves your area".to_string());
    }
    if let Some(hours) = &status.hours {
        let next = hours
            .next_change
            .map(|at| at.format("%a %H:%M").to_string());
        parts.push(match (hours.open_now(), hours.closes_soon, next) {
            (Some(true), true, Some(at)) => format!("open now, closes soon ({at})"),
            (Some(true), _, Some(at)) => format!("open now, until {at}"),
            (Some(true), _, None) => "open now".to_string(),
            (Some(false), _, Some(at)) => format!("closed, opens {at}"),
            (Some(false), _, None) => "closed".to_string(),
            (None, _, _) => "hours unknown".to_string(),
        });
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}
