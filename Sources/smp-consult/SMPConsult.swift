import ArgumentParser
import BundledIntents
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

    /// The folder named by `--intents` or `SMP_CONSULT_INTENTS`, nil for the
    /// built-in knowledge base. A folder without an intake form gets the
    /// built-in one.
    private func folderFiles() throws -> KnowledgeFiles? {
        try KnowledgeFiles.resolve(folder: folder, environment: Environment.variables)?
            .adding(BundledIntents.files.file(named: IntakeForm.fileName))
    }

    func loadKnowledge() throws -> KnowledgeBase {
        guard let files = try folderFiles() else { return BundledIntents.knowledge }
        // The intake form shares the folder and has its own reader.
        return try KnowledgeBase.load(files, ignoring: [IntakeForm.fileName])
    }

    /// The matcher for the chosen knowledge base: the built-in one's index
    /// was built with the program; a folder's is built now.
    func loadMatcher() throws -> Matcher {
        guard let files = try folderFiles() else { return BundledIntents.matcher }
        return Matcher(knowledge: try KnowledgeBase.load(files, ignoring: [IntakeForm.fileName]))
    }
}

/// A failure worth one line on stderr and a non-zero exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
