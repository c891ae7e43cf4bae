import Foundation
import Testing

@testable import ConsultKit

@Suite struct CalendarDayTests {
    @Test(arguments: [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", 1, "2026-04-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-11-30", 3, "2027-02-28"),
        ("2026-05-10", -5, "2025-12-10"),
    ])
    func addingMonthsClampsToTheLastDayOfShortMonths(start: String, months: Int, expected: String) throws {
        let day = try #require(CalendarDay(iso: start))
        #expect(day.adding(months: months).iso == expected)
    }

    @Test(arguments: [
        ("2028-02-29", 2, "2030-02-28"),
        ("2028-02-29", 4, "2032-02-29"),
        ("2026-12-21", 2, "2028-12-21"),
    ])
    func addingYearsHandlesLeapDays(start: String, years: Int, expected: String) throws {
        #expect(try #require(CalendarDay(iso: start)).adding(years: years).iso == expected)
    }

    @Test(arguments: [
        ("2026-12-28", 7, "2027-01-04"),
        ("2028-02-22", 7, "2028-02-29"),
        ("2027-02-22", 7, "2027-03-01"),
        ("1969-12-31", 1, "1970-01-01"),
    ])
    func addingDaysCrossesMonthAndYearEnds(start: String, days: Int, expected: String) throws {
        #expect(try #require(CalendarDay(iso: start)).adding(days: days).iso == expected)
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDay(dayNumber: number).dayNumber == number)
        }
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026-1-01", "2026-01-01x", ""])
    func rejectsDaysThatDoNotExist(text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test func weekdaysAndLongFormAreRight() throws {
        let day = try #require(CalendarDay(iso: "2026-12-07"))
        #expect(day.weekday == 1)
        #expect(day.long == "Monday 7 December 2026")
        #expect(try #require(CalendarDay(iso: "2024-02-29")).long == "Thursday 29 February 2024")
    }

    @Test func shortFormAndMinuteStamp() throws {
        let day = try #require(CalendarDay(year: 2026, month: 12, day: 7))
        #expect(day.short == "7 December 2026")
        #expect(CalendarDay.minuteStamp(Date(timeIntervalSince1970: 65)) == "1970-01-01 00:01 UTC")
    }

    @Test func todayDependsOnTheTimeZone() throws {
        // 02:30 UTC on 1 March is still 28 February in New York and already 1 March in Tokyo.
        let instant = try #require(ISO8601DateFormatter().date(from: "2026-03-01T02:30:00Z"))
        #expect(CalendarDay(instant, in: try #require(TimeZone(identifier: "America/New_York"))).iso == "2026-02-28")
        #expect(CalendarDay(instant, in: try #require(TimeZone(identifier: "Asia/Tokyo"))).iso == "2026-03-01")
        #expect(CalendarDay(instant, in: try #require(TimeZone(identifier: "UTC"))).iso == "2026-03-01")
    }

    @Test func encodesAsAnISODateString() throws {
        let day = try #require(CalendarDay(iso: "2026-12-07"))
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-12-07\"]")
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDay].self, from: Data("[\"2026-02-30\"]".utf8))
        }
    }
}
