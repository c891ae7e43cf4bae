/// How the chat's output looks on this terminal: whether it may use colour
/// and how wide to wrap. Decided from facts the caller gathers (isatty, the
/// environment, the window size), so the rules are testable.
public struct TerminalStyle: Sendable, Equatable {
    /// ANSI colours and weights are written only when true.
    public let colour: Bool
    /// Columns to wrap at; nil for no wrapping (output to a pipe or file).
    public let width: Int?

    public init(colour: Bool, width: Int?) {
        self.colour = colour
        self.width = width
    }

    /// No escape codes, no wrapping: for pipes and files.
    public static let plain = TerminalStyle(colour: false, width: nil)

    /// The style for a session whose standard input and output are (or are
    /// not) terminals. Colour needs both to be terminals, `TERM` set and not
    /// `dumb`, and `NO_COLOR` unset or empty (no-color.org). Width comes from
    /// the window size, else `COLUMNS`, else 80, and is at most
    /// `readableWidth`; output that is not a terminal is not wrapped.
    public static func resolve(
        inputIsTerminal: Bool, outputIsTerminal: Bool, windowColumns: Int?, environment: [String: String]
    ) -> TerminalStyle {
        guard outputIsTerminal else { return .plain }
        let term = environment["TERM"] ?? ""
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let colour = inputIsTerminal && !noColor && !term.isEmpty && term != "dumb"
        let width =
            windowColumns.flatMap { $0 > 0 ? $0 : nil }
            ?? environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
            ?? 80
        return TerminalStyle(colour: colour, width: min(width, readableWidth))
    }

    /// Lines longer than this are hard to read, however wide the window.
    public static let readableWidth = 100

    /// The ANSI looks the renderer uses.
    public enum Look: String, Sendable {
        case bold = "1"
        case dim = "2"
        case accent = "36"
        case boldAccent = "1;36"
    }

    /// `text` in `look` when colour is on; unchanged otherwise.
    public func paint(_ text: String, _ look: Look) -> String {
        guard colour, !text.isEmpty else { return text }
        return "\u{1B}[\(look.rawValue)m\(text)\u{1B}[0m"
    }
}
