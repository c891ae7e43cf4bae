/// What a question asks and about what, and which intents answer that.
///
/// Words alone confuse aspects: "how long does a session last" shares every
/// word but one with "how long does SMP last". The lexicon names question
/// types by their phrases ("how long" asks a duration); each intent may declare
/// the types it answers (`answers:`) and what it is about (`about:`). A
/// question of a type an intent does not answer, or of a type it answers but
/// about subjects it is not about, does not take that intent's answer.
struct AspectTable: Sendable {
    /// A question type's phrase as term numbers after its first term.
    private struct Phrase: Sendable {
        let rest: [Int32]
        let type: Int
        /// Written with a leading `^`: counts only as the question's first
        /// term ("so who does it": "so" is a stop word), not after one that
        /// carries meaning ("men who get it", "the point where people…").
        let atStart: Bool
    }

    /// What a question asks: its type and the subjects it names.
    struct Aspect: Sendable {
        let type: Int
        /// Subject terms after the type's phrase ("how long does a session
        /// last": session), or before it when none follow.
        let subjects: [Int32]
        /// Subject terms before the type's phrase: "is DHT the reason I'm
        /// thinning" asks the reason about DHT, named before "reason".
        var before: [Int32] = []
    }

    let typeNames: [String]
    /// Indexed by term number (every question passes here: arrays, not hashing).
    private let phrasesByFirst: [[Phrase]]
    /// Whether some intent is about the term, by term number.
    private let isSubject: [Bool]
    /// Per intent: the type numbers it answers, nil for any.
    private let answers: [Set<Int>?]
    /// Per intent: the terms it is about.
    private let about: [Set<Int32>]
    /// Per intent: the terms whose mention passes it by (`excludes:`).
    private let excludes: [Set<Int32>]
    /// Per intent: the terms that say what SMP itself is (`identity:`).
    private let identity: [Set<Int32>]
    /// Per intent: terms one of which a question must name (`needs:`); empty for none.
    private let needs: [Set<Int32>]
    private let termNames: [String]
    /// Names of the things the guide does not cover, by term number (nil for
    /// the others): out-of-scope `subjects:`.
    private let uncovered: [String?]
    /// The types some intent lists. The others ("what", "why") constrain
    /// nothing; they mark where the question is asked, so a later "when"
    /// ("what happens when I get it done") is not taken for its type.
    private let constraining: Set<Int>
    /// Whether the term dates a question ("after", "before") rather than
    /// names its subject, by term number.
    private let isAnchor: [Bool]
    /// Whether the term opens a clause that sets the scene when a question
    /// word follows it ("when the dots fade, what should I do"), by term number.
    private let setsScene: [Bool]

