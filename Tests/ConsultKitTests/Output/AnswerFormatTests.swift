import Foundation
import Testing

@testable import ConsultKit

/// The batch output formats on the fixture knowledge base: every record is
/// one line a program can read back, whatever bytes the question holds.
@Suite struct AnswerFormatTests {
    /// Questions that break naive writers: quotes, backslashes, tabs, line
    /// breaks, every other control character, escape sequences, non-ASCII.
    static let awkwardQuestions = [
        "how long does \"smp\" last?",
        "back\\slash and C:\\path\\",
        "tab\there and\r\nline\nbreaks",
        "bell\u{07} escape\u{1B}[31m red nul\u{0} del\u{7F}",
        "C1 csi\u{9B}31m and next line\u{85}here",
        String((1..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }),
        "é, ß, 日本語 and 🙂 stay as they are",
        "",
    ]

    func record(_ question: String, explain: Bool = false) throws -> (Answer, [String: Any]) {
        let answer = Mini.answerer.answer(question, explain: explain)
        let line = AnswerFormat.jsonl.render(answer, explain: explain)
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().allSatisfy { $0 != "\n" && $0 != "\r" }, "one record, one line: \(line)")
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return (answer, try #require(object as? [String: Any]))
    }

    // MARK: JSON Lines

    @Test(arguments: awkwardQuestions)
    func jsonLinesRoundTripAnyQuestion(question: String) throws {
        let (_, object) = try record(question)
        #expect(object["question"] as? String == question)
    }

