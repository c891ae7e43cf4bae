/// The plan as a Markdown document. Each part says where it comes from:
/// the client's answers, the dates proposed from them (for the clinic to
/// confirm), and what the clinic's guide says, in its own hedged words.
public enum MarkdownExporter {
    public static func export(_ plan: Plan) -> String {
        var text = "# SMP treatment plan"
        if let name = plan.clientName { text += ": " + escape(SafeText.line(name)) }
        text += "\n\nPlan \(plan.id), made \(CalendarDay.minuteStamp(plan.createdAt)). "
        text += escape(plan.confirmationNote) + "\n\n"
        text += "Each part below says where it comes from: your answers, the dates proposed from them, "
        text += "or the clinic's guide to scalp micropigmentation.\n"

        text += "\n## Your answers (what you told us)\n\n"
        for answer in plan.consultation {
            let value =
                answer.values.isEmpty
                ? "(not given)" : answer.values.map { escape(SafeText.line($0)) }.joined(separator: "; ")
            text += "- **\(escape(answer.title)):** \(value)\n"
        }

        text += "\n## Proposed sessions (\(plan.status))\n\n"
        let count = plan.sessions.count
        let words = ["No", "One", "Two", "Three", "Four", "Five", "Six"]
        text += "\(count < words.count ? words[count] : String(count)) session\(count == 1 ? "" : "s"), "
        text += "at least a week apart, from your preferred start, \(plan.startDate.long)"
        text += plan.clinicName == nil ? ".\n" : ", on days \(escape(SafeText.line(plan.clinicName ?? ""))) is open.\n"
        text += "From the guide: most often, lighter pigment is used in the first session "
        text += "and darker pigment in the last ones.\n\n"
        text += "| Session | Proposed date | Pigment (most often) | Aftercare until |\n|---|---|---|---|\n"
        for session in plan.sessions {
            text += "| \(session.number) | \(session.date.long) | \(session.pigment.capitalized) | "
            text += "\(session.aftercare.until.short) (at least \(session.aftercare.atLeastUntil.short)) |\n"
        }
        text += "\nFrom the guide: a finished result can be expected after at least one month, "
        text += "so not before \(plan.earliestFinish.long).\n"

        text += "\n## Aftercare (from the clinic's guide)\n\n"
        text += "For the first 5 to 7 days after each session:\n\n"
        for instruction in plan.sessions.first?.aftercare.instructions ?? PlanBuilder.Text.aftercare {
            text += "- \(instruction)\n"
        }
        text += "\n"
        for session in plan.sessions {
            text += "- After session \(session.number): from \(session.aftercare.from.short) "
            text += "until at least \(session.aftercare.atLeastUntil.short), "
            text += "better until \(session.aftercare.until.short).\n"
        }
        if !plan.advice.isEmpty {
            text += "\n"
            for advice in plan.advice { text += "- \(advice)\n" }
        }

        text += "\n## Touch-up (from the clinic's guide)\n\n"
        text += "\(plan.touchUp.note) Proposed for about \(plan.touchUp.due.long).\n"

        if !plan.therapistDecisions.isEmpty {
            text += "\n## For the therapist to decide\n\n"
            for decision in plan.therapistDecisions { text += "- \(escape(SafeText.line(decision)))\n" }
        }
        return text
    }

    static func escape(_ text: String) -> String {
        MarkdownText.escape(text)
    }
}
