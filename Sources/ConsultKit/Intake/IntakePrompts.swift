/// The words the intake shows: each step's prompt, the summary, the
/// confirmation and the help. Pure functions of the form and the answers.
struct IntakePrompts {
    let form: IntakeForm

    /// The question of step `index`, its options, and how to keep or skip it.
    /// `brief` leaves out the examples (after a bad answer).
    func prompt(_ index: Int, answers: [String: IntakeAnswer], brief: Bool = false) -> String {
        let step = form.steps[index]
        var text = "[\(index + 1)/\(form.steps.count)] \(step.title)" + (step.isOptional ? " (optional)" : "")
        text += "\n" + step.prompt
        if step.kind == .choice {
            for (number, option) in step.options.enumerated() {
                text += "\n  \(number + 1). \(option.label)"
            }
            if !brief && step.allowsMany, step.options.count >= 3 {
                text +=
                    "\nSeveral can go on one line, e.g. \"1, 3\" or \"\(step.options[1].label.lowercased()) and \(step.options[2].label.lowercased())\"."
            }
            if let free = step.options.first(where: \.takesText), !brief {
                text += "\nFor something else, type \"\(free.label.lowercased()):\" and your own words."
            }
        }
        if let existing = answers[step.id] {
            text += "\nNow: \(existing.display(for: step)). Press Enter to keep it."
        } else if step.isOptional {
            text += "\nPress Enter or type skip to leave it out."
        }
        return text
    }

    /// The summary and the question whether to save; `brief` without the summary.
    func confirmation(answers: [String: IntakeAnswer], brief: Bool = false) -> String {
        var text = brief ? "" : summary(answers: answers) + "\n"
        text += "Save this plan? Type yes to save, or a step's number or name to change it (e.g. 4 or hairline)."
        return text
    }

    func summary(answers: [String: IntakeAnswer]) -> String {
        var text = "The consultation so far:"
        for (index, step) in form.steps.enumerated() {
            let value = answers[step.id].map { $0.display(for: step) } ?? "(not answered yet)"
            text += "\n  \(index + 1). \(step.title): \(value)"
        }
        return text
    }

    /// The help for step `index` (nil at the summary), then the commands.
    func help(at index: Int?) -> String {
        var text = ""
        if let index {
            let step = form.steps[index]
            text += "Step \(index + 1) of \(form.steps.count): \(step.title)"
            switch step.kind {
            case .choice:
                for (number, option) in step.options.enumerated() {
                    text += "\n  \(number + 1). \(option.label): \(option.description)"
                }
                text += "\nAnswer with a number, a name or your own words"
                text += step.allowsMany ? "; several can go on one line (\"1, 3\" or \"a and b\")." : "."
            case .date:
                text +=
                    "\nA date such as 2026-12-07, 7 December, today, tomorrow, next monday or in 2 weeks; from today to a year ahead."
            case .text:
                text += "\nAny text" + (step.isOptional ? "; press Enter to leave it out." : ".")
            }
            text += "\n\n"
        }
        text += """
            Commands:
              back       go to the previous step
              skip       leave out an optional step
              change X   go to step X (its number or name, e.g. change hairline)
              summary    show the answers so far
              restart    clear the answers and start again
              pause      stop now; the answers are kept to resume later
              cancel     stop and discard this consultation
              help       this list
            A question (e.g. "how long does it last?") gets an answer from the guide; then the step is asked again.
            """
        return text
    }

    /// "a", "a or b", "a, b and c".
    static func list(_ items: [String], joiner: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + items[items.count - 1]
    }
}
