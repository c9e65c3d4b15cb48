import Foundation
import GuideFFI
import SwiftUI

/// The app's one open guide and its UI strings (the same Fluent strings
/// and plural rules as Android, served by the core).
@MainActor
final class AppModel: ObservableObject {
    @Published private(set) var guide: Guide
    @Published private(set) var strings: UiStrings
    @Published private(set) var languages: [String]
    /// Bumped on quick exit and language change: views return to home.
    @Published var resetToken = UUID()

    private static let languagesKey = "languages"
    private let dataDir: String

    init() {
        let support = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        dataDir = support.appendingPathComponent("guide", isDirectory: true).path
        languages = UserDefaults.standard.stringArray(forKey: Self.languagesKey) ?? Locale.preferredLanguages
        // Opening installs the bundled pack on first launch; no network, ever.
        guide = try! Guide.open(dataDir: dataDir, languages: languages)
        strings = guide.strings()
    }

    var isRTL: Bool { strings.direction() == .rightToLeft }

    /// The message `key` in the person's language (the key itself if unknown).
    func t(_ key: String) -> String { (try? strings.text(key: key)) ?? key }

    /// The message `key` with `count` choosing its plural form.
    func count(_ key: String, _ n: Int) -> String {
        (try? strings.format(key: key, args: ["count": .number(value: Double(n))])) ?? key
    }

    /// The message `key` with text variables, e.g. `["date": "2026-11-26"]`.
    func t(_ key: String, _ values: [String: String]) -> String {
        (try? strings.format(key: key, args: values.mapValues { .text(value: $0) })) ?? key
    }

    /// Switches the UI and content to `tags` (best first) and remembers the choice.
    func setLanguages(_ tags: [String]) {
        UserDefaults.standard.set(tags, forKey: Self.languagesKey)
        reopen(tags)
    }

    /// Deletes everything the person made: installed packs, the language choice.
    func wipeLocalData() throws {
        try guide.wipeLocalData()
        UserDefaults.standard.removeObject(forKey: Self.languagesKey)
        reopen(Locale.preferredLanguages)
    }

    /// Quick exit: back to a neutral home screen, then out of the app.
    func quickExit() {
        resetToken = UUID()
        // iOS lets no app close itself; opening Calendar takes the person
        // out at once (see ios/README.md for the choice).
        if let calendar = URL(string: "calshow://") {
            UIApplication.shared.open(calendar)
        }
    }

    private func reopen(_ tags: [String]) {
        languages = tags
        guide = try! Guide.open(dataDir: dataDir, languages: tags)
        strings = guide.strings()
        resetToken = UUID()
    }
}
