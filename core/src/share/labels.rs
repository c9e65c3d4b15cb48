//! The few words shared text needs around a record's own text, per language.
//! (The Fluent UI strings of the apps, when they land, should take these over.)

/// Labels for one language.
#[derive(Debug)]
pub struct Labels {
    /// The language tag.
    pub lang: &'static str,
    /// "Phone".
    pub phone: &'static str,
    /// "Address".
    pub address: &'static str,
    /// "Website".
    pub website: &'static str,
    /// "Hours".
    pub hours: &'static str,
    /// "Languages".
    pub languages: &'static str,
    /// "Verified" (before a date, short form).
    pub verified: &'static str,
    /// "Verified on" (before a date, long form).
    pub verified_on: &'static str,
    /// "Source".
    pub source: &'static str,
}

const EN: Labels = Labels {
    lang: "en",
    phone: "Phone",
    address: "Address",
    website: "Website",
    hours: "Hours",
    languages: "Languages",
    verified: "Verified",
    verified_on: "Verified on",
    source: "Source",
};

const ES: Labels = Labels {
    lang: "es",
    phone: "Teléfono",
    address: "Dirección",
    website: "Sitio web",
    hours: "Horario",
    languages: "Idiomas",
    verified: "Verificado",
    verified_on: "Verificado el",
    source: "Fuente",
};

const ALL: [&Labels; 2] = [&EN, &ES];

impl Labels {
    /// The labels of the first of `languages` that has them, else English.
    pub fn for_languages(languages: &[String]) -> &'static Labels {
        languages
            .iter()
            .find_map(|tag| {
                ALL.into_iter()
                    .find(|labels| crate::i18n::same_language(tag, labels.lang))
            })
            .unwrap_or(&EN)
    }
}
