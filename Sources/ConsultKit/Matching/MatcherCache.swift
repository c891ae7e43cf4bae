import Foundation

/// Keeps the matcher built for a knowledge base in the user's cache folder, so
/// the next run starts by reading one file instead of parsing the YAML and
/// building the index again (about half of the start-up time).
///
/// A cached index is used only when it was written by the same build for the
/// same knowledge base with the same settings; anything else, a damaged file
/// included, is ignored and rebuilt. The cache holds no personal data, and a
/// folder that cannot be written just means no cache.
public struct MatcherCache: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// `$SMP_CONSULT_HOME/cache`, else `$XDG_CACHE_HOME/smp-consult`, else
    /// `~/.cache/smp-consult`; nil when `SMP_CONSULT_NO_CACHE` is set or there is no home.
    public static func resolve(environment: [String: String]) -> MatcherCache? {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        if value("SMP_CONSULT_NO_CACHE") != nil { return nil }
        if let home = value("SMP_CONSULT_HOME") {
            return MatcherCache(folder: URL(fileURLWithPath: home).appendingPathComponent("cache"))
        }
        if let cache = value("XDG_CACHE_HOME") {
            return MatcherCache(folder: URL(fileURLWithPath: cache).appendingPathComponent("smp-consult"))
        }
        if let home = value("HOME") {
            return MatcherCache(folder: URL(fileURLWithPath: home).appendingPathComponent(".cache/smp-consult"))
        }
        return nil
    }

    /// The matcher for `source`: read from the cache when a fitting index is
    /// there, else made by `make` and saved for next time.
    /// - Parameter build: identifies the running program (e.g. its file's size
    ///   and time), so a rebuilt program never reads an older one's index.
    public func matcher(for source: KnowledgeSource, build: String, make: () throws -> Matcher) rethrows -> Matcher {
        let file = folder.appendingPathComponent("matcher-\(Self.key(source: source, build: build)).index")
        if let data = FileManager.default.contents(atPath: file.path),
            let matcher = try? Matcher.decodeIndex(Array(data), source: source)
        {
            return matcher
        }
        let matcher = try make()
        save(matcher, to: file)
        return matcher
    }

    /// Writes the index beside older ones, then removes those: a cache folder
    /// holds one index per program and knowledge base in use, not a history.
    private func save(_ matcher: Matcher, to file: URL) {
        do {
            try PrivateFiles.makeFolder(folder)
            try PrivateFiles.write(Data(matcher.encodedIndex()), to: file)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasPrefix("matcher-") && name.hasSuffix(".index") && name != file.lastPathComponent {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        } catch {
            // No cache this time; the answer does not depend on it.
        }
    }

    /// FNV-1a over the build, the index format and every file of the source.
    static func key(source: KnowledgeSource, build: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            hash ^= 0xFF
            hash = hash &* 0x100_0000_01b3
        }
        mix(build)
        mix(String(Matcher.indexFormat))
        for file in source.files {
            mix(file.name)
            mix(file.text)
        }
        return String(hash, radix: 16)
    }
}
