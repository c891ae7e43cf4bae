import Foundation
import Testing

/// Dates a clinic would propose: a start within a year, sessions only on
/// the days the clinic's `clinic.yaml` says it works, still a week apart.
@Suite struct ClinicCalendarTests {
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `YYYY-MM-DD` of today plus `days`, as the binary (TZ=UTC) counts.
    static func iso(_ days: Int, from base: Date = Date()) -> String {
        let day = utc.date(byAdding: .day, value: days, to: base)!
        let parts = utc.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// `Monday 7 December 2026` for today plus `days`, as plans write days.
    static func long(_ days: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = utc.timeZone
        formatter.dateFormat = "EEEE d MMMM yyyy"
        return formatter.string(from: utc.date(byAdding: .day, value: days, to: Date())!)
    }

    /// Days from today to the first Sunday at least three days ahead.
    static func daysToSunday() -> Int {
        var days = 3
        while utc.component(.weekday, from: utc.date(byAdding: .day, value: days, to: Date())!) != 1 { days += 1 }
        return days
    }

    static func sessionDates(_ json: String) -> [String] {
        guard let data = json.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let sessions = object["sessions"] as? [[String: Any]]
        else { return [] }
        return sessions.compactMap { $0["date"] as? String }
    }

    @Test func aStartMoreThanAYearAheadIsRefused() throws {
        let home = ClientHome()
        let (_, flags) = try home.savePlan(start: Self.iso(400))
        #expect(flags.status != 0)
        #expect(flags.stderr.contains("more than a year ahead"), "\(flags.stderr)")
        #expect(home.planIDs().isEmpty)

        let typed = try home.run(["intake"], input: "Sam\n1\nblack\nsoft\nfull\n\(Self.iso(400))\nin 2 weeks\nyes\n")
        #expect(typed.status == 0, "\(typed.stderr)")
        #expect(typed.stdout.contains("more than a year ahead"))
        #expect(home.planIDs().count == 1)
    }

    @Test func clinicFileMovesSessionsToOpenDaysAWeekApart() throws {
        let home = ClientHome()
        let intents = try home.intentsCopy()
        let sunday = Self.daysToSunday()
        // Closed the Monday the second session would fall on.
        try """
        name: Northside SMP Studio
        contact: call 020 7946 0000
        open: [monday, tuesday, wednesday, thursday, friday]
        closed: [\(Self.iso(sunday + 8))]
        """.write(to: intents.appendingPathComponent("clinic.yaml"), atomically: true, encoding: .utf8)
        let (id, saved) = try home.savePlan(start: Self.iso(sunday), extra: ["--intents", intents.path])
        #expect(saved.status == 0, "\(saved.stderr)")
        let json = try home.run(["plans", "export", id, "--format", "json"])
        #expect(Self.sessionDates(json.stdout) == [Self.iso(sunday + 1), Self.iso(sunday + 9), Self.iso(sunday + 16)])
        let show = try home.run(["plans", "show", id])
        #expect(show.stdout.contains("Northside SMP Studio"))
        #expect(show.stdout.contains("call 020 7946 0000"))
    }

    @Test func withoutAClinicFileEveryWeekdayIsOpen() throws {
        let home = ClientHome()
        let sunday = Self.daysToSunday()
        let (id, saved) = try home.savePlan(start: Self.iso(sunday))
        #expect(saved.status == 0, "\(saved.stderr)")
        let json = try home.run(["plans", "export", id, "--format", "json"])
        #expect(Self.sessionDates(json.stdout) == [Self.iso(sunday), Self.iso(sunday + 7), Self.iso(sunday + 14)])
        let check = try home.run(["intents", "check"])
        #expect(check.status == 0)
    }

    @Test func intentsCheckReportsClinicFileProblems() throws {
        let home = ClientHome()
        let intents = try home.intentsCopy()
        try "open: [monday, funday]\nclosed: [2026-02-30]\nphone: 123\n"
            .write(to: intents.appendingPathComponent("clinic.yaml"), atomically: true, encoding: .utf8)
        let check = try home.run(["intents", "check", intents.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("clinic.yaml:1: 'funday' is not a weekday"), "\(check.stdout)")
        #expect(check.stdout.contains("clinic.yaml:2: '2026-02-30' is not a date"))
        #expect(check.stdout.contains("clinic.yaml:3: unknown key 'phone'"))
        let ask = try home.run(["ask", "--intents", intents.path, "-"], input: "what is smp\n")
        #expect(ask.status != 0)
        #expect(ask.stderr.contains("clinic.yaml:1"))
    }

    @Test func notCoveredRepliesGiveTheClinicsContactLine() throws {
        let home = ClientHome()
        let intents = try home.intentsCopy()
        try "name: Northside SMP Studio\ncontact: call 020 7946 0000\n"
            .write(to: intents.appendingPathComponent("clinic.yaml"), atomically: true, encoding: .utf8)
        let chat = try home.run(["chat", "--intents", intents.path], input: "who won the football last night\n")
        #expect(chat.stdout.contains("Contact Northside SMP Studio: call 020 7946 0000"), "\(chat.stdout)")
        // An emailed question gets it too, price questions included.
        let ask = try home.run(
            ["ask", "--format", "text", "--intents", intents.path], input: "how much does smp cost\n")
        #expect(ask.stdout.contains("Contact Northside SMP Studio: call 020 7946 0000"), "\(ask.stdout)")
        #expect(!ask.stdout.contains("/topics"))
    }
}
