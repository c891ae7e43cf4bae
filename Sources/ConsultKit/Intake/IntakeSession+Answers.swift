import Foundation

/// Reading an answer at a step or at the summary: options understood in part,
/// "Did you mean", questions asked instead of answers.
extension IntakeSession {
    func handleAnswer(_ text: String, at index: Int) -> IntakeReply {
        let step = form.steps[index]
        let open = pending
        pending = nil
        switch open {
        case .suggestion(index, let options):
            if IntakeCommand.isYes(text) {
                guard options.count == 1 else {
                    pending = open
                    return reply("Which one? Type its name or number.", prompt(index, brief: true))
                }
                return acceptChoices(options, at: index)
            }
            if IntakeCommand.isNo(text) {
                return reply("Then please choose from the list.", prompt(index, brief: true))
            }
        case .more(index, let have):
            if text.isEmpty || IntakeCommand.isNo(text) || IntakeCommand.isDone(text) {
                return acceptChoices(have, at: index)
            }
            pending = open
            if IntakeCommand.isYes(text) { return reply("What else? Type it, or press Enter if that is all.") }
            return handleMore(text, have: have, at: index)
        default:
            break
        }
        if text.isEmpty {
            if let existing = draft.answers[step.id] {
                return accept(existing, at: index, note: "Kept: \(step.title): \(existing.display(for: step)).")
            }
            if step.isOptional {
                return accept(.skip, at: index, note: "Skipped \(step.title).")
            }
            return reply("\(step.title) needs an answer (type help for the commands).", prompt(index))
        }
        switch interpreter.read(text, step: step) {
        case .answer(let answer):
            return accept(answer, at: index, note: "Noted: \(step.title): \(answer.display(for: step)).")
        case .question:
            return reply(interpreter.answerQuestion(text) ?? "", "Back to the consultation:\n" + prompt(index))
        case .aboutOptions(let explained):
            return reply(explained, "Back to the consultation:\n" + prompt(index))
        case .partly(let understood, let rest):
            pending = .more(step: index, have: understood)
            return reply(haveSoFar(understood, rest: rest, step: step))
        case .didYouMean(let options, let message):
            pending = .suggestion(step: index, options: options)
            // One option: yes or no will do; several: the list again to choose from.
            return options.count == 1 ? reply(message + " (yes or no)") : reply(message, prompt(index, brief: true))
        case .failure(let message):
            return reply(message, prompt(index, brief: true))
        }
    }

    /// The next line after "Anything else?": more options join those kept.
    private func handleMore(_ text: String, have: [OptionMatcher.ChosenOption], at index: Int) -> IntakeReply {
        let step = form.steps[index]
        switch interpreter.read(text, step: step) {
        case .answer(let answer):
            pending = nil
            return acceptChoices(have + answer.choices, at: index)
        case .partly(let understood, let rest):
            pending = .more(step: index, have: have + understood)
            return reply(haveSoFar(have + understood, rest: rest, step: step))
        case .question:
            return reply(interpreter.answerQuestion(text) ?? "", haveSoFar(have, rest: [], step: step))
        case .aboutOptions(let explained):
            return reply(explained, haveSoFar(have, rest: [], step: step))
        case .didYouMean(_, let message), .failure(let message):
            return reply(message, haveSoFar(have, rest: [], step: step))
        }
    }

    /// "I have: More density, Rebuild the hairline. Anything else?"
    private func haveSoFar(_ have: [OptionMatcher.ChosenOption], rest: [String], step: IntakeForm.Step) -> String {
        let labels = have.map { IntakeAnswer(choices: [$0]).display(for: step) }
        var text = "I have: \(labels.joined(separator: ", "))."
        if !rest.isEmpty { text += " I did not understand \"\(rest.joined(separator: " "))\"." }
        return text + " Anything else? (press Enter if that is all)"
    }

    private func acceptChoices(_ options: [OptionMatcher.ChosenOption], at index: Int) -> IntakeReply {
        var unique: [OptionMatcher.ChosenOption] = []
        for option in options where !unique.contains(where: { $0.option == option.option }) { unique.append(option) }
        let step = form.steps[index]
        let answer = IntakeAnswer(choices: unique)
        return accept(answer, at: index, note: "Noted: \(step.title): \(answer.display(for: step)).")
    }

    func handleConfirmation(_ text: String) -> IntakeReply {
        if IntakeCommand.isSave(text) {
            return save()
        }
        if IntakeCommand.isNo(text) {
            return reply(
                "What would you like to change? Type a step's number or name (e.g. 4 or hairline), or yes to save.")
        }
        if text.hasSuffix("?"), let answer = interpreter.answerQuestion(text) {
            return reply(answer, confirmPrompt())
        }
        if let index = steps.index(text) {
            return edit(index)
        }
        if interpreter.isConfidentQuestion(text), let answer = interpreter.answerQuestion(text) {
            return reply(answer, confirmPrompt())
        }
        return reply("Type yes to save the plan, or a step's number or name to change it.", confirmPrompt(brief: true))
    }

    func accept(_ answer: IntakeAnswer, at index: Int, note: String) -> IntakeReply {
        draft.answers[form.steps[index].id] = answer
        position = next(after: index)
        persist()
        return reply(note, currentPrompt())
    }
}
