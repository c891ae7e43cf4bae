import Foundation
import Testing

@testable import ConsultKit

@Suite struct PlanExportTests {
    static func plan(name: String? = "Sam") throws -> Plan {
        try PlanStoreTests.plan(name: name)
    }

    /// Content lines with folding undone (RFC 5545 3.1).
    static func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func calendarHasAnAllDayEventPerSessionAndTheTouchUp() throws {
        let ics = CalendarExporter.export(try Self.plan())
        let lines = Self.unfolded(ics)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains { $0.hasPrefix("PRODID:") })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
        #expect(
            lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") } == [
                "DTSTART;VALUE=DATE:20261207", "DTSTART;VALUE=DATE:20261214", "DTSTART;VALUE=DATE:20261221",
                "DTSTART;VALUE=DATE:20281221",
            ])
        #expect(lines.contains("DTEND;VALUE=DATE:20261208"))
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == 4)
        #expect(uids.first == "UID:20261126-abcdef-session-1@smp-consult")
        #expect(lines.filter { $0 == "DTSTAMP:20261126T093000Z" }.count == 4)
        #expect(lines.contains("SUMMARY:Proposed: SMP session 1 of 3 (Sam)"))
        #expect(lines.contains { $0.hasPrefix("SUMMARY:Proposed: SMP touch-up") })
        #expect(lines.filter { $0 == "STATUS:TENTATIVE" }.count == 4)
    }

    @Test func calendarUsesCRLFAndFoldsAt75Octets() throws {
        let ics = CalendarExporter.export(
            try Self.plan(name: "Zoë Ångström-Łukasiewicz 山田 " + String(repeating: "é", count: 60)))
        #expect(ics.hasSuffix("\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        // Folding never splits a UTF-8 sequence: every physical line is valid on its own.
        for line in ics.components(separatedBy: "\r\n") {
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        #expect(Self.unfolded(ics).contains { $0.contains("Zoë Ångström-Łukasiewicz 山田") })
    }

    @Test(arguments: [
        ("a;b,c\\d", "a\\;b\\,c\\\\d"),
        ("line one\nline two", "line one\\nline two"),
        ("bell\u{07}here\r", "bell here"),
    ])
    func calendarTextIsEscaped(raw: String, escaped: String) {
        #expect(CalendarExporter.escape(raw) == escaped)
    }

    @Test func nameWithCalendarSyntaxCannotBreakTheFile() throws {
        let ics = CalendarExporter.export(try Self.plan(name: "Evil\r\nEND:VCALENDAR;x,y"))
        let lines = Self.unfolded(ics)
        #expect(lines.filter { $0 == "END:VCALENDAR" }.count == 1)
        #expect(lines.contains { $0.hasPrefix("SUMMARY:") && $0.contains("Evil END:VCALENDAR\\;x\\,y") })
    }

    @Test func markdownHasEverySectionAndTheDates() throws {
        let text = MarkdownExporter.export(try Self.plan())
        for heading in [
            "# SMP treatment plan: Sam", "## Your answers (what you told us)",
            "## Proposed sessions (proposed, to be confirmed by the clinic)", "## Aftercare (from the clinic's guide)",
            "## Touch-up (from the clinic's guide)", "## For the therapist to decide",
        ] {
            #expect(text.contains(heading + "\n"))
        }
        #expect(text.contains("| 1 | Monday 7 December 2026 | Lighter |"))
        #expect(text.contains("not before Thursday 7 January 2027"))
        #expect(text.contains("Proposed for about Thursday 21 December 2028."))
        #expect(text.contains("- Do not wash your hair with shampoo."))
        #expect(text.contains("UV light"))
    }

    @Test func markdownEscapesTypedMarkup() throws {
        let text = MarkdownExporter.export(try Self.plan(name: "*Sam* <b>|x|"))
        #expect(text.hasPrefix("# SMP treatment plan: \\*Sam\\* \\<b\\>\\|x\\|\n"))
    }

    @Test func jsonExportIsThePlanAsStored() throws {
        let plan = try Self.plan()
        let text = try PlanExportFormat.json.export(plan)
        #expect(text == String(decoding: try RecordFolder.encode(plan), as: UTF8.self))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(Plan.self, from: Data(text.utf8)) == plan)
    }
}
