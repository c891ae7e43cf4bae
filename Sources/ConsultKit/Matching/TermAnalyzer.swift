import Synchronization

/// Turns text into the terms the matcher compares: tokens, spelling fixed
/// against the knowledge base's vocabulary, stemmed, synonyms folded to one
/// term, stop words dropped.
public final class TermAnalyzer: Sendable {
    /// What happened to one word on its way to a term, for explanations.
    public struct Step: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case spelling, synonym
        }

        public let kind: Kind
        public let from: String
        public let to: String
    }

    public struct Analysis: Sendable {
        /// Distinct terms in order of first appearance.
        public var terms: [String]
        /// Terms no example of any intent uses.
        public var unknown: Set<String>
        public var steps: [Step]
    }

    private struct Phrase: Sendable {
        let rest: [String]
        let term: String
    }

    /// Stem of every word the knowledge base uses.
    private let knownStems: [String: String]
    private let stemVocabulary: Set<String>
    private let stopwords: Set<String>
    private let synonymOf: [String: String]
    private let phrasesByFirst: [String: [Phrase]]
    private let corrector: SpellingCorrector
    private let corrections = Mutex<[String: String?]>([:])
    /// Unknown words are many in a big noisy file; the cache stops growing here.
    private static let correctionCacheLimit = 50_000

    /// - Parameters:
    ///   - vocabulary: the words of the examples, with how often each is used;
    ///     misspellings are corrected towards these.
    ///   - extraWords: further words that are real but carry no examples
    ///     (answers, titles); they are never "corrected".
    public init(lexicon: Lexicon, vocabulary: [String: Int], extraWords: Set<String>) {
        var known: [String: String] = [:]
        var frequencies = vocabulary
        for word in extraWords where frequencies[word] == nil { frequencies[word] = 0 }
        for word in lexicon.stopwords { frequencies[word, default: 0] += 1 }
        var single: [String: String] = [:]
        var phrases: [String: [Phrase]] = [:]
        for group in lexicon.synonyms {
            for variant in group.variants + [group.term] {
                let words = Tokenizer.tokens(variant)
                for word in words { frequencies[word, default: 0] += 1 }
                let stems = words.map(PorterStemmer.stem)
                guard let first = stems.first else { continue }
                if stems.count == 1 {
                    if first != group.term { single[first] = group.term }
                } else {
                    phrases[first, default: []].append(Phrase(rest: Array(stems.dropFirst()), term: group.term))
                }
            }
        }
        for key in phrases.keys { phrases[key]?.sort { $0.rest.count > $1.rest.count } }
        for word in frequencies.keys { known[word] = PorterStemmer.stem(word) }
        knownStems = known
        stemVocabulary = Set(known.values)
        stopwords = Set(lexicon.stopwords.flatMap { Tokenizer.tokens($0) })
        synonymOf = single
        phrasesByFirst = phrases
        corrector = SpellingCorrector(frequencies: frequencies)
    }

    /// Terms of `text`. With `explain`, records the corrections and synonyms applied.
    public func analyze(_ text: some StringProtocol, explain: Bool = false) -> Analysis {
        let words = Tokenizer.tokens(text)
        var stems: [String] = []
        var isStop: [Bool] = []
        stems.reserveCapacity(words.count)
        isStop.reserveCapacity(words.count)
        var steps: [Step] = []
        var unknown: Set<String> = []
        for word in words {
            if let stem = knownStems[word] {
                stems.append(stem)
                isStop.append(stopwords.contains(word))
                continue
            }
            let stem = PorterStemmer.stem(word)
            if stemVocabulary.contains(stem) {
                stems.append(stem)
                isStop.append(false)
            } else if let corrected = correction(for: word), let correctedStem = knownStems[corrected] {
                if explain { steps.append(Step(kind: .spelling, from: word, to: corrected)) }
                stems.append(correctedStem)
                isStop.append(stopwords.contains(corrected))
            } else {
                stems.append(stem)
                isStop.append(false)
                unknown.insert(stem)
            }
        }

        var terms: [String] = []
        var seen: Set<String> = []
        var index = 0
        while index < stems.count {
            let stem = stems[index]
            var term: String?
            var length = 1
            if let candidates = phrasesByFirst[stem] {
                for phrase in candidates where index + phrase.rest.count < stems.count {
                    if stems[(index + 1)...(index + phrase.rest.count)].elementsEqual(phrase.rest) {
                        term = phrase.term
                        length = phrase.rest.count + 1
                        break
                    }
                }
            }
            if term == nil {
                if isStop[index] {
                    index += 1
                    continue
                }
                term = synonymOf[stem] ?? stem
            }
            if let term {
                if explain && term != stem {
                    let from = words[index..<(index + length)].joined(separator: " ")
                    steps.append(Step(kind: .synonym, from: from, to: term))
                }
                if seen.insert(term).inserted { terms.append(term) }
            }
            index += length
        }
        return Analysis(terms: terms, unknown: unknown, steps: steps)
    }

    private func correction(for word: String) -> String? {
        guard SpellingCorrector.tolerance(forLength: word.utf8.count) > 0,
            word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        if let cached = corrections.withLock({ $0[word] }) { return cached }
        let result = corrector.correction(for: word)
        corrections.withLock { cache in
            if cache.count < Self.correctionCacheLimit { cache[word] = result }
        }
        return result
    }
}
