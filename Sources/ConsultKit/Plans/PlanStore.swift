import Foundation

/// Plans on disk: one JSON file per plan (`<id>.json`) in a private folder,
/// with drafts of unfinished intakes in its `drafts/` subfolder. Folders are
/// 0700 and files 0600; every write goes to a temporary file in the same
/// folder and is renamed into place, so a crash leaves the old file whole.
public struct PlanStore: Sendable {
    public let folder: URL
    public var draftsFolder: URL { folder.appendingPathComponent("drafts", isDirectory: true) }

    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// `--plans-dir`, else the plans folder of `AppFolders`.
    public static func resolve(plansDir: String?, environment: [String: String]) -> PlanStore {
        if let plansDir, !plansDir.isEmpty {
            return PlanStore(folder: URL(fileURLWithPath: plansDir, isDirectory: true))
        }
        return PlanStore(folder: AppFolders(environment: environment).plans)
    }

    // MARK: Ids and paths

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
        else { throw PlanStoreError.invalidID(id) }
        return id
    }

    public func planFile(_ id: String) throws -> URL {
        folder.appendingPathComponent(try Self.validate(id: id) + ".json")
    }

    public func draftFile(_ id: String) throws -> URL {
        draftsFolder.appendingPathComponent(try Self.validate(id: id) + ".json")
    }

    // MARK: Preparing

    /// Creates the folders (0700) and proves they can be written, so a
    /// problem shows before the client answers anything.
    public func prepare() throws {
        for url in [folder, draftsFolder] {
            try makeFolder(url)
        }
        for url in [folder, draftsFolder] {
            let probe = url.appendingPathComponent(".write-test-\(UUID().uuidString)")
            let descriptor = open(probe.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            guard descriptor >= 0 else {
                throw PlanStoreError.unwritable(folder: url.path, reason: Self.lastError())
            }
            close(descriptor)
            unlink(probe.path)
        }
    }

    private func makeFolder(_ url: URL) throws {
        do {
            try PrivateFiles.makeFolder(url)
        } catch let failure as PrivateFiles.Failure {
            throw PlanStoreError.unwritable(folder: url.path, reason: failure.reason)
        }
    }

    // MARK: Plans

    public func save(_ plan: Plan) throws {
        try makeFolder(folder)
        let file = try planFile(plan.id)
        try writeAtomically(try Self.encode(plan), to: file)
    }

    public func plan(id: String) throws -> Plan {
        let file = try planFile(id)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw PlanStoreError.notFound(id: id, folder: folder.path)
        }
        return try Self.read(Plan.self, from: file)
    }

    public func delete(id: String) throws {
        let file = try planFile(id)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw PlanStoreError.notFound(id: id, folder: folder.path)
        }
        guard unlink(file.path) == 0 else {
            throw PlanStoreError.writeFailed(file: file.path, reason: Self.lastError())
        }
    }

    /// Every readable plan, newest first, and a problem for each file that
    /// could not be read; one bad file never hides the others.
    public func list() -> (plans: [Plan], problems: [PlanStoreError]) {
        var plans: [Plan] = []
        var problems: [PlanStoreError] = []
        for file in jsonFiles(in: folder) {
            do {
                plans.append(try Self.read(Plan.self, from: file))
            } catch let error as PlanStoreError {
                problems.append(error)
            } catch {
                problems.append(.damaged(file: file.path, reason: "\(error)"))
            }
        }
        plans.sort { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        return (plans, problems)
    }

    // MARK: Drafts

    public func saveDraft(_ draft: IntakeDraft) throws {
        try makeFolder(folder)
        try makeFolder(draftsFolder)
        try writeAtomically(try Self.encode(draft), to: try draftFile(draft.id))
    }

    public func draft(id: String) throws -> IntakeDraft {
        let file = try draftFile(id)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw PlanStoreError.draftNotFound(id: id, folder: draftsFolder.path)
        }
        return try Self.read(IntakeDraft.self, from: file)
    }

    /// The draft saved most recently.
    public func latestDraft() throws -> IntakeDraft {
        let (drafts, problems) = self.drafts()
        guard let latest = drafts.first else {
            if let problem = problems.first { throw problem }
            throw PlanStoreError.noDrafts(folder: draftsFolder.path)
        }
        return latest
    }

    /// Every readable draft, most recently saved first.
    public func drafts() -> (drafts: [IntakeDraft], problems: [PlanStoreError]) {
        var drafts: [IntakeDraft] = []
        var problems: [PlanStoreError] = []
        for file in jsonFiles(in: draftsFolder) {
            do {
                drafts.append(try Self.read(IntakeDraft.self, from: file))
            } catch let error as PlanStoreError {
                problems.append(error)
            } catch {
                problems.append(.damaged(file: file.path, reason: "\(error)"))
            }
        }
        drafts.sort { ($0.updatedAt, $0.id) > ($1.updatedAt, $1.id) }
        return (drafts, problems)
    }

    public func deleteDraft(id: String) throws {
        let file = try draftFile(id)
        if unlink(file.path) != 0 && errno != ENOENT {
            throw PlanStoreError.writeFailed(file: file.path, reason: Self.lastError())
        }
    }

    // MARK: Files

    /// `<id>.json` files only: temporary files and anything else are left alone.
    private func jsonFiles(in url: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted()
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && (try? Self.validate(id: $0)) != nil }
            .map { url.appendingPathComponent($0) }
    }

    /// Writes `data` to a temporary file beside `url` (0600), flushes it, and
    /// renames it over `url`. `beforeRename` lets tests stop in between, as a
    /// crash would.
    func writeAtomically(_ data: Data, to url: URL, beforeRename: () throws -> Void = {}) throws {
        try Self.writePrivately(data, to: url, beforeRename: beforeRename)
    }

    /// Writes `data` atomically to a file only its owner can read: exports
    /// carry the same personal data as the plans.
    public static func writePrivately(_ data: Data, to url: URL, beforeRename: () throws -> Void = {}) throws {
        do {
            try PrivateFiles.write(data, to: url, beforeRename: beforeRename)
        } catch let failure as PrivateFiles.Failure {
            throw PlanStoreError.writeFailed(file: url.path, reason: failure.reason)
        }
    }

    static func encode(_ value: some Encodable) throws -> Data {
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

    static func read<T: Decodable>(_ type: T.Type, from file: URL) throws -> T {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw PlanStoreError.damaged(file: file.path, reason: "cannot be read (\(lastError()))")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let supported = T.self == IntakeDraft.self ? IntakeDraft.currentVersion : Plan.currentVersion
        do {
            if let version = try decoder.decode(VersionProbe.self, from: data).version, version > supported {
                throw PlanStoreError.newerVersion(file: file.path, version: version, supported: supported)
            }
            return try decoder.decode(T.self, from: data)
        } catch let error as PlanStoreError {
            if case .newerVersion(_, let version, let supported) = error {
                throw PlanStoreError.newerVersion(file: file.path, version: version, supported: supported)
            }
            throw error
        } catch let error as DecodingError {
            throw PlanStoreError.damaged(file: file.path, reason: reason(error))
        } catch {
            throw PlanStoreError.damaged(file: file.path, reason: "\(error)")
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
            return context.codingPath.isEmpty ? "not valid JSON" : "field '\(path(context))': \(context.debugDescription)"
        @unknown default:
            return "unreadable"
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
