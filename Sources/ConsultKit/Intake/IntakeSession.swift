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
        /// How to resume from the command line; `{id}` becomes the draft id.
        public var resumeHint = "smp-consult intake --resume {id}"
        /// How to go on without leaving the host (the chat's "/intake"),
        /// offered before `resumeHint` when the host stays; nil for none.
        public var continueHint: String?

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

    /// What the last reply left open at a step.
    enum Pending {
        /// "Did you mean …?": these options, if the client says yes.
        case suggestion(step: Int, options: [OptionMatcher.ChosenOption])
        /// "I have: … Anything else?": these options so far.
        case more(step: Int, have: [OptionMatcher.ChosenOption])
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
    /// Part of an answer waiting for the client's next line.
    var pending: Pending?
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
            ?? IntakeDraft(
                id: RecordFolder.newID(at: created), createdAt: created, updatedAt: created, answers: [:], position: "")
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
            // Help and the summary leave a part answer waiting; moving on drops it.
            if command != .help && command != .summary { pending = nil }
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
        switch position {
        case .confirm:
            words = ["yes", "no"] + form.steps.map(\.title) + words
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
    /// how to resume; nil when the session was over already. `leaving`: the
    /// program ends now, so only the command line can resume.
    public func interrupt(leaving: Bool = true) -> String? {
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
    public var interruptionNotice: String { notice(leaving: true) }

    private func notice(leaving: Bool) -> String {
        guard hasAnswers else {
            return "Consultation stopped; nothing was answered, so there is nothing to resume."
        }
        let command = settings.resumeHint.replacingOccurrences(of: "{id}", with: draft.id)
        var text = "Consultation paused; your answers so far are saved as draft \(draft.id).\n"
        if !leaving, let continueHint = settings.continueHint {
            text += continueHint.replacingOccurrences(of: "{id}", with: draft.id) + ", or later: " + command
        } else {
            text += "Resume with: " + command
        }
        return text
    }

    // MARK: Position

    func next(after index: Int) -> Position {
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
