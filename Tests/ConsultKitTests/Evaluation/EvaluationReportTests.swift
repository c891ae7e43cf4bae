import Foundation
import Testing

@testable import ConsultKit

/// The accuracy gate: reading labelled files and scoring predictions,
/// checked on small sets whose scores are worked out by hand.
@Suite struct EvaluationReportTests {
    // MARK: Reading a labelled file

    @Test func readsQuestionsAndLabelsByHeaderName() throws {
        let text =
            "Labels\tQuestion\nlasting\thow long does it last\n\n  \t \nsessions | none\thow many sittings\nnone\tprice?\n"
        let set = try LabelledSet(tsv: text, file: "set.tsv")
        #expect(set.items.map(\.question) == ["how long does it last", "how many sittings", "price?"])
        #expect(set.items.map(\.labels) == [["lasting"], ["sessions", "none"], ["none"]])
        #expect(set.items.map(\.line) == [2, 5, 6])
    }

    @Test(arguments: [
        // An empty file has an empty header line.
        ("", "set.tsv:1: header must name the columns 'question' and 'labels'"),
        ("text\tintent\nhello\tgreeting\n", "set.tsv:1: header must name the columns 'question' and 'labels'"),
        ("question\tlabels\nhow long\tlasting\nhow many\n", "set.tsv:3: missing labels column"),
        ("question\tlabels\nhow long\t\n", "set.tsv:2: missing labels column"),
    ])
    func aBadFileNamesTheLine(text: String, message: String) {
        #expect {
            try LabelledSet(tsv: text, file: "set.tsv")
        } throws: { error in
            "\(error)" == message
        }
    }

    // MARK: Scores

    func item(_ question: String, _ labels: Set<String>, line: Int) -> LabelledSet.Item {
        LabelledSet.Item(question: question, labels: labels, line: line)
    }

    /// Two in scope (one right, one falsely refused), two out of scope (one
    /// right, one falsely accepted), one ambiguous (either answer is right).
    var report: EvaluationReport {
        let set = LabelledSet(items: [
            item("how long does it last", ["lasting"], line: 2),
            item("how many sittings", ["sessions"], line: 3),
            item("what is the price", ["none"], line: 4),
            item("does it hurt", ["none"], line: 5),
            item("will it fade", ["lasting", "none"], line: 6),
        ])
        return EvaluationReport(set: set, predictions: ["lasting", nil, nil, "sessions", nil])
    }

    @Test func scoresOverallInScopeOutOfScopeAndAmbiguous() throws {
        let report = report
        #expect(report.total == 5 && report.correct == 3)
        #expect(report.accuracy == 0.6)
        #expect(report.inScope == 2 && report.inScopeCorrect == 1 && report.falseRejects == 1)
        #expect(report.inScopeAccuracy == 0.5)
        #expect(report.outOfScope == 2 && report.outOfScopeCorrect == 1 && report.falseAccepts == 1)
        #expect(report.outOfScopeRecall == 0.5)
        #expect(report.ambiguous == 1 && report.ambiguousAccuracy == 1)
    }

    @Test func countsEachLabelsRecallAndWrongPredictions() throws {
        let labels = report.labels
        let lasting = try #require(labels["lasting"])
        #expect((lasting.count, lasting.correct, lasting.predicted, lasting.wrongPredictions) == (2, 2, 1, 0))
        let sessions = try #require(labels["sessions"])
        #expect((sessions.count, sessions.correct, sessions.predicted, sessions.wrongPredictions) == (1, 0, 1, 1))
        #expect(sessions.recall == 0)
        let none = try #require(labels["none"])
        #expect((none.count, none.correct, none.predicted, none.wrongPredictions) == (2, 1, 3, 1))
    }

    @Test func listsEveryMissWithGoldLabelsNoneLast() {
        let misses = report.misses
        #expect(misses.map(\.item) == [2, 4])
        #expect(misses.map(\.question) == ["how many sittings", "does it hurt"])
        #expect(misses.map(\.gold) == ["sessions", "none"])
        #expect(misses.map(\.predicted) == ["none", "sessions"])
        let ambiguous = EvaluationReport(
            set: LabelledSet(items: [item("q", ["none", "lasting", "aftercare"], line: 2)]), predictions: ["sessions"])
        #expect(ambiguous.misses.map(\.gold) == ["aftercare|lasting|none"])
    }

    @Test func aMissingPredictionIsAMissNotAnAnswer() {
        let set = LabelledSet(items: [item("a", ["lasting"], line: 2), item("b", ["none"], line: 3)])
        let report = EvaluationReport(set: set, predictions: ["lasting"])
        #expect(report.correct == 1 && report.total == 2)
        #expect(report.outOfScopeCorrect == 0 && report.falseAccepts == 0)
        #expect(report.misses.map(\.predicted) == ["<missing>"])
    }

    @Test func anEmptySetHasNoScoresRatherThanZero() {
        let report = EvaluationReport(set: LabelledSet(items: []), predictions: [])
        #expect(report.accuracy == nil && report.inScopeAccuracy == nil && report.outOfScopeRecall == nil)
        #expect(report.text.hasPrefix("overall accuracy        n/a  (0/0)\n"))
        #expect(report.text.hasSuffix("misses (0):\n"))
    }

    @Test func theTextReportShowsScoresRowsAndMisses() {
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "overall accuracy       60.0%  (3/5)")
        #expect(lines[1] == "in-scope accuracy      50.0%  (n=2, false rejects 1)")
        #expect(lines[2] == "out-of-scope recall    50.0%  (n=2)")
        #expect(lines[3] == "oos false accepts          1")
        #expect(lines[4] == "ambiguous (X|none)    100.0%  (n=1)")
        // Label rows: intents alphabetically, then none.
        let rows = lines.drop { !$0.hasPrefix("label") }.dropFirst().prefix { !$0.isEmpty }
        #expect(rows.map { String($0.prefix { $0 != " " }) } == ["lasting", "sessions", "none"])
        #expect(rows.first == "lasting      2     2  100.0%     1           0")
        #expect(lines.contains("misses (2):"))
        #expect(lines.contains(#"  #2: "how many sittings"  gold=sessions  predicted=none"#))
        #expect(lines.contains(#"  #4: "does it hurt"  gold=none  predicted=sessions"#))
    }
}
