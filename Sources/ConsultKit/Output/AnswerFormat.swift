/// How batch answers are written.
public enum AnswerFormat: String, Sendable, CaseIterable {
    /// Readable: the question, the answer, its source.
    case text
    /// One JSON object per line, for programs.
    case jsonl
    /// Tab-separated: question, intent, confidence, review, source, every
    /// part's intent, answer.
    case tsv

    /// A header line to write before the records, if the format has one.
    public var header: String? {
        self == .tsv ? "question\tintent\tconfidence\treview\tsource\tparts\tanswer\n" : nil
    }

    /// Appends the record for `answer` to `output` as UTF-8, newline included.
    /// - Parameters:
    ///   - truncated: the question is the first part of a longer line; the
    ///     record says so.
    ///   - fragments: answers already rendered, for speed; the bytes are the
    ///     same without them.
    public func write(
        _ answer: Answer, explain: Bool, truncated: Bool = false, fragments: AnswerFragments? = nil,
        to output: inout [UInt8]
    ) {
        switch self {
        case .text: Self.writeText(answer, explain: explain, truncated: truncated, to: &output)
        case .jsonl: Self.writeJSON(answer, explain: explain, truncated: truncated, fragments: fragments, to: &output)
        case .tsv: Self.writeTSV(answer, truncated: truncated, to: &output)
        }
    }

    /// What a cut question carries in text and TSV records.
    static let truncationNote = " [truncated]"

    /// The record for `answer` as a string.
    public func render(_ answer: Answer, explain: Bool) -> String {
        var bytes: [UInt8] = []
        write(answer, explain: explain, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func writeText(_ answer: Answer, explain: Bool, truncated: Bool, to output: inout [UInt8]) {
        output.write("Q: ")
        writeSingleLine(answer.question, to: &output)
        if truncated { output.write(truncationNote) }
        output.write("\n")
        // Answers may come from an --intents folder: text for reading passes
        // the terminal sanitizer like every other.
        for (index, part) in answer.parts.enumerated() {
            if answer.parts.count > 1 {
                // Each part under its own heading, so a reader sees which
                // answer goes with which question.
                output.write("\(index == 0 ? "" : "\n")— Part \(index + 1) of \(answer.parts.count): ")
                writeSingleLine(part.clause, to: &output)
                output.write("\n")
            }
            output.write(SafeText.terminal(part.text))
            output.write("\n")
            if let source = part.source {
                output.write("(Guide: ")
                writeSingleLine(source, to: &output)
                output.write(")\n")
            }
            if explain {
                output.write("[\(part.intent?.id ?? "out of scope"), confidence \(confidenceText(part.confidence)): ")
                writeSingleLine(part.match.explanation.summary, to: &output)
                output.write("]\n")
            }
        }
        output.write("\n")
    }

    private static func writeTSV(_ answer: Answer, truncated: Bool, to output: inout [UInt8]) {
        let part = answer.primary
        writeSingleLine(answer.question, to: &output)
        if truncated { output.write(truncationNote) }
        output.write("\t")
        output.write(part.intent?.id ?? "none")
        output.write("\t")
        output.write(confidenceText(part.confidence))
        output.write(answer.needsReview ? "\tyes\t" : "\tno\t")
        if let source = part.source { writeSingleLine(source, to: &output) }
        output.write("\t")
        for (index, part) in answer.parts.enumerated() {
            if index > 0 { output.write("|") }
            output.write(part.intent?.id ?? "none")
        }
        output.write("\t")
        for (index, part) in answer.parts.enumerated() {
            if index > 0 { output.write(" ") }
            writeSingleLine(part.text, to: &output)
        }
        output.write("\n")
    }

    private static func writeJSON(
        _ answer: Answer, explain: Bool, truncated: Bool, fragments: AnswerFragments?, to output: inout [UInt8]
    ) {
        output.write("{\"question\":")
        writeJSONString(answer.question, to: &output)
        let primary = answer.primary
        let whole = answer.parts.count == 1 ? primary.text : answer.parts.map(\.text).joined(separator: "\n\n")
        writeFields(primary, answerText: whole, explain: explain, fragments: fragments, to: &output)
        output.write(answer.needsReview ? ",\"review\":true" : ",\"review\":false")
        if answer.parts.count > 1 {
            output.write(",\"parts\":[")
            for (index, part) in answer.parts.enumerated() {
                if index > 0 { output.write(",") }
                output.write("{\"question\":")
                writeJSONString(part.clause, to: &output)
                writeFields(part, answerText: part.text, explain: explain, fragments: fragments, to: &output)
                output.write(part.needsReview ? ",\"review\":true}" : ",\"review\":false}")
            }
            output.write("]")
        }
        if truncated { output.write(",\"truncated\":true") }
        output.write("}\n")
    }

    private static func writeFields(
        _ part: Answer.Part, answerText: String, explain: Bool, fragments: AnswerFragments?, to output: inout [UInt8]
    ) {
        output.write(",\"intent\":")
        if let id = part.intent?.id { writeJSONString(id, to: &output) } else { output.write("null") }
        output.write(",\"confidence\":")
        output.write(confidenceText(part.confidence))
        if let intent = part.intent, let fragment = fragments?.fragment(for: intent),
            answerText.utf8.count == intent.batchAnswer.utf8.count, answerText == intent.batchAnswer
        {
            // The common case: a whole intent answer, escaped once per run.
            output.append(contentsOf: fragment)
        } else {
            writeAnswerFields(answerText: answerText, source: part.source, suggestions: part.suggestions, to: &output)
        }
        if explain {
            output.write(",\"explain\":")
            writeJSONString(part.match.explanation.summary, to: &output)
        }
    }

    /// `,"answer":…,"source":…,"suggestions":[…]`.
    static func writeAnswerFields(answerText: String, source: String?, suggestions: [String], to output: inout [UInt8])
    {
        output.write(",\"answer\":")
        writeJSONString(answerText, to: &output)
        output.write(",\"source\":")
        if let source { writeJSONString(source, to: &output) } else { output.write("null") }
        output.write(",\"suggestions\":[")
        for (index, id) in suggestions.enumerated() {
            if index > 0 { output.write(",") }
            writeJSONString(id, to: &output)
        }
        output.write("]")
    }

    /// Two decimals, enough to compare and stable across runs.
    static func confidenceText(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The text as one field: control characters (tabs, line breaks and C1
    /// included) as spaces.
    private static func writeSingleLine(_ text: String, to output: inout [UInt8]) {
        output.append(contentsOf: SafeText.field(text).utf8)
    }
}

/// Appends `text` as a JSON string literal, escaping what RFC 8259 requires.
public func writeJSONString(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
        output.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case UInt8(ascii: "\""): output.write("\\\"")
            case UInt8(ascii: "\\"): output.write("\\\\")
            case UInt8(ascii: "\n"): output.write("\\n")
            case UInt8(ascii: "\r"): output.write("\\r")
            case UInt8(ascii: "\t"): output.write("\\t")
            default:
                let digits = Array("0123456789abcdef".utf8)
                output.write("\\u00")
                output.append(digits[Int(byte >> 4)])
                output.append(digits[Int(byte & 0xF)])
            }
            runStart = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        output.append(UInt8(ascii: "\""))
    }
}

/// Turns a raw input line into a question, or nil for a line to skip
/// (blank, or a `#` comment).
public func batchQuestion(_ line: String) -> String? {
    let bytes = line.utf8
    guard let first = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else {
        return nil
    }
    if bytes[first] == UInt8(ascii: "#") { return nil }
    let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") })!
    if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return line }
    return String(line[first...last])
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text`.
    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
