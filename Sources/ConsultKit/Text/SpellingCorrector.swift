/// Corrects a misspelt word to the closest word of a known vocabulary.
public struct SpellingCorrector: Sendable {
    private struct Entry: Sendable {
        let bytes: [UInt8]
        let word: String
        let frequency: Int
    }

    /// Words bucketed by length, so a lookup only visits plausible lengths.
    private let byLength: [[Entry]]

    /// `frequencies`: each known word and how often the knowledge base uses it.
    public init(frequencies: [String: Int]) {
        var buckets = [[Entry]](repeating: [], count: Tokenizer.maximumWordLength + 3)
        for (word, frequency) in frequencies {
            let bytes = Array(word.utf8)
            guard bytes.count < buckets.count else { continue }
            buckets[bytes.count].append(Entry(bytes: bytes, word: word, frequency: frequency))
        }
        for index in buckets.indices {
            buckets[index].sort { ($0.frequency, $1.word) > ($1.frequency, $0.word) }
        }
        byLength = buckets
    }

    /// How many slips a word of this length may carry and still be recognised.
    public static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ..<4: return 0
        case 4...7: return 1
        default: return 2
        }
    }

    /// The closest known word within tolerance, preferring the more frequent
    /// on ties; nil when there is none or the word is too short to judge.
    public func correction(for word: String) -> String? {
        if let found = closest(to: word) { return found }
        // Spelt as it sounds ("consultashun", "reezon", "afta"): the usual
        // spelling of the sound is several letters away, too far for the
        // slips above. One sound respelt at a time, then all of them.
        var respelt = word
        var sounds = 0
        var exactly = false
        for sound in Self.soundSpellings {
            guard let spoken = sound.respell(word) else { continue }
            if let found = closest(to: spoken, exactly: sound.exactly) { return found }
            if let further = sound.respell(respelt) {
                respelt = further
                sounds += 1
                exactly = exactly || sound.exactly
            }
        }
        // With one sound respelt, all of them is the word already tried.
        return sounds > 1 ? closest(to: respelt, exactly: exactly) : nil
    }

    /// A sound written as heard, and how English usually spells it.
    private struct SoundSpelling: Sendable {
        let sound: String
        let spelling: String
        /// Only at the end of the word: "afta" is "after", "aware" is not "awerre".
        var atEnd = false
        /// The respelt word must be known as it stands, with no slip on top:
        /// many names and foreign words end in "a" ("Praha", respelt
        /// "praher", is one slip from "prayer").
        var exactly = false

        func respell(_ word: String) -> String? {
            if atEnd {
                guard word.hasSuffix(sound), word.count > sound.count + 1 else { return nil }
                return String(word.dropLast(sound.count)) + spelling
            }
            guard word.contains(sound) else { return nil }
            return word.replacingOccurrences(of: sound, with: spelling)
        }
    }

    private static let soundSpellings: [SoundSpelling] = [
        SoundSpelling(sound: "shun", spelling: "tion"), SoundSpelling(sound: "shun", spelling: "ssion"),
        SoundSpelling(sound: "shon", spelling: "tion"), SoundSpelling(sound: "shon", spelling: "ssion"),
        SoundSpelling(sound: "ee", spelling: "ea"), SoundSpelling(sound: "z", spelling: "s"),
        SoundSpelling(sound: "ur", spelling: "or"),
        SoundSpelling(sound: "a", spelling: "er", atEnd: true, exactly: true),
        SoundSpelling(sound: "ul", spelling: "le", atEnd: true),
    ]

    private func closest(to word: String, exactly: Bool = false) -> String? {
        let bytes = Array(word.utf8)
        if exactly {
            guard byLength.indices.contains(bytes.count) else { return nil }
            return byLength[bytes.count].first { $0.bytes == bytes }?.word
        }
        let limit = Self.tolerance(forLength: bytes.count)
        guard limit > 0 else { return nil }
        // Between words as close, one the typed word lacks a letter of comes
        // first: fast typing drops letters ("wrth the mony" is "worth the
        // money", not "with the many"); then the more frequent.
        var best: (distance: Int, dropped: Bool, frequency: Int, word: String)?
        // A dropped letter counts in short words too ("tuch" is "touch"): real
        // words never get here (the analyzer asks only for unknown ones), so
        // "pick" is not read as "pic".
        // A word respelt as it sounds may outgrow the longest word kept
        // ("shun" becomes "ssion"): then no known word is near it.
        let shortest = max(0, bytes.count - limit)
        let longest = min(byLength.count - 1, bytes.count + limit)
        guard shortest <= longest else { return nil }
        for length in shortest...longest {
            for entry in byLength[length] {
                // Slips rarely hit the first letter; requiring it keeps real
                // but unknown words ("laser") from turning into known ones.
                guard entry.bytes.first == bytes.first || limit > 1 && entry.bytes.first == bytes.dropFirst().first
                else { continue }
                let bound = best.map { $0.distance } ?? limit
                guard let distance = EditDistance.distance(bytes, entry.bytes, limit: bound) else { continue }
                let dropped = entry.bytes.count > bytes.count && Self.isSubsequence(bytes, of: entry.bytes)
                if let current = best,
                    distance > current.distance
                        || distance == current.distance
                            && (current.dropped && !dropped
                                || current.dropped == dropped && entry.frequency <= current.frequency)
                {
                    continue
                }
                best = (distance, dropped, entry.frequency, entry.word)
            }
        }
        return best?.word
    }

    /// Whether `short` is `long` with letters left out.
    private static func isSubsequence(_ short: [UInt8], of long: [UInt8]) -> Bool {
        var index = long.startIndex
        for byte in short {
            guard let found = long[index...].firstIndex(of: byte) else { return false }
            index = found + 1
        }
        return true
    }
}
