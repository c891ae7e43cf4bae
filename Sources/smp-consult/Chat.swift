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
            ChatSession(matcher: try knowledge.loadMatcher(), store: storage.store(), explain: explain).run()
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

    func run() {
        let environment = Environment.variables
        let inputIsTerminal = isatty(STDIN_FILENO) == 1
        let outputIsTerminal = isatty(STDOUT_FILENO) == 1
        let interactive = inputIsTerminal && outputIsTerminal
        let answerer = Answerer(matcher: matcher)
        let intake = IntakeLauncher(knowledge: matcher.knowledge, answerer: answerer, store: store)
        let conversation = Conversation(
            answerer: answerer, explain: explain, startIntake: intake.start, listPlans: intake.plansListing)
        let input: any ChatInput =
            interactive
            ? ReadlineReader(historyFile: StateFolder.historyFile(environment: environment))
            : PlainInput(descriptor: STDIN_FILENO)
        func renderer() -> ReplyRenderer {
            // Asked again for every reply: the window may have been resized.
            ReplyRenderer(
                style: TerminalStyle.resolve(
                    inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal,
                    windowColumns: outputIsTerminal ? Self.windowColumns() : nil, environment: environment))
        }

        if interactive { writeAll(STDOUT_FILENO, renderer().render(conversation.welcome())) }
        input.offer(completions: conversation.completions)
        while true {
            let reply: Reply
            let prompt = interactive ? renderer().prompt(forReadline: true) : ""
            // Answers given during the intake stay out of the history file.
            switch input.read(prompt: prompt, keepInHistoryFile: !conversation.isInDialog) {
            case .line(let line):
                reply = conversation.respond(to: line)
            case .interrupted:
                reply = conversation.interrupt()
            case .end where interactive:
                reply = conversation.endOfInput()
            case .end:
                // End of piped input is no goodbye; an open dialog still keeps its answers.
                writeAll(STDOUT_FILENO, renderer().render(conversation.interrupt()))
                return
            }
            writeAll(STDOUT_FILENO, renderer().render(reply))
            if reply.ends { return }
            input.offer(completions: reply.completions)
        }
    }

    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Int(size.ws_col)
    }
}

/// What reading a line of the chat can bring.
enum ChatInputEvent: Equatable {
    case line(String)
    /// Ctrl-C: the line being typed was dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
}

/// A source of chat lines: readline on a terminal, plain reading otherwise.
protocol ChatInput: AnyObject {
    func read(prompt: String, keepInHistoryFile: Bool) -> ChatInputEvent
    /// The words Tab should complete from now on.
    func offer(completions: [String])
}

/// Lines from a pipe or file: no prompt, no editing, no history.
final class PlainInput: ChatInput {
    private var reader: LineReader

    init(descriptor: Int32) {
        reader = LineReader(descriptor: descriptor)
    }

    func read(prompt: String, keepInHistoryFile: Bool) -> ChatInputEvent {
        guard let line = try? reader.nextLine() else { return .end }
        return .line(line)
    }

    func offer(completions: [String]) {}
}
