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
        let bytes = line.utf8
        var clauses: [Substring] = []
        var clauseStart = bytes.startIndex
        // Words of the current clause.
        var words: [(start: String.Index, end: String.Index)] = []
        var wordStart: String.Index?
        var index = bytes.startIndex

        func endWord(at end: String.Index) {
            guard let start = wordStart else { return }
            wordStart = nil
            words.append((start, end))
        }

        func endClause(at end: String.Index) {
            endWord(at: end)
            var start = clauseStart
            if words.count >= 2 * minimumWords + 1 {
                for position in minimumWords..<(words.count - minimumWords) {
                    guard isWord(words[position], in: joiners), isWord(words[position + 1], in: openers),
                        words[position].start > start
                    else { continue }
                    clauses.append(line[start..<words[position].start])
                    start = words[position].end
                }
            }
            clauses.append(line[start..<end])
            words.removeAll(keepingCapacity: true)
        }

        /// Whether the word, ignoring case, is one of `list`.
        func isWord(_ word: (start: String.Index, end: String.Index), in list: [[UInt8]]) -> Bool {
            let text = bytes[word.start..<word.end]
            return list.contains { candidate in
                candidate.count == text.count && zip(candidate, text).allSatisfy { $0 == ($1 | 0x20) }
            }
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "\n"):
                endClause(at: index)
                clauseStart = bytes.index(after: index)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "'"), 0x80...:
                if wordStart == nil { wordStart = index }
            default:
                endWord(at: index)
            }
            index = bytes.index(after: index)
        }
        endClause(at: bytes.endIndex)
        return clauses.filter { $0.utf8.contains { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || $0 >= 0x80 } }
    }
}
