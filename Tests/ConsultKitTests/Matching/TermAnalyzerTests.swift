import Foundation
import Testing

@testable import ConsultKit

/// From text to the terms the matcher compares, with the fixture lexicon
/// (smp ← scalp micropigmentation, hair tattoo; session ← appointment,
/// sitting; a few stop words) and a vocabulary written here.
@Suite struct TermAnalyzerTests {
    static let vocabulary = [
        "how": 4, "long": 3, "last": 3, "many": 2, "sessions": 3, "need": 1, "permanent": 2, "fade": 2,
        "result": 1, "smp": 3, "pigment": 1,
    ]
    let analyzer = TermAnalyzer(
        lexicon: Mini.knowledge.lexicon, vocabulary: Self.vocabulary,
        otherText: ["A lash line is not part of the result."])

    func terms(_ text: String) -> [String] { analyzer.analyze(text).terms }

    /// Words written with a capital inside a sentence are names, which
    /// spelling correction leaves alone; the first word of a sentence, "I"
    /// and a word in capitals are not ("SMP", "Leeds. Riazor" after a full
    /// stop). A misspelt word written so stays as it is.
    @Test func namesAreWordsCapitalisedInsideASentence() {
        let names = TermAnalyzer.names(in: "I swim at Riazor every day. Leeds is far, is SMP ok in Vigo?")
        #expect(names == ["riazor", "vigo"])
        #expect(terms("will my pigmnet fade") != terms("will my Pigmnet fade"))
        #expect(terms("will my pigmnet fade") == terms("will my pigment fade"))
    }

    @Test func caseAndPunctuationAndStopWordsDoNotCount() {
        #expect(terms("How many SESSIONS do I need?!") == terms("how many sessions need"))
        #expect(terms("the") == [])
        #expect(!terms("does it fade").contains("it") && !terms("does it fade").contains("does"))
    }

    /// A question's dates and measures ("22 months", "the 15th", "2018",
    /// "Saturday 14 June") are the writer's own case and no terms; a bare
    /// number may be an age and stays, a month alone ("in June") stays, and
    /// so does every number or date of an example.
    @Test func datesAndMeasuresAreNoTerms() {
        let analyzer = TermAnalyzer(
            lexicon: Mini.knowledge.lexicon, vocabulary: ["22": 1, "months": 2, "17": 1, "fade": 2, "june": 1],
            otherText: [])
        func terms(_ text: String, keeping: Bool = false) -> [String] {
            analyzer.analyze(tokens: Tokenizer.tokens(text), keepingMeasures: keeping).terms
        }
        #expect(terms("faded after 22 months") == terms("faded after months"))
        #expect(terms("faded the 15th 2018") == terms("faded"))
        #expect(terms("I'm 17").contains("17"))
        #expect(terms("faded after 22 months", keeping: true).contains("22"))
        #expect(terms("faded Saturday 14 June") == terms("faded"))
        #expect(terms("faded 3 March 2025") == terms("faded"))
        #expect(terms("faded in June").contains("june"))
        #expect(terms("faded 6 sessions").contains("6"))
        #expect(terms("faded on 14 June", keeping: true).contains("june"))
    }

    @Test func inflectionsShareAStem() {
        #expect(terms("fading results") == terms("fade result"))
        #expect(terms("pigments") == terms("pigment"))
    }

    /// "Much" before a plural counts ("how much sessions" is "how many
    /// sessions"); before a verb ("how much does it cost"), or a mass noun,
    /// it stays.
    @Test func muchBeforeAPluralCounts() {
        #expect(terms("how much sessions") == terms("how many sessions"))
        #expect(terms("how much times") != terms("how much time"))
        #expect(!terms("how much does it cost").contains("mani"))
        #expect(!terms("how much pigment").contains("mani"))
    }

    /// A letter held down ("lasttt", "neeeed") stretches the word it
    /// belongs to; a word's own double letters stay.
    @Test func aHeldDownLetterIsTheWordItStretches() {
        #expect(terms("how long will it lasttt") == terms("how long will it last"))
        #expect(terms("neeeed") == terms("need"))
        #expect(terms("fadeee") == terms("fade"))
    }

