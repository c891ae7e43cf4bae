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
    /// The numbers behind the decisions, chosen on the knowledge base's own
    /// leave-one-out check and the project's regression set.
    public struct Settings: Sendable {
        /// Below this score a question is out of scope.
        public var threshold = 0.32
        /// Out-of-scope answers offer topics scoring at least this ("Did you mean").
        public var suggestionFloor = 0.2
        /// Share of the score from the single closest example; the rest comes
        /// from how much of the question the intent's typical terms cover.
        public var exampleWeight = 0.5
        /// Weight of a word no example uses, as a share of the rarest term's:
        /// unknown words count against every intent, but long chatty questions
        /// are full of them, so less than a real rare term.
        public var unknownShare = 0.6
        /// An intent's term is fully typical when this many times its share of
        /// the intent's examples reaches 1 (4: used by a quarter of them).
        public var saturation = 4.0
        /// How typical the words of an intent's answer are of it.
        public var answerStrength = 0.3
        /// Share of a message that a conversation intent (greeting, thanks,
        /// goodbye, ...) must explain to be the answer.
        public var conversationCoverage = 0.7

        public init() {}
    }

    public let knowledge: KnowledgeBase
    public let analyzer: TermAnalyzer
    public let settings: Settings

    /// Classes are the intents, then the out-of-scope class last.
    private let classCount: Int
    private var outOfScopeClass: Int { classCount - 1 }
    /// The analyzer's term numbers to this index's (-1: no example uses it).
    private let featureOfTerm: [Int32]
    /// The weight of each feature: rarer across intents weighs more.
    private let weights: [Double]
    private let unknownWeight: Double
    /// For each term t, the examples that use it:
    /// `postingExample[postingStart[t]..<postingStart[t + 1]]`. Flat arrays keep
    /// the per-question loops free of reference counting.
    private let postingStart: [Int32]
    private let postingExample: [Int32]
    /// For each term t, the intents it is typical of and how typical, laid out
    /// the same way: `profileOwner/profileStrength[profileStart[t]..<profileStart[t + 1]]`.
    private let profileStart: [Int32]
    private let profileOwner: [Int32]
    private let profileStrength: [Double]
    private let exampleClass: [Int32]
    /// Each example's length: the square root of its terms' squared weights.
    private let exampleNorm: [Double]
    private let exampleText: [String]
    private let exampleLocation: [FileLocation]

    public init(knowledge: KnowledgeBase, settings: Settings = Settings()) {
        self.knowledge = knowledge
        self.settings = settings

        var vocabulary: [String: Int] = [:]
        vocabulary.reserveCapacity(4096)
        var rawExamples: [(text: String, tokens: [String], owner: Int)] = []
        var locations: [FileLocation] = []
        var otherText: [String] = []
        for (position, intent) in knowledge.intents.enumerated() {
            for example in intent.examples {
                rawExamples.append((example.text, Tokenizer.tokens(example.text), position))
                locations.append(example.location)
            }
            otherText.append(intent.answer)
            otherText.append(intent.title)
        }
        for example in knowledge.outOfScope.examples {
            rawExamples.append((example.text, Tokenizer.tokens(example.text), knowledge.intents.count))
            locations.append(example.location)
        }
        exampleLocation = locations
        for example in rawExamples {
            for word in example.tokens { vocabulary[word, default: 0] += 1 }
        }
        let analyzer = TermAnalyzer(lexicon: knowledge.lexicon, vocabulary: vocabulary, otherText: otherText)
        self.analyzer = analyzer

        let classCount = knowledge.intents.count + 1
        self.classCount = classCount
        // The analyzer numbers every term its words can become; the index
        // numbers only those the examples use, in order of first use.
        var featureOfTerm = [Int32](repeating: -1, count: analyzer.termNames.count)
        var termCount = 0
        var exampleTerms: [[Int32]] = []
        var exampleClass: [Int32] = []
        var exampleText: [String] = []
        var classTermCounts = [[Int32: Int]](repeating: [:], count: classCount)
        var classExampleCounts = [Int](repeating: 0, count: classCount)
        for (text, tokens, owner) in rawExamples {
            // Every word of an example is in the vocabulary, so every term has a number.
            let terms = analyzer.analyze(tokens: tokens).ids.filter { $0 >= 0 }.map { term -> Int32 in
                if featureOfTerm[Int(term)] < 0 {
                    featureOfTerm[Int(term)] = Int32(termCount)
                    termCount += 1
                }
                return featureOfTerm[Int(term)]
            }
            exampleTerms.append(terms)
            exampleClass.append(Int32(owner))
            exampleText.append(text)
            classExampleCounts[owner] += 1
            for term in terms { classTermCounts[owner][term, default: 0] += 1 }
        }

        let featureCount = termCount
        var documentFrequency = [Int](repeating: 0, count: featureCount)
        for counts in classTermCounts {
            for term in counts.keys { documentFrequency[Int(term)] += 1 }
        }
        let weights = documentFrequency.map { log(1 + Double(classCount) / Double(max($0, 1))) }
        self.weights = weights
        unknownWeight = settings.unknownShare * log(1 + Double(classCount))

        var examplePostings = [[Int32]](repeating: [], count: featureCount)
        var exampleNormSquared: [Double] = []
        for (position, terms) in exampleTerms.enumerated() {
            var norm = 0.0
            for feature in terms {
                examplePostings[Int(feature)].append(Int32(position))
                norm += weights[Int(feature)] * weights[Int(feature)]
            }
            exampleNormSquared.append(norm)
        }

        var profilePostings = [[(Int32, Double)]](repeating: [], count: termCount)
        for (owner, counts) in classTermCounts.enumerated() {
            let examples = Double(max(classExampleCounts[owner], 1))
            var strengths: [Int32: Double] = [:]
            for (term, count) in counts {
                // How typical the term is of the intent: used by a quarter of
                // its examples counts fully.
                strengths[term] = min(1, settings.saturation * Double(count) / examples)
            }
            // The answer's own words belong to the topic too, more weakly:
            // a question may use the answer's vocabulary rather than an example's.
            if owner < knowledge.intents.count, settings.answerStrength > 0 {
                let answer = Tokenizer.tokens(knowledge.intents[owner].answer)
                for term in analyzer.analyze(tokens: answer, correctSpelling: false).ids where term >= 0 {
                    let id = featureOfTerm[Int(term)]
                    guard id >= 0 else { continue }
                    strengths[id] = max(strengths[id] ?? 0, settings.answerStrength)
                }
            }
            for (term, strength) in strengths.sorted(by: { $0.key < $1.key }) {
                profilePostings[Int(term)].append((Int32(owner), strength))
            }
        }
        self.featureOfTerm = featureOfTerm
        (postingStart, postingExample) = Self.flatten(examplePostings)
        let flatProfiles = Self.flatten(profilePostings)
        profileStart = flatProfiles.start
        profileOwner = flatProfiles.values.map(\.0)
        profileStrength = flatProfiles.values.map(\.1)
        self.exampleClass = exampleClass
        exampleNorm = exampleNormSquared.map { $0.squareRoot() }
        self.exampleText = exampleText
    }

    /// Rebuilds a matcher from an index another one wrote (`encodedIndex()`).
    private init(
        knowledge: KnowledgeBase, analyzer: TermAnalyzer, settings: Settings, classCount: Int,
        featureOfTerm: [Int32], weights: [Double], unknownWeight: Double, postingStart: [Int32],
        postingExample: [Int32], profileStart: [Int32], profileOwner: [Int32], profileStrength: [Double],
        exampleClass: [Int32], exampleNorm: [Double], exampleText: [String], exampleLocation: [FileLocation]
    ) {
        self.knowledge = knowledge
        self.analyzer = analyzer
        self.settings = settings
        self.classCount = classCount
        self.featureOfTerm = featureOfTerm
        self.weights = weights
        self.unknownWeight = unknownWeight
        self.postingStart = postingStart
        self.postingExample = postingExample
        self.profileStart = profileStart
        self.profileOwner = profileOwner
        self.profileStrength = profileStrength
        self.exampleClass = exampleClass
        self.exampleNorm = exampleNorm
        self.exampleText = exampleText
        self.exampleLocation = exampleLocation
    }

    private static func flatten<Element>(_ lists: [[Element]]) -> (start: [Int32], values: [Element]) {
        var start: [Int32] = [0]
        var values: [Element] = []
        for list in lists {
            values.append(contentsOf: list)
            start.append(Int32(values.count))
        }
        return (start, values)
    }

    /// Scores `question` against every intent and decides.
    public func match(_ question: some StringProtocol, explain: Bool = false) -> Match {
        match(question, explain: explain, excluding: nil)
    }

    /// Runs every example through the matcher as if it were a question and
    /// reports those it answers with another intent (or out of scope).
    ///
    /// With `leaveOneOut`, each example is left out of the index while it is
    /// asked: a stricter check of how well the other examples cover it, which
    /// shows where a topic needs more varied examples.
    public func selfCheck(leaveOneOut: Bool = false) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (position, text) in exampleText.enumerated() {
            let owner = Int(exampleClass[position])
            let expected = owner < knowledge.intents.count ? knowledge.intents[owner].id : nil
            let result = match(text, explain: false, excluding: leaveOneOut ? position : nil)
            guard result.intent?.id != expected else { continue }
            let found = result.intent.map { "intent '\($0.id)'" } ?? "out of scope"
            let wanted = expected.map { "'\($0)'" } ?? "out of scope"
            let context = leaveOneOut ? " when left out" : ""
            problems.append(Diagnostic(exampleLocation[position], "example \"\(text)\" matches \(found)\(context), not \(wanted)"))
        }
        return problems
    }

    private func match(_ question: some StringProtocol, explain: Bool, excluding excluded: Int?) -> Match {
        let analysis = analyzer.analyze(question, explain: explain)
        var known: [Int32] = []
        known.reserveCapacity(analysis.terms.count)
        var termMass = 0.0
        var normSquared = 0.0
        for analyzerID in analysis.ids {
            let feature = analyzerID >= 0 ? featureOfTerm[Int(analyzerID)] : -1
            if feature >= 0 {
                let id = feature
                known.append(id)
                let weight = weights[Int(id)]
                termMass += weight
                normSquared += weight * weight
            } else {
                termMass += unknownWeight
                normSquared += unknownWeight * unknownWeight
            }
        }
        guard termMass > 0 else {
            return Match(
                intent: nil, confidence: 1, candidates: [],
                explanation: Explanation(
                    terms: [], steps: analysis.steps, closestExample: nil,
                    rule: .noTerms),
                analysis: analysis, outOfScopeScore: 0)
        }

        // Example similarity: how much of the question the example explains
        // and how much of the example the question covers, both weighted.
        var best = [Double](repeating: 0, count: classCount)
        var bestExample = [Int](repeating: -1, count: classCount)
        let queryNorm = normSquared.squareRoot()
        let exampleCount = exampleNorm.count
        withUnsafeTemporaryAllocation(of: Double.self, capacity: exampleCount) { exampleDot in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: exampleCount) { touched in
                exampleDot.initialize(repeating: 0)
                var touchedCount = 0
                postingExample.withUnsafeBufferPointer { postings in
                    for term in known {
                        let squared = weights[Int(term)] * weights[Int(term)]
                        for posting in Int(postingStart[Int(term)])..<Int(postingStart[Int(term) + 1]) {
                            let example = Int(postings[posting])
                            if exampleDot[example] == 0 {
                                touched[touchedCount] = Int32(example)
                                touchedCount += 1
                            }
                            exampleDot[example] += squared
                        }
                    }
                }
                for index in 0..<touchedCount {
                    let example = Int(touched[index])
                    if example == excluded { continue }
                    // The geometric mean of precision (dot / |q|²) and recall (dot / |e|²).
                    let similarity = exampleDot[example] / (queryNorm * exampleNorm[example])
                    let owner = Int(exampleClass[example])
                    if similarity > best[owner] {
                        best[owner] = similarity
                        bestExample[owner] = example
                    }
                }
            }
        }

        // Profile coverage: the share of the question's weight made of terms
        // typical of the intent.
        var coverage = [Double](repeating: 0, count: classCount)
        // The share of the question's weight made of words the intent uses at all.
        var explained = [Double](repeating: 0, count: classCount)
        for term in known {
            let weight = weights[Int(term)]
            for entry in Int(profileStart[Int(term)])..<Int(profileStart[Int(term) + 1]) {
                coverage[Int(profileOwner[entry])] += weight * profileStrength[entry]
                explained[Int(profileOwner[entry])] += weight
            }
        }
        var scores = [Double](repeating: 0, count: classCount - 1)
        for owner in 0..<(classCount - 1) {
            scores[owner] = settings.exampleWeight * best[owner] + (1 - settings.exampleWeight) * coverage[owner] / termMass
        }

        // The four best intents, best first (ties to the earlier intent).
        var ranked: [Int] = []
        ranked.reserveCapacity(5)
        for owner in scores.indices {
            var position = ranked.count
            while position > 0 && scores[ranked[position - 1]] < scores[owner] { position -= 1 }
            if position < 4 {
                ranked.insert(owner, at: position)
                if ranked.count > 4 { ranked.removeLast() }
            }
        }
        // "Hello" answers "hello", not "how do you say hello in Spanish": small
        // talk must be most of the message, else the next topic is considered.
        let isPartlySmallTalk = { (owner: Int) in
            self.knowledge.intents[owner].kind == .conversation
                && explained[owner] / termMass < self.settings.conversationCoverage
        }
        let top = ranked.first { !isPartlySmallTalk($0) } ?? ranked[0]
        let topScore = scores[top]
        // Resemblance to a known not-covered question is judged example to
        // example: the out-of-scope class is too varied to have a profile.
        let outScore = best[outOfScopeClass]
        let rule: Explanation.Rule
        if topScore < settings.threshold {
            rule = .belowThreshold(score: topScore, threshold: settings.threshold)
        } else if isPartlySmallTalk(top) {
            rule = .partlySmallTalk(coverage: explained[top] / termMass)
        } else if topScore < outScore {
            rule = .closerToNotCovered(notCovered: outScore, topic: topScore)
        } else {
            rule = .accepted(score: topScore, threshold: settings.threshold, notCovered: outScore)
        }
        let inScope = if case .accepted = rule { true } else { false }

        let chosen = inScope ? top : outOfScopeClass
        let others = ranked.filter { $0 != chosen && scores[$0] > 0 }.prefix(3).map {
            Candidate(intent: knowledge.intents[$0], score: min(1, scores[$0]))
        }
        let confidence = inScope ? min(1, topScore) : min(1, max(outScore, 1 - topScore))
        var explanationTerms: [Explanation.Term] = []
        if explain {
            let exampleID = bestExample[chosen]
            let exampleTerms = exampleID >= 0 ? Set(analyzer.analyze(exampleText[exampleID]).terms) : []
            explanationTerms = zip(analysis.terms, analysis.ids).map { term, analyzerID in
                let feature = analyzerID >= 0 ? Int(featureOfTerm[Int(analyzerID)]) : -1
                let typical = feature >= 0
                    && profileOwner[Int(profileStart[feature])..<Int(profileStart[feature + 1])].contains(Int32(chosen))
                return Explanation.Term(
                    term: term, weight: feature >= 0 ? weights[feature] : unknownWeight,
                    matched: typical || exampleTerms.contains(term))
            }
        }
        let closest = explain && bestExample[chosen] >= 0 ? exampleText[bestExample[chosen]] : nil
        var explanation = Explanation(terms: explanationTerms, steps: analysis.steps, closestExample: closest, rule: rule)
        if explain { explanation.runnersUp = others.map { ($0.intent.id, $0.score) } }
        return Match(
            intent: inScope ? knowledge.intents[top] : nil,
            confidence: confidence,
            candidates: Array(others),
            explanation: explanation,
            analysis: analysis, outOfScopeScore: outScore)
    }
}

