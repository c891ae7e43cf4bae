/// The knowledge base in the byte format of the prebuilt matcher index, so the
/// index compiled into the binary carries the base with it.
extension KnowledgeBase {
    func encode(into writer: inout ByteWriter) {
        writer.int(intents.count)
        for intent in intents {
            writer.string(intent.id)
            writer.string(intent.kind.rawValue)
            writer.string(intent.title)
            writer.string(intent.group)
            writer.optionalString(intent.source)
            writer.string(intent.answer)
            writer.string(intent.batchAnswer)
            writer.strings(intent.related)
            writer.strings(intent.about)
            writer.strings(intent.excludes)
            writer.strings(intent.needs)
            writer.strings(intent.identity)
            // nil as a negative share.
            writer.double(intent.coverage ?? -1)
            writer.double(intent.statedCoverage ?? -1)
            // nil (any type) as a leading 0, a list as 1 then the list.
            writer.int(intent.answers == nil ? 0 : 1)
            writer.strings(intent.answers ?? [])
            Self.encode(intent.examples, into: &writer)
            Self.encode(intent.location, into: &writer)
        }
        writer.int(lexicon.synonyms.count)
        for group in lexicon.synonyms {
            writer.string(group.term)
            writer.strings(group.variants)
            Self.encode(group.location, into: &writer)
        }
        writer.strings(lexicon.stopwords)
        writer.strings(lexicon.fillers)
        writer.strings(lexicon.questionTypes.map(\.name))
        for type in lexicon.questionTypes { writer.strings(type.phrases) }
        writer.string(outOfScope.answer)
        writer.string(outOfScope.chatAnswer)
        writer.string(outOfScope.contactAnswer)
        writer.strings(outOfScope.contactTerms)
        writer.strings(outOfScope.subjects)
        writer.strings(outOfScope.cautions)
        writer.strings(outOfScope.personal)
        Self.encode(outOfScope.examples, into: &writer)
        // The clinic too, so start-up reads no YAML at all.
        writer.optionalString(clinic.name)
        writer.optionalString(clinic.contact)
        writer.strings(clinic.openWeekdays.sorted().map(String.init))
        writer.strings(clinic.closedDates.map(\.iso).sorted())
    }

    static func decode(from reader: inout ByteReader, files: KnowledgeFiles) throws -> KnowledgeBase {
        var intents: [Intent] = []
        for _ in 0..<(try reader.count(bytesEach: 8)) {
            let id = try reader.string()
            guard let kind = Intent.Kind(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
            let title = try reader.string()
            let group = try reader.string()
            let source = try reader.optionalString()
            let answer = try reader.string()
            let batchAnswer = try reader.string()
            let related = try reader.strings()
            let about = try reader.strings()
            let excludes = try reader.strings()
            let needs = try reader.strings()
            let identity = try reader.strings()
            let coverage = try reader.double()
            let statedCoverage = try reader.double()
            let declaresAnswers = try reader.int()
            let answers = try reader.strings()
            guard declaresAnswers == 0 || declaresAnswers == 1 else { throw ByteReader.Malformed() }
            intents.append(
                Intent(
                    id: id, kind: kind, title: title, group: group, source: source, answer: answer,
                    batchAnswer: batchAnswer, related: related,
                    about: about, excludes: excludes, needs: needs, identity: identity,
                    coverage: coverage < 0 ? nil : coverage,
                    statedCoverage: statedCoverage < 0 ? nil : statedCoverage,
                    answers: declaresAnswers == 1 ? answers : nil,
                    examples: try decodeExamples(&reader), location: try decodeLocation(&reader)))
        }
        var synonyms: [Lexicon.Synonyms] = []
        for _ in 0..<(try reader.count(bytesEach: 8)) {
            synonyms.append(
                Lexicon.Synonyms(
                    term: try reader.string(), variants: try reader.strings(), location: try decodeLocation(&reader)))
        }
        let stopwords = try reader.strings()
        let fillers = try reader.strings()
        let typeNames = try reader.strings()
        var types: [Lexicon.QuestionType] = []
        for name in typeNames { types.append(Lexicon.QuestionType(name: name, phrases: try reader.strings())) }
        let lexicon = Lexicon(synonyms: synonyms, stopwords: stopwords, questionTypes: types, fillers: fillers)
        let outOfScope = OutOfScope(
            answer: try reader.string(), chatAnswer: try reader.string(), contactAnswer: try reader.string(),
            contactTerms: try reader.strings(), subjects: try reader.strings(), cautions: try reader.strings(),
            personal: try reader.strings(), examples: try decodeExamples(&reader))
        var base = KnowledgeBase(intents: intents, lexicon: lexicon, outOfScope: outOfScope, files: files)
        let name = try reader.optionalString()
        let contact = try reader.optionalString()
        let weekdays = try reader.strings().map { try Int($0) ?? { throw ByteReader.Malformed() }() }
        let closed = try reader.strings().map { try CalendarDay(iso: $0) ?? { throw ByteReader.Malformed() }() }
        base.clinic = Clinic(
            name: name, contact: contact, openWeekdays: Set(weekdays), closedDates: Set(closed))
        return base
    }

    private static func encode(_ examples: [Example], into writer: inout ByteWriter) {
        writer.strings(examples.map(\.text))
        writer.strings(examples.map(\.location.file))
        writer.int32s(examples.map { Int32(clamping: $0.location.line) })
    }

    private static func decodeExamples(_ reader: inout ByteReader) throws -> [Example] {
        let texts = try reader.strings()
        let files = try reader.strings()
        let lines = try reader.int32s()
        guard texts.count == files.count, files.count == lines.count else { throw ByteReader.Malformed() }
        return texts.indices.map {
            Example(text: texts[$0], location: FileLocation(file: files[$0], line: Int(lines[$0])))
        }
    }

    private static func encode(_ location: FileLocation, into writer: inout ByteWriter) {
        writer.string(location.file)
        writer.int(location.line)
    }

    private static func decodeLocation(_ reader: inout ByteReader) throws -> FileLocation {
        FileLocation(file: try reader.string(), line: try reader.int())
    }
}
