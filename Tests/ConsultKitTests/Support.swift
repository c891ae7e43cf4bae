import BundledIntents
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
            return try KnowledgeBase.load(BundledIntents.files, ignoring: [IntakeForm.fileName])
        } catch {
            fatalError("the built-in knowledge base does not load: \(error)")
        }
    }()
    static let matcher = Matcher(knowledge: knowledge)
    static let answerer = Answerer(matcher: matcher)
}

/// The intake form from `Intents/intake.yaml`, read from the package folder so
/// the tests do not depend on the rest of the knowledge base being there.
enum IntakeFixtures {
    static let form: IntakeForm = {
        let url = Fixtures.packageRoot.appendingPathComponent("Intents/intake.yaml")
        do {
            return try IntakeForm.load(text: String(contentsOf: url, encoding: .utf8))
        } catch {
            fatalError("Intents/intake.yaml does not load: \(error)")
        }
    }()

    /// The small fixture knowledge base ("how long does it last?" is `lasting`).
    static let answerer: Answerer = {
        do {
            return Answerer(matcher: Matcher(knowledge: try KnowledgeBase.load(.folder(Fixtures.path("mini-intents")))))
        } catch {
            fatalError("mini-intents does not load: \(error)")
        }
    }()

    /// A fresh, empty folder for a plan store.
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("smp-plans-\(UUID().uuidString)", isDirectory: true)
    }
}
