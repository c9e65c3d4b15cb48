package org.residentguide.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.AnnotatedString
import androidx.compose.ui.text.LinkAnnotation
import androidx.compose.ui.text.SpanStyle
import androidx.compose.ui.text.TextLinkStyles
import androidx.compose.ui.text.buildAnnotatedString
import androidx.compose.ui.text.font.FontStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.text.withLink
import androidx.compose.ui.text.withStyle
import androidx.compose.ui.unit.dp
import org.residentguide.ffi.TextBlock
import org.residentguide.ffi.TextBlockKind
import org.residentguide.ffi.TextSpan

/** Styled runs from the core as one annotated string; links open on tap. */
fun annotated(spans: List<TextSpan>): AnnotatedString = buildAnnotatedString {
    for (span in spans) {
        val style = SpanStyle(
            fontWeight = if (span.bold) FontWeight.Bold else null,
            fontStyle = if (span.italic) FontStyle.Italic else null,
        )
        val link = span.link
        if (link != null) {
            withLink(LinkAnnotation.Url(link, TextLinkStyles(SpanStyle(textDecoration = TextDecoration.Underline)))) {
                withStyle(style) { append(span.text) }
            }
        } else {
            withStyle(style) { append(span.text) }
        }
    }
}

/** An article body as the core parsed it. */
@Composable
fun Blocks(blocks: List<TextBlock>, modifier: Modifier = Modifier) {
    Column(modifier) {
        for (block in blocks) {
            when (block.kind) {
                TextBlockKind.HEADING -> Text(
                    annotated(block.spans),
                    style = MaterialTheme.typography.titleMedium,
                    modifier = Modifier.padding(top = 16.dp, bottom = 4.dp),
                )
                TextBlockKind.PARAGRAPH -> Text(
                    annotated(block.spans),
                    style = MaterialTheme.typography.bodyLarge,
                    modifier = Modifier.padding(vertical = 4.dp),
                )
                TextBlockKind.BULLET -> Row(Modifier.padding(vertical = 2.dp)) {
                    Text("•  ", style = MaterialTheme.typography.bodyLarge)
                    Text(annotated(block.spans), style = MaterialTheme.typography.bodyLarge)
                }
                TextBlockKind.RULE -> HorizontalDivider(Modifier.padding(vertical = 8.dp))
            }
        }
    }
}
