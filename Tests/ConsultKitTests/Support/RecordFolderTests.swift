import Foundation
import Testing

@testable import ConsultKit

@Suite struct RecordFolderTests {
    @Test(arguments: ["../escape", "/etc/passwd", "a/b", "..", ".hidden", "-rf", "Caps", "x y", "", "café"])
    func idsThatCouldEscapeTheFolderAreRefused(id: String) {
        #expect(throws: StoreError.invalidID(id.trimmingCharacters(in: .whitespaces))) {
            try RecordFolder.validate(id: id)
        }
    }

    @Test func generatedIdsAreValidAndDistinct() throws {
        let ids = (0..<200).map { _ in RecordFolder.newID(at: PlanBuilderTests.created) }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(try RecordFolder.validate(id: id) == id)
            #expect(id.hasPrefix("20261126-"))
        }
        #expect(try RecordFolder.validate(id: "20261126-abcdef.json") == "20261126-abcdef")
    }

    struct Note: Codable, Equatable {
        var version: Int
        var text: String
    }

    @Test func aRecordNewerThanSupportedIsRefusedOtherwiseReadBack() throws {
        let folder = RecordFolder(url: IntakeFixtures.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try folder.save(Note(version: 1, text: "kept"), id: "20261126-note11")
        try folder.save(Note(version: 3, text: "future"), id: "20261126-note33")
        #expect(try folder.read(Note.self, id: "20261126-note11", supported: 2) == Note(version: 1, text: "kept"))
        #expect(try folder.read(Note.self, id: "20261126-absent", supported: 2) == nil)
        let newer = try folder.file("20261126-note33")
        #expect(throws: StoreError.newerVersion(file: newer.path, version: 3, supported: 2)) {
            try folder.read(Note.self, id: "20261126-note33", supported: 2)
        }
        let (records, problems) = try folder.list(Note.self, supported: 2)
        #expect(records == [Note(version: 1, text: "kept")])
        #expect(problems == [.newerVersion(file: newer.path, version: 3, supported: 2)])
    }

    @Test func deletingAMissingRecordSaysSo() throws {
        let folder = RecordFolder(url: IntakeFixtures.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder.url) }
        try folder.save(Note(version: 1, text: "x"), id: "20261126-note11")
        #expect(try folder.delete(id: "20261126-note11"))
        #expect(try !folder.delete(id: "20261126-note11"))
    }
}
