import Foundation

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
    public let analysis: TermAnalyzer.Analysis
    public var terms: [String] { analysis.terms }
    /// How closely the question resembles the known not-covered questions.
    public let outOfScopeScore: Double

    public init(
        intent: Intent?, confidence: Double, candidates: [Candidate], explanation: Explanation,
        analysis: TermAnalyzer.Analysis, outOfScopeScore: Double
    ) {
        self.intent = intent
        self.confidence = confidence
        self.candidates = candidates
        self.explanation = explanation
        self.analysis = analysis
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
    /// The next-best intents and their scores, best first.
    public var runnersUp: [(intent: String, score: Double)] = []
    public let rule: Rule

    /// The rule that decided, kept as values: wording it costs time that
    /// only an explanation needs.
    public enum Rule: Sendable {
        case noTerms
        case belowThreshold(score: Double, threshold: Double)
        case closerToNotCovered(notCovered: Double, topic: Double)
        case partlySmallTalk(coverage: Double)
        /// The question asks a type (a duration, a count) that the close
        /// topics do not answer about what it names.
        case otherAspect(type: String)
        /// The question names something the guide does not cover (a skin
        /// type, a transplant) that the close topic is not about.
        case uncoveredSubject(term: String)
        case accepted(score: Double, threshold: Double, notCovered: Double)
        /// The question states what SMP is and asks whether that is right,
        /// naming only the terms of its topic's `identity:`.
        case claimsIdentity

        public var description: String {
            func number(_ value: Double) -> String { String(format: "%.2f", value) }
            switch self {
            case .noTerms:
                return "no words that carry a topic: out of scope"
            case .belowThreshold(let score, let threshold):
                return "best score \(number(score)) below threshold \(number(threshold)): out of scope"
            case .closerToNotCovered(let notCovered, let topic):
                return
                    "closer to a question the guide does not answer (\(number(notCovered))) than to any topic (\(number(topic))): out of scope"
            case .otherAspect(let type):
                return "asks a \(type) that no close topic answers about what it names: out of scope"
            case .uncoveredSubject(let term):
                return "names '\(term)', which the guide does not cover or the close topics are not about: out of scope"
            case .partlySmallTalk(let coverage):
                return "small talk makes up only \(number(coverage)) of the message: out of scope"
            case .accepted(let score, let threshold, let notCovered):
                return
                    "score \(number(score)) ≥ threshold \(number(threshold)); closest not-covered question \(number(notCovered))"
            case .claimsIdentity:
                return "states what SMP is, naming only the terms of that topic's identity"
            }
        }
    }

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
        if !runnersUp.isEmpty {
            parts.append(
                "runners-up: "
                    + runnersUp.map { "\($0.intent) \(String(format: "%.2f", $0.score))" }.joined(separator: ", "))
        }
        parts.append("rule: " + rule.description)
        return parts.joined(separator: "; ")
    }
}
