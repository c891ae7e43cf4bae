import Foundation

/// Reads what the client typed at a step: a name, a date, options in their
/// own words. Tells an answer from a question typed instead, and answers
/// the question from the knowledge base.
struct AnswerInterpreter {
    /// Why a line is no answer, in words for the client.
    struct Failure: Error {
        let text: String
        /// False when the line was clearly meant as an answer (a past date).
        let couldBeQuestion: Bool
        /// The line reads as a question whatever the matcher makes of it
        /// ("does it hurt" at the name step): it gets an answer, or a "not
        /// covered", and the step is asked again.
        var isQuestion = false
        /// The one option a "did you mean" offers: yes takes it.
        var suggestion: String?
        /// Options understood in a line that also held words none matched;
        /// a step that takes several keeps them and asks only for the rest.
        var understood: [OptionMatcher.ChosenOption] = []
    }

    let form: IntakeForm
    private let answerer: Answerer?
    private let questionConfidence: Double
    private let today: @Sendable () -> CalendarDay
    private let matchers: [String: OptionMatcher]

    init(form: IntakeForm, answerer: Answerer?, questionConfidence: Double, today: @escaping @Sendable () -> CalendarDay) {
        self.form = form
        self.answerer = answerer
        self.questionConfidence = questionConfidence
        self.today = today
        var matchers: [String: OptionMatcher] = [:]
        for step in form.steps where step.kind == .choice {
            matchers[step.id] = OptionMatcher(step: step, formFiller: form.filler)
        }
        self.matchers = matchers
    }

    private func matcher(_ step: IntakeForm.Step) -> OptionMatcher {
        matchers[step.id] ?? OptionMatcher(step: step, formFiller: form.filler)
    }

    /// Options and words worth offering for Tab at a choice step.
    func completions(_ step: IntakeForm.Step) -> [String] {
        matcher(step).completions
    }

