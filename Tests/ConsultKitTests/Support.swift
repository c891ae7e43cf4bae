import BundledIntents
import Foundation

@testable import ConsultKit

/// Paths of the test fixtures.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

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

/// The team's material in `../shared` beside the project: read and measured
/// with, never copied in. A clone of the project alone has no such folder, so
/// the tests that need it are skipped there; CI sets
/// `SMP_CONSULT_REQUIRE_SHARED=1`, which runs them anyway so that a missing
/// folder fails instead of passing unmeasured.
enum Shared {
    static let folder = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static let isRequired = ProcessInfo.processInfo.environment["SMP_CONSULT_REQUIRE_SHARED"] == "1"

    static var isPresent: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Whether tests that measure with `../shared` run: when it is there, or when required.
    static var shouldRun: Bool { isPresent || isRequired }

    /// The text of `name` inside `../shared`; a clear failure when it is missing.
    static func text(_ name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw Missing(path: url.path)
        }
    }

    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "missing \(path): the team's shared material must sit beside the project" }
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

/// An intake form of the tests' own (`Fixtures/intake-form/intake.yaml`), so a
/// change of wording in the built-in `Intents/intake.yaml` breaks no test of
/// the intake's mechanics.
enum IntakeFixtures {
    static let form: IntakeForm = {
        let url = URL(fileURLWithPath: Fixtures.path("intake-form")).appendingPathComponent("intake.yaml")
        do {
            return try IntakeForm.load(text: String(contentsOf: url, encoding: .utf8))
        } catch {
            fatalError("Fixtures/intake-form/intake.yaml does not load: \(error)")
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
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "smp-plans-\(UUID().uuidString)", isDirectory: true)
    }
}

/// The small fixture knowledge base (`Fixtures/mini-intents`) and its
/// matcher, for tests of mechanics that must not change when the built-in
/// knowledge base is reworded.
enum Mini {
    static let knowledge: KnowledgeBase = {
        do {
            return try KnowledgeBase.load(.folder(Fixtures.path("mini-intents")))
        } catch {
            fatalError("mini-intents does not load: \(error)")
        }
    }()
    static let answerer = Answerer(matcher: Matcher(knowledge: knowledge))
}
