import Foundation
import Testing

/// `smp-consult intake` and `smp-consult plans` end to end, through pipes,
/// with plans kept in a temporary folder.
@Suite struct IntakeCommandTests {
    /// A temporary home and SMP_CONSULT_HOME, removed afterwards.
    final class Home {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smp-home-\(UUID().uuidString)")
        var plans: URL { url.appendingPathComponent("plans") }
        /// The whole environment of a process run in this home (see `TestEnvironment`).
        var environment: [String: String] {
            TestEnvironment.variables(home: url, ["SMP_CONSULT_HOME": url.path, "TZ": "UTC"])
        }
        deinit { try? FileManager.default.removeItem(at: url) }

        func run(_ arguments: [String], input: String = "") throws -> BinaryRunner.Result {
            try BinaryRunner.run(arguments, input: input, environment: environment)
        }

        func planIDs() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: plans.path)) ?? [])
                .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        }

        /// `smp-consult intake` started, not waited for: its input is a pipe
        /// the test writes to, its errors go nowhere.
        func startIntake(output: Any) throws -> (process: Process, input: Pipe) {
            let process = Process()
            process.executableURL = BinaryRunner.executable
            process.arguments = ["intake"]
            process.environment = environment
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, input)
        }

        func draftIDs() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: plans.appendingPathComponent("drafts").path)) ?? [])
                .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
        }
    }

    /// A month ahead: never in the past while a test runs, and within the
    /// year a start may be ahead.
    static let start = ClinicCalendarTests.iso(30)
    static let answers =
        "Sam Client\nthinning and bald spots\nhow long does it last?\nblnde\nwidows peak\nmatch my existing hair\n\(start)\nyes\n"

    @Test func pipedAnswersRunTheWholeIntakeWithPromptsAndSaveAPlan() throws {
        let home = Home()
        let result = try home.run(["intake"], input: Self.answers)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1/6] Name (optional)"))
        #expect(result.stdout.contains("[3/6] Hair colour"))
        // The question typed at a step gets the answer `ask` gives it (its
        // start: the intake may wrap it).
        let asked = try home.run(["ask", "--format", "tsv"], input: "how long does it last?\n").stdout
        let row = try #require(asked.split(separator: "\n").dropFirst().first)
            .split(separator: "\t", omittingEmptySubsequences: false)
        #expect(row.count == 7 && row[1] != "none")
        #expect(result.stdout.contains(row[6].prefix(30)), "the question is answered from the guide")
        #expect(result.stdout.contains("Noted: Hair colour: Blond."))
        #expect(result.stdout.contains("Saved plan"))
        #expect(!result.stdout.contains("\u{1B}"))
        let ids = home.planIDs()
        #expect(ids.count == 1)
        #expect(home.draftIDs().isEmpty)
        let attributes = try FileManager.default.attributesOfItem(
            atPath: home.plans.appendingPathComponent(ids[0] + ".json").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: home.plans.path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func flagsWithEveryRequiredStepSaveWithoutAsking() throws {
        let home = Home()
        let result = try home.run([
            "intake", "--name", "Jo", "--goal", "shaved", "--goal", "other: cover a scar", "--hair-colour",
            "dark brown hair",
            "--hairline", "sharp", "--density", "full", "--start", Self.start,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Saved plan "))
        #expect(result.stdout.contains("Session 3: \(ClinicCalendarTests.long(30 + 14))"))
        let id = try #require(home.planIDs().first)
        let json = try home.run(["plans", "export", id, "--format", "json"])
        #expect(json.stdout.contains("\"Other: cover a scar\""))
        #expect(json.stdout.contains("\"clientName\" : \"Jo\""))
    }

    @Test func flagsFillStepsByRoleInAFormWithRenamedSteps() throws {
        let home = Home()
        let intents = home.url.appendingPathComponent("intents")
        try FileManager.default.createDirectory(at: home.url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: BinaryRunner.packageRoot.appendingPathComponent("Tests/ConsultKitTests/Fixtures/mini-intents"),
            to: intents)
        var form = try String(
            contentsOf: BinaryRunner.packageRoot.appendingPathComponent("Intents/intake.yaml"), encoding: .utf8)
        for (old, new) in ["name": "who", "goals": "wishes", "hair_colour": "colour_of_hair", "start": "first_day"] {
            form = form.replacingOccurrences(of: "\n  - id: \(old)\n", with: "\n  - id: \(new)\n")
        }
        try form.write(to: intents.appendingPathComponent("intake.yaml"), atomically: true, encoding: .utf8)
        let result = try home.run([
            "intake", "--intents", intents.path, "--name", "Jo", "--goal", "shaved", "--hair-colour", "black",
            "--hairline", "soft", "--density", "full", "--start", Self.start,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Saved plan "))
        let id = try #require(home.planIDs().first)
        let json = try home.run(["plans", "export", id, "--format", "json"]).stdout
        #expect(json.contains("\"clientName\" : \"Jo\""))
        #expect(json.contains("\"step\" : \"colour_of_hair\""))
        #expect(json.contains("\"startDate\" : \"\(Self.start)\""))
    }

    @Test func flagsFillStepsAndTheRestIsAsked() throws {
        let home = Home()
        let result = try home.run(
            ["intake", "--goal", "1", "--hair-colour", "red"], input: "\nsoft\nlight\n\(Self.start)\nyes\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("[2/6] Goals"))
        #expect(!result.stdout.contains("[3/6] Hair colour"))
        #expect(result.stdout.contains("[4/6] Hairline shape"))
        #expect(home.planIDs().count == 1)
    }

    @Test(arguments: [
        (["intake", "--hair-colour", "purple"], "--hair-colour: I could not match \"purple\""),
        (["intake", "--start", "2001-01-01"], "--start: Monday 1 January 2001 is in the past"),
        (["intake", "--goal", "other"], "--goal: Say what it is after \"other\""),
        (["intake", "someid"], "only taken with --resume"),
        (["intake", "--resume", "../../etc/passwd"], "is not a plan id"),
        (["intake", "--resume"], "no draft to resume"),
        (["plans", "show", "20990101-nothere"], "no plan '20990101-nothere'"),
        (["plans", "show", "../secret"], "'../secret' is not a plan id"),
        (["plans", "delete", "/etc/passwd"], "is not a plan id"),
        (["plans", "export", "x", "--format", "pdf"], "format"),
    ])
    func badInputIsOneClearLineAndANonZeroExit(arguments: [String], message: String) throws {
        let home = Home()
        let result = try home.run(arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func unwritablePlanFolderFailsBeforeTheFirstQuestion() throws {
        let home = Home()
        try FileManager.default.createDirectory(at: home.url, withIntermediateDirectories: true)
        let file = home.url.appendingPathComponent("not-a-folder")
        try Data().write(to: file)
        let result = try home.run(
            ["intake", "--plans-dir", file.appendingPathComponent("plans").path], input: Self.answers)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("cannot write plans to \(file.path)/plans"))
    }

    @Test func endOfInputKeepsTheDraftAndResumeFinishesIt() throws {
        let home = Home()
        let first = try home.run(["intake"], input: "Sam\nshaved\n")
        #expect(first.status != 0)
        let id = try #require(home.draftIDs().first)
        #expect(first.stderr.contains("saved as draft \(id)"))
        #expect(first.stderr.contains("smp-consult intake --resume \(id)"))
        #expect(home.planIDs().isEmpty)

        let listing = try home.run(["plans", "list"])
        #expect(listing.stdout.contains("\(id)  2 of 6 steps answered"))

        let resumed = try home.run(["intake", "--resume"], input: "black\nsoft\nfull\n\(Self.start)\nyes\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.hasPrefix("Resuming consultation \(id): 2 of 6 steps answered."))
        #expect(resumed.stdout.contains("[3/6] Hair colour"))
        #expect(home.planIDs() == [id])
        #expect(home.draftIDs().isEmpty)
    }

    @Test func resumeByIdPicksThatDraft() throws {
        let home = Home()
        _ = try home.run(["intake"], input: "First\n")
        let firstID = try #require(home.draftIDs().first)
        _ = try home.run(["intake"], input: "Second\n")
        #expect(home.draftIDs().count == 2)
        let resumed = try home.run(["intake", "--resume", firstID], input: "summary\n")
        #expect(resumed.stdout.contains("1. Name: First"))
    }

    @Test func killedProcessLosesOnlyTheLineBeingTyped() throws {
        let home = Home()
        let (process, input) = try home.startIntake(output: FileHandle.nullDevice)
        input.fileHandleForWriting.write(Data("Sam\nthinning\nbla".utf8))
        // Wait (generously, the machine may be busy) for the second answer to reach the draft.
        let deadline = Date().addingTimeInterval(60)
        var saved = false
        while Date() < deadline && !saved {
            if let id = home.draftIDs().first,
                let text = try? String(
                    contentsOf: home.plans.appendingPathComponent("drafts/\(id).json"), encoding: .utf8),
                text.contains("\"density\"")
            {
                saved = true
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(saved)
        let resumed = try home.run(["intake", "--resume"], input: "summary\n")
        #expect(resumed.stdout.contains("1. Name: Sam"))
        #expect(resumed.stdout.contains("2. Goals: More density where hair is thinning"))
        #expect(resumed.stdout.contains("3. Hair colour: (not answered yet)"))
    }

    @Test func closedOutputPipeStopsTheIntakeWithAnErrorAndNoPlan() throws {
        let home = Home()
        let output = Pipe()
        // Nobody reads the prompts: the reading end is gone before the first one.
        try output.fileHandleForReading.close()
        let (process, input) = try home.startIntake(output: output)
        input.fileHandleForWriting.write(Data(Self.answers.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        // Answers given without their questions are no consultation to save.
        #expect(process.terminationStatus == 1)
        #expect(home.planIDs().isEmpty)
    }

    @Test func plansListShowExportAndDelete() throws {
        let home = Home()
        _ = try home.run(["intake"], input: Self.answers)
        let id = try #require(home.planIDs().first)

        let list = try home.run(["plans", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("\(id)  Sam Client  starts \(Self.start)"))

        let show = try home.run(["plans", "show", id])
        #expect(show.stdout.hasPrefix("# SMP treatment plan: Sam Client\n"))

        let ics = try home.run(["plans", "export", id, "--format", "ics"])
        #expect(ics.status == 0)
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("DTSTART;VALUE=DATE:\(Self.start.replacingOccurrences(of: "-", with: ""))\r\n"))

        let output = home.url.appendingPathComponent("plan.md")
        let file = try home.run(["plans", "export", id, "--format", "markdown", "--output", output.path])
        #expect(file.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("## Touch-up"))

        let delete = try home.run(["plans", "delete", id])
        #expect(delete.status == 0)
        #expect(delete.stdout.contains("Deleted plan \(id)"))
        #expect(home.planIDs().isEmpty)
    }

    @Test func damagedPlanIsNamedAndTheOthersStillList() throws {
        let home = Home()
        _ = try home.run(["intake"], input: Self.answers)
        let id = try #require(home.planIDs().first)
        let bad = home.plans.appendingPathComponent("20990101-broken.json")
        try Data("{\"version\": 1".utf8).write(to: bad)
        let newer = home.plans.appendingPathComponent("20990101-future.json")
        try Data("{\"version\": 9}".utf8).write(to: newer)
        let list = try home.run(["plans", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains(id))
        #expect(list.stdout.contains("\(bad.path): damaged plan file"))
        #expect(list.stdout.contains("\(newer.path): written by a newer smp-consult (plan version 9"))
        let show = try home.run(["plans", "show", "20990101-future"])
        #expect(show.status != 0)
        #expect(show.stderr.contains("\(newer.path): written by a newer smp-consult"))
    }

    @Test func intentsCheckReportsIntakeFormProblems() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("intents-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: BinaryRunner.packageRoot.appendingPathComponent("Tests/ConsultKitTests/Fixtures/mini-intents"),
            to: folder)
        try "steps:\n  - id: start\n    prompt: When?\n    kind: date\n    optional: maybe\n"
            .write(to: folder.appendingPathComponent("intake.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["intents", "check", folder.path], input: "")
        #expect(result.status == 1)
        #expect(result.stdout.contains("intake.yaml:5: 'optional' must be true or false"))
    }
}
