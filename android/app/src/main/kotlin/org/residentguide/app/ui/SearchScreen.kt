package org.residentguide.app.ui

import android.os.Handler
import android.os.Looper
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.focus.FocusRequester
import androidx.compose.ui.focus.focusRequester
import androidx.compose.ui.unit.dp
import java.util.concurrent.Executors
import org.residentguide.app.core.AppSession
import org.residentguide.app.core.Keys
import org.residentguide.app.core.ResultRow
import org.residentguide.app.core.SearchController
import org.residentguide.app.core.SearchState

/**
 * Search with type-ahead: every keystroke searches on a worker thread; only
 * the newest query's results are shown (SearchController drops the rest).
 */
@Composable
fun SearchScreen(session: AppSession, initialQuery: String, modifier: Modifier, go: (Screen) -> Unit) {
    val texts = session.texts
    var state by remember { mutableStateOf(SearchState(initialQuery, texts[Keys.SEARCH_PLACEHOLDER])) }
    val worker = remember { Executors.newSingleThreadExecutor() }
    DisposableEffect(worker) { onDispose { worker.shutdownNow() } }
    val main = remember { Handler(Looper.getMainLooper()) }
    val controller = remember(session) {
        SearchController(session, worker, { next -> main.post { state = next } })
    }
    val focus = remember { FocusRequester() }
    LaunchedEffect(Unit) {
        focus.requestFocus()
        if (initialQuery.isNotBlank()) controller.onQueryChanged(initialQuery)
    }
    Column(modifier.padding(horizontal = 16.dp)) {
        OutlinedTextField(
            value = state.query,
            onValueChange = { controller.onQueryChanged(it) },
            placeholder = { Text(state.placeholder) },
            singleLine = true,
            modifier = Modifier.fillMaxWidth().padding(vertical = 8.dp).focusRequester(focus),
        )
        if (state.searching) LinearProgressIndicator(Modifier.fillMaxWidth())
        state.countLabel?.let { Text(it, style = MaterialTheme.typography.labelMedium) }
        state.message?.let { Text(it, Modifier.padding(vertical = 16.dp)) }
        LazyColumn {
            items(state.rows, key = { it.id }) { row ->
                ResultItem(row) { go(Screen.Record(row.id, row.kind)) }
                HorizontalDivider()
            }
        }
    }
}

@Composable
private fun ResultItem(row: ResultRow, onOpen: () -> Unit) {
    Column(Modifier.fillMaxWidth().clickable(onClick = onOpen).padding(vertical = 12.dp)) {
        row.label?.let { Text(it, style = MaterialTheme.typography.labelMedium) }
        Text(row.title, style = MaterialTheme.typography.titleMedium)
        Text(annotated(row.snippet), style = MaterialTheme.typography.bodyMedium, maxLines = 3)
        row.shownIn?.let { Text(it, style = MaterialTheme.typography.labelSmall) }
    }
}
