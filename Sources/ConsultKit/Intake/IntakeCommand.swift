/// What the client can type at any step instead of an answer ("back",
/// "change hairline"), and the yes and no of the confirmations.
enum IntakeCommand: Equatable {
    case back, skip, restart, help, summary, cancel, pause
    /// Go to the step named or numbered.
    case change(String)

    /// Commands Tab offers at every step.
    static let completions = ["back", "summary", "help", "restart", "cancel", "pause"]

    /// Reads a command, with or without a leading `/` and final `.` or `!`;
    /// nil when the line is no command.
    init?(parsing text: String) {
        var lowered = text.lowercased()
        if lowered.hasPrefix("/") { lowered.removeFirst() }
        while let last = lowered.last, ".!".contains(last) { lowered.removeLast() }
        lowered = lowered.trimmingCharacters(in: .whitespaces)
        switch lowered {
        case "back", "go back", "previous", "prev": self = .back
        case "skip", "skip it", "pass": self = .skip
        case "restart", "start over", "start again": self = .restart
        case "help", "?", "commands", "options": self = .help
        case "summary", "show summary", "answers", "review": self = .summary
        case "cancel", "abort", "discard": self = .cancel
        case "pause", "quit", "exit", "later", "stop": self = .pause
        default:
            for prefix in ["change ", "edit ", "go to ", "goto "] where lowered.hasPrefix(prefix) {
                let rest = String(lowered.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                if !rest.isEmpty {
                    self = .change(rest)
                    return
                }
            }
            return nil
        }
    }

    static func isYes(_ text: String) -> Bool {
        ["yes", "y", "yes please", "yep", "yeah", "ok", "okay", "sure", "correct"].contains(normalised(text))
    }

    static func isNo(_ text: String) -> Bool {
        ["no", "n", "nope", "not yet", "wait"].contains(normalised(text))
    }

    /// "That's all" after "Anything else?".
    static func isDone(_ text: String) -> Bool {
        ["that is all", "that is it", "done", "nothing", "nothing else", "no thanks", "all", "finished"].contains(
            normalised(text))
    }

    /// Saving at the summary, in words other than yes.
    static func isSave(_ text: String) -> Bool {
        isYes(text) || ["save", "confirm", "save it", "save the plan"].contains(text.lowercased())
    }

    private static func normalised(_ text: String) -> String {
        Tokenizer.tokens(text).joined(separator: " ")
    }
}
