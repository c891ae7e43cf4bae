/// Where smp-consult keeps what lasts between runs (the chat history):
/// `$SMP_CONSULT_HOME` when set, else `$XDG_STATE_HOME/smp-consult`, else
/// `~/.local/state/smp-consult`.
public enum StateFolder {
    public static let environmentVariable = "SMP_CONSULT_HOME"

    /// The folder, or nil when neither the variables nor `HOME` say where.
    public static func path(environment: [String: String]) -> String? {
        if let home = nonEmpty(environment[environmentVariable]) { return home }
        if let state = nonEmpty(environment["XDG_STATE_HOME"]), state.hasPrefix("/") {
            return join(state, "smp-consult")
        }
        guard let home = nonEmpty(environment["HOME"]) else { return nil }
        return join(home, ".local/state/smp-consult")
    }

    /// The chat's line history file.
    public static func historyFile(environment: [String: String]) -> String? {
        path(environment: environment).map { join($0, "history") }
    }

    /// Lines of history kept.
    public static let historyLimit = 1_000

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
