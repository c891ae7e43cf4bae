import Foundation

/// The guided consultation as a state machine: one line in, one reply out.
/// It asks the form's steps in order, validates each answer, answers
/// questions typed instead of answers from the knowledge base, and saves a
/// draft after every answer so an interrupted intake can be resumed. It
/// neither prints nor reads: the terminal and the chat both host it.
public final class IntakeSession {
    public struct Settings: Sendable {
        /// A line that matches no option counts as a question when the matcher
        /// is at least this sure of a guide topic.
        public var questionConfidence = 0.6
        /// How to tell the user to resume; `{id}` becomes the draft id.
        public var resumeHint = "smp-consult intake --resume {id}"
        /// Where to look at a saved plan; `{id}` becomes the plan id.
        public var savedHint = "Show it with: smp-consult plans show {id}\nAdd it to a calendar: smp-consult plans export {id} --format ics > plan.ics"

        public init() {}
    }

    private enum Position: Equatable {
        case step(Int)
        case confirm
    }

    private enum Command: Equatable {
        case back, skip, restart, help, summary, cancel, pause
        case change(String)
    }

    public let form: IntakeForm
    public let settings: Settings
    private let answerer: Answerer?
    private let store: PlanStore?
    private let today: @Sendable () -> CalendarDay
    private let now: @Sendable () -> Date
    private let matchers: [String: OptionMatcher]
    /// Finds a step by number or name, for "change hairline" and the summary.
    private let stepMatcher: OptionMatcher

    /// The answers so far; saved after every change.
    public private(set) var draft: IntakeDraft
    /// The plan, once saved.
    public private(set) var savedPlan: Plan?
    public private(set) var isFinished = false
    private var position: Position = .step(0)
    private var returnToConfirm = false
    private var pendingCancel = false
    private var draftWarning: String?
    private let isResumed: Bool

    /// - Parameters:
    ///   - answerer: answers questions typed instead of answers; nil to treat them as bad answers.
    ///   - store: where the draft and the plan are saved; nil keeps everything in memory.
    ///   - draft: a draft to resume, or nil for a new intake.
    public init(
        form: IntakeForm, answerer: Answerer?, store: PlanStore?, draft: IntakeDraft? = nil,
        settings: Settings = Settings(),
        today: @escaping @Sendable () -> CalendarDay = { CalendarDay.today() },
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.form = form
        self.answerer = answerer
        self.store = store
        self.settings = settings
        self.today = today
        self.now = now
        var matchers: [String: OptionMatcher] = [:]
        for step in form.steps where step.kind == .choice {
            matchers[step.id] = OptionMatcher(step: step, formFiller: form.filler)
        }
        self.matchers = matchers
        stepMatcher = Self.makeStepMatcher(form)
        isResumed = draft != nil
        let created = now()
        var resumed = draft ?? IntakeDraft(id: PlanStore.newID(at: created), createdAt: created, updatedAt: created, answers: [:], position: "")
        resumed.answers = Self.keepValid(resumed.answers, form: form)
        self.draft = resumed
        if resumed.position == "confirm" && firstUnanswered() == nil {
            position = .confirm
        } else if let index = form.index(of: resumed.position) {
            position = .step(index)
        } else {
            position = firstUnanswered().map { .step($0) } ?? .confirm
        }
    }

    /// The intake the chat and the terminal start: the form that goes with
    /// `knowledge` (its `intake.yaml`, else the built-in one), a store that has
    /// been checked to be writable, and `today` for dates.
    public static func make(
        knowledge: KnowledgeBase, answerer: Answerer, store: PlanStore,
        today: @escaping @Sendable () -> CalendarDay = { CalendarDay.today() },
        resume draft: IntakeDraft? = nil, settings: Settings = Settings()
    ) throws -> IntakeSession {
        let form = try IntakeForm.load(from: knowledge.files)
        try store.prepare()
        return IntakeSession(form: form, answerer: answerer, store: store, draft: draft, settings: settings, today: today)
    }

