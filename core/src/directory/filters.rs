//! [`Filters`]: what a person can ask of a listing besides words and place.
//! The same filters narrow text search (`Guide::search`) and `nearby`.

use chrono::{DateTime, Utc};

use crate::hours::{self, OpenState};
use crate::i18n;
use crate::model::{
    AcceptedId, Access, AccountFeature, Accreditation, CaseType, Cost, Details, ListingDetails,
    Record,
};

/// Listing filters; the default filters nothing. When any filter is set,
/// only listings can match (an article has no cost, hours or languages).
///
/// Within one filter: `cost` and `accreditation` accept any of their values
/// (a person asking for "free or sliding scale" takes either); every other
/// list requires all of its values (a clinic must take *both* asylum and
/// DACA cases when both are asked for). A listing that does not state a
/// field never passes a filter on it: unknown is not "yes".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Only this listing category (taxonomy key).
    pub category: Option<String>,
    /// Staff speak every one of these languages (base languages compared:
    /// `es` matches a listing that says `es-MX`).
    pub languages_spoken: Vec<String>,
    /// Costs any of these.
    pub cost: Vec<Cost>,
    /// Takes every one of these case types.
    pub case_types: Vec<CaseType>,
    /// Has any of these accreditations.
    pub accreditation: Vec<Accreditation>,
    /// Accepts every one of these IDs.
    pub accepted_ids: Vec<AcceptedId>,
    /// Offers every one of these account features.
    pub account_features: Vec<AccountFeature>,
    /// Only listings a source says are wheelchair accessible.
    pub wheelchair_access: bool,
    /// Sees people in every one of these ways (walk-in, appointment).
    pub access: Vec<Access>,
    /// Only listings whose hours say they are open at this instant.
    pub open_at: Option<DateTime<Utc>>,
}

impl Filters {
    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }

    /// Whether `record` passes: with no filter set every record does; with
    /// any set, only listings that pass each one.
    pub fn accepts(&self, record: &Record) -> bool {
        match &record.details {
            Details::Listing(listing) => self.accepts_listing(listing),
            Details::Article(_) => self.is_empty(),
        }
    }

    /// Whether `listing` passes every filter set.
    pub fn accepts_listing(&self, listing: &ListingDetails) -> bool {
        self.category
            .as_ref()
            .is_none_or(|c| *c == listing.category)
            && self.languages_spoken.iter().all(|wanted| {
                listing
                    .languages_spoken
                    .iter()
                    .any(|spoken| i18n::same_language(wanted, spoken))
            })
            && any(&self.cost, listing.cost.as_slice())
            && all(&self.case_types, &listing.case_types)
            && any(&self.accreditation, &listing.accreditation)
            && all(&self.accepted_ids, &listing.accepted_ids)
            && all(&self.account_features, &listing.account_features)
            && (!self.wheelchair_access || listing.wheelchair_access == Some(true))
            && all(&self.access, &listing.access)
            && self.open_at.is_none_or(|now| {
                hours::status_of(listing, now).is_some_and(|status| status.state == OpenState::Open)
            })
    }
}

/// Every wanted value is there.
fn all<T: PartialEq>(wanted: &[T], has: &[T]) -> bool {
    wanted.iter().all(|w| has.contains(w))
}

