import Testing

@testable import ConsultKit

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("How long does SMP last?", ["how", "long", "does", "smp", "last"]),
        ("Isn't it just a TATTOO", ["is", "not", "it", "just", "a", "tattoo"]),
        ("what's the colour", ["what", "is", "the", "colour"]),
        ("I’ve gone grey", ["i", "have", "gone", "grey"]),
        ("whats smp n what does it do", ["what", "is", "smp", "n", "what", "does", "it", "do"]),
        ("Café naïve façade", ["cafe", "naive", "facade"]),
        ("can't won't", ["can", "not", "will", "not"]),
        ("3-5 sessions!!", ["3", "5", "sessions"]),
        ("tab\there\u{0}nul", ["tab", "here", "nul"]),
        ("Straße", ["strasse"]),
        ("", []),
        ("?!...", []),
        // Dialect's "my" before what one has, not "me" as an object.
        ("losing me hair", ["losing", "my", "hair"]),
        ("ma heid", ["my", "heid"]),
        ("tell me how", ["tell", "me", "how"]),
    ])
    func splitsFoldsAndOpensContractions(text: String, expected: [String]) {
        #expect(Tokenizer.tokens(text) == expected)
    }

    @Test func cutsRunawayWords() {
        let long = String(repeating: "a", count: 10_000)
        #expect(Tokenizer.tokens(long + " b") == [String(repeating: "a", count: Tokenizer.maximumWordLength), "b"])
    }
}

@Suite struct PorterStemmerTests {
    // Reference pairs from Porter's published vocabulary/output lists.
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("cats", "cat"),
        ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("motoring", "motor"),
        ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"),
        ("hopping", "hop"), ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"),
        ("fizzed", "fizz"), ("failing", "fail"), ("filing", "file"), ("happy", "happi"),
        ("relational", "relat"), ("conditional", "condit"), ("rational", "ration"),
        ("digitizer", "digit"), ("operator", "oper"), ("generalization", "gener"),
        ("hopefulness", "hope"), ("sensitiviti", "sensit"), ("electrical", "electr"),
        ("adjustment", "adjust"), ("adoption", "adopt"), ("controlling", "control"),
        ("roll", "roll"), ("sessions", "session"), ("session", "session"),
        ("balding", "bald"), ("baldness", "bald"), ("pigmentation", "pigment"),
        ("is", "is"), ("naïve", "naïve"),
    ])
    func stemsLikeTheReference(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }
}

@Suite struct SpellingTests {
    @Test(arguments: [
        ("lond", 1), ("teh", 1), ("abc", 0), ("acb", 1), ("sesions", 1), ("", 0),
    ])
    func distanceToItsTarget(word: String, expected: Int) {
        let targets = ["lond": "long", "teh": "the", "abc": "abc", "acb": "abc", "sesions": "sessions", "": ""]
        #expect(EditDistance.distance(Array(word.utf8), Array(targets[word]!.utf8), limit: 3) == expected)
    }

    @Test func distanceBeyondTheLimitIsNil() {
        #expect(EditDistance.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 2) == nil)
        #expect(EditDistance.distance(Array("kitten".utf8), Array("sitting".utf8), limit: 3) == 3)
    }

    @Test func correctsTowardsTheVocabulary() {
        let corrector = SpellingCorrector(frequencies: [
            "long": 5, "last": 4, "sessions": 3, "micropigmentation": 2, "lost": 1,
        ])
        #expect(corrector.correction(for: "lond") == "long")
        #expect(corrector.correction(for: "sesions") == "sessions")
        #expect(corrector.correction(for: "micropigmantation") == "micropigmentation")
        #expect(corrector.correction(for: "xyz") == nil)
        #expect(corrector.correction(for: "zzzzzzzz") == nil)
    }

