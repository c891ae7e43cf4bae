import Foundation

/// A temporary SMP_CONSULT_HOME (and HOME) for the end-to-end tests of the
/// plan and the clinic file, removed afterwards.
final class ClientHome {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("smp-client-\(UUID().uuidString)")
    var plans: URL { url.appendingPathComponent("plans") }
    var environment: [String: String] {
        [
            "SMP_CONSULT_HOME": url.path, "HOME": url.path, "TZ": "UTC",
            "XDG_CONFIG_HOME": url.appendingPathComponent("config").path,
            "XDG_DATA_HOME": url.appendingPathComponent("data").path,
            "XDG_STATE_HOME": url.appendingPathComponent("state").path,
        ]
    }

    init() {
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func run(_ arguments: [String], input: String = "") throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, input: input, environment: environment)
    }

    func planIDs() -> [String] { ids(in: plans) }

    func draftIDs() -> [String] { ids(in: plans.appendingPathComponent("drafts")) }

    private func ids(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A copy of the built-in knowledge base, to add a clinic file to.
    func intentsCopy() throws -> URL {
        let folder = url.appendingPathComponent("intents")
        try FileManager.default.copyItem(at: BinaryRunner.packageRoot.appendingPathComponent("Intents"), to: folder)
        return folder
    }

    /// Saves a plan from flags alone and returns its id.
    func savePlan(start: String = "in 2 weeks", extra: [String] = []) throws -> (
        id: String, result: BinaryRunner.Result
    ) {
        let before = Set(planIDs())
        let result = try run(
            [
                "intake", "--name", "Sam", "--goal", "thinning", "--hair-colour", "black", "--hairline", "soft",
                "--density", "full", "--start", start,
            ] + extra)
        let id = Set(planIDs()).subtracting(before).first ?? ""
        return (id, result)
    }
}
