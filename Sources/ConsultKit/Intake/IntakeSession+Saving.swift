/// Answers given up front (the `intake` command's flags) and saving.
extension IntakeSession {
    /// Answers the step with `role` before the intake starts (command-line
    /// flags). Each text is read as if typed; several add up on a many-value step.
    public func prefill(_ role: StepRole, with texts: [String]) throws {
        guard let step = form[role] else { throw IntakeError.noStep(role) }
        var combined: IntakeAnswer?
        for text in texts {
            switch interpreter.interpret(SafeText.line(text), step: step) {
            case .failure(let failure):
                throw IntakeError.invalidPrefill(step: step.id, message: failure.text)
            case .success(let answer):
                if var sum = combined, step.allowsMany {
                    for value in answer.choices where !sum.choices.contains(value) { sum.choices.append(value) }
                    combined = sum
                } else if combined != nil {
                    throw IntakeError.invalidPrefill(step: step.id, message: "takes one value, not \(texts.count)")
                } else {
                    combined = answer
                }
            }
        }
        guard let combined else { return }
        draft.answers[step.id] = combined
        position = firstUnansweredOrConfirm()
    }

    /// Every required step has an answer.
    public var isComplete: Bool { firstUnanswered(requiredOnly: true) == nil }

    /// Hands the answers to the completion (which saves the plan), as typing
    /// yes at the summary does.
    public func save() -> IntakeReply {
        if let missing = firstUnanswered(requiredOnly: true) {
            position = .step(missing)
            return reply("\(form.steps[missing].title) is still needed before the plan can be saved.", currentPrompt())
        }
        // A draft resumed days later may hold a start date that has passed since.
        if let startStep = form[.start], let start = draft.answers[startStep.id]?.date, start < today(),
            let index = form.index(of: startStep.id)
        {
            draft.answers[startStep.id] = nil
            returnToConfirm = true
            position = .step(index)
            persist()
            return reply(DateParser.Failure.past(start, today: today()).description, currentPrompt())
        }
        let text: String
        do {
            text = try completion?.complete(form.record(draft.answers, id: draft.id, createdAt: now())) ?? ""
        } catch {
            return reply("The plan could not be saved: \(error)", "The answers are kept; type yes to try again.")
        }
        try? drafts?.delete(id: draft.id)
        outcome = .saved
        return .finished(text)
    }
}
