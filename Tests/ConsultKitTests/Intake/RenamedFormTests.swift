import Foundation
import Testing

@testable import ConsultKit

/// The form is data: code reads steps by role, so renaming every step id
/// changes nothing but the ids.
@Suite struct RenamedFormTests {
    static let renames = [
        "name": "who", "goals": "wishes", "hair_colour": "colour_of_hair", "hairline": "front", "density": "dots",
        "start": "first_day",
    ]

    static let form: IntakeForm = {
        let url = Fixtures.packageRoot.appendingPathComponent("Intents/intake.yaml")
        var text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        for (old, new) in renames {
            // Step ids only: they sit at two spaces; option ids sit deeper.
            text = text.replacingOccurrences(of: "\n  - id: \(old)\n", with: "\n  - id: \(new)\n")
        }
        do {
            return try IntakeForm.load(text: text)
        } catch {
            fatalError("the renamed form does not load: \(error)")
        }
    }()

    @Test func everyStepIdIsRenamed() {
        #expect(Self.form.steps.map(\.id) == ["who", "wishes", "colour_of_hair", "front", "dots", "first_day"])
    }

    @Test func aFormWithRenamedStepsStillBuildsAPlan() throws {
        let completion = PlanCompletion(store: nil)
        let session = IntakeSession(
            form: Self.form, answerer: nil, drafts: nil, completion: completion,
            today: { IntakeSessionTests.today }, now: { IntakeSessionTests.now })
        _ = session.start()
        for line in IntakeSessionTests.fullAnswers { _ = session.handle(line) }
        #expect(session.handle("yes").isFinished)
        let plan = try #require(completion.plan)
        #expect(plan.clientName == "Sam Client")
        #expect(plan.startDate.iso == "2026-12-07")
        #expect(plan.answer("colour_of_hair")?.values == ["Dark brown"])
        #expect(plan.therapistDecisions.contains { $0.contains("hair colour: Dark brown") })
        #expect(plan.therapistDecisions.contains { $0.contains("hairline design (client's wish: Soft and natural)") })
    }

    @Test func flagsFillStepsByRole() throws {
        let session = IntakeSession(
            form: Self.form, answerer: nil, drafts: nil, completion: PlanCompletion(store: nil),
            today: { IntakeSessionTests.today }, now: { IntakeSessionTests.now })
        try session.prefill(.name, with: ["Kim"])
        try session.prefill(.start, with: ["2026-12-07"])
        #expect(session.draft.answers["who"]?.text == "Kim")
        #expect(session.draft.answers["first_day"]?.date?.iso == "2026-12-07")
    }

    @Test func aRoleTheFormLacksIsAClearError() throws {
        let form = try IntakeForm.load(
            text: "steps:\n  - id: when\n    role: start\n    prompt: When?\n    kind: date\n")
        let session = IntakeSession(form: form, answerer: nil, drafts: nil, completion: nil)
        #expect(throws: IntakeError.noStep(.name)) { try session.prefill(.name, with: ["Kim"]) }
        #expect("\(IntakeError.noStep(.name))" == "the intake form has no step with role 'name'")
    }
}