    @Test func distinctTermsInOrderOfFirstUse() {
        #expect(terms("fade last fade fade last") == terms("fade last"))
        #expect(terms("fade last").count == 2)
        #expect(terms("last fade") == terms("fade last").reversed())
    }

    /// "Actually" inside "what do they do" leaves the phrase whole; "then",
    /// a stop word but no filler, breaks it.
    @Test func aFillerInsideAPhraseDoesNotBreakIt() {
        let here = FileLocation(file: "test", line: 0)
        let lexicon = Lexicon(
            synonyms: [.init(term: "procedure", variants: ["what do they do"], location: here)],
            stopwords: ["what", "do", "they", "actually", "then"], fillers: ["actually"])
        let analyzer = TermAnalyzer(lexicon: lexicon, vocabulary: ["procedure": 2], otherText: [])
        #expect(analyzer.analyze("what do they actually do").terms == ["procedure"])
        #expect(analyzer.analyze("what do they then do").terms == [])
        // Fillers after a phrase are not part of it.
        #expect(analyzer.analyze("what do they do actually").terms == ["procedure"])
    }

    /// A phrase folded into a stop word asks nothing and is dropped; a stop
    /// word that is also a synonym ("ok" for "thanks") drops no phrase of
    /// its term.
    @Test func aPhraseFoldedIntoAStopWordIsDropped() {
        let here = FileLocation(file: "test", line: 0)
        let lexicon = Lexicon(
            synonyms: [
                .init(term: "anyway", variants: ["quick question"], location: here),
                .init(term: "thanks", variants: ["ok", "much appreciated"], location: here),
            ],
            stopwords: ["anyway", "ok"])
        let analyzer = TermAnalyzer(lexicon: lexicon, vocabulary: ["fade": 2, "thanks": 2], otherText: [])
        #expect(analyzer.analyze("quick question fade").terms == ["fade"])
        #expect(analyzer.analyze("much appreciated").terms == ["thanks"])
    }

    /// A word that shares only a stem with a variant, through an ending that
    /// changes its sense, is not that variant ("finally" is not "final",
    /// "reasonable" not "reason"), whether the examples use the word or not;
    /// inflections ("finals", "reasons") and endings the lexicon itself
    /// writes ("naturally") still fold.
    @Test func aSenseChangingEndingDoesNotFoldIntoAVariant() {
        let here = FileLocation(file: "test", line: 0)
        let lexicon = Lexicon(
            synonyms: [
                .init(term: "finish", variants: ["final"], location: here),
                .init(term: "why", variants: ["reason"], location: here),
                .init(term: "natural", variants: ["naturally"], location: here),
            ],
            stopwords: [])
        let analyzer = TermAnalyzer(
            lexicon: lexicon, vocabulary: ["finally": 1, "last": 2, "natural": 1], otherText: [])
        func terms(_ text: String) -> [String] { analyzer.analyze(text).terms }
        #expect(terms("final") == ["finish"])
        #expect(terms("finals") == ["finish"])
        #expect(!terms("finally").contains("finish"))
        #expect(terms("reasons") == ["why"])
        #expect(!terms("reasonable").contains("why"))
        #expect(!terms("reasonably").contains("why"))
        #expect(terms("naturally") == ["natural"])
        #expect(TermAnalyzer.derivationalEnding("finally") == "ly")
        #expect(TermAnalyzer.derivationalEnding("complications") == "ion")
        #expect(TermAnalyzer.derivationalEnding("sessions") == "ion")
        #expect(TermAnalyzer.derivationalEnding("fading") == "")
    }

    /// A word the lexicon lists is its own group's term, though another
    /// group's variant shares its stem: "microneedling" (a treatment of its
    /// own) is not "microneedles" (SMP's needles).
    @Test func aListedVariantIsItsOwnGroupsTermWhateverItsStem() {
        let here = FileLocation(file: "test", line: 0)
        let lexicon = Lexicon(
            synonyms: [
                .init(term: "hairproduct", variants: ["microneedling"], location: here),
                .init(term: "needle", variants: ["microneedles"], location: here),
            ],
            stopwords: [])
        let analyzer = TermAnalyzer(lexicon: lexicon, vocabulary: ["needle": 2], otherText: [])
        #expect(analyzer.analyze("microneedling").terms == ["hairproduct"])
        #expect(analyzer.analyze("microneedles").terms == ["needle"])
    }

