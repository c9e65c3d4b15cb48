// Resident Guide for iOS: a thin SwiftUI shell over the Rust core (GuideFFI).
// Every rule — search, languages, plural forms, what a pack may do — lives in
// the core; this file and its siblings only draw and forward taps.
import SwiftUI

@main
struct ResidentGuideApp: App {
    @StateObject private var model = AppModel()

    var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(model)
                .environment(\.layoutDirection, model.isRTL ? .rightToLeft : .leftToRight)
        }
    }
}
