//! What `guide` prints: the JSON contract and the human-readable text.

use std::process::ExitCode;

use guide_core::directory::{ListingStatus, NearbyHit, NearbyResults};
use guide_core::geo::{Locality, Precision};
use guide_core::model::{Details, Vocabulary};
use guide_core::share::Shared;
use guide_core::{RecordStatus, RecordView, RelatedHelp, SearchResults};
use serde_json::{Value, json};

use crate::words::Words;

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

/// The resolved place as JSON: what it was taken as, never more.
pub fn place_json(place: &Locality) -> Value {
    json!({
        "city": place.city,
        "zip": place.zip,
        "county": place.county,
        "state": place.state,
        "latitude": round_degrees(place.point.lat()),
        "longitude": round_degrees(place.point.lon()),
    })
}

/// The `guide search --json` object; `"corrected"` is there only when the
/// best result came from a corrected query ("did you mean"). `"place"` is
/// the place listings were ranked near (`"source"`: query, given or saved),
/// or null; `"near_me_unset"` says the query asked for "near me" without one.
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
                "score": (hit.score * 1000.0).round() / 1000.0,
                "stale_since": hit.stale_since,
                "distance_km": listing.and_then(|l| l.distance_km).map(round_km),
                "precision": listing.and_then(|l| l.precision).map(Precision::as_str),
                "open_now": listing.and_then(ListingStatus::open_now),
                "verified_on": status.verified_on,
                "check_status": hit.check_status,
            })
        })
        .collect();
    let place = found.place.as_ref().map(|place| {
        let mut value = place_json(&place.locality);
        value["source"] = json!(place.source.as_str());
        value
    });
    let mut value = json!({
        "query": query,
        "took_ms": round_ms(took_ms),
        "place": place,
        "near_me_unset": found.near_me_unset,
        "results": results,
    });
    if let Some(corrected) = &found.corrected {
        value["corrected"] = json!(corrected);
    }
    value
}

/// The `guide show --json` object.
pub fn show_json(view: &RecordView, help: &RelatedHelp) -> Value {
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
            "address": l.address, "postal_code": l.postal_code,
            "phone": l.phone, "website": l.website,
            "latitude": l.latitude, "longitude": l.longitude,
            "precision": view.placement.map(|p| p.precision.as_str()),
            "exact_location": view.placement.is_some_and(|p| p.precision.is_exact()),
            "established": l.established,
            "languages_spoken": l.languages_spoken,
            "cost": l.cost.map(Vocabulary::as_str),
            "case_types": names(&l.case_types),
            "accreditation": names(&l.accreditation),
            "accepted_ids": names(&l.accepted_ids),
            "account_features": names(&l.account_features),
            "access": names(&l.access),
            "wheelchair_access": l.wheelchair_access,
            "opening_hours": l.opening_hours,
            "time_zone": l.time_zone,
        }),
        Details::Article(_) => Value::Null,
    };
    let jurisdiction = match &record.details {
        Details::Article(a) => json!(a.jurisdiction),
        Details::Listing(_) => Value::Null,
    };
    let related = match &record.details {
        Details::Article(_) => json!({
            "place": help.place.as_ref().map(place_json),
            "near": help.near.iter().map(nearby_hit_json).collect::<Vec<_>>(),
            "national": help.national.iter().map(nearby_hit_json).collect::<Vec<_>>(),
        }),
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
        "related_help": related,
        "sources": sources,
        "verified_on": record.verified_on,
        "expires_on": record.expires_on,
        "check_status": view.check_status,
        "pack": view.pack_id,
    })
}

fn names<T: Vocabulary>(values: &[T]) -> Vec<&'static str> {
    values.iter().map(|v| v.as_str()).collect()
}

/// What a result list line calls a hit: its category or first topic, named
/// in the person's language.
fn kind_name(words: &Words, hit: &guide_core::SearchHit) -> String {
    match (&hit.category, hit.topics.first()) {
        (Some(category), _) => words.category(category),
        (None, Some(topic)) => words.topic(topic),
        (None, None) => hit.kind.as_str().to_string(),
    }
}

/// A snippet as plain text: the `**` match markers dropped.
fn plain_snippet(snippet: &str) -> String {
    snippet.replace("**", "").replace('\n', " ")
}

