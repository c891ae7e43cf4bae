import Foundation
import Testing

@testable import ConsultKit

/// Intents that say what they answer: a question about the same aspect of
/// another thing does not take their answer. On the small test knowledge base,
/// once as it is and once with the declarations, so each test shows the
/// declarations are what changes the verdict.
@Suite struct AspectTests {
    static let questionTypes = """

        question_types:
          - type: duration
            phrases: [how long]
          - type: count
            phrases: [how many, number of]
          - type: who
            phrases: [^who]
          - type: when
            phrases: [^when]
          - type: other
            phrases: [what]

        """

    /// The mini knowledge base, with `about:`/`answers:` declared when `declared`.
    static func knowledge(declared: Bool) throws -> KnowledgeBase {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        func edit(_ name: String, _ change: (String) -> String) throws {
            let url = folder.appendingPathComponent(name)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("lexicon.yaml") { $0 + questionTypes }
        // A type's words must be words the knowledge base uses to be found.
        try edit("out-of-scope.yaml") { $0 + "  - who are you\n  - when do you open\n" }
        if declared {
            try edit("lasting.yaml") {
                $0.replacingOccurrences(
                    of: "examples:", with: "about: [smp, result, dot]\nanswers: [duration]\nexamples:")
            }
            try edit("sessions.yaml") {
                $0.replacingOccurrences(
                    of: "examples:", with: "about: [session]\nanswers: [count, who, when]\nexamples:")
            }
        }
        return try KnowledgeBase.load(try .folder(folder.path))
    }

    static let plain = Matcher(knowledge: try! knowledge(declared: false))
    static let declared = Matcher(knowledge: try! knowledge(declared: true))

    @Test(arguments: [
        ("how long does a session last", "lasting"),
        ("how many dots are there in smp", "sessions"),
        ("how long do sessions last", "lasting"),
    ])
    func aQuestionAboutAnotherThingIsRefused(question: String, wordsAlone: String) {
        #expect(Self.plain.match(question).intent?.id == wordsAlone)
        let match = Self.declared.match(question, explain: true)
        #expect(match.intent == nil)
        #expect(match.explanation.rule.description.hasPrefix("asks a "))
    }

    @Test(arguments: [
        ("how long does smp last", "lasting"), ("how long does the result last", "lasting"),
        ("how many sessions do i need", "sessions"), ("how many sittings for smp", "sessions"),
        ("will smp fade", "lasting"), ("is it permanent", "lasting"),
    ])
    func aQuestionOfItsOwnAspectIsAnswered(question: String, intent: String) {
        #expect(Self.declared.match(question).intent?.id == intent)
    }

    /// A question type the intent does not declare is not its question.
    @Test func aTypeTheIntentDoesNotAnswerPassesItBy() {
        #expect(Self.plain.match("who does smp last").intent?.id == "lasting")
        #expect(Self.declared.match("who does smp last").intent == nil)
        // Not at the start, "who" is no question type: "men who" is about men.
        #expect(Self.declared.match("will the result fade who").intent?.id == "lasting")
    }

    /// "When" asks at the start of a question, unless a later question word
    /// asks instead: then it only says when the question applies.
    @Test func aWhenThatSetsTheSceneIsNotWhatIsAsked() {
        #expect(Self.declared.match("when does smp last").intent == nil)
        #expect(Self.declared.match("when the dots fade how long does smp last").intent?.id == "lasting")
        #expect(Self.declared.match("will smp last when the dots fade").intent?.id == "lasting")
    }

    /// A type no intent lists ("what") constrains nothing, and marks the
    /// question's type: a later "how long" is part of what is asked about.
    @Test func aTypeNoIntentListsOnlyMarksWhereTheQuestionIs() {
        #expect(Self.declared.match("how long does a session last").intent == nil)
        let question = "what session will last how long"
        #expect(Self.plain.match(question).intent?.id == "lasting")
        #expect(Self.declared.match(question).intent?.id == "lasting")
    }

    @Test func theDeclarationsAreReadAndCheckedAgainstTheLexicon() throws {
        let lasting = try #require(try Self.knowledge(declared: true)["lasting"])
        #expect(lasting.about == ["smp", "result", "dot"])
        #expect(lasting.answers == ["duration"])
        #expect(try Self.knowledge(declared: false)["lasting"]?.answers == nil)

        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("lasting.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "examples:", with: "answers: [colour]\nexamples:")
            .write(to: url, atomically: true, encoding: .utf8)
        let (_, diagnostics) = KnowledgeBase.parse(try .folder(folder.path))
        #expect(diagnostics.map(\.description).contains { $0.contains("unknown question type 'colour'") })
    }

    @Test func anEncodedIndexKeepsTheDeclarations() throws {
        let decoded = try Matcher.decodeIndex(Self.declared.encodedIndex(), files: Self.declared.knowledge.files)
        #expect(decoded.knowledge["lasting"]?.answers == ["duration"])
        #expect(decoded.knowledge["sessions"]?.about == ["session"])
        #expect(decoded.knowledge.lexicon.questionTypes == Self.declared.knowledge.lexicon.questionTypes)
        #expect(decoded.match("how long does a session last").intent == nil)
    }
}
