import Foundation

/// Splits free text into lowercase word tokens.
///
/// Case and diacritics are folded ("Café" → "cafe"), contractions are opened
/// ("isn't" → "is not", "what's" → "what is"), and everything that is not a
/// letter or digit separates words, so any input — control characters, NUL
/// bytes, emoji — yields tokens and never fails.
public enum Tokenizer {
    /// Longest word kept; longer runs are cut (a 10 MB "word" is noise, not a term).
    public static let maximumWordLength = 40

    public static func tokens(_ text: some StringProtocol) -> [String] {
        var builder = Builder()
        // Most text is ASCII: walk its bytes, and decode scalars only when needed.
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            for byte in bytes { builder.add(ascii: byte) }
            return true
        }
        if ascii != true {
            builder = Builder()
            for scalar in text.unicodeScalars { builder.add(scalar) }
        }
        builder.flush()
        var tokens = builder.tokens
        // "Me hair", "ma heid": dialect's "my" before what one has, so that
        // "losing me hair" reads as "losing my hair".
        // Two bytes and an "m" first: most tokens are passed by unhashed.
        for index in tokens.indices.dropLast()
        where tokens[index].utf8.count == 2 && tokens[index].utf8.first == UInt8(ascii: "m") {
            if dialectMy.contains(tokens[index]), possessions.contains(tokens[index + 1]) { tokens[index] = "my" }
        }
        return tokens
    }

    private static let dialectMy: Set<String> = ["me", "ma", "mi"]
    /// What one has that dialect may say "me" or "ma" of.
    private static let possessions: Set<String> = [
        "hair", "head", "heid", "scalp", "crown", "hairline", "skin", "forehead", "temples", "wife", "missus",
        "husband", "lad", "lass", "dad", "da", "mam", "mum", "maw", "brother", "sister", "son", "daughter",
        "cousin", "mate", "pal", "boss", "family", "uncle", "auntie", "nan", "grandad", "bairn", "kids", "barber",
        "doctor",
    ]

    /// Collects words character by character.
    private struct Builder {
        var tokens: [String] = []
        var word: [UInt8] = []
        var apostrophe = false
        /// The word began right after an apostrophe: perhaps a dropped "h"
        /// ("'ow", "'air").
        var afterApostrophe = false

        init() {
            tokens.reserveCapacity(16)
            word.reserveCapacity(32)
        }

        mutating func flush() {
            if !word.isEmpty {
                appendWord(afterApostrophe ? Tokenizer.restoringDroppedLetters(word) : word, to: &tokens)
                word.removeAll(keepingCapacity: true)
            }
            apostrophe = false
            afterApostrophe = false
        }

        mutating func add(ascii byte: UInt8) {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if word.count < maximumWordLength { word.append(byte | 0x20) }
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if word.count < maximumWordLength { word.append(byte) }
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                addApostrophe()
            default:
                flush()
            }
        }

        mutating func add(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                add(ascii: UInt8(value))
            } else if value == 0x2019 || value == 0x2018 || value == 0x02BC {
                addApostrophe()
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for folded in fold(scalar) where word.count < maximumWordLength {
                    word.append(contentsOf: folded.utf8)
                }
            } else if scalar.properties.generalCategory != .nonspacingMark {
                flush()
            }
        }

        private mutating func addApostrophe() {
            if !word.isEmpty && !apostrophe {
                word.append(UInt8(ascii: "'"))
                apostrophe = true
            } else {
                let starts = word.isEmpty
                flush()
                afterApostrophe = starts
            }
        }
    }

    /// A letter without its accents, lowercased: "É" → "e", "ß" → "ss".
    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar.value {
        case 0xDF: return ["s", "s"]
        case 0xE6, 0xC6: return ["a", "e"]
        case 0x153, 0x152: return ["o", "e"]
        case 0xF8, 0xD8: return ["o"]
        case 0x131: return ["i"]
        default: break
        }
        let decomposed = String(scalar).lowercased().decomposedStringWithCanonicalMapping
        return decomposed.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
    }

    /// A word that began with an apostrophe, where a speaker dropped an "h"
    /// ("'ow", "'air's"): the "h" put back where that makes an English word,
    /// else the word as typed.
    private static func restoringDroppedLetters(_ word: [UInt8]) -> [UInt8] {
        let letters = word.prefix { $0 != UInt8(ascii: "'") }
        guard let first = letters.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) else { return word }
        let restored = [UInt8(ascii: "h")] + letters
        // "'em" is "them", not "hem".
        let text = String(decoding: restored, as: UTF8.self)
        guard !letters.elementsEqual("em".utf8), shortHWords.contains(text) || EnglishWords.contains(text) else {
            return word
        }
        return restored + word[letters.endIndex...]
    }

    /// Words under four letters (which `EnglishWords` leaves out) that a
    /// dropped "h" leaves ("'ow", "'e", "'is").
    private static let shortHWords: Set<String> = ["how", "he", "him", "his", "her", "had", "has", "hot", "hit"]

    /// "Mornin'", "comin'": a final "g" dropped and marked.
    private static func restoringDroppedG(_ word: [UInt8]) -> [UInt8] {
        guard word.count > 4, word.last == UInt8(ascii: "'"),
            word[word.count - 2] == UInt8(ascii: "n"), word[word.count - 3] == UInt8(ascii: "i")
        else { return word }
        let restored = word.dropLast() + [UInt8(ascii: "g")]
        return EnglishWords.contains(String(decoding: restored, as: UTF8.self)) ? Array(restored) : word
    }

    private static func appendWord(_ word: [UInt8], to tokens: inout [String]) {
        var word = restoringDroppedG(word)[...]
        while word.last == UInt8(ascii: "'") { word.removeLast() }
        guard let quote = word.firstIndex(of: UInt8(ascii: "'")) else {
            appendPlain(word, to: &tokens)
            return
        }
        let head = word[..<quote]
        let tail = String(decoding: word[(quote + 1)...], as: UTF8.self)
        if tail == "t" && head.last == UInt8(ascii: "n") {
            // isn't, don't, can't, won't
            let base = String(decoding: head.dropLast(), as: UTF8.self)
            tokens.append(negatedBases[base] ?? base)
            tokens.append("not")
        } else if let expansion = apostropheEndings[tail] {
            appendPlain(head, to: &tokens)
            tokens.append(expansion)
        } else {
            // o'clock, widow's-peak-like compounds: keep the letters together.
            appendPlain(word.filter { $0 != UInt8(ascii: "'") }[...], to: &tokens)
        }
    }

    /// What the ending after an apostrophe stands for ("it's", "you're", "I'd").
    private static let apostropheEndings = [
        "s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am",
    ]

    private static func appendPlain(_ word: ArraySlice<UInt8>, to tokens: inout [String]) {
        guard !word.isEmpty else { return }
        let text = String(decoding: word, as: UTF8.self)
        // Only short words ending like a contraction can be one: most words
        // skip the table lookup.
        if word.count <= 8, let last = word.last, contractionEndings.contains(last),
            let expansion = unmarkedContractions[text]
        {
            tokens.append(contentsOf: expansion)
        } else {
            tokens.append(text)
        }
    }

    private static let negatedBases = ["ca": "can", "wo": "will", "sha": "shall", "ai": "is"]

    private static let contractionEndings: Set<UInt8> = Set(
        unmarkedContractions.keys.compactMap { $0.utf8.last })

    /// Contractions typed without the apostrophe, common in chat.
    private static let unmarkedContractions: [String: [String]] = [
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
        "isnt": ["is", "not"], "arent": ["are", "not"], "wasnt": ["was", "not"],
        "cant": ["can", "not"], "wont": ["will", "not"], "wouldnt": ["would", "not"],
        "shouldnt": ["should", "not"], "couldnt": ["could", "not"], "havent": ["have", "not"],
        "hasnt": ["has", "not"], "whats": ["what", "is"], "hows": ["how", "is"],
        "whys": ["why", "is"], "thats": ["that", "is"], "im": ["i", "am"], "ive": ["i", "have"],
        "youre": ["you", "are"], "theyre": ["they", "are"], "itll": ["it", "will"],
    ]
}
