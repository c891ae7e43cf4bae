import Foundation
import Yams

extension IntakeForm {
    /// Reads and checks the form; any problem throws with every diagnostic found.
    public static func load(text: String, file: String = fileName) throws -> IntakeForm {
        let (form, diagnostics) = parse(text: text, file: file)
        guard diagnostics.isEmpty, let form else { throw IntakeError.invalidForm(diagnostics) }
        return form
    }

    /// The form among a knowledge base's files (`intake.yaml`). A folder
    /// without one gets the built-in form added by whoever chose the folder.
    public static func load(from files: KnowledgeFiles) throws -> IntakeForm {
        guard let file = files.file(named: fileName) else {
            throw IntakeError.missingForm(origin: files.origin)
        }
        return try load(text: file.text, file: file.name)
    }

    /// The problems of the form among `files`, if they have one (a folder
    /// without a form uses the built-in one).
    public static func diagnostics(in files: KnowledgeFiles) -> [Diagnostic] {
        files.file(named: fileName).map { parse(text: $0.text, file: $0.name).diagnostics } ?? []
    }

    /// Reads the form and reports every problem (with file:line) instead of
    /// stopping at the first; `form` is nil only when nothing usable was read.
    public static func parse(text: String, file: String = fileName) -> (form: IntakeForm?, diagnostics: [Diagnostic]) {
        var reader = FormReader(file: file)
        let form = reader.form(text)
        return (form, reader.diagnostics)
    }
}

/// Turns the YAML of the form into the model, collecting diagnostics with
/// lines; the YAML itself is read by the project's one `YAMLReader`.
private struct FormReader {
    private var yaml: YAMLReader
    var diagnostics: [Diagnostic] { yaml.diagnostics }

    init(file: String) {
        yaml = YAMLReader(file: file)
    }

    mutating func form(_ text: String) -> IntakeForm? {
        guard let root = yaml.document(text, expected: "a mapping with steps:") else { return nil }
        checkKeys(root, allowed: ["filler", "steps"])
        let filler = words(root, "filler")
        var steps: [IntakeForm.Step] = []
        var seen: [String: FileLocation] = [:]
        let stepNodes = sequence(root, "steps")
        if stepNodes.isEmpty {
            report(root.value("steps"), "the form needs at least one step under steps:")
        }
        for node in stepNodes {
            guard let mapping = node.mapping else {
                report(node, "each step needs id:, prompt: and kind:")
                continue
            }
            guard let step = step(mapping, formFiller: filler) else { continue }
            if let earlier = seen[step.id] {
                report(mapping.value("id"), "duplicate step id '\(step.id)' (first defined at \(earlier))")
                continue
            }
            seen[step.id] = step.location
            steps.append(step)
        }
        if !stepNodes.isEmpty { checkRoles(steps, root: root) }
        return IntakeForm(steps: steps, filler: filler, location: location(root))
    }

    private mutating func step(_ mapping: Node.Mapping, formFiller: [String]) -> IntakeForm.Step? {
        let start = diagnostics.count
        checkKeys(
            mapping, allowed: ["id", "title", "prompt", "kind", "role", "optional", "values", "filler", "options"])
        let id = identifier(mapping, what: "step")
        let prompt = requiredText(mapping, "prompt")
        let title = optionalText(mapping, "title") ?? id.map { $0.replacingOccurrences(of: "_", with: " ").capitalized }
        var kind: IntakeForm.Step.Kind?
        if let text = requiredText(mapping, "kind") {
            kind = IntakeForm.Step.Kind(rawValue: text)
            if kind == nil {
                report(mapping.value("kind"), "kind must be text, choice or date, not '\(text)'")
            }
        }
        var role: StepRole?
        if let text = optionalText(mapping, "role") {
            role = StepRole(rawValue: text)
            if role == nil {
                let roles = StepRole.allCases.map(\.rawValue).joined(separator: ", ")
                report(mapping.value("role"), "role must be one of \(roles), not '\(text)'")
            }
        }
        let isOptional = boolean(mapping, "optional") ?? false
        var allowsMany = false
        if let values = optionalText(mapping, "values") {
            switch values {
            case "one": allowsMany = false
            case "many": allowsMany = true
            default: report(mapping.value("values"), "values must be one or many, not '\(values)'")
            }
            if kind != nil && kind != .choice {
                report(mapping.value("values"), "values: applies to choice steps only")
            }
        }
        let filler = words(mapping, "filler")
        var options: [IntakeForm.Option] = []
        let optionNodes = sequence(mapping, "options")
        if kind == .choice {
            if optionNodes.count < 2 {
                report(mapping.value("options"), "choice step '\(id ?? "?")' needs at least two options")
            }
            var seenIDs: [String: FileLocation] = [:]
            for node in optionNodes {
                guard let optionMapping = node.mapping else {
                    report(node, "each option needs id:, label: and description:")
                    continue
                }
                guard let option = option(optionMapping) else { continue }
                if let earlier = seenIDs[option.id] {
                    report(
                        optionMapping.value("id"), "duplicate option id '\(option.id)' (first defined at \(earlier))")
                    continue
                }
                seenIDs[option.id] = option.location
                options.append(option)
            }
            if options.filter(\.takesText).count > 1 {
                report(mapping.value("options"), "only one option of a step may take free text")
            }
        } else if !optionNodes.isEmpty {
            report(mapping.value("options"), "options: applies to choice steps only")
        }
        guard diagnostics.count == start, let id, let prompt, let title, let kind else { return nil }
        let step = IntakeForm.Step(
            id: id, title: title, prompt: prompt, kind: kind, role: role, isOptional: isOptional,
            allowsMany: allowsMany,
            options: options, filler: filler, location: location(mapping))
        checkPhrases(step, formFiller: formFiller, mapping: mapping)
        return step
    }

