/// Finds the clauses of a line that may ask several things at once:
/// "How long does it last and is it safe?" → "How long does it last", "is it safe".
///
/// Splits at sentence ends (? ! ; . and newlines) and at "and", "also", "or",
/// "plus" or "but" when a question word follows and each side has a few words.
/// Works on UTF-8 bytes: every line of a batch passes through here.
public enum QuestionSplitter {
    /// Words that open a new question after a joining word.
    private static let openers: [[UInt8]] = [
        "how", "what", "whats", "why", "when", "where", "which", "who", "whom",
        "is", "are", "was", "does", "do", "did", "can", "could", "will", "would",
        "should", "shall", "may", "might", "must", "has", "have", "am",
    ].map { Array($0.utf8) }
    private static let joiners: [[UInt8]] = ["and", "also", "or", "plus", "but"].map { Array($0.utf8) }
    /// Fewest words on either side of a joining word: "black and white" stays whole.
    private static let minimumWords = 3

    public static func clauses(of line: String) -> [Substring] {
        var line = line
        guard let ranges = line.withUTF8({ mayHaveSeveralClauses($0) ? clauseRanges(in: $0) : nil }) else {
            return [line[...]]
        }
        let utf8 = line.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return line[start..<end]
        }
    }

    /// False when the line surely is one clause: no sentence end before its
    /// last few bytes and too few spaces for "x x x and how x x". Most lines.
    private static func mayHaveSeveralClauses(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only a letter after a sentence end can start another clause.
        guard let lastLetter = bytes.lastIndex(where: { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || $0 >= 0x80 })
        else { return false }
        var spaces = 0
        for index in 0..<lastLetter {
            switch bytes[index] {
            case UInt8(ascii: " "):
                spaces += 1
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "\n"):
                return true
            default:
                continue
            }
        }
        return spaces >= 2 * minimumWords
    }

    /// Byte ranges of the clauses that contain a letter.
    private static func clauseRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var words: [Range<Int>] = []
        var clauseStart = 0
        var wordStart: Int?
        var hasLetter = false

        func isWord(_ word: Range<Int>, in list: [[UInt8]]) -> Bool {
            list.contains { candidate in
                candidate.count == word.count && zip(candidate, word).allSatisfy { $0 == (bytes[$1] | 0x20) }
            }
        }

        func endWord(at end: Int) {
            if let start = wordStart { words.append(start..<end) }
            wordStart = nil
        }

        func endClause(at end: Int) {
            endWord(at: end)
            var start = clauseStart
            if words.count >= 2 * minimumWords + 1 {
                for position in minimumWords..<(words.count - minimumWords)
                where isWord(words[position], in: joiners) && isWord(words[position + 1], in: openers)
                    && words[position].lowerBound > start
                {
                    clauses.append(start..<words[position].lowerBound)
                    start = words[position].upperBound
                }
            }
            if hasLetter { clauses.append(start..<end) }
            words.removeAll(keepingCapacity: true)
            hasLetter = false
        }

        for index in 0..<bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "\n"):
                endClause(at: index)
                clauseStart = index + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...:
                hasLetter = true
                if wordStart == nil { wordStart = index }
            case UInt8(ascii: "'"):
                if wordStart == nil { wordStart = index }
            default:
                endWord(at: index)
            }
        }
        endClause(at: bytes.count)
        return clauses
    }
}
