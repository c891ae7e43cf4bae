import ArgumentParser
import ConsultKit
import Foundation
import Synchronization

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

        @Option(name: .long, help: ArgumentHelp("A goal (repeat for several), e.g. thinning, \"other: cover a scar\".", valueName: "goal"))
        var goal: [String] = []

        @Option(name: .customLong("hair-colour"), help: ArgumentHelp("The client's hair colour, e.g. \"dark brown\".", valueName: "colour"))
        var hairColour: String?

        @Option(name: .long, help: ArgumentHelp("The hairline shape, e.g. soft.", valueName: "shape"))
        var hairline: String?

        @Option(name: .long, help: ArgumentHelp("The density, e.g. medium.", valueName: "density"))
        var density: String?

        @Option(name: .long, help: ArgumentHelp("The preferred start date, e.g. 2026-12-07 or \"next monday\".", valueName: "date"))
        var start: String?

        func validate() throws {
            if draftID != nil && !resume {
                throw ValidationError("an id is only taken with --resume (smp-consult intake --resume ID)")
            }
        }

        /// Flag name and form step, for messages that name the flag.
        private var prefills: [(flag: String, step: String, values: [String])] {
            [
                ("--name", IntakeForm.nameStepID, name.map { [$0] } ?? []),
                ("--goal", "goals", goal),
                ("--hair-colour", "hair_colour", hairColour.map { [$0] } ?? []),
                ("--hairline", "hairline", hairline.map { [$0] } ?? []),
                ("--density", "density", density.map { [$0] } ?? []),
                ("--start", IntakeForm.startStepID, start.map { [$0] } ?? []),
            ].filter { !$0.values.isEmpty }
        }

        func run() throws {
            let base = try knowledge.loadKnowledge()
            let store = storage.store()
            // Before a single question: a folder that cannot be written is an error now.
            try store.prepare()
            var draft: IntakeDraft?
            if resume {
                draft = try draftID.map { try store.draft(id: $0) } ?? store.latestDraft()
            }
            let session = try IntakeSession.make(
                knowledge: base, answerer: Answerer(matcher: Matcher(knowledge: base)), store: store,
                resume: draft)
            for prefill in prefills {
                do {
                    try session.prefill(step: prefill.step, with: prefill.values)
                } catch let error as IntakeError {
                    if case .invalidPrefill(_, let message) = error {
                        throw CLIError("\(prefill.flag): \(message)")
                    }
                    throw CLIError("\(prefill.flag): \(error)")
                }
            }
            if !prefills.isEmpty && session.isComplete {
                let result = session.save()
                guard result.isFinished else { throw CLIError(result.text.split(separator: "\n").first.map(String.init) ?? "the plan could not be saved") }
                writeAll(STDOUT_FILENO, result.text + "\n")
                return
            }
            try converse(session)
        }

        /// Prompts, reads a line, answers, until the session ends or input does.
        private func converse(_ session: IntakeSession) throws {
            let interactive = isatty(STDIN_FILENO) == 1
            // A closed output pipe should not kill the intake before its draft is saved.
            signal(SIGPIPE, SIG_IGN)
            let stopMessage = Mutex(session.interruptionNotice)
            let watchers = ([SIGINT, SIGTERM, SIGHUP] as [Int32]).map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler {
                    // The draft is saved after every answer: say how to go on, and stop.
                    writeAll(STDERR_FILENO, "\n" + stopMessage.withLock { $0 } + "\n")
                    Foundation.exit(128 + number)
                }
                source.resume()
                return source
            }
            defer { watchers.forEach { $0.cancel() } }

            writeAll(STDOUT_FILENO, session.start().text + "\n")
            var reader = LineReader(descriptor: STDIN_FILENO)
            while true {
                stopMessage.withLock { $0 = session.interruptionNotice }
                if interactive { writeAll(STDOUT_FILENO, "> ") }
                guard let line = try reader.nextLine() else {
                    let message = session.interrupt() ?? "Input ended."
                    writeAll(STDERR_FILENO, (interactive ? "\n" : "") + message + "\n")
                    throw ExitCode(1)
                }
                let step = session.handle(line)
                writeAll(STDOUT_FILENO, (interactive ? "" : "\n") + step.text + "\n" + (interactive ? "\n" : ""))
                if step.isFinished {
                    // Paused or cancelled is not a saved plan.
                    if session.savedPlan == nil && !step.text.hasPrefix("Consultation cancelled") {
                        throw ExitCode(1)
                    }
                    return
                }
            }
        }

    }
}

/// Where plans are kept, for every command that reads or writes them.
struct PlanStorageOptions: ParsableArguments {
    @Option(
        name: .customLong("plans-dir"),
        help: ArgumentHelp(
            "Keep plans in this folder (default: $SMP_CONSULT_HOME/plans, else $XDG_DATA_HOME/smp-consult/plans, else ~/.local/share/smp-consult/plans).",
            valueName: "dir"))
    var folder: String?

    func store() -> PlanStore {
        PlanStore.resolve(plansDir: folder, environment: Environment.variables)
    }
}
