import Foundation

/// The guided consultation as a state machine: one line in, one reply out.
/// It asks the form's steps in order, answers questions typed instead of
/// answers, and saves a draft after every answer so an interrupted intake can
/// be resumed. It neither prints nor reads: the terminal and the chat both
/// host it. Reading answers is `AnswerInterpreter`'s job, the words shown are
/// `IntakePrompts`', and what a confirmed intake becomes (a saved plan) is up
/// to its `IntakeCompletion`.
public final class IntakeSession {
    public struct Settings: Sendable {
        /// A line that matches no option counts as a question when the matcher
        /// is at least this sure of a guide topic.
        public var questionConfidence = 0.6
        /// How to tell the user to resume; `{id}` becomes the draft id.
        public var resumeHint = "smp-consult intake --resume {id}"
        /// How to resume once the program has ended (the chat's own hint,
        /// "type /intake", no longer holds then).
        public var commandLineResumeHint = "smp-consult intake --resume {id}"

        public init() {}
    }

    /// How the session ended.
    public enum Outcome: Sendable, Equatable {
        /// Confirmed and handed to the completion.
        case saved
        /// Stopped with the answers kept in the draft (or nothing to keep).
        case paused
        /// Stopped and the answers discarded.
        case cancelled
    }

    /// Where the session is: asking a step, or showing the summary to confirm.
    enum Position: Equatable {
        case step(Int)
        case confirm
    }

    public let form: IntakeForm
    public let settings: Settings
    /// What the confirmed answers become.
    public let completion: (any IntakeCompletion)?
    // Internal rather than private: the extensions in IntakeSession+*.swift use them.
    let drafts: DraftStore?
    let interpreter: AnswerInterpreter
    let prompts: IntakePrompts
    let steps: StepFinder
    let today: @Sendable () -> CalendarDay
    let now: @Sendable () -> Date

    /// The answers so far; saved after every change.
    public internal(set) var draft: IntakeDraft
    /// Set once the session is over.
    public internal(set) var outcome: Outcome?
    public var isFinished: Bool { outcome != nil }
    var position: Position = .step(0)
    /// An edit made from the summary goes back to the summary.
    var returnToConfirm = false
    var pendingCancel = false
    /// The option a "did you mean" offered at a step: yes takes it, no asks again.
    private var offered: (index: Int, option: String)?
    /// A step that takes several options, with part of a line understood and
    /// kept in the draft: the next line adds to it, Enter or no moves on.
    private var collecting: Int?
    private var draftWarning: String?
    private let isResumed: Bool

    /// - Parameters:
    ///   - answerer: answers questions typed instead of answers; nil to treat them as bad answers.
    ///   - drafts: where the draft is saved after every answer; nil keeps it in memory.
    ///   - completion: what the confirmed answers become; nil just ends the session.
    ///   - draft: a draft to resume, or nil for a new intake.
    public init(
        form: IntakeForm, answerer: Answerer?, drafts: DraftStore?, completion: (any IntakeCompletion)?,
        draft: IntakeDraft? = nil, settings: Settings = Settings(),
        today: @escaping @Sendable () -> CalendarDay = { CalendarDay.today() },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.form = form
        self.drafts = drafts
        self.completion = completion
        self.settings = settings
        self.today = today
        self.now = now
        interpreter = AnswerInterpreter(
            form: form, answerer: answerer, questionConfidence: settings.questionConfidence, today: today)
        prompts = IntakePrompts(form: form)
        steps = StepFinder(form: form)
        isResumed = draft != nil
        let created = now()
        var resumed =
            draft
            ?? IntakeDraft(id: RecordFolder.newID(at: created), createdAt: created, updatedAt: created, answers: [:], position: "")
        resumed.answers = AnswerInterpreter.keepValid(resumed.answers, form: form)
        self.draft = resumed
        // A draft saved at the summary has no step position: the first unanswered step, else the summary.
        position = form.index(of: resumed.position).map { .step($0) } ?? firstUnansweredOrConfirm()
    }

    // MARK: Hosting

    public func start() -> IntakeReply {
        let answered = form.answeredCount(draft)
        var intro: String
        if isResumed {
            intro = "Resuming consultation \(draft.id): \(form.progressText(draft))."
        } else {
            intro = "Consultation intake (\(form.steps.count) steps; draft \(draft.id), saved after every answer)."
            intro += "\nType help for commands, or ask a question about SMP at any point."
        }
        if answered > 0 { persist() }
        return reply(intro, currentPrompt())
    }

