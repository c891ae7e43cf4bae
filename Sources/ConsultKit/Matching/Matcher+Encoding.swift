/// The matcher as bytes: the knowledge base, the analyzer's tables and the
/// index, so the index built while building the program can be compiled into
/// it and read back at start-up without parsing YAML or building anything.
extension Matcher {
    /// Bumped whenever the index or its encoding changes, so an index from
    /// another format is refused rather than misread.
    static let indexFormat = 10
    private static let magic = "smp-consult matcher index"

    /// The whole index, knowledge base included, as bytes.
    public func encodedIndex() -> [UInt8] {
        var writer = ByteWriter()
        writer.string(Self.magic)
        writer.int(Self.indexFormat)
        writer.doubles(settings.fingerprint)
        knowledge.encode(into: &writer)
        analyzer.encode(into: &writer)
        writer.int(index.classCount)
        writer.int32s(index.featureOfTerm)
        writer.doubles(index.weights)
        writer.double(index.unknownWeight)
        writer.int32s(index.postingStart)
        writer.int32s(index.postingExample)
        writer.int32s(index.profileStart)
        writer.int32s(index.profileOwner)
        writer.doubles(index.profileStrength)
        writer.int32s(index.exampleClass)
        writer.doubles(index.exampleNorm)
        // The examples' texts and places are the knowledge base's, in order.
        return writer.bytes
    }

    /// A matcher from `encodedIndex()` bytes; throws on bytes from another
    /// format or settings, or damaged ones.
    /// - Parameter files: the files the index was built from, kept with the
    ///   knowledge base (other readers, such as the intake form's, use them).
    public static func decodeIndex(
        _ bytes: [UInt8], files: KnowledgeFiles, settings: Settings = Settings()
    ) throws -> Matcher {
        var reader = ByteReader(bytes)
        guard try reader.string() == magic, try reader.int() == indexFormat,
            try reader.doubles() == settings.fingerprint
        else {
            throw ByteReader.Malformed()
        }
        let knowledge = try KnowledgeBase.decode(from: &reader, files: files)
        let analyzer = try TermAnalyzer.decode(from: &reader)
        var index = MatcherIndex(
            classCount: try reader.int(),
            featureOfTerm: try reader.int32s(),
            weights: try reader.doubles(),
            unknownWeight: try reader.double(),
            postingStart: try reader.int32s(),
            postingExample: try reader.int32s(),
            profileStart: try reader.int32s(),
            profileOwner: try reader.int32s(),
            profileStrength: try reader.doubles(),
            exampleClass: try reader.int32s(),
            exampleNorm: try reader.doubles(),
            exampleText: [],
            exampleLocation: [])
        let examples = knowledge.intents.flatMap(\.examples) + knowledge.outOfScope.examples
        index.exampleText = examples.map(\.text)
        index.exampleLocation = examples.map(\.location)
        guard reader.isAtEnd,
            index.isConsistent(intentCount: knowledge.intents.count, analyzerTermCount: analyzer.termNames.count)
        else { throw ByteReader.Malformed() }
        return Matcher(knowledge: knowledge, analyzer: analyzer, settings: settings, index: index)
    }
}