    init(knowledge: KnowledgeBase, analyzer: TermAnalyzer) {
        func terms(_ text: String) -> [Int32] {
            analyzer.analyze(tokens: Tokenizer.tokens(text), correctSpelling: false).ids
        }
        typeNames = knowledge.lexicon.questionTypes.map(\.name)
        let termCount = analyzer.termNames.count
        termNames = analyzer.termNames
        var phrases = [[Phrase]](repeating: [], count: termCount)
        for (type, questionType) in knowledge.lexicon.questionTypes.enumerated() {
            for text in questionType.phrases {
                let atStart = text.hasPrefix("^")
                let ids = terms(atStart ? String(text.dropFirst()) : text)
                // A word no example uses has no number to find in a question.
                guard let first = ids.first, !ids.contains(-1) else { continue }
                phrases[Int(first)].append(Phrase(rest: Array(ids.dropFirst()), type: type, atStart: atStart))
            }
        }
        // Longest first: "how many hours" is a duration before "how many" is a count.
        phrasesByFirst = phrases.map { $0.sorted { $0.rest.count > $1.rest.count } }

        let typeNumber = Dictionary(typeNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        answers = knowledge.intents.map { intent in
            intent.answers.map { Set($0.compactMap { typeNumber[$0] }) }
        }
        about = knowledge.intents.map { intent in Set(intent.about.flatMap(terms).filter { $0 >= 0 }) }
        excludes = knowledge.intents.map { intent in Set(intent.excludes.flatMap(terms).filter { $0 >= 0 }) }
        identity = knowledge.intents.map { intent in Set(intent.identity.flatMap(terms).filter { $0 >= 0 }) }
        needs = knowledge.intents.map { intent in Set(intent.needs.flatMap(terms).filter { $0 >= 0 }) }
        var isSubject = [Bool](repeating: false, count: termCount)
        for terms in about { for term in terms { isSubject[Int(term)] = true } }
        self.isSubject = isSubject
        var uncovered = [String?](repeating: nil, count: termCount)
        for word in knowledge.outOfScope.subjects {
            for term in terms(word) where term >= 0 { uncovered[Int(term)] = word }
        }
        self.uncovered = uncovered
        checksSubjects = uncovered.contains { $0 != nil } || excludes.contains { !$0.isEmpty }
        constraining = answers.reduce(into: Set<Int>()) { $0.formUnion($1 ?? []) }
        var isAnchor = [Bool](repeating: false, count: termCount)
        for term in ["after", "before", "scalp", "head"].flatMap(terms) where term >= 0 { isAnchor[Int(term)] = true }
        self.isAnchor = isAnchor
        var setsScene = [Bool](repeating: false, count: termCount)
        for term in terms("when") where term >= 0 { setsScene[Int(term)] = true }
        self.setsScene = setsScene
        isEmpty = !phrases.contains { !$0.isEmpty } || answers.allSatisfy { $0 == nil }
    }

    /// Whether any intent declares what it answers: else there is nothing to check.
    let isEmpty: Bool
    private let checksSubjects: Bool

    /// The intent about SMP itself, the one that declares `identity:`, if any.
    var identityIntent: Int? { identity.firstIndex { !$0.isEmpty } }

    /// Whether `ids` name at least two terms, and only terms of `intent`'s
    /// `identity:` or `ignored` ones: "so it's dots of ink that look like a
    /// buzz cut" names only what SMP itself is.
    func namesOnlyIdentity(_ ids: [Int32], for intent: Int, ignoring ignored: Set<Int32>) -> Bool {
        var named = 0
        for term in ids where term >= 0 && !ignored.contains(term) {
            guard identity[intent].contains(term) else { return false }
            named += 1
        }
        return named >= 2
    }

    /// How many of `ids` are terms of `intent`'s `identity:`.
    func identityTermCount(_ ids: [Int32], for intent: Int) -> Int {
        ids.reduce(0) { $0 + ($1 >= 0 && identity[intent].contains($1) ? 1 : 0) }
    }

    /// Whether `ids` name a term `intent` excludes ("SMP 3D" for what SMP is).
    func excludesAny(of ids: some Sequence<Int32>, for intent: Int) -> Bool {
        ids.contains { $0 >= 0 && excludes[intent].contains($0) }
    }

    /// The first thing `ids` name that the guide does not cover and `intent`
    /// is not about ("does smp work on dark skin": skin type), or that
    /// `intent` excludes ("how many sessions does a touch-up take"), if any.
    func uncoveredSubject(in ids: [Int32], for intent: Int) -> String? {
        guard checksSubjects else { return nil }
        for term in ids where term >= 0 {
            if let name = uncovered[Int(term)], !about[intent].contains(term) { return name }
            if excludes[intent].contains(term) { return termNames[Int(term)] }
        }
        return nil
    }

    /// Whether `ids` ask a question type, other than those named in
    /// `except`, and name no subject of any intent: "for how long roughly"
    /// asks about what was said before it.
    func asksOnlyAType(_ ids: [Int32], except: Set<String> = []) -> Bool {
        guard !isEmpty, let aspect = aspect(of: ids), !except.contains(typeNames[aspect.type]) else { return false }
        return !ids.contains { $0 >= 0 && isSubject[Int($0)] }
    }

    /// Whether `ids` name something `intent` is about, or it declares nothing.
    func namesAbout(_ ids: [Int32], for intent: Int) -> Bool {
        about[intent].isEmpty || ids.contains { about[intent].contains($0) }
    }

    /// Whether `intent` needs no term named.
    func needsNothing(_ intent: Int) -> Bool { needs[intent].isEmpty }

    /// Whether `ids` name one of the terms `intent` needs, or it needs none.
    func namesNeeded(in ids: [Int32], for intent: Int) -> Bool {
        needs[intent].isEmpty || ids.contains { needs[intent].contains($0) }
    }

    /// The first question type `ids` ask, with the subjects it names; nil
    /// when the question asks none of the known types.
    func aspect(of ids: [Int32]) -> Aspect? {
        for start in ids.indices where ids[start] >= 0 {
            let candidates = phrasesByFirst[Int(ids[start])]
            for phrase in candidates
            where start + phrase.rest.count < ids.count && (!phrase.atStart || start == 0) {
                guard phrase.rest.indices.allSatisfy({ ids[start + 1 + $0] == phrase.rest[$0] }) else { continue }
                let end = start + 1 + phrase.rest.count
                // "when it starts to fade, what should I do": the later
                // question word asks; the "when" only says when it applies.
                if setsScene[Int(ids[start])] && asksLater(ids, from: end) { break }
                guard constraining.contains(phrase.type) else { return nil }
                // The first subject after the phrase is what is asked about
                // ("how many dots go into one session": dots). With none after
                // it, the question is about what came before, any of it ("will
                // my head look red after the session, and for how long": red).
                let subject = { (term: Int32) in term >= 0 && isSubject[Int(term)] }
                let before = ids[..<start].filter(subject)
                if let head = ids[end...].first(where: subject) {
                    // "how soon after the treatment can I wash my hair": what
                    // follows "after" dates the question; any subject may be it.
                    if isAnchor[Int(head)] {
                        return Aspect(type: phrase.type, subjects: ids[end...].filter(subject), before: before)
                    }
                    return Aspect(type: phrase.type, subjects: [head], before: before)
                }
                return Aspect(type: phrase.type, subjects: before)
            }
        }
        return nil
    }

    /// Whether a question type's phrase begins at or after `start`.
    private func asksLater(_ ids: [Int32], from start: Int) -> Bool {
        ids[start...].contains { $0 >= 0 && !phrasesByFirst[Int($0)].isEmpty && !setsScene[Int($0)] }
    }

    /// Whether `intent` answers a question with this aspect.
    func allows(_ intent: Int, _ aspect: Aspect) -> Bool {
        guard let types = answers[intent] else { return true }
        guard types.contains(aspect.type) else { return false }
        let topics = about[intent]
        return topics.isEmpty || aspect.subjects.isEmpty || aspect.subjects.contains { topics.contains($0) }
            || aspect.before.contains { topics.contains($0) }
    }
}
