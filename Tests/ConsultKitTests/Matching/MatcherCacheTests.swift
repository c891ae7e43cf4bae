import Foundation
import Testing

@testable import ConsultKit

/// The saved index stands in for parsing and building only if it answers
/// exactly as a freshly built matcher does.
@Suite struct MatcherIndexTests {
    @Test func aDecodedIndexAnswersExactlyLikeAFreshOne() throws {
        let fresh = Bundled.matcher
        let decoded = try Matcher.decodeIndex(fresh.encodedIndex(), source: .bundled)
        let set = try LabelledSet(tsv: try Fixtures.text("regression.tsv"), file: "regression.tsv")
        let questions = set.items.map(\.question) + ["how lond dose smp last", "", "???", "hair tattoo colour"]
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

    @Test func aDecodedIndexCarriesTheKnowledgeBase() throws {
        let fresh = Bundled.knowledge
        let decoded = try Matcher.decodeIndex(Bundled.matcher.encodedIndex(), source: .bundled).knowledge
        #expect(decoded.intents == fresh.intents)
        #expect(decoded.intents.map(\.title) == fresh.intents.map(\.title))
        #expect(decoded.intents.map(\.related) == fresh.intents.map(\.related))
        #expect(decoded.lexicon == fresh.lexicon)
        #expect(decoded.outOfScope == fresh.outOfScope)
    }

    @Test(arguments: [0, 1, 100, 5_000, 50_000])
    func aDamagedIndexIsRefusedNotTrusted(cut: Int) throws {
        var bytes = Bundled.matcher.encodedIndex()
        bytes.removeLast(min(cut + 1, bytes.count))
        #expect(throws: (any Error).self) { try Matcher.decodeIndex(bytes, source: .bundled) }
    }

    @Test func flippedBytesAreRefusedOrHarmless() throws {
        let original = Bundled.matcher.encodedIndex()
        // Counts and offsets are checked; a changed letter inside a string is
        // merely a different string. Either way: no crash.
        for position in stride(from: 0, to: original.count, by: original.count / 64) {
            var bytes = original
            bytes[position] ^= 0xA5
            if let matcher = try? Matcher.decodeIndex(bytes, source: .bundled) {
                _ = matcher.match("how long does smp last")
            }
        }
    }

    @Test func anIndexBuiltWithOtherSettingsIsRefused() throws {
        var settings = Matcher.Settings()
        settings.threshold += 0.1
        #expect(throws: (any Error).self) {
            try Matcher.decodeIndex(Bundled.matcher.encodedIndex(), source: .bundled, settings: settings)
        }
    }
}

@Suite struct MatcherCacheTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("matcher-cache-\(UUID().uuidString)")

    @Test func savesOnceThenReadsTheSavedIndex() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = MatcherCache(folder: folder)
        var builds = 0
        let make = { () -> Matcher in
            builds += 1
            return Bundled.matcher
        }
        let first = cache.matcher(for: .bundled, build: "b1", make: make)
        let second = cache.matcher(for: .bundled, build: "b1", make: make)
        #expect(builds == 1)
        #expect(second.match("is smp safe").intent?.id == first.match("is smp safe").intent?.id)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(files[0]).path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func anotherBuildOrKnowledgeBaseGetsItsOwnIndexAndTheOldOneGoes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = MatcherCache(folder: folder)
        _ = cache.matcher(for: .bundled, build: "b1") { Bundled.matcher }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        var rebuilt = false
        _ = cache.matcher(for: .bundled, build: "b2") {
            rebuilt = true
            return Bundled.matcher
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(rebuilt)
        #expect(after.count == 1 && after != before)
        let changed = KnowledgeSource(origin: "built-in", files: KnowledgeSource.bundled.files.dropLast())
        #expect(MatcherCache.key(source: changed, build: "b2") != MatcherCache.key(source: .bundled, build: "b2"))
    }

    @Test func aDamagedCacheFileIsRebuilt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = MatcherCache(folder: folder)
        _ = cache.matcher(for: .bundled, build: "b1") { Bundled.matcher }
        let file = folder.appendingPathComponent(try FileManager.default.contentsOfDirectory(atPath: folder.path)[0])
        try Data("not an index".utf8).write(to: file)
        var rebuilt = false
        let matcher = cache.matcher(for: .bundled, build: "b1") {
            rebuilt = true
            return Bundled.matcher
        }
        #expect(rebuilt)
        #expect(matcher.match("is smp safe").intent?.id == "side_effects")
    }

    @Test func anUnwritableFolderMeansNoCacheNotAnError() throws {
        let cache = MatcherCache(folder: URL(fileURLWithPath: "/proc/no-such-place/cache"))
        #expect(cache.matcher(for: .bundled, build: "b1") { Bundled.matcher }.match("is smp safe").intent?.id == "side_effects")
    }

    @Test func theFolderFollowsTheEnvironment() {
        #expect(MatcherCache.resolve(environment: ["SMP_CONSULT_HOME": "/h"])?.folder.path == "/h/cache")
        #expect(MatcherCache.resolve(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/home/u"])?.folder.path == "/x/smp-consult")
        #expect(MatcherCache.resolve(environment: ["HOME": "/home/u"])?.folder.path == "/home/u/.cache/smp-consult")
        #expect(MatcherCache.resolve(environment: ["HOME": "/home/u", "SMP_CONSULT_NO_CACHE": "1"]) == nil)
    }
}
