import Foundation

/// The chat's engine: one line in, one reply out. It remembers what the next
/// line may refer to: the previous question (for short follow-ups such as
/// "and for women?"), the numbered choices on offer, the `/explain` toggle and
/// an active dialog (the guided intake), which takes every line until it ends.
public final class Conversation {
    /// When a line counts as a follow-up and how it is re-read.
    public struct Settings: Sendable {
        /// A line with at most this many topic terms may be a follow-up.
        public var followUpTerms = 3
        /// A short line matched with less confidence than this is re-read
        /// together with the previous question.
        public var weakConfidence = 0.65
        /// How much more confident the re-read must be to be taken instead.
        public var followUpMargin = 0.1
        /// How many numbered topics to offer after an answer.
        public var maxChoices = 3

        public init() {}
    }

    /// The intent that starts the guided intake when it matches.
    public static let startConsultationID = "start_consultation"
    /// The intent that ends the chat when it matches.
    public static let goodbyeID = "goodbye"
    public static let farewell = "Goodbye, and thanks for stopping by!"

    public let answerer: Answerer
    public let settings: Settings
    // Internal rather than private where Conversation+Commands.swift uses them.
    let startIntake: (() throws -> any Dialog)?
    let listPlans: (() -> String)?

    /// Whether answers carry the reason they matched.
    public internal(set) var explain: Bool
    var dialog: (any Dialog)?
    var pendingChoices: [Reply.Choice] = []
    /// The last question that got a guide answer and its topic, for reading follow-ups.
    private var previous: FollowUpReader.PreviousQuestion?
    private let followUps: FollowUpReader

    public init(
        answerer: Answerer, settings: Settings = Settings(), explain: Bool = false,
        startIntake: (() throws -> any Dialog)? = nil, listPlans: (() -> String)? = nil
    ) {
        self.answerer = answerer
        self.settings = settings
        self.explain = explain
        self.startIntake = startIntake
        self.listPlans = listPlans
        followUps = FollowUpReader(answerer: answerer, settings: settings)
    }

    var knowledge: KnowledgeBase { answerer.knowledge }

    /// True while a dialog (the intake) takes the lines.
    public var isInDialog: Bool { dialog != nil }

    /// What Tab should offer now: the dialog step's options during a dialog,
    /// else the slash commands.
    public var completions: [String] {
        if let dialog { return dialog.completions + [SlashCommand.quit.name] }
        return SlashCommand.allCases.map(\.name)
    }

    /// The first thing the chat says.
    public func welcome() -> Reply {
        let groups = topicGroups().map(\.name).joined(separator: ", ")
        let start =
            startIntake == nil
            ? "To plan your treatment, book a consultation with the clinic."
            : "To plan your treatment, type /intake or just say \"I want to plan my treatment\"."
        return reply([
            .text(
                "Hello! I'm the clinic's scalp micropigmentation (SMP) assistant. Ask me anything the clinic's guide covers: \(groups)."
            ),
            .text(start),
            .note("/topics lists everything I can answer, /help shows the commands, /quit leaves."),
        ])
    }

    /// The reply to one line the user typed.
    public func respond(to input: String) -> Reply {
        let line = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if let dialog {
            switch SlashCommand(parsing: line) {
            case .quit:
                // /quit still leaves: an intake step must not trap the user.
                return endOfInput()
            case .help:
                return dialogReply(dialog.handle("help"))
            case .intake:
                return reply([.text("The consultation is already running: answer the question above, or type help.")])
            case .topics, .plans, .explain:
                // Answered on the side; the dialog waits at the same step.
                var result = command(line)
                // Its own hints ("type a number") do not hold while the dialog takes the lines.
                result.blocks.removeAll { if case .note = $0 { true } else { false } }
                result.blocks.append(.note("Back to the consultation: answer the question above, or type help."))
                result.completions = dialog.completions + [SlashCommand.quit.name]
                pendingChoices = []
                result.choices = []
                return result
            case nil:
                return dialogReply(dialog.handle(line))
            }
        }
        if line.isEmpty { return reply([], keepChoices: true) }
        if line.hasPrefix("/") { return command(line) }
        if let number = Int(line), !pendingChoices.isEmpty { return choose(number) }
        return answer(line)
    }

    /// Ctrl-C: a dialog is interrupted (it keeps what it has); otherwise
    /// nothing changes. `leaving`: the program ends after this reply.
    public func interrupt(leaving: Bool = false) -> Reply {
        guard let dialog else { return reply([]) }
        self.dialog = nil
        return reply(dialog.interrupt(leaving: leaving).map { [.note($0)] } ?? [])
    }

    /// Ctrl-D, end of input or `/quit`: interrupts a dialog, then says goodbye.
    public func endOfInput() -> Reply {
        var result = interrupt(leaving: true)
        result.blocks.append(.text(Self.farewell))
        result.ends = true
        result.choices = []
        return result
    }

    func dialogReply(_ step: DialogStep) -> Reply {
        if step.isFinished { dialog = nil }
        return reply(Reply.blocks(dialogText: step.text))
    }

    // MARK: Questions

    private func choose(_ number: Int) -> Reply {
        guard let choice = pendingChoices.first(where: { $0.number == number }),
            let intent = knowledge[choice.intentID]
        else {
            let last = pendingChoices.count
            return reply([.text("Type a number from 1 to \(last), or ask a question.")], keepChoices: true)
        }
        // Later follow-ups read best against a real question about the topic.
        return answer(intent: intent, question: intent.examples.first?.text ?? intent.title, why: nil)
    }

