import Foundation

/// Unfinished intakes on disk: one JSON file per draft in the `drafts`
/// subfolder of the plans folder, private and written atomically like the
/// plans (see `RecordFolder`).
public struct DraftStore: Sendable {
    public let folder: URL
    private let records: RecordFolder

    public init(folder: URL) {
        records = RecordFolder(url: folder)
        self.folder = records.url
    }

    /// The drafts that belong with the plans in `plansFolder`.
    public init(plansFolder: URL) {
        self.init(folder: plansFolder.appendingPathComponent("drafts", isDirectory: true))
    }

    /// Creates the folder (0700) and proves it can be written.
    public func prepare() throws {
        try records.prepare()
    }

    public func save(_ draft: IntakeDraft) throws {
        try records.save(draft, id: draft.id)
    }

    public func draft(id: String) throws -> IntakeDraft {
        guard let draft = try records.read(IntakeDraft.self, id: id, supported: IntakeDraft.currentVersion) else {
            throw StoreError.draftNotFound(id: id, folder: folder.path)
        }
        return draft
    }

    /// The draft saved most recently that no other process has open.
    public func latest() throws -> IntakeDraft {
        let (drafts, problems) = try list()
        guard let latest = drafts.first(where: { !records.isClaimed($0.id) }) else {
            if let open = drafts.first { throw StoreError.openElsewhere(id: open.id) }
            if let problem = problems.first { throw problem }
            throw StoreError.noDrafts(folder: folder.path)
        }
        return latest
    }

    /// Claims the draft `id` for this process while its intake runs: a second
    /// process resuming it gets `openElsewhere`.
    public func claim(_ id: String) throws -> RecordClaim {
        try records.claim(id)
    }

    /// Every readable draft, most recently saved first.
    public func list() throws -> (drafts: [IntakeDraft], problems: [StoreError]) {
        var (drafts, problems) = try records.list(IntakeDraft.self, supported: IntakeDraft.currentVersion)
        drafts.sort { ($0.updatedAt, $0.id) > ($1.updatedAt, $1.id) }
        return (drafts, problems)
    }

    /// Removes the draft, if it is there.
    public func delete(id: String) throws {
        try records.delete(id: id)
    }
}