/// Search results as numbered text.
pub fn print_search(words: &Words, found: &SearchResults, statuses: &[RecordStatus]) {
    let hits = &found.hits;
    if let Some(place) = &found.place {
        outln!(
            "{}",
            words.f("search-near", &[("place", &words.place(&place.locality))])
        );
    }
    if found.near_me_unset {
        outln!("{}", words.t("search-near-you-unset"));
    }
    if let Some(corrected) = &found.corrected {
        outln!("{}", words.f("did-you-mean", &[("query", corrected)]));
    }
    if hits.is_empty() {
        outln!("{}", words.t("search-no-results"));
        return;
    }
    for (rank, (hit, status)) in hits.iter().zip(statuses).enumerate() {
        let what = kind_name(words, hit);
        let shown_in = if hit.fallback {
            format!(" ({})", words.shown_in(&hit.lang))
        } else {
            String::new()
        };
        let stale = match &hit.stale_since {
            Some(since) => format!(" ({})", words.f("packs-stale-since", &[("date", since)])),
            None => String::new(),
        };
        outln!("{}. {} [{what}]{shown_in}{stale}", rank + 1, hit.title);
        outln!("   {}", plain_snippet(&hit.snippet));
        if let Some(line) = status.listing.as_ref().and_then(|s| words.status_line(s)) {
            outln!("   {line}");
        }
        if hit.check_status {
            outln!(
                "   {}",
                words.f("record-check-status", &[("date", &hit.verified_on)])
            );
        }
        outln!("   guide show {}", hit.id);
    }
}

/// One record as readable text: no Markdown markup, every label in the
/// person's language.
pub fn print_show(words: &Words, view: &RecordView, help: &RelatedHelp) {
    let record = &view.record;
    outln!("{}", view.text.title);
    if view.fallback {
        outln!("({})", words.shown_in(&view.lang));
    }
    if view.check_status {
        outln!(
            "{}",
            words.f("record-check-status", &[("date", &record.verified_on)])
        );
    }
    outln!();
    outln!("{}", view.text.summary);
    if let Details::Listing(l) = &record.details {
        outln!();
        let line = |key: &str, value: &str| outln!("{}: {value}", words.t(key));
        line("filter-category", &words.category(&l.category));
        let place: Vec<&str> = [&l.city, &l.region, &l.country]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !place.is_empty() {
            line("listing-place", &place.join(", "));
        }
        if let Some(address) = &l.address {
            let full = match &l.postal_code {
                Some(zip) if !address.contains(zip.as_str()) => format!("{address} {zip}"),
                _ => address.clone(),
            };
            line("listing-address", &full);
        }
        if view.placement.is_some_and(|p| !p.precision.is_exact()) {
            outln!("{}", words.t("listing-approximate"));
        }
        for (key, value) in [("listing-phone", &l.phone), ("listing-website", &l.website)] {
            if let Some(value) = value {
                line(key, value);
            }
        }
        if let Some(hours) = &l.opening_hours {
            let zone = l.time_zone.as_deref().unwrap_or_default();
            line("listing-hours", &format!("{hours} ({zone})"));
        }
        if !l.languages_spoken.is_empty() {
            let spoken: Vec<String> = l
                .languages_spoken
                .iter()
                .map(|tag| words.language_name(tag))
                .collect();
            line("listing-languages", &spoken.join(", "));
        }
        if let Some(cost) = l.cost {
            line("listing-cost", &words.value("cost", cost));
        }
        for (key, prefix, text) in [
            (
                "listing-case-types",
                "case",
                words.values("case", &l.case_types),
            ),
            (
                "listing-accreditation",
                "accreditation",
                words.values("accreditation", &l.accreditation),
            ),
            (
                "listing-accepted-ids",
                "id",
                words.values("id", &l.accepted_ids),
            ),
            (
                "listing-account-features",
                "feature",
                words.values("feature", &l.account_features),
            ),
            (
                "listing-access",
                "access",
                words.values("access", &l.access),
            ),
        ] {
            let _ = prefix;
            if !text.is_empty() {
                line(key, &text);
            }
        }
        if l.wheelchair_access == Some(true) {
            outln!("{}", words.t("listing-wheelchair"));
        }
        if let Some(area) = &l.service_area {
            if area.nationwide {
                line("listing-service-area", &words.t("service-area-nationwide"));
            } else if !area.states.is_empty() {
                line(
                    "listing-service-area",
                    &words.f(
                        "service-area-states",
                        &[("states", &area.states.join(", "))],
                    ),
                );
            }
        }
    }
    if !view.text.body.is_empty() {
        outln!();
        outln!("{}", guide_core::markdown::to_reading_text(&view.text.body));
    }
    if !help.near.is_empty() || !help.national.is_empty() {
        outln!();
        if let (Some(place), false) = (&help.place, help.near.is_empty()) {
            outln!(
                "{}",
                words.f("related-help-near", &[("place", &words.place(place))])
            );
            print_hits(words, &help.near, true);
        }
        if !help.national.is_empty() {
            if help.place.is_some() && !help.near.is_empty() {
                outln!();
            }
            outln!("{}", words.t("related-help-national"));
            print_hits(words, &help.national, false);
        }
    }
    outln!();
    outln!(
        "{}. {}:",
        words.f("verified-on", &[("date", &record.verified_on)]),
        words.t("sources-label")
    );
    for source in &record.sources {
        match &source.url {
            Some(url) => outln!("- {} ({}) {url}", source.title, source.publisher),
            None => outln!("- {} ({})", source.title, source.publisher),
        }
    }
}

