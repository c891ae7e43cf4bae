import Foundation
import Testing

/// `smp-consult ask` and plain `smp-consult` with piped input, end to end.
@Suite struct AskTests {
    struct Record: Decodable {
        let question: String
        let intent: String?
        let confidence: Double
        let answer: String
        let source: String?
        let suggestions: [String]
        let parts: [Part]?
        let explain: String?
        let truncated: Bool?

        struct Part: Decodable {
            let intent: String?
            let answer: String
        }
    }

    func records(_ output: String) throws -> [Record] {
        try output.split(separator: "\n").map { try JSONDecoder().decode(Record.self, from: Data($0.utf8)) }
    }

    @Test func answersEachPipedLineInOrderAsJSONLines() throws {
        let input =
            "How long does SMP last?\n\n# a comment\nwho won the champions league final\nis it safe and how long does it last?\n"
        let result = try BinaryRunner.run(["ask", "--format", "jsonl"], input: input)
        #expect(result.status == 0)
        let lines = try records(result.stdout)
        #expect(
            lines.map(\.question) == [
                "How long does SMP last?", "who won the champions league final",
                "is it safe and how long does it last?",
            ])
        #expect(lines[0].intent == "longevity")
        #expect(lines[0].source != nil && !lines[0].answer.isEmpty && !lines[0].suggestions.isEmpty)
        #expect(lines[1].intent == nil)
        #expect(lines[2].parts?.compactMap(\.intent) == ["side_effects", "longevity"])
        #expect(lines[2].intent == "side_effects")
    }

    /// A line partly answered: the answered part's intent at the top, every
    /// part's intent in TSV, a review flag, parts apart in text, and no chat
    /// commands in a batch reply.
    @Test func aPartlyAnsweredLineCarriesItsAnswerAndAReviewFlag() throws {
        let line = "does it hurt? how long does it last?\n"
        let tsv = try BinaryRunner.run(["ask", "--format", "tsv"], input: line).stdout.split(separator: "\n")
        let fields = tsv[1].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(fields[1] == "longevity" && fields[3] == "yes" && fields[5] == "none|longevity")
        #expect(fields[4] == "3. How long does SMP treatment last?")

        let json = try BinaryRunner.run(["ask", "--format", "jsonl"], input: line + "how long does smp last\n").stdout
        let objects = try json.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects[0]["intent"] as? String == "longevity")
        #expect(objects[0]["review"] as? Bool == true)
        let parts = try #require(objects[0]["parts"] as? [[String: Any]])
        #expect(parts.map { $0["question"] as? String } == ["does it hurt", "how long does it last"])
        #expect(objects[1]["review"] as? Bool == false)

        let text = try BinaryRunner.run(["ask"], input: line + "who won the football\n").stdout
        #expect(text.contains("— Part 1 of 2: does it hurt\n"))
        #expect(text.contains("— Part 2 of 2: how long does it last\n"))
        #expect(!text.contains("/topics"))
    }

    @Test func plainInvocationWithAPipeAnswersToo() throws {
        let result = try BinaryRunner.run([], input: "how many sessions will I need\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Q: how many sessions will I need\n"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func readsNamedFilesAndDashForStandardInput() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("questions-\(UUID().uuidString).txt")
        try "what is smp\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try BinaryRunner.run(["ask", "--format", "tsv", file.path, "-"], input: "is it for women too\n")
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.first == "question\tintent\tconfidence\treview\tsource\tparts\tanswer")
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 7 })
        #expect(rows.dropFirst().map { $0.split(separator: "\t")[1] } == ["what_is_smp", "smp_for_women"])
    }

    @Test func aRunWritesNoFilesAndAnswersTheSameEveryTime() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ask-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let input =
            "how lond dose smp last\nwho won the champions league final\nis it safe and how long does it last?\n"
        let environment = ["SMP_CONSULT_HOME": home.path, "XDG_CACHE_HOME": home.appendingPathComponent("cache").path]
        let first = try BinaryRunner.run(
            ["ask", "--format", "jsonl", "--explain"], input: input, environment: environment)
        let second = try BinaryRunner.run(
            ["ask", "--format", "jsonl", "--explain"], input: input, environment: environment)
        #expect(first.status == 0 && second.status == 0)
        #expect(second.stdout == first.stdout)
        // The index is inside the binary: nothing is cached between runs.
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
    }

    @Test func explainAddsTheReasons() throws {
        let result = try BinaryRunner.run(["ask", "--format", "jsonl", "--explain"], input: "how lond dose smp last\n")
        let record = try #require(try records(result.stdout).first)
        #expect(record.intent == "longevity")
        #expect(record.explain?.contains("lond→long") == true)
    }

    @Test func anyBytesGetARecordAndTheRunGoesOn() throws {
        let longLine = 1_100_000
        var input = Data("how long does smp last\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x00, 0x41, 0x0A])  // invalid UTF-8 and a NUL
        // Longer than many of the reader's 64 KiB chunks, so the line spans
        // several reads; a debug build answers about a megabyte a second, so
        // ten times this length would only make the suite slow.
        input.append(Data(String(repeating: "x", count: longLine).utf8))
        input.append(Data("\n\u{07}\u{1B}[31mbell\nis smp safe\n".utf8))
        let result = try BinaryRunner.run(["ask", "--format", "jsonl"], input: input)
        #expect(result.status == 0)
        let lines = try records(result.stdout)
        #expect(lines.count == 5)
        #expect(lines.first?.intent == "longevity")
        #expect(lines.last?.intent == "side_effects")
        // The long line is answered from its first 64 KB, and says so.
        #expect(lines[2].question.utf8.count == 65_536 && lines[2].truncated == true)
        #expect(lines.enumerated().allSatisfy { $0.offset == 2 || $0.element.truncated == nil })
    }

    @Test func aByteOrderMarkAtTheStartIsNotPartOfTheFirstLine() throws {
        let input = Data([0xEF, 0xBB, 0xBF]) + Data("# a comment, not a question\nis smp safe\n".utf8)
        let result = try BinaryRunner.run(["ask", "--format", "tsv"], input: input)
        #expect(
            result.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["question", "is smp safe"])
    }

    @Test func aLongLineIsCutBetweenCharacters() throws {
        // 90,000 bytes of a 3-byte character: cut to the last whole one within 64 KB.
        let result = try BinaryRunner.run(
            ["ask", "--format", "jsonl"], input: String(repeating: "€", count: 30_000) + "\nok\n")
        let lines = try records(result.stdout)
        #expect(lines.count == 2)
        #expect(lines.first?.question.utf8.count == 65_535 && lines.first?.truncated == true)
        #expect(lines.first?.question.contains("\u{FFFD}") == false)
        #expect(lines.last?.truncated == nil)
    }

    @Test func aHugeLineTakesLinearTime() throws {
        // 50 MB: a skipped comment line, then a line of distinct unknown words.
        var input = Data("#".utf8) + Data(repeating: UInt8(ascii: "x"), count: 50_000_000) + Data("\n".utf8)
        input.append(Data((0..<12_000).map { "w\(String($0, radix: 26))q" }.joined(separator: " ").utf8))
        input.append(Data("\nis smp safe\n".utf8))
        let clock = ContinuousClock()
        var result: BinaryRunner.Result?
        let elapsed = try clock.measure { result = try BinaryRunner.run(["ask", "--format", "jsonl"], input: input) }
        let lines = try records(result?.stdout ?? "")
        #expect(lines.map(\.intent) == [nil, "side_effects"])
        // Debug build, shared machine: far above the release figure, far below quadratic.
        #expect(elapsed < .seconds(20))
    }

    @Test func answeringOnEveryCoreGivesTheSameBytesAsOneThread() throws {
        // Enough lines for many chunks, with everything a line can be.
        let kinds = [
            "how long does smp last", "how lond dose smp last", "is it safe and how long does it last?",
            "who won the champions league final", "", "# comment", "hello", "  what does it cost  ",
            "\u{07}odd \u{1B}[1mbytes", "can I swim after my session?",
        ]
        let input = (0..<9_000).map { "\(kinds[$0 % kinds.count]) \($0 % 7 == 0 ? "please" : "")" }
            .joined(separator: "\n")
        for format in ["jsonl", "tsv", "text"] {
            let one = try BinaryRunner.run(["ask", "--format", format, "--jobs", "1"], input: input)
            let many = try BinaryRunner.run(["ask", "--format", format, "--jobs", "4"], input: input)
            #expect(one.status == 0 && many.status == 0)
            #expect(one.stdout == many.stdout, "\(format)")
            #expect(one.stdout.split(separator: "\n").count > 7_000)
        }
    }

    @Test(arguments: [
        (["ask", "/nonexistent/file.txt"], "cannot read /nonexistent/file.txt"),
        (["ask", "--format", "xml"], "format"),
        (["ask", "--intents", "/nonexistent/intents"], "cannot read intents folder /nonexistent/intents"),
        (["--bogus-flag"], "bogus-flag"),
    ])
    func badInputIsOneClearLineAndANonZeroExit(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments, input: "")
        #expect(result.status != 0)
        #expect(result.stderr.contains(message))
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        #expect(result.stdout.isEmpty)
    }
}
