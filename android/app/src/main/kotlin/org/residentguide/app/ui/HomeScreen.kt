package org.residentguide.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.grid.GridCells
import androidx.compose.foundation.lazy.grid.GridItemSpan
import androidx.compose.foundation.lazy.grid.LazyVerticalGrid
import androidx.compose.foundation.lazy.grid.items
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.residentguide.app.core.AppSession
import org.residentguide.app.core.Keys
import org.residentguide.app.core.Tile
import org.residentguide.app.core.loadHome

/** Home: a search box, the topic and category tiles, and the settings links. */
@Composable
fun HomeScreen(session: AppSession, generation: Int, modifier: Modifier, go: (Screen) -> Unit) {
    val home = rememberLoaded(generation) { loadHome(session) } ?: return
    val texts = session.texts
    LazyVerticalGrid(
        columns = GridCells.Adaptive(minSize = 150.dp),
        modifier = modifier.padding(horizontal = 16.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
        horizontalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        item(span = { GridItemSpan(maxLineSpan) }) {
            Column(Modifier.padding(vertical = 12.dp)) {
                Text(home.tagline, style = MaterialTheme.typography.titleMedium)
                Surface(
                    shape = MaterialTheme.shapes.large,
                    tonalElevation = 2.dp,
                    modifier = Modifier.fillMaxWidth().padding(top = 12.dp).clickable { go(Screen.Search()) },
                ) {
                    Text(home.searchPlaceholder, Modifier.padding(16.dp), style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
        item(span = { GridItemSpan(maxLineSpan) }) { Heading(home.topicsHeading) }
        items(home.topics, key = { "topic-" + it.key }) { TileCard(it, go) }
        item(span = { GridItemSpan(maxLineSpan) }) { Heading(home.categoriesHeading) }
        items(home.categories, key = { "category-" + it.key }) { TileCard(it, go) }
        item(span = { GridItemSpan(maxLineSpan) }) {
            Column(Modifier.padding(vertical = 16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                OutlinedButton(onClick = { go(Screen.Language) }) { Text(texts[Keys.LANGUAGE_TITLE]) }
                OutlinedButton(onClick = { go(Screen.Packs) }) { Text(texts[Keys.PACKS_TITLE]) }
                OutlinedButton(onClick = { go(Screen.Wipe) }) { Text(texts[Keys.WIPE_TITLE]) }
                Text(home.offlineNote, style = MaterialTheme.typography.bodySmall)
            }
        }
    }
}

@Composable
private fun Heading(text: String) {
    Text(text, style = MaterialTheme.typography.titleLarge, modifier = Modifier.padding(top = 16.dp, bottom = 4.dp))
}

/**
 * A topic or category tile. A tap searches for its name for now; when the
 * core exports search filters (issue 4) it will list the records with
 * this key instead.
 */
@Composable
private fun TileCard(tile: Tile, go: (Screen) -> Unit) {
    Card(modifier = Modifier.fillMaxWidth().clickable { go(Screen.Search(tile.label)) }) {
        Column(Modifier.padding(16.dp)) {
            Text(tile.label, style = MaterialTheme.typography.titleMedium)
            Text(tile.count.toString(), style = MaterialTheme.typography.bodySmall)
        }
    }
}
