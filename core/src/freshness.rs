//! How fresh a record's facts are: records on fast-changing topics (DACA,
//! TPS, enforcement) carry an `expires_on` at most [`FAST_CHANGING_DAYS`]
//! after `verified_on`, and every view of them says "last checked on …,
//! check current status" (the `record-check-status` UI string).

/// A record due for re-checking within this many days of being checked is
/// on a fast-changing topic.
pub const FAST_CHANGING_DAYS: i32 = 90;

/// Whether a record checked on `verified_on` and due again on `expires_on`
/// (ISO 8601 dates) is on a fast-changing topic. A missing or unreadable
/// date says nothing: `false`.
pub fn changes_fast(verified_on: &str, expires_on: Option<&str>) -> bool {
    let (Ok(verified), Some(Ok(expires))) = (
        verified_on.parse::<jiff::civil::Date>(),
        expires_on.map(str::parse::<jiff::civil::Date>),
    ) else {
        return false;
    };
    verified
        .checked_add(jiff::Span::new().days(i64::from(FAST_CHANGING_DAYS)))
        .is_ok_and(|limit| expires <= limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ninety_days_or_less_is_fast_changing() {
        assert!(changes_fast("2026-12-06", Some("2027-03-06")));
        assert!(changes_fast("2026-12-06", Some("2026-12-07")));
        assert!(!changes_fast("2026-12-06", Some("2027-03-07")));
        assert!(!changes_fast("2026-12-06", Some("2027-12-06")));
        assert!(!changes_fast("2026-12-06", None));
        assert!(!changes_fast("not a date", Some("2026-12-07")));
    }
}
