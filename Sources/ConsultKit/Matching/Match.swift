/// The matcher's verdict on one question.
public struct Match: Sendable {
    /// The intent that answers, or nil when the guide does not cover the question.
    public let intent: Intent?
    /// How sure the matcher is of this verdict, in [0, 1].
    public let confidence: Double
    /// The next-best intents, best first.
    public let candidates: [Candidate]
    public let explanation: Explanation
    /// The question's terms after spelling, stemming and synonyms.
    public let terms: [String]
    /// How closely the question resembles the known not-covered questions.
    public let outOfScopeScore: Double

    public init(
        intent: Intent?, confidence: Double, candidates: [Candidate], explanation: Explanation,
        terms: [String], outOfScopeScore: Double
    ) {
        self.intent = intent
        self.confidence = confidence
        self.candidates = candidates
        self.explanation = explanation
        self.terms = terms
        self.outOfScopeScore = outOfScopeScore
    }
}

/// An intent the matcher considered, with its score in [0, 1].
public struct Candidate: Sendable {
    public let intent: Intent
    public let score: Double
}

/// Why a question matched as it did: the terms that counted, the words that
/// were corrected or folded, the closest example and the rule that decided.
public struct Explanation: Sendable {
    public struct Term: Sendable {
        public let term: String
        public let weight: Double
        /// False when no example of the chosen intent uses the term.
        public let matched: Bool
    }

    public let terms: [Term]
    public let steps: [TermAnalyzer.Step]
    /// The example of the winning intent closest to the question.
    public let closestExample: String?
    public let rule: String

    public var summary: String {
        var parts: [String] = []
        if !terms.isEmpty {
            let list = terms.map { term in
                let weight = (term.weight * 10).rounded() / 10
                return term.matched ? "\(term.term) (\(weight))" : "\(term.term) (\(weight), unmatched)"
            }
            parts.append("terms: " + list.joined(separator: ", "))
        } else {
            parts.append("terms: none")
        }
        let spelling = steps.filter { $0.kind == .spelling }
        if !spelling.isEmpty {
            parts.append("spelling: " + spelling.map { "\($0.from)→\($0.to)" }.joined(separator: ", "))
        }
        let synonyms = steps.filter { $0.kind == .synonym }
        if !synonyms.isEmpty {
            parts.append("synonyms: " + synonyms.map { "\($0.from)→\($0.to)" }.joined(separator: ", "))
        }
        if let closestExample { parts.append("closest example: \"\(closestExample)\"") }
        parts.append("rule: " + rule)
        return parts.joined(separator: "; ")
    }
}
