import Foundation
import Testing

@testable import ConsultKit

/// Names as people write them: joiners kept, cut between characters, and
/// bounded in bytes as well as characters.
@Suite struct NameTextTests {
    @Test(arguments: [
        ("family 👩\u{200D}👩\u{200D}👧", "family 👩\u{200D}👩\u{200D}👧"),
        ("Persian می\u{200C}خواهم", "Persian می\u{200C}خواهم"),
        (
            "flag 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
            "flag 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"
        ),
        ("bidi \u{202E}evil\u{202C} name", "bidi evil name"),
        ("escape \u{1B}[31mred", "escape red"),
    ])
    func lineKeepsJoinersAndDropsControls(input: String, expected: String) {
        #expect(SafeText.line(input) == expected)
    }

    @Test func aListedNameIsCutBetweenCharacters() throws {
        let folder = IntakeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let family = "👩\u{200D}👩\u{200D}👧\u{200D}👦"
        var plan = try PlanStoreTests.plan(id: "20261127-emoji1", name: String(repeating: family, count: 40))
        plan.clientName = String(repeating: family, count: 40)
        try PlanStore(folder: folder).save(plan)
        var short = try PlanStoreTests.plan(id: "20261127-short1", name: "Al")
        short.createdAt = plan.createdAt.addingTimeInterval(-60)
        try PlanStore(folder: folder).save(short)
        let text = try PlansOverview.text(
            plans: PlanStore(folder: folder), drafts: DraftStore(plansFolder: folder), form: nil)
        let line = try #require(text.split(separator: "\n").first { $0.contains("20261127-emoji1") })
        let shown = line.dropFirst("  20261127-emoji1  ".count).prefix(30)
        #expect(shown == Substring(String(repeating: family, count: 29) + "…"))
        let other = try #require(text.split(separator: "\n").first { $0.contains("20261127-short1") })
        #expect(other.contains("Al" + String(repeating: " ", count: 28) + "  starts"))
    }

    @Test func aNameOfEndlessCombiningMarksIsTooLong() throws {
        let interpreter = AnswerInterpreter(
            form: IntakeFixtures.form, answerer: nil, questionConfidence: 1,
            today: { CalendarDay(year: 2026, month: 11, day: 27)! })
        let step = try #require(interpreter.form.steps.first { $0.role == .name })
        let heavy = "A" + String(repeating: "\u{301}", count: 100_000)
        #expect(heavy.count == 1)
        guard case .failure(let failure) = interpreter.interpret(heavy, step: step) else {
            Issue.record("a 200 KB name was accepted")
            return
        }
        #expect(failure.text.contains("too long"))
        guard case .success = interpreter.interpret("Zoë", step: step) else {
            Issue.record("a short name was refused")
            return
        }
    }
}
