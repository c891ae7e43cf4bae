import Foundation

/// Maps a question to the intent whose examples it is closest to.
///
/// Rule-based and deterministic. Every example and every question becomes a
/// set of terms (see `TermAnalyzer`); a term weighs more the fewer intents use
/// it. An intent's score blends the question's best cosine with one of the
/// intent's examples and its cosine with the intent's term profile as a whole.
/// Questions the guide does not answer have their own examples (the out-of-scope
/// class), and words that no example uses weigh against every intent, so a
/// question that only shares a few words with a topic falls below the threshold.
public final class Matcher: Sendable {
    public struct Settings: Sendable {
        /// Below this score a question is out of scope.
        public var threshold = 0.42
        /// Out-of-scope answers offer topics scoring at least this ("Did you mean").
        public var suggestionFloor = 0.25
        /// Weight of the best single example against the whole-intent profile.
        public var exampleWeight = 0.6

        public init() {}
    }

    public let knowledge: KnowledgeBase
    public let analyzer: TermAnalyzer
    public let settings: Settings

    private struct Posting: Sendable {
        let example: Int32
    }

    /// Classes are the intents, then the out-of-scope class last.
    private let classCount: Int
    private var outOfScopeClass: Int { classCount - 1 }
    private let termIndex: [String: Int32]
    private let idf: [Double]
    private let unknownWeight: Double
    /// For each term, the examples that use it.
    private let examplePostings: [[Int32]]
    /// For each term, (class, weight of the term in the class profile).
    private let profilePostings: [[(Int32, Double)]]
    private let exampleClass: [Int32]
    private let exampleNorm: [Double]
    private let exampleText: [String]
    private let exampleLocation: [SourceLocation]
    private let profileNorm: [Double]

    public init(knowledge: KnowledgeBase, settings: Settings = Settings()) {
        self.knowledge = knowledge
        self.settings = settings

        var vocabulary: [String: Int] = [:]
        var extra: Set<String> = []
        var rawExamples: [(text: String, owner: Int)] = []
        var locations: [SourceLocation] = []
        for (position, intent) in knowledge.intents.enumerated() {
            for example in intent.examples {
                rawExamples.append((example.text, position))
                locations.append(example.location)
            }
            for word in Tokenizer.tokens(intent.answer + " " + intent.title) { extra.insert(word) }
        }
        for example in knowledge.outOfScope.examples {
            rawExamples.append((example.text, knowledge.intents.count))
            locations.append(example.location)
        }
        exampleLocation = locations
        for (text, _) in rawExamples {
            for word in Tokenizer.tokens(text) { vocabulary[word, default: 0] += 1 }
        }
        let analyzer = TermAnalyzer(lexicon: knowledge.lexicon, vocabulary: vocabulary, extraWords: extra)
        self.analyzer = analyzer

        let classCount = knowledge.intents.count + 1
        self.classCount = classCount
        var termIndex: [String: Int32] = [:]
        var exampleTerms: [[Int32]] = []
        var exampleClass: [Int32] = []
        var exampleText: [String] = []
        var classTermCounts = [[Int32: Int]](repeating: [:], count: classCount)
        var classExampleCounts = [Int](repeating: 0, count: classCount)
        for (text, owner) in rawExamples {
            let terms = analyzer.analyze(text).terms.map { term -> Int32 in
                if let id = termIndex[term] { return id }
                let id = Int32(termIndex.count)
                termIndex[term] = id
                return id
            }
            exampleTerms.append(terms)
            exampleClass.append(Int32(owner))
            exampleText.append(text)
            classExampleCounts[owner] += 1
            for term in terms { classTermCounts[owner][term, default: 0] += 1 }
        }

        let termCount = termIndex.count
        var documentFrequency = [Int](repeating: 0, count: termCount)
        for counts in classTermCounts {
            for term in counts.keys { documentFrequency[Int(term)] += 1 }
        }
        let idf = documentFrequency.map { log(1 + Double(classCount) / Double(max($0, 1))) }
        self.idf = idf
        unknownWeight = log(1 + Double(classCount))

        var examplePostings = [[Int32]](repeating: [], count: termCount)
        var exampleNorm: [Double] = []
        for (position, terms) in exampleTerms.enumerated() {
            var norm = 0.0
            for term in terms {
                examplePostings[Int(term)].append(Int32(position))
                norm += idf[Int(term)] * idf[Int(term)]
            }
            exampleNorm.append(norm.squareRoot())
        }

        var profilePostings = [[(Int32, Double)]](repeating: [], count: termCount)
        var profileNorm = [Double](repeating: 0, count: classCount)
        for (owner, counts) in classTermCounts.enumerated() {
            let examples = Double(max(classExampleCounts[owner], 1))
            for (term, count) in counts {
                // A term used by one example of twenty still belongs to the
                // topic; the square root keeps it from counting for nothing.
                let weight = idf[Int(term)] * (Double(count) / examples).squareRoot()
                profilePostings[Int(term)].append((Int32(owner), weight))
                profileNorm[owner] += weight * weight
            }
        }
        self.termIndex = termIndex
        self.examplePostings = examplePostings
        self.profilePostings = profilePostings
        self.exampleClass = exampleClass
        self.exampleNorm = exampleNorm
        self.exampleText = exampleText
        self.profileNorm = profileNorm.map { $0.squareRoot() }
    }

