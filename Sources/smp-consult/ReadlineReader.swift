import CReadline
import ConsultKit
import Foundation

/// Reads lines on a terminal through GNU readline (for the chat and the
/// intake alike): Emacs keys, history kept across runs, Tab completion of
/// whole lines (an option's label), Ctrl-C clearing the line.
///
/// The only file that calls into CReadline: the shim's state is static, one
/// copy per Swift file that uses it.
final class ReadlineReader: LineInput {
    /// The history file, when it could be read; nil keeps history for this
    /// session only (and says why once).
    private var historyFile: HistoryFile?
    /// What the file holds, so each new line saves without reading it again.
    private var savedLines: [String] = []
    private var lastLine: String?
    /// Lines of history kept.
    static let historyLimit: Int32 = 1_000

    init(historyFile path: String?) {
        smp_rl_configure("smp-consult")
        smp_rl_install_completion()
        _ = smp_rl_install_sigint_handler()
        stifle_history(Self.historyLimit)
        // Our own reading and writing: readline's history functions follow
        // symbolic links and rewrite the file in place.
        guard let path else { return }
        let file = HistoryFile(url: URL(fileURLWithPath: path), limit: Int(Self.historyLimit))
        do {
            savedLines = try file.load()
            historyFile = file
            for line in savedLines { add_history(line) }
            lastLine = savedLines.last
        } catch {
            StandardError.write(SafeText.terminal("History is kept for this session only: \(error)") + "\n")
        }
    }

    func read(prompt: String, keepInHistoryFile: Bool) -> InputEvent {
        var raw: UnsafeMutablePointer<CChar>?
        switch smp_rl_read(prompt, &raw) {
        case SMP_RL_INTERRUPTED:
            return smp_rl_last_dropped_length() > 0 ? .dropped : .interrupted
        case SMP_RL_LINE:
            guard let raw else { return .end }
            let line = String(cString: raw)
            free(raw)
            remember(line, inFile: keepInHistoryFile)
            return .line(line)
        default:
            // A failed write shows at the next reply, which is checked.
            if smp_rl_ended_line_on_eof() == 0 { _ = try? StandardOutput.write("\n") }
            return .end
        }
    }

    func offer(completions: [String]) {
        let copies = completions.map { UnsafePointer(strdup($0)) }
        defer {
            for copy in copies { free(UnsafeMutablePointer(mutating: copy)) }
        }
        copies.withUnsafeBufferPointer { smp_rl_set_completions($0.baseAddress, Int32($0.count)) }
    }

    /// Puts the terminal back in the mode it had before readline.
    func restoreTerminal() {
        Self.releaseTerminal()
    }

    /// The same for a signal handler, which has no reader at hand: readline
    /// keeps one terminal state per process (and does nothing when it has
    /// not taken the terminal).
    static func releaseTerminal() {
        rl_deprep_terminal()
    }

    /// Adds a line to the history and appends it to the file at once, so a
    /// session that is killed keeps what it had.
    private func remember(_ line: String, inFile: Bool) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line != lastLine else { return }
        lastLine = line
        add_history(line)
        guard inFile, let historyFile else { return }
        savedLines.append(line)
        savedLines = Array(savedLines.suffix(Int(Self.historyLimit)))
        do {
            try historyFile.save(savedLines)
        } catch {
            StandardError.write(SafeText.terminal("History is kept for this session only: \(error)") + "\n")
            self.historyFile = nil
        }
    }
}
