//! [`Filters`]: what a person can ask of a listing besides words and place.
//! The same filters narrow text search (`Guide::search`) and `nearby`.
//!
//! Two ways to apply them, with the same answers: [`Filters::accepts`] on a
//! decoded record, and `FilterSql` plus `OpenCheck` on the listing's row of
//! `listing_facts` (see `directory::index`), which is what queries use so
//! they never decode a record only to drop it (`accepts_rowid` for one row).

use std::collections::HashMap;

use rusqlite::OptionalExtension;
use rusqlite::types::Value;

use crate::hours::{self, Hours, OpenState};
use crate::i18n;
use crate::model::{
    AcceptedId, Access, AccountFeature, Accreditation, CaseType, Cost, Details, ListingDetails,
    Record, Vocabulary,
};
use crate::store::Store;
use crate::store::error::{Result, StorageContext};

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
    pub open_at: Option<jiff::Timestamp>,
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

/// The part of [`Filters`] SQL checks on a `listing_facts` row aliased `f`:
/// every filter but "open now", of which it keeps only "has hours" (the
/// hours themselves are evaluated by [`OpenCheck`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FilterSql {
    /// A condition over `f` (`1` when nothing is filtered), with `?`
    /// placeholders for [`FilterSql::params`].
    pub(crate) condition: String,
    /// The condition's parameters, in placeholder order.
    pub(crate) params: Vec<Value>,
}

impl FilterSql {
    /// The condition for `filters`; see `directory::index::FACTS_SCHEMA`
    /// for how each column spells its values.
    pub(crate) fn new(filters: &Filters) -> FilterSql {
        let mut sql = FilterSql {
            condition: String::new(),
            params: Vec::new(),
        };
        if let Some(category) = &filters.category {
            sql.and("f.category = ?", [Value::Text(category.clone())]);
        }
        for wanted in &filters.languages_spoken {
            let pattern = format!("_{}_", i18n::base_language(wanted));
            sql.and("instr(f.languages, ?) > 0", [Value::Text(pattern)]);
        }
        if !filters.cost.is_empty() {
            let marks = vec!["?"; filters.cost.len()].join(", ");
            sql.and(
                &format!("f.cost IN ({marks})"),
                filters.cost.iter().map(|c| Value::Text(c.as_str().into())),
            );
        }
        sql.all("f.case_types", &filters.case_types);
        sql.any("f.accreditation", &filters.accreditation);
        sql.all("f.accepted_ids", &filters.accepted_ids);
        sql.all("f.account_features", &filters.account_features);
        if filters.wheelchair_access {
            sql.and("f.wheelchair = 1", []);
        }
        sql.all("f.access", &filters.access);
        if filters.open_at.is_some() {
            sql.and("f.opening_hours IS NOT NULL", []);
        }
        if sql.condition.is_empty() {
            sql.condition.push('1');
        }
        sql
    }

    /// Adds `condition AND` the rest.
    fn and(&mut self, condition: &str, params: impl IntoIterator<Item = Value>) {
        if !self.condition.is_empty() {
            self.condition.push_str(" AND ");
        }
        self.condition.push_str(condition);
        self.params.extend(params);
    }

    /// `column` holds every one of `wanted`.
    fn all<T: Vocabulary>(&mut self, column: &str, wanted: &[T]) {
        for value in wanted {
            self.and(&format!("instr({column}, ?) > 0"), [name_pattern(*value)]);
        }
    }

    /// `column` holds one of `wanted` (nothing wanted: no condition).
    fn any<T: Vocabulary>(&mut self, column: &str, wanted: &[T]) {
        if wanted.is_empty() {
            return;
        }
        let tests = vec![format!("instr({column}, ?) > 0"); wanted.len()].join(" OR ");
        self.and(
            &format!("({tests})"),
            wanted.iter().map(|value| name_pattern(*value)),
        );
    }
}

/// `' name '`, as a vocabulary value sits in a facts column.
fn name_pattern<T: Vocabulary>(value: T) -> Value {
    Value::Text(format!(" {} ", value.as_str()))
}

