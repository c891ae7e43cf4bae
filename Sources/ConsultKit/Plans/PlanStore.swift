import Foundation

/// Saved plans on disk: one JSON file per plan (`<id>.json`) in a private
/// folder (see `RecordFolder` for how files are written and read). Drafts of
/// unfinished intakes live in its `drafts/` subfolder, kept by the intake.
public struct PlanStore: Sendable {
    public let folder: URL
    private let records: RecordFolder

    public init(folder: URL) {
        records = RecordFolder(url: folder)
        self.folder = records.url
    }

    /// `--plans-dir`, else the plans folder of `AppFolders`.
    public static func resolve(plansDir: String?, environment: [String: String]) -> PlanStore {
        if let plansDir, !plansDir.isEmpty {
            return PlanStore(folder: URL(fileURLWithPath: plansDir, isDirectory: true))
        }
        return PlanStore(folder: AppFolders(environment: environment).plans)
    }

    public func planFile(_ id: String) throws -> URL {
        try records.file(id)
    }

    /// Creates the folder (0700) and proves it can be written.
    public func prepare() throws {
        try records.prepare()
    }

    /// Saves a new plan. A plan of that id already there was saved by another
    /// process meanwhile: it is left whole and `savedMeanwhile` thrown.
    public func save(_ plan: Plan) throws {
        try records.save(plan, id: plan.id, replacing: false)
    }

    public func plan(id: String) throws -> Plan {
        guard let plan = try records.read(Plan.self, id: id, supported: Plan.currentVersion) else {
            throw StoreError.notFound(id: id, folder: folder.path)
        }
        return plan
    }

    public func delete(id: String) throws {
        guard try records.delete(id: id) else {
            throw StoreError.notFound(id: id, folder: folder.path)
        }
    }

    /// Every readable plan, newest first, and a problem for each file that
    /// could not be read; one bad file never hides the others.
    public func list() throws -> (plans: [Plan], problems: [StoreError]) {
        var (plans, problems) = try records.list(Plan.self, supported: Plan.currentVersion)
        plans.sort { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        return (plans, problems)
    }
}