    /// Scores `question` against every intent and decides.
    public func match(_ question: some StringProtocol, explain: Bool = false) -> Match {
        match(question, explain: explain, excluding: nil)
    }

    /// Runs every example through the matcher as if it were a question, with
    /// the example itself left out, and reports those that land elsewhere.
    public func selfCheck() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (position, text) in exampleText.enumerated() {
            let owner = Int(exampleClass[position])
            let expected = owner < knowledge.intents.count ? knowledge.intents[owner].id : nil
            let result = match(text, explain: false, excluding: position)
            guard result.intent?.id != expected else { continue }
            let found = result.intent.map { "intent '\($0.id)'" } ?? "out of scope"
            let wanted = expected.map { "'\($0)'" } ?? "out of scope"
            problems.append(Diagnostic(exampleLocation[position], "example \"\(text)\" matches \(found), not \(wanted)"))
        }
        return problems
    }

    private func match(_ question: some StringProtocol, explain: Bool, excluding excluded: Int?) -> Match {
        let analysis = analyzer.analyze(question, explain: explain)
        var queryTerms: [(id: Int32?, weight: Double, term: String)] = []
        queryTerms.reserveCapacity(analysis.terms.count)
        var queryNorm = 0.0
        for term in analysis.terms {
            let id = termIndex[term]
            let weight = id.map { idf[Int($0)] } ?? unknownWeight
            queryTerms.append((id, weight, term))
            queryNorm += weight * weight
        }
        queryNorm = queryNorm.squareRoot()
        guard queryNorm > 0 else {
            return Match(
                intent: nil, confidence: 1, candidates: [],
                explanation: Explanation(
                    terms: [], steps: analysis.steps, closestExample: nil,
                    rule: "no words that carry a topic: out of scope"),
                terms: [], outOfScopeScore: 0)
        }

        var exampleDot = [Double](repeating: 0, count: exampleNorm.count)
        var profileDot = [Double](repeating: 0, count: classCount)
        for (id, weight, _) in queryTerms {
            guard let id else { continue }
            let squared = weight * weight
            for example in examplePostings[Int(id)] { exampleDot[Int(example)] += squared }
            for (owner, profileWeight) in profilePostings[Int(id)] { profileDot[Int(owner)] += weight * profileWeight }
        }
        if let excluded { exampleDot[excluded] = 0 }
        var best = [Double](repeating: 0, count: classCount)
        var bestExample = [Int](repeating: -1, count: classCount)
        for (example, dot) in exampleDot.enumerated() where dot > 0 {
            let similarity = dot / (queryNorm * exampleNorm[example])
            let owner = Int(exampleClass[example])
            if similarity > best[owner] {
                best[owner] = similarity
                bestExample[owner] = example
            }
        }
        var scores = [Double](repeating: 0, count: classCount)
        for owner in 0..<classCount {
            let profile = profileNorm[owner] > 0 ? profileDot[owner] / (queryNorm * profileNorm[owner]) : 0
            scores[owner] = settings.exampleWeight * best[owner] + (1 - settings.exampleWeight) * profile
        }

        let ranked = (0..<(classCount - 1)).sorted { scores[$0] > scores[$1] }
        let top = ranked[0]
        let topScore = scores[top]
        let outScore = scores[outOfScopeClass]
        let inScope = topScore >= settings.threshold && topScore > outScore
        let rule: String
        if inScope {
            rule = String(format: "score %.2f ≥ threshold %.2f and above out-of-scope %.2f", topScore, settings.threshold, outScore)
        } else if topScore <= outScore && outScore > 0 {
            rule = String(format: "closer to questions the guide does not answer (%.2f) than to any topic (%.2f)", outScore, topScore)
        } else {
            rule = String(format: "best score %.2f below threshold %.2f: out of scope", topScore, settings.threshold)
        }

        let chosen = inScope ? top : outOfScopeClass
        let others = ranked.filter { $0 != chosen && scores[$0] > 0 }.prefix(3).map {
            Candidate(intent: knowledge.intents[$0], score: min(1, scores[$0]))
        }
        let confidence = inScope ? min(1, topScore) : min(1, max(outScore, 1 - topScore))
        var explanationTerms: [Explanation.Term] = []
        if explain {
            let exampleID = bestExample[chosen]
            let exampleTermSet = exampleID >= 0 ? Set(analyzer.analyze(exampleText[exampleID]).terms) : []
            let chosenTerms = Set(
                queryTerms.compactMap { entry -> String? in
                    guard let id = entry.id, profilePostings[Int(id)].contains(where: { Int($0.0) == chosen }) else { return nil }
                    return entry.term
                })
            explanationTerms = queryTerms.map {
                Explanation.Term(term: $0.term, weight: $0.weight, matched: chosenTerms.contains($0.term) || exampleTermSet.contains($0.term))
            }
        }
        let closest = explain && bestExample[chosen] >= 0 ? exampleText[bestExample[chosen]] : nil
        return Match(
            intent: inScope ? knowledge.intents[top] : nil,
            confidence: confidence,
            candidates: Array(others),
            explanation: Explanation(terms: explanationTerms, steps: analysis.steps, closestExample: closest, rule: rule),
            terms: analysis.terms, outOfScopeScore: outScore)
    }
}
