/// The clinic that uses the assistant: when it works, what it is called and
/// how to reach it. Read from the optional `clinic.yaml` beside the intents;
/// without one every weekday is open and no clinic is named. Proposed plan
/// dates fall only on open days, and "contact the clinic" replies give the
/// contact line.
public struct Clinic: Sendable, Hashable {
    public static let fileName = "clinic.yaml"

    /// The clinic's name, if it gave one ("Northside SMP Studio").
    public var name: String?
    /// How to reach it, one line ("call 020 7946 0000 or write to hello@example.com").
    public var contact: String?
    /// ISO weekdays it works: 1 = Monday … 7 = Sunday.
    public var openWeekdays: Set<Int>
    /// Days it is closed although its weekday is open (public holidays, leave).
    public var closedDates: Set<CalendarDay>

    public init(
        name: String? = nil, contact: String? = nil, openWeekdays: Set<Int> = Set(1...7),
        closedDates: Set<CalendarDay> = []
    ) {
        self.name = name
        self.contact = contact
        self.openWeekdays = openWeekdays
        self.closedDates = closedDates
    }

    /// Every weekday open, no name: what the built-in file says.
    public static let unnamed = Clinic()

    public func isOpen(_ day: CalendarDay) -> Bool {
        openWeekdays.contains(day.weekday) && !closedDates.contains(day)
    }

    /// `day` if the clinic works then, else the next day it does. With at
    /// least one open weekday the answer is at most a week past the last
    /// closed date, so the search is bounded.
    public func nextOpenDay(onOrAfter day: CalendarDay) -> CalendarDay {
        guard !openWeekdays.isEmpty else { return day }
        var candidate = day
        for _ in 0...(closedDates.count + 1) * 7 {
            if isOpen(candidate) { return candidate }
            candidate = candidate.adding(days: 1)
        }
        return day
    }

    /// "the clinic" or its name, for sentences.
    public var displayName: String { name ?? "the clinic" }

    /// Where to turn for what the assistant cannot settle: "Contact Northside
    /// SMP Studio: call …", or "Contact the clinic." without a contact line.
    public var contactLine: String {
        guard let contact else { return "Contact \(displayName)." }
        return "Contact \(displayName): \(contact)"
    }
}
