/// Spoken hesitations typed or dictated into a question ("why can't they
/// just, um, do it all in one go", "is that, like, why you go back"). They
/// ask nothing, and the commas around them would cut one question in two.
///
/// Works on UTF-8 bytes, in one pass over the words: every line of a batch
/// passes through here.
enum Fillers {
    /// `line` without its hesitations and the commas around them, or nil
    /// when it has none.
    static func removed(from line: String) -> String? {
        var line = line
        return line.withUTF8 { bytes -> String? in
            var spans: [Range<Int>] = []
            var index = 0
            while let word = nextWord(in: bytes, from: index) {
                index = word.upperBound
                // Most words of most lines are no filler: their length and first
                // letter rule most out, a comparison of numbers the rest.
                guard word.count <= maximumLength, startsFiller[word.count] & (1 << code(bytes[word.lowerBound])) != 0,
                    firstWords.contains(key(word, in: bytes))
                else { continue }
                let before = marksStart(before: word.lowerBound, in: bytes)
                var end = word.upperBound
                if isAny(of: hesitations, word, in: bytes) {
                    // "um" always.
                } else if isAny(of: pausedHesitations, word, in: bytes) {
                    // "er" or "ah" only before a pause or the end ("er, how
                    // long"); inside a sentence ("ah I see") it is a word.
                    guard holdsPause(end..<marksEnd(after: end, in: bytes), in: bytes) else { continue }
                } else if let count = phraseLength(at: word, in: bytes) {
                    // "like" and its kind only between pauses: "is it like a
                    // tattoo" asks about the likeness.
                    end = phraseEnd(from: word, words: count, in: bytes)
                    // A hesitation cut just before it was a pause too: "um, like,".
                    let afterFiller = spans.last.map { $0.upperBound >= before } ?? false
                    guard before == 0 || afterFiller || bytes[before..<word.lowerBound].contains(comma),
                        holdsPause(end..<marksEnd(after: end, in: bytes), in: bytes)
                    else { continue }
                    index = end
                } else {
                    continue
                }
                spans.append(
                    span(before: before, start: word.lowerBound, end: marksEnd(after: end, in: bytes), in: bytes))
            }
            guard !spans.isEmpty else { return nil }
            var cut = [Bool](repeating: false, count: bytes.count)
            for span in spans { for index in span { cut[index] = true } }
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var gap = false
            for (index, byte) in bytes.enumerated() {
                if cut[index] {
                    gap = true
                    continue
                }
                // One space where words were cut; none before a mark.
                if gap, let last = kept.last, last != space, byte != space, !enders.contains(byte), byte != comma {
                    kept.append(space)
                } else if gap, enders.contains(byte), kept.last == space {
                    kept.removeLast()
                }
                gap = false
                kept.append(byte)
            }
            while kept.last == space { kept.removeLast() }
            // Dropped as a slice: removing a long run of leading spaces one by
            // one would cost the line's length squared.
            return String(decoding: kept.drop { $0 == space }, as: UTF8.self)
        }
    }

    /// What to cut for a filler from `start` to `end`: the comma before it
    /// goes too when a pause follows it or a word does, so that "just, um,
    /// do it" and "smoke and, um I drink" read as one clause. A mark that
    /// ends a sentence stays.
    private static func span(before: Int, start: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var stop = end
        // Keep a full stop, question or exclamation mark after the filler.
        var scan = start
        while scan < end {
            if enders.contains(bytes[scan]) && !isEllipsis(at: scan, in: bytes) {
                stop = scan
                break
            }
            scan += 1
        }
        return (stop == end ? before : start)..<stop
    }

    /// Every filler's first word, as a number: five bits a letter.
    private static let firstWords: [UInt64] = (hesitations + pausedHesitations + pausedPhrases.map { $0[0] }).map {
        word in word.reduce(UInt64(0)) { $0 << 5 | UInt64(code($1)) }
    }

