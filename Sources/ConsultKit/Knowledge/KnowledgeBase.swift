import Yams

/// The intents, lexicon and out-of-scope answer that the assistant knows.
public struct KnowledgeBase: Sendable {
    public static let lexiconFile = "lexicon.yaml"
    public static let outOfScopeFile = "out-of-scope.yaml"

    public let intents: [Intent]
    public let lexicon: Lexicon
    public let outOfScope: OutOfScope
    /// Every file the base was read from, those it left to other readers included.
    public let files: KnowledgeFiles

    private let indexByID: [String: Int]

    public init(intents: [Intent], lexicon: Lexicon, outOfScope: OutOfScope, files: KnowledgeFiles) {
        self.intents = intents
        self.lexicon = lexicon
        self.outOfScope = outOfScope
        self.files = files
        var index: [String: Int] = [:]
        for (position, intent) in intents.enumerated() where index[intent.id] == nil {
            index[intent.id] = position
        }
        indexByID = index
    }

    public subscript(id: String) -> Intent? {
        indexByID[id].map { intents[$0] }
    }

    /// Reads and checks a knowledge base; any structural problem throws with
    /// every diagnostic found.
    /// - Parameter others: names of files in `files` that hold other data
    ///   (the intake form): left to their own readers.
    public static func load(_ files: KnowledgeFiles, ignoring others: Set<String> = []) throws -> KnowledgeBase {
        let (base, diagnostics) = parse(files, ignoring: others)
        guard diagnostics.isEmpty, let base else {
            throw KnowledgeError.invalid(diagnostics)
        }
        return base
    }

    /// Reads a knowledge base and reports every problem instead of stopping at
    /// the first; `base` is nil only when nothing usable could be read.
    public static func parse(
        _ files: KnowledgeFiles, ignoring others: Set<String> = []
    ) -> (base: KnowledgeBase?, diagnostics: [Diagnostic]) {
        var reader = Reader()
        var intents: [Intent] = []
        var lexicon: Lexicon?
        var outOfScope: OutOfScope?
        for file in files.files where !others.contains(file.name) {
            guard let root = reader.document(file) else { continue }
            switch file.name {
            case lexiconFile: lexicon = reader.lexicon(root, file: file.name)
            case outOfScopeFile: outOfScope = reader.outOfScope(root, file: file.name)
            default:
                if let intent = reader.intent(root, file: file.name) { intents.append(intent) }
            }
        }
        if lexicon == nil {
            reader.report(FileLocation(file: lexiconFile, line: 0), "missing: the lexicon file is required")
        }
        if outOfScope == nil {
            reader.report(FileLocation(file: outOfScopeFile, line: 0), "missing: the out-of-scope answer is required")
        }
        reader.checkReferences(intents)
        guard let lexicon, let outOfScope, !intents.isEmpty else { return (nil, reader.diagnostics) }
        let base = KnowledgeBase(intents: intents, lexicon: lexicon, outOfScope: outOfScope, files: files)
        return (base, reader.diagnostics)
    }
}

