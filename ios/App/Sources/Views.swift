import GuideFFI
import SwiftUI

/// Home, with every other screen pushed on one navigation stack.
struct RootView: View {
    @EnvironmentObject var model: AppModel

    var body: some View {
        NavigationView {
            HomeView()
        }
        .navigationViewStyle(.stack)
        .id(model.resetToken)
    }
}

/// The quick exit, in the toolbar of every screen.
struct QuickExit: ViewModifier {
    @EnvironmentObject var model: AppModel

    func body(content: Content) -> some View {
        content.toolbar {
            ToolbarItem(placement: .navigationBarTrailing) {
                Button(model.t("quick-exit")) { model.quickExit() }
                    .foregroundColor(.red)
                    .accessibilityHint(model.t("quick-exit-description"))
            }
        }
    }
}

extension View {
    func quickExit() -> some View { modifier(QuickExit()) }
}

/// Styled runs from the core (bold matches, italics, safe links).
func styled(_ spans: [TextSpan]) -> Text {
    spans.reduce(Text("")) { text, span in
        var piece = Text(span.text)
        if span.bold { piece = piece.bold() }
        if span.italic { piece = piece.italic() }
        if span.link != nil { piece = piece.underline() }
        return text + piece
    }
}

struct HomeView: View {
    @EnvironmentObject var model: AppModel
    @State private var topics: [TaxonomyTerm] = []
    @State private var categories: [TaxonomyTerm] = []

    var body: some View {
        List {
            Section {
                Text(model.t("app-tagline")).font(.headline)
                NavigationLink(model.t("search-placeholder")) { SearchView(initialQuery: "") }
            }
            Section(model.t("home-topics")) { tiles(topics) }
            Section(model.t("home-categories")) { tiles(categories) }
            Section {
                NavigationLink(model.t("language-title")) { LanguageView() }
                NavigationLink(model.t("packs-title")) { PacksView() }
                NavigationLink(model.t("wipe-title")) { WipeView() }
                Text(model.t("offline-note")).font(.footnote)
            }
        }
        .navigationTitle(model.t("app-name"))
        .quickExit()
        .task(id: model.resetToken) {
            topics = ((try? model.guide.topics()) ?? []).filter { $0.count > 0 }.sorted { $0.count > $1.count }
            categories = ((try? model.guide.categories()) ?? []).filter { $0.count > 0 }.sorted { $0.count > $1.count }
        }
    }

    /// A tile searches for its name until the core exports search filters (issue 4).
    private func tiles(_ terms: [TaxonomyTerm]) -> some View {
        ForEach(terms, id: \.key) { term in
            NavigationLink { SearchView(initialQuery: term.name) } label: {
                HStack { Text(term.name); Spacer(); Text("\(term.count)").foregroundColor(.secondary) }
            }
        }
    }
}

/// Type-ahead search: each keystroke cancels the previous search task, so
/// only the newest query's results are shown. (When the core exports its
/// interrupt handle, issue 4, the cancelled query is interrupted too.)
struct SearchView: View {
    @EnvironmentObject var model: AppModel
    let initialQuery: String
    @State private var query = ""
    @State private var results: [SearchResult] = []
    @State private var searched = false

    var body: some View {
        List {
            if searched {
                Text(model.count("search-results-count", results.count)).font(.caption)
                if results.isEmpty { Text(model.t("search-no-results")) }
            }
            ForEach(results, id: \.id) { hit in
                NavigationLink { RecordView(id: hit.id) } label: {
                    VStack(alignment: .leading, spacing: 4) {
                        Text(hit.title).font(.headline)
                        styled(textSpans(text: hit.snippet)).font(.subheadline).lineLimit(3)
                        if hit.fallback { Text(model.strings.shownIn(tag: hit.lang)).font(.caption) }
                    }
                }
            }
        }
        .searchable(text: $query, prompt: model.t("search-placeholder"))
        .navigationTitle(model.t("search-title"))
        .quickExit()
        .onAppear { if query.isEmpty { query = initialQuery } }
        .task(id: query) {
            guard !query.trimmingCharacters(in: .whitespaces).isEmpty else {
                results = []; searched = false; return
            }
            let guide = model.guide
            let text = query
            let found = await Task.detached { (try? guide.search(query: text, limit: 30)) ?? [] }.value
            if !Task.isCancelled { results = found; searched = true }
        }
    }
}

