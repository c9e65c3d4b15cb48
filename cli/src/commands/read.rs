//! `guide search`, `show`, `nearby` and `share`: what a resident or an
//! outreach worker does with the installed guide.

use std::time::Instant;

use guide_core::directory::NearbyOptions;
use guide_core::geo::Locality;
use guide_core::share::ShareFormat;
use guide_core::{Guide, SearchOptions};

use crate::args::{FilterArgs, PlaceArgs};
use crate::error::{CliError, CmdResult};
use crate::output;
use crate::words::Words;

/// How many related listings `show` lists under an article, per group.
const RELATED_HELP_LIMIT: usize = 5;

/// The place given in `place`, resolved offline; an unknown or ambiguous
/// one is one line in the person's language.
fn resolve(guide: &Guide, words: &Words, place: &PlaceArgs) -> CmdResult<Option<Locality>> {
    place
        .location()
        .map(|location| guide.resolve(&location))
        .transpose()
        .map_err(|err| CliError::localized(words, err))
}

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
    let words = Words::new(&guide.languages()[0]);
    // Resolve the place before searching, so an unknown ZIP fails fast.
    let near = resolve(guide, &words, place)?;
    // A monotonic timer for `took_ms`, not the time of day.
    let started = Instant::now();
    let options = SearchOptions {
        limit,
        prefix,
        filters: filters.filters(now),
        near,
        ..SearchOptions::default()
    };
    let results = guide
        .search_with(query, &options)
        .map_err(|err| CliError::localized(&words, err))?;
    // Distances from the place searched near: given, named in the query or saved.
    let locality = results.place.as_ref().map(|p| &p.locality);
    let statuses = results
        .hits
        .iter()
        .map(|hit| guide.status(&hit.id, locality, now))
        .collect::<Result<Vec<_>, _>>()?;
    let took_ms = started.elapsed().as_secs_f64() * 1000.0;
    if json {
        output::print_json(&output::search_json(query, took_ms, &results, &statuses));
    } else {
        output::print_search(&words, &results, &statuses);
    }
    Ok(())
}

/// `guide show ID [--lang TAG] [place] [--json]`: an article lists the
/// help near the place (or serving the whole country) under it.
pub fn show(guide: &Guide, id: &str, place: &PlaceArgs, json: bool) -> CmdResult {
    let words = Words::new(&guide.languages()[0]);
    let near = resolve(guide, &words, place)?;
    let view = guide.show(id, &[])?;
    let help = guide.related_help(&view, near.as_ref(), RELATED_HELP_LIMIT)?;
    if json {
        output::print_json(&output::show_json(&view, &help));
    } else {
        output::print_show(&words, &view, &help);
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
    let words = Words::new(&guide.languages()[0]);
    let locality = resolve(guide, &words, place)?.expect("run() refuses nearby without a place");
    let now = guide.now();
    let started = Instant::now();
    let options = NearbyOptions {
        languages: Vec::new(),
        radius_km,
        limit,
        filters: filters.filters(now),
        now,
    };
    let found = guide.nearby_place(&locality, &options)?;
    let took_ms = started.elapsed().as_secs_f64() * 1000.0;
    if json {
        output::print_json(&output::nearby_json(&locality, radius_km, took_ms, &found));
    } else {
        output::print_nearby(&words, &locality, &found);
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
