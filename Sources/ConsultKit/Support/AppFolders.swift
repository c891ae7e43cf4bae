import Foundation

/// Where smp-consult keeps what lasts between runs, by one set of rules:
/// `$SMP_CONSULT_HOME` holds everything when set; otherwise the XDG base
/// directories (`XDG_DATA_HOME` for plans, `XDG_STATE_HOME` for the chat
/// history), each ignored when relative as the
/// XDG spec says, and their defaults under the home folder.
public struct AppFolders: Sendable, Equatable {
    /// The one variable that moves every folder at once.
    public static let homeVariable = "SMP_CONSULT_HOME"
    static let appName = "smp-consult"

    /// Plans and drafts (personal data that lasts).
    public let data: URL
    /// The chat history.
    public let state: URL

    /// The folders for `environment`. With no `HOME`, the account's home
    /// folder stands in for it.
    public init(environment: [String: String]) {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        if let own = value(Self.homeVariable) {
            let root = URL(fileURLWithPath: own, isDirectory: true)
            data = root
            state = root
            return
        }
        let home = URL(fileURLWithPath: value("HOME") ?? NSHomeDirectory(), isDirectory: true)
        func base(_ variable: String, default path: String) -> URL {
            // The XDG spec: a relative path in these variables is invalid and ignored.
            let folder = value(variable).flatMap {
                $0.hasPrefix("/") ? URL(fileURLWithPath: $0, isDirectory: true) : nil
            }
            return (folder ?? home.appendingPathComponent(path, isDirectory: true))
                .appendingPathComponent(Self.appName, isDirectory: true)
        }
        data = base("XDG_DATA_HOME", default: ".local/share")
        state = base("XDG_STATE_HOME", default: ".local/state")
    }

    /// Saved plans; unfinished intakes in its `drafts` subfolder.
    public var plans: URL { data.appendingPathComponent("plans", isDirectory: true) }

    /// The chat's line history.
    public var history: URL { state.appendingPathComponent("history") }
}
