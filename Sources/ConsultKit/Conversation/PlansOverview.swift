/// The saved plans, unfinished intakes and unreadable files as text, for
/// `smp-consult plans list` and the chat's `/plans`.
public enum PlansOverview {
    public static func text(
        plans store: PlanStore, drafts draftStore: DraftStore, form: IntakeForm?,
        resumeHint: String = "smp-consult intake --resume ID"
    ) throws -> String {
        let (plans, planProblems) = try store.list()
        let (drafts, draftProblems) = try draftStore.list()
        var text = ""
        if plans.isEmpty {
            text += "No saved plans in \(store.folder.path).\n"
        } else {
            text += "Plans in \(store.folder.path):\n"
            let nameWidth = min(30, plans.map { SafeText.line($0.clientName ?? "(no name)").count }.max() ?? 0)
            for plan in plans {
                let name = SafeText.line(plan.clientName ?? "(no name)")
                let shown = name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
                text += "  \(plan.id)  \(shown + String(repeating: " ", count: max(0, nameWidth - shown.count)))"
                text += "  starts \(plan.startDate.iso)  touch-up \(plan.touchUp.due.iso)\n"
            }
        }
        if !drafts.isEmpty {
            text += "Unfinished intakes (resume with: \(resumeHint)):\n"
            for draft in drafts {
                // Counted as resuming counts, when the form is at hand.
                let progress =
                    form?.progressText(draft)
                    ?? "\(draft.answers.count) step\(draft.answers.count == 1 ? "" : "s") answered"
                let name = draft.clientName.map { "  " + SafeText.line($0) } ?? ""
                text += "  \(draft.id)  \(progress), saved \(CalendarDay.minuteStamp(draft.updatedAt))\(name)\n"
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
