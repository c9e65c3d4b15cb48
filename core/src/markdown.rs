//! The small Markdown subset article bodies are written in, reduced to plain
//! text for the full-text index and snippets (link targets and markup are not
//! words anyone searches for).

/// Plain text of a Markdown-subset body: headings, bullets, emphasis and link
/// targets removed, link texts kept, one line per paragraph line.
pub fn to_plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        let line = line.trim();
        let line = line.trim_start_matches('#').trim_start();
        let line = line
            .strip_prefix("- ")
            .or_else(|| line.strip_prefix("* "))
            .unwrap_or(line);
        if line.is_empty() || line.chars().all(|c| c == '-' || c == '*') {
            continue;
        }
        push_inline(&mut out, line);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// Appends `line` without `**`/`*`/`_` emphasis and with `[text](url)` as `text`.
fn push_inline(out: &mut String, line: &str) {
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '['
            && let Some(close) = rest.find(']')
            && rest[close..].starts_with("](")
            && let Some(end) = rest[close..].find(')')
        {
            out.push_str(&rest[1..close]);
            rest = &rest[close + end + 1..];
            continue;
        }
        if c != '*' && c != '_' {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
}

#[cfg(test)]
mod tests {
    use super::to_plain_text;

    #[test]
    fn markup_and_link_targets_are_removed() {
        let md = "## If they knock\n\n- Do **not** open.\n- Read [the FTC page](https://ftc.gov/x).\n\n---\n*Not legal advice.*";
        assert_eq!(
            to_plain_text(md),
            "If they knock\nDo not open.\nRead the FTC page.\nNot legal advice."
        );
    }

    #[test]
    fn unclosed_brackets_are_kept_as_text() {
        assert_eq!(to_plain_text("a [b c"), "a [b c");
        assert_eq!(to_plain_text("[a] b [c](https://d)"), "[a] b c");
    }
}