    // MARK: Filling steps up front

    /// Answers a step before the intake starts (command-line flags). Each
    /// text is read as if typed; several texts add up on a many-value step.
    public func prefill(step id: String, with texts: [String]) throws {
        guard let index = form.index(of: id) else { throw IntakeError.unknownStep(id) }
        let step = form.steps[index]
        var combined: IntakeAnswer?
        for text in texts {
            switch interpret(Self.clean(text), step: step) {
            case .failure(let message):
                throw IntakeError.invalidPrefill(step: id, message: message.text)
            case .success(let answer):
                if var sum = combined, step.allowsMany {
                    for value in answer.choices where !sum.choices.contains(value) { sum.choices.append(value) }
                    combined = sum
                } else if combined != nil {
                    throw IntakeError.invalidPrefill(step: id, message: "takes one value, not \(texts.count)")
                } else {
                    combined = answer
                }
            }
        }
        guard let combined else { return }
        draft.answers[id] = combined
        position = firstUnanswered().map { .step($0) } ?? .confirm
    }

    /// Every required step has an answer.
    public var isComplete: Bool { firstUnanswered(requiredOnly: true) == nil }

    /// Builds and saves the plan, as typing yes at the summary does.
    public func save() -> DialogStep {
        if let missing = firstUnanswered(requiredOnly: true) {
            position = .step(missing)
            return reply("\(form.steps[missing].title) is still needed before the plan can be saved.", currentPrompt())
        }
        // A draft resumed days later may hold a start date that has passed since.
        if let start = draft.answers[IntakeForm.startStepID]?.date, start < today(), let index = form.index(of: IntakeForm.startStepID) {
            draft.answers[IntakeForm.startStepID] = nil
            returnToConfirm = true
            position = .step(index)
            persist()
            return reply(DateParser.Failure.past(start, today: today()).description, currentPrompt())
        }
        let plan: Plan
        do {
            plan = try PlanBuilder.build(form: form, answers: draft.answers, id: draft.id, createdAt: now())
            try store?.save(plan)
        } catch {
            return reply("The plan could not be saved: \(error)", "The answers are kept; type yes to try again.")
        }
        try? store?.deleteDraft(id: draft.id)
        savedPlan = plan
        isFinished = true
        var text = "Saved plan \(plan.id)" + (plan.clientName.map { " for \($0)" } ?? "") + ".\n"
        for session in plan.sessions {
            text += "  Session \(session.number): \(session.date.long) (\(session.pigment) pigment; aftercare until \(session.aftercare.until.long))\n"
        }
        text += "  Finished result: not before \(plan.earliestFinish.long)\n"
        text += "  Touch-up: about \(plan.touchUp.due.long)\n"
        text += settings.savedHint.replacingOccurrences(of: "{id}", with: plan.id)
        return .finished(text)
    }

    // MARK: Steps

    private func handleAnswer(_ text: String, at index: Int) -> DialogStep {
        let step = form.steps[index]
        if text.isEmpty {
            if let existing = draft.answers[step.id] {
                return accept(existing, at: index, note: "Kept: \(step.title): \(existing.display(for: step)).")
            }
            if step.isOptional {
                return accept(.skip, at: index, note: "Skipped \(step.title).")
            }
            return reply("\(step.title) needs an answer (type help for the commands).", prompt(index))
        }
        if text.hasSuffix("?"), let answer = answerQuestion(text) {
            return reply(answer, "Back to the consultation:\n" + prompt(index))
        }
        switch interpret(text, step: step) {
        case .success(let answer):
            return accept(answer, at: index, note: "Noted: \(step.title): \(answer.display(for: step)).")
        case .failure(let failure):
            if failure.couldBeQuestion, isConfidentQuestion(text), let answer = answerQuestion(text) {
                return reply(answer, "Back to the consultation:\n" + prompt(index))
            }
            return reply(failure.text, prompt(index, brief: true))
        }
    }

