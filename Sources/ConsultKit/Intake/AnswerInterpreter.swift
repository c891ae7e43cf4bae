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
    }

    let form: IntakeForm
    private let answerer: Answerer?
    private let questionConfidence: Double
    private let today: @Sendable () -> CalendarDay
    private let matchers: [String: OptionMatcher]

    init(
        form: IntakeForm, answerer: Answerer?, questionConfidence: Double, today: @escaping @Sendable () -> CalendarDay
    ) {
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
            // Bytes too: one character can carry any number of combining marks.
            guard text.count <= 100, text.utf8.count <= 400 else {
                return .failure(
                    Failure(
                        text: "That is too long for \(step.title.lowercased()) (100 characters at most).",
                        couldBeQuestion: true))
            }
            if isConfidentQuestion(text) {
                return .failure(
                    Failure(text: "That looks like a question, not \(step.title.lowercased()).", couldBeQuestion: true))
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
            } else {
                message += " Did you mean \(IntakePrompts.list(labels(suggestions), joiner: "or"))?"
            }
            return .failure(Failure(text: message, couldBeQuestion: true))
        case .partly(let matched, let unmatched):
            let understood = IntakePrompts.list(labels(matched.map(\.option)), joiner: "and")
            let message =
                "I understood \(understood), but not \"\(unmatched.joined(separator: " "))\". Please answer again with the options only."
            // It names an option, so it is an answer, not a question.
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

    /// What a line typed at a step is, for the session: an answer, a
    /// question (for the guide, or about the step's options), part of an
    /// answer, or a near miss to confirm. Stricter `interpret` is for flags.
    enum Reading {
        case answer(IntakeAnswer)
        /// To be answered from the guide (or "not covered"), then the step asked again.
        case question
        /// A question about the step's options, answered from their descriptions.
        case aboutOptions(String)
        /// Options understood on a many-value step, and the words that were not.
        case partly(understood: [OptionMatcher.ChosenOption], rest: [String])
        /// A near miss: the options meant, if the client says yes.
        case didYouMean([OptionMatcher.ChosenOption], message: String)
        case failure(String)
    }

    func read(_ text: String, step: IntakeForm.Step) -> Reading {
        if answerer != nil, text.hasSuffix("?") || Self.startsLikeQuestion(text) {
            return explainOptions(text, step: step).map { .aboutOptions($0) } ?? .question
        }
        if step.kind == .text, step.role == .name { return readName(text, step: step) }
        if step.kind == .choice { return readChoice(text, step: step) }
        switch interpret(text, step: step) {
        case .success(let answer): return .answer(answer)
        case .failure(let failure):
            return failure.couldBeQuestion && isConfidentQuestion(text) ? .question : .failure(failure.text)
        }
    }

    /// A name step takes what looks like a name ("Sam", "José O'Brien Jr",
    /// "my name is Sam"); a longer message is read as a question.
    private func readName(_ text: String, step: IntakeForm.Step) -> Reading {
        let name = Self.name(in: text)
        if Self.looksLikeName(name), !isConfidentQuestion(text) {
            return .answer(IntakeAnswer(text: name))
        }
        if answerer != nil, Tokenizer.tokens(text).count >= 3 || isConfidentQuestion(text) {
            return .question
        }
        return .failure(
            "\"\(text)\" does not look like a name. Type your name"
                + (step.isOptional ? ", or press Enter to leave it out." : "."))
    }

    private func readChoice(_ text: String, step: IntakeForm.Step) -> Reading {
        let labels = { (values: [OptionMatcher.ChosenOption]) in values.compactMap { step.option($0.option)?.label } }
        switch matcher(step).match(text) {
        case .unrecognised(let suggestions):
            if isConfidentQuestion(text) { return .question }
            guard !suggestions.isEmpty else { break }
            let options = suggestions.map { OptionMatcher.ChosenOption(option: $0) }
            let message =
                "I could not match \"\(text)\" to an option. Did you mean \(IntakePrompts.list(labels(options), joiner: "or"))?"
            return .didYouMean(options, message: message)
        case .partly(let matched, let unmatched):
            // "not black": a word that turns the meaning round is no slip to skip.
            guard unmatched.allSatisfy({ !Self.negations.contains($0) }) else { break }
            if step.allowsMany { return .partly(understood: matched, rest: unmatched) }
            guard matched.count == 1 else { break }
            let message =
                "I am not sure what \"\(unmatched.joined(separator: " "))\" means here. Did you mean \(labels(matched)[0])?"
            return .didYouMean(matched, message: message)
        default:
            break
        }
        switch interpretChoice(text, step: step) {
        case .success(let answer): return .answer(answer)
        case .failure(let failure): return .failure(failure.text)
        }
    }

    /// The descriptions of the options a question names ("what's the
    /// difference between soft and sharp?", "which density is normal?"), or
    /// of all of them when it asks about the options as such; nil for a
    /// question that is not about them.
    func explainOptions(_ text: String, step: IntakeForm.Step) -> String? {
        guard step.kind == .choice else { return nil }
        let words = Set(Tokenizer.tokens(text))
        var named: [OptionMatcher.ChosenOption] = []
        switch matcher(step).match(text) {
        case .matched(let values), .partly(let values, _): named = values
        case .tooMany(let ids): named = ids.map { OptionMatcher.ChosenOption(option: $0) }
        default: break
        }
        let options: [IntakeForm.Option]
        if named.count >= 2 || (named.count == 1 && !words.isDisjoint(with: Self.comparing)) {
            options = named.compactMap { step.option($0.option) }
        } else if named.isEmpty && !words.isDisjoint(with: ["options", "option", "choices", "choice"]) {
            options = step.options
        } else {
            return nil
        }
        return options.map { "\($0.label): \($0.description)" }.joined(separator: "\n")
    }

    /// Words that ask what an option is or how options differ.
    private static let comparing: Set<String> = [
        "difference", "different", "differ", "between", "versus", "vs", "compare", "mean", "means", "meaning",
        "which", "normal", "usual", "typical", "common", "like", "explain", "what",
    ]

    private static let negations: Set<String> = ["not", "no", "never", "without", "except", "nor", "none"]

    /// Words that open a question whatever follows.
    private static let questionWords: Set<String> = [
        "what", "how", "why", "when", "where", "who", "whom", "whose", "which",
    ]
    /// Words that open a question when a subject follows ("does it hurt",
    /// "can i swim"), not in an answer ("would like sharp").
    private static let auxiliaries: Set<String> = [
        "does", "do", "did", "is", "are", "was", "were", "am", "can", "could", "will", "would", "should", "shall",
        "may", "might",
    ]
    private static let subjects: Set<String> = [
        "i", "you", "it", "this", "that", "these", "they", "he", "she", "we", "smp", "the", "there", "my", "a", "an",
        "your", "its",
    ]
    /// Words said before a question ("wait, how much …").
    private static let leadIns: Set<String> = [
        "wait", "so", "and", "but", "ok", "okay", "um", "umm", "hmm", "hey", "sorry", "also", "oh", "well", "actually",
        "just", "quick",
        "question",
    ]

    /// Reads like a question without a "?": a question word first, after
    /// words such as "wait" or "so".
    static func startsLikeQuestion(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(text).drop { leadIns.contains($0) }
        guard let first = tokens.first else { return false }
        if questionWords.contains(first) { return true }
        guard auxiliaries.contains(first), let second = tokens.dropFirst().first else { return false }
        return subjects.contains(second)
    }

    /// Words no name is made of: a sentence, not a name.
    private static let notNames: Set<String> = [
        "i", "me", "my", "you", "your", "it", "is", "are", "this", "that", "the", "to", "of", "and", "or", "not", "no",
        "yes",
        "know", "want", "would", "like", "about", "going", "cost", "costs", "price", "hurt", "hello", "hi", "thanks",
        "thank",
        "please", "smp", "hair", "what", "how", "why", "when", "where", "does", "do", "can", "much", "long",
    ]

    /// Up to five words of letters (with ' - . inside), none a word of a
    /// sentence, no digits.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), text.count <= 100 else { return false }
        guard text.allSatisfy({ $0.isLetter || " '’-.".contains($0) }), text.contains(where: \.isLetter) else {
            return false
        }
        return Tokenizer.tokens(text).allSatisfy { !notNames.contains($0) }
    }

    /// The name in "my name is Sam", "I'm Sam", "call me Sam"; else the text.
    static func name(in text: String) -> String {
        for lead in ["my name is ", "my name's ", "name is ", "i'm ", "i’m ", "i am ", "call me ", "it's ", "this is "]
        {
            if text.lowercased().hasPrefix(lead) {
                let rest = text.dropFirst(lead.count).trimmingCharacters(in: CharacterSet(charactersIn: " .!"))
                if !rest.isEmpty { return rest }
            }
        }
        return text
    }

    /// The knowledge base's answer to a question typed instead of an answer,
    /// with the guide section it comes from; nil with no answerer.
    func answerQuestion(_ text: String) -> String? {
        guard let answerer else { return nil }
        let answer = answerer.answer(text)
        return answer.parts.map { part in
            part.text + (part.source.map { "\n" + GuideSource.line($0) } ?? "")
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
