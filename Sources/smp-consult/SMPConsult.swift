import ArgumentParser
import ConsultKit
import Foundation

@main
struct SMPConsult: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smp-consult",
        abstract: "Answers questions about scalp micropigmentation (SMP) from the clinic's guide.",
        discussion: """
            With no subcommand: on a terminal, opens a chat (as `smp-consult chat`); with \
            input piped in, answers each line (as `smp-consult ask`).
            """,
        version: "0.1.0",
        subcommands: [Ask.self, Chat.self, Intake.self, Plans.self, Intents.self],
        defaultSubcommand: Ask.self
    )
}

/// Options every command that reads the knowledge base takes.
struct KnowledgeOptions: ParsableArguments {
    @Option(
        name: .customLong("intents"),
        help: ArgumentHelp(
            "Read intents from this folder instead of the built-in ones (also: $SMP_CONSULT_INTENTS).",
            valueName: "dir"))
    var folder: String?

    func loadKnowledge() throws -> KnowledgeBase {
        let source = try KnowledgeSource.resolve(folder: folder, environment: Environment.variables)
        return try KnowledgeBase.load(source)
    }

    /// The matcher for the chosen knowledge base. The built-in one comes from
    /// the cache when this build has saved its index before.
    func loadMatcher() throws -> Matcher {
        let environment = Environment.variables
        let source = try KnowledgeSource.resolve(folder: folder, environment: environment)
        guard source.origin == KnowledgeSource.bundled.origin, let cache = MatcherCache.resolve(environment: environment)
        else {
            return Matcher(knowledge: try KnowledgeBase.load(source))
        }
        return try cache.matcher(for: source, build: Self.buildIdentity()) {
            Matcher(knowledge: try KnowledgeBase.load(source))
        }
    }

    /// This program file's inode, size and modification time: any rebuild
    /// changes it, so a cached index always comes from this very build.
    private static func buildIdentity() -> String {
        var status = stat()
        let path = FileManager.default.fileExists(atPath: "/proc/self/exe") ? "/proc/self/exe" : (Bundle.main.executablePath ?? "")
        guard stat(path, &status) == 0 else { return "unknown" }
        #if os(Linux)
            let modified = status.st_mtim
        #else
            let modified = status.st_mtimespec
        #endif
        return "\(status.st_ino)-\(status.st_size)-\(modified.tv_sec).\(modified.tv_nsec)"
    }
}

/// A failure worth one line on stderr and a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
