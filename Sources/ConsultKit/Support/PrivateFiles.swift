import Foundation
import Synchronization

/// Files only their owner can read (0600) in folders only their owner can
/// enter (0700): plans, drafts and exports hold personal data, and the chat
/// history lives beside them.
///
/// Never follows a symbolic link to a file: one where a private file should
/// be is an error, as is a FIFO, a device or a folder, so nothing can trick a
/// write into another file or a read into waiting forever.
public enum PrivateFiles {
    /// Why a folder or file could not be made or read; `reason` is the
    /// system's word, `code` its `errno` (0 when the reason is ours).
    public struct Failure: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var code: Int32 = 0

        public init(path: String, reason: String, code: Int32 = 0) {
            self.path = path
            self.reason = reason
            self.code = code
        }

        public var description: String { "\(path): \(reason)" }
    }

    /// Creates `url` and its missing parents, each 0700. An existing folder
    /// open to the group or others is narrowed to 0700 (see `tighten`); an
    /// existing file in the way is a failure.
    public static func makeFolder(_ url: URL) throws {
        try makeFolder(url, own: true)
    }

    private static func makeFolder(_ url: URL, own: Bool) throws {
        var status = stat()
        if stat(url.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFDIR else {
                throw Failure(path: url.path, reason: "it is a file, not a folder")
            }
            // Only the folder asked for: its parents may be the home folder.
            if own { tighten(url) }
            return
        }
        let parent = url.deletingLastPathComponent()
        if parent.path != url.path { try makeFolder(parent, own: false) }
        if mkdir(url.path, 0o700) != 0 && errno != EEXIST {
            throw Failure(path: url.path, reason: lastError(), code: errno)
        }
    }

    /// Narrows an existing folder of ours that the group or others may enter
    /// to 0700, as the README promises; when that fails, a warning is kept
    /// (once per folder) for `takeWarnings`. A missing folder is left alone.
    public static func tighten(_ url: URL) {
        var status = stat()
        guard stat(url.path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
            status.st_mode & 0o077 != 0
        else { return }
        if status.st_uid == geteuid() && chmod(url.path, 0o700) == 0 { return }
        let reason = status.st_uid == geteuid() ? lastError() : "it belongs to another user"
        let octal = String(status.st_mode & 0o777, radix: 8)
        warn(url.path, "\(url.path) can be read by others (mode \(octal)) and could not be made private: \(reason)")
    }

    private static let warnings = Mutex<(seen: Set<String>, pending: [String])>(([], []))

    private static func warn(_ key: String, _ message: String) {
        warnings.withLock { state in
            guard state.seen.insert(key).inserted else { return }
            state.pending.append(message)
        }
    }

    /// Warnings not handed out yet, each given once: the library does not
    /// print, the executable does.
    public static func takeWarnings() -> [String] {
        warnings.withLock { state in
            defer { state.pending = [] }
            return state.pending
        }
    }

    /// The contents of the private file at `url`, at most `limit` bytes. A
    /// symbolic link, a FIFO, a device or a folder there is a failure, and so
    /// is a larger file (a damaged or planted one, never ours).
    public static func read(_ url: URL, limit: Int) throws -> Data {
        // O_NONBLOCK: opening a FIFO must not wait for a writer.
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw openFailure(url) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(path: url.path, reason: lastError(), code: errno) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(path: url.path, reason: "it is \(kind(status.st_mode)), not a regular file")
        }
        guard Int(status.st_size) <= limit else {
            throw Failure(
                path: url.path, reason: "it is larger than \(sizeText(limit)) (\(sizeText(Int(status.st_size))))")
        }
        var data = Data(count: Int(status.st_size) + 1)
        var count = 0
        while count < data.count {
            let got = data.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Failure(path: url.path, reason: lastError(), code: errno)
            }
            if got == 0 { break }
            count += got
            // It grew while being read.
            guard count <= limit else {
                throw Failure(path: url.path, reason: "it is larger than \(sizeText(limit))")
            }
        }
        return data.prefix(count)
    }

    /// Makes sure `path` exists as a regular file only its owner can read
    /// (creating its folders), narrowing an existing one to 0600; a symbolic
    /// link or anything else in its place is a failure.
    public static func prepareFile(_ path: String) throws {
        try makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent())
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o600)
        guard descriptor >= 0 else { throw openFailure(URL(fileURLWithPath: path)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(path: path, reason: "it is \(kind(status.st_mode)), not a regular file")
        }
        guard fchmod(descriptor, 0o600) == 0 else { throw Failure(path: path, reason: lastError(), code: errno) }
    }

    /// Writes `data` to a temporary file beside `url` (0600), flushes it, and
    /// renames it over `url`: a crash leaves the old file or the new one,
    /// never half of either. Only a regular file is ever replaced; with
    /// `replacing` false, not even that (`code` is EEXIST), so a file another
    /// process wrote meanwhile is never lost. `beforeRename` lets tests stop
    /// in between.
    public static func write(
        _ data: Data, to url: URL, replacing: Bool = true, beforeRename: () throws -> Void = {}
    ) throws {
        let folder = url.deletingLastPathComponent()
        var status = stat()
        guard stat(folder.path, &status) == 0 else {
            throw Failure(path: folder.path, reason: lastError(), code: errno)
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(path: folder.path, reason: "it is \(kind(status.st_mode)), not a folder")
        }
        try checkTarget(url)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(path: url.path, reason: lastError(), code: errno) }
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
        if close(descriptor) != 0 && failure == nil { failure = lastError() }
        if let failure {
            unlink(temporary.path)
            throw Failure(path: url.path, reason: failure)
        }
        try beforeRename()
        // Checked again: something may have taken the name meanwhile.
        do {
            try checkTarget(url)
        } catch {
            unlink(temporary.path)
            throw error
        }
        if replacing {
            guard rename(temporary.path, url.path) == 0 else {
                let code = errno
                let reason = lastError()
                unlink(temporary.path)
                throw Failure(path: url.path, reason: reason, code: code)
            }
        } else {
            // link() never replaces: it fails when the name is taken.
            let linked = link(temporary.path, url.path) == 0
            let code = errno
            let reason = lastError()
            unlink(temporary.path)
            guard linked else {
                throw Failure(path: url.path, reason: code == EEXIST ? "it already exists" : reason, code: code)
            }
        }
    }

    /// Absent or a regular file: anything else is never written over.
    private static func checkTarget(_ url: URL) throws {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(
                path: url.path, reason: "it is \(kind(status.st_mode)), not a regular file; refusing to replace it")
        }
    }

    private static func openFailure(_ url: URL) -> Failure {
        let code = errno
        // O_NOFOLLOW on a symbolic link fails with ELOOP (EMLINK on FreeBSD).
        if code == ELOOP || code == EMLINK {
            var status = stat()
            if lstat(url.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK {
                return Failure(path: url.path, reason: "it is a symbolic link; refusing to follow it", code: code)
            }
        }
        return Failure(path: url.path, reason: lastError(), code: code)
    }

    /// What a file is, in words, from its `st_mode`.
    public static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    static func sizeText(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
