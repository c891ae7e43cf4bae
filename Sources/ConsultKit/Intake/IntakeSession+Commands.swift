/// The commands the client can type at any step (back, skip, change X, …).
extension IntakeSession {
    func perform(_ command: IntakeCommand) -> IntakeReply {
        switch command {
        case .help:
            return reply(helpText())
        case .summary:
            return reply(prompts.summary(answers: draft.answers), currentPrompt())
        case .back:
            switch position {
            case .confirm:
                position = .step(form.steps.count - 1)
            case .step(let index):
                guard index > 0 else { return reply("This is the first step.", prompt(index)) }
                position = .step(index - 1)
            }
            returnToConfirm = false
            persist()
            return reply(currentPrompt())
        case .skip:
            guard case .step(let index) = position else {
                return reply("Nothing to skip here.", confirmPrompt())
            }
            let step = form.steps[index]
            guard step.isOptional else {
                return reply("\(step.title) is needed for the plan; it cannot be skipped.", prompt(index, brief: true))
            }
            return accept(.skip, at: index, note: "Skipped \(step.title).")
        case .restart:
            draft.answers = [:]
            returnToConfirm = false
            position = .step(0)
            persist()
            return reply("Starting again: the answers were cleared.", currentPrompt())
        case .cancel:
            guard hasAnswers else { return cancel() }
            pendingCancel = true
            return reply(
                "Cancel this consultation and discard its answers? Type yes to discard them, anything else to go on.")
        case .pause:
            return .finished(interrupt(leaving: false) ?? "Consultation paused.")
        case .change(let name):
            guard let index = steps.index(name) else {
                let list = form.steps.enumerated().map { "\($0.offset + 1). \($0.element.title)" }.joined(
                    separator: ", ")
                return reply("There is no step \"\(name)\". The steps are: \(list).", currentPrompt())
            }
            return edit(index)
        }
    }

    func edit(_ index: Int) -> IntakeReply {
        returnToConfirm = position == .confirm || returnToConfirm
        position = .step(index)
        persist()
        return reply(currentPrompt())
    }

    func cancel() -> IntakeReply {
        outcome = .cancelled
        try? drafts?.delete(id: draft.id)
        return .finished("Consultation cancelled; nothing was saved.")
    }
}