    public func handle(_ line: String) -> IntakeReply {
        guard !isFinished else { return .finished("This consultation is over.") }
        let text = SafeText.line(line)
        if pendingCancel {
            pendingCancel = false
            if IntakeCommand.isYes(text) { return cancel() }
            return reply("Not cancelled.", currentPrompt())
        }
        if let command = IntakeCommand(parsing: text) {
            offered = nil
            collecting = nil
            return perform(command)
        }
        switch position {
        case .confirm: return handleConfirmation(text)
        case .step(let index): return handleAnswer(text, at: index)
        }
    }

    /// Words worth offering for Tab completion now: the step's options, then the commands.
    public var completions: [String] {
        var words = IntakeCommand.completions
        if offered != nil { words = ["yes", "no"] + words }
        switch position {
        case .confirm:
            words = ["yes", "no"] + form.steps.map(\.id) + words
        case .step(let index):
            let step = form.steps[index]
            if step.isOptional { words.insert("skip", at: 0) }
            switch step.kind {
            case .choice: words = interpreter.completions(step) + words
            case .date: words = ["today", "tomorrow", "next monday", "in 2 weeks"] + words
            case .text: break
            }
        }
        return words
    }

    /// Ctrl-C, Ctrl-D, end of input: keeps the answers as a draft and says
    /// how to resume; nil when the session was over already.
    /// - Parameter leaving: the program ends too, so the notice gives the
    ///   command-line way to resume.
    public func interrupt(leaving: Bool = false) -> String? {
        guard !isFinished else { return nil }
        outcome = .paused
        guard hasAnswers else {
            try? drafts?.delete(id: draft.id)
            return notice(leaving: leaving)
        }
        persist()
        guard drafts != nil, draftWarning == nil else {
            return "Consultation stopped; the answers could not be saved."
        }
        return notice(leaving: leaving)
    }

    /// What to tell the user if the session stopped now: where the answers
    /// are and how to resume. A host that cannot call `interrupt()` in time
    /// (a signal handler) shows this instead; the draft is already saved.
    public var interruptionNotice: String { notice(leaving: false) }

    private func notice(leaving: Bool) -> String {
        guard hasAnswers else {
            return "Consultation stopped; nothing was answered, so there is nothing to resume."
        }
        return "Consultation paused; the answers so far are saved as draft \(draft.id).\nResume with: "
            + (leaving ? settings.commandLineResumeHint : settings.resumeHint)
            .replacingOccurrences(of: "{id}", with: draft.id)
    }

    // MARK: Answers

