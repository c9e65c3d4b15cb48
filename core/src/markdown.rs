//! The small Markdown subset article bodies are written in: reduced to plain
//! text for the full-text index and snippets (link targets and markup are not
//! words anyone searches for), and parsed into [`Block`]s the apps draw, so
//! Android and iOS render an article the same way and neither parses Markdown.

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

/// A Markdown-subset body as text to read where no styling can be shown (a
/// terminal, a plain-text share): headings on their own line, bullets as
/// "• ", paragraphs separated by a blank line, emphasis markers removed, a
/// link as its text followed by its address in parentheses (when they
/// differ). No `**`, `#` or `[..](..)` is left.
pub fn to_reading_text(markdown: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut previous: Option<BlockKind> = None;
    for block in blocks(markdown) {
        let mut line = String::new();
        for span in &block.spans {
            line.push_str(&span.text);
            if let Some(link) = &span.link {
                let target = link
                    .strip_prefix("mailto:")
                    .or_else(|| link.strip_prefix("tel:"))
                    .unwrap_or(link);
                if target != span.text.trim() {
                    line.push_str(&format!(" ({target})"));
                }
            }
        }
        let separate = !matches!(
            (previous, block.kind),
            (None, _) | (Some(BlockKind::Bullet), BlockKind::Bullet)
        );
        if separate {
            out.push(String::new());
        }
        match block.kind {
            BlockKind::Heading => out.push(line),
            BlockKind::Paragraph => out.push(line),
            BlockKind::Bullet => out.push(format!("• {line}")),
            BlockKind::Rule => out.push("—".repeat(3)),
        }
        previous = Some(block.kind);
    }
    out.join("\n")
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

/// What a block of an article body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A `## ` heading.
    Heading,
    /// A paragraph (consecutive lines joined by spaces).
    Paragraph,
    /// One `- ` bullet item.
    Bullet,
    /// A `---` separator line.
    Rule,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// The text, markup removed.
    pub text: String,
    /// Inside `**…**`.
    pub bold: bool,
    /// Inside `*…*` or `_…_`.
    pub italic: bool,
    /// Target of a `[text](url)` link: only `https:`, `http:`, `tel:` and
    /// `mailto:` targets are kept; any other becomes plain text.
    pub link: Option<String>,
}

/// One block of an article body, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Heading, paragraph, bullet or rule.
    pub kind: BlockKind,
    /// Its text runs; empty for a rule.
    pub spans: Vec<Span>,
}

/// Parses a Markdown-subset body into blocks: `## ` (or any `#` level)
/// headings, `- `/`* ` bullets, `---` rules, paragraphs separated by blank
/// lines, with `**bold**`, `*italic*` and `[links](https://…)` inside.
pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block {
                kind: BlockKind::Paragraph,
                spans: spans(&paragraph.join(" ")),
            });
            paragraph.clear();
        }
    };
    for line in markdown.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else if line.len() >= 3 && line.chars().all(|c| c == '-' || c == '*') {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block {
                kind: BlockKind::Rule,
                spans: Vec::new(),
            });
        } else if line.starts_with('#') {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block {
                kind: BlockKind::Heading,
                spans: spans(line.trim_start_matches('#').trim_start()),
            });
        } else if let Some(item) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block {
                kind: BlockKind::Bullet,
                spans: spans(item.trim_start()),
            });
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// Whether a link target may be opened from an article.
fn safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    ["https://", "http://", "tel:", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
}

/// The styled runs of one line of inline markup (also a search snippet,
/// whose matched words are marked `**…**`). Emphasis follows the
/// usual flanking rule — an opening marker is followed by a non-space and
/// has a closer later in the line, a closing marker follows a non-space —
/// so `2 * 3` and a lone `**` stay text.
pub fn spans(line: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let (mut bold, mut italic) = (false, false);
    let mut text = String::new();
    let push = |out: &mut Vec<Span>, text: &mut String, bold, italic, link: Option<String>| {
        if !text.is_empty() {
            out.push(Span {
                text: std::mem::take(text),
                bold,
                italic,
                link,
            });
        }
    };
    let mut rest = line;
    let mut prev: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        if c == '['
            && let Some(close) = rest.find(']')
            && rest[close..].starts_with("](")
            && let Some(end) = rest[close..].find(')')
        {
            push(&mut out, &mut text, bold, italic, None);
            let mut label = rest[1..close].to_string();
            let url = rest[close + 2..close + end].trim();
            let link = safe_link(url).then(|| url.to_string());
            push(&mut out, &mut label, bold, italic, link);
            rest = &rest[close + end + 1..];
            prev = Some(')');
            continue;
        }
        let marker = if rest.starts_with("**") {
            "**"
        } else if c == '*' || c == '_' {
            &rest[..1]
        } else {
            ""
        };
        if !marker.is_empty() {
            let after = &rest[marker.len()..];
            let open = if marker == "**" { bold } else { italic };
            let toggles = if open {
                prev.is_some_and(|p| !p.is_whitespace())
            } else {
                after.chars().next().is_some_and(|n| !n.is_whitespace())
                    && closer_follows(after, marker)
            };
            if toggles {
                push(&mut out, &mut text, bold, italic, None);
                if marker == "**" {
                    bold = !bold;
                } else {
                    italic = !italic;
                }
                rest = after;
                continue;
            }
        }
        text.push(c);
        prev = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    push(&mut out, &mut text, bold, italic, None);
    out
}