    @Test func aFillerMustBeAStopWord() throws {
        let folder = try Fixtures.copy("mini-intents")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("lexicon.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text + "fillers: [the, session]\n").write(to: url, atomically: true, encoding: .utf8)
        let (knowledge, diagnostics) = KnowledgeBase.parse(try .folder(folder.path))
        #expect(diagnostics.map(\.description).contains { $0.contains("filler 'session' is not a stop word") })
        #expect(knowledge?.lexicon.fillers == ["the"])
    }

    @Test func synonymsBecomeTheirTerm() {
        #expect(terms("how many appointments") == terms("how many sessions"))
        #expect(terms("how many sittings") == terms("how many sessions"))
        let steps = analyzer.analyze("how many appointments", explain: true).steps
        #expect(steps.contains { $0.kind == .synonym && $0.from == "appointments" })
    }

    @Test func aSynonymPhraseBecomesOneTerm() {
        #expect(terms("is a hair tattoo permanent") == terms("is smp permanent"))
        #expect(terms("scalp micropigmentation") == ["smp"])
        let steps = analyzer.analyze("hair tattoo", explain: true).steps
        #expect(steps == [TermAnalyzer.Step(kind: .synonym, from: "hair tattoo", to: "smp")])
        // Half a phrase is just its words.
        #expect(!terms("hair colour").contains("smp"))
    }

    @Test func misspeltWordsAreCorrectedToTheVocabulary() {
        #expect(terms("how lond does smp laast") == terms("how long does smp last"))
        #expect(terms("is it permenant") == terms("is it permanent"))
        let steps = analyzer.analyze("is it permenant", explain: true).steps
        #expect(steps == [TermAnalyzer.Step(kind: .spelling, from: "permenant", to: "permanent")])
        // Reasons are collected only when asked for.
        #expect(analyzer.analyze("is it permenant").steps.isEmpty)
    }

    @Test func realWordsShortWordsAndNumbersAreNotCorrected() {
        // "lash" is one edit from "last", but the knowledge base's own text uses it.
        #expect(terms("lash") == [PorterStemmer.stem("lash")])
        #expect(analyzer.analyze("lash", explain: true).steps.isEmpty)
        // Three letters are too few to guess from.
        #expect(terms("lng") == ["lng"])
        #expect(terms("l0ng") != terms("long"))
    }

    @Test func unknownWordsStayAndHaveNoNumber() {
        let analysis = analyzer.analyze("zebra fade")
        #expect(analysis.terms == ["zebra", terms("fade")[0]])
        #expect(analysis.ids[0] == -1 && analysis.ids[1] >= 0)
        // Known terms' numbers name them.
        for (id, term) in zip(analysis.ids, analysis.terms) where id >= 0 {
            #expect(analyzer.termNames[Int(id)] == term)
        }
    }

    @Test func withoutSpellingCorrectionUnknownWordsStayAsTyped() {
        let analysis = analyzer.analyze(tokens: Tokenizer.tokens("permenant"), correctSpelling: false)
        #expect(analysis.ids == [-1])
        #expect(analysis.terms == [PorterStemmer.stem("permenant")])
    }

    @Test func manyThreadsAtOnceGetTheSameTerms() {
        let questions = ["how lond does it lsat", "permenant?", "hair tattoo fadeing", "sesions needd", "zebra"]
        let expected = questions.map {
            TermAnalyzer(
                lexicon: Mini.knowledge.lexicon, vocabulary: Self.vocabulary, otherText: []
            ).analyze($0).terms
        }
        let shared = TermAnalyzer(lexicon: Mini.knowledge.lexicon, vocabulary: Self.vocabulary, otherText: [])
        let results = Results(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, shared.analyze(questions[index % questions.count]).terms)
        }
        for index in 0..<64 { #expect(results.get(index) == expected[index % questions.count]) }
    }
}

/// Slots written from many threads, read after they are done.
private final class Results: @unchecked Sendable {
    private var slots: [[String]]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [String]) { lock.withLock { slots[index] = value } }
    func get(_ index: Int) -> [String] { lock.withLock { slots[index] } }
}