    func interpret(_ text: String, step: IntakeForm.Step) -> Result<IntakeAnswer, Failure> {
        switch step.kind {
        case .text:
            guard text.contains(where: \.isLetter) else {
                return .failure(Failure(text: "\"\(text)\" does not look like a name.", couldBeQuestion: true))
            }
            guard text.count <= 100 else {
                return .failure(Failure(text: "That is too long for \(step.title.lowercased()) (100 characters at most).", couldBeQuestion: true))
            }
            if Self.readsAsQuestion(text) || isConfidentQuestion(text) {
                let message = "That looks like a question, not \(step.title.lowercased())."
                return .failure(Failure(text: message, couldBeQuestion: true, isQuestion: true))
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
            return interpretChoice(text, step: step)
        }
    }

    private func interpretChoice(_ text: String, step: IntakeForm.Step) -> Result<IntakeAnswer, Failure> {
        let labels = { (ids: [String]) in ids.compactMap { step.option($0)?.label } }
        switch matcher(step).match(text) {
        case .matched(let values):
            return .success(IntakeAnswer(choices: values))
        case .unrecognised(let suggestions):
            var message = "I could not match \"\(text)\" to an option."
            if suggestions.isEmpty {
                message += " Type a number from 1 to \(step.options.count) or an option's name."
            } else if suggestions.count == 1 {
                message += " Did you mean \(labels(suggestions)[0])? (yes or no)"
            } else {
                message += " Did you mean \(IntakePrompts.list(labels(suggestions), joiner: "or"))?"
            }
            let offered = suggestions.count == 1 ? suggestions[0] : nil
            return .failure(Failure(text: message, couldBeQuestion: true, suggestion: offered))
        case .partly(let matched, let unmatched):
            let understood = IntakePrompts.list(labels(matched.map(\.option)), joiner: "and")
            let rest = unmatched.joined(separator: " ")
            // It names an option, so it is an answer, not a question.
            if step.allowsMany {
                return .failure(
                    Failure(text: "I did not understand \"\(rest)\".", couldBeQuestion: false, understood: matched))
            }
            if matched.count == 1 {
                let message = "I understood \(understood), but not \"\(rest)\". Did you mean \(understood)? (yes or no)"
                return .failure(Failure(text: message, couldBeQuestion: false, suggestion: matched[0].option))
            }
            let message = "I understood \(understood), but not \"\(rest)\". Please answer again with the options only."
            return .failure(Failure(text: message, couldBeQuestion: false))
        case .tooMany(let ids):
            let message = "Only one answer here; you gave \(IntakePrompts.list(labels(ids), joiner: "and")). Which one?"
            return .failure(Failure(text: message, couldBeQuestion: false))
        case .missingText(let id):
            let word = step.option(id)?.label.lowercased() ?? id
            let message = "Say what it is after \"\(word)\", e.g. \(word): cover a scar."
            return .failure(Failure(text: message, couldBeQuestion: false))
        }
    }

    /// Words that open a question rather than a name ("does it hurt",
    /// "wait how much is this going to cost").
    static let questionOpeners: Set<String> = [
        "what", "whats", "how", "hows", "why", "when", "where", "which", "who", "whos", "does", "do", "did", "is",
        "are", "can", "could", "should", "would", "will", "wait", "hang", "um", "hmm", "so", "but", "tell", "explain",
        "hi", "hello", "hey",
    ]
    /// Words a question about oneself or the treatment uses and a name does not.
    static let questionWords: Set<String> = [
        "it", "i", "you", "this", "that", "me", "my", "we", "your", "there", "smp",
    ]

    /// A line at a text step (the name) that reads as a question: opened by a
    /// question word or holding words like "it" or "you", unless written as
    /// a name is (every word capitalised: "Will Smith", "Do Van Tran"), or
    /// longer than any name.
    static func readsAsQuestion(_ text: String) -> Bool {
        let words = Tokenizer.tokens(text)
        guard words.count >= 2 else { return false }
        if words.count > 7 { return true }
        let written = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        let capitalised = written.allSatisfy { $0.first.map { $0.isUppercase || !$0.isLetter } ?? true }
        if capitalised { return false }
        return questionOpeners.contains(words[0]) || words.contains { questionWords.contains($0) }
    }

    /// Whether a line asks about the step's options rather than choosing
    /// ("what's the difference between soft and sharp?", "which density is
    /// normal?"): a question that names options, or asks about them all.
    func optionsQuestion(_ text: String, step: IntakeForm.Step) -> String? {
        guard step.kind == .choice else { return nil }
        let words = Tokenizer.tokens(text)
        guard let first = words.first else { return nil }
        let asks = text.hasSuffix("?") || (words.count >= 3 && Self.questionOpeners.contains(first))
        guard asks else { return nil }
        var named: [String] = []
        switch matcher(step).match(text) {
        case .matched(let values), .partly(let values, _): named = values.map(\.option)
        case .tooMany(let ids): named = ids
        case .unrecognised, .missingText: break
        }
        let general = [
            "difference", "differences", "options", "option", "mean", "means", "choose", "pick", "which", "recommend",
        ]
        if named.isEmpty && !words.contains(where: { general.contains($0) }) { return nil }
        let options = named.isEmpty ? step.options : step.options.filter { named.contains($0.id) }
        return options.map { "\($0.label): \($0.description)" }.joined(separator: "\n")
    }

    /// The knowledge base's answer to a question typed instead of an answer,
    /// with the guide section it comes from; nil with no answerer.
    func answerQuestion(_ text: String) -> String? {
        guard let answerer else { return nil }
        let answer = answerer.answer(text)
        return answer.parts.map { part in
            // Shown as the chat shows a guide answer's source.
            part.text + (part.source.map { "\n  — Guide: \($0)" } ?? "")
        }.joined(separator: "\n\n")
    }

    /// A line without "?" counts as a question only when it reads like one:
    /// a few words that the matcher confidently places in a guide topic.
    /// One or two words ("black") are an attempted answer, not a question.
    func isConfidentQuestion(_ text: String) -> Bool {
        guard let answerer, Tokenizer.tokens(text).count >= 3 else { return false }
        let match = answerer.matcher.match(text)
        return match.intent?.kind == .guide && match.confidence >= questionConfidence
    }

    /// Answers of a resumed draft that still fit the form (it may have changed).
    static func keepValid(_ answers: [String: IntakeAnswer], form: IntakeForm) -> [String: IntakeAnswer] {
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
}