    private struct Failure: Error {
        let text: String
        /// False when the line was clearly meant as an answer (a past date).
        let couldBeQuestion: Bool
    }

    private func interpret(_ text: String, step: IntakeForm.Step) -> Result<IntakeAnswer, Failure> {
        switch step.kind {
        case .text:
            guard text.contains(where: \.isLetter) else {
                return .failure(Failure(text: "\"\(text)\" does not look like a name.", couldBeQuestion: true))
            }
            guard text.count <= 100 else {
                return .failure(Failure(text: "That is too long for \(step.title.lowercased()) (100 characters at most).", couldBeQuestion: true))
            }
            if isConfidentQuestion(text) {
                return .failure(Failure(text: "That looks like a question, not \(step.title.lowercased()).", couldBeQuestion: true))
            }
            return .success(IntakeAnswer(text: text))
        case .date:
            switch DateParser.parse(text, today: today()) {
            case .success(let day): return .success(IntakeAnswer(date: day))
            case .failure(let failure):
                if case .unrecognised = failure {
                    return .failure(Failure(text: failure.description, couldBeQuestion: true))
                }
                return .failure(Failure(text: failure.description, couldBeQuestion: false))
            }
        case .choice:
            guard let matcher = matchers[step.id] else {
                return .failure(Failure(text: "This step has no options.", couldBeQuestion: false))
            }
            let labels = { (ids: [String]) in ids.compactMap { step.option($0)?.label } }
            switch matcher.match(text) {
            case .matched(let values):
                return .success(IntakeAnswer(choices: values))
            case .unrecognised(let suggestions):
                var message = "I could not match \"\(text)\" to an option."
                if suggestions.isEmpty {
                    message += " Type a number from 1 to \(step.options.count) or an option's name."
                } else {
                    message += " Did you mean \(Self.list(labels(suggestions), joiner: "or"))?"
                }
                return .failure(Failure(text: message, couldBeQuestion: true))
            case .partly(let matched, let unmatched):
                let understood = Self.list(labels(matched.map(\.option)), joiner: "and")
                let message = "I understood \(understood), but not \"\(unmatched.joined(separator: " "))\". Please answer again with the options only."
                // It names an option, so it is an answer, not a question.
                return .failure(Failure(text: message, couldBeQuestion: false))
            case .tooMany(let ids):
                let message = "Only one answer here; you gave \(Self.list(labels(ids), joiner: "and")). Which one?"
                return .failure(Failure(text: message, couldBeQuestion: false))
            case .missingText(let id):
                let word = step.option(id)?.label.lowercased() ?? id
                let message = "Say what it is after \"\(word)\", e.g. \(word): cover a scar."
                return .failure(Failure(text: message, couldBeQuestion: false))
            }
        }
    }

    private func accept(_ answer: IntakeAnswer, at index: Int, note: String) -> DialogStep {
        draft.answers[form.steps[index].id] = answer
        position = next(after: index)
        persist()
        return reply(note, currentPrompt())
    }

    private func next(after index: Int) -> Position {
        if returnToConfirm {
            returnToConfirm = false
            return firstUnanswered().map { .step($0) } ?? .confirm
        }
        for later in (index + 1)..<max(index + 1, form.steps.count) where draft.answers[form.steps[later].id] == nil {
            return .step(later)
        }
        return firstUnanswered().map { .step($0) } ?? .confirm
    }

    private func firstUnanswered(requiredOnly: Bool = false) -> Int? {
        form.steps.firstIndex { step in
            draft.answers[step.id] == nil && !(requiredOnly && step.isOptional)
        }
    }

    // MARK: Confirmation

    private func handleConfirmation(_ text: String) -> DialogStep {
        if Self.isYes(text) || ["save", "confirm", "save it", "save the plan"].contains(text.lowercased()) {
            return save()
        }
        if Self.isNo(text) {
            return reply("What would you like to change? Type a step's number or name (e.g. 4 or hairline), or yes to save.")
        }
        if text.hasSuffix("?"), let answer = answerQuestion(text) {
            return reply(answer, confirmPrompt())
        }
        if let index = stepIndex(text) {
            return edit(index)
        }
        if isConfidentQuestion(text), let answer = answerQuestion(text) {
            return reply(answer, confirmPrompt())
        }
        return reply("Type yes to save the plan, or a step's number or name to change it.", confirmPrompt(brief: true))
    }

