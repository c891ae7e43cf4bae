import Foundation

/// Turns a finished consultation into a plan. Every fact it states comes
/// from the clinic's guide; what the guide leaves open is listed for the
/// therapist to decide.
public enum PlanBuilder {
    /// The guide: "An SMP treatment is often divided into 3 sessions."
    public static let sessionCount = 3
    /// The guide: "You should take a one-week interval between each session."
    public static let daysBetweenSessions = 7

    public enum Text {
        public static let aftercare = [
            "Do not wash your hair with shampoo.",
            "Avoid movement.",
        ]
        public static let redness =
            "Right after each session the scalp is red; the redness goes within 24 hours."
        public static let fading =
            "Part of the pigment fades in the days after each session while the scalp heals; that is why at least three sessions are needed."
        public static let sun =
            "Avoid sitting in the sun for too long: UV light can make the pigment fade faster."
        public static let touchUp =
            "The result holds up to 2 years before it begins to fade. Then a touch-up, a lighter treatment that re-pigments the faded spots, recreates the full look."
    }

    /// The plan for a confirmed consultation. Answers are read by their
    /// step's role: the start date schedules the sessions, the name titles
    /// the plan, and colour, hairline, density and goals go beside what the
    /// therapist decides.
    ///
    /// Sessions fall on days `clinic` is open: a closed day moves a session
    /// to the next open one, and each later session is at least a week after
    /// the one before.
    public static func build(_ record: ConsultationRecord, clinic: Clinic = .unnamed) throws -> Plan {
        guard let start = record.entry(.start)?.date else { throw PlanError.noStartDate }
        let consultation = record.entries.map { entry in
            Plan.Answer(step: entry.step, title: entry.title, values: entry.values, options: entry.options)
        }
        var dates: [CalendarDay] = []
        for _ in 0..<sessionCount {
            let earliest = dates.last.map { $0.adding(days: daysBetweenSessions) } ?? start
            dates.append(clinic.nextOpenDay(onOrAfter: earliest))
        }
        let sessions = dates.enumerated().map { index, date -> Plan.Session in
            Plan.Session(
                number: index + 1, date: date, pigment: index == 0 ? "lighter" : "darker",
                aftercare: Plan.Aftercare(
                    from: date, atLeastUntil: date.adding(days: 5), until: date.adding(days: 7),
                    instructions: Text.aftercare))
        }
        let first = dates[0]
        let last = dates[dates.count - 1]
        var plan = Plan(
            id: record.id, createdAt: record.createdAt, clientName: record.entry(.name)?.text,
            consultation: consultation, startDate: start,
            sessions: sessions, earliestFinish: first.adding(months: 1),
            touchUp: Plan.TouchUp(due: clinic.nextOpenDay(onOrAfter: last.adding(years: 2)), note: Text.touchUp),
            advice: [Text.redness, Text.fading, Text.sun],
            therapistDecisions: decisions(record))
        plan.clinicName = clinic.name
        plan.clinicContact = clinic.contact
        return plan
    }

    /// What the guide leaves to the therapist, with the client's wishes beside it.
    static func decisions(_ record: ConsultationRecord) -> [String] {
        func wish(_ role: StepRole, _ label: String = "client's wish") -> String {
            guard let entry = record.entry(role), !entry.values.isEmpty else { return "" }
            return " (\(label): \(entry.values.joined(separator: "; ")))"
        }
        var list = [
            "The exact pigment shades for each session: most often lighter first, darker in the last sessions"
                + wish(.colour, "hair colour") + ".",
            "The final number of sessions: three are planned; three to five is the average and some treatments need more, which moves the later dates and the finish.",
            "The hairline design" + wish(.hairline) + ".",
            "The density of the dots" + wish(.density) + ".",
            "The session times: the plan gives days only.",
        ]
        for goal in record.entry(.goals)?.ownWords ?? [] {
            list.append("The goal \"\(goal)\": the guide does not cover it; discuss it with the client.")
        }
        return list
    }
}
