//! The offline gazetteer: ZIP code and city centroids bundled with the app,
//! so "near 21202" or "near Baltimore, MD" needs no network and no GPS.
//!
//! Data (see `core/data/README.md` for sources, licenses and how to rebuild):
//! US Census Bureau 2021 ZCTA Gazetteer internal points (public domain), each
//! ZIP's county from the Census 2017 cartographic county boundaries (public
//! domain), and GeoNames places of 1,000 people or more with their population
//! and, for places over 100,000 people, their names in other scripts (CC BY
//! 4.0). Decoded once, on first use, into memory; nothing is written anywhere.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use super::{Locality, Point, distance_km};

/// The compressed gazetteer (`core/data/gazetteer.tsv.zst`, ~430 KB; zstd,
/// the one compression the core reads).
static DATA: &[u8] = include_bytes!("../../data/gazetteer.tsv.zst");

/// A point further than this from every ZIP centroid has no ZIP or county:
/// it is not in the United States as far as service areas are concerned.
const MAX_ZIP_DISTANCE_KM: f64 = 40.0;

/// One ZIP Code Tabulation Area.
#[derive(Debug, Clone, PartialEq)]
pub struct ZipEntry {
    /// The five-digit ZIP code.
    pub zip: String,
    /// The Census internal point of the ZCTA.
    pub point: Point,
    /// The five-digit county FIPS code holding that point, when known.
    pub county: Option<String>,
}

/// A place of more than this many people is "large": named without its
/// state, it means that place when no other large place has the name.
pub const LARGE_CITY: u64 = 100_000;

/// Names people use for places that the GeoNames name does not cover:
/// (folded name, state, GeoNames name). Applied to every lookup, with and
/// without a state.
const ALIASES: &[(&str, &str, &str)] = &[
    ("new york", "NY", "New York City"),
    ("nyc", "NY", "New York City"),
    ("ny", "NY", "New York City"),
    ("new york ny", "NY", "New York City"),
    ("bronx", "NY", "The Bronx"),
    ("la", "CA", "Los Angeles"),
    ("l a", "CA", "Los Angeles"),
    ("sf", "CA", "San Francisco"),
    ("philly", "PA", "Philadelphia"),
    ("dc", "DC", "Washington"),
    ("d c", "DC", "Washington"),
    ("washington dc", "DC", "Washington"),
    ("washington d c", "DC", "Washington"),
    ("district of columbia", "DC", "Washington"),
];

/// The USPS code of each state by its two-digit FIPS code (the first two
/// digits of a county's), for telling which state a ZIP or point is in.
const STATE_FIPS: &[(&str, &str)] = &[
    ("01", "AL"),
    ("02", "AK"),
    ("04", "AZ"),
    ("05", "AR"),
    ("06", "CA"),
    ("08", "CO"),
    ("09", "CT"),
    ("10", "DE"),
    ("11", "DC"),
    ("12", "FL"),
    ("13", "GA"),
    ("15", "HI"),
    ("16", "ID"),
    ("17", "IL"),
    ("18", "IN"),
    ("19", "IA"),
    ("20", "KS"),
    ("21", "KY"),
    ("22", "LA"),
    ("23", "ME"),
    ("24", "MD"),
    ("25", "MA"),
    ("26", "MI"),
    ("27", "MN"),
    ("28", "MS"),
    ("29", "MO"),
    ("30", "MT"),
    ("31", "NE"),
    ("32", "NV"),
    ("33", "NH"),
    ("34", "NJ"),
    ("35", "NM"),
    ("36", "NY"),
    ("37", "NC"),
    ("38", "ND"),
    ("39", "OH"),
    ("40", "OK"),
    ("41", "OR"),
    ("42", "PA"),
    ("44", "RI"),
    ("45", "SC"),
    ("46", "SD"),
    ("47", "TN"),
    ("48", "TX"),
    ("49", "UT"),
    ("50", "VT"),
    ("51", "VA"),
    ("53", "WA"),
    ("54", "WV"),
    ("55", "WI"),
    ("56", "WY"),
    ("60", "AS"),
    ("66", "GU"),
    ("69", "MP"),
    ("72", "PR"),
    ("78", "VI"),
];

