import Testing

@testable import ConsultKit

@Suite struct IntakeCommandParsingTests {
    @Test(arguments: [
        ("back", IntakeCommand.back), ("/back", .back), ("Go back.", .back), ("skip it", .skip),
        ("start over!", .restart), ("?", .help), ("review", .summary), ("abort", .cancel), ("quit", .pause),
        ("change hair colour", .change("hair colour")), ("go to 3", .change("3")),
    ])
    func commandsAreReadInTheirUsualWordings(text: String, command: IntakeCommand) {
        #expect(IntakeCommand(parsing: text) == command)
    }

    @Test(arguments: ["dark brown", "change", "backwards", "", "how do I go back?"])
    func otherLinesAreNoCommand(text: String) {
        #expect(IntakeCommand(parsing: text) == nil)
    }

    @Test func yesNoAndSaveAreToldApart() {
        #expect(IntakeCommand.isYes("Yes please!"))
        #expect(IntakeCommand.isNo("not yet"))
        #expect(!IntakeCommand.isYes("no"))
        #expect(IntakeCommand.isSave("save the plan"))
        #expect(!IntakeCommand.isSave("change 3"))
    }
}

@Suite struct StepFinderTests {
    @Test(arguments: [("4", 3), ("hairline", 3), ("colour", 2), ("hair colour", 2), ("start", 5), ("shoe size", nil)])
    func stepsAreFoundByNumberIdOrTitleWord(text: String, index: Int?) {
        #expect(StepFinder(form: IntakeFixtures.form).index(text) == index)
    }
}

@Suite struct IntakePromptsTests {
    let prompts = IntakePrompts(form: IntakeFixtures.form)

    @Test func promptNumbersTheStepAndItsOptionsAndOffersToKeepAnAnswer() {
        let text = prompts.prompt(2, answers: ["hair_colour": IntakeAnswer(choices: [.init(option: "red")])])
        #expect(text.hasPrefix("[3/6] Hair colour\n"))
        #expect(text.contains("\n  6. Red"))
        #expect(text.hasSuffix("Now: Red. Press Enter to keep it."))
    }

    @Test func briefPromptLeavesOutTheExamples() {
        #expect(prompts.prompt(1, answers: [:]).contains("Several can go on one line"))
        #expect(!prompts.prompt(1, answers: [:], brief: true).contains("Several can go on one line"))
    }

    @Test func helpAtTheSummaryListsOnlyTheCommands() {
        #expect(prompts.help(at: nil).hasPrefix("Commands:"))
        #expect(prompts.help(at: 5).hasPrefix("Step 6 of 6: Preferred start date"))
    }

    @Test(arguments: [([String](), ""), (["a"], "a"), (["a", "b"], "a or b"), (["a", "b", "c"], "a, b or c")])
    func listsJoinTheLastWithTheJoiner(items: [String], expected: String) {
        #expect(IntakePrompts.list(items, joiner: "or") == expected)
    }
}
