import Foundation

/// The C library's pseudo-terminal calls, looked up at run time: Swift's
/// Glibc module does not import them.
enum PTY {
    typealias IntCall = @convention(c) (Int32) -> Int32
    typealias NameCall = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func symbol<T>(_ name: String, as type: T.Type) -> T {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else {
            fatalError("no \(name) in the C library")
        }
        return unsafeBitCast(address, to: type)
    }

    static let openpt = symbol("posix_openpt", as: IntCall.self)
    static let grantpt = symbol("grantpt", as: IntCall.self)
    static let unlockpt = symbol("unlockpt", as: IntCall.self)
    static let ptsname = symbol("ptsname", as: NameCall.self)
}

/// The built `smp-consult` on a pseudo-terminal, the way a person at a
/// keyboard runs it: a new session with the terminal as its controlling
/// terminal (so Ctrl-C becomes SIGINT), an empty signal mask and default
/// signal dispositions whatever the test runner uses.
final class TerminalSession {
    let home: URL
    /// A home this session made is removed when it ends.
    private let ownsHome: Bool
    private let master: Int32
    private let pid: pid_t
    private var output: [UInt8] = []
    private var exitStatus: Int32?
    /// Prompts already waited for with `waitForPrompt()`.
    private var promptsUsed = 0

    /// Starts `smp-consult arguments` with a fresh HOME (or `home`, to share
    /// one between runs; the caller removes it), TERM=xterm unless
    /// `environment` says otherwise, `columns` wide (80 by default).
    init(_ arguments: [String] = [], home: URL? = nil, environment: [String: String] = [:], columns: UInt16 = 80) throws
    {
        ownsHome = home == nil
        let home = home ?? Self.temporaryFolder()
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        self.home = home

        master = PTY.openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0 else {
            throw Failure("no pseudo-terminal: \(errno)")
        }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        var name = [CChar](repeating: 0, count: 128)
        guard Hidden.ptsnameR(master, &name, name.count) == 0 else { throw Failure("ptsname_r failed") }
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var env = TestEnvironment.variables(
            home: home, ["SMP_CONSULT_HOME": home.appendingPathComponent("state").path, "TERM": "xterm"])
        for (key, value) in environment { env[key] = value }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid, opening the terminal makes it the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // Other tests' pipes must not stay open in the child.
        _ = Hidden.addClosefrom?(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc ≥ 2.26), a macro Swift does not import
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([BinaryRunner.executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, BinaryRunner.executable.path, &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure("posix_spawn failed: \(result)") }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
        if ownsHome { try? FileManager.default.removeItem(at: home) }
    }

    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("smp-chat-\(UUID().uuidString)")
    }

    /// Sends `signal` to the program, as `kill` would.
    func send(signal: Int32) {
        kill(pid, signal)
    }

    /// The terminal's modes now (echo, canonical input, ...), as the shell
    /// will find them.
    var modes: termios {
        var modes = termios()
        tcgetattr(master, &modes)
        return modes
    }

    /// Types `keys` (control characters and escape sequences included).
    func send(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Types `line` and Enter, then waits until `expected` has been shown
    /// `count` times in all and the next prompt is up.
    func ask(_ line: String, until expected: String, count: Int = 1) -> Bool {
        send(line + "\r")
        return waitFor(expected, count: count) && waitForPrompt()
    }

    /// Everything shown so far, raw.
    var raw: String { String(decoding: output, as: UTF8.self) }

    /// A place in the output, to look only at what came after it.
    var mark: Int { output.count }

    /// What was shown since `mark`, raw.
    func raw(since mark: Int) -> String { String(decoding: output[min(mark, output.count)...], as: UTF8.self) }

    /// The lines shown so far as a person sees them: escape sequences and
    /// carriage returns removed, spacing kept.
    var screenLines: [String] {
        // By scalars: "\r\n" is one Character, which a split at "\n" would not see.
        raw.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            Self.visibleLine(String(String.UnicodeScalarView($0)))
        }
    }

    /// What the screen says so far: escape sequences removed, carriage
    /// returns dropped and every run of white space made one space, so
    /// wrapped text can be searched for.
    var text: String { Self.visibleText(raw) }

    /// Waits (up to `timeout` seconds) until the visible text contains
    /// `expected` at least `count` times.
    @discardableResult
    func waitFor(_ expected: String, count: Int = 1, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if occurrences(of: expected) >= count { return true }
            if Date() >= deadline || !pump(until: deadline) { return occurrences(of: expected) >= count }
        }
    }

    /// Waits for the next prompt, so that keys sent after it reach readline
    /// rather than the terminal's own line editing (which eats a Ctrl-D or
    /// Ctrl-C typed before readline is ready).
    @discardableResult
    func waitForPrompt(timeout: Double = 10) -> Bool {
        promptsUsed += 1
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if raw.components(separatedBy: "> ").count - 1 >= promptsUsed { return true }
            if Date() >= deadline || !pump(until: deadline) { return false }
        }
    }

    /// How many times `expected` appears in the visible text.
    func occurrences(of expected: String) -> Int {
        text.components(separatedBy: expected).count - 1
    }

    /// Waits for the program to end and returns its exit status, or minus the
    /// signal that killed it; nil if it is still running after `timeout` seconds.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            _ = pump(until: Date().addingTimeInterval(0.1))
            var status: Int32 = 0
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid {
                // The exit code when it exited normally, else the signal as a negative number.
                exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
                // What it wrote last is still in the terminal: read it all.
                var before = -1
                while output.count != before {
                    before = output.count
                    _ = pump(until: Date())
                }
                return exitStatus
            }
        }
        return nil
    }

    var isRunning: Bool {
        exitStatus == nil && waitpid(pid, nil, WNOHANG) == 0
    }

    /// Reads what is available, waiting at most until `deadline`; false once
    /// the terminal is closed (the program has ended).
    private func pump(until deadline: Date) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = max(0, min(100, Int32(deadline.timeIntervalSinceNow * 1000)))
        guard poll(&descriptor, 1, milliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output += buffer[0..<count]
            return true
        }
        return count < 0 && errno == EINTR
    }

    static func visibleText(_ raw: String) -> String {
        visibleLine(raw).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// `raw` without escape sequences, carriage returns and readline's prompt markers.
    static func visibleLine(_ raw: String) -> String {
        var result = ""
        var scalars = raw.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            if scalar == "\u{1B}" {
                guard let kind = scalars.next() else { break }
                if kind == "[" {
                    // CSI: parameters up to a final byte in @...~
                    while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
                } else if kind == "]" {
                    while let next = scalars.next(), next != "\u{07}" {}
                }
                continue
            }
            // Carriage returns, readline's prompt markers, bells and backspaces move nothing visible.
            if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// Looked up by name like the calls in `PTY`: Swift's Glibc module hides
    /// them behind feature macros it does not define.
    private enum Hidden {
        static let ptsnameR = PTY.symbol(
            "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)
        /// Missing before glibc 2.34; the child then just keeps more descriptors open.
        static let addClosefrom = dlsym(
            UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np"
        )
        .map {
            unsafeBitCast(
                $0, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