    /// A word longer than any kept, as typed or respelt as it sounds
    /// ("shun" as "ssion"), has no correction: it is not looked up past the
    /// longest words (the code before this test stopped on it).
    @Test func aWordLongerThanAnyKeptHasNoCorrection() {
        let corrector = SpellingCorrector(frequencies: ["session": 3, "long": 1])
        #expect(corrector.correction(for: String(repeating: "shun", count: 10)) == nil)
        #expect(corrector.correction(for: String(repeating: "x", count: Tokenizer.maximumWordLength + 5)) == nil)
        let line = "is smp " + String(repeating: "shun", count: 12)
        #expect(Bundled.answerer.answer(line).parts.count == 1)
    }

    /// A short word may have lost or gained a letter: "tuch" is "touch".
    @Test func correctsShortWordsMissingALetter() {
        let corrector = SpellingCorrector(frequencies: ["touch": 3, "such": 2, "every": 1])
        #expect(corrector.correction(for: "tuch") == "touch")
        #expect(corrector.correction(for: "evry") == "every")
        #expect(corrector.correction(for: "tch") == nil)
    }

    /// Between words as close, one the typed word lacks a letter of wins
    /// over a more frequent one it has a wrong letter of.
    @Test func aDroppedLetterIsLikelierThanAWrongOne() {
        let corrector = SpellingCorrector(frequencies: ["with": 90, "worth": 2, "many": 50, "money": 3])
        #expect(corrector.correction(for: "wrth") == "worth")
        #expect(corrector.correction(for: "mony") == "money")
        // With no letter dropped, the more frequent still wins.
        #expect(corrector.correction(for: "wuth") == "with")
    }

    /// A last "a" read as "er" must make a known word as it stands: "praha"
    /// respelt is "praher", one slip from "prayer", and names a city.
    @Test func aRespeltWordMustBeKnownAsItStands() {
        let corrector = SpellingCorrector(frequencies: ["prayer": 3, "after": 9])
        #expect(corrector.correction(for: "afta") == "after")
        #expect(corrector.correction(for: "praha") == nil)
    }

    /// A word spelt as it sounds is read as the word it sounds like.
    @Test func correctsWordsSpeltAsTheySound() {
        let corrector = SpellingCorrector(frequencies: ["consultation": 3, "session": 2, "sessions": 1])
        #expect(corrector.correction(for: "consultashun") == "consultation")
        #expect(corrector.correction(for: "seshuns") == "sessions")
        #expect(corrector.correction(for: "seshon") == "session")
        #expect(corrector.correction(for: "fashun") == nil)
    }

    /// Other sounds written as heard: "ee" for "ea", "z" for "s", "ur" for
    /// "or", a last "a" for "er"; one at a time or all together.
    @Test func correctsOtherSoundsSpeltAsHeard() {
        let corrector = SpellingCorrector(frequencies: [
            "reason": 3, "visits": 2, "work": 4, "after": 9, "least": 1, "people": 5,
        ])
        #expect(corrector.correction(for: "reezon") == "reason")
        #expect(corrector.correction(for: "vizits") == "visits")
        #expect(corrector.correction(for: "afta") == "after")
        #expect(corrector.correction(for: "leest") == "least")
        #expect(corrector.correction(for: "peepul") == "people")
        // A last "a" alone is not "er": "aa" is no word.
        #expect(corrector.correction(for: "za") == nil)
    }
}

@Suite struct DroppedLetterTests {
    /// Dropped sounds marked with an apostrophe ("'ow", "'air", "goin'") are
    /// put back where that makes an English word; quoted words, "'em" and
    /// words no letter makes English stay as typed.
    @Test func droppedLettersArePutBack() {
        #expect(Tokenizer.tokens("'Ow much is it") == ["how", "much", "is", "it"])
        #expect(Tokenizer.tokens("me 'air's thin") == ["my", "hair", "is", "thin"])
        #expect(Tokenizer.tokens("how's it goin'?") == ["how", "is", "it", "going"])
        #expect(Tokenizer.tokens("have a look at 'em") == ["have", "a", "look", "at", "em"])
        #expect(Tokenizer.tokens("the word 'ink' here") == ["the", "word", "ink", "here"])
        #expect(Tokenizer.tokens("it's ' ow") == ["it", "is", "ow"])
    }
}
