import Yams

/// Turns the knowledge base's YAML mappings into the model, collecting
/// diagnostics with lines; remembers ids and examples across files to report
/// duplicates.
struct KnowledgeBaseReader {
    var diagnostics: [Diagnostic] = []
    private var seenIDs: [String: FileLocation] = [:]
    private var seenExamples: [String: FileLocation] = [:]

    mutating func report(_ location: FileLocation, _ message: String) {
        diagnostics.append(Diagnostic(location, message))
    }

    mutating func intent(_ root: Node.Mapping, _ yaml: inout YAMLReader) -> Intent? {
        let start = yaml.diagnostics.count
        yaml.checkKeys(
            root,
            allowed: [
                "id", "kind", "title", "group", "source", "answer", "batch_answer", "related", "about", "excludes",
                "needs", "identity", "coverage", "stated_coverage", "answers", "examples",
            ])
        let id = yaml.requiredText(root, "id") ?? ""
        let idLocation = yaml.location(root.value("id"))
        if !id.isEmpty, !Self.isIdentifier(id) {
            yaml.report(idLocation, "intent id '\(id)' must be lowercase letters, digits and _")
        }
        if let earlier = seenIDs[id], !id.isEmpty {
            yaml.report(idLocation, "duplicate intent id '\(id)' (first defined at \(earlier))")
        } else if !id.isEmpty {
            seenIDs[id] = idLocation
        }
        let kindText = yaml.optionalText(root, "kind") ?? "guide"
        let kind = Intent.Kind(rawValue: kindText)
        if kind == nil {
            yaml.report(root.value("kind"), "kind must be guide or conversation, not '\(kindText)'")
        }
        let answer = yaml.requiredText(root, "answer") ?? ""
        let batchAnswer = yaml.optionalText(root, "batch_answer")
        let title = yaml.optionalText(root, "title") ?? id.replacingOccurrences(of: "_", with: " ")
        let group = yaml.optionalText(root, "group") ?? "Other"
        let source = yaml.optionalText(root, "source")
        if kind == .guide && source == nil {
            yaml.report(root, "guide intent '\(id)' needs a source: the guide section its facts come from")
        }
        let related = yaml.textList(root, "related").map(\.text)
        let about = yaml.textList(root, "about").map { $0.text.lowercased() }
        let excludes = yaml.textList(root, "excludes").map { $0.text.lowercased() }
        let needs = yaml.textList(root, "needs").map { $0.text.lowercased() }
        let identity = yaml.textList(root, "identity").map { $0.text.lowercased() }
        let coverage = share(root, "coverage", &yaml)
        let statedCoverage = share(root, "stated_coverage", &yaml)
        // Absent: the intent takes questions of any type; a list (even empty)
        // names the only question types it answers.
        let answers = root.value("answers") == nil ? nil : yaml.textList(root, "answers").map { $0.text.lowercased() }
        let examples = exampleList(root, "examples", &yaml)
        if examples.isEmpty {
            yaml.report(root.value("examples"), "intent '\(id)' has no examples")
        }
        // Keep an intent with lesser problems so later checks (references)
        // still see it; the diagnostics already make the load fail.
        guard yaml.diagnostics.count == start || (!id.isEmpty && !answer.isEmpty && kind != nil) else { return nil }
        return Intent(
            id: id, kind: kind ?? .guide, title: title, group: group, source: source, answer: answer,
            batchAnswer: batchAnswer, related: related, about: about, excludes: excludes, needs: needs,
            identity: identity, coverage: coverage, statedCoverage: statedCoverage, answers: answers,
            examples: examples, location: idLocation)
    }

    mutating func lexicon(_ root: Node.Mapping, _ yaml: inout YAMLReader) -> Lexicon {
        yaml.checkKeys(root, allowed: ["synonyms", "stopwords", "question_types", "fillers"])
        var groups: [Lexicon.Synonyms] = []
        var seenVariants: [String: FileLocation] = [:]
        for node in yaml.sequence(root, "synonyms") {
            guard let mapping = node.mapping else {
                yaml.report(node, "each synonym entry needs term: and variants:")
                continue
            }
            guard let term = yaml.requiredText(mapping, "term")?.lowercased() else { continue }
            let variants = yaml.textList(mapping, "variants")
            for variant in variants {
                let key = variant.text.lowercased()
                if let earlier = seenVariants[key] {
                    yaml.report(variant.location, "duplicate synonym '\(variant.text)' (also at \(earlier))")
                }
                seenVariants[key] = variant.location
            }
            groups.append(
                Lexicon.Synonyms(
                    term: term, variants: variants.map { $0.text.lowercased() }, location: yaml.location(node)))
        }
        let stopwords = yaml.textList(root, "stopwords").map { $0.text.lowercased() }
        var types: [Lexicon.QuestionType] = []
        for node in yaml.sequence(root, "question_types") {
            guard let mapping = node.mapping else {
                yaml.report(node, "each question type needs type: and phrases:")
                continue
            }
            yaml.checkKeys(mapping, allowed: ["type", "phrases"])
            guard let name = yaml.requiredText(mapping, "type")?.lowercased() else { continue }
            let phrases = yaml.textList(mapping, "phrases").map { $0.text.lowercased() }
            if phrases.isEmpty { yaml.report(node, "question type '\(name)' has no phrases") }
            if types.contains(where: { $0.name == name }) { yaml.report(node, "duplicate question type '\(name)'") }
            types.append(Lexicon.QuestionType(name: name, phrases: phrases))
        }
        let stopSet = Set(stopwords)
        var fillers: [String] = []
        for filler in yaml.textList(root, "fillers") {
            let word = filler.text.lowercased()
            // A filler is skipped only where it is a stop word: elsewhere it
            // is a term of its own.
            if stopSet.contains(word) {
                fillers.append(word)
            } else {
                yaml.report(filler.location, "filler '\(filler.text)' is not a stop word")
            }
        }
        return Lexicon(synonyms: groups, stopwords: stopwords, questionTypes: types, fillers: fillers)
    }

