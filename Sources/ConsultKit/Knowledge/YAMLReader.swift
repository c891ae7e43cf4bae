import CYaml
import Yams

/// Reads one YAML file as a mapping of keys and reports every problem as
/// `file:line: message`. The one reader of the project's YAML: the knowledge
/// base and the intake form both read their files through it.
///
/// Anchors and aliases are refused before anything is built: authors never
/// need them, and an alias repeated a few thousand times would make a small
/// file expand to gigabytes.
struct YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func report(_ location: FileLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }

    mutating func report(_ node: Node?, _ message: String) {
        report(location(node), message)
    }

    mutating func report(_ mapping: Node.Mapping, _ message: String) {
        report(location(mapping), message)
    }

    func location(_ node: Node?) -> FileLocation {
        FileLocation(file: file, line: node?.mark?.line ?? 0)
    }

    func location(_ mapping: Node.Mapping) -> FileLocation {
        FileLocation(file: file, line: mapping.mark?.line ?? 0)
    }

    /// The top-level mapping of `text`, or nil (with a diagnostic) when the
    /// text is not YAML, holds anchors or aliases, or is not a mapping.
    /// - Parameter expected: what the mapping should hold, for the message.
    mutating func document(_ text: String, expected: String) -> Node.Mapping? {
        if let (line, problem) = Self.firstRefusedToken(in: text) {
            report(FileLocation(file: file, line: line), problem)
            return nil
        }
        do {
            // The basic resolver reads every scalar as text: the files hold no
            // numbers or dates, and tag guessing costs time.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                report(FileLocation(file: file, line: 1), "empty file: expected \(expected)")
                return nil
            }
            guard let mapping = node.mapping else {
                report(node, "expected \(expected)")
                return nil
            }
            return mapping
        } catch let error as YamlError {
            report(FileLocation(file: file, line: error.line), "YAML error: \(error.problem)")
            return nil
        } catch {
            report(FileLocation(file: file, line: 0), "YAML error: \(error)")
            return nil
        }
    }

    /// Nesting deeper than this is refused: the files need three or four
    /// levels, and libyaml's scanner does work per open level for every
    /// token, so deep nesting would take time that grows with its square.
    static let maximumDepth = 64

    /// The line of the first anchor or alias token, or of the first level of
    /// nesting past `maximumDepth`, with what is wrong; nil when there is
    /// none (or the text does not scan: composing it then reports the error).
    /// The scan stops there, so it is linear and builds nothing.
    static func firstRefusedToken(in text: String) -> (line: Int, problem: String)? {
        var text = text
        return text.withUTF8 { bytes -> (line: Int, problem: String)? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var depth = 0
            while true {
                var token = yaml_token_t()
                guard yaml_parser_scan(&parser, &token) == 1 else { return nil }
                defer { yaml_token_delete(&token) }
                let line = Int(token.start_mark.line) + 1
                switch token.type {
                case YAML_ANCHOR_TOKEN, YAML_ALIAS_TOKEN:
                    return (line, "YAML anchors and aliases (&name, *name) are not allowed")
                case YAML_FLOW_SEQUENCE_START_TOKEN, YAML_FLOW_MAPPING_START_TOKEN, YAML_BLOCK_SEQUENCE_START_TOKEN,
                    YAML_BLOCK_MAPPING_START_TOKEN:
                    depth += 1
                    if depth > maximumDepth {
                        return (line, "nested more than \(maximumDepth) levels deep")
                    }
                case YAML_FLOW_SEQUENCE_END_TOKEN, YAML_FLOW_MAPPING_END_TOKEN, YAML_BLOCK_END_TOKEN:
                    depth -= 1
                case YAML_STREAM_END_TOKEN, YAML_NO_TOKEN: return nil
                default: continue
                }
            }
        }
    }

    // MARK: Fields

    mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>) {
        for (key, _) in mapping where !allowed.contains(key.string ?? "") {
            report(
                key, "unknown key '\(key.string ?? "")' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    /// The trimmed text under `key`; reports a missing key or empty text.
    mutating func requiredText(_ mapping: Node.Mapping, _ key: String) -> String? {
        guard let node = mapping.value(key) else {
            report(mapping, "missing '\(key)'")
            return nil
        }
        guard let text = node.scalar?.string.trimmedWhitespace, !text.isEmpty else {
            report(node, "'\(key)' must be non-empty text")
            return nil
        }
        checkPlain(text, node, key)
        return text
    }

    /// Text reaches terminals: a control character in it (an escape written
    /// as "\e" in a quoted string, say) is a problem to report, not to print.
    private mutating func checkPlain(_ text: String, _ node: Node, _ key: String) {
        guard
            let bad = text.unicodeScalars.first(where: { scalar in
                (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            })
        else { return }
        let code = String(bad.value, radix: 16, uppercase: true)
        report(
            node,
            "'\(key)' holds the control character U+\(String(repeating: "0", count: 4 - code.count))\(code); write plain text"
        )
    }

    mutating func optionalText(_ mapping: Node.Mapping, _ key: String) -> String? {
        guard mapping.value(key) != nil else { return nil }
        return requiredText(mapping, key)
    }

    mutating func boolean(_ mapping: Node.Mapping, _ key: String) -> Bool? {
        guard let node = mapping.value(key) else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(node, "'\(key)' must be true or false")
            return nil
        }
    }

    mutating func sequence(_ mapping: Node.Mapping, _ key: String) -> [Node] {
        guard let node = mapping.value(key) else { return [] }
        guard let sequence = node.sequence else {
            report(node, "'\(key)' must be a list")
            return []
        }
        return Array(sequence)
    }

    /// The trimmed texts of the list under `key`, each with its place.
    mutating func textList(_ mapping: Node.Mapping, _ key: String) -> [(text: String, location: FileLocation)] {
        sequence(mapping, key).compactMap { node in
            guard let text = node.scalar?.string.trimmedWhitespace, !text.isEmpty else {
                report(node, "'\(key)' entries must be non-empty text")
                return nil
            }
            checkPlain(text, node, key)
            return (text, location(node))
        }
    }
}

extension Node.Mapping {
    /// The value under a text key. Compares key text only: Yams' own
    /// subscript compares whole nodes, which is slow.
    func value(_ key: String) -> Node? {
        for (name, value) in self where name.scalar?.string == key { return value }
        return nil
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmedWhitespace: String {
        let bytes = utf8
        func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return self }
        return String(self[first...last])
    }
}
