/// The analyzer's tables in the byte format of the prebuilt matcher index.
extension TermAnalyzer {
    /// Writes the analyzer's tables (the spelling corrector is rebuilt on need).
    func encode(into writer: inout ByteWriter) {
        writer.strings(termNames)
        let words = known.sorted { $0.key < $1.key }
        writer.int(words.count)
        for (text, word) in words {
            writer.string(text)
            writer.string(word.stem)
            writer.int32(word.id)
            writer.bool(word.isStop)
            writer.bool(word.isFiller)
            writer.bool(word.startsPhrase)
        }
        let synonyms = synonymOf.sorted { $0.key < $1.key }
        writer.strings(synonyms.map(\.key))
        writer.strings(synonyms.map(\.value))
        let phrases = phrasesByFirst.sorted { $0.key < $1.key }
        writer.int(phrases.count)
        for (first, list) in phrases {
            writer.string(first)
            writer.int(list.count)
            for phrase in list {
                writer.strings(phrase.rest)
                writer.string(phrase.term)
                writer.int32(phrase.id)
            }
        }
        // The speller's words in a block of their own, decoded on first need.
        let input = spellerWords()
        var block = ByteWriter()
        let counts = input.frequencies.sorted { $0.key < $1.key }
        block.strings(counts.map(\.key))
        block.int32s(counts.map { Int32(clamping: $0.value) })
        block.strings(input.otherText)
        writer.block(block.bytes)
    }

    static func decode(from reader: inout ByteReader) throws -> TermAnalyzer {
        let termNames = try reader.strings()
        func termID(_ reader: inout ByteReader) throws -> Int32 {
            let id = try reader.int32()
            guard id >= -1, id < termNames.count else { throw ByteReader.Malformed() }
            return id
        }
        let wordCount = try reader.count(bytesEach: 8)
        var known: [String: Word] = [:]
        known.reserveCapacity(wordCount)
        for _ in 0..<wordCount {
            let text = try reader.string()
            known[text] = Word(
                stem: try reader.string(), id: try termID(&reader), isStop: try reader.bool(),
                isFiller: try reader.bool(), startsPhrase: try reader.bool())
        }
        let synonymKeys = try reader.strings()
        let synonymValues = try reader.strings()
        guard synonymKeys.count == synonymValues.count else { throw ByteReader.Malformed() }
        let synonymOf = Dictionary(zip(synonymKeys, synonymValues), uniquingKeysWith: { first, _ in first })
        var phrasesByFirst: [String: [Phrase]] = [:]
        for _ in 0..<(try reader.count(bytesEach: 8)) {
            let first = try reader.string()
            var list: [Phrase] = []
            for _ in 0..<(try reader.count(bytesEach: 8)) {
                list.append(Phrase(rest: try reader.strings(), term: try reader.string(), id: try termID(&reader)))
            }
            phrasesByFirst[first] = list
        }
        let block = try reader.block()
        return TermAnalyzer(
            termNames: termNames, known: known, synonymOf: synonymOf, phrasesByFirst: phrasesByFirst,
            spellerWords: { decodeSpellerWords(block) })
    }

    /// The speller's words from their block; damaged bytes mean no corrections
    /// rather than a crash (the rest of the index was checked when decoded).
    private static func decodeSpellerWords(_ block: [UInt8]) -> SpellerWords {
        var reader = ByteReader(block)
        guard let words = try? reader.strings(), let counts = try? reader.int32s(), words.count == counts.count,
            let otherText = try? reader.strings()
        else { return SpellerWords(frequencies: [:], otherText: []) }
        return SpellerWords(
            frequencies: Dictionary(zip(words, counts.map(Int.init)), uniquingKeysWith: { first, _ in first }),
            otherText: otherText)
    }
}
