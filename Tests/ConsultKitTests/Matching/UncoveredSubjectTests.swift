import Foundation
import Testing

@testable import ConsultKit

/// Things the guide says nothing about (`subjects:` in out-of-scope.yaml): a
/// question that names one is refused however many words it shares with a
/// topic, unless the topic declares the subject in its `about:`. On the small
/// test knowledge base, with and without the declaration, so each test shows
/// the declaration is what changes the verdict.
@Suite struct UncoveredSubjectTests {
    /// The mini knowledge base; `subjects`, `sessionsAbout`,
    /// `sessionsExcludes` and `sessionsNeeds` are added to out-of-scope.yaml
    /// and sessions.yaml when given.
    static func knowledge(
        subjects: String? = nil, sessionsAbout: String? = nil, sessionsExcludes: String? = nil,
        sessionsNeeds: String? = nil
    ) throws -> KnowledgeBase {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        func edit(_ name: String, _ change: (String) -> String) throws {
            let url = folder.appendingPathComponent(name)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        try edit("lexicon.yaml") {
            $0.replacingOccurrences(
                of: "synonyms:\n",
                with: "synonyms:\n  - term: skintone\n    variants: [skin tone, dark skin, pale skin]\n")
        }
        // The subjects' words are words some example uses, as `intents check` asks.
        try edit("out-of-scope.yaml") {
            $0 + "  - does it work on dark skin\n  - will a transplant grow back\n"
                + (subjects.map { "subjects: \($0)\n" } ?? "")
        }
        if let sessionsExcludes {
            try edit("sessions.yaml") {
                $0.replacingOccurrences(of: "examples:", with: "excludes: \(sessionsExcludes)\nexamples:")
            }
        }
        if let sessionsNeeds {
            try edit("sessions.yaml") {
                $0.replacingOccurrences(of: "examples:", with: "needs: \(sessionsNeeds)\nexamples:")
            }
        }
        if let sessionsAbout {
            try edit("sessions.yaml") {
                $0.replacingOccurrences(of: "examples:", with: "about: \(sessionsAbout)\nexamples:")
            }
        }
        return try KnowledgeBase.load(try .folder(folder.path))
    }

    static let plain = Matcher(knowledge: try! knowledge())
    static let declared = Matcher(knowledge: try! knowledge(subjects: "[skintone, transplant]"))

    @Test(arguments: [
        ("how long does smp last on pale skin", "lasting"),
        ("how many sessions after a transplant", "sessions"),
    ])
    func aQuestionNamingAnUncoveredSubjectIsRefused(question: String, wordsAlone: String) {
        #expect(Self.plain.match(question).intent?.id == wordsAlone)
        let match = Self.declared.match(question, explain: true)
        #expect(match.intent == nil)
        #expect(match.explanation.rule.description.hasPrefix("names '"))
    }

    @Test func questionsWithoutTheSubjectAreAnsweredAsBefore() {
        for question in ["how long does smp last", "how many sessions do i need", "will the result fade"] {
            #expect(Self.declared.match(question).intent?.id == Self.plain.match(question).intent?.id)
            #expect(Self.declared.match(question).intent != nil)
        }
    }

    /// A topic that lists the subject in `about:` still answers it, even when
    /// another topic scores higher on words alone.
    @Test func aTopicAboutTheSubjectAnswersIt() throws {
        let matcher = Matcher(
            knowledge: try Self.knowledge(subjects: "[skintone, transplant]", sessionsAbout: "[transplant]"))
        #expect(matcher.match("how many sessions after a transplant").intent?.id == "sessions")
        #expect(matcher.match("how long does smp last on pale skin").intent == nil)
    }

    /// An intent's `excludes:` passes it by for a question that names the
    /// thing, though the guide may cover that thing elsewhere.
    @Test func anExcludedThingPassesTheIntentBy() throws {
        let matcher = Matcher(knowledge: try Self.knowledge(sessionsExcludes: "[transplant]"))
        #expect(Self.plain.match("how many sessions after a transplant").intent?.id == "sessions")
        #expect(matcher.match("how many sessions after a transplant").intent == nil)
        #expect(matcher.match("how many sessions do i need").intent?.id == "sessions")
        let decoded = try Matcher.decodeIndex(matcher.encodedIndex(), files: matcher.knowledge.files)
        #expect(decoded.knowledge["sessions"]?.excludes == ["transplant"])
        #expect(decoded.match("how many sessions after a transplant").intent == nil)
    }

    /// An intent's `needs:` keeps it for questions that name one of the
    /// terms; the others go to another topic or none. Kept through encoding.
    @Test func anIntentTakesOnlyQuestionsNamingWhatItNeeds() throws {
        let matcher = Matcher(knowledge: try Self.knowledge(sessionsNeeds: "[transplant]"))
        #expect(Self.plain.match("how many sessions do i need").intent?.id == "sessions")
        #expect(matcher.match("how many sessions do i need").intent?.id != "sessions")
        #expect(matcher.match("how many sessions after a transplant").intent?.id == "sessions")
        let decoded = try Matcher.decodeIndex(matcher.encodedIndex(), files: matcher.knowledge.files)
        #expect(decoded.knowledge["sessions"]?.needs == ["transplant"])
        #expect(decoded.match("how many sessions do i need").intent?.id != "sessions")
        // A need no example uses is reported: it would leave the intent unreachable.
        let unreachable = try Self.knowledge(sessionsNeeds: "[zeppelin]")
        #expect(KnowledgeCheck.run(unreachable.files).map(\.description).contains { $0.contains("needs 'zeppelin'") })
    }

    /// What `intents check` says of the mini knowledge base with `lines`
    /// added to its out-of-scope.yaml.
    static func problems(addingToOutOfScope lines: String) throws -> [String] {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out-of-scope.yaml")
        try (try String(contentsOf: url, encoding: .utf8) + lines).write(to: url, atomically: true, encoding: .utf8)
        return KnowledgeCheck.run(try .folder(folder.path)).map(\.description)
    }

    @Test func aSubjectNoExampleUsesIsReported() throws {
        let problems = try Self.problems(addingToOutOfScope: "subjects: [price, zeppelin]\n")
        #expect(problems.contains { $0.contains("subject 'zeppelin'") })
        #expect(!problems.contains { $0.contains("subject 'price'") })
    }

    /// A caution or a personal subject names one of the subjects; anything
    /// else is a typo to report.
    @Test(arguments: ["cautions", "personal"])
    func aCautionOrAPersonalSubjectMustBeASubject(key: String) throws {
        let problems = try Self.problems(addingToOutOfScope: "subjects: [price]\n\(key): [price, zeppelin]\n")
        #expect(problems.contains { $0.contains("\(key): 'zeppelin' is not one of the subjects") })
        #expect(!problems.contains { $0.contains("'price' is not") })
    }

    @Test func anEncodedIndexKeepsTheSubjects() throws {
        let decoded = try Matcher.decodeIndex(Self.declared.encodedIndex(), files: Self.declared.knowledge.files)
        #expect(decoded.knowledge.outOfScope.subjects == ["skintone", "transplant"])
        let bundled = try Matcher.decodeIndex(Bundled.matcher.encodedIndex(), files: Bundled.knowledge.files)
        #expect(bundled.knowledge.outOfScope.cautions == Bundled.knowledge.outOfScope.cautions)
        #expect(!bundled.knowledge.outOfScope.cautions.isEmpty)
        #expect(bundled.knowledge.outOfScope.personal == Bundled.knowledge.outOfScope.personal)
        #expect(!bundled.knowledge.outOfScope.personal.isEmpty)
        #expect(decoded.match("how many sessions after a transplant").intent == nil)
    }
}
