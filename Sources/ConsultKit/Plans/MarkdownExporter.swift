/// The plan as a Markdown document: the consultation, the sessions with
/// their aftercare, the touch-up, and what the therapist still decides.
public enum MarkdownExporter {
    public static func export(_ plan: Plan) -> String {
        var text = "# SMP treatment plan"
        if let name = plan.clientName { text += ": " + escape(SafeText.line(name)) }
        text += "\n\nPlan \(plan.id), made \(CalendarDay.minuteStamp(plan.createdAt)). "
        text += escape(plan.confirmationNote) + "\n"

        text += "\n## Consultation\n\n"
        for answer in plan.consultation {
            let value = answer.values.isEmpty ? "(not given)" : answer.values.map { escape(SafeText.line($0)) }.joined(separator: "; ")
            text += "- **\(escape(answer.title)):** \(value)\n"
        }

        text += "\n## Sessions\n\n"
        text += "Three sessions, one week apart, starting \(plan.startDate.long). "
        text += "Lighter pigment is used in the first session and darker pigment in the last ones.\n\n"
        text += "| Session | Date | Pigment | Aftercare until |\n|---|---|---|---|\n"
        for session in plan.sessions {
            text += "| \(session.number) | \(session.date.long) | \(session.pigment.capitalized) | "
            text += "\(session.aftercare.until.short) (at least \(session.aftercare.atLeastUntil.short)) |\n"
        }
        text += "\nA finished result can be expected after at least one month: not before \(plan.earliestFinish.long).\n"

        text += "\n## Aftercare\n\n"
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

        text += "\n## Touch-up\n\n\(plan.touchUp.note) Due about \(plan.touchUp.due.long).\n"

        if !plan.therapistDecisions.isEmpty {
            text += "\n## For the therapist to decide\n\n"
            for decision in plan.therapistDecisions { text += "- \(escape(SafeText.line(decision)))\n" }
        }
        return text
    }

    /// Keeps typed text from turning into Markdown markup.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
