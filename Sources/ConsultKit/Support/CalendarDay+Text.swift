import Foundation

extension CalendarDay {
    /// `7 December 2026`, without the weekday.
    public var short: String {
        "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    /// `2026-11-26 05:40 UTC`: when a plan or draft was saved.
    public static func minuteStamp(_ date: Date) -> String {
        let utc = TimeZone(identifier: "UTC") ?? .current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        return CalendarDay(date, in: utc).iso + " " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "")
            + "\(minute) UTC"
    }
}
