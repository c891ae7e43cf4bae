import ConsultKit
import Foundation

/// The one terminal side of the interactive commands (the chat and the
/// `intake` command): on a terminal, lines come through readline (editing,
/// history, Tab completion, Ctrl-C) after a prompt, and replies are wrapped
/// to the window and styled; otherwise lines are read plainly and replies
/// written as plain text. Everything shown passes `SafeText.terminal` (in
/// `ReplyRenderer`).
final class TerminalHost {
    /// Standard input and output are both terminals.
    let isInteractive: Bool
    private let inputIsTerminal: Bool
    private let outputIsTerminal: Bool
    private let environment: [String: String]
    private let input: any LineInput

    /// - Parameter historyFile: where readline keeps lines across runs; nil
    ///   keeps history for this run only.
    init(historyFile: String?, environment: [String: String] = Environment.variables) {
        self.environment = environment
        inputIsTerminal = isatty(STDIN_FILENO) == 1
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
        isInteractive = inputIsTerminal && outputIsTerminal
        input = isInteractive ? ReadlineReader(historyFile: historyFile) : PlainInput(descriptor: STDIN_FILENO)
    }

    /// Asked again for every reply: the window may have been resized.
    var renderer: ReplyRenderer {
        ReplyRenderer(
            style: TerminalStyle.resolve(
                inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal,
                windowColumns: outputIsTerminal ? Self.windowColumns() : nil, environment: environment))
    }

    /// The next line, after the prompt on a terminal.
    func read(keepInHistoryFile: Bool) -> InputEvent {
        input.read(prompt: isInteractive ? renderer.readlinePrompt() : "", keepInHistoryFile: keepInHistoryFile)
    }

    func offer(completions: [String]) {
        input.offer(completions: completions)
    }

    func show(_ reply: Reply) throws {
        try StandardOutput.write(renderer.render(reply))
    }

    /// A message on standard error, wrapped like a reply when it goes to a
    /// terminal.
    func report(_ message: String) {
        let width = isatty(STDERR_FILENO) == 1 ? renderer.style.width : nil
        StandardError.write(WordWrap.wrap(SafeText.terminal(message), width: width) + "\n")
    }

    /// Gives the terminal back its normal mode before the process stops
    /// from a signal handler while readline holds it.
    func restoreTerminal() {
        (input as? ReadlineReader)?.restoreTerminal()
    }

    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Int(size.ws_col)
    }
}