/// The USPS state code of a five-digit county FIPS code (`24510` → `MD`).
pub fn state_of_county(county: &str) -> Option<&'static str> {
    let prefix = county.get(..2)?;
    STATE_FIPS
        .iter()
        .find(|(fips, _)| *fips == prefix)
        .map(|(_, state)| *state)
}

/// One US city or town.
#[derive(Debug, Clone, PartialEq)]
pub struct CityEntry {
    /// Its name as GeoNames writes it (e.g. `New York City`, `Saint Paul`).
    pub name: String,
    /// Its two-letter USPS state code.
    pub state: String,
    /// The GeoNames point of the place.
    pub point: Point,
    /// Its population as GeoNames gives it.
    pub population: u64,
}

impl CityEntry {
    /// "Saint Paul, MN": the name and state, as the CLI and apps show a choice.
    pub fn label(&self) -> String {
        format!("{}, {}", self.name, self.state)
    }
}

/// The decoded gazetteer. Its two sections are parsed separately, each on
/// first use: a name lookup (every search looks for place names) need not
/// build the 33,791 ZIP entries, nor a ZIP lookup the place names.
pub struct Gazetteer {
    /// The decompressed text.
    text: String,
    /// By ZIP code, ascending.
    zips: OnceLock<Vec<ZipEntry>>,
    /// Places and their names.
    names: OnceLock<Names>,
}

/// The places of the gazetteer and the indexes over their names.
struct Names {
    /// Every place, in file order.
    places: Vec<CityEntry>,
    /// `(state, folded name)` → index into `places`.
    cities: HashMap<(String, String), usize>,
    /// Folded name (GeoNames name, other-script names, aliases) → indexes
    /// into `places`, most populous first, for names given without a state.
    by_name: HashMap<String, Vec<usize>>,
}

