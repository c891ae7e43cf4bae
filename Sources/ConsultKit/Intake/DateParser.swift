import Foundation

/// Understands the start dates people type: `2026-12-07`, `today`,
/// `tomorrow`, `next monday`, `in 2 weeks`, `7 December`, `Dec 7 2026`.
/// "today" is injected, so the same text always gives the same day in tests.
public enum DateParser {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The text is not a date this parser knows.
        case unrecognised(String)
        /// The fields name no real day (2026-02-30).
        case noSuchDay(String)
        /// A real day, but before today.
        case past(CalendarDay, today: CalendarDay)
        /// A real day, but more than a year ahead: no clinic plans that far.
        case tooFar(CalendarDay, latest: CalendarDay)

        public var description: String {
            switch self {
            case .unrecognised(let text):
                return
                    "'\(text)' is not a date I understand. Try 2026-12-07, today, tomorrow, next monday or in 2 weeks."
            case .noSuchDay(let text):
                return "'\(text)' is not a day on the calendar."
            case .past(let day, let today):
                return "\(day.long) is in the past (today is \(today.long)). The start date must be today or later."
            case .tooFar(let day, let latest):
                return "\(day.long) is more than a year ahead. Choose a start by \(latest.long) at the latest."
            }
        }
    }

    /// How far ahead a start may be.
    public static let latestStartYears = 1

    /// The day `text` names, counted from `today`; days before today or more
    /// than a year after it are refused.
    public static func parse(_ text: String, today: CalendarDay) -> Result<CalendarDay, Failure> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch interpret(trimmed, today: today) {
        case .failure(let failure): return .failure(failure)
        case .success(let day):
            if day < today { return .failure(.past(day, today: today)) }
            let latest = today.adding(years: latestStartYears)
            return day > latest ? .failure(.tooFar(day, latest: latest)) : .success(day)
        }
    }

    private static func interpret(_ text: String, today: CalendarDay) -> Result<CalendarDay, Failure> {
        if text.contains("-") || text.contains("/") {
            return numeric(text)
        }
        var words = Tokenizer.tokens(text)
        while let first = words.first, ["on", "from", "starting", "start", "the", "this", "coming"].contains(first) {
            words.removeFirst()
        }
        // "as soon as possible" and friends mean the earliest day there is.
        switch words.joined(separator: " ") {
        case "today", "now", "asap", "as soon as possible", "right away": return .success(today)
        case "yesterday": return .success(today.adding(days: -1))
        case "tomorrow", "tmrw", "tomorow", "tommorow", "tommorrow": return .success(today.adding(days: 1))
        case "day after tomorrow", "the day after tomorrow": return .success(today.adding(days: 2))
        case "next week": return .success(today.adding(days: 7))
        case "next month": return .success(today.adding(months: 1))
        default: break
        }
        if words.first == "next", words.count == 2, let weekday = weekday(words[1]) {
            return .success(nextDay(weekday, after: today))
        }
        if words.count == 1, let weekday = weekday(words[0]) {
            return .success(nextDay(weekday, after: today))
        }
        if words.first == "in", words.count == 3 || words.count == 2 {
            return relative(Array(words.dropFirst()), today: today, original: text)
        }
        if let day = named(words, today: today, original: text) { return day }
        return .failure(.unrecognised(text))
    }

    /// `2026-12-07`; `07/12/2026` is refused because day and month order is ambiguous.
    private static func numeric(_ text: String) -> Result<CalendarDay, Failure> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard !text.contains("/"), parts.count == 3, parts[0].count == 4,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts[1].count <= 2, parts[2].count <= 2
        else { return .failure(.unrecognised(text)) }
        guard let result = CalendarDay(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(text))
        }
        return .success(result)
    }

    /// `2 weeks`, `a week`, `10 days`, `one month` after today.
    private static func relative(_ words: [String], today: CalendarDay, original: String) -> Result<
        CalendarDay, Failure
    > {
        let count: Int?
        let unitWord: String
        if words.count == 1 {
            count = 1
            unitWord = words[0]
        } else {
            count = number(words[0])
            unitWord = words[1]
        }
        guard let count, count >= 0, count <= 1000 else { return .failure(.unrecognised(original)) }
        switch unitWord {
        case "day", "days": return .success(today.adding(days: count))
        case "week", "weeks", "wk", "wks": return .success(today.adding(days: 7 * count))
        case "month", "months": return .success(today.adding(months: count))
        default: return .failure(.unrecognised(original))
        }
    }

    /// `7 december`, `december 7`, `7 dec 2026`, `dec 7th 2026`. Without a
    /// year, the next such day from today on.
    private static func named(_ words: [String], today: CalendarDay, original: String) -> Result<CalendarDay, Failure>?
    {
        var words = words.filter { $0 != "of" }
        if words.count >= 1, weekday(words[0]) != nil { words.removeFirst() }
        guard words.count == 2 || words.count == 3 else { return nil }
        var month: Int?
        var day: Int?
        var year: Int?
        for word in words {
            if month == nil, let value = monthNumber(word) {
                month = value
            } else if let value = dayNumber(word), day == nil, value <= 31, !(word.count == 4) {
                day = value
            } else if word.count == 4, let value = Int(word), year == nil {
                year = value
            } else {
                return nil
            }
        }
        guard let month, let day else { return nil }
        if let year {
            guard let result = CalendarDay(year: year, month: month, day: day) else {
                return .failure(.noSuchDay(original))
            }
            return .success(result)
        }
        // The next time this day comes round (29 February waits for a leap year).
        for offset in 0...8 {
            if let candidate = CalendarDay(year: today.year + offset, month: month, day: day), candidate >= today {
                return .success(candidate)
            }
        }
        return .failure(.noSuchDay(original))
    }

    /// The first `weekday` strictly after `day`: on a Monday, "next monday" is a week later.
    static func nextDay(_ weekday: Int, after day: CalendarDay) -> CalendarDay {
        var ahead = (weekday - day.weekday + 7) % 7
        if ahead == 0 { ahead = 7 }
        return day.adding(days: ahead)
    }

    private static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    ]

    private static func weekday(_ word: String) -> Int? {
        if let value = weekdays[word] { return value }
        let plural = word.hasSuffix("s") ? String(word.dropLast()) : word
        if let value = weekdays[plural] { return value }
        // Slips such as "mondy" or "wendesday".
        let bytes = Array(word.utf8)
        let limit = SpellingCorrector.tolerance(forLength: bytes.count)
        guard limit > 0 else { return nil }
        for (name, value) in weekdays where name.count > 4 && name.first == word.first {
            if EditDistance.distance(bytes, Array(name.utf8), limit: limit) != nil { return value }
        }
        return nil
    }

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    private static func monthNumber(_ word: String) -> Int? {
        if let value = months[word] { return value }
        let bytes = Array(word.utf8)
        let limit = SpellingCorrector.tolerance(forLength: bytes.count)
        guard limit > 0 else { return nil }
        for (name, value) in months where name.count > 4 && name.first == word.first {
            if EditDistance.distance(bytes, Array(name.utf8), limit: limit) != nil { return value }
        }
        return nil
    }

    /// `7`, `7th`, `1st`, `22nd`, `3rd`.
    private static func dayNumber(_ word: String) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = String(digits.dropLast(2))
            break
        }
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), value >= 1 else { return nil }
        return value
    }

    private static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2,
    ]

    private static func number(_ word: String) -> Int? {
        Int(word) ?? numberWords[word]
    }
}
