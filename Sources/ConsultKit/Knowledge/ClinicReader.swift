import Yams

extension Clinic {
    /// The clinic among a knowledge base's files: its `clinic.yaml`, else
    /// every weekday open and no name.
    public static func parse(_ files: KnowledgeFiles) -> (clinic: Clinic, diagnostics: [Diagnostic]) {
        guard let file = files.file(named: fileName) else { return (.unnamed, []) }
        var yaml = YAMLReader(file: file.name)
        let clinic = read(file.text, &yaml)
        return (clinic ?? .unnamed, yaml.diagnostics)
    }

    /// A year of holidays and leave for a few years ahead fits easily.
    static let maximumClosedDates = 2_000
    /// Longer than any name or contact line; stops a pasted paragraph.
    static let maximumLineLength = 200

    private static let weekdayNames: [String: Int] = {
        var names: [String: Int] = [:]
        for (index, name) in CalendarDay.weekdayNames.enumerated() {
            names[name.lowercased()] = index + 1
            names[String(name.lowercased().prefix(3))] = index + 1
        }
        return names
    }()

    static func read(_ text: String, _ yaml: inout YAMLReader) -> Clinic? {
        guard let root = yaml.document(text, expected: "a mapping with open:, closed:, name: and contact:") else {
            return nil
        }
        yaml.checkKeys(root, allowed: ["name", "contact", "open", "closed"])
        var clinic = Clinic.unnamed
        clinic.name = line(root, "name", &yaml)
        clinic.contact = line(root, "contact", &yaml)
        if root.value("open") != nil {
            var open: Set<Int> = []
            for (text, location) in yaml.textList(root, "open") {
                guard let weekday = weekdayNames[text.lowercased()] else {
                    yaml.report(location, "'\(text)' is not a weekday (monday … sunday)")
                    continue
                }
                if !open.insert(weekday).inserted { yaml.report(location, "'\(text)' is listed twice") }
            }
            if open.isEmpty {
                yaml.report(root.value("open"), "'open' needs at least one weekday, or plans could have no dates")
            }
            clinic.openWeekdays = open
        }
        let closed = yaml.textList(root, "closed")
        if closed.count > maximumClosedDates {
            yaml.report(root.value("closed"), "'closed' lists \(closed.count) dates; at most \(maximumClosedDates)")
        } else {
            for (text, location) in closed {
                guard let day = CalendarDay(iso: text) else {
                    yaml.report(location, "'\(text)' is not a date written YYYY-MM-DD")
                    continue
                }
                if !clinic.closedDates.insert(day).inserted { yaml.report(location, "\(text) is listed twice") }
            }
        }
        return clinic
    }

    /// Optional one-line text: a name or contact line shown on the terminal
    /// and in exported plans.
    private static func line(_ mapping: Node.Mapping, _ key: String, _ yaml: inout YAMLReader) -> String? {
        guard let text = yaml.optionalText(mapping, key) else { return nil }
        if text.contains("\n") || text.count > maximumLineLength {
            yaml.report(mapping.value(key), "'\(key)' must be one line of at most \(maximumLineLength) characters")
            return nil
        }
        return text
    }
}
