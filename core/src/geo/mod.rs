//! Places without tracking: points, geodesic distance, the offline gazetteer
//! that turns a typed ZIP code or city into a point, and listing service areas.
//!
//! Nothing here stores, logs or sends a location: a [`Location`] lives for
//! one query and is dropped with it.

pub mod area;
pub mod gazetteer;

use ::geo::{Distance, Geodesic};

pub use area::Locality;
pub use gazetteer::{CityEntry, Gazetteer};

use crate::model::ListingDetails;

/// A WGS 84 point in degrees, always in range (see [`Point::new`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    lat: f64,
    lon: f64,
}

impl Point {
    /// A point, or `None` when `lat` is outside -90..=90, `lon` outside
    /// -180..=180, or either is not a finite number.
    pub fn new(lat: f64, lon: f64) -> Option<Point> {
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon))
            .then_some(Point { lat, lon })
    }

    /// Latitude in degrees.
    pub fn lat(self) -> f64 {
        self.lat
    }

    /// Longitude in degrees.
    pub fn lon(self) -> f64 {
        self.lon
    }

    /// Parses `"LAT,LON"` (what `--near` and a `geo:` URI carry), spaces allowed.
    pub fn parse(text: &str) -> Option<Point> {
        let (lat, lon) = text.split_once(',')?;
        Point::new(lat.trim().parse().ok()?, lon.trim().parse().ok()?)
    }

    fn to_geo(self) -> ::geo::Point<f64> {
        ::geo::Point::new(self.lon, self.lat)
    }
}

/// The geodesic distance in kilometres between two points on the WGS 84
/// ellipsoid (Karney's method, as the `geo` crate implements it): exact to
/// well under a metre, where the spherical haversine is off by up to 0.5 %.
pub fn distance_km(a: Point, b: Point) -> f64 {
    Geodesic.distance(a.to_geo(), b.to_geo()) / 1000.0
}

/// A place the offline gazetteer does not know, or a name several places
/// share. Messages name the kind of place, never what was typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlaceError {
    /// A ZIP code or city is not in the offline gazetteer.
    #[error("unknown {kind}: it is not in the offline gazetteer of US ZIP codes and places")]
    Unknown {
        /// "ZIP code" or "city".
        kind: &'static str,
    },
    /// A city named without its state could be several places; the person
    /// chooses one (the choices are gazetteer names, never what was typed).
    #[error("more than one place has that name; add the state: {}", choices.join(" · "))]
    Ambiguous {
        /// "Springfield, IL", "Springfield, MO"…: the places it may mean, largest first.
        choices: Vec<String>,
    },
}

/// How precisely a listing's point is known: exactly what its source states,
/// never more. Only an [`Exact`](Precision::Exact) point may be drawn as a
/// pin or sent as a `geo:` URI; the others stand for an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// Coordinates a source states.
    Exact,
    /// A street address a source states, placed at its ZIP area's centroid.
    AddressZip,
    /// A ZIP code alone, placed at its centroid.
    Zip,
    /// A city and state alone, placed at the city's point.
    City,
}

impl Precision {
    /// Every precision, most precise first.
    pub const ALL: [Precision; 4] = [
        Precision::Exact,
        Precision::AddressZip,
        Precision::Zip,
        Precision::City,
    ];

    /// The stable name JSON, the store and the apps use.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Exact => "exact",
            Precision::AddressZip => "address-zip",
            Precision::Zip => "zip",
            Precision::City => "city",
        }
    }

    /// Parses a name written by [`Precision::as_str`].
    pub fn parse(name: &str) -> Option<Precision> {
        Precision::ALL.into_iter().find(|p| p.as_str() == name)
    }

    /// Whether the point is where the office is (and may be drawn as a pin).
    pub fn is_exact(self) -> bool {
        self == Precision::Exact
    }
}

/// Where a listing sits on the map, as precisely as its source says.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The point distances are measured to.
    pub point: Point,
    /// What the point stands for.
    pub precision: Precision,
}