    private func answer(_ line: String) -> Reply {
        let alone = answerer.answer(line, explain: explain)
        switch followUps.read(line, alone: alone, after: previous, explain: explain) {
        case .topic(let intent, let why):
            // The context moves to the new topic; a question about it reads
            // better with the next follow-up than the two lines joined.
            return answer(intent: intent, question: intent.examples.first?.text ?? intent.title, why: why)
        case .unclear(let options, let why):
            var result = reply([.text("I'm not sure which part you mean.")] + (why.map { [.note($0)] } ?? []))
            offer(options, lead: "Did you mean (type a number):", to: &result)
            return result
        case nil:
            break
        }
        guard alone.parts.count == 1 else { return severalParts(alone) }
        let part = alone.primary
        guard let intent = part.intent else { return notCovered(part) }
        if intent.kind == .guide, answerer.isUnsure(part.match), let clarifying = clarify(part) { return clarifying }
        return answer(intent: intent, question: line, why: explain ? part.why : nil)
    }

    /// Asks rather than guesses when the match is a near tie or only middling:
    /// the best two or three topics as numbered choices. nil when there is
    /// nothing else worth offering.
    private func clarify(_ part: Answer.Part) -> Reply? {
        guard let intent = part.intent else { return nil }
        let floor = answerer.matcher.settings.suggestionFloor
        let others = part.match.candidates.filter { $0.intent.kind == .guide && $0.score >= floor }.prefix(2)
        guard !others.isEmpty else { return nil }
        var blocks: [Reply.Block] = [.text("I want to be sure I answer the right question.")]
        if explain { blocks.append(.note(part.why)) }
        var result = reply(blocks)
        offer([intent.id] + others.map(\.intent.id), lead: "Which do you mean (type a number)?", to: &result)
        return result
    }

    /// The reply for an intent; `question` becomes the context for
    /// follow-ups, `why` is shown with /explain.
    private func answer(intent: Intent, question: String, why: String?) -> Reply {
        if intent.id == Self.goodbyeID {
            var result = reply([.text(intent.answer)])
            result.intentID = intent.id
            result.ends = true
            return result
        }
        if intent.id == Self.startConsultationID, startIntake != nil { return beginIntake(lead: Self.bookingNote) }
        var blocks: [Reply.Block] = [.text(intent.answer)]
        if let source = intent.source { blocks.append(.source(GuideSource.label(source))) }
        if let why { blocks.append(.note(why)) }
        if intent.kind == .guide { previous = .init(question: question, intentID: intent.id) }
        var result = reply(blocks)
        result.intentID = intent.id
        offer(intent.related, lead: "Related topics (type a number):", to: &result)
        return result
    }

    private func notCovered(_ part: Answer.Part) -> Reply {
        let bestTopic = part.match.candidates.first?.score ?? 0
        let unsure = !part.suggestions.isEmpty && part.match.outOfScopeScore < bestTopic
        var blocks: [Reply.Block] =
            unsure
            ? [.text("I'm not sure I understood that.")]
            : [.text(notCoveredText(part))]
        // A clinic that gave its contact line is named where the guide stops.
        if !unsure, knowledge.clinic.contact != nil { blocks.append(.text(knowledge.clinic.contactLine)) }
        if explain { blocks.append(.note(part.why)) }
        var result = reply(blocks)
        offer(part.suggestions, lead: "Did you mean (type a number):", to: &result)
        return result
    }

    /// The chat's "not covered": the clinic's contact for questions about the
    /// clinic itself, else the chat wording (which may name chat commands).
    private func notCoveredText(_ part: Answer.Part) -> String {
        part.forClinic ? knowledge.outOfScope.contactAnswer : knowledge.outOfScope.chatAnswer
    }

    private func severalParts(_ answer: Answer) -> Reply {
        var blocks: [Reply.Block] = []
        var related: [String] = []
        for part in answer.parts {
            if let intent = part.intent {
                blocks.append(.text(intent.answer))
                if let source = intent.source { blocks.append(.source(GuideSource.label(source))) }
                related += intent.related
            } else {
                blocks.append(.text(notCoveredText(part)))
            }
            if explain { blocks.append(.note(part.why)) }
        }
        let answered = Set(answer.parts.compactMap(\.intent?.id))
        if let last = answer.parts.last(where: { $0.intent?.kind == .guide })?.intent {
            previous = .init(question: last.examples.first?.text ?? last.title, intentID: last.id)
        }
        var result = reply(blocks)
        result.intentID = answer.primary.intent?.id
        offer(related.filter { !answered.contains($0) }, lead: "Related topics (type a number):", to: &result)
        return result
    }

    private func offer(_ ids: [String], lead: String, to result: inout Reply) {
        var seen: Set<String> = []
        let intents = ids.filter { seen.insert($0).inserted }.compactMap { knowledge[$0] }.prefix(settings.maxChoices)
        let choices = intents.enumerated().map {
            Reply.Choice(number: $0.offset + 1, title: $0.element.title, intentID: $0.element.id)
        }
        pendingChoices = choices
        result.choices = choices
        result.choicesLead = choices.isEmpty ? "" : lead
    }

    /// A reply with the current completions; numbered choices are cleared
    /// unless `keepChoices`.
    func reply(_ blocks: [Reply.Block], keepChoices: Bool = false) -> Reply {
        if !keepChoices { pendingChoices = [] }
        return Reply(blocks: blocks, completions: completions)
    }
}
