import Foundation
import Testing

@testable import ConsultKit

/// The one YAML reader: refuses what authors never need, reports what goes
/// wrong with the file and the line, and has limits.
@Suite struct YAMLReaderTests {
    private func problems(_ text: String, file: String = "topic.yaml") -> [String] {
        var reader = YAMLReader(file: file)
        _ = reader.document(text, expected: "a mapping")
        return reader.diagnostics.map(\.description)
    }

    @Test(arguments: [
        ("id: x\nanswer: &a Some text.\nsource: *a\n", "topic.yaml:2: YAML anchors and aliases"),
        ("id: x\nexamples:\n  - one\n  - *missing\n", "topic.yaml:4: YAML anchors and aliases"),
        ("id: x\nanswer: a\nid: y\n", "topic.yaml:1: YAML error: duplicate key 'id'"),
        ("id: [x\n", "topic.yaml:2: YAML error"),
        ("- a\n- b\n", "topic.yaml:1: expected a mapping"),
        ("", "topic.yaml:1: empty file"),
    ])
    func problemsCarryTheFileAndLine(text: String, message: String) {
        let found = problems(text)
        #expect(found.count == 1 && found[0].hasPrefix(message), "\(found)")
    }

    @Test(arguments: ["answer: Q&A sessions, R & D, 5 * 3 and *stars*\n", "answer: \"&quoted *text\"\n"])
    func ampersandsAndStarsInTextAreNotAnchors(text: String) {
        #expect(problems(text).isEmpty)
    }

    @Test func anAliasBombIsRefusedAtOnce() {
        // One 100 KB string aliased 20,000 times: read naively, gigabytes.
        var text = "id: bomb\nanswer: &big \"" + String(repeating: "x", count: 100_000) + "\"\nexamples:\n"
        text += String(repeating: "  - *big\n", count: 20_000)
        let clock = ContinuousClock()
        var found: [String] = []
        let elapsed = clock.measure { found = problems(text) }
        #expect(found.first?.hasPrefix("topic.yaml:2: YAML anchors and aliases") == true)
        #expect(elapsed < .seconds(2))
    }

    @Test func theIntakeFormIsReadByTheSameReader() {
        let form = "steps:\n  - &step\n    id: start\n    prompt: When?\n    kind: date\n  - *step\n"
        let found = IntakeForm.parse(text: form).diagnostics.map(\.description)
        #expect(found.first?.hasPrefix("intake.yaml:2: YAML anchors and aliases") == true, "\(found)")
    }

    @Test func theKnowledgeBaseReportsDuplicateKeysWithTheLine() throws {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id: twice\nsource: x\nanswer: A.\nexamples: [twice over]\nanswer: B.\n"
            .write(to: folder.appendingPathComponent("twice.yaml"), atomically: true, encoding: .utf8)
        let found = KnowledgeCheck.run(try .folder(folder.path)).map(\.description)
        #expect(found.contains { $0.hasPrefix("twice.yaml:3: YAML error: duplicate key 'answer'") }, "\(found)")
    }

    @Test func nonUTF8IsReportedWithTheLine() throws {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id: bad\nsource: x\nanswer: caf\u{e9}".utf8.dropLast(2) + [0xE9, 0x0A])
            .write(to: folder.appendingPathComponent("bad.yaml"))
        #expect(
            throws: KnowledgeError.invalid([Diagnostic(FileLocation(file: "bad.yaml", line: 3), "not valid UTF-8")])
        ) {
            try KnowledgeFiles.folder(folder.path)
        }
    }

    @Test func aFileOverTheSizeLimitIsRefused() throws {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: UInt8(ascii: "#"), count: KnowledgeFiles.maximumFileSize + 1)
            .write(to: folder.appendingPathComponent("huge.yaml"))
        #expect(throws: KnowledgeError.fileTooLarge(file: "huge.yaml", limit: KnowledgeFiles.maximumFileSize)) {
            try KnowledgeFiles.folder(folder.path)
        }
    }

    @Test func tooManyFilesAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 0...KnowledgeFiles.maximumFileCount {
            #expect(
                FileManager.default.createFile(
                    atPath: folder.appendingPathComponent("f\(number).yaml").path, contents: nil))
        }
        #expect(throws: KnowledgeError.tooManyFiles(path: folder.path, limit: KnowledgeFiles.maximumFileCount)) {
            try KnowledgeFiles.folder(folder.path)
        }
    }
}
