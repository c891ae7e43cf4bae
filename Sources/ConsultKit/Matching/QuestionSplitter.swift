/// Finds the clauses of a line that may ask several things at once:
/// "How long does it last and is it safe?" → "How long does it last", "is it safe".
public enum QuestionSplitter {
    /// Words that open a new question after "and", "also", "or" or "plus".
    private static let openers: Set<String> = [
        "how", "what", "whats", "why", "when", "where", "which", "who", "whom",
        "is", "are", "was", "does", "do", "did", "can", "could", "will", "would",
        "should", "shall", "may", "might", "must", "has", "have", "am",
    ]
    private static let joiners: Set<String> = ["and", "also", "or", "plus", "but"]

    public static func clauses(of line: String) -> [Substring] {
        var clauses: [Substring] = []
        for sentence in line.split(whereSeparator: { "?!;.\n".contains($0) }) {
            clauses.append(contentsOf: splitOnJoiners(sentence))
        }
        return clauses.filter { $0.contains(where: \.isLetter) }
    }

    private static func splitOnJoiners(_ sentence: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = sentence.startIndex
        var words: [(range: Range<Substring.Index>, word: String)] = []
        var index = sentence.startIndex
        while index < sentence.endIndex {
            guard sentence[index].isLetter else {
                index = sentence.index(after: index)
                continue
            }
            let wordStart = index
            while index < sentence.endIndex, sentence[index].isLetter || sentence[index] == "'" {
                index = sentence.index(after: index)
            }
            words.append((wordStart..<index, sentence[wordStart..<index].lowercased()))
        }
        for position in words.indices.dropLast() where joiners.contains(words[position].word) {
            let next = words[position + 1].word
            let opener = openers.contains(next) || next.hasSuffix("'s") && openers.contains(String(next.dropLast(2)))
            // Need a few words on each side, or "black and white" would split.
            guard opener, position >= 2, words.count - position >= 3 else { continue }
            let cut = words[position].range
            if cut.lowerBound > start {
                result.append(sentence[start..<cut.lowerBound])
                start = cut.upperBound
            }
        }
        result.append(sentence[start...])
        return result
    }
}
