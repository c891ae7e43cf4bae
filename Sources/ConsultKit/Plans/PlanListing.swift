import Foundation

extension PlanStore {
    /// The saved plans, unfinished drafts and unreadable files as text, for
    /// `smp-consult plans list` and the chat's `/plans`.
    public func listingText(resumeHint: String = "smp-consult intake --resume ID") -> String {
        let (plans, planProblems) = list()
        let (drafts, draftProblems) = self.drafts()
        var text = ""
        if plans.isEmpty {
            text += "No saved plans in \(folder.path).\n"
        } else {
            text += "Plans in \(folder.path):\n"
            let nameWidth = min(30, plans.map { SafeText.line($0.clientName ?? "(no name)").count }.max() ?? 0)
            for plan in plans {
                let name = SafeText.line(plan.clientName ?? "(no name)")
                let shown = name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
                text += "  \(plan.id)  \(shown.padding(toLength: nameWidth, withPad: " ", startingAt: 0))"
                text += "  starts \(plan.startDate.iso)  touch-up \(plan.touchUp.due.iso)\n"
            }
        }
        if !drafts.isEmpty {
            text += "Unfinished intakes (resume with: \(resumeHint)):\n"
            for draft in drafts {
                let answered = draft.answers.values.filter { !$0.skipped }.count
                let name = draft.answers[IntakeForm.nameStepID]?.text.map { "  " + SafeText.line($0) } ?? ""
                text += "  \(draft.id)  \(answered) answer\(answered == 1 ? "" : "s"), saved \(CalendarDay.minuteStamp(draft.updatedAt))\(name)\n"
            }
        }
        let problems = planProblems + draftProblems
        if !problems.isEmpty {
            text += "Unreadable files (\(problems.count)):\n"
            for problem in problems { text += "  \(problem)\n" }
        }
        return text
    }
}
