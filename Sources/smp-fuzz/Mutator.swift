/// Makes hostile text: random bytes, odd Unicode, and mutations of real
/// inputs (bytes flipped, cut, repeated, spliced, special tokens inserted).
struct Mutator {
    /// Pieces that have broken text handling elsewhere: controls, escapes,
    /// combining marks, joiners, bidi overrides, surrogates' neighbours,
    /// wide characters, YAML's special tokens.
    static let oddPieces: [String] = [
        "\u{0}", "\u{1B}[31m", "\u{1B}]0;x\u{7}", "\u{9B}", "\u{85}", "\r", "\r\n", "\t", "\u{7F}",
        "\u{301}", "\u{301}\u{301}\u{301}", "\u{200D}", "\u{200C}", "\u{202E}", "\u{FEFF}", "\u{FFFD}",
        "👩\u{200D}👩\u{200D}👧", "🏴\u{E0067}\u{E0062}\u{E007F}", "İ", "ß", "ﬁ", "Ǆ", "ǅ", "𝔰𝔪𝔭", "漢字",
        "'", "\"", "?", "!", "...", "-", "—", "/", "\\", "#", "%", "&", "*", ":", "|", ">", "[", "]", "{", "}",
        "&anchor ", "*anchor", "!!str ", "!!binary ", "--- ", "...", "%YAML 1.2\n", "? ", "<<: ", "- ", "  ",
        "\n  - ", "\n- ", "\nkey: value", "\"\\e\"", "'''", "0x1F", "1e400", "~", "null", "yes", "NaN",
    ]

    static let words: [String] = [
        "smp", "scalp", "micropigmentation", "pigment", "session", "sessions", "how", "long", "does", "it", "last",
        "is", "safe", "hurt", "pain", "women", "tattoo", "fade", "cost", "price", "hair", "loss", "bald", "and",
        "or", "not", "the", "a", "what", "why", "when", "aftercare", "touch", "up", "alopecia", "scar", "thin",
        "density", "hairline", "xyzzy", "qwrtp", "a" + String(repeating: "a", count: 40), "1", "2026", "100%",
    ]

    var random: SeededRandom

    /// Random bytes, decoded the way the line reader does (invalid UTF-8 repaired).
    mutating func bytes(maxLength: Int) -> String {
        let count = random.below(maxLength + 1)
        let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Random Unicode scalars from every plane, odd pieces among them.
    mutating func scalars(maxLength: Int) -> String {
        var text = ""
        for _ in 0..<random.below(maxLength + 1) {
            if random.chance(20) {
                text += random.pick(Self.oddPieces)
            } else {
                let value = UInt32(truncatingIfNeeded: random.next()) % (random.chance(70) ? 0x80 : 0x11_0000)
                text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        return text
    }

    /// Words a question might hold, with odd pieces between some.
    mutating func words(maxCount: Int) -> String {
        var parts: [String] = []
        for _ in 0..<random.below(maxCount + 1) {
            parts.append(random.chance(85) ? random.pick(Self.words) : random.pick(Self.oddPieces))
            if random.chance(10) { parts.append(random.pick([",", ".", "?", "!", " and ", " or "])) }
        }
        return parts.joined(separator: random.chance(90) ? " " : random.pick(["", "  ", "\t", "-", "_"]))
    }

    /// `text` changed a few times over.
    mutating func mutate(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<(1 + random.below(6)) {
            let at = random.below(bytes.count + 1)
            switch random.below(9) {
            case 0 where !bytes.isEmpty:
                bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: random.next())
            case 1 where !bytes.isEmpty:
                let end = min(bytes.count, at + random.below(16) + 1)
                bytes.removeSubrange(min(at, end)..<end)
            case 2:
                bytes.insert(contentsOf: Array(random.pick(Self.oddPieces).utf8), at: at)
            case 3:
                bytes.insert(contentsOf: Array(random.pick(Self.words).utf8), at: at)
            case 4 where !bytes.isEmpty:
                // Repeat a slice: long runs of one thing.
                let start = min(at, bytes.count - 1)
                let slice = Array(bytes[start..<min(bytes.count, start + 1 + random.below(12))])
                let copies = Array(repeating: slice, count: 1 + random.below(50)).flatMap { $0 }
                bytes.insert(contentsOf: copies, at: start)
            case 5:
                bytes = Array(bytes.prefix(at))
            case 6 where bytes.count > 1:
                // Swap two halves.
                let cut = max(1, min(at, bytes.count - 1))
                bytes = Array(bytes[cut...] + bytes[..<cut])
            case 7:
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            default:
                bytes.insert(contentsOf: Array(words(maxCount: 4).utf8), at: at)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Changes to a YAML file that keep it mostly YAML: lines dropped, doubled,
    /// re-indented, keys and values swapped for odd ones.
    mutating func mutateYAML(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + random.below(4)) {
            guard !lines.isEmpty else { break }
            let at = random.below(lines.count)
            switch random.below(8) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[at], at: at)
            case 2: lines[at] = String(repeating: " ", count: random.below(9)) + lines[at].drop { $0 == " " }
            case 3: lines[at] = mutate(lines[at])
            case 4:
                lines.insert(random.pick(Self.oddPieces) + random.pick(Self.words) + ": " + words(maxCount: 5), at: at)
            case 5: lines[at] += " " + random.pick(Self.oddPieces) + random.pick(Self.oddPieces)
            case 6:
                lines.insert(contentsOf: Array(repeating: "  - " + words(maxCount: 3), count: random.below(40)), at: at)
            default: lines[at] = String(lines[at].prefix(random.below(lines[at].count + 1)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
