/// What the conversation says back to one line: blocks of text to show, the
/// numbered choices it offers, and what the terminal should do next.
public struct Reply: Sendable, Equatable {
    /// One piece of the reply; the renderer decides how each kind looks.
    public enum Block: Sendable, Equatable {
        /// Prose: an answer, a dialog's question, a message.
        case text(String)
        /// A heading above a list (a `/topics` group).
        case heading(String)
        /// The guide section an answer comes from, shown discreetly.
        case source(String)
        /// A quiet remark: why an answer matched, a tip.
        case note(String)
    }

    /// A numbered option; typing its number answers `intentID`.
    public struct Choice: Sendable, Equatable {
        public let number: Int
        public let title: String
        public let intentID: String

        public init(number: Int, title: String, intentID: String) {
            self.number = number
            self.title = title
            self.intentID = intentID
        }
    }

    public var blocks: [Block]
    /// The line above the choices ("Did you mean:", "Related topics:").
    public var choicesLead: String
    public var choices: [Choice]
    /// The intent that answered, if one did.
    public var intentID: String?
    /// True when the conversation is over (farewell said).
    public var ends: Bool
    /// What Tab should offer after this reply.
    public var completions: [String]

    public init(
        blocks: [Block] = [], choicesLead: String = "", choices: [Choice] = [], intentID: String? = nil,
        ends: Bool = false, completions: [String] = []
    ) {
        self.blocks = blocks
        self.choicesLead = choicesLead
        self.choices = choices
        self.intentID = intentID
        self.ends = ends
        self.completions = completions
    }

    /// A dialog's plain text as blocks: its guide sources (lines made by
    /// `GuideSource.line`) become source blocks, shown as the chat shows them.
    public static func blocks(dialogText text: String) -> [Block] {
        var blocks: [Block] = []
        var prose: [Substring] = []
        func flush() {
            if !prose.isEmpty { blocks.append(.text(prose.joined(separator: "\n"))) }
            prose = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let label = GuideSource.label(inLine: line) {
                flush()
                blocks.append(.source(label))
            } else {
                prose.append(line)
            }
        }
        flush()
        return blocks.filter { $0 != .text("") }
    }

    /// True when there is nothing to show (an empty line was typed).
    public var isEmpty: Bool { blocks.isEmpty && choices.isEmpty }

    /// All the words of the reply, without styling, for tests and logs.
    public var plainText: String {
        var lines = blocks.map { block -> String in
            switch block {
            case .text(let text), .heading(let text), .source(let text), .note(let text): return text
            }
        }
        if !choices.isEmpty {
            lines.append(choicesLead)
            lines += choices.map { "\($0.number). \($0.title)" }
        }
        return lines.joined(separator: "\n")
    }
}