impl Gazetteer {
    /// The bundled gazetteer, decompressed on first use (its sections are
    /// parsed when first needed).
    pub fn get() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| {
            let mut text = String::new();
            zstd::stream::read::Decoder::new(DATA)
                .and_then(|mut decoder| decoder.read_to_string(&mut text))
                .expect("the bundled gazetteer is valid zstd (checked by tests)");
            Gazetteer {
                text,
                zips: OnceLock::new(),
                names: OnceLock::new(),
            }
        })
    }

    /// Parses the delta-coded text described in `tools/gazetteer/build.py`,
    /// both sections at once (what the tests check the bundled file with).
    #[cfg(test)]
    fn parse(text: &str) -> Result<Gazetteer, String> {
        let zips = parse_zips(text)?;
        let names = parse_names(text)?;
        Ok(Gazetteer {
            text: text.to_string(),
            zips: OnceLock::from(zips),
            names: OnceLock::from(names),
        })
    }

    fn zips(&self) -> &[ZipEntry] {
        self.zips.get_or_init(|| {
            parse_zips(&self.text).expect("the bundled gazetteer is well formed (checked by tests)")
        })
    }

    fn names(&self) -> &Names {
        self.names.get_or_init(|| {
            parse_names(&self.text)
                .expect("the bundled gazetteer is well formed (checked by tests)")
        })
    }

    /// The ZIP code's entry, when it is a known ZCTA (ZIP+4 and spaces accepted).
    pub fn zip(&self, code: &str) -> Option<&ZipEntry> {
        let code = code.trim();
        let five = code.get(..5)?;
        let rest = &code[5..];
        let plus_four = rest.is_empty()
            || (rest.len() == 5
                && rest.starts_with('-')
                && rest[1..].bytes().all(|b| b.is_ascii_digit()));
        if !five.bytes().all(|b| b.is_ascii_digit()) || !plus_four {
            return None;
        }
        let zips = self.zips();
        zips.binary_search_by(|entry| entry.zip.as_str().cmp(five))
            .ok()
            .map(|i| &zips[i])
    }

    /// The point of a city or town, matched on its name without regard to
    /// case, accents or a leading "Saint"/"St." spelling difference; the
    /// names people use ("New York", "NYC", "Washington DC") count too.
    pub fn city(&self, name: &str, state: &str) -> Option<Point> {
        self.city_entry(name, state).map(|entry| entry.point)
    }

    /// The place `name` in `state` (see [`Gazetteer::city`]).
    pub fn city_entry(&self, name: &str, state: &str) -> Option<&CityEntry> {
        let names = self.names();
        let state = state.trim().to_ascii_uppercase();
        spellings(&fold(name)).into_iter().find_map(|folded| {
            names
                .cities
                .get(&(state.clone(), folded.clone()))
                .or_else(|| {
                    // Another name of a place in this state ("New York, NY").
                    names
                        .by_name
                        .get(&folded)?
                        .iter()
                        .find(|i| names.places[**i].state == state)
                })
                .map(|i| &names.places[*i])
        })
    }

    /// Every place called `name` (its GeoNames name, its name in another
    /// script for a large place, or a name people use such as "NYC"), in
    /// any state, most populous first.
    pub fn cities_named(&self, name: &str) -> Vec<&CityEntry> {
        let names = self.names();
        let mut found: Vec<usize> = Vec::new();
        for folded in spellings(&fold(name)) {
            for index in names.by_name.get(&folded).into_iter().flatten() {
                if !found.contains(index) {
                    found.push(*index);
                }
            }
        }
        let mut entries: Vec<&CityEntry> = found.into_iter().map(|i| &names.places[i]).collect();
        entries.sort_by(|a, b| {
            b.population
                .cmp(&a.population)
                .then_with(|| a.state.cmp(&b.state))
        });
        entries
    }

    /// Whether `folded` is a name (of any place) the gazetteer knows, for
    /// telling place names in a query from other words.
    pub fn knows_name(&self, folded: &str) -> bool {
        self.names().by_name.contains_key(folded)
    }

    /// The ZIP whose centroid is nearest `point`, within 40 km.
    pub fn nearest_zip(&self, point: Point) -> Option<&ZipEntry> {
        // A cheap planar pre-pass picks a handful of candidates, the
        // geodesic distance decides between them.
        let cos = point.lat().to_radians().cos().max(0.01);
        let mut best: Vec<(f64, &ZipEntry)> = Vec::with_capacity(9);
        for entry in self.zips() {
            let dy = entry.point.lat() - point.lat();
            let mut dx = (entry.point.lon() - point.lon()).abs();
            if dx > 180.0 {
                dx = 360.0 - dx;
            }
            let planar = dy * dy + (dx * cos) * (dx * cos);
            if best.len() < 8 || planar < best[best.len() - 1].0 {
                let at = best.partition_point(|(d, _)| *d <= planar);
                best.insert(at, (planar, entry));
                best.truncate(8);
            }
        }
        best.into_iter()
            .map(|(_, entry)| (distance_km(point, entry.point), entry))
            .filter(|(km, _)| *km <= MAX_ZIP_DISTANCE_KM)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, entry)| entry)
    }

    /// The locality of a point: the point itself, with the ZIP and county of
    /// the nearest ZIP centroid (an approximation near ZIP and county lines).
    pub fn locality_of(&self, point: Point) -> Locality {
        let nearest = self.nearest_zip(point);
        let county = nearest.and_then(|entry| entry.county.clone());
        Locality {
            point,
            zip: nearest.map(|entry| entry.zip.clone()),
            state: county
                .as_deref()
                .and_then(state_of_county)
                .map(str::to_string),
            county,
            city: None,
        }
    }

    /// How many ZIPs and places the gazetteer holds.
    pub fn len(&self) -> (usize, usize) {
        (self.zips().len(), self.names().cities.len())
    }

    /// Whether the gazetteer is empty (never, for the bundled one).
    pub fn is_empty(&self) -> bool {
        self.zips().is_empty() && self.names().cities.is_empty()
    }
}

/// The fields of a tab-separated line, at most `N` (the rest joined in the last).
fn fields<const N: usize>(line: &str) -> ([&str; N], usize) {
    let mut out = [""; N];
    let mut count = 0;
    for (i, field) in line.splitn(N, '\t').enumerate() {
        out[i] = field;
        count = i + 1;
    }
    (out, count)
}

/// The error for line `index` (0-based).
fn bad(index: usize) -> String {
    format!("gazetteer line {}", index + 1)
}

/// Whether a line is of a known section.
fn known_line(line: &str) -> bool {
    matches!(line.as_bytes().first(), Some(b'Z' | b'C' | b'A'))
}

