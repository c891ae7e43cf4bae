/// The commands the chat understands, typed with a leading slash.
public enum SlashCommand: String, Sendable, CaseIterable {
    case help
    case topics
    case intake
    case plans
    case explain
    case quit

    /// The name as typed, slash included.
    public var name: String { "/" + rawValue }

    /// One line for `/help`.
    public var summary: String {
        switch self {
        case .help: return "what you can type here"
        case .topics: return "everything I can answer, by theme"
        case .intake: return "start the guided consultation to plan your treatment"
        case .plans: return "list your saved treatment plans"
        case .explain: return "turn on or off showing why an answer matched"
        case .quit: return "leave the chat"
        }
    }

    /// Reads `/name`, a unique abbreviation (`/top`) or an alias (`/exit`);
    /// nil when the line is no known command.
    public init?(parsing line: String) {
        guard line.hasPrefix("/") else { return nil }
        let word = line.dropFirst().prefix { !$0.isWhitespace }.lowercased()
        guard !word.isEmpty else { return nil }
        if let exact = SlashCommand(rawValue: word) {
            self = exact
            return
        }
        if ["exit", "bye", "q"].contains(word) {
            self = .quit
            return
        }
        let candidates = Self.allCases.filter { $0.rawValue.hasPrefix(word) }
        guard candidates.count == 1 else { return nil }
        self = candidates[0]
    }
}
