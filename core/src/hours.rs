//! Opening hours: is a listing open now, when does it open or close, does it
//! close soon — always in the listing's own time zone, with US public
//! holidays known.
//!
//! Hours are written in OpenStreetMap's `opening_hours` syntax
//! (<https://wiki.openstreetmap.org/wiki/Key:opening_hours>), parsed and
//! evaluated by the `opening-hours` crate: `Mo-Fr 09:00-17:00; PH off`,
//! overnight spans such as `Fr 20:00-02:00`, and dated exceptions such as
//! `Dec 24 off` or `2026 Nov 27 10:00-14:00`. `PH` means the public holidays
//! of the listing's country (the crate's embedded Nager.Date calendar).
//!
//! The core keeps time in `jiff`; the `opening-hours` crate works in
//! `chrono`. This module and [`crate::zone`] (chrono's `TimeZone` over jiff's
//! bundled IANA database) are the one place the two meet: an [`Instant`]
//! goes in as either, and nothing outside reads chrono.

use std::str::FromStr;

use chrono::{DateTime, TimeDelta, Utc};
use opening_hours::RuleKind;
use opening_hours::localization::{Country, TzLocation};
use opening_hours::{Context, OpeningHours};

use crate::model::ListingDetails;
use crate::zone::Zone;

/// An instant, as either date-time library holds it (the core passes
/// `jiff::Timestamp`; `chrono` is what `opening-hours` evaluates in).
pub trait Instant: Copy {
    /// The same instant in chrono's UTC.
    fn to_chrono(self) -> DateTime<Utc>;
}

impl Instant for jiff::Timestamp {
    fn to_chrono(self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.as_second(), self.subsec_nanosecond().unsigned_abs())
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }
}

impl Instant for DateTime<Utc> {
    fn to_chrono(self) -> DateTime<Utc> {
        self
    }
}

/// "Closes soon" means within this many minutes.
pub const CLOSES_SOON_MINUTES: i64 = 60;

/// Why a listing's hours cannot be evaluated (for content checks; at query
/// time a listing with bad hours is shown with its open state unknown).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    /// The expression is not valid `opening_hours` syntax.
    #[error("opening_hours is not valid OpenStreetMap syntax: {0}")]
    Syntax(String),
    /// The time zone is not an IANA zone this build knows.
    #[error("time_zone `{0}` is not a known IANA time zone")]
    TimeZone(String),
    /// The country has no holiday calendar for `PH`.
    #[error("country `{0}` is not an ISO 3166 code with a holiday calendar")]
    Country(String),
}

/// Whether a place is open at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum OpenState {
    /// Open.
    Open,
    /// Closed.
    Closed,
    /// The hours say "unknown" (or "by appointment") for this time.
    Unknown,
}

/// What the hours say at one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursStatus {
    /// Open, closed or unknown now.
    pub state: OpenState,
    /// When the state next changes (opens if closed, closes if open), in the
    /// listing's time zone; `None` when it never changes again.
    pub next_change: Option<DateTime<Zone>>,
    /// Open now and closing within [`CLOSES_SOON_MINUTES`].
    pub closes_soon: bool,
    /// The comment the hours attach to this time (e.g. `"by appointment"`).
    pub comment: Option<String>,
}

impl HoursStatus {
    /// `Some(true)` open, `Some(false)` closed, `None` unknown.
    pub fn open_now(&self) -> Option<bool> {
        match self.state {
            OpenState::Open => Some(true),
            OpenState::Closed => Some(false),
            OpenState::Unknown => None,
        }
    }

    /// When the state next changes, in the listing's time zone, as its
    /// weekday (0 = Monday … 6 = Sunday) and `HH:MM`: what a label in any
    /// language needs, without the caller reading chrono.
    pub fn next_change_local(&self) -> Option<(usize, String)> {
        use chrono::Datelike;
        self.next_change.map(|at| {
            (
                at.weekday().num_days_from_monday() as usize,
                at.format("%H:%M").to_string(),
            )
        })
    }
}

/// A listing's parsed hours, bound to its time zone and holidays.
#[derive(Debug, Clone)]
pub struct Hours {
    hours: OpeningHours<TzLocation<Zone>>,
    zone: Zone,
}

impl Hours {
    /// Parses `expression` for a place in `time_zone` (IANA) and `country`
    /// (ISO 3166-1 alpha-2, for `PH`; `US` when `None`).
    pub fn parse(
        expression: &str,
        time_zone: &str,
        country: Option<&str>,
    ) -> Result<Hours, HoursError> {
        let zone =
            Zone::named(time_zone).ok_or_else(|| HoursError::TimeZone(time_zone.to_string()))?;
        let country_code = country.unwrap_or("US");
        let country = Country::from_str(country_code)
            .map_err(|_| HoursError::Country(country_code.to_string()))?;
        let hours = OpeningHours::from_str(expression)
            .map_err(|err| HoursError::Syntax(err.to_string()))?
            .with_context(
                Context::default()
                    .with_holidays(country.holidays())
                    .with_locale(TzLocation::new(zone)),
            );
        Ok(Hours { hours, zone })
    }

