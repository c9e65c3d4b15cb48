package org.residentguide.app.ui

import android.content.Intent
import androidx.activity.compose.BackHandler
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TopAppBar
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateListOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.LayoutDirection
import org.residentguide.app.core.AppSession
import org.residentguide.app.core.Keys
import org.residentguide.app.core.quickExitLabels
import org.residentguide.ffi.RecordKind

/** Where the person is. */
sealed interface Screen {
    data object Home : Screen
    data class Search(val query: String = "") : Screen
    data class Record(val id: String, val kind: RecordKind) : Screen
    data object Packs : Screen
    data object Language : Screen
    data object Wipe : Screen
}

/**
 * The app: a back stack of screens under one top bar that always carries
 * the quick exit. The layout follows the UI language's direction.
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun GuideApp(
    session: AppSession,
    onQuickExit: () -> Unit,
    onLanguagesChosen: (List<String>) -> Unit,
    onWiped: () -> List<String>,
    open: (Intent) -> Unit,
) {
    val stack = remember { mutableStateListOf<Screen>(Screen.Home) }
    // Bumped when the language changes, so every screen reloads its text.
    var generation by remember { mutableIntStateOf(0) }
    val texts = remember(generation) { session.texts }
    val go: (Screen) -> Unit = { stack.add(it) }
    val back: () -> Unit = { if (stack.size > 1) stack.removeAt(stack.lastIndex) }
    BackHandler(enabled = stack.size > 1) { back() }

    val direction = if (texts.isRtl) LayoutDirection.Rtl else LayoutDirection.Ltr
    CompositionLocalProvider(LocalLayoutDirection provides direction) {
        MaterialTheme {
            Scaffold(
                topBar = {
                    TopAppBar(
                        title = { Text(texts[Keys.APP_NAME]) },
                        navigationIcon = {
                            if (stack.size > 1) TextButton(onClick = back) { Text(texts[Keys.BACK]) }
                        },
                        actions = {
                            val labels = quickExitLabels(texts)
                            QuickExitButton(labels.label, labels.description, onQuickExit)
                        },
                    )
                },
            ) { padding ->
                val modifier = Modifier.padding(padding)
                when (val screen = stack.last()) {
                    Screen.Home -> HomeScreen(session, generation, modifier, go)
                    is Screen.Search -> SearchScreen(session, screen.query, modifier, go)
                    is Screen.Record -> RecordScreen(session, screen, modifier, open)
                    Screen.Packs -> PacksScreen(session, modifier)
                    Screen.Language -> LanguageScreen(session, modifier) { languages ->
                        session.setLanguages(languages)
                        onLanguagesChosen(languages)
                        generation++
                        back()
                    }
                    Screen.Wipe -> WipeScreen(session, modifier, onCancel = back) {
                        // The picker choice goes too: back to the device's languages.
                        session.setLanguages(onWiped())
                        generation++
                    }
                }
            }
        }
    }
}

/** The quick exit, in the top bar of every screen. */
@Composable
fun QuickExitButton(label: String, description: String, onQuickExit: () -> Unit) {
    TextButton(
        onClick = onQuickExit,
        modifier = Modifier.semantics { contentDescription = description },
    ) {
        Text(label, color = MaterialTheme.colorScheme.error)
    }
}