    /// By length, the first letters of fillers' first words, a bit each.
    private static let startsFiller: [UInt32] = {
        var masks = [UInt32](repeating: 0, count: maximumLength + 1)
        for word in hesitations + pausedHesitations + pausedPhrases.map({ $0[0] }) where word.count <= maximumLength {
            masks[word.count] |= 1 << code(word[0])
        }
        return masks
    }()

    /// The longest first word of a filler, which the number holds.
    private static let maximumLength = 12

    private static func key(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        word.reduce(UInt64(0)) { $0 << 5 | UInt64(code(bytes[$1])) }
    }

    /// A letter's number, folded to lower case; 27 for an apostrophe.
    private static func code(_ byte: UInt8) -> UInt8 {
        byte == UInt8(ascii: "'") ? 27 : (byte | 0x20) &- 96
    }

    /// Words that are always a hesitation.
    private static let hesitations: [[UInt8]] = [
        "um", "umm", "ummm", "uhm", "uh", "uhh", "erm", "errm", "hm", "hmm", "hmmm", "mmm",
    ].map { Array($0.utf8) }

    /// Words that are a hesitation when a pause follows them.
    private static let pausedHesitations: [[UInt8]] = ["er", "err", "ah", "eh"].map { Array($0.utf8) }

    /// Words and phrases that are a hesitation between pauses.
    private static let pausedPhrases: [[[UInt8]]] = [
        "like", "basically", "you know", "ya know", "y'know", "sort of", "kind of", "kinda", "sorta", "literally",
    ].map { $0.split(separator: " ").map { Array($0.utf8) } }

    private static func phraseLength(at word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var best: Int?
        for phrase in pausedPhrases where phrase.count > (best ?? 0) {
            var position = word.lowerBound
            var matched = true
            for (offset, part) in phrase.enumerated() {
                guard let next = nextWord(in: bytes, from: position) else {
                    matched = false
                    break
                }
                // Words of a phrase follow one another with spaces only.
                if offset > 0, bytes[position..<next.lowerBound].contains(where: { $0 != space }) {
                    matched = false
                    break
                }
                guard same(next, part, in: bytes) else {
                    matched = false
                    break
                }
                position = next.upperBound
            }
            if matched { best = phrase.count }
        }
        return best
    }

    private static func phraseEnd(from word: Range<Int>, words count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int
    {
        var end = word.upperBound
        for _ in 1..<count { end = nextWord(in: bytes, from: end)?.upperBound ?? end }
        return end
    }

    private static func isAny(of words: [[UInt8]], _ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { same(word, $0, in: bytes) }
    }

    /// Where the spaces and pause marks after `end` stop.
    private static func marksEnd(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = end
        while index < bytes.count,
            bytes[index] == space || pauses.contains(bytes[index]) || enders.contains(bytes[index])
        {
            index += 1
        }
        return index
    }

    /// Where the spaces and commas before `start` begin.
    private static func marksStart(before start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        while index > 0, bytes[index - 1] == space || bytes[index - 1] == comma { index -= 1 }
        return index
    }

    /// Whether the marks hold a pause (a comma, a dash, an ellipsis) or end
    /// the line.
    private static func holdsPause(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        range.upperBound == bytes.count
            || range.contains { pauses.contains(bytes[$0]) || isEllipsis(at: $0, in: bytes) }
    }

    private static func isEllipsis(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[index] == dot
            && (index + 1 < bytes.count && bytes[index + 1] == dot || index > 0 && bytes[index - 1] == dot)
    }

    private static let comma = UInt8(ascii: ",")
    private static let space = UInt8(ascii: " ")
    private static let dot = UInt8(ascii: ".")
    private static let pauses: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: ";")]
    private static let enders: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!")]

    /// The first word at or after `start`: letters and apostrophes inside it.
    private static func nextWord(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var index = start
        while index < bytes.count && !isLetter(bytes[index]) { index += 1 }
        guard index < bytes.count else { return nil }
        let first = index
        while index < bytes.count && (isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "'")) { index += 1 }
        return first..<index
    }

    private static func same(_ range: Range<Int>, _ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == word.count else { return false }
        return zip(range, word).allSatisfy { bytes[$0] | 0x20 == $1 || bytes[$0] == $1 }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")
    }
}
