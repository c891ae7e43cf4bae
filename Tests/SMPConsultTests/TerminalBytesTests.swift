import Foundation
import Testing

/// Bytes from files, arguments and the user reach standard output and
/// standard error only through the one sanitizer: no escape sequence, no C1
/// control character ever passes raw.
@Suite struct TerminalBytesTests {
    static let hostile = "\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m"

    /// No ESC, BEL or C1 control character in `text`.
    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || (0x80...0x9F).contains($0.value) }
    }

    @Test(arguments: ["text", "tsv"])
    func askShowsNoControlCharacterOfTheQuestion(format: String) throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let result = try shell.run("\"$SMP\" ask --format \(format)", input: "what is smp \(Self.hostile)\n")
        #expect(result.status == 0)
        #expect(Self.isClean(result.stdout))
        // In a record's one-line question, each control character is a space.
        #expect(result.stdout.contains("what is smp  ]0;owned  [2J 31m"))
    }

    @Test func aPipedChatShowsUnknownCommandsAndExplanationsSafely() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let result = try shell.run(
            "\"$SMP\" chat", input: "/nope\(Self.hostile)\n/explain\nwhat is smp \(Self.hostile)\n")
        #expect(result.status == 0)
        #expect(Self.isClean(result.stdout + result.stderr))
        #expect(result.stdout.contains("nope"))
    }

    @Test func anIdOnTheCommandLineIsEchoedSafely() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        for command in ["plans show", "plans delete", "plans export", "intake --resume"] {
            let result = try shell.run("\"$SMP\" \(command) \"$(printf 'x\\033[2Jy\\302\\233')\"")
            #expect(result.status != 0)
            #expect(Self.isClean(result.stderr), "\(command)")
            #expect(result.stderr.contains("x^[[2Jy<U+009B>"), "\(command)")
        }
    }

    @Test func planAndDraftFieldsFromFilesAreShownSafely() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let saved = try shell.run(
            "\"$SMP\" intake --name Sam --goal thinning --hair-colour black --hairline soft --density medium --start 'next monday'"
        )
        let id = String(try #require(saved.stdout.firstMatch(of: /\d{8}-[a-z0-9]{6}/)).output)
        let file = shell.plans.appendingPathComponent("\(id).json")
        var plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        plan["clientName"] = "Sam" + Self.hostile
        plan["advice"] = ["advice" + Self.hostile]
        var sessions = try #require(plan["sessions"] as? [[String: Any]])
        sessions[0]["pigment"] = "pigment" + Self.hostile
        plan["sessions"] = sessions
        try JSONSerialization.data(withJSONObject: plan).write(to: file)
        _ = try shell.run("\"$SMP\" intake", input: "Jo\n")
        let drafts = shell.plans.appendingPathComponent("drafts")
        let draftFile = drafts.appendingPathComponent(
            try #require(
                try FileManager.default.contentsOfDirectory(atPath: drafts.path).first { $0.hasSuffix(".json") }))
        let draftText = try String(contentsOf: draftFile, encoding: .utf8)
            .replacingOccurrences(of: "\"Jo\"", with: "\"Jo\\u001b[2J\\u009b31m\"")
        try Data(draftText.utf8).write(to: draftFile)

        for command in ["plans list", "plans show \(id)", "plans export \(id)", "intake --resume"] {
            let result = try shell.run("\"$SMP\" \(command)", input: "summary\n")
            #expect(Self.isClean(result.stdout + result.stderr), "\(command)")
            // The listing cleans names to one line; the others show the bytes visibly.
            #expect(result.stdout.contains(command == "plans list" ? "Jo" : "^[[2J"), "\(command)")
        }
    }

    @Test func controlCharactersInAnIntentsFolderAreReportedNotPrinted() throws {
        let shell = try ShellRunner()
        defer { shell.remove() }
        let folder = shell.home.appendingPathComponent("intents")
        try FileManager.default.copyItem(
            at: BinaryRunner.packageRoot.appendingPathComponent("Tests/ConsultKitTests/Fixtures/mini-intents"),
            to: folder)
        let file = folder.appendingPathComponent("lasting.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(
                of: "answer: It lasts a long time.", with: "answer: \"It lasts \\e[2J a long \\x9B time.\"")
        try Data(text.utf8).write(to: file)
        let check = try shell.run("\"$SMP\" intents check '\(folder.path)'")
        #expect(check.status == 1)
        #expect(check.stdout.contains("lasting.yaml:6: 'answer' holds the control character U+001B; write plain text"))
        let ask = try shell.run("\"$SMP\" ask --intents '\(folder.path)'", input: "how long does smp last\n")
        #expect(ask.status != 0)
        #expect(Self.isClean(ask.stdout + ask.stderr))
    }
}