    @Test func jsonStringEscapesExactlyWhatJSONRequires() throws {
        var bytes: [UInt8] = []
        writeJSONString("a\"b\\c\nd\re\tf\u{1}g\u{1F}h/é", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""a\"b\\c\nd\re\tf\u0001g\u001fh/é""#)
        for byte in UInt8(0)..<0x80 {
            var literal: [UInt8] = []
            let text = String(Character(Unicode.Scalar(byte)))
            writeJSONString(text, to: &literal)
            let decoded = try JSONSerialization.jsonObject(with: Data(literal), options: .fragmentsAllowed)
            #expect(decoded as? String == text, "byte \(byte)")
        }
    }

    @Test func jsonLinesCarryTheAnswerItsSourceAndRelatedTopics() throws {
        let (answer, object) = try record("how long does smp last")
        let part = answer.primary
        let intent = try #require(part.intent)
        #expect(object["intent"] as? String == intent.id)
        #expect(object["answer"] as? String == intent.answer)
        #expect(object["source"] as? String == intent.source)
        #expect(object["suggestions"] as? [String] == part.suggestions)
        let confidence = try #require(object["confidence"] as? Double)
        #expect(abs(confidence - part.confidence) <= 0.005)
        #expect(object["parts"] == nil && object["explain"] == nil)
    }

    @Test func notCoveredIsANullIntentWithTheNotCoveredAnswer() throws {
        let (answer, object) = try record("who won the match yesterday")
        #expect(answer.primary.intent == nil)
        #expect(object["intent"] is NSNull)
        #expect(object["source"] is NSNull)
        #expect(object["answer"] as? String == answer.primary.text)
        #expect((object["answer"] as? String)?.hasPrefix(Mini.knowledge.outOfScope.answer) == true)
    }

    @Test func aLineAskingSeveralThingsListsItsParts() throws {
        let (answer, object) = try record("how long does smp last and how many sessions do i need")
        #expect(answer.parts.count == 2)
        let parts = try #require(object["parts"] as? [[String: Any]])
        #expect(parts.map { $0["intent"] as? String } == answer.parts.map(\.intent?.id))
        #expect(parts.map { $0["answer"] as? String } == answer.parts.map(\.text))
        // The top level is the first part's, with every part's answer.
        #expect(object["intent"] as? String == answer.parts[0].intent?.id)
        #expect(object["answer"] as? String == answer.parts.map(\.text).joined(separator: "\n\n"))
    }

    @Test func explainAddsTheReasonToTheRecordAndEachPart() throws {
        let (answer, object) = try record("how lond does smp last", explain: true)
        #expect(object["explain"] as? String == answer.primary.match.explanation.summary)
        #expect((object["explain"] as? String)?.contains("lond→long") == true)
        let (_, compound) = try record("how long does smp last and how many sessions", explain: true)
        let parts = try #require(compound["parts"] as? [[String: Any]])
        #expect(parts.allSatisfy { $0["explain"] is String })
    }

    // MARK: TSV

    @Test(arguments: awkwardQuestions)
    func tsvIsSevenFieldsOnOneLineWhateverTheQuestion(question: String) {
        let row = AnswerFormat.tsv.render(Mini.answerer.answer(question), explain: false)
        #expect(row.hasSuffix("\n"))
        let fields = row.dropLast().split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields.count == 7, "\(row)")
        #expect(!row.dropLast().contains("\n") && !row.contains("\r"))
        // Control characters (C1 included) become spaces; everything else is kept.
        let flattened = String(
            question.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : Character($0) })
        #expect(fields.first.map(String.init) == flattened)
    }

    @Test func tsvHasAHeaderAndNamesTheIntentOrNone() {
        #expect(AnswerFormat.tsv.header == "question\tintent\tconfidence\treview\tsource\tparts\tanswer\n")
        #expect(AnswerFormat.jsonl.header == nil && AnswerFormat.text.header == nil)
        let answered = Mini.answerer.answer("how many sittings do i need")
        let row = AnswerFormat.tsv.render(answered, explain: false).dropLast()
            .split(separator: "\t", omittingEmptySubsequences: false)
        #expect(row[1] == "sessions")
        #expect(row[2] == AnswerFormat.confidenceText(answered.primary.confidence))
        #expect(String(row[6]) == answered.primary.text)
        let refused = AnswerFormat.tsv.render(Mini.answerer.answer("who won the match yesterday"), explain: false)
        #expect(refused.split(separator: "\t")[1] == "none")
    }

    @Test func tsvJoinsThePartsAnswersOnTheOneLine() {
        let answer = Mini.answerer.answer("how long does smp last and how many sessions do i need")
        let row = AnswerFormat.tsv.render(answer, explain: false)
        #expect(
            row.dropLast().split(separator: "\t").last.map(String.init)
                == answer.parts.map(\.text).joined(separator: " "))
    }

    // MARK: Text

    @Test func textShowsTheQuestionTheAnswerAndItsSource() throws {
        let answer = Mini.answerer.answer("how long does smp last")
        let intent = try #require(answer.primary.intent)
        let source = try #require(intent.source)
        #expect(
            AnswerFormat.text.render(answer, explain: false)
                == "Q: how long does smp last\n\(answer.primary.text)\n(Guide: \(source))\n\n")
        let explained = AnswerFormat.text.render(answer, explain: true)
        #expect(
            explained.contains("[\(intent.id), confidence \(AnswerFormat.confidenceText(answer.primary.confidence)): "))
    }

    @Test func textKeepsAQuestionWithLineBreaksOnItsOwnLine() {
        let text = AnswerFormat.text.render(Mini.answerer.answer("how long\ndoes smp\rlast"), explain: false)
        #expect(text.hasPrefix("Q: how long does smp last\n"))
    }

    // MARK: Shared pieces

    @Test(arguments: [
        (0.0, "0.00"), (1.0, "1.00"), (0.5, "0.50"), (0.07, "0.07"), (0.704, "0.70"), (0.706, "0.71"),
        (0.999, "1.00"), (-0.2, "0.00"), (1.7, "1.00"),
    ])
    func confidenceHasTwoDecimalsWithinZeroAndOne(value: Double, text: String) {
        #expect(AnswerFormat.confidenceText(value) == text)
    }

    @Test(
        arguments: [
            ("how long", "how long"), ("  padded\t ", "padded"), ("", nil), (" \t ", nil), ("# a comment", nil),
            ("   # indented comment", nil), ("not # a comment", "not # a comment"),
        ] as [(String, String?)])
    func batchLinesSkipBlanksAndComments(line: String, question: String?) {
        #expect(batchQuestion(line) == question)
    }
}