    /// The hours of `listing`, `None` when it has none; an error when they
    /// do not parse (a content mistake).
    pub fn of(listing: &ListingDetails) -> Option<Result<Hours, HoursError>> {
        let expression = listing.opening_hours.as_deref()?;
        let zone = listing.time_zone.as_deref().unwrap_or("");
        Some(Hours::parse(expression, zone, listing.country.as_deref()))
    }

    /// What the hours say at `now`.
    pub fn status(&self, now: impl Instant) -> HoursStatus {
        let local = now.to_chrono().with_timezone(&self.zone);
        let (kind, comment) = self.hours.state(local);
        let state = match kind {
            RuleKind::Open => OpenState::Open,
            RuleKind::Closed => OpenState::Closed,
            RuleKind::Unknown => OpenState::Unknown,
        };
        let next_change = self.hours.next_change(local);
        let closes_soon = state == OpenState::Open
            && next_change.is_some_and(|at| {
                at.signed_duration_since(local) <= TimeDelta::minutes(CLOSES_SOON_MINUTES)
            });
        HoursStatus {
            state,
            next_change,
            closes_soon,
            comment: (!comment.is_empty()).then(|| comment.to_string()),
        }
    }
}

/// The status of `listing` at `now`: `None` when it has no hours or its
/// hours do not parse (shown as "hours unknown", never as closed).
pub fn status_of(listing: &ListingDetails, now: impl Instant) -> Option<HoursStatus> {
    Hours::of(listing)?.ok().map(|hours| hours.status(now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// An instant given as a wall-clock time in `zone`.
    fn at(zone: Zone, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        zone.with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .expect("an unambiguous local time")
            .with_timezone(&Utc)
    }

    fn hours(expression: &str, zone: &str) -> Hours {
        Hours::parse(expression, zone, Some("US")).unwrap()
    }

    fn zone(name: &str) -> Zone {
        Zone::named(name).unwrap()
    }

    #[test]
    fn weekday_hours_in_the_listings_time_zone() {
        let h = hours("Mo-Fr 09:00-17:00", "America/Los_Angeles");
        // Tuesday 2026-03-03, 09:30 in Los Angeles is 12:30 in New York.
        let status = h.status(at(zone("America/Los_Angeles"), 2026, 3, 3, 9, 30));
        assert_eq!(status.state, OpenState::Open);
        assert!(!status.closes_soon);
        assert_eq!(
            status.next_change.unwrap().naive_local().to_string(),
            "2026-03-03 17:00:00"
        );
        // 08:30 in Los Angeles: closed, though it is 11:30 in New York.
        assert_eq!(
            h.status(at(zone("America/Los_Angeles"), 2026, 3, 3, 8, 30))
                .state,
            OpenState::Closed
        );
        // Saturday: closed, opens Monday 09:00 local.
        let saturday = h.status(at(zone("America/Los_Angeles"), 2026, 3, 7, 12, 0));
        assert_eq!(saturday.state, OpenState::Closed);
        assert_eq!(
            saturday.next_change.unwrap().naive_local().to_string(),
            "2026-03-09 09:00:00"
        );
    }

    #[test]
    fn closes_soon_within_the_hour() {
        let h = hours("Mo-Fr 09:00-17:00", "America/New_York");
        assert!(
            h.status(at(zone("America/New_York"), 2026, 3, 3, 16, 15))
                .closes_soon
        );
        assert!(
            !h.status(at(zone("America/New_York"), 2026, 3, 3, 15, 59))
                .closes_soon
        );
    }

    #[test]
    fn across_the_spring_dst_change() {
        // US DST began Sunday 2026-03-08 at 02:00 EST -> 03:00 EDT.
        let h = hours("Mo-Fr 09:00-17:00", "America/New_York");
        // Friday 2026-03-06 10:00 EST = 15:00 UTC; Monday 2026-03-09 10:00 EDT = 14:00 UTC.
        let friday = Utc.with_ymd_and_hms(2026, 3, 6, 15, 0, 0).unwrap();
        let monday = Utc.with_ymd_and_hms(2026, 3, 9, 14, 0, 0).unwrap();
        assert_eq!(h.status(friday).state, OpenState::Open);
        assert_eq!(h.status(monday).state, OpenState::Open);
        // Monday 08:30 EDT = 12:30 UTC is before opening; in EST that UTC
        // instant would have been 07:30 — closed either way, but 13:30 UTC
        // (09:30 EDT, 08:30 EST) tells the offsets apart: open.
        assert_eq!(
            h.status(Utc.with_ymd_and_hms(2026, 3, 9, 13, 30, 0).unwrap())
                .state,
            OpenState::Open
        );
        // Friday 17:30 EST: closed; it reopens Monday 09:00 EDT = 13:00 UTC,
        // a 63.5-hour wait (one hour lost to the clock change).
        let closed = h.status(Utc.with_ymd_and_hms(2026, 3, 6, 22, 30, 0).unwrap());
        assert_eq!(closed.state, OpenState::Closed);
        let reopens = closed.next_change.unwrap();
        assert_eq!(
            reopens.with_timezone(&Utc),
            Utc.with_ymd_and_hms(2026, 3, 9, 13, 0, 0).unwrap()
        );
    }

    #[test]
    fn across_the_fall_dst_change() {
        // US DST ended Sunday 2026-11-01 at 02:00 EDT -> 01:00 EST; a Sunday
        // night shift 00:00-04:00 spans the repeated hour.
        let h = hours("Su 00:00-04:00", "America/New_York");
        // 01:30 EDT (05:30 UTC) and 01:30 EST (06:30 UTC) are both open.
        assert_eq!(
            h.status(Utc.with_ymd_and_hms(2026, 11, 1, 5, 30, 0).unwrap())
                .state,
            OpenState::Open
        );
        assert_eq!(
            h.status(Utc.with_ymd_and_hms(2026, 11, 1, 6, 30, 0).unwrap())
                .state,
            OpenState::Open
        );
        // 04:00 EST = 09:00 UTC: closed.
        assert_eq!(
            h.status(Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap())
                .state,
            OpenState::Closed
        );
    }

    #[test]
    fn overnight_hours_run_past_midnight() {
        let h = hours("Fr 20:00-02:00", "America/Chicago");
        let chicago = || zone("America/Chicago");
        // Friday 2026-03-06 23:00 and Saturday 01:30: open; Saturday 02:30 closed.
        assert_eq!(
            h.status(at(chicago(), 2026, 3, 6, 23, 0)).state,
            OpenState::Open
        );
        let late = h.status(at(chicago(), 2026, 3, 7, 1, 30));
        assert_eq!(late.state, OpenState::Open);
        assert!(late.closes_soon);
        assert_eq!(
            h.status(at(chicago(), 2026, 3, 7, 2, 30)).state,
            OpenState::Closed
        );
        // Thursday night is not Friday night.
        assert_eq!(
            h.status(at(chicago(), 2026, 3, 6, 1, 0)).state,
            OpenState::Closed
        );
    }

    #[test]
    fn public_holidays_and_dated_exceptions_close() {
        let h = hours("Mo-Fr 09:00-17:00; PH off; Dec 24 off", "America/New_York");
        // Thursday 2026-11-26 is Thanksgiving, a US federal holiday.
        assert_eq!(
            h.status(at(zone("America/New_York"), 2026, 11, 26, 10, 0))
                .state,
            OpenState::Closed
        );
        // The Wednesday before is an ordinary day.
        assert_eq!(
            h.status(at(zone("America/New_York"), 2026, 11, 25, 10, 0))
                .state,
            OpenState::Open
        );
        // Thursday 2026-12-24 is closed by the listing's own exception.
        assert_eq!(
            h.status(at(zone("America/New_York"), 2026, 12, 24, 10, 0))
                .state,
            OpenState::Closed
        );
        // Without `PH off`, Thanksgiving is an ordinary Thursday.
        let open = hours("Mo-Fr 09:00-17:00", "America/New_York");
        assert_eq!(
            open.status(at(zone("America/New_York"), 2026, 11, 26, 10, 0))
                .state,
            OpenState::Open
        );
    }

    #[test]
    fn unknown_and_commented_hours_are_not_closed() {
        let h = hours(
            "Mo-Fr 09:00-17:00; Sa 10:00-12:00 unknown \"by appointment\"",
            "America/New_York",
        );
        let status = h.status(at(zone("America/New_York"), 2026, 3, 7, 11, 0));
        assert_eq!(status.state, OpenState::Unknown);
        assert_eq!(status.open_now(), None);
        assert_eq!(status.comment.as_deref(), Some("by appointment"));
    }

    #[test]
    fn bad_hours_zones_and_countries_are_typed_errors() {
        assert!(matches!(
            Hours::parse("Mo-Fr 9 to 5", "America/New_York", None),
            Err(HoursError::Syntax(_))
        ));
        assert_eq!(
            Hours::parse("24/7", "America/Baltimore", None).unwrap_err(),
            HoursError::TimeZone("America/Baltimore".into())
        );
        assert!(matches!(
            Hours::parse("24/7", "America/New_York", Some("XX")),
            Err(HoursError::Country(_))
        ));
        let listing = ListingDetails {
            opening_hours: Some("nonsense".into()),
            time_zone: Some("America/New_York".into()),
            ..Default::default()
        };
        assert_eq!(status_of(&listing, Utc::now()), None);
        assert_eq!(status_of(&ListingDetails::default(), Utc::now()), None);
    }
}
