import Foundation

/// Files only their owner can read (0600) in folders only their owner can
/// enter (0700): plans, drafts and exports hold personal data, and the chat
/// history lives beside them.
public enum PrivateFiles {
    /// Why a folder or file could not be made; `reason` is the system's word.
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String

        public var description: String { "\(path): \(reason)" }
    }

    /// Creates `url` and its missing parents, each 0700. An existing folder is
    /// left as it is; an existing file in the way is a failure.
    public static func makeFolder(_ url: URL) throws {
        var status = stat()
        if stat(url.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw Failure(path: url.path, reason: "it is a file, not a folder")
            }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try makeFolder(parent) }
        if mkdir(url.path, 0o700) != 0 && errno != EEXIST {
            throw Failure(path: url.path, reason: lastError())
        }
    }

    /// Makes sure `path` exists as a file only its owner can read (creating
    /// its folders), narrowing an existing one to 0600.
    public static func prepareFile(_ path: String) throws {
        try makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent())
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(path: path, reason: lastError()) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw Failure(path: path, reason: lastError()) }
    }

    /// Writes `data` to a temporary file beside `url` (0600), flushes it, and
    /// renames it over `url`: a crash leaves the old file or the new one,
    /// never half of either. `beforeRename` lets tests stop in between.
    public static func write(_ data: Data, to url: URL, beforeRename: () throws -> Void = {}) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(path: url.path, reason: lastError()) }
        var failure: String?
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = lastError()
                    return
                }
                offset += written
            }
        }
        if failure == nil && fchmod(descriptor, 0o600) != 0 { failure = lastError() }
        if failure == nil && fsync(descriptor) != 0 { failure = lastError() }
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw Failure(path: url.path, reason: failure)
        }
        try beforeRename()
        guard rename(temporary.path, url.path) == 0 else {
            let reason = lastError()
            unlink(temporary.path)
            throw Failure(path: url.path, reason: reason)
        }
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
