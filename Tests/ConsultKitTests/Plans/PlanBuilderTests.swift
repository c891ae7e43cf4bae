import Foundation
import Testing

@testable import ConsultKit

@Suite struct PlanBuilderTests {
    static let created = ISO8601DateFormatter().date(from: "2026-11-26T09:30:00Z")!

    /// A record as the intake hands it over; step ids are the form's business,
    /// the builder reads roles.
    static func plan(
        start: String, name: String? = "Sam", goals: [String] = ["More density where hair is thinning"],
        ownWords: [String] = []
    ) throws -> Plan {
        let day = try #require(CalendarDay(iso: start))
        typealias Entry = ConsultationRecord.Entry
        let record = ConsultationRecord(
            id: "20261126-abcdef", createdAt: created,
            entries: [
                Entry(step: "name", title: "Name", role: .name, values: name.map { [$0] } ?? [], text: name),
                Entry(step: "goals", title: "Goals", role: .goals, values: goals + ownWords, ownWords: ownWords),
                Entry(
                    step: "hair_colour", title: "Hair colour", role: .colour, values: ["Dark brown"],
                    options: ["dark_brown"]),
                Entry(
                    step: "hairline", title: "Hairline shape", role: .hairline, values: ["Soft and natural"],
                    options: ["soft"]),
                Entry(step: "density", title: "Density", role: .density, values: ["Medium"], options: ["medium"]),
                Entry(step: "start", title: "Preferred start date", role: .start, values: [day.iso], date: day),
            ])
        return try PlanBuilder.build(record)
    }

    @Test func threeSessionsAWeekApartLighterPigmentFirst() throws {
        let plan = try Self.plan(start: "2026-12-07")
        #expect(plan.sessions.map(\.date.iso) == ["2026-12-07", "2026-12-14", "2026-12-21"])
        #expect(plan.sessions.map(\.pigment) == ["lighter", "darker", "darker"])
        #expect(plan.earliestFinish.iso == "2027-01-07")
        #expect(plan.touchUp.due.iso == "2028-12-21")
    }

    @Test(arguments: [
        // start, sessions, earliest finish, touch-up
        ("2026-12-28", ["2026-12-28", "2027-01-04", "2027-01-11"], "2027-01-28", "2029-01-11"),
        ("2028-02-15", ["2028-02-15", "2028-02-22", "2028-02-29"], "2028-03-15", "2030-02-28"),
        ("2027-02-15", ["2027-02-15", "2027-02-22", "2027-03-01"], "2027-03-15", "2029-03-01"),
        ("2027-01-31", ["2027-01-31", "2027-02-07", "2027-02-14"], "2027-02-28", "2029-02-14"),
        ("2028-01-31", ["2028-01-31", "2028-02-07", "2028-02-14"], "2028-02-29", "2030-02-14"),
    ])
    func scheduleHandlesMonthEndsAndLeapYears(start: String, sessions: [String], finish: String, touchUp: String) throws
    {
        let plan = try Self.plan(start: start)
        #expect(plan.sessions.map(\.date.iso) == sessions)
        #expect(plan.earliestFinish.iso == finish)
        #expect(plan.touchUp.due.iso == touchUp)
    }

    @Test func aftercareCoversFiveToSevenDaysAfterEachSession() throws {
        let plan = try Self.plan(start: "2026-12-28")
        let care = plan.sessions[0].aftercare
        #expect(care.from.iso == "2026-12-28")
        #expect(care.atLeastUntil.iso == "2027-01-02")
        #expect(care.until.iso == "2027-01-04")
        #expect(care.instructions.contains("Do not wash your hair with shampoo."))
        #expect(care.instructions.contains("Avoid movement."))
        #expect(plan.advice.contains { $0.contains("UV light") })
    }

    @Test func recordsTheAnswersAndWhatTheTherapistDecides() throws {
        let plan = try Self.plan(start: "2026-12-07", ownWords: ["Other: cover a scar"])
        #expect(plan.consultation.map(\.step) == ["name", "goals", "hair_colour", "hairline", "density", "start"])
        #expect(plan.answer("hair_colour")?.values == ["Dark brown"])
        #expect(plan.answer("start")?.values == ["2026-12-07"])
        #expect(
            plan.therapistDecisions.contains { $0.contains("pigment shades") && $0.contains("hair colour: Dark brown") }
        )
        #expect(plan.therapistDecisions.contains { $0.contains("final number of sessions") })
        #expect(
            plan.therapistDecisions.contains { $0.contains("\"Other: cover a scar\": the guide does not cover it") })
    }

    @Test func skippedNameLeavesThePlanUnnamed() throws {
        let plan = try Self.plan(start: "2026-12-07", name: nil)
        #expect(plan.clientName == nil)
        #expect(plan.answer("name")?.values == [])
    }

    @Test func noStartDateIsAClearError() {
        let record = ConsultationRecord(
            id: "x", createdAt: Self.created, entries: [.init(step: "start", title: "Start", role: .start, values: [])])
        #expect(throws: PlanError.noStartDate) { try PlanBuilder.build(record) }
    }

    @Test func answersAreReadByRoleWhateverTheStepsAreCalled() throws {
        let day = try #require(CalendarDay(iso: "2026-12-07"))
        let record = ConsultationRecord(
            id: "20261126-abcdef", createdAt: Self.created,
            entries: [
                .init(step: "wer", title: "Wer", role: .name, values: ["Kim"], text: "Kim"),
                .init(step: "farbe", title: "Farbe", role: .colour, values: ["Black"], options: ["black"]),
                .init(step: "wann", title: "Wann", role: .start, values: [day.iso], date: day),
            ])
        let plan = try PlanBuilder.build(record)
        #expect(plan.clientName == "Kim")
        #expect(plan.startDate == day)
        #expect(plan.therapistDecisions.contains { $0.contains("hair colour: Black") })
        #expect(plan.answer("farbe")?.options == ["black"])
    }
}