    private func edit(_ index: Int) -> DialogStep {
        returnToConfirm = position == .confirm || returnToConfirm
        position = .step(index)
        persist()
        return reply(currentPrompt())
    }

    private func stepIndex(_ text: String) -> Int? {
        guard case .matched(let values) = stepMatcher.match(text), values.count == 1 else { return nil }
        return form.index(of: values[0].option)
    }

    // MARK: Commands

    private func perform(_ command: Command) -> DialogStep {
        switch command {
        case .help:
            return reply(helpText())
        case .summary:
            return reply(summaryText(), currentPrompt())
        case .back:
            switch position {
            case .confirm:
                returnToConfirm = false
                position = .step(form.steps.count - 1)
            case .step(let index):
                guard index > 0 else { return reply("This is the first step.", prompt(index)) }
                returnToConfirm = false
                position = .step(index - 1)
            }
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
            return reply("Cancel this consultation and discard its answers? Type yes to discard them, anything else to go on.")
        case .pause:
            return .finished(interrupt() ?? "Consultation paused.")
        case .change(let name):
            guard let index = stepIndex(name) else {
                let steps = form.steps.enumerated().map { "\($0.offset + 1). \($0.element.title)" }.joined(separator: ", ")
                return reply("There is no step \"\(name)\". The steps are: \(steps).", currentPrompt())
            }
            return edit(index)
        }
    }

    private func cancel() -> DialogStep {
        isFinished = true
        try? store?.deleteDraft(id: draft.id)
        return .finished("Consultation cancelled; nothing was saved.")
    }

    // MARK: Text

    private func currentPrompt() -> String {
        switch position {
        case .confirm: return confirmPrompt()
        case .step(let index): return prompt(index)
        }
    }

    private func prompt(_ index: Int, brief: Bool = false) -> String {
        let step = form.steps[index]
        var text = "[\(index + 1)/\(form.steps.count)] \(step.title)" + (step.isOptional ? " (optional)" : "")
        text += "\n" + step.prompt
        if step.kind == .choice {
            for (number, option) in step.options.enumerated() {
                text += "\n  \(number + 1). \(option.label)"
            }
            if !brief && step.allowsMany, step.options.count >= 3 {
                text += "\nSeveral can go on one line, e.g. \"1, 3\" or \"\(step.options[1].label.lowercased()) and \(step.options[2].label.lowercased())\"."
            }
            if let free = step.options.first(where: \.takesText), !brief {
                text += "\nFor something else, type \"\(free.label.lowercased()):\" and the client's words."
            }
        }
        if let existing = draft.answers[step.id] {
            text += "\nNow: \(existing.display(for: step)). Press Enter to keep it."
        } else if step.isOptional {
            text += "\nPress Enter or type skip to leave it out."
        }
        return text
    }

    private func confirmPrompt(brief: Bool = false) -> String {
        var text = brief ? "" : summaryText() + "\n"
        text += "Save this plan? Type yes to save, or a step's number or name to change it (e.g. 4 or hairline)."
        return text
    }

    private func summaryText() -> String {
        var text = "The consultation so far:"
        for (index, step) in form.steps.enumerated() {
            let value = draft.answers[step.id].map { $0.display(for: step) } ?? "(not answered yet)"
            text += "\n  \(index + 1). \(step.title): \(value)"
        }
        return text
    }

