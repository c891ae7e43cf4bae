import Foundation
import Testing

@testable import ConsultKit

@Suite struct IntakeFormTests {
    @Test func bundledFormHasTheIssuesStepsInOrder() {
        let form = IntakeFixtures.form
        #expect(form.steps.map(\.id) == ["name", "goals", "hair_colour", "hairline", "density", "start"])
        #expect(form["name"]?.isOptional == true)
        #expect(form.steps.dropFirst().allSatisfy { !$0.isOptional })
        #expect(form["goals"]?.allowsMany == true)
        #expect(form["hair_colour"]?.allowsMany == false)
        #expect(form["goals"]?.options.map(\.id) == ["shaved_look", "density", "bald_spots", "hairline", "other"])
        #expect(form["hair_colour"]?.options.count == 8)
        #expect(form["hairline"]?.options.count == 6)
        #expect(form["density"]?.options.count == 4)
        #expect(form["start"]?.kind == .date)
        #expect(form["goals"]?.option("other")?.takesText == true)
        #expect(form.steps.map(\.role) == [.name, .goals, .colour, .hairline, .density, .start])
        for step in form.steps where step.kind == .choice {
            #expect(step.options.allSatisfy { !$0.description.isEmpty && !$0.description.contains("\n") })
        }
    }

    @Test(arguments: [
        ("steps: []\n", "intake.yaml:1: the form needs at least one step"),
        (
            "steps:\n  - id: start\n    prompt: When?\n    kind: when\n",
            "intake.yaml:4: kind must be text, choice or date, not 'when'"
        ),
        (
            "steps:\n  - id: start\n    prompt: When?\n    kind: date\n  - id: start\n    prompt: Again?\n    kind: date\n",
            "intake.yaml:5: duplicate step id 'start'"
        ),
        ("steps:\n  - id: name\n    prompt: Who?\n    kind: text\n", "missing a date step with role: start"),
        (
            "steps:\n  - id: start\n    role: start\n    prompt: When?\n    kind: text\n",
            "intake.yaml:2: a step with role 'start' must be kind: date"
        ),
        (
            "steps:\n  - id: start\n    role: when\n    prompt: When?\n    kind: date\n",
            "intake.yaml:3: role must be one of name, goals, colour, hairline, density, start, not 'when'"
        ),
        (
            "steps:\n  - id: a\n    role: start\n    prompt: When?\n    kind: date\n  - id: b\n    role: start\n    prompt: Or?\n    kind: date\n",
            "intake.yaml:6: role 'start' is already the role of step 'a' (intake.yaml:2)"
        ),
        (
            "steps:\n  - id: start\n    role: start\n    optional: true\n    prompt: When?\n    kind: date\n",
            "intake.yaml:2: the step with role 'start' cannot be optional"
        ),
        (
            "steps:\n  - id: start\n    prompt: When?\n    kind: date\n    colour: red\n",
            "intake.yaml:5: unknown key 'colour'"
        ),
        ("steps:\n  - id: start\n    kind: date\n", "intake.yaml:2: missing 'prompt'"),
        (
            "steps:\n  - id: Start\n    prompt: When?\n    kind: date\n",
            "intake.yaml:2: step id 'Start' must be lowercase"
        ),
        ("steps: [unclosed\n", "intake.yaml:2: YAML error"),
        (
            """
            steps:
              - id: start
                prompt: When?
                kind: date
              - id: colour
                prompt: Which?
                kind: choice
                values: several
                options:
                  - id: black
                    label: Black
                    description: Black hair.
                  - id: dark
                    label: Dark
                    description: Dark hair.
                    synonyms: [black]
            """, "intake.yaml:8: values must be one or many"
        ),
        (
            """
            steps:
              - id: start
                prompt: When?
                kind: date
              - id: colour
                prompt: Which?
                kind: choice
                options:
                  - id: black
                    label: Black
                    description: Black hair.
                  - id: dark
                    label: Dark
                    description: Dark hair.
                    synonyms: [black]
            """, "intake.yaml:15: 'black' in option 'dark' also means option 'black'"
        ),
        (
            """
            steps:
              - id: start
                prompt: When?
                kind: date
              - id: colour
                prompt: Which?
                kind: choice
                options:
                  - id: black
                    label: Black
            """, "intake.yaml:9: missing 'description'"
        ),
    ])
    func brokenFormsAreReportedWithFileAndLine(yaml: String, message: String) {
        let problems = IntakeForm.parse(text: yaml).diagnostics.map(\.description)
        #expect(problems.contains { $0.contains(message) }, "\(problems)")
    }

    @Test func loadingABrokenFormThrowsEveryProblem() {
        #expect(throws: IntakeError.self) { try IntakeForm.load(text: "steps: 3\n") }
    }

    @Test func theFormBesideTheIntentsIsCheckedByItsOwnReader() throws {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "steps:\n  - id: start\n    prompt: When?\n    kind: sometime\n"
            .write(to: folder.appendingPathComponent("intake.yaml"), atomically: true, encoding: .utf8)
        let files = try KnowledgeFiles.folder(folder.path)
        let problems = IntakeForm.diagnostics(in: files).map(\.description)
        #expect(problems.first == "intake.yaml:4: kind must be text, choice or date, not 'sometime'")
        #expect(problems.allSatisfy { $0.hasPrefix("intake.yaml:") })
        #expect(KnowledgeCheck.run(files, ignoring: [IntakeForm.fileName]).isEmpty)
    }

    @Test func aFolderWithoutAFormUsesTheBuiltInOne() throws {
        let source = try KnowledgeFiles.folder(Fixtures.path("mini-intents"))
        #expect(source.file(named: IntakeForm.fileName) == nil)
        #expect(IntakeForm.diagnostics(in: source).isEmpty)
        #expect(KnowledgeCheck.run(source).isEmpty)
    }
}