/// The ZIP section (`Z` lines), checked to be sorted.
fn parse_zips(text: &str) -> Result<Vec<ZipEntry>, String> {
    let mut zips = Vec::with_capacity(34_000);
    let (mut zip, mut zlat, mut zlon) = (0i64, 0i64, 0i64);
    let mut county: Option<String> = None;
    for (number, line) in text.lines().enumerate() {
        if !known_line(line) {
            return Err(bad(number));
        }
        if !line.starts_with('Z') {
            continue;
        }
        let ([_, dz, dlat, dlon, code], 5) = fields::<5>(line) else {
            return Err(bad(number));
        };
        let int = |f: &str| f.parse::<i64>().map_err(|_| bad(number));
        zip += int(dz)?;
        zlat += int(dlat)?;
        zlon += int(dlon)?;
        if !code.is_empty() {
            county = (code != "-").then(|| code.to_string());
        }
        zips.push(ZipEntry {
            zip: format!("{zip:05}"),
            point: Point::new(zlat as f64 / 1e4, zlon as f64 / 1e4).ok_or_else(|| bad(number))?,
            county: county.clone(),
        });
    }
    if !zips.is_sorted_by(|a, b| a.zip < b.zip) {
        return Err("gazetteer ZIPs are not sorted".into());
    }
    Ok(zips)
}

/// The place section (`C` lines), their other-script names (`A` lines) and
/// the aliases.
fn parse_names(text: &str) -> Result<Names, String> {
    let mut places: Vec<CityEntry> = Vec::with_capacity(17_200);
    let mut cities: HashMap<(String, String), usize> = HashMap::with_capacity(17_200);
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::with_capacity(24_000);
    let (mut state, mut clat, mut clon) = (String::new(), 0i64, 0i64);
    for (number, line) in text.lines().enumerate() {
        if !known_line(line) {
            return Err(bad(number));
        }
        let int = |f: &str| f.parse::<i64>().map_err(|_| bad(number));
        match line.as_bytes()[0] {
            b'C' => {
                let ([_, code, name, dlat, dlon, population], 6) = fields::<6>(line) else {
                    return Err(bad(number));
                };
                if !code.is_empty() {
                    state = code.to_string();
                }
                clat += int(dlat)?;
                clon += int(dlon)?;
                let point =
                    Point::new(clat as f64 / 1e4, clon as f64 / 1e4).ok_or_else(|| bad(number))?;
                let population = u64::try_from(int(population)?).map_err(|_| bad(number))?;
                let folded = fold(name);
                let index = places.len();
                places.push(CityEntry {
                    name: name.to_string(),
                    state: state.clone(),
                    point,
                    population,
                });
                by_name.entry(folded.clone()).or_default().push(index);
                cities.insert((state.clone(), folded), index);
            }
            b'A' => {
                let mut parts = line.split('\t').skip(1);
                let (Some(code), Some(name)) = (parts.next(), parts.next()) else {
                    return Err(bad(number));
                };
                let index = *cities
                    .get(&(code.to_string(), fold(name)))
                    .ok_or_else(|| bad(number))?;
                for other in parts {
                    let names = by_name.entry(fold(other)).or_default();
                    if !names.contains(&index) {
                        names.push(index);
                    }
                }
            }
            _ => {}
        }
    }
    for (alias, state, name) in ALIASES {
        if let Some(&index) = cities.get(&(state.to_string(), fold(name))) {
            let names = by_name.entry(alias.to_string()).or_default();
            if !names.contains(&index) {
                names.push(index);
            }
        }
    }
    for names in by_name.values_mut().filter(|names| names.len() > 1) {
        names.sort_by(|a, b| {
            places[*b]
                .population
                .cmp(&places[*a].population)
                .then_with(|| places[*a].state.cmp(&places[*b].state))
        });
    }
    Ok(Names {
        places,
        cities,
        by_name,
    })
}

/// The spellings a folded name is looked up under: itself and, for a
/// leading "Saint"/"St"/"Ste", the other spelling ("St. Louis" / "Saint Louis").
fn spellings(folded: &str) -> Vec<String> {
    let mut out = vec![folded.to_string()];
    for (a, b) in [
        ("saint ", "st "),
        ("st ", "saint "),
        ("sainte ", "ste "),
        ("ste ", "sainte "),
    ] {
        if let Some(rest) = folded.strip_prefix(a) {
            out.push(format!("{b}{rest}"));
        }
    }
    out
}

