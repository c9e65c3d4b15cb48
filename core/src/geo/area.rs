//! Service areas: a phone or remote clinic that serves a person's ZIP code,
//! county or mapped area counts as near, wherever its office is.

use ::geo::{Contains, Coord, LineString, Polygon};

use super::Point;
use crate::model::ServiceArea;

/// Where a person is, as far as service areas can tell: the point, and the
/// ZIP and county it falls in (from the gazetteer). Lives for one query.
#[derive(Debug, Clone, PartialEq)]
pub struct Locality {
    /// The point searched from.
    pub point: Point,
    /// Its ZIP code (the one typed, or the nearest ZIP centroid's).
    pub zip: Option<String>,
    /// Its five-digit county FIPS code, when known.
    pub county: Option<String>,
    /// Its two-letter USPS state code, when known (from the county, or the
    /// state a city was named with).
    pub state: Option<String>,
    /// The city it was given as ("Baltimore, MD"), when it was given as one.
    pub city: Option<String>,
}

impl Locality {
    /// Whether the place is in the United States as far as the gazetteer
    /// can tell (it has a ZIP or a state), so nationwide services serve it.
    pub fn in_us(&self) -> bool {
        self.zip.is_some() || self.state.is_some()
    }
}

/// Whether `area` covers `locality`: its ZIP or county is listed, or its
/// point lies inside the area's polygon (a point on the edge counts as outside).
pub fn covers(area: &ServiceArea, locality: &Locality) -> bool {
    let listed = |codes: &[String], code: &Option<String>| {
        code.as_ref().is_some_and(|code| codes.contains(code))
    };
    listed(&area.zips, &locality.zip)
        || listed(&area.counties, &locality.county)
        || polygon_contains(&area.polygon, locality.point)
}

/// Whether the polygon (corners as `[lat, lon]`) contains `point`.
pub fn polygon_contains(corners: &[[f64; 2]], point: Point) -> bool {
    if corners.len() < 3 {
        return false;
    }
    let ring: LineString<f64> = corners
        .iter()
        .map(|[lat, lon]| Coord { x: *lon, y: *lat })
        .collect();
    Polygon::new(ring, Vec::new()).contains(&::geo::Point::new(point.lon(), point.lat()))
}

/// The `[min_lat, max_lat, min_lon, max_lon]` box around a polygon, for the
/// R*Tree that finds which polygons might hold a point.
pub fn polygon_bounds(corners: &[[f64; 2]]) -> Option<[f64; 4]> {
    if corners.len() < 3 {
        return None;
    }
    let mut bounds = [f64::MAX, f64::MIN, f64::MAX, f64::MIN];
    for [lat, lon] in corners {
        bounds[0] = bounds[0].min(*lat);
        bounds[1] = bounds[1].max(*lat);
        bounds[2] = bounds[2].min(*lon);
        bounds[3] = bounds[3].max(*lon);
    }
    Some(bounds)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locality(lat: f64, lon: f64, zip: Option<&str>, county: Option<&str>) -> Locality {
        Locality {
            point: Point::new(lat, lon).unwrap(),
            zip: zip.map(Into::into),
            county: county.map(Into::into),
            state: None,
            city: None,
        }
    }

    #[test]
    fn zips_counties_and_polygons_each_cover() {
        let area = ServiceArea {
            zips: vec!["21202".into()],
            counties: vec!["24005".into()],
            polygon: vec![[10.0, 10.0], [10.0, 11.0], [11.0, 11.0], [11.0, 10.0]],
            ..ServiceArea::default()
        };
        assert!(covers(&area, &locality(0.0, 0.0, Some("21202"), None)));
        assert!(covers(
            &area,
            &locality(0.0, 0.0, Some("21201"), Some("24005"))
        ));
        assert!(covers(&area, &locality(10.5, 10.5, None, None)));
        assert!(!covers(
            &area,
            &locality(10.5, 11.5, Some("21201"), Some("24510"))
        ));
        assert!(!covers(
            &ServiceArea::default(),
            &locality(10.5, 10.5, Some("21202"), None)
        ));
    }

    #[test]
    fn a_concave_polygon_excludes_its_notch() {
        // A "U": the notch between the arms is outside.
        let u = [
            [0.0, 0.0],
            [0.0, 3.0],
            [3.0, 3.0],
            [3.0, 2.0],
            [1.0, 2.0],
            [1.0, 1.0],
            [3.0, 1.0],
            [3.0, 0.0],
        ];
        assert!(polygon_contains(&u, Point::new(0.5, 1.5).unwrap()));
        assert!(!polygon_contains(&u, Point::new(2.0, 1.5).unwrap()));
        assert!(polygon_contains(&u, Point::new(2.0, 0.5).unwrap()));
        assert_eq!(polygon_bounds(&u), Some([0.0, 3.0, 0.0, 3.0]));
    }
}
