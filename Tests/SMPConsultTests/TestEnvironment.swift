import Foundation

/// The environment of every process the tests start, whatever starts it
/// (pipes or a pseudo-terminal): the runner's own, without the variables that
/// change how the program behaves, and with every folder the program may read
/// or write (HOME, SMP_CONSULT_HOME, the XDG folders) inside a temporary
/// home, so no test reads the developer's history, plans or cache, or writes
/// to them.
enum TestEnvironment {
    /// Variables of the developer's shell that would change what a test sees.
    static let removed = [
        "SMP_CONSULT_INTENTS", "NO_COLOR", "INPUTRC", "COLUMNS", "LINES",
    ]

    /// The variables for a process whose home is `home`; `overrides` come last.
    static func variables(home: URL, _ overrides: [String: String] = [:]) -> [String: String] {
        var variables = ProcessInfo.processInfo.environment
        for key in removed { variables.removeValue(forKey: key) }
        variables["HOME"] = home.path
        variables["SMP_CONSULT_HOME"] = home.appendingPathComponent("smp-consult").path
        variables["XDG_DATA_HOME"] = home.appendingPathComponent(".local/share").path
        variables["XDG_STATE_HOME"] = home.appendingPathComponent(".local/state").path
        variables["XDG_CACHE_HOME"] = home.appendingPathComponent(".cache").path
        variables["XDG_CONFIG_HOME"] = home.appendingPathComponent(".config").path
        for (key, value) in overrides { variables[key] = value }
        return variables
    }

    /// A new, empty folder to be a process's home; the caller removes it.
    static func temporaryHome(_ prefix: String = "smp-home") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
