import Foundation
import Testing

@testable import ConsultKit

@Suite struct KnowledgeBaseTests {
    @Test func loadsAFolder() throws {
        let base = try KnowledgeBase.load(.folder(Fixtures.path("mini-intents")))
        #expect(base.intents.map(\.id).sorted() == ["hello", "lasting", "sessions"])
        #expect(base["lasting"]?.source == "3. How long")
        #expect(base["lasting"]?.examples.first?.location == FileLocation(file: "lasting.yaml", line: 9))
        #expect(base["hello"]?.kind == .conversation)
        #expect(base.outOfScope.examples.count == 3)
        #expect(base.lexicon.synonyms.first?.variants == ["scalp micropigmentation", "hair tattoo"])
    }

    @Test func reportsAMissingFolderClearly() {
        #expect(throws: KnowledgeError.unreadableFolder(path: "/nonexistent/intents", reason: "no such folder")) {
            try KnowledgeFiles.folder("/nonexistent/intents")
        }
    }

    @Test func environmentVariableNamesTheFolder() throws {
        let source = try KnowledgeFiles.resolve(
            folder: nil, environment: [KnowledgeFiles.environmentVariable: Fixtures.path("mini-intents")])
        #expect(source?.origin == Fixtures.path("mini-intents"))
        let flagWins = try KnowledgeFiles.resolve(
            folder: Fixtures.path("mini-intents"), environment: [KnowledgeFiles.environmentVariable: "/nowhere"])
        #expect(flagWins?.origin == Fixtures.path("mini-intents"))
        // Neither: the built-in knowledge base, which lives above this module.
        #expect(try KnowledgeFiles.resolve(folder: nil, environment: [:]) == nil)
    }

    @Test func reportsProblemsWithFileAndLine() throws {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        // An intent reusing an id, one with an unknown reference and a duplicate example.
        try "id: lasting\nsource: x\nanswer: Again.\nexamples: [again]\n"
            .write(to: folder.appendingPathComponent("zz-again.yaml"), atomically: true, encoding: .utf8)
        try """
        id: refs
        title: Refs
        source: "x"
        answer: Refs.
        related: [nowhere]
        examples:
          - How many sittings?
        """.write(to: folder.appendingPathComponent("zz-refs.yaml"), atomically: true, encoding: .utf8)
        try "id: [broken\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let problems = KnowledgeCheck.run(try .folder(folder.path)).map(\.description)
        #expect(problems.contains { $0.hasPrefix("zz-again.yaml:1: duplicate intent id 'lasting'") })
        #expect(problems.contains { $0.hasPrefix("zz-refs.yaml:7: duplicate example 'How many sittings?'") })
        #expect(problems.contains { $0.contains("unknown intent 'nowhere'") })
        #expect(problems.contains { $0.hasPrefix("broken.yaml:2: YAML error") })
    }

    /// What `intents check` says of the mini knowledge base with the file
    /// `name` added.
    static func problems(adding name: String, _ yaml: String) throws -> [String] {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        try yaml.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return KnowledgeCheck.run(try .folder(folder.path)).map(\.description)
    }

    @Test func reportsEmptyAnswersAndMissingExamples() throws {
        let problems = try Self.problems(adding: "empty.yaml", "id: empty\nsource: x\nanswer: \"\"\nexamples: []\n")
        #expect(problems.contains("empty.yaml:3: 'answer' must be non-empty text"))
        #expect(problems.contains { $0.hasPrefix("empty.yaml:4: intent 'empty' has no examples") })
    }

    /// `coverage:` and `stated_coverage:` are shares from 0 to 1; anything
    /// else is reported where it stands.
    @Test(arguments: ["coverage", "stated_coverage"], ["2", "lots", "-0.5"])
    func reportsACoverageThatIsNotAShare(key: String, value: String) throws {
        let yaml = "id: chatty\nkind: conversation\nanswer: Hi.\n\(key): \(value)\nexamples: [hiya there]\n"
        let problems = try Self.problems(adding: "chatty.yaml", yaml)
        #expect(problems.contains("chatty.yaml:4: \(key) must be a number from 0 to 1, not '\(value)'"))
    }

    @Test func cleanFolderChecksClean() throws {
        #expect(KnowledgeCheck.run(try .folder(Fixtures.path("mini-intents"))).isEmpty)
    }
}
