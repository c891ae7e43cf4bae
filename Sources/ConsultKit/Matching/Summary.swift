/// A forum writer's own short form of their question: what follows the last
/// "TL;DR" of a post ("…my barber says one thing, my mate another. TL;DR:
/// how many sessions?"). The story before it says why they ask, not what.
enum Summary {
    /// What follows the last "TL;DR" (or "tldr", "tl dr", "TL:DR") of `line`,
    /// or nil when there is none or nothing follows it.
    static func question(in line: String) -> Substring? {
        var line = line
        let cut: Int? = line.withUTF8 { bytes in
            var found: Int?
            var index = 0
            // Bytes, as the splitter: every line of a batch passes here.
            while index + 3 < bytes.count {
                defer { index += 1 }
                guard bytes[index] | 0x20 == UInt8(ascii: "t"), bytes[index + 1] | 0x20 == UInt8(ascii: "l"),
                    index == 0 || !isLetter(bytes[index - 1])
                else { continue }
                var next = index + 2
                if separators.contains(bytes[next]) { next += 1 }
                guard next + 1 < bytes.count, bytes[next] | 0x20 == UInt8(ascii: "d"),
                    bytes[next + 1] | 0x20 == UInt8(ascii: "r")
                else { continue }
                next += 2
                guard next == bytes.count || !isLetter(bytes[next]) else { continue }
                found = next
            }
            guard var start = found else { return nil }
            while start < bytes.count, !isLetter(bytes[start]), !isDigit(bytes[start]), bytes[start] < 0x80 {
                start += 1
            }
            // "…tldr: hi" is too little to stand for a post.
            let letters = bytes[start...].lazy.filter(isLetter).count
            return letters >= minimumLetters ? start : nil
        }
        guard let cut else { return nil }
        return line[line.utf8.index(line.utf8.startIndex, offsetBy: cut)...]
    }

    /// Marks that may stand between "tl" and "dr".
    private static let separators: Set<UInt8> = [
        UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"),
    ]

    private static let minimumLetters = 6

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