/// The point of `listing` from what it states, most precise first: stated
/// coordinates (`exact`); a ZIP code with a street address (`address-zip`) or
/// alone (`zip`), at the ZIP area's centroid; a US city and state (`city`), at
/// the gazetteer's point for it. `None` when it states none of these (a
/// hotline, a national program), or the ZIP or city is not in the gazetteer.
pub fn place_listing(listing: &ListingDetails) -> Option<Placement> {
    if let (Some(lat), Some(lon)) = (listing.latitude, listing.longitude)
        && let Some(point) = Point::new(lat, lon)
    {
        return Some(Placement {
            point,
            precision: Precision::Exact,
        });
    }
    let gazetteer = Gazetteer::get();
    let in_us = listing.country.as_deref().is_none_or(|c| c == "US");
    if in_us
        && let Some(zip) = listing
            .postal_code
            .as_deref()
            .and_then(|z| gazetteer.zip(z))
    {
        return Some(Placement {
            point: zip.point,
            precision: if listing.address.is_some() {
                Precision::AddressZip
            } else {
                Precision::Zip
            },
        });
    }
    if in_us
        && let (Some(city), Some(region)) = (&listing.city, &listing.region)
        && let Some(point) = gazetteer.city(city, region)
    {
        return Some(Placement {
            point,
            precision: Precision::City,
        });
    }
    None
}

/// Where a person asked to search from, as they gave it. Resolved with
/// [`Location::resolve`]; never stored.
#[derive(Debug, Clone, PartialEq)]
pub enum Location {
    /// A point the app passed in (for example the device's location, when the
    /// person chose to share it with the app).
    Point(Point),
    /// A five-digit US ZIP code.
    Zip(String),
    /// A city or town and its two-letter state code.
    City {
        /// The place name, e.g. `Baltimore`.
        name: String,
        /// The USPS state code, e.g. `MD`.
        state: String,
    },
    /// A city or town named without its state ("Chicago", "NYC", "Brooklyn",
    /// "芝加哥"): it means the one large place of that name, or the one the
    /// installed packs cover; otherwise the person is asked to choose.
    Named(String),
}

/// At most this many places are offered when a name is ambiguous.
pub const MAX_CHOICES: usize = 6;

impl Location {
    /// Parses `"NAME, ST"` as typed for `--city` (the last comma separates the state).
    pub fn city(text: &str) -> Option<Location> {
        let (name, state) = text.rsplit_once(',')?;
        let (name, state) = (name.trim(), state.trim());
        (!name.is_empty() && state.len() == 2 && state.bytes().all(|b| b.is_ascii_alphabetic()))
            .then(|| Location::City {
                name: name.to_string(),
                state: state.to_ascii_uppercase(),
            })
    }

    /// The text [`Location::parse`] reads back as this location (what a
    /// saved place is kept as).
    pub fn to_text(&self) -> String {
        match self {
            Location::Point(point) => format!("{},{}", point.lat(), point.lon()),
            Location::Zip(zip) => zip.clone(),
            Location::City { name, state } => format!("{name}, {state}"),
            Location::Named(name) => name.clone(),
        }
    }

