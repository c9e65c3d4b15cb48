//! What a resident reads or passes on, for every record of the bundled pack
//! in every language it has (issue 12, item 5): no internal file path (a
//! repository path of a cited report, a source file's name), and no Markdown
//! markup left in text meant to be read as plain text (the reading text of
//! a body, shared text, SMS, contact cards), and no editor's provenance
//! note in the English text.

use guide_core::Guide;
use guide_core::markdown::to_reading_text;
use guide_core::share::ShareFormat;

/// Whether `word` is (part of) a web address, where paths are expected.
fn is_web_address(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || word.contains("www.")
}

/// Pieces of text that betray an internal path (web addresses aside).
fn path_problem(text: &str) -> Option<String> {
    const MARKERS: &[&str] = &[
        "shared/", "seeds/", "/work/", "content/", "core/", "file://", ".toml", ".ftl", ".rs ",
        ".rs)", ".txt", "\\\\",
    ];
    let text: String = text
        .split_whitespace()
        .filter(|word| !is_web_address(word))
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(marker) = MARKERS.iter().find(|m| text.contains(*m)) {
        return Some(format!("contains `{marker}`"));
    }
    // A relative path: word/word.ext
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| "()[]{}<>,;:\"'.".contains(c));
        let mut parts = word.rsplit('.');
        let (ext, stem) = (parts.next().unwrap_or(""), parts.next());
        if stem.is_some_and(|stem| stem.contains('/'))
            && matches!(
                ext,
                "md" | "txt" | "toml" | "json" | "pdf" | "csv" | "ftl" | "rs"
            )
        {
            return Some(format!("path-like word `{word}`"));
        }
    }
    None
}

/// Provenance wording meant for editors ("no page read gives the ZIP"): a
/// resident cannot act on it, so it lives in the source file's comments.
const EDITOR_NOTES: &[&str] = &[
    "page read",
    "pages read",
    "no source states",
    "we could not find",
];

#[test]
fn the_path_check_catches_what_it_should() {
    assert!(path_problem("Report (shared/seeds/002_ac0043ce9a6a67f7.txt)").is_some());
    assert!(path_problem("see docs/report.pdf for details").is_some());
    assert!(path_problem("content/default/articles/notario-fraud/es.md").is_some());
    assert!(path_problem("https://www.uscis.gov/forms/all-forms.pdf").is_none());
    assert!(path_problem("A report by the Center, 2019").is_none());
}

#[test]
fn nothing_a_resident_reads_or_shares_holds_a_file_path_or_markup() {
    let pack = guide_core::pack::default_pack().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let guide = Guide::open(dir.path(), vec!["en".into()]).unwrap();
    let mut problems = Vec::new();
    let mut checked = 0;
    for record in &pack.records {
        for (lang, text) in &record.texts {
            let reading = to_reading_text(&text.body);
            for (what, value) in [
                ("title", text.title.as_str()),
                ("summary", text.summary.as_str()),
                ("body", reading.as_str()),
            ] {
                if let Some(problem) = path_problem(value) {
                    problems.push(format!("{} [{lang}] {what}: {problem}", record.id));
                }
            }
            if lang == "en"
                && let Some(phrase) = EDITOR_NOTES
                    .iter()
                    .find(|p| text.summary.contains(*p) || reading.contains(*p))
            {
                problems.push(format!(
                    "{} [en]: an editor's note (`{phrase}`) belongs in a comment",
                    record.id
                ));
            }
            if reading.contains("**") || reading.contains("](") {
                problems.push(format!(
                    "{} [{lang}] body: Markdown left in the reading text",
                    record.id
                ));
            }
            let languages = vec![lang.clone()];
            for format in [ShareFormat::Text, ShareFormat::Sms, ShareFormat::Vcard] {
                let Ok(shared) = guide.share(&record.id, format, &languages) else {
                    continue; // an article has no contact card
                };
                checked += 1;
                // A contact card folds long lines (RFC 6350 3.2): read it unfolded.
                let content = shared.content.replace("\r\n ", "");
                if let Some(problem) = path_problem(&content) {
                    problems.push(format!(
                        "{} [{lang}] shared as {}: {problem}",
                        record.id,
                        format.as_str()
                    ));
                }
                if shared.content.contains("**") {
                    problems.push(format!(
                        "{} [{lang}] shared as {}: `**` markup",
                        record.id,
                        format.as_str()
                    ));
                }
            }
        }
        for source in &record.sources {
            for value in [&source.title, &source.publisher] {
                if let Some(problem) = path_problem(value) {
                    problems.push(format!("{} source `{}`: {problem}", record.id, source.key));
                }
            }
        }
    }
    assert!(checked > 1_000, "only {checked} shares checked");
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