/// Evaluates the "open now" filter on the hours columns of facts rows, parsing
/// each distinct (hours, zone, country) once per query: a directory repeats
/// a handful of schedules across many listings.
#[derive(Debug)]
pub(crate) struct OpenCheck {
    at: Option<jiff::Timestamp>,
    seen: HashMap<(String, Option<String>, Option<String>), bool>,
}

impl OpenCheck {
    /// The check for `filters` (accepting everything when `open_at` is unset).
    pub(crate) fn new(filters: &Filters) -> OpenCheck {
        OpenCheck {
            at: filters.open_at,
            seen: HashMap::new(),
        }
    }

    /// Whether rows must be checked at all (else [`OpenCheck::accepts`] is
    /// always `true` and the hours columns need not be read).
    pub(crate) fn needed(&self) -> bool {
        self.at.is_some()
    }

    /// Whether hours, zone and country as stored say open at the filter's
    /// instant, as `hours::status_of` would on the listing.
    pub(crate) fn accepts(
        &mut self,
        hours: Option<String>,
        zone: Option<String>,
        country: Option<String>,
    ) -> bool {
        let Some(at) = self.at else {
            return true;
        };
        let Some(hours) = hours else {
            return false;
        };
        let key = (hours, zone, country);
        if let Some(open) = self.seen.get(&key) {
            return *open;
        }
        let open = Hours::parse(&key.0, key.1.as_deref().unwrap_or(""), key.2.as_deref())
            .is_ok_and(|parsed| parsed.status(at).state == OpenState::Open);
        self.seen.insert(key, open);
        open
    }
}

