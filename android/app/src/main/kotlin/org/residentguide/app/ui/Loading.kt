package org.residentguide.app.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.produceState
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/**
 * [load] run off the main thread (guide calls touch SQLite); null until it
 * has finished. Runs again when any of [keys] changes.
 */
@Composable
fun <T> rememberLoaded(vararg keys: Any?, load: () -> T): T? {
    val state by produceState<T?>(initialValue = null, *keys) {
        value = withContext(Dispatchers.IO) { load() }
    }
    return state
}
