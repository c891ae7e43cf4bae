import Foundation

/// The chat's line history on disk: one line per entry, the newest last, at
/// most `limit` lines. Read and written only through `PrivateFiles`, so a
/// symbolic link or a special file in its place is refused, never followed,
/// and every save replaces the whole file atomically.
public struct HistoryFile: Sendable {
    public let url: URL
    public let limit: Int
    /// Larger than `limit` lines of any sane length: a bigger file is not ours.
    public static let sizeLimit = 4 << 20

    public init(url: URL, limit: Int) {
        self.url = url
        self.limit = limit
    }

    /// The saved lines, oldest first; none when there is no file yet.
    public func load() throws -> [String] {
        try PrivateFiles.makeFolder(url.deletingLastPathComponent())
        let data: Data
        do {
            data = try PrivateFiles.read(url, limit: Self.sizeLimit)
        } catch let failure as PrivateFiles.Failure where failure.code == ENOENT {
            return []
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return Array(lines.suffix(limit))
    }

    /// Saves `lines`, keeping the last `limit`.
    public func save(_ lines: [String]) throws {
        let kept = lines.suffix(limit).map { $0.replacingOccurrences(of: "\n", with: " ") }
        try PrivateFiles.write(Data((kept.joined(separator: "\n") + (kept.isEmpty ? "" : "\n")).utf8), to: url)
    }
}
