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
    /// When the clinic works and how to reach it (`clinic.yaml`, optional).
    public internal(set) var clinic = Clinic.unnamed

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
        var reader = KnowledgeBaseReader()
        var intents: [Intent] = []
        var lexicon: Lexicon?
        var outOfScope: OutOfScope?
        for file in files.files where !others.contains(file.name) && file.name != Clinic.fileName {
            var yaml = YAMLReader(file: file.name)
            defer { reader.diagnostics += yaml.diagnostics }
            switch file.name {
            case lexiconFile:
                guard let root = yaml.document(file.text, expected: "synonyms: and stopwords:") else { continue }
                lexicon = reader.lexicon(root, &yaml)
            case outOfScopeFile:
                guard let root = yaml.document(file.text, expected: "answer: and examples:") else { continue }
                outOfScope = reader.outOfScope(root, &yaml)
            default:
                guard let root = yaml.document(file.text, expected: "a mapping of keys (id:, answer:, ...)") else {
                    continue
                }
                if let intent = reader.intent(root, &yaml) { intents.append(intent) }
            }
        }
        if lexicon == nil {
            reader.report(FileLocation(file: lexiconFile, line: 0), "missing: the lexicon file is required")
        }
        if outOfScope == nil {
            reader.report(FileLocation(file: outOfScopeFile, line: 0), "missing: the out-of-scope answer is required")
        }
        reader.checkReferences(intents, lexicon: lexicon)
        let (clinic, clinicProblems) = Clinic.parse(files)
        reader.diagnostics += clinicProblems
        guard let lexicon, let outOfScope, !intents.isEmpty else { return (nil, reader.diagnostics) }
        var base = KnowledgeBase(intents: intents, lexicon: lexicon, outOfScope: outOfScope, files: files)
        base.clinic = clinic
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
            let isWord =
                (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
                || (lower >= UInt8(ascii: "0") && lower <= UInt8(ascii: "9")) || lower >= 0x80
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
