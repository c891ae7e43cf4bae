import Foundation

@testable import ConsultKit

/// Paths of the test fixtures and of the shared evaluation material.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared` beside the project: read and measured with, never copied in.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// A copy of a fixture folder in a fresh temporary folder, to break on purpose.
    static func copy(_ name: String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("consultkit-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: directory.appendingPathComponent(name), to: target)
        return target
    }
}

/// The built-in knowledge base and its matcher, loaded once for all tests.
enum Bundled {
    static let knowledge: KnowledgeBase = {
        do {
            return try KnowledgeBase.load(.bundled)
        } catch {
            fatalError("the built-in knowledge base does not load: \(error)")
        }
    }()
    static let matcher = Matcher(knowledge: knowledge)
    static let answerer = Answerer(matcher: matcher)
}
