//! Article bodies and search snippets as styled text the apps draw without
//! parsing Markdown themselves, so both platforms render the same.

use guide_core::markdown;

/// What a block of an article body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextBlockKind {
    /// A section heading.
    Heading,
    /// A paragraph.
    Paragraph,
    /// One bullet item.
    Bullet,
    /// A separator line (no text).
    Rule,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TextSpan {
    /// The text to show.
    pub text: String,
    /// Draw bold (in snippets: a matched word).
    pub bold: bool,
    /// Draw italic.
    pub italic: bool,
    /// Where a tap goes (`https:`, `http:`, `tel:` or `mailto:` only); null
    /// when the span is no link.
    pub link: Option<String>,
}

/// One block of an article body.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TextBlock {
    /// Heading, paragraph, bullet or rule.
    pub kind: TextBlockKind,
    /// Its text runs; empty for a rule.
    pub spans: Vec<TextSpan>,
}

impl From<markdown::Span> for TextSpan {
    fn from(span: markdown::Span) -> Self {
        TextSpan {
            text: span.text,
            bold: span.bold,
            italic: span.italic,
            link: span.link,
        }
    }
}

/// The blocks of an article `body` (`RecordDetail.body`): headings,
/// paragraphs, bullets and rules with bold, italic and safe links.
#[uniffi::export]
pub fn article_blocks(body: String) -> Vec<TextBlock> {
    markdown::blocks(&body)
        .into_iter()
        .map(|block| TextBlock {
            kind: match block.kind {
                markdown::BlockKind::Heading => TextBlockKind::Heading,
                markdown::BlockKind::Paragraph => TextBlockKind::Paragraph,
                markdown::BlockKind::Bullet => TextBlockKind::Bullet,
                markdown::BlockKind::Rule => TextBlockKind::Rule,
            },
            spans: block.spans.into_iter().map(TextSpan::from).collect(),
        })
        .collect()
}

/// The runs of one line of marked text, e.g. a `SearchResult.snippet`,
/// whose matched words come back bold.
#[uniffi::export]
pub fn text_spans(text: String) -> Vec<TextSpan> {
    markdown::spans(&text)
        .into_iter()
        .map(TextSpan::from)
        .collect()
}