/// Nothing is wanted, or one of the wanted values is there.
fn any<T: PartialEq>(wanted: &[T], has: &[T]) -> bool {
    wanted.is_empty() || wanted.iter().any(|w| has.contains(w))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::model::ArticleDetails;

    /// Synthetic fixture listing (not content): a free Spanish-speaking clinic.
    fn clinic() -> ListingDetails {
        ListingDetails {
            category: "legal-clinic".into(),
            languages_spoken: vec!["en".into(), "es-MX".into()],
            cost: Some(Cost::Free),
            case_types: vec![CaseType::Asylum, CaseType::Daca],
            accreditation: vec![Accreditation::DojRecognizedOrganization],
            wheelchair_access: Some(true),
            access: vec![Access::WalkIn],
            opening_hours: Some("Mo-Fr 09:00-17:00".into()),
            time_zone: Some("America/New_York".into()),
            ..Default::default()
        }
    }

    /// Synthetic fixture listing (not content): a Bank On partner.
    fn bank() -> ListingDetails {
        ListingDetails {
            category: "bank-on-partner".into(),
            languages_spoken: vec!["en".into()],
            accepted_ids: vec![AcceptedId::Itin, AcceptedId::MatriculaConsular],
            account_features: vec![AccountFeature::NoOverdraftFees],
            access: vec![Access::WalkIn, Access::Appointment],
            ..Default::default()
        }
    }

    fn passes(filters: &Filters) -> (bool, bool) {
        (
            filters.accepts_listing(&clinic()),
            filters.accepts_listing(&bank()),
        )
    }

    #[test]
    fn no_filter_accepts_everything() {
        assert!(Filters::default().is_empty());
        assert_eq!(passes(&Filters::default()), (true, true));
    }

    #[test]
    fn each_filter_alone() {
        let f = |edit: fn(&mut Filters)| {
            let mut filters = Filters::default();
            edit(&mut filters);
            passes(&filters)
        };
        assert_eq!(
            f(|f| f.category = Some("legal-clinic".into())),
            (true, false)
        );
        assert_eq!(f(|f| f.languages_spoken = vec!["es".into()]), (true, false));
        assert_eq!(f(|f| f.languages_spoken = vec!["EN".into()]), (true, true));
        assert_eq!(f(|f| f.cost = vec![Cost::Free]), (true, false));
        assert_eq!(f(|f| f.cost = vec![Cost::SlidingScale]), (false, false));
        assert_eq!(
            f(|f| f.cost = vec![Cost::SlidingScale, Cost::Free]),
            (true, false)
        );
        assert_eq!(f(|f| f.case_types = vec![CaseType::Asylum]), (true, false));
        assert_eq!(
            f(|f| f.case_types = vec![CaseType::Asylum, CaseType::Vawa]),
            (false, false)
        );
        assert_eq!(
            f(|f| f.accreditation = vec![Accreditation::Attorney]),
            (false, false)
        );
        assert_eq!(
            f(|f| f.accreditation = vec![
                Accreditation::Attorney,
                Accreditation::DojRecognizedOrganization
            ]),
            (true, false)
        );
        assert_eq!(
            f(|f| f.accepted_ids = vec![AcceptedId::Itin]),
            (false, true)
        );
        assert_eq!(
            f(|f| f.accepted_ids = vec![AcceptedId::Itin, AcceptedId::MunicipalId]),
            (false, false)
        );
        assert_eq!(
            f(|f| f.account_features = vec![AccountFeature::NoOverdraftFees]),
            (false, true)
        );
        assert_eq!(f(|f| f.wheelchair_access = true), (true, false));
        assert_eq!(f(|f| f.access = vec![Access::WalkIn]), (true, true));
        assert_eq!(f(|f| f.access = vec![Access::Appointment]), (false, true));
    }

    #[test]
    fn open_at_uses_the_listings_hours_and_unknown_hours_never_pass() {
        let ny = chrono_tz::America::New_York;
        let tuesday_10 = ny
            .with_ymd_and_hms(2026, 3, 3, 10, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let tuesday_20 = ny
            .with_ymd_and_hms(2026, 3, 3, 20, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        let open = Filters {
            open_at: Some(tuesday_10),
            ..Default::default()
        };
        let closed = Filters {
            open_at: Some(tuesday_20),
            ..Default::default()
        };
        // The bank states no hours: it never passes "open now".
        assert_eq!(passes(&open), (true, false));
        assert_eq!(passes(&closed), (false, false));
    }

    #[test]
    fn filters_combine() {
        let ny = chrono_tz::America::New_York;
        let filters = Filters {
            category: Some("legal-clinic".into()),
            languages_spoken: vec!["es".into()],
            cost: vec![Cost::Free],
            case_types: vec![CaseType::Daca],
            wheelchair_access: true,
            open_at: Some(
                ny.with_ymd_and_hms(2026, 3, 3, 10, 0, 0)
                    .unwrap()
                    .with_timezone(&Utc),
            ),
            ..Default::default()
        };
        assert_eq!(passes(&filters), (true, false));
        // One failing filter among passing ones fails the whole.
        let with_vietnamese = Filters {
            languages_spoken: vec!["es".into(), "vi".into()],
            ..filters
        };
        assert_eq!(passes(&with_vietnamese), (false, false));
        let bank_filters = Filters {
            category: Some("bank-on-partner".into()),
            accepted_ids: vec![AcceptedId::MatriculaConsular],
            account_features: vec![AccountFeature::NoOverdraftFees],
            access: vec![Access::WalkIn],
            ..Default::default()
        };
        assert_eq!(passes(&bank_filters), (false, true));
    }

    #[test]
    fn articles_pass_only_when_nothing_is_filtered() {
        let article = Record {
            id: "a".into(),
            topics: vec![],
            texts: Default::default(),
            sources: vec![],
            verified_on: "2026-01-01".into(),
            expires_on: None,
            details: Details::Article(ArticleDetails::default()),
        };
        assert!(Filters::default().accepts(&article));
        assert!(
            !Filters {
                cost: vec![Cost::Free],
                ..Default::default()
            }
            .accepts(&article)
        );
    }
}