    private func handleAnswer(_ text: String, at index: Int) -> IntakeReply {
        let step = form.steps[index]
        let offer = offered
        offered = nil
        if let offer, offer.index == index {
            if IntakeCommand.isYes(text) {
                return acceptAdding([OptionMatcher.ChosenOption(option: offer.option)], at: index)
            }
            if IntakeCommand.isNo(text) {
                return reply("Then which is it? Type a number or an option's name.", prompt(index, brief: true))
            }
        }
        if collecting == index {
            let done = text.isEmpty || IntakeCommand.isNo(text) || IntakeCommand.isDone(text)
            if done, let kept = draft.answers[step.id] {
                collecting = nil
                return accept(kept, at: index, note: "Noted: \(step.title): \(kept.display(for: step)).")
            }
        }
        if let description = interpreter.optionsQuestion(text, step: step) {
            return reply(description, "Back to the consultation:\n" + prompt(index, brief: true))
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
        if text.hasSuffix("?"), let answer = interpreter.answerQuestion(text) {
            return reply(answer, "Back to the consultation:\n" + prompt(index))
        }
        switch interpreter.interpret(text, step: step) {
        case .success(let answer):
            if collecting == index { return acceptAdding(answer.choices, at: index) }
            return accept(answer, at: index, note: "Noted: \(step.title): \(answer.display(for: step)).")
        case .failure(let failure):
            if failure.isQuestion || (failure.couldBeQuestion && interpreter.isConfidentQuestion(text)),
                let answer = interpreter.answerQuestion(text)
            {
                return reply(answer, "Back to the consultation:\n" + prompt(index))
            }
            if !failure.understood.isEmpty {
                return keepPart(failure.understood, at: index, unclear: failure.text)
            }
            if let option = failure.suggestion {
                // A yes-or-no question: the prompt would bury it.
                offered = (index, option)
                return reply(failure.text)
            }
            if collecting == index, let kept = draft.answers[step.id] {
                // Nothing here for this step: the client has moved on, so the
                // line is read at the next one.
                collecting = nil
                let note = "Noted: \(step.title): \(kept.display(for: step))."
                draft.answers[step.id] = kept
                position = next(after: index)
                persist()
                guard case .step(let nextIndex) = position else { return reply(note, currentPrompt()) }
                let answer = handleAnswer(text, at: nextIndex)
                return answer.isFinished ? answer : reply(note, answer.text)
            }
            if collecting == index {
                return reply(failure.text, Self.anythingElse)
            }
            return reply(failure.text, prompt(index, brief: true))
        }
    }

    private static let anythingElse = "Anything else? Name more options, or press Enter if that's all."

    /// Keeps the options understood so far at a many-value step and asks
    /// only about the rest.
    private func keepPart(_ understood: [OptionMatcher.ChosenOption], at index: Int, unclear: String) -> IntakeReply {
        let step = form.steps[index]
        var answer = draft.answers[step.id].flatMap { collecting == index ? $0 : nil } ?? IntakeAnswer()
        for value in understood where !answer.choices.contains(where: { $0.option == value.option }) {
            answer.choices.append(value)
        }
        draft.answers[step.id] = answer
        collecting = index
        persist()
        let labels = answer.choices.map { value in step.option(value.option)?.label ?? value.option }
        return reply("I have: \(labels.joined(separator: ", ")). \(unclear)", Self.anythingElse)
    }

    /// Adds `choices` to what a many-value step collected (or takes them
    /// alone) and moves on.
    private func acceptAdding(_ choices: [OptionMatcher.ChosenOption], at index: Int) -> IntakeReply {
        let step = form.steps[index]
        var answer = IntakeAnswer(choices: [])
        if collecting == index, let kept = draft.answers[step.id], step.allowsMany { answer = kept }
        for value in choices where !answer.choices.contains(where: { $0.option == value.option }) {
            answer.choices.append(value)
        }
        collecting = nil
        return accept(answer, at: index, note: "Noted: \(step.title): \(answer.display(for: step)).")
    }

    private func handleConfirmation(_ text: String) -> IntakeReply {
        if IntakeCommand.isSave(text) {
            return save()
        }
        if IntakeCommand.isNo(text) {
            return reply("What would you like to change? Type a step's number or name (e.g. 4 or hairline), or yes to save.")
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

    // MARK: Position

    private func next(after index: Int) -> Position {
        if returnToConfirm {
            returnToConfirm = false
            return firstUnansweredOrConfirm()
        }
        for later in (index + 1)..<form.steps.count where draft.answers[form.steps[later].id] == nil {
            return .step(later)
        }
        return firstUnansweredOrConfirm()
    }

    func firstUnanswered(requiredOnly: Bool = false) -> Int? {
        form.steps.firstIndex { step in
            draft.answers[step.id] == nil && !(requiredOnly && step.isOptional)
        }
    }

    func firstUnansweredOrConfirm() -> Position {
        firstUnanswered().map { .step($0) } ?? .confirm
    }

    var hasAnswers: Bool {
        draft.answers.values.contains { !$0.skipped }
    }

    // MARK: Replies

    func currentPrompt() -> String {
        switch position {
        case .confirm: return confirmPrompt()
        case .step(let index): return prompt(index)
        }
    }

    func prompt(_ index: Int, brief: Bool = false) -> String {
        prompts.prompt(index, answers: draft.answers, brief: brief)
    }

    func confirmPrompt(brief: Bool = false) -> String {
        prompts.confirmation(answers: draft.answers, brief: brief)
    }

    func helpText() -> String {
        var at: Int?
        if case .step(let index) = position { at = index }
        return prompts.help(at: at) + "\n\n" + currentPrompt()
    }

    /// The parts joined by blank lines, after a warning about an unsaved draft if there is one.
    func reply(_ parts: String...) -> IntakeReply {
        var parts = parts.filter { !$0.isEmpty }
        if let draftWarning {
            parts.insert(draftWarning, at: 0)
            self.draftWarning = nil
        }
        return .continues(parts.joined(separator: "\n\n"))
    }

    func persist() {
        draft.updatedAt = now()
        switch position {
        case .confirm: draft.position = ""
        case .step(let index): draft.position = form.steps[index].id
        }
        draft.clientName = form[.name].flatMap { draft.answers[$0.id]?.text }
        guard let drafts else { return }
        do {
            try drafts.save(draft)
        } catch {
            draftWarning = "Warning: the draft could not be saved (\(error)); the answers are lost if this stops."
        }
    }
}
