//! The words `guide` prints around the content, in the person's language:
//! the apps' Fluent UI strings (compiled into the core), the taxonomy's
//! names for categories, and the vocabulary's labels. Terminal text carries
//! no bidi controls (terminals mishandle them) and no Markdown markup.

use guide_core::directory::ListingStatus;
use guide_core::geo::{Locality, Precision};
use guide_core::i18n::bidi;
use guide_core::i18n::{UiArg, UiStrings};
use guide_core::model::Vocabulary;

/// The UI strings for one person's language.
pub struct Words {
    strings: UiStrings,
    lang: String,
}

impl Words {
    /// The words for `lang` (negotiated as the apps do, ending in English).
    pub fn new(lang: &str) -> Words {
        Words {
            strings: UiStrings::new(&[lang]),
            lang: lang.to_string(),
        }
    }

    /// The message `key` with no variables.
    pub fn t(&self, key: &str) -> String {
        self.f(key, &[])
    }

    /// The message `key` with text variables.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, UiArg)> = args
            .iter()
            .map(|(name, value)| (*name, UiArg::Text(value.to_string())))
            .collect();
        self.strings
            .format(key, &args)
            .map(|text| bidi::strip_controls(&text))
            .unwrap_or_else(|| key.to_string())
    }

    /// "(Shown in English)" for a text in `lang`.
    pub fn shown_in(&self, lang: &str) -> String {
        bidi::strip_controls(&self.strings.shown_in(lang))
    }

    /// The category's name in the person's language (the taxonomy's).
    pub fn category(&self, key: &str) -> String {
        let Some(term) = guide_core::taxonomy().categories.get(key) else {
            return key.to_string();
        };
        let chain = guide_core::i18n::language_chain(std::slice::from_ref(&self.lang), "en");
        guide_core::i18n::pick(&chain, term.names.keys())
            .and_then(|lang| term.names.get(lang))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// The topic's name in the person's language (the taxonomy's).
    pub fn topic(&self, key: &str) -> String {
        let Some(term) = guide_core::taxonomy().topics.get(key) else {
            return key.to_string();
        };
        let chain = guide_core::i18n::language_chain(std::slice::from_ref(&self.lang), "en");
        guide_core::i18n::pick(&chain, term.names.keys())
            .and_then(|lang| term.names.get(lang))
            .cloned()
            .unwrap_or_else(|| key.to_string())
    }

    /// The name of the language `tag` in the person's language.
    pub fn language_name(&self, tag: &str) -> String {
        bidi::strip_controls(&self.strings.language_name(tag))
    }

    /// The label of a vocabulary value: the message `<prefix>-<name>`.
    pub fn value<T: Vocabulary>(&self, prefix: &str, value: T) -> String {
        self.t(&format!("{prefix}-{}", value.as_str()))
    }

    /// Labels of several vocabulary values, comma-separated.
    pub fn values<T: Vocabulary>(&self, prefix: &str, values: &[T]) -> String {
        values
            .iter()
            .map(|v| self.value(prefix, *v))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// "2.4 km" to an exact point; "about 3 km (ZIP area)" to an area's
    /// centre, in whole kilometres (at least 1): a tenth of a kilometre to
    /// a centroid would claim a precision the point does not have.
    pub fn distance(&self, km: f64, precision: Option<Precision>) -> String {
        match precision {
            Some(Precision::Exact) | None => {
                let shown = if km < 10.0 {
                    format!("{km:.1}")
                } else {
                    format!("{km:.0}")
                };
                self.f("distance-km", &[("distance", &shown)])
            }
            Some(approximate) => {
                let shown = format!("{:.0}", km.max(1.0));
                let area = self.t(&format!("precision-{}", approximate.as_str()));
                self.f(
                    "distance-about-km",
                    &[("distance", &shown), ("area", &area)],
                )
            }
        }
    }

    /// The place searched from, as people name it.
    pub fn place(&self, place: &Locality) -> String {
        if let Some(city) = &place.city {
            return city.clone();
        }
        if let Some(zip) = &place.zip {
            return self.f("place-zip", &[("zip", zip)]);
        }
        format!("{:.4}, {:.4}", place.point.lat(), place.point.lon())
    }

    /// "2.4 km · serves your area · open now, until Tue 17:00".
    pub fn status_line(&self, status: &ListingStatus) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(km) = status.distance_km {
            parts.push(self.distance(km, status.precision));
        }
        if status.serves_area {
            parts.push(self.t("serves-your-area"));
        }
        if let Some(hours) = &status.hours {
            let next = hours.next_change_local().map(|(weekday, time)| {
                let day = ["mo", "tu", "we", "th", "fr", "sa", "su"][weekday];
                format!("{} {time}", self.t(&format!("day-{day}")))
            });
            parts.push(match (hours.open_now(), hours.closes_soon, next) {
                (Some(true), true, Some(at)) => self.f("hours-open-closes-soon", &[("time", &at)]),
                (Some(true), _, Some(at)) => self.f("hours-open-until", &[("time", &at)]),
                (Some(true), _, None) => self.t("hours-open"),
                (Some(false), _, Some(at)) => self.f("hours-closed-opens", &[("time", &at)]),
                (Some(false), _, None) => self.t("hours-closed"),
                (None, _, _) => self.t("hours-unknown"),
            });
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}