    /// Each role at most once, on a step of the kind it needs; a start date
    /// the plan can be scheduled from.
    private mutating func checkRoles(_ steps: [IntakeForm.Step], root: Node.Mapping) {
        var owners: [StepRole: IntakeForm.Step] = [:]
        for step in steps {
            guard let role = step.role else { continue }
            if let earlier = owners[role] {
                yaml.report(
                    step.location,
                    "role '\(role.rawValue)' is already the role of step '\(earlier.id)' (\(earlier.location))")
                continue
            }
            owners[role] = step
            let kind = Self.kind(of: role)
            if step.kind != kind {
                yaml.report(step.location, "a step with role '\(role.rawValue)' must be kind: \(kind.rawValue)")
            }
        }
        if let start = owners[.start] {
            if start.isOptional {
                yaml.report(
                    start.location, "the step with role 'start' cannot be optional: the plan is scheduled from it")
            }
        } else {
            report(root.value("steps"), "missing a date step with role: start (the plan is scheduled from it)")
        }
    }

    private static func kind(of role: StepRole) -> IntakeForm.Step.Kind {
        switch role {
        case .name: return .text
        case .start: return .date
        case .goals, .colour, .hairline, .density: return .choice
        }
    }

    private mutating func option(_ mapping: Node.Mapping) -> IntakeForm.Option? {
        let start = diagnostics.count
        checkKeys(mapping, allowed: ["id", "label", "description", "synonyms", "free_text"])
        let id = identifier(mapping, what: "option")
        let label = requiredText(mapping, "label")
        let description = requiredText(mapping, "description")
        if let description, description.contains("\n") {
            report(mapping.value("description"), "description must be one line")
        }
        let synonyms = sequence(mapping, "synonyms").compactMap { node -> String? in
            guard let text = node.scalar?.string.trimmedWhitespace, !text.isEmpty else {
                report(node, "synonyms must be non-empty text")
                return nil
            }
            return text
        }
        let takesText = boolean(mapping, "free_text") ?? false
        guard diagnostics.count == start, let id, let label, let description else { return nil }
        return IntakeForm.Option(
            id: id, label: label, description: description, synonyms: synonyms, takesText: takesText,
            location: location(mapping))
    }

    /// Two options of one step must not answer to the same words, or the
    /// matcher could not tell them apart.
    private mutating func checkPhrases(_ step: IntakeForm.Step, formFiller: [String], mapping: Node.Mapping) {
        guard step.kind == .choice else { return }
        let matcher = OptionMatcher(step: step, formFiller: formFiller)
        var owners: [[String]: String] = [:]
        let optionNodes = sequence(mapping, "options")
        for (index, option) in step.options.enumerated() {
            let node = index < optionNodes.count ? optionNodes[index].mapping : nil
            for phrase in [option.id.replacingOccurrences(of: "_", with: " "), option.label] + option.synonyms {
                let key = matcher.normalised(phrase)
                if key.isEmpty {
                    report(
                        node?.value("synonyms") ?? node?.value("label"),
                        "'\(phrase)' has only filler words, so it can never match")
                    continue
                }
                if let owner = owners[key], owner != option.id {
                    report(
                        node?.value("synonyms") ?? node?.value("label"),
                        "'\(phrase)' in option '\(option.id)' also means option '\(owner)' in step '\(step.id)'")
                }
                owners[key] = option.id
            }
        }
    }

    // MARK: Fields

    private mutating func report(_ node: Node?, _ message: String) { yaml.report(node, message) }
    private mutating func report(_ mapping: Node.Mapping, _ message: String) { yaml.report(mapping, message) }
    private func location(_ mapping: Node.Mapping) -> FileLocation { yaml.location(mapping) }
    private mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>) {
        yaml.checkKeys(mapping, allowed: allowed)
    }
    private mutating func requiredText(_ mapping: Node.Mapping, _ key: String) -> String? {
        yaml.requiredText(mapping, key)
    }
    private mutating func optionalText(_ mapping: Node.Mapping, _ key: String) -> String? {
        yaml.optionalText(mapping, key)
    }
    private mutating func boolean(_ mapping: Node.Mapping, _ key: String) -> Bool? { yaml.boolean(mapping, key) }
    private mutating func sequence(_ mapping: Node.Mapping, _ key: String) -> [Node] { yaml.sequence(mapping, key) }

    private mutating func identifier(_ mapping: Node.Mapping, what: String) -> String? {
        guard let id = requiredText(mapping, "id") else { return nil }
        guard id.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil else {
            report(
                mapping.value("id"),
                "\(what) id '\(id)' must be lowercase letters, digits and _, starting with a letter")
            return nil
        }
        return id
    }

    private mutating func words(_ mapping: Node.Mapping, _ key: String) -> [String] {
        sequence(mapping, key).compactMap { node in
            guard let text = node.scalar?.string, !Tokenizer.tokens(text).isEmpty else {
                report(node, "'\(key)' entries must be words")
                return nil
            }
            return text.lowercased()
        }
    }
}
