//! `guide strings`: the apps' UI strings in one language, as translators
//! check them — every message, or one, with variables filled in on request.

use std::fmt::Write as _;
use std::io::Write as _;

use guide_core::i18n::bidi::{self, Direction};
use guide_core::i18n::{UiArg, UiStrings};
use serde_json::{Map, Value, json};

use crate::error::{CliError, CmdResult};

/// Parses `--arg NAME=VALUE`: a value that reads as a number is a number
/// (so plural forms can be checked), anything else is text.
pub fn parse_arg(text: &str) -> Result<(String, UiArg), String> {
    let (name, value) = text
        .split_once('=')
        .filter(|(name, _)| !name.is_empty())
        .ok_or_else(|| format!("`{text}` is not NAME=VALUE"))?;
    let value = match value.parse::<f64>() {
        Ok(number) if number.is_finite() => UiArg::Number(number),
        _ => UiArg::Text(value.to_string()),
    };
    Ok((name.to_string(), value))
}

/// Prints the strings for `lang`: every message as `key = value` under a
/// comment naming the negotiated locale, or only `key`'s value. Values are
/// printed without bidi controls (terminals mishandle them).
pub fn run(lang: &str, key: Option<&str>, args: &[(String, UiArg)], json: bool) -> CmdResult {
    let strings = UiStrings::new(&[lang]);
    let direction = match strings.direction() {
        Direction::LeftToRight => "ltr",
        Direction::RightToLeft => "rtl",
    };
    let value = |key: &str| {
        strings
            .format(key, args)
            .map(|text| bidi::strip_controls(&text))
            .ok_or_else(|| {
                CliError::Invalid(format!("no UI string `{key}` (guide strings lists them)"))
            })
    };
    let mut out = match (key, json) {
        (Some(key), false) => value(key)?,
        (Some(key), true) => json!({"locale": strings.locale(), "chain": strings.chain(),
                                    "direction": direction, "key": key, "value": value(key)?})
        .to_string(),
        (None, false) => {
            let mut out = format!(
                "# locale: {} ({direction}); chain: {}",
                strings.locale(),
                strings.chain().join(", ")
            );
            for key in UiStrings::keys() {
                let _ = write!(out, "\n{key} = {}", value(key)?.replace('\n', " "));
            }
            out
        }
        (None, true) => {
            let mut all = Map::new();
            for key in UiStrings::keys() {
                all.insert(key.to_string(), Value::String(value(key)?));
            }
            json!({"locale": strings.locale(), "chain": strings.chain(),
                   "direction": direction, "strings": all})
            .to_string()
        }
    };
    out.push('\n');
    // A reader that stops early (`| head`) is not an error.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(CliError::Failed(err.to_string()))
        }
        _ => Ok(()),
    }
}