    /// Parses a place as people type it: `LAT,LON`, a ZIP code (ZIP+4
    /// accepted), `"NAME, ST"`, or a name alone ("Chicago", "NYC"). `None`
    /// for empty text.
    pub fn parse(text: &str) -> Option<Location> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        if let Some(point) = Point::parse(text) {
            return Some(Location::Point(point));
        }
        let five = text.get(..5).unwrap_or("");
        if five.len() == 5
            && five.bytes().all(|b| b.is_ascii_digit())
            && (text.len() == 5 || text.len() == 10 && text.as_bytes()[5] == b'-')
        {
            return Some(Location::Zip(five.to_string()));
        }
        Location::city(text).or_else(|| Some(Location::Named(text.to_string())))
    }

    /// The point, ZIP, county and state this location stands for, from the
    /// bundled gazetteer. Errors never repeat what was typed.
    pub fn resolve(&self) -> Result<Locality, PlaceError> {
        self.resolve_with(&|_| false)
    }

    /// [`Location::resolve`], where a name without its state that several
    /// large places share (or only small ones) means the one `covered`
    /// accepts, when it accepts exactly one (the installed packs cover it).
    pub fn resolve_with(
        &self,
        covered: &dyn Fn(&CityEntry) -> bool,
    ) -> Result<Locality, PlaceError> {
        let gazetteer = Gazetteer::get();
        match self {
            Location::Point(point) => Ok(gazetteer.locality_of(*point)),
            Location::Zip(zip) => gazetteer
                .zip(zip)
                .map(|entry| Locality {
                    point: entry.point,
                    zip: Some(entry.zip.clone()),
                    state: entry
                        .county
                        .as_deref()
                        .and_then(gazetteer::state_of_county)
                        .map(str::to_string),
                    county: entry.county.clone(),
                    city: None,
                })
                .ok_or(PlaceError::Unknown { kind: "ZIP code" }),
            Location::City { .. } | Location::Named(_) => {
                let entry = self.city_with(covered)?;
                Ok(Locality {
                    state: Some(entry.state.clone()),
                    city: Some(entry.label()),
                    ..gazetteer.locality_of(entry.point)
                })
            }
        }
    }

    /// Whether this location is one known place (as [`Location::resolve_with`]
    /// would find it), without working out its ZIP and county: cheap enough
    /// to try on every word of a query.
    pub fn is_known_with(&self, covered: &dyn Fn(&CityEntry) -> bool) -> bool {
        match self {
            Location::Point(_) => true,
            Location::Zip(zip) => Gazetteer::get().zip(zip).is_some(),
            Location::City { .. } | Location::Named(_) => self.city_with(covered).is_ok(),
        }
    }

    /// The one city or town a `City` or `Named` location means.
    fn city_with(
        &self,
        covered: &dyn Fn(&CityEntry) -> bool,
    ) -> Result<&'static CityEntry, PlaceError> {
        let gazetteer = Gazetteer::get();
        let unknown = PlaceError::Unknown { kind: "city" };
        match self {
            Location::City { name, state } => gazetteer.city_entry(name, state).ok_or(unknown),
            Location::Named(name) => {
                let found = gazetteer.cities_named(name);
                let large: Vec<&CityEntry> = found
                    .iter()
                    .copied()
                    .filter(|c| c.population > gazetteer::LARGE_CITY)
                    .collect();
                // Only read when the population alone does not decide.
                let served = || -> Vec<&CityEntry> {
                    found.iter().copied().filter(|c| covered(c)).collect()
                };
                match (found.as_slice(), large.as_slice()) {
                    ([], _) => Err(unknown),
                    ([only], _) | (_, [only]) => Ok(*only),
                    _ => match served().as_slice() {
                        [only] => Ok(*only),
                        _ => {
                            let offer = if large.is_empty() { &found } else { &large };
                            Err(PlaceError::Ambiguous {
                                choices: offer
                                    .iter()
                                    .take(MAX_CHOICES)
                                    .map(|c| c.label())
                                    .collect(),
                            })
                        }
                    },
                }
            }
            _ => Err(unknown),
        }
    }
}

/// The fewest kilometres a degree of latitude spans on the WGS 84 ellipsoid
/// (at the equator, where the meridian's radius of curvature a(1 − e²) =
/// 6335.439 km is smallest: 110.574 km), rounded down; used only to size
/// search boxes, never to measure.
const MIN_KM_PER_DEGREE_LAT: f64 = 110.57;

/// The fewest kilometres a degree of longitude spans on the equator (a·π/180
/// = 111.3195 km), rounded down; at latitude φ a degree spans at least this
/// times cos φ.
const MIN_KM_PER_DEGREE_LON: f64 = 111.31;

