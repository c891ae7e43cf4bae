import BundledIntents
import Foundation
import Testing

@testable import ConsultKit

/// The index built at build time stands in for parsing and building only if
/// it answers exactly as a matcher built now from the same YAML does.
@Suite struct MatcherEncodingTests {
    @Test(arguments: ["round trip", "compiled in"])
    func aDecodedIndexAnswersExactlyLikeAFreshOne(kind: String) throws {
        let fresh = Bundled.matcher
        let decoded =
            kind == "compiled in"
            ? BundledIntents.matcher : try Matcher.decodeIndex(fresh.encodedIndex(), files: BundledIntents.files)
        let set = try LabelledSet(tsv: try Fixtures.text("regression.tsv"), file: "regression.tsv")
        let questions =
            set.items.map(\.question) + ["how lond dose smp last", "", "???", "hair tattoo colour"]
            + fresh.knowledge.intents.flatMap { $0.examples.map(\.text) }
        for question in questions {
            let a = fresh.match(question, explain: true)
            let b = decoded.match(question, explain: true)
            #expect(a.intent?.id == b.intent?.id, "\(question)")
            #expect(a.confidence == b.confidence, "\(question)")
            #expect(a.explanation.summary == b.explanation.summary, "\(question)")
        }
        #expect(decoded.selfCheck().map(\.description) == fresh.selfCheck().map(\.description))
    }

    @Test func theCompiledInIndexIsTheOneTheYAMLBuildsNow() {
        // A stale generated file (the plugin not re-run) would differ here;
        // so would an index whose numbering depends on hashing order.
        let same = BundledIntents.matcher.encodedIndex() == Bundled.matcher.encodedIndex()
        #expect(same)
    }

    @Test func aDecodedIndexCarriesTheKnowledgeBase() throws {
        let fresh = Bundled.knowledge
        let decoded = try Matcher.decodeIndex(Bundled.matcher.encodedIndex(), files: BundledIntents.files).knowledge
        #expect(decoded.intents == fresh.intents)
        #expect(decoded.intents.map(\.title) == fresh.intents.map(\.title))
        #expect(decoded.intents.map(\.related) == fresh.intents.map(\.related))
        #expect(decoded.intents.map(\.coverage) == fresh.intents.map(\.coverage))
        #expect(decoded.intents.map(\.statedCoverage) == fresh.intents.map(\.statedCoverage))
        #expect(fresh.intents.contains { $0.statedCoverage != nil })
        #expect(decoded.intents.map(\.identity) == fresh.intents.map(\.identity))
        #expect(fresh.intents.contains { !$0.identity.isEmpty })
        #expect(decoded.lexicon == fresh.lexicon)
        #expect(decoded.outOfScope == fresh.outOfScope)
        #expect(decoded.clinic == fresh.clinic)
    }

    /// The clinic travels inside the index, so start-up parses no YAML for it.
    @Test func aDecodedIndexCarriesTheClinic() throws {
        var knowledge = Bundled.knowledge
        knowledge.clinic = Clinic(
            name: "Northside", contact: "call 1234", openWeekdays: [1, 3, 5],
            closedDates: [CalendarDay(year: 2026, month: 12, day: 25)!])
        let bytes = Matcher(knowledge: knowledge).encodedIndex()
        // Decoded beside files that hold no clinic.yaml: what it says comes from the index.
        let decoded = try Matcher.decodeIndex(bytes, files: BundledIntents.files).knowledge
        #expect(decoded.clinic == knowledge.clinic)
    }

    @Test(arguments: [0, 1, 100, 5_000, 50_000])
    func aDamagedIndexIsRefusedNotTrusted(cut: Int) throws {
        var bytes = Bundled.matcher.encodedIndex()
        bytes.removeLast(min(cut + 1, bytes.count))
        #expect(throws: (any Error).self) { try Matcher.decodeIndex(bytes, files: BundledIntents.files) }
    }

    @Test func flippedBytesAreRefusedOrHarmless() throws {
        let original = Bundled.matcher.encodedIndex()
        // Counts and offsets are checked; a changed letter inside a string is
        // merely a different string. Either way: no crash.
        for position in stride(from: 0, to: original.count, by: original.count / 64) {
            var bytes = original
            bytes[position] ^= 0xA5
            if let matcher = try? Matcher.decodeIndex(bytes, files: BundledIntents.files) {
                _ = matcher.match("how long does smp last")
            }
        }
    }

    @Test func anIndexBuiltWithOtherSettingsIsRefused() throws {
        var settings = Matcher.Settings()
        settings.threshold += 0.1
        #expect(throws: (any Error).self) {
            try Matcher.decodeIndex(Bundled.matcher.encodedIndex(), files: BundledIntents.files, settings: settings)
        }
    }
}
