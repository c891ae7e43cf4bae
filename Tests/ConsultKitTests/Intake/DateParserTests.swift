import Testing

@testable import ConsultKit

@Suite struct DateParserTests {
    /// A Thursday.
    static let today = CalendarDay(year: 2026, month: 11, day: 26)!

    @Test(arguments: [
        ("2026-12-07", "2026-12-07"),
        ("  2026-12-07 ", "2026-12-07"),
        ("today", "2026-11-26"),
        ("Today", "2026-11-26"),
        ("tomorrow", "2026-11-27"),
        ("tommorow", "2026-11-27"),
        ("day after tomorrow", "2026-11-28"),
        ("next monday", "2026-11-30"),
        ("Monday", "2026-11-30"),
        ("on friday", "2026-11-27"),
        ("next thursday", "2026-12-03"),
        ("thursday", "2026-12-03"),
        ("next wendesday", "2026-12-02"),
        ("in 2 weeks", "2026-12-10"),
        ("in two weeks", "2026-12-10"),
        ("in a week", "2026-12-03"),
        ("in 10 days", "2026-12-06"),
        ("in 1 month", "2026-12-26"),
        ("next week", "2026-12-03"),
        ("7 December", "2026-12-07"),
        ("December 7th", "2026-12-07"),
        ("7 nov 2027", "2027-11-07"),
        ("1 January", "2027-01-01"),
        ("26 November", "2026-11-26"),
        ("asap", "2026-11-26"),
    ])
    func understandsCommonWaysToWriteADate(text: String, expected: String) throws {
        #expect(try DateParser.parse(text, today: Self.today).get().iso == expected)
    }

    @Test(arguments: ["2026-11-25", "yesterday", "25 November 2026", "2020-06-01"])
    func refusesDatesInThePast(text: String) {
        switch DateParser.parse(text, today: Self.today) {
        case .failure(.past(_, let today)): #expect(today == Self.today)
        default: Issue.record("\(text) was accepted")
        }
    }

    @Test func pastMessageSaysWhatTodayIs() {
        guard case .failure(let failure) = DateParser.parse("2026-11-01", today: Self.today) else {
            Issue.record("accepted")
            return
        }
        #expect(failure.description.contains("Sunday 1 November 2026 is in the past"))
        #expect(failure.description.contains("today is Thursday 26 November 2026"))
    }

    @Test(arguments: ["2026-02-30", "2027-13-01", "31 April 2027"])
    func refusesDaysThatDoNotExist(text: String) {
        #expect(DateParser.parse(text, today: Self.today) == .failure(.noSuchDay(text)))
    }

    @Test(arguments: ["soon", "07/12/2026", "blond", "in 3 fortnights", "", "next blursday", "2026-12"])
    func refusesWhatItCannotRead(text: String) {
        guard case .failure(.unrecognised) = DateParser.parse(text, today: Self.today) else {
            Issue.record("\(text) was read as a date")
            return
        }
    }

    @Test func leapDayWithoutAYearWaitsForALeapYear() throws {
        let summer = CalendarDay(year: 2027, month: 6, day: 1)!
        #expect(try DateParser.parse("29 February", today: summer).get().iso == "2028-02-29")
    }

    @Test func aStartIsAtMostAYearAhead() throws {
        #expect(try DateParser.parse("2027-11-26", today: Self.today).get().iso == "2027-11-26")
        for text in ["2027-11-27", "2126-11-26", "in 100 weeks"] {
            guard case .failure(.tooFar(_, let latest)) = DateParser.parse(text, today: Self.today) else {
                Issue.record("\(text) was accepted")
                continue
            }
            #expect(latest.iso == "2027-11-26")
        }
    }

    @Test func nextWeekdayIsAlwaysAfterToday() throws {
        // Monday 30 November 2026: "next monday" is a week later, not today.
        let monday = CalendarDay(year: 2026, month: 11, day: 30)!
        #expect(try DateParser.parse("next monday", today: monday).get().iso == "2026-12-07")
        #expect(try DateParser.parse("next sunday", today: monday).get().iso == "2026-12-06")
    }

    @Test func relativeDatesCrossYearAndMonthEnds() throws {
        let newYearsEve = CalendarDay(year: 2027, month: 12, day: 31)!
        #expect(try DateParser.parse("tomorrow", today: newYearsEve).get().iso == "2028-01-01")
        #expect(try DateParser.parse("in 2 months", today: newYearsEve).get().iso == "2028-02-29")
        let januaryEnd = CalendarDay(year: 2027, month: 1, day: 31)!
        #expect(try DateParser.parse("in 1 month", today: januaryEnd).get().iso == "2027-02-28")
    }
}