/// A latitude/longitude box that holds every point within `radius_km` of
/// `center` (a little larger, never smaller), for pruning with the R*Tree.
/// Longitude ranges that cross the antimeridian come back as two boxes.
///
/// Why never smaller: along a path of length `s` the latitude changes by at
/// most `s` over the meridian's smallest radius of curvature, and the
/// longitude by at most `s / (a·cos φ)` with φ the widest latitude the path
/// reaches, which a path of length `radius_km` from `center` cannot take
/// beyond the box's latitudes. `nearby` relies on this to stop at the first
/// box whose circle holds enough listings.
pub fn bounding_boxes(center: Point, radius_km: f64) -> Vec<[f64; 4]> {
    let dlat = radius_km / MIN_KM_PER_DEGREE_LAT;
    let min_lat = (center.lat - dlat).max(-90.0);
    let max_lat = (center.lat + dlat).min(90.0);
    let widest = min_lat.abs().max(max_lat.abs());
    let cos = widest.to_radians().cos();
    if widest >= 89.0 || radius_km / (MIN_KM_PER_DEGREE_LON * cos) >= 180.0 {
        return vec![[min_lat, max_lat, -180.0, 180.0]];
    }
    let dlon = radius_km / (MIN_KM_PER_DEGREE_LON * cos);
    let (west, east) = (center.lon - dlon, center.lon + dlon);
    if west < -180.0 {
        vec![
            [min_lat, max_lat, -180.0, east],
            [min_lat, max_lat, west + 360.0, 180.0],
        ]
    } else if east > 180.0 {
        vec![
            [min_lat, max_lat, west, 180.0],
            [min_lat, max_lat, -180.0, east - 360.0],
        ]
    } else {
        vec![[min_lat, max_lat, west, east]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(lat: f64, lon: f64) -> Point {
        Point::new(lat, lon).unwrap()
    }

    /// Reference distances computed by hand from Karney's algorithm (GeographicLib
    /// `GeodSolve -i`, WGS 84) and, as a cross-check, from Vincenty's inverse
    /// formula; the spherical haversine value is given to show the difference.
    #[test]
    fn geodesic_distances_match_hand_computed_values() {
        // One degree of latitude along a meridian at the equator: 110.574 km
        // (the meridional arc length, a textbook WGS 84 value).
        let d = distance_km(p(0.0, 0.0), p(1.0, 0.0));
        assert!((d - 110.574).abs() < 0.001, "{d}");
        // One degree of longitude along the equator: a * pi / 180 = 111.3195 km.
        let d = distance_km(p(0.0, 0.0), p(0.0, 1.0));
        assert!((d - 111.319_491).abs() < 0.000_5, "{d}");
        // Quarter meridian, equator to pole: 10 001.965 729 km.
        let d = distance_km(p(0.0, 0.0), p(90.0, 0.0));
        assert!((d - 10_001.965_729).abs() < 0.000_5, "{d}");
    }

    #[test]
    fn distance_is_symmetric_and_zero_at_the_same_point() {
        let (a, b) = (p(39.2904, -76.6122), p(38.9072, -77.0369));
        assert_eq!(distance_km(a, a), 0.0);
        assert!((distance_km(a, b) - distance_km(b, a)).abs() < 1e-9);
    }

    #[test]
    fn points_are_checked_and_parsed() {
        assert!(Point::new(91.0, 0.0).is_none());
        assert!(Point::new(0.0, -180.5).is_none());
        assert!(Point::new(f64::NAN, 0.0).is_none());
        assert_eq!(Point::parse(" 39.29 , -76.61 "), Some(p(39.29, -76.61)));
        assert_eq!(Point::parse("39.29"), None);
        assert_eq!(Point::parse("north,west"), None);
    }

    #[test]
    fn city_names_split_at_the_last_comma() {
        assert_eq!(
            Location::city("Washington, dc"),
            Some(Location::City {
                name: "Washington".into(),
                state: "DC".into()
            })
        );
        assert_eq!(
            Location::city("St. Paul, Minneapolis, MN"),
            Some(Location::City {
                name: "St. Paul, Minneapolis".into(),
                state: "MN".into()
            })
        );
        assert_eq!(Location::city("Baltimore"), None);
        assert_eq!(Location::city(", MD"), None);
        assert_eq!(Location::city("Baltimore, Maryland"), None);
    }

    #[test]
    fn places_parse_as_people_type_them() {
        assert_eq!(
            Location::parse(" 21202 "),
            Some(Location::Zip("21202".into()))
        );
        assert_eq!(
            Location::parse("21202-1234"),
            Some(Location::Zip("21202".into()))
        );
        assert_eq!(
            Location::parse("39.29,-76.61"),
            Some(Location::Point(p(39.29, -76.61)))
        );
        assert_eq!(
            Location::parse("New York, NY"),
            Some(Location::City {
                name: "New York".into(),
                state: "NY".into()
            })
        );
        assert_eq!(Location::parse("NYC"), Some(Location::Named("NYC".into())));
        assert_eq!(
            Location::parse("2120"),
            Some(Location::Named("2120".into()))
        );
        assert_eq!(Location::parse("  "), None);
        for location in [
            Location::Zip("21202".into()),
            Location::Point(p(39.29, -76.61)),
            Location::City {
                name: "Saint Paul".into(),
                state: "MN".into(),
            },
            Location::Named("Brooklyn".into()),
        ] {
            assert_eq!(Location::parse(&location.to_text()), Some(location));
        }
    }

    #[test]
    fn listings_are_placed_by_what_they_state() {
        let listing = |f: &dyn Fn(&mut ListingDetails)| {
            let mut l = ListingDetails::default();
            f(&mut l);
            place_listing(&l).map(|p| p.precision)
        };
        assert_eq!(listing(&|_| {}), None);
        assert_eq!(
            listing(&|l| {
                l.latitude = Some(39.3);
                l.longitude = Some(-76.6);
                l.postal_code = Some("21202".into());
            }),
            Some(Precision::Exact)
        );
        assert_eq!(
            listing(&|l| {
                l.address = Some("1 Fixture Way".into());
                l.postal_code = Some("21202".into());
            }),
            Some(Precision::AddressZip)
        );
        assert_eq!(
            listing(&|l| l.postal_code = Some("21202".into())),
            Some(Precision::Zip)
        );
        assert_eq!(
            listing(&|l| {
                l.city = Some("Baltimore".into());
                l.region = Some("MD".into());
            }),
            Some(Precision::City)
        );
        // An unknown ZIP falls back to the city; a listing abroad is not placed.
        assert_eq!(
            listing(&|l| {
                l.postal_code = Some("00000".into());
                l.city = Some("Baltimore".into());
                l.region = Some("MD".into());
            }),
            Some(Precision::City)
        );
        assert_eq!(
            listing(&|l| {
                l.country = Some("MX".into());
                l.postal_code = Some("21202".into());
            }),
            None
        );
        for precision in Precision::ALL {
            assert_eq!(Precision::parse(precision.as_str()), Some(precision));
        }
    }

    #[test]
    fn bounding_boxes_hold_the_whole_circle() {
        let center = p(39.2904, -76.6122);
        let boxes = bounding_boxes(center, 50.0);
        assert_eq!(boxes.len(), 1);
        let [min_lat, max_lat, min_lon, max_lon] = boxes[0];
        // Points 50 km due north, south, east and west lie inside the box.
        for bearing in [0.0_f64, 90.0, 180.0, 270.0] {
            use ::geo::Destination;
            let to = Geodesic.destination(center.to_geo(), bearing, 50_000.0);
            assert!((min_lat..=max_lat).contains(&to.y()), "{bearing}");
            assert!((min_lon..=max_lon).contains(&to.x()), "{bearing}");
        }
        // At the equator a degree of latitude is shortest (110.574 km): a
        // mean 111.2 km degree with a 0.5 % margin left the point 49.99 km
        // due north out of the box.
        use ::geo::Destination;
        for (lat, lon) in [(0.0, 0.0), (-0.3, 20.0), (60.0, -150.0), (85.0, 10.0)] {
            let center = p(lat, lon);
            for km in [0.5, 1.0, 25.0, 49.99, 500.0] {
                let boxes = bounding_boxes(center, km);
                for bearing in (0..360).step_by(15) {
                    let to = Geodesic.destination(center.to_geo(), f64::from(bearing), km * 1000.0);
                    assert!(
                        boxes.iter().any(|[min_lat, max_lat, min_lon, max_lon]| {
                            (min_lat..=max_lat).contains(&&to.y())
                                && (min_lon..=max_lon).contains(&&to.x())
                        }),
                        "{km} km at {bearing} degrees from {lat},{lon} is outside {boxes:?}"
                    );
                }
            }
        }
        // Near the antimeridian the box is split in two.
        assert_eq!(bounding_boxes(p(52.0, 179.9), 50.0).len(), 2);
        assert_eq!(bounding_boxes(p(89.9, 0.0), 50.0)[0][2..], [-180.0, 180.0]);
    }
}
