//! `guide search`, `show`, `nearby` and `share`: what a resident or an
//! outreach worker does with the installed guide.

use std::time::Instant;

use guide_core::directory::NearbyOptions;
use guide_core::share::ShareFormat;
use guide_core::{Guide, SearchOptions};

use crate::args::{FilterArgs, PlaceArgs};
use crate::error::CmdResult;
use crate::output;

/// `guide search QUERY [--lang TAG] [--limit N] [place] [filters] [--json] [--prefix]`.
pub fn search(
    guide: &Guide,
    query: &str,
    limit: usize,
    prefix: bool,
    place: &PlaceArgs,
    filters: &FilterArgs,
    json: bool,
) -> CmdResult {
    let now = guide.now();
    // Resolve the place before searching, so an unknown ZIP fails fast.
    let locality = place
        .location()
        .map(|l| l.resolve())
        .transpose()
        .map_err(guide_core::Error::from)?;
    // A monotonic timer for `took_ms`, not the time of day.
    let started = Instant::now();
    let options = SearchOptions {
        limit,
        prefix,
        filters: filters.filters(now),
        ..SearchOptions::default()
    };
    let results = guide.search_with(query, &options)?;
    let statuses = results
        .hits
        .iter()
        .map(|hit| guide.status(&hit.id, locality.as_ref(), now))
        .collect::<Result<Vec<_>, _>>()?;
    let took_ms = started.elapsed().as_secs_f64() * 1000.0;
    if json {
        output::print_json(&output::search_json(query, took_ms, &results, &statuses));
    } else {
        output::print_search(&results, &statuses);
    }
    Ok(())
}

/// `guide show ID [--lang TAG] [--json]`.
pub fn show(guide: &Guide, id: &str, json: bool) -> CmdResult {
    let view = guide.show(id, &[])?;
    if json {
        output::print_json(&output::show_json(&view));
    } else {
        output::print_show(&view);
    }
    Ok(())
}

/// `guide nearby (--near|--zip|--city) [--radius-km R] [--limit N] [filters] [--json]`.
pub fn nearby(
    guide: &Guide,
    place: &PlaceArgs,
    radius_km: f64,
    limit: usize,
    filters: &FilterArgs,
    json: bool,
) -> CmdResult {
    let location = place
        .location()
        .expect("run() refuses nearby without a place");
    let now = guide.now();
    let started = Instant::now();
    let options = NearbyOptions {
        languages: Vec::new(),
        radius_km,
        limit,
        filters: filters.filters(now),
        now,
    };
    let hits = guide.nearby(&location, &options)?;
    let took_ms = started.elapsed().as_secs_f64() * 1000.0;
    if json {
        output::print_json(&output::nearby_json(radius_km, took_ms, &hits));
    } else {
        output::print_nearby(&hits);
    }
    Ok(())
}

/// `guide share ID [--format FORMAT] [--lang TAG] [--json]`.
pub fn share(guide: &Guide, id: &str, format: ShareFormat, json: bool) -> CmdResult {
    let shared = guide.share(id, format, &[])?;
    if json {
        output::print_json(&output::share_json(id, &shared));
    } else {
        output::write_raw(&shared.content);
        if !shared.content.ends_with('\n') {
            outln!();
        }
    }
    Ok(())
}
