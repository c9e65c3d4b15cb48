//! IANA time zones for opening hours: the time-zone database jiff bundles,
//! seen through chrono's [`TimeZone`] trait, because the `opening-hours`
//! crate evaluates hours in chrono types.
//!
//! Why not chrono-tz, which did this before: it compiles every zone's
//! transitions into tables of pointers, which made up about a megabyte of
//! the shipped library; jiff (already linked for pack dates) keeps the same
//! IANA data as one compact embedded file of about 200 KB.
//!
//! The bundled copy is used even where the system has its own database, so
//! "open now" answers the same on every phone and in tests, as with
//! chrono-tz; like chrono-tz's, it is as fresh as the build.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, OnceLock, PoisonError};

use chrono::{
    Datelike, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone,
    Timelike,
};
use jiff::tz::{AmbiguousOffset, TimeZoneDatabase};

/// An IANA time zone such as `America/New_York`, usable wherever chrono
/// takes a [`TimeZone`]. `Copy`, as chrono-tz's zones were, so a
/// `DateTime<Zone>` is too: each zone is loaded once and kept for the life
/// of the process (at most the few hundred zones the database names).
#[derive(Clone, Copy)]
pub struct Zone(&'static jiff::tz::TimeZone);

impl Zone {
    /// The zone named `name` exactly as the IANA database spells it
    /// (`America/New_York`, or a backward-compatible link such as
    /// `US/Eastern`); `None` for any other text, including another spelling
    /// of a real name (`america/new_york`).
    pub fn named(name: &str) -> Option<Zone> {
        static BUNDLED: OnceLock<TimeZoneDatabase> = OnceLock::new();
        static LOADED: Mutex<Option<HashMap<String, &'static jiff::tz::TimeZone>>> =
            Mutex::new(None);
        let mut loaded = LOADED.lock().unwrap_or_else(PoisonError::into_inner);
        let loaded = loaded.get_or_insert_with(HashMap::new);
        if let Some(zone) = loaded.get(name) {
            return Some(Zone(zone));
        }
        let zone = BUNDLED
            .get_or_init(TimeZoneDatabase::bundled)
            .get(name)
            .ok()?;
        // The database looks names up without regard to case; content must
        // spell them exactly (so only real names are ever kept).
        if zone.iana_name() != Some(name) {
            return None;
        }
        let zone: &'static jiff::tz::TimeZone = Box::leak(Box::new(zone));
        loaded.insert(name.to_string(), zone);
        Some(Zone(zone))
    }

    /// The zone's IANA name.
    pub fn name(&self) -> &str {
        self.0.iana_name().unwrap_or("UTC")
    }

    /// The offset from UTC in force at the instant `utc`.
    fn offset_at(&self, utc: &NaiveDateTime) -> ZoneOffset {
        let utc = utc.and_utc();
        let (min, max) = (
            jiff::Timestamp::MIN.as_second(),
            jiff::Timestamp::MAX.as_second(),
        );
        // Outside jiff's years (±9999), the offset at the nearest instant it
        // has (opening hours never look that far; this only must not fail).
        let seconds = utc.timestamp().clamp(min, max);
        let instant = jiff::Timestamp::from_second(seconds).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        self.offset(self.0.to_offset(instant))
    }

    /// `offset` as chrono's offset of this zone.
    fn offset(&self, offset: jiff::tz::Offset) -> ZoneOffset {
        ZoneOffset {
            zone: *self,
            // Every real zone is within a day of UTC; jiff allows ±26 hours.
            fixed: FixedOffset::east_opt(offset.seconds())
                .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero is an offset")),
        }
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.0 == other.0
    }
}

impl Eq for Zone {}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The offset of a [`Zone`] at some instant (what chrono keeps in a
/// `DateTime<Zone>`); shown as `±HH:MM`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ZoneOffset {
    zone: Zone,
    fixed: FixedOffset,
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Debug for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({:?})", self.fixed, self.zone)
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset> {
        // As chrono-tz: the day's offset is only defined when its first and
        // last second agree.
        let first = self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN));
        let last = self.offset_from_local_datetime(
            &local.and_hms_opt(23, 59, 59).expect("23:59:59 is a time"),
        );
        match (first, last) {
            (MappedLocalTime::Single(a), MappedLocalTime::Single(b)) if a == b => {
                MappedLocalTime::Single(a)
            }
            _ => MappedLocalTime::None,
        }
    }

    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
        match self.0.to_ambiguous_timestamp(civil(local)).offset() {
            AmbiguousOffset::Unambiguous { offset } => MappedLocalTime::Single(self.offset(offset)),
            // Skipped by a change of the clocks (spring forward).
            AmbiguousOffset::Gap { .. } => MappedLocalTime::None,
            // Repeated (fall back): the earlier instant has the offset before.
            AmbiguousOffset::Fold { before, after } => {
                MappedLocalTime::Ambiguous(self.offset(before), self.offset(after))
            }
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_at(&utc.and_time(NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        self.offset_at(utc)
    }
}

/// `local` as a jiff civil date-time, held to jiff's years (±9999: beyond
/// them only the zone's last rule applies anyway) and to whole nanoseconds
/// below a second (chrono marks a leap second with more).
fn civil(local: &NaiveDateTime) -> jiff::civil::DateTime {
    let year = local.year().clamp(-9999, 9999);
    if year != local.year() {
        return if year > 0 {
            jiff::civil::DateTime::MAX
        } else {
            jiff::civil::DateTime::MIN
        };
    }
    // Every field is in range by construction of a NaiveDateTime.
    jiff::civil::DateTime::new(
        year as i16,
        local.month() as i8,
        local.day() as i8,
        local.hour() as i8,
        local.minute() as i8,
        local.second() as i8,
        local.nanosecond().min(999_999_999) as i32,
    )
    .unwrap_or(jiff::civil::DateTime::MIN)
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    use super::*;

    fn ny() -> Zone {
        Zone::named("America/New_York").unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn names_are_exact_iana_names_or_links() {
        assert_eq!(ny().name(), "America/New_York");
        assert!(Zone::named("US/Eastern").is_some());
        assert!(Zone::named("Pacific/Honolulu").is_some());
        assert!(Zone::named("america/new_york").is_none());
        assert!(Zone::named("America/Baltimore").is_none());
        assert!(Zone::named("").is_none());
    }

    #[test]
    fn utc_instants_take_the_offset_in_force() {
        // New York: EST (-5) in winter, EDT (-4) in summer; the 2026 changes
        // are 2026-03-08 07:00 UTC and 2026-11-01 06:00 UTC.
        let offset = |at: &str| {
            utc(at)
                .with_timezone(&ny())
                .offset()
                .fix()
                .local_minus_utc()
        };
        assert_eq!(offset("2026-01-15T12:00:00Z"), -5 * 3600);
        assert_eq!(offset("2026-03-08T06:59:59Z"), -5 * 3600);
        assert_eq!(offset("2026-03-08T07:00:00Z"), -4 * 3600);
        assert_eq!(offset("2026-11-01T05:59:59Z"), -4 * 3600);
        assert_eq!(offset("2026-11-01T06:00:00Z"), -5 * 3600);
        // Past jiff's years, the offset at its last instant (a December) answers.
        let far = NaiveDate::from_ymd_opt(20_000, 7, 1)
            .unwrap()
            .and_time(NaiveTime::MIN);
        assert_eq!(
            ny().offset_from_utc_datetime(&far).fix().local_minus_utc(),
            -5 * 3600
        );
    }

    #[test]
    fn skipped_and_repeated_local_times() {
        let local = |text: &str| ny().from_local_datetime(&text.parse::<NaiveDateTime>().unwrap());
        // 02:30 on 2026-03-08 never happened in New York.
        assert_eq!(local("2026-03-08T02:30:00"), MappedLocalTime::None);
        // 01:30 on 2026-11-01 happened twice: EDT first, then EST.
        match local("2026-11-01T01:30:00") {
            MappedLocalTime::Ambiguous(first, second) => {
                assert_eq!(first.with_timezone(&Utc), utc("2026-11-01T05:30:00Z"));
                assert_eq!(second.with_timezone(&Utc), utc("2026-11-01T06:30:00Z"));
            }
            other => panic!("{other:?}"),
        }
        let noon = local("2026-07-04T12:00:00").single().unwrap();
        assert_eq!(noon.with_timezone(&Utc), utc("2026-07-04T16:00:00Z"));
        assert_eq!(noon.to_rfc3339(), "2026-07-04T12:00:00-04:00");
        assert_eq!(noon.format("%a %H:%M").to_string(), "Sat 12:00");
        // A zone without daylight saving time.
        let honolulu = Zone::named("Pacific/Honolulu").unwrap();
        let july = honolulu
            .with_ymd_and_hms(2026, 7, 4, 12, 0, 0)
            .single()
            .unwrap();
        assert_eq!(july.with_timezone(&Utc), utc("2026-07-04T22:00:00Z"));
    }

    #[test]
    fn a_local_date_has_an_offset_only_when_the_day_has_one() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(matches!(
            ny().offset_from_local_date(&date(2026, 7, 4)),
            MappedLocalTime::Single(_)
        ));
        assert_eq!(
            ny().offset_from_local_date(&date(2026, 3, 8)),
            MappedLocalTime::None
        );
    }
}
