//! The one clock: what time the guide thinks it is. Real in production,
//! fixed in tests; given when the guide is opened ([`crate::GuideOptions`])
//! and read nowhere else — every function below the facade takes the
//! instant it needs as an argument. (`tests/run.sh` checks that no other
//! source file reads the system time.)

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Clock {
    fixed: Option<jiff::Timestamp>,
}

impl Clock {
    /// The device's clock.
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// A clock stopped at `at` (tests, reproducible tools).
    pub fn fixed(at: jiff::Timestamp) -> Clock {
        Clock { fixed: Some(at) }
    }

    /// Now, by this clock.
    pub fn now(&self) -> jiff::Timestamp {
        self.fixed.unwrap_or_else(jiff::Timestamp::now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_stands_still_and_the_system_clock_moves_on() {
        let at: jiff::Timestamp = "2026-12-06T12:00:00Z".parse().unwrap();
        assert_eq!(Clock::fixed(at).now(), at);
        assert_eq!(Clock::fixed(at).now(), Clock::fixed(at).now());
        assert!(Clock::system().now() > "2020-01-01T00:00:00Z".parse().unwrap());
        assert_eq!(Clock::default(), Clock::system());
    }
}
