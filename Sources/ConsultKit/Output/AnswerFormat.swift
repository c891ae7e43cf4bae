import Foundation

/// How batch answers are written.
public enum AnswerFormat: String, Sendable, CaseIterable {
    /// Readable: the question, the answer, its source.
    case text
    /// One JSON object per line, for programs.
    case jsonl
    /// Tab-separated: question, intent, confidence, answer.
    case tsv

    /// A header line to write before the records, if the format has one.
    public var header: String? {
        self == .tsv ? "question\tintent\tconfidence\tanswer\n" : nil
    }

    /// Appends the record for `answer` to `output`, newline included.
    public func write(_ answer: Answer, explain: Bool, to output: inout String) {
        switch self {
        case .text: Self.writeText(answer, explain: explain, to: &output)
        case .jsonl: Self.writeJSON(answer, explain: explain, to: &output)
        case .tsv: Self.writeTSV(answer, to: &output)
        }
    }

    private static func writeText(_ answer: Answer, explain: Bool, to output: inout String) {
        output += "Q: "
        output += singleLine(answer.question)
        output += "\n"
        for part in answer.parts {
            output += part.text
            output += "\n"
            if let source = part.source {
                output += "(Guide: \(source))\n"
            }
            if explain {
                output += "[\(part.intent?.id ?? "out of scope"), confidence \(confidenceText(part.confidence)): \(part.match.explanation.summary)]\n"
            }
        }
        output += "\n"
    }

    private static func writeTSV(_ answer: Answer, to output: inout String) {
        let part = answer.primary
        output += singleLine(answer.question).replacingOccurrences(of: "\t", with: " ")
        output += "\t"
        output += part.intent?.id ?? "none"
        output += "\t"
        output += confidenceText(part.confidence)
        output += "\t"
        output += answer.parts.map(\.text).joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
        output += "\n"
    }

    private static func writeJSON(_ answer: Answer, explain: Bool, to output: inout String) {
        output += "{\"question\":"
        appendJSONString(answer.question, to: &output)
        let whole = answer.parts.count == 1 ? answer.primary.text : answer.parts.map(\.text).joined(separator: "\n\n")
        writeFields(answer.primary, answerText: whole, explain: explain, to: &output)
        if answer.parts.count > 1 {
            output += ",\"parts\":["
            for (index, part) in answer.parts.enumerated() {
                if index > 0 { output += "," }
                output += "{"
                writeFields(part, answerText: part.text, explain: explain, leadingComma: false, to: &output)
                output += "}"
            }
            output += "]"
        }
        output += "}\n"
    }

    private static func writeFields(
        _ part: Answer.Part, answerText: String, explain: Bool, leadingComma: Bool = true, to output: inout String
    ) {
        output += leadingComma ? ",\"intent\":" : "\"intent\":"
        if let id = part.intent?.id { appendJSONString(id, to: &output) } else { output += "null" }
        output += ",\"confidence\":"
        output += confidenceText(part.confidence)
        if let intent = part.intent, let fragment = intent.jsonFragment, answerText.utf8.count == intent.answer.utf8.count,
            answerText == intent.answer
        {
            // The common case: a whole intent answer, escaped once at load.
            output += fragment
        } else {
            writeAnswerFields(part, answerText: answerText, to: &output)
        }
        if explain {
            output += ",\"explain\":"
            appendJSONString(part.match.explanation.summary, to: &output)
        }
    }

    /// `,"answer":…,"source":…,"suggestions":[…]` for a part.
    static func writeAnswerFields(_ part: Answer.Part, answerText: String, to output: inout String) {
        output += ",\"answer\":"
        appendJSONString(answerText, to: &output)
        output += ",\"source\":"
        if let source = part.source { appendJSONString(source, to: &output) } else { output += "null" }
        output += ",\"suggestions\":["
        for (index, id) in part.suggestions.enumerated() {
            if index > 0 { output += "," }
            appendJSONString(id, to: &output)
        }
        output += "]"
    }

    /// Two decimals, enough to compare and stable across runs.
    static func confidenceText(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private static func singleLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true }) else { return text }
        return String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
    }
}

/// Turns a raw input line into a question, or nil for a line to skip
/// (blank, or a `#` comment).
public func batchQuestion(_ line: String) -> String? {
    let bytes = line.utf8
    guard let first = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
    if bytes[first] == UInt8(ascii: "#") { return nil }
    let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") })!
    if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return line }
    return String(line[first...last])
}

/// Appends `text` as a JSON string literal, escaping what RFC 8259 requires.
public func appendJSONString(_ text: String, to output: inout String) {
    output += "\""
    var clean = true
    for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        clean = false
        break
    }
    if clean {
        output += text
    } else {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
    }
    output += "\""
}
