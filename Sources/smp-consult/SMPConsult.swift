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
            input piped in, answers each line (as `smp-consult ask`). The shared options \
            --intents DIR and --plans-dir DIR may also come before the subcommand \
            (smp-consult --intents DIR ask).
            """,
        version: "0.1.0",
        subcommands: [Ask.self, Chat.self, Intake.self, Plans.self, Intents.self],
        defaultSubcommand: Ask.self
    )

    /// Runs the command, and writes help, version and error text itself so
    /// that those writes are checked too: text meant for standard output that
    /// cannot be written is an error, reported in one line on standard error.
    static func main() {
        StandardOutput.reserveClosedDescriptors()
        let code: ExitCode
        do {
            var command = try parseAsRoot(hoistedArguments)
            try command.run()
            code = .success
        } catch let failure as OutputFailure {
            StandardError.write(SafeText.terminal(failure.description) + "\n")
            code = .failure
        } catch {
            code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                do {
                    if !message.isEmpty { try StandardOutput.write(message + "\n") }
                } catch {
                    StandardError.write(SafeText.terminal("\(error)") + "\n")
                    Foundation.exit(ExitCode.failure.rawValue)
                }
            } else if !message.isEmpty {
                // Messages echo ids, paths and file text: nothing in them may drive the terminal.
                StandardError.write(SafeText.terminal(message) + "\n")
            }
        }
        for warning in PrivateFiles.takeWarnings() {
            StandardError.write("warning: " + SafeText.terminal(warning) + "\n")
        }
        Foundation.exit(code.rawValue)
    }
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

    /// The intake form that goes with the chosen knowledge base.
    func loadForm() throws -> IntakeForm {
        try IntakeForm.load(from: folderFiles() ?? BundledIntents.files)
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
