import ArgumentParser
import ConsultKit
import Foundation

extension SMPConsult {
    struct Intake: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intake",
            abstract: "Run the guided consultation and save a treatment plan.",
            discussion: """
                Asks one step at a time: name, goals, hair colour, hairline shape, density and \
                preferred start date. Answers can also come piped in, one a line. Flags fill steps \
                up front; with every required step given, the plan is saved without asking. The \
                answers are saved as a draft after each one: `intake --resume` continues the most \
                recent draft, `intake --resume ID` a given one.
                """
        )

        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var storage: PlanStorageOptions

        @Flag(name: .long, help: "Continue an unfinished intake (the most recent one, or ID).")
        var resume = false

        @Argument(help: ArgumentHelp("The draft to resume (with --resume).", valueName: "id"))
        var draftID: String?

        @Option(name: .long, help: "The client's name.")
        var name: String?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "A goal (repeat for several), e.g. thinning, \"other: cover a scar\".", valueName: "goal"))
        var goal: [String] = []

        @Option(
            name: .customLong("hair-colour"),
            help: ArgumentHelp("The client's hair colour, e.g. \"dark brown\".", valueName: "colour"))
        var hairColour: String?

        @Option(name: .long, help: ArgumentHelp("The hairline shape, e.g. soft.", valueName: "shape"))
        var hairline: String?

        @Option(name: .long, help: ArgumentHelp("The density, e.g. medium.", valueName: "density"))
        var density: String?

        @Option(
            name: .long,
            help: ArgumentHelp("The preferred start date, e.g. 2026-12-07 or \"next monday\".", valueName: "date"))
        var start: String?

        func validate() throws {
            if draftID != nil && !resume {
                throw ValidationError("an id is only taken with --resume (smp-consult intake --resume ID)")
            }
        }

        /// Flag name and the role of the step it fills, for messages that name the flag.
        private var prefills: [(flag: String, role: StepRole, values: [String])] {
            [
                ("--name", .name, name.map { [$0] } ?? []),
                ("--goal", .goals, goal),
                ("--hair-colour", .colour, hairColour.map { [$0] } ?? []),
                ("--hairline", .hairline, hairline.map { [$0] } ?? []),
                ("--density", .density, density.map { [$0] } ?? []),
                ("--start", .start, start.map { [$0] } ?? []),
            ].filter { !$0.values.isEmpty }
        }

        func run() throws {
            let base = try knowledge.loadKnowledge()
            let launcher = IntakeLauncher(
                knowledge: base, answerer: Answerer(matcher: Matcher(knowledge: base)), store: storage.store())
            // Before a single question: a folder that cannot be written is an error now.
            try launcher.prepare()
            var draft: IntakeDraft?
            if resume {
                draft = try draftID.map { try launcher.drafts.draft(id: $0) } ?? launcher.drafts.latest()
            }
            let session = try launcher.session(resume: draft)
            for prefill in prefills {
                do {
                    try session.prefill(prefill.role, with: prefill.values)
                } catch let error as IntakeError {
                    if case .invalidPrefill(_, let message) = error {
                        throw CLIError("\(prefill.flag): \(message)")
                    }
                    throw CLIError("\(prefill.flag): \(error)")
                }
            }
            if !prefills.isEmpty && session.isComplete {
                let result = session.save()
                guard result.isFinished else {
                    throw CLIError(
                        result.text.split(separator: "\n").first.map(String.init) ?? "the plan could not be saved")
                }
                try StandardOutput.write(SafeText.terminal(result.text) + "\n")
                return
            }
            try converse(session, drafts: launcher.drafts)
        }

        /// Prompts, reads a line, answers, until the session ends or input
        /// does. On a terminal the lines come through the chat's readline
        /// input (editing, Tab completion of the options); answers never go to
        /// the history file.
        private func converse(_ session: IntakeSession, drafts: DraftStore) throws {
            // A closed output pipe should not kill the intake before its draft is saved.
            signal(SIGPIPE, SIG_IGN)
            let host = TerminalHost(historyFile: nil)
            // On a terminal, readline takes Ctrl-C itself (an .interrupted line).
            let stoppers: [Int32] =
                host.isInteractive ? [SIGTERM, SIGHUP, SIGQUIT] : [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
            let stop = SignalStop(stoppers, readlineHoldsTerminal: host.isInteractive)
            stop.follow(draft: session.draft.id, in: drafts)
            defer { stop.end() }

            try show(session.start(), on: host, first: true)
            while true {
                host.offer(completions: session.completions)
                let line: String
                switch host.read(keepInHistoryFile: false) {
                case .line(let text):
                    line = text
                case .dropped:
                    continue
                case .interrupted:
                    host.report(session.interrupt() ?? "Consultation stopped.")
                    throw ExitCode(128 + SIGINT)
                case .end:
                    let message = session.interrupt() ?? "Input ended."
                    host.report((isatty(STDIN_FILENO) == 1 && !host.isInteractive ? "\n" : "") + message)
                    throw ExitCode(1)
                }
                let reply = session.handle(line)
                try show(reply, on: host, first: false)
                if reply.isFinished {
                    // Paused is not a saved plan.
                    if session.outcome == .paused { throw ExitCode(1) }
                    return
                }
            }
        }

        /// On a terminal, as the chat shows a reply; piped, each reply after
        /// a blank line, as plain text.
        private func show(_ reply: IntakeReply, on host: TerminalHost, first: Bool) throws {
            if host.isInteractive {
                try host.show(Reply(blocks: Reply.blocks(dialogText: reply.text)))
            } else {
                try StandardOutput.write((first ? "" : "\n") + SafeText.terminal(reply.text) + "\n")
            }
        }
    }
}
