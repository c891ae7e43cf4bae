/// Answers one line of input: splits a line that asks several things into
/// parts, matches each, and words the reply.
public struct Answerer: Sendable {
    public let matcher: Matcher

    public init(matcher: Matcher) {
        self.matcher = matcher
    }

    public var knowledge: KnowledgeBase { matcher.knowledge }

    /// The reply to `question`, in one part or, when it asks several distinct
    /// things, one part each.
    public func answer(_ question: String, explain: Bool = false) -> Answer {
        let clauses = QuestionSplitter.clauses(of: question)
        if clauses.count > 1 {
            let matches = clauses.map { matcher.match($0, explain: explain) }
            let parts = combine(matches)
            if parts.count > 1 {
                return Answer(question: question, parts: parts.map { part($0) })
            }
        }
        return Answer(question: question, parts: [part(matcher.match(question, explain: explain))])
    }

    /// The parts worth answering separately: in scope and distinct, plus an
    /// honest "not covered" for a clause the guide does not answer. Greetings
    /// and thanks around a real question do not get parts of their own.
    private func combine(_ matches: [Match]) -> [Match] {
        var parts: [Match] = []
        var seen: Set<String> = []
        var notCovered = false
        for match in matches {
            if let intent = match.intent {
                guard intent.kind == .guide, seen.insert(intent.id).inserted else { continue }
                parts.append(match)
            } else if !notCovered && match.outOfScopeScore >= matcher.settings.threshold {
                // Only a clause that looks like a known not-covered question
                // earns its own "not covered"; filler ("did I do it wrong") does not.
                parts.append(match)
                notCovered = true
            }
        }
        return seen.isEmpty ? [] : parts
    }

    private func part(_ match: Match) -> Answer.Part {
        guard let intent = match.intent else {
            let suggestions = match.candidates
                .filter { $0.score >= matcher.settings.suggestionFloor && $0.intent.kind == .guide }
                .prefix(3)
                .map(\.intent)
            var text = knowledge.outOfScope.answer
            if !suggestions.isEmpty {
                text += "\n\nDid you mean: " + suggestions.map(\.title).joined(separator: "; ") + "?"
            }
            return Answer.Part(
                intent: nil, confidence: match.confidence, text: text, source: nil,
                suggestions: suggestions.map(\.id), match: match)
        }
        return Answer.Part(
            intent: intent, confidence: match.confidence, text: intent.answer, source: intent.source,
            suggestions: intent.related, match: match)
    }
}

/// The reply to one line of input.
public struct Answer: Sendable {
    public struct Part: Sendable {
        /// nil when the guide does not cover this part.
        public let intent: Intent?
        public let confidence: Double
        public let text: String
        public let source: String?
        /// Related intents after an answer; the closest topics after "not covered".
        public let suggestions: [String]
        public let match: Match
    }

    public let question: String
    public let parts: [Part]

    /// The first part stands for the whole line where one value is needed.
    public var primary: Part { parts[0] }
}
