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
            "Avoid strenuous movement.",
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

    public static func build(form: IntakeForm, answers: [String: IntakeAnswer], id: String, createdAt: Date) throws -> Plan {
        guard let start = answers[IntakeForm.startStepID]?.date else {
            throw PlanStoreError.incomplete("the consultation has no start date")
        }
        let consultation = form.steps.map { step -> Plan.Answer in
            let answer = answers[step.id]
            guard let answer, !answer.skipped else {
                return Plan.Answer(step: step.id, title: step.title, values: [], options: [])
            }
            switch step.kind {
            case .text:
                return Plan.Answer(step: step.id, title: step.title, values: answer.text.map { [$0] } ?? [], options: [])
            case .date:
                return Plan.Answer(step: step.id, title: step.title, values: answer.date.map { [$0.iso] } ?? [], options: [])
            case .choice:
                let values = answer.choices.map { value in
                    let label = step.option(value.option)?.label ?? value.option
                    return value.text.map { "\(label): \($0)" } ?? label
                }
                return Plan.Answer(step: step.id, title: step.title, values: values, options: answer.choices.map(\.option))
            }
        }
        let sessions = (0..<sessionCount).map { index -> Plan.Session in
            let date = start.adding(days: index * daysBetweenSessions)
            return Plan.Session(
                number: index + 1, date: date, pigment: index == 0 ? "lighter" : "darker",
                aftercare: Plan.Aftercare(
                    from: date, atLeastUntil: date.adding(days: 5), until: date.adding(days: 7),
                    instructions: Text.aftercare))
        }
        let last = sessions[sessions.count - 1].date
        let name = answers[IntakeForm.nameStepID].flatMap { $0.skipped ? nil : $0.text }
        return Plan(
            id: id, createdAt: createdAt, clientName: name, consultation: consultation, startDate: start,
            sessions: sessions, earliestFinish: start.adding(months: 1),
            touchUp: Plan.TouchUp(due: last.adding(years: 2), note: Text.touchUp),
            advice: [Text.redness, Text.fading, Text.sun],
            therapistDecisions: decisions(consultation))
    }

    /// What the guide leaves to the therapist, with the client's wishes beside it.
    static func decisions(_ consultation: [Plan.Answer]) -> [String] {
        func wish(_ step: String, _ label: String = "client's wish") -> String {
            guard let answer = consultation.first(where: { $0.step == step }), !answer.values.isEmpty else { return "" }
            return " (\(label): \(answer.values.joined(separator: "; ")))"
        }
        var list = [
            "The exact pigment shades for each session: lighter first, darker in the last sessions" + wish("hair_colour", "hair colour") + ".",
            "The final number of sessions: three are planned; three to five is the average and some treatments need more, which moves the later dates and the finish.",
            "The hairline design" + wish("hairline") + ".",
            "The density of the dots" + wish("density") + ".",
            "The session times: the plan gives days only.",
        ]
        if let goals = consultation.first(where: { $0.step == "goals" }) {
            for (index, option) in goals.options.enumerated() where option == "other" && index < goals.values.count {
                list.append("The goal \"\(goals.values[index])\": the guide does not cover it; discuss it with the client.")
            }
        }
        return list
    }
}
