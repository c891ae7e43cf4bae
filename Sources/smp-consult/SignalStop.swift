import ConsultKit
import Foundation
import Synchronization

/// How the chat and the intake end on a signal that stops them (SIGTERM,
/// SIGHUP, SIGQUIT; SIGINT where readline does not take it): the terminal
/// gets its normal mode back, the user is told which draft holds the answers
/// (the one on disk at that moment, never a stale guess), and the process
/// then dies of the same signal, so whoever started it sees the real cause.
///
/// The draft is saved after every answer, so nothing is left to save here.
final class SignalStop: @unchecked Sendable {
    /// The draft of the running intake and how to resume it.
    struct Draft: Sendable {
        let file: URL
        let id: String
        let resumeHint: String
    }

    private let draft = Mutex<Draft?>(nil)
    private let savedTerminal: termios?
    private let readlineHoldsTerminal: Bool
    /// Touched on the main thread only (created here, cancelled in `end`).
    private var sources: [DispatchSourceSignal] = []
    /// The signals blocked on the thread that started watching.
    private var blocked = sigset_t()

    /// Starts watching `signals`. With `readlineHoldsTerminal`, what readline
    /// did to the terminal is undone; the mode it had now is set again after.
    init(_ signals: [Int32], readlineHoldsTerminal: Bool) {
        var mode = termios()
        savedTerminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &mode) == 0 ? mode : nil
        self.readlineHoldsTerminal = readlineHoldsTerminal
        // Blocked here, at once: libdispatch reads them through a signalfd it
        // registers later, on another thread, and an ignored signal that
        // arrived before that (a busy machine, a quick kill) was lost.
        // Blocked, it waits for the signalfd instead.
        var set = sigset_t()
        sigemptyset(&set)
        for number in signals { sigaddset(&set, number) }
        blocked = set
        pthread_sigmask(SIG_BLOCK, &set, nil)
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in self.stop(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// From now on a stop names the draft `id` of `drafts` (once it is saved).
    func follow(draft id: String, in drafts: DraftStore, resumeHint: String = "smp-consult intake --resume {id}") {
        let file = drafts.folder.appendingPathComponent(id + ".json")
        let hint = resumeHint.replacingOccurrences(of: "{id}", with: id)
        draft.withLock { $0 = Draft(file: file, id: id, resumeHint: hint) }
    }

    /// Stops watching; the signals act as they normally do again.
    func end() {
        for source in sources { source.cancel() }
        for source in sources { signal(Int32(source.handle), SIG_DFL) }
        sources = []
        pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    }

    private func stop(_ number: Int32) -> Never {
        if readlineHoldsTerminal { ReadlineReader.releaseTerminal() }
        if var mode = savedTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &mode) }
        var message = "\nStopped (\(Self.name(number)))."
        if let draft = draft.withLock({ $0 }) {
            var status = stat()
            if lstat(draft.file.path, &status) == 0 {
                message += " The answers so far are saved as draft \(draft.id).\nResume with: \(draft.resumeHint)"
            }
        }
        StandardError.write(message + "\n")
        // Die of the signal itself: the default action, delivered to the
        // process. Without a core file (SIGQUIT's default): it would hold the
        // client's answers, readable by whoever can read the folder.
        var noCore = rlimit(rlim_cur: 0, rlim_max: 0)
        #if os(Linux)
            setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &noCore)
        #else
            setrlimit(RLIMIT_CORE, &noCore)
        #endif
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        // To this thread, the one that unblocked it: a signal sent to the
        // process could be read by libdispatch's signalfd instead.
        raise(number)
        while true { pause() }
    }

    private static func name(_ number: Int32) -> String {
        switch number {
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        case SIGQUIT: return "SIGQUIT"
        case SIGINT: return "SIGINT"
        default: return "signal \(number)"
        }
    }
}