    mutating func outOfScope(_ root: Node.Mapping, _ yaml: inout YAMLReader) -> OutOfScope {
        yaml.checkKeys(
            root, allowed: ["answer", "chat_answer", "contact", "subjects", "cautions", "personal", "examples"])
        let answer = yaml.requiredText(root, "answer") ?? ""
        let chatAnswer = yaml.optionalText(root, "chat_answer")
        var contactAnswer: String?
        var contactTerms: [String] = []
        if let node = root.value("contact") {
            if let contact = node.mapping {
                yaml.checkKeys(contact, allowed: ["answer", "terms"])
                contactAnswer = yaml.requiredText(contact, "answer")
                contactTerms = yaml.textList(contact, "terms").map { $0.text.lowercased() }
                if contactTerms.isEmpty {
                    yaml.report(node, "contact: needs terms: the words of questions for the clinic")
                }
            } else {
                yaml.report(node, "contact: must be a mapping with answer: and terms:")
            }
        }
        let subjects = yaml.textList(root, "subjects").map { $0.text.lowercased() }
        func subjectList(_ key: String) -> [String] {
            var names: [String] = []
            for item in yaml.textList(root, key) {
                let name = item.text.lowercased()
                if subjects.contains(name) {
                    names.append(name)
                } else {
                    yaml.report(item.location, "\(key): '\(item.text)' is not one of the subjects")
                }
            }
            return names
        }
        let cautions = subjectList("cautions")
        let personal = subjectList("personal")
        let examples = exampleList(root, "examples", &yaml)
        return OutOfScope(
            answer: answer, chatAnswer: chatAnswer, contactAnswer: contactAnswer, contactTerms: contactTerms,
            subjects: subjects, cautions: cautions, personal: personal, examples: examples)
    }

    mutating func checkReferences(_ intents: [Intent], lexicon: Lexicon?) {
        let ids = Set(intents.map(\.id))
        let types = Set(lexicon?.questionTypes.map(\.name) ?? [])
        for intent in intents {
            for type in intent.answers ?? [] where lexicon != nil && !types.contains(type) {
                report(
                    intent.location,
                    "intent '\(intent.id)' answers unknown question type '\(type)' (see question_types in the lexicon)")
            }
            for reference in intent.related where !ids.contains(reference) {
                report(intent.location, "intent '\(intent.id)' relates to unknown intent '\(reference)'")
            }
            if intent.related.contains(intent.id) {
                report(intent.location, "intent '\(intent.id)' lists itself as related")
            }
        }
    }

    /// The examples under `key`, reporting one that repeats an earlier example
    /// of any intent.
    private mutating func exampleList(_ mapping: Node.Mapping, _ key: String, _ yaml: inout YAMLReader) -> [Example] {
        let examples = yaml.textList(mapping, key).map { Example(text: $0.text, location: $0.location) }
        for example in examples {
            let normal = KnowledgeBase.comparable(example.text)
            if let earlier = seenExamples[normal] {
                yaml.report(example.location, "duplicate example '\(example.text)' (also at \(earlier))")
            } else {
                seenExamples[normal] = example.location
            }
        }
        return examples
    }

    /// The share from 0 to 1 under `key`, if any; anything else is reported
    /// where it stands.
    private func share(_ mapping: Node.Mapping, _ key: String, _ yaml: inout YAMLReader) -> Double? {
        guard let text = yaml.optionalText(mapping, key) else { return nil }
        guard let value = Double(text), (0...1).contains(value) else {
            yaml.report(mapping.value(key), "\(key) must be a number from 0 to 1, not '\(text)'")
            return nil
        }
        return value
    }

    static func isIdentifier(_ id: String) -> Bool {
        guard let first = id.utf8.first, first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") else { return false }
        return id.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "_")
        }
    }
}
