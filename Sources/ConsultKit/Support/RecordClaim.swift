import Foundation

/// One process's hold on a record (an intake being answered), so two
/// processes never work on the same one: an advisory `flock` on a lock file
/// beside it, held until `release()` or the end of the process (the system
/// drops it even after `kill -9`).
public final class RecordClaim: @unchecked Sendable {
    public let id: String
    private let lockFile: URL
    // Only touched by the owning process's `release` and `deinit`.
    private var descriptor: Int32

    private init(id: String, lockFile: URL, descriptor: Int32) {
        self.id = id
        self.lockFile = lockFile
        self.descriptor = descriptor
    }

    /// Claims `id` in `folder`; `openElsewhere` when another process holds it.
    static func take(_ id: String, in folder: RecordFolder) throws -> RecordClaim {
        let lockFile = folder.url.appendingPathComponent(".\(try RecordFolder.validate(id: id)).lock")
        while true {
            let descriptor = open(lockFile.path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw StoreError.writeFailed(file: lockFile.path, reason: RecordFolder.lastError())
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                close(descriptor)
                if code == EWOULDBLOCK { throw StoreError.openElsewhere(id: id) }
                throw StoreError.writeFailed(file: lockFile.path, reason: String(cString: strerror(code)))
            }
            // The holder before us removes the file as it lets go: a lock on a
            // file no longer in the folder holds nothing, so try again.
            var held = stat()
            var named = stat()
            if fstat(descriptor, &held) == 0 && lstat(lockFile.path, &named) == 0
                && held.st_ino == named.st_ino && held.st_dev == named.st_dev
            {
                return RecordClaim(id: id, lockFile: lockFile, descriptor: descriptor)
            }
            close(descriptor)
        }
    }

    /// Whether another process holds `id` in `folder` now.
    static func isHeld(_ id: String, in folder: RecordFolder) -> Bool {
        guard let claim = try? take(id, in: folder) else { return true }
        claim.release()
        return false
    }

    /// Lets go of the record (removing the lock file first, so nobody can
    /// lock the file that is going).
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(lockFile.path)
        close(descriptor)
        descriptor = -1
    }

    deinit {
        release()
    }
}

extension RecordFolder {
    /// Claims the record `id` for this process (see `RecordClaim`).
    public func claim(_ id: String) throws -> RecordClaim {
        try make()
        return try RecordClaim.take(id, in: self)
    }

    /// Whether another process has claimed `id`.
    public func isClaimed(_ id: String) -> Bool {
        RecordClaim.isHeld(id, in: self)
    }
}
