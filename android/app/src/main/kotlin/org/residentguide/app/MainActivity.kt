package org.residentguide.app

import android.app.Activity
import android.content.Context
import android.content.Intent
import android.os.Bundle
import android.os.LocaleList
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import java.io.File
import org.residentguide.app.core.AppSession
import org.residentguide.app.ui.GuideApp

/**
 * The one activity. Opens the guide in the app's private files directory
 * for the person's languages (their own choice, else the device's list) and
 * hands it to the Compose UI. Every rule lives in the Rust core.
 */
class MainActivity : ComponentActivity() {
    private lateinit var session: AppSession

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // Opening copies the bundled pack on first launch (a second or so on
        // a slow phone), then is quick; either way, no network.
        session = AppSession.open(File(filesDir, "guide").path, Languages.load(this))
        setContent {
            GuideApp(
                session = session,
                onQuickExit = { quickExit() },
                onLanguagesChosen = { Languages.save(this, it) },
                onWiped = {
                    Languages.clear(this)
                    Languages.load(this)
                },
                // No dialer or maps app (possible on a stripped-down phone): nothing happens.
                open = { intent -> runCatching { startActivity(intent) } },
            )
        }
    }

    override fun onDestroy() {
        if (isFinishing) session.close()
        super.onDestroy()
    }
}

/** Leaves at once: shows the home screen and removes the app from recents. */
fun Activity.quickExit() {
    startActivity(
        Intent(Intent.ACTION_MAIN)
            .addCategory(Intent.CATEGORY_HOME)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
    )
    finishAndRemoveTask()
}

/** The person's language list: their choice in the picker, else the device's. */
object Languages {
    private const val PREFS = "ui"
    private const val KEY = "languages"

    fun load(context: Context): List<String> {
        val saved = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).getString(KEY, null)
        val tags = saved ?: LocaleList.getDefault().toLanguageTags()
        return tags.split(',').map { it.trim() }.filter { it.isNotEmpty() }
    }

    fun save(context: Context, languages: List<String>) {
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).edit()
            .putString(KEY, languages.joinToString(","))
            .apply()
    }

    /** Part of "delete my data": the picker choice is the person's too. */
    fun clear(context: Context) {
        context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).edit().clear().apply()
    }
}
