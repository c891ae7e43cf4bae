import ArgumentParser
import ConsultKit
import Foundation

extension SMPConsult {
    struct Chat: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chat",
            abstract: "Talk with the assistant: ask about SMP in your own words.",
            discussion: """
                On a terminal: line editing, history (Up, kept across runs), Tab completion of \
                /commands and of the intake's options, Ctrl-C clears the line, Ctrl-D or /quit \
                leaves. /intake (or "I want to plan my treatment") runs the guided consultation \
                and saves a treatment plan; /plans lists saved plans. With input piped in: one \
                reply per line, without prompts or colour.
                """
        )

        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var storage: PlanStorageOptions

        @Flag(name: .long, help: "Show why each answer matched (/explain toggles it).")
        var explain = false

        func run() throws {
            try ChatSession(matcher: try knowledge.loadMatcher(), store: storage.store(), explain: explain).run()
        }
    }
}

/// One chat from the first line to the last: reads, asks the conversation,
/// prints the reply.
struct ChatSession {
    let matcher: Matcher
    /// Where `/intake` saves plans and `/plans` lists them.
    let store: PlanStore
    let explain: Bool

    func run() throws {
        let environment = Environment.variables
        let answerer = Answerer(matcher: matcher)
        let intake = IntakeLauncher(knowledge: matcher.knowledge, answerer: answerer, store: store)
        let host = TerminalHost(
            historyFile: AppFolders(environment: environment).history.path, environment: environment)
        let stop = SignalStop(
            [SIGTERM, SIGHUP, SIGQUIT], readlineHoldsTerminal: host.isInteractive)
        defer { stop.end() }
        let conversation = Conversation(
            answerer: answerer, explain: explain,
            startIntake: {
                let dialog = try intake.start()
                // Before its first answer is saved: a stop names the draft once it is there.
                if let id = intake.currentDraftID { stop.follow(draft: id, in: intake.drafts) }
                return dialog
            },
            listPlans: intake.plansListing)

        if host.isInteractive { try host.show(conversation.welcome()) }
        host.offer(completions: conversation.completions)
        while true {
            let reply: Reply
            // Answers given during the intake stay out of the history file.
            switch host.read(keepInHistoryFile: !conversation.isInDialog) {
            case .line(let line):
                reply = conversation.respond(to: line)
            case .dropped:
                continue
            case .interrupted:
                reply = conversation.interrupt()
            case .end where host.isInteractive:
                reply = conversation.endOfInput()
            case .end:
                // End of piped input is no goodbye; an open dialog still keeps its answers.
                try host.show(conversation.interrupt(leaving: true))
                return
            }
            try host.show(reply)
            if reply.ends { return }
            host.offer(completions: reply.completions)
        }
    }
}
