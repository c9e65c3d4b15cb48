package org.residentguide.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.residentguide.app.core.AppSession
import org.residentguide.app.core.Keys
import org.residentguide.app.core.PackSummary
import org.residentguide.app.core.languageOptions
import org.residentguide.app.core.languagesAfterPicking
import org.residentguide.app.core.packsState
import org.residentguide.app.core.wipeState

/**
 * Installed packs: each with publisher, version, size and a stale mark, and
 * "install from a file". The list and install calls arrive with the pack
 * exports (issue 3): then [packs] comes from `guide.packs()`, and the
 * install button opens ACTION_OPEN_DOCUMENT, hands the bytes to
 * `guide.installPack(…)` and shows `refusalMessage(…)` on a refusal.
 */
@Composable
fun PacksScreen(session: AppSession, modifier: Modifier, packs: List<PackSummary> = emptyList()) {
    val state = packsState(packs, session.texts)
    LazyColumn(modifier.padding(16.dp)) {
        item { Text(state.title, style = MaterialTheme.typography.headlineSmall) }
        items(state.rows, key = { it.id }) { row ->
            Card(Modifier.fillMaxWidth().padding(vertical = 6.dp)) {
                Column(Modifier.padding(16.dp)) {
                    Text(row.publisher, style = MaterialTheme.typography.titleMedium)
                    Text("${row.version} · ${row.items}", style = MaterialTheme.typography.bodyMedium)
                    row.bundled?.let { Text(it, style = MaterialTheme.typography.labelMedium) }
                    row.stale?.let { (since, note) ->
                        Text(since, color = MaterialTheme.colorScheme.error)
                        Text(note, style = MaterialTheme.typography.bodySmall)
                    }
                }
            }
        }
    }
}

/** The language picker: every UI language by its own name. */
@Composable
fun LanguageScreen(session: AppSession, modifier: Modifier, onPicked: (List<String>) -> Unit) {
    val texts = session.texts
    val options = remember(session.languages) { languageOptions(session.languages) }
    LazyColumn(modifier.padding(horizontal = 16.dp)) {
        item { Text(texts[Keys.LANGUAGE_CHOOSE], style = MaterialTheme.typography.titleLarge, modifier = Modifier.padding(vertical = 12.dp)) }
        items(options, key = { it.tag }) { option ->
            // Each name in its own direction, whatever the UI's.
            val direction = if (option.rtl) LayoutDirection.Rtl else LayoutDirection.Ltr
            CompositionLocalProvider(LocalLayoutDirection provides direction) {
                Row(
                    verticalAlignment = Alignment.CenterVertically,
                    modifier = Modifier.fillMaxWidth()
                        .clickable { onPicked(languagesAfterPicking(option.tag, session.languages)) }
                        .padding(vertical = 8.dp),
                ) {
                    RadioButton(selected = option.selected, onClick = null)
                    Text(option.autonym, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(start = 12.dp))
                }
            }
            HorizontalDivider()
        }
    }
}

/** "Delete my data": asks once, then wipes everything the person made. */
@Composable
fun WipeScreen(session: AppSession, modifier: Modifier, onCancel: () -> Unit, onWiped: () -> Unit) {
    val state = wipeState(session.texts)
    var done by remember { mutableStateOf(false) }
    val scope = rememberCoroutineScope()
    Column(modifier.padding(16.dp)) {
        Text(state.title, style = MaterialTheme.typography.headlineSmall)
        Text(state.description, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(vertical = 12.dp))
        if (done) {
            Text(state.done, style = MaterialTheme.typography.bodyLarge)
        } else {
            Button(onClick = {
                scope.launch {
                    withContext(Dispatchers.IO) { session.wipeLocalData() }
                    onWiped()
                    done = true
                }
            }) { Text(state.confirm) }
            OutlinedButton(onClick = onCancel, modifier = Modifier.padding(top = 8.dp)) { Text(state.cancel) }
        }
    }
}
