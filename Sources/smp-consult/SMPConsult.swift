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

    /// The files of the chosen knowledge base: the folder named by `--intents`
    /// or `SMP_CONSULT_INTENTS`, else the built-in one.
    func files() throws -> KnowledgeFiles {
        try KnowledgeFiles.resolve(folder: folder, environment: Environment.variables)
    }

    func loadKnowledge() throws -> KnowledgeBase {
        // The intake form shares the folder and has its own reader.
        try KnowledgeBase.load(files(), ignoring: [IntakeForm.fileName])
    }

    /// The matcher for the chosen knowledge base.
    func loadMatcher() throws -> Matcher {
        Matcher(knowledge: try loadKnowledge())
    }
}

/// A failure worth one line on stderr and a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