/// Lowercase, accents removed, punctuation as spaces, spaces collapsed:
/// "Coeur d'Alene" and "coeur d alene" meet; "St." becomes "st".
pub fn fold(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut out = String::with_capacity(name.len());
    let push = |c: char| {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    };
    // Most names are ASCII: no normalisation tables needed (they were a
    // third of decoding the gazetteer).
    if name.is_ascii() {
        name.chars().map(|c| c.to_ascii_lowercase()).for_each(push);
    } else {
        name.nfkd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .for_each(push);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_gazetteer_decodes_whole() {
        let gazetteer = Gazetteer::get();
        let (zips, cities) = gazetteer.len();
        // Census 2021 ZCTA count, and GeoNames US places after de-duplication.
        assert_eq!(zips, 33_791);
        assert!(cities > 17_000, "{cities}");
    }

    #[test]
    fn zip_codes_resolve_to_their_census_centroid_and_county() {
        let gazetteer = Gazetteer::get();
        let entry = gazetteer.zip("21202").unwrap();
        // 2021 ZCTA Gazetteer: 21202 INTPTLAT 39.297446, INTPTLONG -76.607730.
        assert!((entry.point.lat() - 39.2974).abs() < 1e-4);
        assert!((entry.point.lon() + 76.6077).abs() < 1e-4);
        assert_eq!(entry.county.as_deref(), Some("24510")); // Baltimore city
        assert_eq!(gazetteer.zip("21202-1234").unwrap().zip, "21202");
        assert_eq!(
            gazetteer.zip("00601").unwrap().county.as_deref(),
            Some("72001")
        );
        for unknown in ["00000", "99999", "2120", "21202x", "abcde", "", "212021"] {
            assert!(gazetteer.zip(unknown).is_none(), "{unknown}");
        }
    }

    #[test]
    fn cities_resolve_by_name_and_state() {
        let gazetteer = Gazetteer::get();
        let baltimore = gazetteer.city("baltimore", "md").unwrap();
        assert!((baltimore.lat() - 39.29).abs() < 0.01);
        assert!(gazetteer.city("Baltimore", "OH").is_some());
        assert_ne!(gazetteer.city("Baltimore", "OH"), Some(baltimore));
        assert_eq!(
            gazetteer.city("Saint Louis", "MO"),
            gazetteer.city("St. Louis", "MO")
        );
        assert!(gazetteer.city("St. Louis", "MO").is_some());
        assert!(gazetteer.city("San José", "CA").is_some());
        assert!(gazetteer.city("Atlantis", "MD").is_none());
    }

    #[test]
    fn a_point_takes_the_zip_and_county_of_the_nearest_centroid() {
        let gazetteer = Gazetteer::get();
        let locality = gazetteer.locality_of(Point::new(39.2975, -76.6078).unwrap());
        assert_eq!(locality.zip.as_deref(), Some("21202"));
        assert_eq!(locality.county.as_deref(), Some("24510"));
        // Mid-Atlantic ocean: no ZIP, no county.
        let at_sea = gazetteer.locality_of(Point::new(35.0, -60.0).unwrap());
        assert_eq!((at_sea.zip, at_sea.county), (None, None));
    }

    #[test]
    fn the_bundled_text_parses_without_error() {
        let parsed = Gazetteer::parse(&Gazetteer::get().text).unwrap();
        assert_eq!(parsed.len(), Gazetteer::get().len());
    }

    #[test]
    fn sections_decode_on_their_own_first_use() {
        // A fresh, lazily decoded copy: a name lookup builds no ZIP entry.
        let gazetteer = Gazetteer {
            text: Gazetteer::get().text.clone(),
            zips: OnceLock::new(),
            names: OnceLock::new(),
        };
        assert!(gazetteer.city("Chicago", "IL").is_some());
        assert!(gazetteer.zips.get().is_none());
        assert!(gazetteer.zip("60601").is_some());
        assert!(gazetteer.zips.get().is_some());
    }

    #[test]
    fn malformed_data_is_refused_with_its_line() {
        assert_eq!(
            Gazetteer::parse("Z\t1\t2\t3\t\nQ\tx").err().as_deref(),
            Some("gazetteer line 2")
        );
    }
}