/// Whether the record stored at `rowid` passes `filters`, read from its facts
/// row without decoding the record: the answer [`Filters::accepts`] gives on
/// the decoded record (an article, having no facts row, passes only when
/// nothing is filtered). For text search's filter hook.
pub(crate) fn accepts_rowid(store: &Store, rowid: i64, filters: &Filters) -> Result<bool> {
    if filters.is_empty() {
        return Ok(true);
    }
    let sql = FilterSql::new(filters);
    let query = format!(
        "SELECT f.opening_hours, f.time_zone, f.country FROM listing_facts f
         WHERE f.record_rowid = ? AND {}",
        sql.condition
    );
    let mut params = vec![Value::Integer(rowid)];
    params.extend(sql.params);
    let row = store
        .conn()
        .prepare_cached(&query)
        .context("preparing a filter check")?
        .query_row(rusqlite::params_from_iter(params), |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()
        .context("checking a listing against filters")?;
    Ok(row.is_some_and(|(hours, zone, country)| {
        OpenCheck::new(filters).accepts(hours, zone, country)
    }))
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
    use crate::testing::StoreExt;

    /// A chrono instant (how these tests spell wall-clock times) as the
    /// core's jiff one.
    trait Jiff {
        fn jiff(self) -> jiff::Timestamp;
    }

    impl<Tz: chrono::TimeZone> Jiff for chrono::DateTime<Tz> {
        fn jiff(self) -> jiff::Timestamp {
            jiff::Timestamp::from_second(self.timestamp()).unwrap()
        }
    }

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
        let ny = crate::zone::Zone::named("America/New_York").unwrap();
        let tuesday_10 = ny.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap().jiff();
        let tuesday_20 = ny.with_ymd_and_hms(2026, 3, 3, 20, 0, 0).unwrap().jiff();
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
        let ny = crate::zone::Zone::named("America/New_York").unwrap();
        let filters = Filters {
            category: Some("legal-clinic".into()),
            languages_spoken: vec!["es".into()],
            cost: vec![Cost::Free],
            case_types: vec![CaseType::Daca],
            wheelchair_access: true,
            open_at: Some(ny.with_ymd_and_hms(2026, 3, 3, 10, 0, 0).unwrap().jiff()),
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

    /// The facts-table check must give `accepts`'s answer for every record
    /// and filter, including regional language tags, listings that state
    /// nothing, bad hours and articles.
    #[test]
    fn the_facts_table_check_agrees_with_accepts() {
        use std::collections::BTreeMap;

        use crate::model::{LocalizedText, PackContent, PackInfo, Translation};

        let record = |id: &str, details: Details| Record {
            id: id.into(),
            topics: vec![],
            texts: BTreeMap::from([(
                "en".to_string(),
                LocalizedText {
                    title: format!("Test fixture {id}"),
                    summary: "Synthetic test record; not content.".into(),
                    body: String::new(),
                    tags: vec![],
                    translation: Translation::Original,
                    reviewer: None,
                },
            )]),
            sources: vec![],
            verified_on: "2026-01-01".into(),
            expires_on: None,
            details,
        };
        let bad_hours = ListingDetails {
            opening_hours: Some("Mo-Fr 9 to 5".into()),
            time_zone: Some("America/New_York".into()),
            ..clinic()
        };
        let unknown_zone = ListingDetails {
            time_zone: Some("Mars/Olympus_Mons".into()),
            ..clinic()
        };
        let zh = ListingDetails {
            category: "hotline".into(),
            languages_spoken: vec!["zh_Hant_TW".into(), "ES-us".into()],
            cost: Some(Cost::SlidingScale),
            wheelchair_access: Some(false),
            opening_hours: Some("24/7".into()),
            time_zone: Some("Pacific/Auckland".into()),
            ..Default::default()
        };
        let records = vec![
            record("clinic", Details::Listing(clinic())),
            record("bank", Details::Listing(bank())),
            record("bad-hours", Details::Listing(bad_hours)),
            record("unknown-zone", Details::Listing(unknown_zone)),
            record("zh", Details::Listing(zh)),
            record("bare", Details::Listing(ListingDetails::default())),
            record("article", Details::Article(ArticleDetails::default())),
        ];
        let mut store = Store::open_in_memory().unwrap();
        store
            .install(&PackContent {
                info: PackInfo {
                    pack_id: "test-fixtures".into(),
                    publisher: "tests".into(),
                    version: 1,
                    source_language: "en".into(),
                    languages: vec!["en".into()],
                    area: None,
                    expires: None,
                },
                records: records.clone(),
            })
            .unwrap();
        let tuesday_10 = crate::zone::Zone::named("America/New_York")
            .unwrap()
            .with_ymd_and_hms(2026, 3, 3, 10, 0, 0)
            .unwrap()
            .jiff();
        let edits: Vec<fn(&mut Filters)> = vec![
            |_| {},
            |f| f.category = Some("legal-clinic".into()),
            |f| f.category = Some("hotline".into()),
            |f| f.languages_spoken = vec!["es".into()],
            |f| f.languages_spoken = vec!["zh-Hans".into(), "es-MX".into()],
            |f| f.languages_spoken = vec!["EN".into()],
            |f| f.cost = vec![Cost::Free],
            |f| f.cost = vec![Cost::SlidingScale, Cost::Low],
            |f| f.case_types = vec![CaseType::Asylum, CaseType::Daca],
            |f| f.case_types = vec![CaseType::Vawa],
            |f| f.accreditation = vec![Accreditation::Attorney],
            |f| {
                f.accreditation = vec![
                    Accreditation::Attorney,
                    Accreditation::DojRecognizedOrganization,
                ]
            },
            |f| f.accepted_ids = vec![AcceptedId::Itin, AcceptedId::MatriculaConsular],
            |f| f.account_features = vec![AccountFeature::NoOverdraftFees],
            |f| f.wheelchair_access = true,
            |f| f.access = vec![Access::WalkIn, Access::Appointment],
            |f| f.access = vec![Access::WalkIn],
        ];
        let rowids: Vec<(i64, String)> = store
            .conn()
            .prepare("SELECT rowid, id FROM records WHERE pack_id = 'test-fixtures'")
            .unwrap()
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(rowids.len(), records.len());
        let mut accepted = 0;
        for edit in &edits {
            for open_at in [None, Some(tuesday_10)] {
                let mut filters = Filters {
                    open_at,
                    ..Default::default()
                };
                edit(&mut filters);
                for (rowid, id) in &rowids {
                    let record = records.iter().find(|r| r.id == *id).unwrap();
                    let expected = filters.accepts(record);
                    assert_eq!(
                        accepts_rowid(&store, *rowid, &filters).unwrap(),
                        expected,
                        "{id} with {filters:?}"
                    );
                    accepted += usize::from(expected);
                }
            }
        }
        assert!(accepted > rowids.len() * 4, "{accepted}");
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
