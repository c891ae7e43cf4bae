import Foundation

/// A private folder of versioned JSON records, one `<id>.json` per record:
/// the mechanics the plan store and the draft store share. Folders are 0700
/// and files 0600; every write goes to a temporary file in the same folder
/// and is renamed into place, so a crash leaves the old file whole. The
/// version check of every record read happens here and nowhere else.
public struct RecordFolder: Sendable {
    public let url: URL
    /// The largest record read: a plan or draft is a few kilobytes, so a
    /// larger file is damaged (or not ours) and is never read whole.
    public static let sizeLimit = 1 << 20

    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    // MARK: Ids

    private static let idAlphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// A fresh id: the day it was made and six random letters (`20261207-k3f9qz`).
    public static func newID(at date: Date = Date()) -> String {
        let day = CalendarDay(date, in: TimeZone(identifier: "UTC") ?? .current)
        var generator = SystemRandomNumberGenerator()
        let suffix = String((0..<6).map { _ in idAlphabet.randomElement(using: &generator)! })
        return day.iso.replacingOccurrences(of: "-", with: "") + "-" + suffix
    }

    /// Checks an id from the command line or a file: lowercase letters, digits
    /// and `-`, so it can never name a path outside the folder.
    public static func validate(id: String) throws -> String {
        var id = id.trimmingCharacters(in: .whitespaces)
        if id.hasSuffix(".json") { id.removeLast(5) }
        guard !id.isEmpty, id.count <= 64, id.first != "-",
            id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        else { throw StoreError.invalidID(id) }
        return id
    }

    public func file(_ id: String) throws -> URL {
        url.appendingPathComponent(try Self.validate(id: id) + ".json")
    }

    // MARK: Folder

    /// Creates the folder (0700) and its parents.
    public func make() throws {
        do {
            try PrivateFiles.makeFolder(url)
        } catch let failure as PrivateFiles.Failure {
            throw StoreError.unwritable(folder: url.path, reason: failure.reason)
        }
    }

    /// Creates the folder and proves it can be written, so a problem shows
    /// before the client answers anything.
    public func prepare() throws {
        try make()
        let probe = url.appendingPathComponent(".write-test-\(UUID().uuidString)")
        let descriptor = open(probe.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.unwritable(folder: url.path, reason: Self.lastError())
        }
        close(descriptor)
        unlink(probe.path)
    }

    // MARK: Records

    /// Saves the record; with `replacing` false, a record of that id that is
    /// already there (saved meanwhile by another process) is left whole and
    /// `savedMeanwhile` thrown.
    public func save(_ value: some Encodable, id: String, replacing: Bool = true) throws {
        try make()
        let file = try file(id)
        do {
            try PrivateFiles.write(try Self.encode(value), to: file, replacing: replacing)
        } catch let failure as PrivateFiles.Failure {
            if !replacing && failure.code == EEXIST { throw StoreError.savedMeanwhile(id: id, file: file.path) }
            throw StoreError.writeFailed(file: file.path, reason: failure.reason)
        }
    }

    /// The record `id`, or nil when there is no such file (a symbolic link
    /// there, even a dangling one, is a damaged record, not a missing one).
    public func read<T: Decodable>(_ type: T.Type, id: String, supported: Int) throws -> T? {
        let file = try file(id)
        var status = stat()
        guard lstat(file.path, &status) == 0 else { return nil }
        return try Self.read(type, from: file, supported: supported)
    }

    /// Every readable record and a problem for each file that could not be
    /// read; one bad file never hides the others. A folder that cannot be
    /// listed is an error (a missing one holds no records).
    public func list<T: Decodable>(_ type: T.Type, supported: Int) throws -> (records: [T], problems: [StoreError]) {
        var records: [T] = []
        var problems: [StoreError] = []
        for file in try jsonFiles() {
            do {
                records.append(try Self.read(type, from: file, supported: supported))
            } catch let error as StoreError {
                problems.append(error)
            } catch {
                problems.append(.damaged(file: file.path, reason: "\(error)"))
            }
        }
        return (records, problems)
    }

    /// Removes the record; false when there was none.
    @discardableResult
    public func delete(id: String) throws -> Bool {
        let file = try file(id)
        if unlink(file.path) == 0 { return true }
        if errno == ENOENT { return false }
        throw StoreError.writeFailed(file: file.path, reason: Self.lastError())
    }

    /// `<id>.json` files only: temporary files and anything else are left alone.
    private func jsonFiles() throws -> [URL] {
        guard let folder = opendir(url.path) else {
            if errno == ENOENT { return [] }
            throw StoreError.unreadable(folder: url.path, reason: Self.lastError())
        }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            names.append(name)
        }
        return names.sorted()
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && (try? Self.validate(id: $0)) != nil }
            .map { url.appendingPathComponent($0) }
    }

    // MARK: Encoding

    /// Writes `data` atomically to a file only its owner can read.
    public static func writePrivately(_ data: Data, to url: URL, beforeRename: () throws -> Void = {}) throws {
        do {
            try PrivateFiles.write(data, to: url, beforeRename: beforeRename)
        } catch let failure as PrivateFiles.Failure {
            throw StoreError.writeFailed(file: url.path, reason: failure.reason)
        }
    }

    /// Pretty, sorted JSON with ISO 8601 dates and a final newline.
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private struct VersionProbe: Decodable {
        let version: Int?
    }

    /// Reads a record, refusing one written by a newer version (a record with
    /// no version is version 1) rather than guessing at it.
    public static func read<T: Decodable>(_ type: T.Type, from file: URL, supported: Int) throws -> T {
        let data: Data
        do {
            data = try PrivateFiles.read(file, limit: sizeLimit)
        } catch let failure as PrivateFiles.Failure {
            throw StoreError.damaged(file: file.path, reason: failure.reason)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            if let version = try decoder.decode(VersionProbe.self, from: data).version, version > supported {
                throw StoreError.newerVersion(file: file.path, version: version, supported: supported)
            }
            return try decoder.decode(T.self, from: data)
        } catch let error as StoreError {
            throw error
        } catch let error as DecodingError {
            throw StoreError.damaged(file: file.path, reason: reason(error))
        } catch {
            throw StoreError.damaged(file: file.path, reason: "\(error)")
        }
    }

    private static func reason(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return "missing field '\(parent.isEmpty ? "" : parent + ".")\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "field '\(path(context))' has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not valid JSON" : "field '\(path(context))': \(context.debugDescription)"
        @unknown default:
            return "unreadable"
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
