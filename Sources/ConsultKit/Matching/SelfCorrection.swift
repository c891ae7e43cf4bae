/// Finds where a writer corrects their own question part-way ("Can smoking
/// ruin the result — no wait, I mean can smoking make me lose hair?"): what
/// follows the correction is the question, what came before it was dropped
/// by the writer and must not be answered.
///
/// Works on UTF-8 bytes, in one pass over the words: every line of a batch
/// passes through here.
public enum SelfCorrection {
    /// Phrases after which the writer starts again, whatever follows, when
    /// a mark ends them ("…forget it, I just want to book a consultation";
    /// not "the videos all skip that part").
    private static let restarts: [[[UInt8]]] = [
        "scratch that", "scrap that", "forget that", "forget it", "skip that", "ignore that", "never mind",
        "nevermind", "let me rephrase", "no wait", "wait no",
    ].map(words)

    /// Phrases that lead into what the writer really asks, mark or not.
    private static let leadIns: [[[UInt8]]] = [
        "what i meant was", "what i mean is", "what i want to know is", "what i really want to know is",
        "i meant to ask", "i mean to ask",
    ].map(words)

    /// Phrases after which the writer may start again or only narrow what
    /// they said ("How long does it take — the whole course I mean, not one
    /// sitting"): they count only when a question word or verb follows.
    private static let narrowings: [[[UInt8]]] = [
        "i mean", "i meant", "no sorry", "sorry no", "actually no", "or rather",
    ].map(words)

    /// Phrases that disclaim a question before asking another ("not asking
    /// how long smp lasts, how long does the redness last"): the question is
    /// what follows the next mark, when a question word or "about" follows
    /// the phrase (not "not asking for much").
    private static let disclaimers: [[[UInt8]]] = ["not asking"].map(words)
    private static let disclaimed: [[UInt8]] = [
        "how", "what", "whats", "what's", "why", "when", "where", "which", "who", "about", "if", "whether",
    ].map { Array($0.utf8) }

    /// Fewest words after a correction for it to hold a question of its own.
    private static let minimumWords = 3

    /// What `line` asks after the writer's last correction of themself, or
    /// nil when there is none or too little follows it.
    public static func question(in line: String) -> Substring? {
        var line = line
        let cut: Int? = line.withUTF8 { bytes in
            // Most lines correct nothing: a scan for the words every
            // correction holds spares them the rest.
            guard hasTrigger(bytes) else { return nil }
            let words = wordRanges(bytes)
            var found: (end: Int, restarts: Bool)?
            for start in words.indices {
                if let count = longestMatch(restarts, words, from: start, in: bytes),
                    marked(after: words[start + count - 1].upperBound, in: bytes)
                {
                    found = (words[start + count - 1].upperBound, true)
                } else if let count = longestMatch(leadIns, words, from: start, in: bytes) {
                    found = (words[start + count - 1].upperBound, true)
                } else if let count = longestMatch(narrowings, words, from: start, in: bytes) {
                    found = (words[start + count - 1].upperBound, false)
                } else if let count = longestMatch(disclaimers, words, from: start, in: bytes),
                    start + count < words.count,
                    disclaimed.contains(where: { same(words[start + count], $0, in: bytes) }),
                    let mark = nextMark(after: words[start + count].upperBound, in: bytes)
                {
                    found = (mark, true)
                }
            }
            guard let found else { return nil }
            let after = words.filter { $0.lowerBound >= found.end }
            guard after.count >= minimumWords else { return nil }
            return found.restarts || opensQuestion(after[0], in: bytes) ? after[0].lowerBound : nil
        }
        guard let cut else { return nil }
        return line[line.utf8.index(line.utf8.startIndex, offsetBy: cut)...]
    }

    /// A word of every phrase above, one each: without any of them a line
    /// holds no correction. Kept as numbers, five bits a letter, so that
    /// looking for them costs each word of a line a few additions.
    private static let triggers: [UInt64] = [
        "scratch", "scrap", "forget", "skip", "ignore", "never", "nevermind", "rephrase", "wait", "mean", "meant",
        "sorry", "actually", "rather", "know", "asking",
    ].map { word in word.utf8.reduce(0) { $0 << 5 | UInt64($1 - 96) } }

    private static func hasTrigger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while let word = nextWord(in: bytes, from: index, apostrophes: false) {
            index = word.upperBound
            // Every trigger has four to nine letters, which the number holds.
            guard word.count >= 4 && word.count <= 9 else { continue }
            let key = word.reduce(UInt64(0)) { $0 << 5 | UInt64((bytes[$1] | 0x20) - 96) }
            if triggers.contains(key) { return true }
        }
        return false
    }

    private static func words(_ phrase: String) -> [[UInt8]] {
        phrase.split(separator: " ").map { Array($0.utf8) }
    }

    /// Words of letters and apostrophes, as byte ranges.
    private static func wordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        while let word = nextWord(in: bytes, from: ranges.last?.upperBound ?? 0, apostrophes: true) {
            ranges.append(word)
        }
        return ranges
    }

    /// The first word at or after `start`: letters, and apostrophes inside
    /// it when asked; nil when none is left.
    private static func nextWord(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, apostrophes: Bool
    ) -> Range<Int>? {
        var index = start
        while index < bytes.count && !isLetter(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let first = index
        while index < bytes.count && (isLetter(bytes[index]) || apostrophes && bytes[index] == apostrophe) {
            index += 1
        }
        return first..<index
    }

    /// The number of words of the longest phrase of `phrases` that starts at
    /// word `start`.
    private static func longestMatch(
        _ phrases: [[[UInt8]]], _ words: [Range<Int>], from start: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var best: Int?
        for phrase in phrases where start + phrase.count <= words.count && phrase.count > (best ?? 0) {
            if phrase.indices.allSatisfy({ same(words[start + $0], phrase[$0], in: bytes) }) { best = phrase.count }
        }
        return best
    }

    /// Whether a mark (a comma, a dash, a full stop…) follows the spaces
    /// after `end`.
    private static func marked(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = end
        while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index < bytes.count && !isLetter(bytes[index])
    }

    /// Where the first mark that ends a disclaimed question (a comma, colon,
    /// semicolon, or a dash set off by spaces) at or after `start` ends.
    private static func nextMark(after start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"): return index + 1
            // "-" inside a word ("touch-up") separates nothing.
            case UInt8(ascii: "-") where index > 0 && bytes[index - 1] == UInt8(ascii: " "): return index + 1
            // An em or en dash: E2 80 94 or E2 80 93.
            case 0xE2
            where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x93...0x94).contains(bytes[index + 2]):
                return index + 3
            default: index += 1
            }
        }
        return nil
    }

    /// Whether the word is a question word or a verb that opens a question.
    private static func opensQuestion(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        questionOpeners.contains { same(word, $0, in: bytes) }
    }

    private static let questionOpeners: [[UInt8]] = [
        "how", "what", "whats", "what's", "why", "when", "where", "which", "who", "is", "are", "does", "do",
        "did", "can", "could", "will", "would", "should",
    ].map { Array($0.utf8) }

    private static func same(_ range: Range<Int>, _ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == word.count else { return false }
        return zip(range, word).allSatisfy { lower(bytes[$0]) == $1 }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")
    }

    private static let apostrophe = UInt8(ascii: "'")
}
