/// What a writer puts in brackets beside a question ("what causes hair loss,
/// broadly? (not after a cure, just want to understand it)"): an aside about
/// why or how they ask, which can make the question resemble one the guide
/// does not cover.
///
/// Works on UTF-8 bytes, in one pass: every refused line with a bracket
/// passes through here.
enum Brackets {
    /// `line` without its bracketed asides, and the asides; nil when it has
    /// none, or when nothing but the asides would be left.
    static func split(_ line: String) -> (rest: String, asides: String)? {
        var line = line
        return line.withUTF8 { bytes -> (rest: String, asides: String)? in
            var rest: [UInt8] = []
            var asides: [UInt8] = []
            var index = 0
            var found = false
            // Marks with no closing mark after them: looking again would make
            // a line of many open brackets cost its length squared.
            var unclosed: Set<UInt8> = []
            while index < bytes.count {
                let byte = bytes[index]
                guard let close = closing[byte], !unclosed.contains(close) else {
                    // One space where an aside was cut out.
                    if !(byte == space && rest.last == space) { rest.append(byte) }
                    index += 1
                    continue
                }
                // An aside ends at its own closing mark; one left open is no aside.
                guard let end = bytes[(index + 1)...].firstIndex(of: close) else {
                    unclosed.insert(close)
                    rest.append(byte)
                    index += 1
                    continue
                }
                found = true
                asides.append(contentsOf: bytes[(index + 1)..<end])
                asides.append(space)
                if rest.last != space { rest.append(space) }
                index = end + 1
            }
            guard found else { return nil }
            let kept = String(decoding: rest, as: UTF8.self)
            guard kept.contains(where: \.isLetter) else { return nil }
            return (kept, String(decoding: asides, as: UTF8.self))
        }
    }

    private static let closing: [UInt8: UInt8] = [
        UInt8(ascii: "("): UInt8(ascii: ")"), UInt8(ascii: "["): UInt8(ascii: "]"),
    ]
    private static let space = UInt8(ascii: " ")
}