    private func helpText() -> String {
        var text = ""
        if case .step(let index) = position {
            let step = form.steps[index]
            text += "Step \(index + 1) of \(form.steps.count): \(step.title)"
            switch step.kind {
            case .choice:
                for (number, option) in step.options.enumerated() {
                    text += "\n  \(number + 1). \(option.label): \(option.description)"
                }
                text += "\nAnswer with a number, a name or the client's own words"
                text += step.allowsMany ? "; several can go on one line (\"1, 3\" or \"a and b\")." : "."
            case .date:
                text += "\nA date such as 2026-12-07, 7 December, today, tomorrow, next monday or in 2 weeks; not in the past."
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
        text += "\n\n" + currentPrompt()
        return text
    }

    private func answerQuestion(_ text: String) -> String? {
        guard let answerer else { return nil }
        let answer = answerer.answer(text)
        return answer.parts.map { part in
            part.text + (part.source.map { "\n(Guide: \($0))" } ?? "")
        }.joined(separator: "\n\n")
    }

    /// A line without "?" counts as a question only when it reads like one:
    /// a few words that the matcher confidently places in a guide topic.
    /// One or two words ("black") are an attempted answer, not a question.
    private func isConfidentQuestion(_ text: String) -> Bool {
        guard let answerer, Tokenizer.tokens(text).count >= 3 else { return false }
        let match = answerer.matcher.match(text)
        return match.intent?.kind == .guide && match.confidence >= settings.questionConfidence
    }

    private func reply(_ parts: String...) -> DialogStep {
        var parts = parts.filter { !$0.isEmpty }
        if let draftWarning {
            parts.insert(draftWarning, at: 0)
            self.draftWarning = nil
        }
        return .continues(parts.joined(separator: "\n\n"))
    }

    private func persist() {
        draft.updatedAt = now()
        switch position {
        case .confirm: draft.position = "confirm"
        case .step(let index): draft.position = form.steps[index].id
        }
        guard let store else { return }
        do {
            try store.saveDraft(draft)
        } catch {
            draftWarning = "Warning: the draft could not be saved (\(error)); the answers are lost if this stops."
        }
    }

    // MARK: Helpers

    private static func command(_ text: String) -> Command? {
        var lowered = text.lowercased()
        if lowered.hasPrefix("/") { lowered.removeFirst() }
        while let last = lowered.last, ".!".contains(last) { lowered.removeLast() }
        lowered = lowered.trimmingCharacters(in: .whitespaces)
        switch lowered {
        case "back", "go back", "previous", "prev": return .back
        case "skip", "skip it", "pass": return .skip
        case "restart", "start over", "start again": return .restart
        case "help", "?", "commands", "options": return .help
        case "summary", "show summary", "answers", "review": return .summary
        case "cancel", "abort", "discard": return .cancel
        case "pause", "quit", "exit", "later", "stop": return .pause
        default: break
        }
        for prefix in ["change ", "edit ", "go to ", "goto "] where lowered.hasPrefix(prefix) {
            let rest = String(lowered.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty { return .change(rest) }
        }
        return nil
    }

    private static func isYes(_ text: String) -> Bool {
        ["yes", "y", "yes please", "yep", "yeah", "ok", "okay", "sure", "correct"].contains(normalisedReply(text))
    }

    private static func isNo(_ text: String) -> Bool {
        ["no", "n", "nope", "not yet", "wait"].contains(normalisedReply(text))
    }

    private static func normalisedReply(_ text: String) -> String {
        Tokenizer.tokens(text).joined(separator: " ")
    }

    /// The line without control characters, escape sequences or extra spaces.
    static func clean(_ line: String) -> String {
        PlanText.clean(line)
    }

    private static func list(_ items: [String], joiner: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(joiner) " + items[items.count - 1]
    }

    /// Answers of a resumed draft that still fit the form (it may have changed).
    private static func keepValid(_ answers: [String: IntakeAnswer], form: IntakeForm) -> [String: IntakeAnswer] {
        var kept: [String: IntakeAnswer] = [:]
        for (id, answer) in answers {
            guard let step = form[id] else { continue }
            if answer.skipped {
                if step.isOptional { kept[id] = answer }
                continue
            }
            switch step.kind {
            case .text: if answer.text != nil { kept[id] = answer }
            case .date: if answer.date != nil { kept[id] = answer }
            case .choice:
                let choices = answer.choices.filter { step.option($0.option) != nil }
                if !choices.isEmpty && (step.allowsMany || choices.count == 1) {
                    kept[id] = IntakeAnswer(choices: choices)
                }
            }
        }
        return kept
    }

    /// An option per step (number, id, title, and title words no other step
    /// uses), so "4", "hairline" and "colour" all find their step.
    private static func makeStepMatcher(_ form: IntakeForm) -> OptionMatcher {
        var wordOwners: [String: Set<String>] = [:]
        for step in form.steps {
            for word in Tokenizer.tokens(step.title) { wordOwners[word, default: []].insert(step.id) }
        }
        let filler = Set(form.filler)
        let options = form.steps.map { step in
            let unique = Tokenizer.tokens(step.title).filter { wordOwners[$0]?.count == 1 && !filler.contains($0) }
            return IntakeForm.Option(
                id: step.id, label: step.title, description: step.prompt, synonyms: unique, takesText: false,
                location: step.location)
        }
        let step = IntakeForm.Step(
            id: "steps", title: "Steps", prompt: "", kind: .choice, isOptional: false, allowsMany: false,
            options: options, filler: ["step", "field", "the", "change", "edit"], location: form.location)
        return OptionMatcher(step: step, formFiller: form.filler)
    }
}

extension IntakeSession: Dialog {
    public func start() -> DialogStep {
        let answered = form.steps.filter { draft.answers[$0.id] != nil }.count
        var intro: String
        if isResumed {
            intro = "Resuming consultation \(draft.id): \(answered) of \(form.steps.count) steps answered."
        } else {
            intro = "Consultation intake (\(form.steps.count) steps; draft \(draft.id), saved after every answer)."
            intro += "\nType help for commands, or ask a question about SMP at any point."
        }
        if answered > 0 { persist() }
        return reply(intro, currentPrompt())
    }

    public func handle(_ line: String) -> DialogStep {
        guard !isFinished else { return .finished("This consultation is over.") }
        let text = Self.clean(line)
        if pendingCancel {
            pendingCancel = false
            if Self.isYes(text) { return cancel() }
            return reply("Not cancelled.", currentPrompt())
        }
        if let command = Self.command(text) {
            return perform(command)
        }
        switch position {
        case .confirm: return handleConfirmation(text)
        case .step(let index): return handleAnswer(text, at: index)
        }
    }

    public var completions: [String] {
        var words = ["back", "summary", "help", "restart", "cancel", "pause"]
        switch position {
        case .confirm:
            words = ["yes", "no"] + form.steps.map(\.id) + words
        case .step(let index):
            let step = form.steps[index]
            if step.isOptional { words.insert("skip", at: 0) }
            switch step.kind {
            case .choice: words = (matchers[step.id]?.completions ?? []) + words
            case .date: words = ["today", "tomorrow", "next monday", "in 2 weeks"] + words
            case .text: break
            }
        }
        return words
    }

    public func interrupt() -> String? {
        guard !isFinished else { return nil }
        isFinished = true
        guard hasAnswers else {
            try? store?.deleteDraft(id: draft.id)
            return interruptionNotice
        }
        persist()
        guard store != nil, draftWarning == nil else {
            return "Consultation stopped; the answers could not be saved."
        }
        return interruptionNotice
    }

    /// What to tell the user if the session stopped now: where the answers
    /// are and how to resume. A host that cannot call `interrupt()` in time
    /// (a signal handler) shows this instead; the draft is already saved.
    public var interruptionNotice: String {
        guard hasAnswers else {
            return "Consultation stopped; nothing was answered, so there is nothing to resume."
        }
        return "Consultation paused; the answers so far are saved as draft \(draft.id).\nResume with: "
            + settings.resumeHint.replacingOccurrences(of: "{id}", with: draft.id)
    }

    private var hasAnswers: Bool {
        draft.answers.values.contains { !$0.skipped }
    }
}
