import Foundation
import Testing

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

/// `smp-consult intake` on a terminal (a pseudo-terminal here) and stopped by signals.
@Suite struct IntakeTerminalTests {
    /// The binary on a pseudo-terminal: what it prints, and a way to type.
    final class Terminal {
        let process = Process()
        private let master: Int32
        private var output = Data()

        init(_ arguments: [String], environment: [String: String]) throws {
            master = PTY.openpt(O_RDWR | O_NOCTTY)
            guard master >= 0, PTY.grantpt(master) == 0, PTY.unlockpt(master) == 0, let name = PTY.ptsname(master) else {
                throw CocoaError(.fileNoSuchFile)
            }
            let follower = try #require(FileHandle(forUpdatingAtPath: String(cString: name)))
            process.executableURL = BinaryRunner.executable
            process.arguments = arguments
            process.environment = environment
            process.standardInput = follower
            process.standardOutput = follower
            process.standardError = follower
            try process.run()
            try follower.close()
        }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            close(master)
        }

        func type(_ text: String) {
            var bytes = Array(text.utf8)
            _ = write(master, &bytes, bytes.count)
        }

        /// Reads until `text` has appeared (or a generous deadline passes); returns everything so far.
        @discardableResult
        func read(until text: String, timeout: TimeInterval = 60) -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                if String(decoding: output, as: UTF8.self).contains(text) { break }
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard poll(&poller, 1, 100) > 0 else { continue }
                let count = Foundation.read(master, &buffer, buffer.count)
                if count <= 0 { break }
                output.append(contentsOf: buffer[0..<count])
            }
            return String(decoding: output, as: UTF8.self)
        }

        func wait() -> Int32 {
            // Drain so the child never blocks on a full terminal buffer.
            while process.isRunning { read(until: "\u{0}", timeout: 0.2) }
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    final class Home {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smp-tty-\(UUID().uuidString)")
        /// The whole environment of a process run in this home (see `TestEnvironment`).
        var environment: [String: String] { TestEnvironment.variables(home: url, ["SMP_CONSULT_HOME": url.path, "TZ": "UTC"]) }
        var drafts: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent("plans/drafts").path)) ?? [])
                .filter { $0.hasSuffix(".json") }
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func onATerminalEachAnswerIsTypedAfterACueAndCtrlDKeepsTheDraft() throws {
        let home = Home()
        let terminal = try Terminal(["intake"], environment: home.environment)
        terminal.read(until: "[1/6] Name")
        #expect(terminal.read(until: "> ").hasSuffix("> "))
        terminal.type("Sam\n")
        terminal.read(until: "[2/6] Goals")
        terminal.type("\u{04}")  // Ctrl-D at the start of a line: end of input
        let text = terminal.read(until: "Resume with:")
        #expect(text.contains("saved as draft"))
        #expect(terminal.wait() != 0)
        #expect(home.drafts.count == 1)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func signalsKeepTheDraftAndSayHowToResume(signal: Int32) throws {
        let home = Home()
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["intake"]
        process.environment = home.environment
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("Sam\n".utf8))
        let deadline = Date().addingTimeInterval(60)
        while home.drafts.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        kill(process.processIdentifier, signal)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        #expect(message.contains("Resume with: smp-consult intake --resume 20"))
        #expect(home.drafts.count == 1)
    }
}
