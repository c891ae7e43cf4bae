/// Text from the keyboard, a file or an argument made safe: `line` for what
/// is kept (a name, an answer), `terminal` for anything printed to a
/// terminal. No other code decides which characters may reach the screen.
public enum SafeText {
    /// One line with no control characters or terminal escape sequences
    /// (names come from the keyboard and end up on terminals and in files),
    /// runs of spaces collapsed, trimmed.
    public static func line(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var lastWasSpace = true
        while let scalar = scalars.next() {
            var keep = scalar
            if scalar == "\u{1B}" {
                // ESC [ parameters final-byte (CSI), or ESC and one more character.
                if let next = scalars.next(), next == "[" {
                    while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                }
                keep = " "
            } else if scalar.properties.generalCategory == .control
                || (scalar.properties.generalCategory == .format && !joinsCharacters(scalar))
                || scalar.properties.isWhitespace
            {
                keep = " "
            }
            if keep == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            result.append(keep)
        }
        var cleaned = String(result)
        while cleaned.last == " " { cleaned.removeLast() }
        return cleaned
    }

    /// Format characters that are part of how a name is written: the joiners
    /// inside emoji sequences and many scripts, and the tags of flag emoji.
    /// Other format characters (bidi overrides, invisible separators) go.
    private static func joinsCharacters(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{200C}" || scalar == "\u{200D}" || (0xE0020...0xE007F).contains(scalar.value)
    }

    /// `text` as it may be written to a terminal: every control character
    /// (C0, DEL and the C1 range U+0080–U+009F, which some terminals obey as
    /// escape sequences) is shown visibly instead (`^[`, `^?`, `<U+009B>`),
    /// so nothing in it can move the cursor, recolour or retitle the terminal.
    /// Line breaks pass when `lineBreaks` (a lone CR does not), tabs when
    /// `tabs`; otherwise each becomes a space.
    public static func terminal(_ text: String, lineBreaks: Bool = true, tabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0A:
                result.append(lineBreaks ? "\n" : " ")
            case 0x0D where pending == "\n":
                continue  // CR LF is a line break
            case 0x09:
                result.append(tabs ? "\t" : " ")
            case 0x00..<0x20:
                result.append("^")
                result.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F:
                result.append(contentsOf: "^?".unicodeScalars)
            case 0x80...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(contentsOf: "<U+00\(hex)>".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// One field of a one-line record (a TSV cell, the question of a text
    /// answer): every control character (C0, DEL, C1), tab and line break
    /// becomes a space, so the record keeps its shape and nothing is obeyed.
    public static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCare) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(needsCare(scalar) ? " " : scalar)
        }
        return String(result)
    }

    private static func needsCare(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
