import Foundation
import Testing

@testable import ConsultKit

/// The clinic's report of unanswered questions, on made-up terms: the grouping
/// is mechanics, independent of any knowledge base.
@Suite struct GapReportTests {
    /// Words as terms, with a small synonym table ("cost" → price) and "how"
    /// and "much" as stop words.
    static func terms(_ text: String) -> [String] {
        let synonyms = ["cost": "price", "costs": "price", "price": "price", "fee": "price"]
        return Tokenizer.tokens(text).filter { !["how", "much", "does", "it", "is", "the", "a"].contains($0) }
            .map { synonyms[$0] ?? $0 }
    }

    static func gap(_ question: String) -> GapReport.Entry { GapReport.Entry(question: question, reason: .notCovered) }

    @Test func groupsByTheSharedTermMostFrequentFirst() {
        let entries = [
            Self.gap("how much does it cost"), Self.gap("parking near the clinic"), Self.gap("what is the fee"),
            Self.gap("How much does it cost?"), Self.gap("clinic opening hours"), Self.gap("price of a touch up"),
            GapReport.Entry(question: "how long does it last", reason: nil),
        ]
        let report = GapReport(entries: entries, terms: Self.terms, generic: [])
        #expect(report.questions == 7)
        #expect(report.notCovered == 6)
        #expect(report.groups.map(\.term) == ["cost", "clinic"])
        #expect(report.groups.map(\.count) == [4, 2])
        // The same question asked twice is one example with its count.
        #expect(
            report.groups[0].examples.map(\.question) == [
                "how much does it cost", "what is the fee", "price of a touch up",
            ])
        #expect(report.groups[0].examples.map(\.count) == [2, 1, 1])
    }

    @Test func genericTermsNameNoGroupAndQuestionsWithNothingElseGoLast() {
        let entries = [Self.gap("smp clinic"), Self.gap("smp"), Self.gap("smp clinic hours"), Self.gap("smp parking")]
        let report = GapReport(entries: entries, terms: Self.terms, generic: ["smp"])
        #expect(report.groups.map(\.term) == ["clinic", "parking", GapReport.otherTerm])
        #expect(report.text.contains("clinic (2)\n  smp clinic\n  smp clinic hours\n"))
    }

    @Test func aLongGroupSaysHowManyMoreItHolds() {
        let entries = (1...5).map { Self.gap("clinic question \($0)") }
        let text = GapReport(entries: entries, terms: Self.terms, generic: ["question"]).text
        #expect(text.hasPrefix("5 of 5 questions need the clinic's attention: 5 not covered, 0 to review.\n"))
        #expect(text.contains("  … and 2 more\n"))
    }

    @Test func questionTextReachesTheReportWithoutEscapeSequences() {
        let text = GapReport(entries: [Self.gap("clinic \u{1B}[31mred\u{1B}[0m hours")], terms: Self.terms, generic: [])
            .text
        #expect(!text.contains("\u{1B}"))
    }

    @Test(arguments: [
        (#"{"question":"how much","intent":null,"confidence":1.00}"#, GapReport.Reason?.some(.notCovered)),
        (#"{"question":"how long","intent":"longevity","confidence":0.90}"#, nil),
        (#"{"question":"how long","intent":"longevity","confidence":0.40,"review":true}"#, .review),
        (#"{"question":"x and y","intent":"longevity","parts":[{"intent":"longevity"},{"intent":null}]}"#, .review),
        (#"{"question":"x and y","intent":null,"parts":[{"intent":null},{"intent":"longevity"}]}"#, .review),
    ])
    func readsAnswerRecords(line: String, reason: GapReport.Reason?) throws {
        let entry = try #require(GapReport.Entry(jsonLine: line))
        #expect(entry.reason == reason)
    }

    @Test(arguments: ["how much does it cost", "{not json", #"{"intent":null}"#, "[1,2]"])
    func aLineThatIsNotARecordIsNotReadAsOne(line: String) {
        #expect(GapReport.Entry(jsonLine: line) == nil)
    }

    @Test func chatCommandsAndChoicesAreNotQuestions() {
        #expect(!GapReport.Entry.isQuestion("/topics"))
        #expect(!GapReport.Entry.isQuestion("2"))
        #expect(GapReport.Entry.isQuestion("is there parking"))
    }

    @Test func termsMostTopicsUseAreGeneric() {
        let topics = [["how long does smp last"], ["how many smp sessions"], ["smp pigment"], ["why smp"], ["hello"]]
        let generic = GapReport.genericTerms(topics: topics, terms: { Tokenizer.tokens($0) })
        #expect(generic == ["smp", "how"])
    }
}