extension KnowledgeBase {
    /// The example as compared for duplicates: lowercase letters and digits,
    /// one space between words ("How long?" and "how long" are the same).
    static func comparable(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            let isWord = (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) || lower >= 0x80
            if isWord {
                if pendingSpace && !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(lower)
            } else if lower != UInt8(ascii: "'") {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Turns YAML documents into the model, collecting diagnostics with lines.
private struct Reader {
    var diagnostics: [Diagnostic] = []
    private var seenIDs: [String: FileLocation] = [:]
    private var seenExamples: [String: FileLocation] = [:]

    mutating func report(_ location: FileLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }

    mutating func document(_ file: KnowledgeFiles.File) -> Node.Mapping? {
        do {
            // The basic resolver reads every scalar as text: the knowledge base
            // has no numbers or dates, and tag guessing is costly at start-up.
            guard let node = try Yams.compose(yaml: file.text, .basic, .default, .utf8) else {
                report(FileLocation(file: file.name, line: 1), "empty file")
                return nil
            }
            guard let mapping = node.mapping else {
                report(location(file.name, node), "expected a mapping of keys (id:, answer:, ...)")
                return nil
            }
            return mapping
        } catch let error as YamlError {
            report(FileLocation(file: file.name, line: error.line), "YAML error: \(error.problem)")
            return nil
        } catch {
            report(FileLocation(file: file.name, line: 0), "YAML error: \(error)")
            return nil
        }
    }

    mutating func intent(_ root: Node.Mapping, file: String) -> Intent? {
        let start = diagnostics.count
        checkKeys(root, file: file, allowed: ["id", "kind", "title", "group", "source", "answer", "related", "examples"])
        let id = requiredString(root, "id", file: file) ?? ""
        if !id.isEmpty, !Self.isIdentifier(id) {
            report(location(file, root.value("id")), "intent id '\(id)' must be lowercase letters, digits and _")
        }
        if let earlier = seenIDs[id], !id.isEmpty {
            report(location(file, root.value("id")), "duplicate intent id '\(id)' (first defined at \(earlier))")
        } else if !id.isEmpty {
            seenIDs[id] = location(file, root.value("id"))
        }
        let kindText = optionalString(root, "kind", file: file) ?? "guide"
        let kind = Intent.Kind(rawValue: kindText)
        if kind == nil {
            report(location(file, root.value("kind")), "kind must be guide or conversation, not '\(kindText)'")
        }
        let answer = requiredString(root, "answer", file: file) ?? ""
        let title = optionalString(root, "title", file: file) ?? id.replacingOccurrences(of: "_", with: " ")
        let group = optionalString(root, "group", file: file) ?? "Other"
        let source = optionalString(root, "source", file: file)
        if kind == .guide && source == nil {
            report(location(file, root), "guide intent '\(id)' needs a source: the guide section its facts come from")
        }
        let related = stringList(root, "related", file: file).map(\.text)
        let examples = exampleList(root, "examples", file: file, owner: id)
        if examples.isEmpty {
            report(location(file, root.value("examples") ?? nil), "intent '\(id)' has no examples")
        }
        // Keep an intent with lesser problems so later checks (references)
        // still see it; the diagnostics already make the load fail.
        guard diagnostics.count == start || (!id.isEmpty && !answer.isEmpty && kind != nil) else { return nil }
        return Intent(
            id: id, kind: kind ?? .guide, title: title, group: group, source: source, answer: answer,
            related: related, examples: examples, location: location(file, root.value("id")))
    }

    mutating func lexicon(_ root: Node.Mapping, file: String) -> Lexicon {
        checkKeys(root, file: file, allowed: ["synonyms", "stopwords"])
        var groups: [Lexicon.Synonyms] = []
        var seenVariants: [String: FileLocation] = [:]
        for node in sequence(root, "synonyms", file: file) {
            guard let mapping = node.mapping else {
                report(location(file, node), "each synonym entry needs term: and variants:")
                continue
            }
            guard let term = requiredString(mapping, "term", file: file)?.lowercased() else { continue }
            let variants = stringList(mapping, "variants", file: file)
            for variant in variants {
                let key = variant.text.lowercased()
                if let earlier = seenVariants[key] {
                    report(variant.location, "duplicate synonym '\(variant.text)' (also at \(earlier))")
                }
                seenVariants[key] = variant.location
            }
            groups.append(Lexicon.Synonyms(term: term, variants: variants.map { $0.text.lowercased() }, location: location(file, node)))
        }
        let stopwords = stringList(root, "stopwords", file: file).map { $0.text.lowercased() }
        return Lexicon(synonyms: groups, stopwords: stopwords)
    }

    mutating func outOfScope(_ root: Node.Mapping, file: String) -> OutOfScope {
        checkKeys(root, file: file, allowed: ["answer", "chat_answer", "contact", "examples"])
        let answer = requiredString(root, "answer", file: file) ?? ""
        let chatAnswer = optionalString(root, "chat_answer", file: file)
        var contactAnswer: String?
        var contactTerms: [String] = []
        if let node = root.value("contact") {
            if let contact = node.mapping {
                checkKeys(contact, file: file, allowed: ["answer", "terms"])
                contactAnswer = requiredString(contact, "answer", file: file)
                contactTerms = stringList(contact, "terms", file: file).map { $0.text.lowercased() }
                if contactTerms.isEmpty { report(location(file, node), "contact: needs terms: the words of clinic questions") }
            } else {
                report(location(file, node), "contact: must be a mapping with answer: and terms:")
            }
        }
        let examples = exampleList(root, "examples", file: file, owner: "out of scope")
        return OutOfScope(
            answer: answer, chatAnswer: chatAnswer, contactAnswer: contactAnswer, contactTerms: contactTerms,
            examples: examples)
    }

    mutating func checkReferences(_ intents: [Intent]) {
        let ids = Set(intents.map(\.id))
        for intent in intents {
            for reference in intent.related where !ids.contains(reference) {
                report(intent.location, "intent '\(intent.id)' relates to unknown intent '\(reference)'")
            }
            if intent.related.contains(intent.id) {
                report(intent.location, "intent '\(intent.id)' lists itself as related")
            }
        }
    }

    // MARK: Fields

    private mutating func checkKeys(_ mapping: Node.Mapping, file: String, allowed: Set<String>) {
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                report(location(file, key), "unknown key '\(name)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }

    private mutating func requiredString(_ mapping: Node.Mapping, _ key: String, file: String) -> String? {
        guard let node = mapping.value(key) else {
            report(location(file, mapping), "missing '\(key)'")
            return nil
        }
        guard let text = node.scalar?.string.trimmedWhitespace, !text.isEmpty else {
            report(location(file, node), "'\(key)' must be non-empty text")
            return nil
        }
        return text
    }

    private mutating func optionalString(_ mapping: Node.Mapping, _ key: String, file: String) -> String? {
        guard mapping.value(key) != nil else { return nil }
        return requiredString(mapping, key, file: file)
    }

    private mutating func sequence(_ mapping: Node.Mapping, _ key: String, file: String) -> [Node] {
        guard let node = mapping.value(key) else { return [] }
        guard let sequence = node.sequence else {
            report(location(file, node), "'\(key)' must be a list")
            return []
        }
        return Array(sequence)
    }

    private mutating func stringList(_ mapping: Node.Mapping, _ key: String, file: String) -> [Example] {
        sequence(mapping, key, file: file).compactMap { node in
            guard let text = node.scalar?.string.trimmedWhitespace, !text.isEmpty else {
                report(location(file, node), "'\(key)' entries must be non-empty text")
                return nil
            }
            return Example(text: text, location: location(file, node))
        }
    }

    private mutating func exampleList(_ mapping: Node.Mapping, _ key: String, file: String, owner: String) -> [Example] {
        let examples = stringList(mapping, key, file: file)
        for example in examples {
            let normal = KnowledgeBase.comparable(example.text)
            if let earlier = seenExamples[normal] {
                report(example.location, "duplicate example '\(example.text)' (also at \(earlier))")
            } else {
                seenExamples[normal] = example.location
            }
        }
        return examples
    }

    static func isIdentifier(_ id: String) -> Bool {
        guard let first = id.utf8.first, first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else { return false }
        return id.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "_")
        }
    }

    private func location(_ file: String, _ node: Node?) -> FileLocation {
        FileLocation(file: file, line: node?.mark?.line ?? 0)
    }

    private func location(_ file: String, _ mapping: Node.Mapping) -> FileLocation {
        FileLocation(file: file, line: mapping.mark?.line ?? 0)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmedWhitespace: String {
        let bytes = utf8
        func isSpace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isSpace($0) })!
        if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex { return self }
        return String(self[first...last])
    }
}

extension Node.Mapping {
    /// The value under a text key. Compares key text only: Yams' own
    /// subscript compares whole nodes, which is slow enough to show at start-up.
    fileprivate func value(_ key: String) -> Node? {
        for (name, value) in self where name.scalar?.string == key { return value }
        return nil
    }
}