/// One nearby hit as JSON.
fn nearby_hit_json(hit: &NearbyHit) -> Value {
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
        "precision": hit.status.precision.map(Precision::as_str),
        "exact_location": hit.status.precision.is_some_and(Precision::is_exact),
        "serves_area": hit.status.serves_area,
        "open_now": hit.status.open_now(),
        "closes_soon": hours.map(|h| h.closes_soon),
        "next_change": hours.and_then(|h| h.next_change).map(|at| at.to_rfc3339()),
        "verified_on": hit.verified_on,
    })
}

/// The `guide nearby --json` object: the place it was resolved to, then
/// the local results nearest first, then listings serving the place with no
/// stated location, then statewide and national services.
pub fn nearby_json(place: &Locality, radius_km: f64, took_ms: f64, found: &NearbyResults) -> Value {
    let list = |hits: &[NearbyHit]| hits.iter().map(nearby_hit_json).collect::<Vec<_>>();
    json!({
        "place": place_json(place),
        "radius_km": radius_km,
        "took_ms": round_ms(took_ms),
        "results": list(&found.local),
        "serving": list(&found.serving),
        "statewide": list(&found.statewide),
        "national": list(&found.national),
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

/// Degrees to 1e-4 (about 11 m, the gazetteer's own precision).
fn round_degrees(degrees: f64) -> f64 {
    (degrees * 10_000.0).round() / 10_000.0
}

fn round_ms(ms: f64) -> f64 {
    (ms * 1000.0).round() / 1000.0
}

/// Nearby results as text: the local ones numbered, nearest first, then
/// the wider services under their own headings.
pub fn print_nearby(words: &Words, place: &Locality, found: &NearbyResults) {
    outln!(
        "{}",
        words.f("nearby-near-place", &[("place", &words.place(place))])
    );
    if found.local.is_empty() {
        outln!("{}", words.t("nearby-nothing-near"));
    } else {
        print_hits(words, &found.local, true);
    }
    let state = place.state.clone().unwrap_or_default();
    for (hits, heading) in [
        (&found.serving, words.t("nearby-serving")),
        (
            &found.statewide,
            words.f("nearby-statewide", &[("state", &state)]),
        ),
        (&found.national, words.t("nearby-national")),
    ] {
        if !hits.is_empty() {
            outln!();
            outln!("{heading}");
            print_hits(words, hits, false);
        }
    }
}

/// Listings, numbered when `numbered` (local results), else as bullets.
fn print_hits(words: &Words, hits: &[NearbyHit], numbered: bool) {
    for (rank, hit) in hits.iter().enumerate() {
        let shown_in = if hit.fallback {
            format!(" ({})", words.shown_in(&hit.lang))
        } else {
            String::new()
        };
        let mark = if numbered {
            format!("{}.", rank + 1)
        } else {
            "-".to_string()
        };
        outln!(
            "{mark} {} [{}]{shown_in}",
            hit.title,
            words.category(&hit.category)
        );
        if numbered && let Some(line) = words.status_line(&hit.status) {
            outln!("   {line}");
        }
        outln!(
            "   {}. guide show {}",
            words.f("verified-on", &[("date", &hit.verified_on)]),
            hit.id
        );
    }
}