/// Whether `text` holds a closing `marker` (one that follows a non-space;
/// a single `*` that is half of a `**` does not count).
fn closer_follows(text: &str, marker: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let double = rest.starts_with("**");
        let here = if marker == "**" {
            double
        } else {
            rest.starts_with(marker) && !(marker == "*" && double)
        };
        if here && prev.is_some_and(|p| !p.is_whitespace()) {
            return true;
        }
        let step = if double && marker == "*" {
            2
        } else {
            c.len_utf8()
        };
        prev = Some(c);
        rest = &rest[step..];
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_text_has_no_markup_left() {
        let body = "## What to do\n\nCall **now**, see [the page](https://example.gov/x).\n\n- one\n- *two*\n\nLast reviewed: 2026-12-06";
        let text = to_reading_text(body);
        assert_eq!(
            text,
            "What to do\n\nCall now, see the page (https://example.gov/x).\n\n• one\n• two\n\nLast reviewed: 2026-12-06"
        );
        for markup in ["**", "##", "](", "[the"] {
            assert!(!text.contains(markup), "{markup}");
        }
    }

    fn plain(text: &str) -> Span {
        Span {
            text: text.into(),
            bold: false,
            italic: false,
            link: None,
        }
    }

    #[test]
    fn bodies_parse_into_headings_paragraphs_bullets_and_rules() {
        let md = "## If they knock\n\nStay calm.\nAsk who it is.\n\n- Do **not** open.\n- Read [the FTC page](https://ftc.gov/x).\n\n---\n*Not legal advice.*";
        let blocks = blocks(md);
        let kinds: Vec<BlockKind> = blocks.iter().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(kinds, [Heading, Paragraph, Bullet, Bullet, Rule, Paragraph]);
        assert_eq!(blocks[0].spans, [plain("If they knock")]);
        assert_eq!(blocks[1].spans, [plain("Stay calm. Ask who it is.")]);
        assert_eq!(
            blocks[2].spans,
            [
                plain("Do "),
                Span {
                    bold: true,
                    ..plain("not")
                },
                plain(" open.")
            ]
        );
        assert_eq!(
            blocks[3].spans[1],
            Span {
                link: Some("https://ftc.gov/x".into()),
                ..plain("the FTC page")
            }
        );
        assert!(blocks[4].spans.is_empty());
        assert_eq!(
            blocks[5].spans,
            [Span {
                italic: true,
                ..plain("Not legal advice.")
            }]
        );
    }

    #[test]
    fn unsafe_links_become_text_and_lone_markers_stay() {
        let blocks = blocks("[tap](javascript:void) 2 * 3 = 6 and **open");
        let spans = &blocks[0].spans;
        assert_eq!(spans[0], plain("tap"));
        let text: String = spans.iter().map(|s| s.text.as_str()).collect();
        assert!(text.contains("2 * 3 = 6 and **open"), "{text}");
        assert!(spans.iter().all(|s| s.link.is_none() && !s.bold));
    }

    #[test]
    fn every_bundled_article_body_parses_to_text() {
        let pack = crate::pack::default_pack().unwrap();
        for record in &pack.records {
            for (lang, text) in &record.texts {
                let parsed = blocks(&text.body);
                let words: String = parsed
                    .iter()
                    .flat_map(|b| b.spans.iter().map(|s| s.text.as_str()))
                    .collect();
                assert!(
                    text.body.trim().is_empty() || !words.trim().is_empty(),
                    "{} {lang}",
                    record.id
                );
                assert!(
                    !words.contains("**") && !words.contains("]("),
                    "{} {lang}: markup left in {words}",
                    record.id
                );
            }
        }
    }

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
