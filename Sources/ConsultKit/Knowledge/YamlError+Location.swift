import Yams

/// The line and the short problem of a YAML error, for `file:line: message`.
extension YamlError {
    var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        case .reader(_, let offset, _, let yaml):
            // A byte offset into the text: count the lines before it.
            guard let offset else { return 0 }
            return yaml.utf8.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        default:
            return 0
        }
    }

    var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key '\(duplicates.joined(separator: "', '"))'"
        default:
            return "\(self)".split(separator: "\n").first.map(String.init) ?? "invalid YAML"
        }
    }
}
