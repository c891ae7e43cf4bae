import Foundation

/// How far a draft has come and what it holds, told the same way wherever a
/// draft is shown: resuming it, `plans list`, `plans show`.
extension IntakeForm {
    /// The steps of this form the draft has an answer for; a skipped
    /// optional step counts, as it needs no more answering.
    public func answeredCount(_ draft: IntakeDraft) -> Int {
        steps.filter { draft.answers[$0.id] != nil }.count
    }

    /// "2 of 6 steps answered".
    public func progressText(_ draft: IntakeDraft) -> String {
        "\(answeredCount(draft)) of \(steps.count) steps answered"
    }

    /// The draft as Markdown, marked unfinished, with the answers so far
    /// and how to go on. `resumeHint` has `{id}` for the draft's id.
    public func draftMarkdown(_ draft: IntakeDraft, resumeHint: String = "smp-consult intake --resume {id}") -> String {
        var text = "# Unfinished intake"
        if let name = draft.clientName { text += ": " + MarkdownText.escape(SafeText.line(name)) }
        text += "\n\nThis is not a plan yet: the consultation was not finished, so no dates are proposed. "
        text += "Draft \(draft.id), saved \(CalendarDay.minuteStamp(draft.updatedAt)); \(progressText(draft)).\n"
        text += "\nResume it with: `\(resumeHint.replacingOccurrences(of: "{id}", with: draft.id))`\n"
        text += "\n## Your answers so far\n\n"
        for step in steps {
            let value =
                draft.answers[step.id].map { MarkdownText.escape(SafeText.line($0.display(for: step))) }
                ?? "(not answered yet)"
            text += "- **\(MarkdownText.escape(step.title)):** \(value)\n"
        }
        return text
    }
}
