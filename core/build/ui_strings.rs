//! Build step for the UI strings: checks every `content/strings/<tag>/main.ftl`
//! with the Fluent parser and writes the list the core compiles in
//! (`$OUT_DIR/ui_strings.rs`), so both apps get the same words and a
//! translation with a syntax mistake fails the build with its file and line.

use std::fmt::Write as _;
use std::path::Path;

/// The file each locale folder holds.
const FILE_NAME: &str = "main.ftl";

/// Validates the Fluent files under `strings_dir` and writes the generated
/// list of `(tag, text)` pairs into `out_file`.
pub fn embed(strings_dir: &Path, out_file: &Path) -> Result<(), String> {
    println!("cargo::rerun-if-changed={}", strings_dir.display());
    let strings_dir = &strings_dir
        .canonicalize()
        .unwrap_or_else(|_| strings_dir.to_path_buf());
    let entries = std::fs::read_dir(strings_dir)
        .map_err(|err| format!("{}: {err}", strings_dir.display()))?;
    let mut locales = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|err| format!("{}: {err}", strings_dir.display()))?;
        if !entry.path().is_dir() {
            continue;
        }
        let tag = entry.file_name().to_string_lossy().into_owned();
        let file = entry.path().join(FILE_NAME);
        let text =
            std::fs::read_to_string(&file).map_err(|err| format!("{}: {err}", file.display()))?;
        if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
            let first = &errors[0];
            let before = text.get(..first.pos.start).unwrap_or(&text);
            let line = before.lines().count().max(1);
            return Err(format!(
                "{}:{line}: {first} ({} syntax error(s) in this file)",
                file.display(),
                errors.len()
            ));
        }
        let path = file
            .canonicalize()
            .map_err(|err| format!("{}: {err}", file.display()))?;
        locales.push((tag, path));
    }
    locales.sort();
    if !locales.iter().any(|(tag, _)| tag == "en") {
        return Err(format!(
            "{}: no en/{FILE_NAME}; English is every chain's last resort",
            strings_dir.display()
        ));
    }
    let mut code = String::from(
        "/// `(language tag, Fluent source)` of every UI locale, sorted by tag.\n\
         pub(crate) static UI_STRINGS: &[(&str, &str)] = &[\n",
    );
    for (tag, path) in &locales {
        writeln!(
            code,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    std::fs::write(out_file, code).map_err(|err| format!("{}: {err}", out_file.display()))
}
