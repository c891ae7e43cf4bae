import Testing

@testable import ConsultKit

/// Spelling correction fixes slips, never meaning: a real English word the
/// knowledge base does not use stays as it is.
@Suite struct RealWordSpellingTests {
    static let analyzer = TermAnalyzer(
        lexicon: Lexicon(synonyms: [], stopwords: []), vocabulary: ["still": 3, "session": 5, "finished": 2],
        otherText: [])

    @Test(arguments: [("stilll", "still"), ("sesion", "session"), ("finnished", "finished")])
    func correctsASlipTowardsAKnownWord(typed: String, known: String) {
        let steps = Self.analyzer.analyze(typed, explain: true).steps
        #expect(steps == [TermAnalyzer.Step(kind: .spelling, from: typed, to: known)])
    }

    @Test(arguments: ["skill", "vision", "furnished", "spill"])
    func leavesARealWordAlone(word: String) {
        #expect(EnglishWords.contains(word))
        #expect(Self.analyzer.analyze(word, explain: true).steps.isEmpty)
        #expect(Self.analyzer.analyze(word).ids == [-1])
    }

    /// The search in place finds the first and last words and nothing between words.
    @Test(arguments: [
        ("aardvark", true), ("zyuganov", true), ("aardvarks", true), ("aaaa", false), ("zzzz", false),
        ("zygote", true), ("zygot", false), ("abidedd", false),
    ])
    func findsWordsAtTheEdgesOfTheList(word: String, known: Bool) {
        #expect(EnglishWords.contains(word) == known)
    }

    /// Names and places are not slips: "Dave" is not "date", "Leeds" not "leads".
    @Test(arguments: ["dave", "leeds"])
    func leavesANameAlone(name: String) {
        let analyzer = TermAnalyzer(
            lexicon: Lexicon(synonyms: [], stopwords: []), vocabulary: ["date": 3, "leads": 2], otherText: [])
        #expect(EnglishWords.contains(name))
        #expect(analyzer.analyze(name, explain: true).steps.isEmpty)
    }

    @Test func knowsWordsButNotSlips() {
        #expect(EnglishWords.contains("gimmick"))
        #expect(!EnglishWords.contains("sesion"))
        #expect(!EnglishWords.contains("finnished"))
    }
}
