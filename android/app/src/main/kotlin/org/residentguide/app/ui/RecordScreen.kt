package org.residentguide.app.ui

import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import org.residentguide.app.core.AppSession
import org.residentguide.app.core.Keys
import org.residentguide.app.core.Provenance
import org.residentguide.app.core.articleState
import org.residentguide.app.core.listingState
import org.residentguide.ffi.GuideException
import org.residentguide.ffi.RecordKind

/** An article or a listing, loaded by id. */
@Composable
fun RecordScreen(session: AppSession, screen: Screen.Record, modifier: Modifier, open: (Intent) -> Unit) {
    val texts = session.texts
    val detail = rememberLoaded(screen.id) {
        try {
            Result.success(session.guide.show(screen.id))
        } catch (e: GuideException) {
            Result.failure(e)
        }
    } ?: return
    val record = detail.getOrElse { error ->
        val key = if (error is GuideException.NotFound) Keys.ERROR_NOT_FOUND else Keys.ERROR_STORAGE
        Text(texts[key], modifier.padding(16.dp))
        return
    }
    Column(modifier.verticalScroll(rememberScrollState()).padding(16.dp)) {
        when (screen.kind) {
            RecordKind.ARTICLE -> {
                val article = articleState(record, texts)
                // The article keeps its own language's direction inside the UI's.
                val direction = if (article.rtl) LayoutDirection.Rtl else LayoutDirection.Ltr
                CompositionLocalProvider(LocalLayoutDirection provides direction) {
                    Column {
                        Text(article.title, style = MaterialTheme.typography.headlineSmall)
                        Text(article.summary, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 8.dp))
                        Blocks(article.blocks)
                    }
                }
                ProvenanceBlock(article.provenance)
                Text(article.notLegalAdvice, style = MaterialTheme.typography.bodySmall, modifier = Modifier.padding(top = 12.dp))
            }
            RecordKind.LISTING -> {
                val listing = listingState(record, texts, session.termNames())
                listing.category?.let { Text(it, style = MaterialTheme.typography.labelLarge) }
                Text(listing.name, style = MaterialTheme.typography.headlineSmall)
                Text(listing.summary, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 8.dp))
                for ((label, value) in listing.facts) {
                    Text(label, style = MaterialTheme.typography.labelMedium)
                    Text(value, style = MaterialTheme.typography.bodyLarge)
                }
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.padding(vertical = 12.dp)) {
                    for (action in listing.actions) {
                        Button(onClick = { open(Intent(Intent.ACTION_VIEW, Uri.parse(action.uri))) }) { Text(action.label) }
                    }
                    // Share: when the core exports share payloads (issue 5:
                    // text, vCard, geo URI, QR), a Share button sends them
                    // with Intent.ACTION_SEND, built by the core, not here.
                }
                Blocks(listing.body)
                ProvenanceBlock(listing.provenance)
            }
        }
    }
}

@Composable
private fun ProvenanceBlock(provenance: Provenance) {
    Column(Modifier.padding(top = 16.dp)) {
        provenance.stale?.let { Text(it, color = MaterialTheme.colorScheme.error) }
        provenance.shownIn?.let { Text(it, style = MaterialTheme.typography.labelMedium) }
        Text(provenance.verified, style = MaterialTheme.typography.labelMedium)
        Text(provenance.sourcesHeading, style = MaterialTheme.typography.titleSmall, modifier = Modifier.padding(top = 8.dp))
        for (source in provenance.sources) {
            Text("${source.title} — ${source.publisher}", style = MaterialTheme.typography.bodySmall)
            source.url?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
        }
    }
}
