import Foundation
import Testing

@testable import ConsultKit

@Suite struct PrivateFilesTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("private-files-\(UUID().uuidString)")

    func permissions(_ url: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int ?? -1
    }

    @Test func everyFolderItMakesIsTheOwnersOnly() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let deep = root.appendingPathComponent("a/b/c")
        try PrivateFiles.makeFolder(deep)
        for url in [root, root.appendingPathComponent("a"), root.appendingPathComponent("a/b"), deep] {
            #expect(try permissions(url) == 0o700, "\(url.path)")
        }
        try PrivateFiles.makeFolder(deep)  // already there: fine
    }

    @Test func aFileInTheWayIsAClearFailure() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try PrivateFiles.makeFolder(root)
        let file = root.appendingPathComponent("taken")
        try Data().write(to: file)
        #expect(throws: PrivateFiles.Failure.self) { try PrivateFiles.makeFolder(file.appendingPathComponent("inner")) }
        let failure = #expect(throws: PrivateFiles.Failure.self) { try PrivateFiles.makeFolder(file) }
        #expect(failure?.reason == "it is a file, not a folder")
    }

    @Test func writesReplaceWholeFilesReadableByTheOwnerOnly() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try PrivateFiles.makeFolder(root)
        let file = root.appendingPathComponent("plan.json")
        try PrivateFiles.write(Data("one".utf8), to: file)
        try PrivateFiles.write(Data("two".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(try permissions(file) == 0o600)
        struct Crash: Error {}
        #expect(throws: Crash.self) { try PrivateFiles.write(Data("three".utf8), to: file) { throw Crash() } }
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".tmp") }.count == 1)
    }

    @Test func preparingAFileNarrowsItsPermissions() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("state/history")
        try PrivateFiles.makeFolder(file.deletingLastPathComponent())
        try Data("old\n".utf8).write(to: file)
        chmod(file.path, 0o644)
        try PrivateFiles.prepareFile(file.path)
        #expect(try permissions(file) == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8) == "old\n")
    }
}
