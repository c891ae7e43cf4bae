import Foundation

/// What reading a line can bring.
enum InputEvent: Equatable {
    case line(String)
    /// Ctrl-C with a half-typed line: the line was dropped and nothing else
    /// happens (a fresh prompt follows).
    case dropped
    /// Ctrl-C on an empty line.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case end
}

/// A source of typed lines: readline on a terminal, plain reading otherwise.
protocol LineInput: AnyObject {
    /// - Parameter keepInHistoryFile: false keeps the line out of the history
    ///   file (intake answers are personal); Up may still recall it in this run.
    func read(prompt: String, keepInHistoryFile: Bool) -> InputEvent
    /// The words Tab should complete from now on.
    func offer(completions: [String])
}

/// Lines from a pipe or file: no prompt, no editing, no history.
final class PlainInput: LineInput {
    private var reader: LineReader

    init(descriptor: Int32) {
        reader = LineReader(descriptor: descriptor)
    }

    func read(prompt: String, keepInHistoryFile: Bool) -> InputEvent {
        guard let line = try? reader.nextLine() else { return .end }
        return .line(line)
    }

    func offer(completions: [String]) {}
}
