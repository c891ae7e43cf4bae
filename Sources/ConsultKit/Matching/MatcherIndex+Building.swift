import Foundation

extension MatcherIndex {
    /// The analyzer for `knowledge`'s words and the index of its examples.
    ///
    /// Every example becomes a set of terms; a term weighs more the fewer
    /// intents use it. Each intent also gets a profile: how typical each term
    /// is of it, from its examples and, more weakly, its answer's words.
    static func build(knowledge: KnowledgeBase, settings: Matcher.Settings) -> (
        analyzer: TermAnalyzer, index: MatcherIndex
    ) {
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
        for example in rawExamples {
            for word in example.tokens { vocabulary[word, default: 0] += 1 }
        }
        let analyzer = TermAnalyzer(lexicon: knowledge.lexicon, vocabulary: vocabulary, otherText: otherText)

        let classCount = knowledge.intents.count + 1
        // The analyzer numbers every term its words can become; the index
        // numbers only those the examples use, in order of first use.
        var featureOfTerm = [Int32](repeating: -1, count: analyzer.termNames.count)
        var featureCount = 0
        var exampleTerms: [[Int32]] = []
        var exampleClass: [Int32] = []
        var exampleText: [String] = []
        var classTermCounts = [[Int32: Int]](repeating: [:], count: classCount)
        var classExampleCounts = [Int](repeating: 0, count: classCount)
        for (text, tokens, owner) in rawExamples {
            // Every word of an example is in the vocabulary, so every term has a number.
            let terms = analyzer.analyze(tokens: tokens, keepingMeasures: true).ids.filter { $0 >= 0 }.map {
                term -> Int32 in
                if featureOfTerm[Int(term)] < 0 {
                    featureOfTerm[Int(term)] = Int32(featureCount)
                    featureCount += 1
                }
                return featureOfTerm[Int(term)]
            }
            exampleTerms.append(terms)
            exampleClass.append(Int32(owner))
            exampleText.append(text)
            classExampleCounts[owner] += 1
            for term in terms { classTermCounts[owner][term, default: 0] += 1 }
        }

        var documentFrequency = [Int](repeating: 0, count: featureCount)
        for counts in classTermCounts {
            for term in counts.keys { documentFrequency[Int(term)] += 1 }
        }
        let weights = documentFrequency.map { log(1 + Double(classCount) / Double(max($0, 1))) }

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

        var profilePostings = [[(Int32, Double)]](repeating: [], count: featureCount)
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
            // Not a conversation intent's: its answer names other topics ("I can
            // tell you what SMP is, how long results last"), so "hi, what is smp"
            // would read as all small talk.
            if owner < knowledge.intents.count, knowledge.intents[owner].kind == .guide, settings.answerStrength > 0 {
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
        let postings = flatten(examplePostings)
        let profiles = flatten(profilePostings)
        let index = MatcherIndex(
            classCount: classCount,
            featureOfTerm: featureOfTerm,
            weights: weights,
            unknownWeight: settings.unknownShare * log(1 + Double(classCount)),
            postingStart: postings.start,
            postingExample: postings.values,
            profileStart: profiles.start,
            profileOwner: profiles.values.map(\.0),
            profileStrength: profiles.values.map(\.1),
            exampleClass: exampleClass,
            exampleNorm: exampleNormSquared.map { $0.squareRoot() },
            exampleText: exampleText,
            exampleLocation: locations)
        return (analyzer, index)
    }
}
