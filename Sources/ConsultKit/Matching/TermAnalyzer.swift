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
        /// Each distinct term's number (see `termNames`), in order of first
        /// appearance; -1 for a term the knowledge base never uses.
        public var ids: [Int32]
        /// The text of the -1 terms, in order.
        var unknownTerms: [String]
        let names: [String]
        public var steps: [Step]

        /// Distinct terms in order of first appearance. Computed on demand:
        /// the batch path needs only the numbers.
        public var terms: [String] {
            var unknown = unknownTerms.makeIterator()
            return ids.map { $0 >= 0 ? names[Int($0)] : unknown.next() ?? "" }
        }
    }

    struct Phrase: Sendable {
        let rest: [String]
        let term: String
        let id: Int32
    }

    /// What a word becomes: its stem, the term after synonyms, whether it is
    /// a stop word, whether it may stand inside a phrase without breaking it
    /// (a filler) and whether a lexicon phrase may start with it.
    struct Word: Sendable {
        let stem: String
        /// The term's number; -1 for a word no example uses (its term is its stem).
        let id: Int32
        let isStop: Bool
        var isFiller = false
        let startsPhrase: Bool
    }

    /// Every term the knowledge base's words can become, numbered, so the
    /// matcher looks terms up by number rather than by hashing text again.
    public let termNames: [String]
    private let termIDs: [String: Int32]

    /// Every word the knowledge base uses, resolved once.
    let known: [String: Word]
    private let stemVocabulary: Set<String>
    let synonymOf: [String: String]
    let phrasesByFirst: [String: [Phrase]]
    /// Terms that are stop words: a phrase folded into one ("quick question",
    /// "just to be clear") asks nothing and is dropped as they are.
    private let stopTerms: Set<Int32>
    /// The spelling corrector is built on first need: many runs never meet a
    /// misspelling, and building it costs start-up time.
    private struct Speller: Sendable {
        let corrector: SpellingCorrector
        /// Real words the knowledge base uses outside its examples (answers,
        /// titles): never "corrected" into something else.
        let otherWords: Set<String>
    }

    /// What the spelling corrector is built from: the words with how often
    /// the knowledge base uses them, and text whose words are real but carry
    /// no examples. A decoded analyzer reads them only when first needed.
    struct SpellerWords: Sendable {
        let frequencies: [String: Int]
        let otherText: [String]
    }

    let spellerWords: @Sendable () -> SpellerWords
    private let speller = Mutex<Speller?>(nil)
    private let corrections = Mutex<[String: String?]>([:])
    private let foldEndings = Mutex<[String: Set<Substring>]?>(nil)
    /// Unknown words are many in a big noisy file; the cache stops growing here.
    private static let correctionCacheLimit = 50_000

    /// - Parameters:
    ///   - vocabulary: the words of the examples, with how often each is used;
    ///     misspellings are corrected towards these.
    ///   - otherText: further text whose words are real but carry no examples
    ///     (answers, titles); its words are never "corrected".
    public init(lexicon: Lexicon, vocabulary: [String: Int], otherText: [String]) {
        var frequencies = vocabulary
        for word in lexicon.stopwords { frequencies[word, default: 0] += 1 }
        var single: [String: String] = [:]
        // A word listed as a variant is that variant's term, whatever else
        // shares its stem: "microneedling" may be one term, "microneedles" another.
        var exact: [String: String] = [:]
        // The derivational endings each one-word variant's stem was written with.
        var endings: [String: Set<Substring>] = [:]
        var phrases: [String: [Phrase]] = [:]
        var stems: [String: String] = [:]
        stems.reserveCapacity(frequencies.count + 1024)
        func stem(_ word: String) -> String {
            if let known = stems[word] { return known }
            let result = PorterStemmer.stem(word)
            stems[word] = result
            return result
        }
        for group in lexicon.synonyms {
            for variant in group.variants + [group.term] {
                let words = Tokenizer.tokens(variant)
                for word in words { frequencies[word, default: 0] += 1 }
                let wordStems = words.map(stem)
                guard let first = wordStems.first else { continue }
                if wordStems.count == 1 {
                    if first != group.term { single[first] = group.term }
                    exact[words[0]] = group.term
                    endings[first, default: []].insert(Self.derivationalEnding(words[0]))
                } else {
                    phrases[first, default: []].append(
                        Phrase(rest: Array(wordStems.dropFirst()), term: group.term, id: -1))
                }
            }
        }
        var termIDs: [String: Int32] = [:]
        termIDs.reserveCapacity(4096)
        var termNames: [String] = []
        func intern(_ term: String) -> Int32 {
            if let id = termIDs[term] { return id }
            let id = Int32(termNames.count)
            termIDs[term] = id
            termNames.append(term)
            return id
        }
        // Sorted: term numbers must not depend on hashing order, so the index
        // built at build time is the same on every build.
        for key in phrases.keys.sorted() {
            phrases[key] = phrases[key]!.map { Phrase(rest: $0.rest, term: $0.term, id: intern($0.term)) }
                .sorted { $0.rest.count > $1.rest.count }
        }
        let stopwords = Set(lexicon.stopwords.flatMap { Tokenizer.tokens($0) })
        let fillers = Set(lexicon.fillers)
        var known: [String: Word] = [:]
        known.reserveCapacity(frequencies.count)
        for word in frequencies.keys.sorted() {
            let stem = stem(word)
            // A word sharing only a stem with a variant, through an ending
            // that changes its sense, is not that variant: "finally" is not
            // "final", "business" not "busy", "reasonable" not "reason".
            let folds = endings[stem].map { $0.contains(Self.derivationalEnding(word)) } ?? true
            let term = exact[word] ?? (folds ? single[stem] ?? stem : stem)
            known[word] = Word(
                stem: stem, id: intern(term), isStop: stopwords.contains(word), isFiller: fillers.contains(word),
                startsPhrase: phrases[stem] != nil)
        }
        self.known = known
        self.termIDs = termIDs
        self.termNames = termNames
        stemVocabulary = Set(known.values.map(\.stem))
        stopTerms = Self.stopTerms(known, termNames)
        synonymOf = single
        phrasesByFirst = phrases
        let words = SpellerWords(frequencies: frequencies, otherText: otherText)
        spellerWords = { words }
    }

    /// Rebuilds an analyzer from the tables another one wrote (`encode(into:)`).
    init(
        termNames: [String], known: [String: Word], synonymOf: [String: String],
        phrasesByFirst: [String: [Phrase]], spellerWords: @escaping @Sendable () -> SpellerWords
    ) {
        self.termNames = termNames
        var termIDs: [String: Int32] = [:]
        termIDs.reserveCapacity(termNames.count)
        for (id, name) in termNames.enumerated() { termIDs[name] = Int32(id) }
        self.termIDs = termIDs
        self.known = known
        stemVocabulary = Set(known.values.map(\.stem))
        stopTerms = Self.stopTerms(known, termNames)
        self.synonymOf = synonymOf
        self.phrasesByFirst = phrasesByFirst
        self.spellerWords = spellerWords
    }

    /// Terms of `text`. With `explain`, records the corrections and synonyms applied.
    public func analyze(_ text: some StringProtocol, explain: Bool = false) -> Analysis {
        analyze(tokens: Tokenizer.tokens(text), explain: explain, written: Substring(text))
    }

    /// The words written in `text` as names: with a capital, the rest lower
    /// case, inside a sentence ("the beach of Riazor"), lower-cased. A name
    /// is no slip to correct into a known word ("razor"). Read once per
    /// text, and only when a word is about to be corrected, which most
    /// lines have none of.
    static func names(in text: Substring) -> Set<String> {
        // Bytes: a batch may hold many corrected words.
        func isLetter(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte >= 0x80
        }
        var names: Set<String> = []
        var sentenceStart = true
        var word: [UInt8] = []
        var capital = false
        var otherCapital = false
        func endWord() {
            if !word.isEmpty {
                if !sentenceStart, capital, !otherCapital { names.insert(String(decoding: word, as: UTF8.self)) }
                sentenceStart = false
            }
            word.removeAll(keepingCapacity: true)
            capital = false
            otherCapital = false
        }
        for byte in text.utf8 {
            if isLetter(byte) {
                let isCapital = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                if word.isEmpty { capital = isCapital } else if isCapital { otherCapital = true }
                word.append(byte < 0x80 ? byte | 0x20 : byte)
            } else if byte != UInt8(ascii: "'") {
                endWord()
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                    || byte == UInt8(ascii: ":") || byte == 10
                {
                    sentenceStart = true
                }
            }
        }
        endWord()
        return names
    }

    /// Whether `token` is a date or a measure: an ordinal ("the 15th"), a
    /// year ("2018") or a number before a unit ("30 units", "22 months").
    /// A bare number may be an age ("I'm 17"), which the question may be about.
    static func datesOrMeasures(_ token: String, next: String) -> Bool {
        let bytes = token.utf8
        let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !digits.isEmpty else { return false }
        let rest = String(decoding: bytes.dropFirst(digits.count), as: UTF8.self)
        if ["st", "nd", "rd", "th"].contains(rest) { return true }
        guard rest.isEmpty else { return false }
        return digits.count == 4 || units.contains(next)
    }

    /// Whether the token at `position` is part of a written date ("Saturday
    /// 14 June", "3 March 2025", "June 14th"): a month or weekday beside a
    /// number, or a number beside a month. A date places the writer's own
    /// plans and asks nothing; a month alone ("if I start in June") stays.
    static func partOfADate(_ tokens: [String], at position: Int) -> Bool {
        func startsWithDigit(_ text: String) -> Bool {
            text.utf8.first.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false
        }
        let token = tokens[position]
        let before = position > 0 ? tokens[position - 1] : ""
        let after = position + 1 < tokens.count ? tokens[position + 1] : ""
        if startsWithDigit(token) { return months.contains(after) || months.contains(before) }
        // Most words have no number beside them: no name is looked up for them.
        guard startsWithDigit(before) || startsWithDigit(after) else { return false }
        return months.contains(token) || weekdays.contains(token)
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Words that measure the number before them.
    private static let units: Set<String> = [
        "units", "unit", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "days", "day", "weeks",
        "week", "wks", "months", "month", "years", "year", "yrs", "cm", "mm", "kg", "percent", "pounds", "quid",
        "euros", "dollars", "miles", "km", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
    ]

    /// Terms of text already split by `Tokenizer`. Without `correctSpelling`,
    /// unknown words stay as they are (for text that is spelt right). With
    /// `keepingMeasures`, numbers that date or measure stay terms: an example
    /// ("will I still have it in 10 years") states what it asks, while a
    /// question's "22 months" is the writer's own case.
    public func analyze(
        tokens: [String], explain: Bool = false, correctSpelling: Bool = true, keepingMeasures: Bool = false,
        written: Substring? = nil
    ) -> Analysis {
        // Read only when a word is about to be corrected.
        var names: Set<String>?
        func writtenAsName(_ token: String) -> Bool {
            guard let written else { return false }
            if names == nil { names = Self.names(in: written) }
            return names?.contains(token) == true
        }
        var resolved: [Word] = []
        resolved.reserveCapacity(tokens.count)
        var steps: [Step] = []
        for (position, typed) in tokens.enumerated() {
            let token = typed == "much" && countsPlural(tokens, after: position) ? "many" : typed
            if !keepingMeasures, Self.partOfADate(tokens, at: position) {
                resolved.append(Word(stem: token, id: -1, isStop: true, startsPhrase: false))
                continue
            }
            if let word = known[token] {
                // A number the lexicon does not name ("22 months", not "2
                // years") is the writer's own date or measure.
                if !keepingMeasures, let first = token.utf8.first,
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
                    word.id >= 0, termNames[Int(word.id)] == token,
                    Self.datesOrMeasures(token, next: position + 1 < tokens.count ? tokens[position + 1] : "")
                {
                    resolved.append(Word(stem: token, id: -1, isStop: true, startsPhrase: false))
                } else {
                    resolved.append(word)
                }
                continue
            }
            if let unstretched = unstretched(token), let word = known[unstretched] {
                if explain { steps.append(Step(kind: .spelling, from: token, to: unstretched)) }
                resolved.append(word)
                continue
            }
            let stem = PorterStemmer.stem(token)
            // A short stem cut from a word no dictionary knows is more often
            // a slip than an inflection: "fdaing" is "fading", not "FDA".
            if stemVocabulary.contains(stem),
                stem.utf8.count >= Self.shortestCutStem || token.utf8.count - stem.utf8.count < Self.longestCut
                    || EnglishWords.contains(token)
            {
                resolved.append(word(stem: stem, typed: token))
            } else if correctSpelling, let corrected = correction(for: token), let word = known[corrected],
                !writtenAsName(token)
            {
                if explain { steps.append(Step(kind: .spelling, from: token, to: corrected)) }
                resolved.append(word)
            } else {
                // A number no example uses ("on the 15th", "since 2018", "22
                // months") dates or counts the writer's own case: it says
                // nothing of the topic, so it must not dilute the question.
                let next = position + 1 < tokens.count ? tokens[position + 1] : ""
                resolved.append(
                    Word(stem: stem, id: -1, isStop: Self.datesOrMeasures(token, next: next), startsPhrase: false))
            }
        }

        var ids: [Int32] = []
        var unknownTerms: [String] = []
        var distinct = DistinctTerms()
        ids.reserveCapacity(resolved.count)
        var index = 0
        while index < resolved.count {
            let word = resolved[index]
            var id = word.id
            var length = 1
            if word.startsPhrase, let candidates = phrasesByFirst[word.stem] {
                for phrase in candidates where index + phrase.rest.count < resolved.count {
                    var position = index + 1
                    var matches = true
                    for stem in phrase.rest {
                        while position < resolved.count, resolved[position].isFiller, resolved[position].stem != stem {
                            position += 1
                        }
                        guard position < resolved.count, resolved[position].stem == stem else {
                            matches = false
                            break
                        }
                        position += 1
                    }
                    if matches {
                        id = phrase.id
                        length = position - index
                        break
                    }
                }
            }
            if length == 1 ? word.isStop : stopTerms.contains(id) {
                index += length
                continue
            }
            if explain, id >= 0, termNames[Int(id)] != word.stem {
                let from = tokens[index..<(index + length)].joined(separator: " ")
                steps.append(Step(kind: .synonym, from: from, to: termNames[Int(id)]))
            }
            if id >= 0 {
                if distinct.insertKnown(id, seen: ids) { ids.append(id) }
            } else if distinct.insertUnknown(word.stem, seen: unknownTerms) {
                ids.append(-1)
                unknownTerms.append(word.stem)
            }
            index += length
        }
        return Analysis(ids: ids, unknownTerms: unknownTerms, names: termNames, steps: steps)
    }

    /// The terms named as stop words themselves, not every term a stop word
    /// becomes: the stop word "his" stems to "hi", which is a greeting.
    private static func stopTerms(_ known: [String: Word], _ termNames: [String]) -> Set<Int32> {
        Set(
            known.compactMap { text, word in
                word.isStop && word.id >= 0 && termNames[Int(word.id)] == text ? word.id : nil
            })
    }

    /// A word typed with a letter held down ("heyyy", "whyyy", "sooo
    /// nervous") as the known word it stretches: its runs of three or more
    /// letters made one letter, else two. Nil for any other word.
    private func unstretched(_ token: String) -> String? {
        // Most unknown words hold no run of three: passed by without a copy.
        var previous: UInt8 = 0
        var run = 0
        var held = false
        for byte in token.utf8 {
            run = byte == previous ? run + 1 : 1
            previous = byte
            if run == 3 {
                held = true
                break
            }
        }
        guard held, token.utf8.count > 3 else { return nil }
        let bytes = Array(token.utf8)
        for keep in 1...2 {
            var squeezed: [UInt8] = []
            var start = 0
            while start < bytes.count {
                var end = start + 1
                while end < bytes.count && bytes[end] == bytes[start] { end += 1 }
                squeezed += repeatElement(bytes[start], count: end - start >= 3 ? keep : end - start)
                start = end
            }
            let word = String(decoding: squeezed, as: UTF8.self)
            if known[word] != nil { return word }
        }
        return nil
    }

    /// Whether the word after `position` is a plural ("how much times",
    /// "how much sessions"): "much" before it is "many", as second-language
    /// writers mean it. Stemming would otherwise read "how much time". Not
    /// a verb that is a stop word ("how much does it cost").
    private func countsPlural(_ tokens: [String], after position: Int) -> Bool {
        guard position + 1 < tokens.count else { return false }
        let next = tokens[position + 1]
        return next.utf8.count > 3 && next.hasSuffix("s") && !next.hasSuffix("ss") && !(known[next]?.isStop ?? false)
            && PorterStemmer.stem(next) != next
    }

    /// The derivational ending a word carries once its inflection is set
    /// aside ("finally" → "ly", "complications" → "ion"), or "" for none.
    static func derivationalEnding(_ word: String) -> Substring {
        var base = Substring(word)
        if base.count > 5, base.hasSuffix("ing") {
            base = base.dropLast(3)
        } else if base.count > 4, base.hasSuffix("ed") {
            base = base.dropLast(2)
        } else if base.count > 3, base.hasSuffix("s"), !base.hasSuffix("ss") {
            base = base.dropLast()
        }
        for ending in derivationalEndings where base.count > ending.count + 2 && base.hasSuffix(ending) {
            return ending
        }
        return ""
    }

    private static let derivationalEndings: [Substring] = [
        "ably", "ibly", "ly", "able", "ible", "ity", "itie", "ful", "ive", "ment", "ion", "ist", "ism",
    ]

    /// The fewest letters of a stem cut from an unknown word that is
    /// taken for a known one without a check, unless little was cut.
    private static let shortestCutStem = 4
    /// The most letters cut from it ("wats" is "wat", a known slip).
    private static let longestCut = 3

    /// An unknown word by its stem, folded into its stem's synonym only
    /// through an ending the lexicon's own words of that stem use.
    private func word(stem: String, typed: String) -> Word {
        var term = stem
        if let synonym = synonymOf[stem], foldingEndings()[stem]?.contains(Self.derivationalEnding(typed)) ?? true {
            term = synonym
        }
        return Word(stem: stem, id: termIDs[term] ?? -1, isStop: false, startsPhrase: phrasesByFirst[stem] != nil)
    }

    /// The endings of the known words that fold into a synonym, by stem;
    /// built on first need, as most questions' words are all known.
    private func foldingEndings() -> [String: Set<Substring>] {
        foldEndings.withLock { table in
            if let table { return table }
            var built: [String: Set<Substring>] = [:]
            for (text, word) in known {
                guard let synonym = synonymOf[word.stem], let id = termIDs[synonym], word.id == id else { continue }
                built[word.stem, default: []].insert(Self.derivationalEnding(text))
            }
            table = built
            return built
        }
    }

    private func correction(for word: String) -> String? {
        guard SpellingCorrector.tolerance(forLength: word.utf8.count) > 0,
            word.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
        else { return nil }
        if let cached = corrections.withLock({ $0[word] }) { return cached }
        let speller = speller.withLock { state -> Speller in
            if let state { return state }
            let input = spellerWords()
            var words = input.frequencies
            var other: Set<String> = []
            for text in input.otherText {
                for token in Tokenizer.tokens(text) where words[token] == nil {
                    words[token] = 0
                    other.insert(token)
                }
            }
            let built = Speller(corrector: SpellingCorrector(frequencies: words), otherWords: other)
            state = built
            return built
        }
        // A real word the knowledge base does not use is left alone: turning
        // it into a known word would change the question's meaning.
        let isRealWord = speller.otherWords.contains(word) || EnglishWords.contains(word)
        let result = isRealWord ? nil : speller.corrector.correction(for: word)
        corrections.withLock { cache in
            if cache.count < Self.correctionCacheLimit { cache[word] = result }
        }
        return result
    }
}

/// Tells whether a term was seen before in one question: a linear search while
/// the question is short (most are), sets once it is long, so a line of
/// thousands of distinct words still takes linear time.
private struct DistinctTerms {
    private static let searchLimit = 24
    private var known: Set<Int32>?
    private var unknown: Set<String>?

    /// Whether `id` is new; `seen` holds the terms so far (-1 for unknown ones).
    mutating func insertKnown(_ id: Int32, seen: [Int32]) -> Bool {
        if known == nil {
            guard seen.count >= Self.searchLimit else { return !seen.contains(id) }
            known = Set(seen.filter { $0 >= 0 })
        }
        return known!.insert(id).inserted
    }

    mutating func insertUnknown(_ term: String, seen: [String]) -> Bool {
        if unknown == nil {
            guard seen.count >= Self.searchLimit else { return !seen.contains(term) }
            unknown = Set(seen)
        }
        return unknown!.insert(term).inserted
    }
}