extension Matcher {
    /// Bumped whenever the index or its encoding changes, so an index from
    /// another format is refused rather than misread.
    static let indexFormat = 2
    private static let magic = "smp-consult matcher index"

    /// The whole index, knowledge base included, as bytes.
    public func encodedIndex() -> [UInt8] {
        var writer = ByteWriter()
        writer.string(Self.magic)
        writer.int(Self.indexFormat)
        writer.doubles(settings.fingerprint)
        knowledge.encode(into: &writer)
        analyzer.encode(into: &writer)
        writer.int(classCount)
        writer.int32s(featureOfTerm)
        writer.doubles(weights)
        writer.double(unknownWeight)
        writer.int32s(postingStart)
        writer.int32s(postingExample)
        writer.int32s(profileStart)
        writer.int32s(profileOwner)
        writer.doubles(profileStrength)
        writer.int32s(exampleClass)
        writer.doubles(exampleNorm)
        writer.strings(exampleText)
        writer.strings(exampleLocation.map(\.file))
        writer.int32s(exampleLocation.map { Int32(clamping: $0.line) })
        return writer.bytes
    }

    /// A matcher from `encodedIndex()` bytes; throws on bytes from another
    /// format or settings, or damaged ones.
    public static func decodeIndex(_ bytes: [UInt8], files: KnowledgeFiles, settings: Settings = Settings()) throws -> Matcher {
        var reader = ByteReader(bytes)
        guard try reader.string() == magic, try reader.int() == indexFormat, try reader.doubles() == settings.fingerprint else {
            throw ByteReader.Malformed()
        }
        let knowledge = try KnowledgeBase.decode(from: &reader, files: files)
        let analyzer = try TermAnalyzer.decode(from: &reader)
        let classCount = try reader.int()
        let featureOfTerm = try reader.int32s()
        let weights = try reader.doubles()
        let unknownWeight = try reader.double()
        let postingStart = try reader.int32s()
        let postingExample = try reader.int32s()
        let profileStart = try reader.int32s()
        let profileOwner = try reader.int32s()
        let profileStrength = try reader.doubles()
        let exampleClass = try reader.int32s()
        let exampleNorm = try reader.doubles()
        let exampleText = try reader.strings()
        let files = try reader.strings()
        let lines = try reader.int32s()
        // The scoring loops index without checks: every number must point inside.
        let termCount = weights.count
        let exampleCount = exampleNorm.count
        guard reader.isAtEnd, classCount == knowledge.intents.count + 1,
            featureOfTerm.count == analyzer.termNames.count, featureOfTerm.allSatisfy({ $0 >= -1 && $0 < termCount }),
            postingStart.count == termCount + 1, profileStart.count == termCount + 1,
            Self.isOffsetTable(postingStart, total: postingExample.count),
            Self.isOffsetTable(profileStart, total: profileOwner.count),
            profileStrength.count == profileOwner.count, profileOwner.allSatisfy({ $0 >= 0 && $0 < classCount }),
            postingExample.allSatisfy({ $0 >= 0 && $0 < exampleCount }),
            exampleClass.count == exampleCount, exampleClass.allSatisfy({ $0 >= 0 && $0 < classCount }),
            exampleText.count == exampleCount, files.count == exampleCount, lines.count == exampleCount
        else { throw ByteReader.Malformed() }
        return Matcher(
            knowledge: knowledge, analyzer: analyzer, settings: settings, classCount: classCount,
            featureOfTerm: featureOfTerm, weights: weights, unknownWeight: unknownWeight,
            postingStart: postingStart, postingExample: postingExample, profileStart: profileStart,
            profileOwner: profileOwner, profileStrength: profileStrength, exampleClass: exampleClass,
            exampleNorm: exampleNorm, exampleText: exampleText,
            exampleLocation: zip(files, lines).map { FileLocation(file: $0, line: Int($1)) })
    }

    private static func isOffsetTable(_ starts: [Int32], total: Int) -> Bool {
        starts.first == 0 && Int(starts.last ?? -1) == total && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }
}

extension Matcher.Settings {
    /// Every number that shapes the index, to tell whether a saved one fits.
    var fingerprint: [Double] {
        [threshold, suggestionFloor, exampleWeight, unknownShare, saturation, answerStrength, conversationCoverage]
    }
}