/// An article or a listing.
struct RecordView: View {
    @EnvironmentObject var model: AppModel
    let id: String
    @State private var detail: RecordDetail?
    @State private var missing = false

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 8) {
                if let detail {
                    Text(detail.title).font(.title2).bold()
                    Text(detail.summary)
                    if let listing = detail.listing { ListingFacts(name: detail.title, listing: listing) }
                    ForEach(Array(articleBlocks(body: detail.body).enumerated()), id: \.offset) { _, block in
                        BlockView(block: block)
                    }
                    .environment(\.layoutDirection, textDirection(tag: detail.lang) == .rightToLeft ? .rightToLeft : .leftToRight)
                    if detail.fallback { Text(model.strings.shownIn(tag: detail.lang)).font(.caption) }
                    Text(model.t("verified-on", ["date": detail.verifiedOn])).font(.caption)
                    Text(model.t(detail.sources.count == 1 ? "source-label" : "sources-label")).font(.headline)
                    ForEach(detail.sources, id: \.title) { source in
                        Text("\(source.title) — \(source.publisher)").font(.footnote)
                    }
                    if detail.kind == .article { Text(model.t("not-legal-advice")).font(.footnote) }
                } else if missing {
                    Text(model.t("error-not-found"))
                }
            }
            .padding()
        }
        .quickExit()
        .task {
            do { detail = try model.guide.show(id: id) } catch { missing = true }
        }
    }
}

/// Address, phone and website of a listing, with call and directions.
struct ListingFacts: View {
    @EnvironmentObject var model: AppModel
    @Environment(\.openURL) private var openURL
    let name: String
    let listing: ListingInfo

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            if let address = listing.address { Text(model.t("listing-address")).font(.caption); Text(address) }
            if let phone = listing.phone {
                Text(model.t("listing-phone")).font(.caption)
                // Shown left to right inside any text; dialled without bidi marks.
                Text(phone).environment(\.layoutDirection, .leftToRight)
                let digits = plainText(text: phone).filter { $0.isNumber || $0 == "+" }
                if let url = URL(string: "tel:\(digits)") { Button(model.t("listing-call")) { openURL(url) } }
            }
            if let lat = listing.latitude, let lon = listing.longitude,
               let url = URL(string: "maps://?ll=\(lat),\(lon)&q=\(name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")") {
                Button(model.t("listing-directions")) { openURL(url) }
            }
            if let site = listing.website, site.hasPrefix("https://"), let url = URL(string: site) {
                Button(model.t("listing-website")) { openURL(url) }
            }
            // Share: the core's share payloads (issue 5) go here, through ShareLink.
        }
    }
}

struct BlockView: View {
    let block: TextBlock

    var body: some View {
        switch block.kind {
        case .heading: styled(block.spans).font(.headline).padding(.top, 8)
        case .paragraph: styled(block.spans)
        case .bullet: HStack(alignment: .top) { Text("•"); styled(block.spans) }
        case .rule: Divider()
        }
    }
}

/// Installed packs. The list, install-from-file and remove arrive with the
/// pack exports (issue 3); the labels are ready.
struct PacksView: View {
    @EnvironmentObject var model: AppModel

    var body: some View {
        List {
            Text(model.t("packs-install-file")).foregroundColor(.secondary)
        }
        .navigationTitle(model.t("packs-title"))
        .quickExit()
    }
}

/// Every UI language by its own name.
struct LanguageView: View {
    @EnvironmentObject var model: AppModel

    var body: some View {
        let current = model.strings.locale()
        List(uiLocales(), id: \.tag) { locale in
            Button {
                model.setLanguages([locale.tag] + model.languages.filter { $0.lowercased() != locale.tag.lowercased() })
            } label: {
                HStack {
                    Text(locale.autonym)
                    Spacer()
                    if locale.tag == current { Image(systemName: "checkmark") }
                }
            }
            .environment(\.layoutDirection, locale.direction == .rightToLeft ? .rightToLeft : .leftToRight)
        }
        .navigationTitle(model.t("language-title"))
        .quickExit()
    }
}

/// "Delete my data".
struct WipeView: View {
    @EnvironmentObject var model: AppModel
    @State private var done = false

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(model.t("wipe-description"))
            if done {
                Text(model.t("wipe-done"))
            } else {
                Button(model.t("wipe-confirm"), role: .destructive) {
                    done = (try? model.wipeLocalData()) != nil
                }
            }
            Spacer()
        }
        .padding()
        .navigationTitle(model.t("wipe-title"))
        .quickExit()
    }
}
