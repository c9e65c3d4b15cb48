//! Synthetic records that say so in their source, never content.

use std::collections::BTreeMap;

use crate::model::{Details, LocalizedText, PackContent, PackInfo, Record, Source, Translation};

/// The source every fixture cites: it says the record is not content.
pub fn source() -> Source {
    Source {
        key: "fixture".into(),
        title: "Synthetic test fixture, not real content".into(),
        publisher: "tests".into(),
        url: None,
        published: None,
        checked_on: "2026-11-26".into(),
    }
}

/// A text in its original language, without tags.
pub fn text(title: &str, summary: &str, body: &str) -> LocalizedText {
    LocalizedText {
        title: title.into(),
        summary: summary.into(),
        body: body.into(),
        tags: vec![],
        translation: Translation::Original,
        reviewer: None,
    }
}

/// A record with `texts` (language, text), citing [`source`].
pub fn record(
    id: &str,
    topics: &[&str],
    texts: Vec<(&str, LocalizedText)>,
    details: Details,
) -> Record {
    Record {
        id: id.into(),
        topics: topics.iter().map(|t| t.to_string()).collect(),
        texts: texts
            .into_iter()
            .map(|(lang, text)| (lang.to_string(), text))
            .collect::<BTreeMap<_, _>>(),
        sources: vec![source()],
        verified_on: "2026-11-26".into(),
        expires_on: None,
        details,
    }
}

/// A record with one English text.
pub fn english_record(id: &str, topics: &[&str], text: LocalizedText, details: Details) -> Record {
    record(id, topics, vec![("en", text)], details)
}

/// A version-1 pack in English holding `records`.
pub fn english_pack(pack_id: &str, records: Vec<Record>) -> PackContent {
    PackContent {
        info: PackInfo {
            pack_id: pack_id.into(),
            publisher: "tests".into(),
            version: 1,
            source_language: "en".into(),
            languages: vec!["en".into()],
            area: None,
            expires: None,
        },
        records,
    }
}
