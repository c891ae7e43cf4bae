import BundledIntents
import Testing

@testable import ConsultKit

@Suite struct ClinicTests {
    static func clinic(_ text: String) -> (Clinic, [Diagnostic]) {
        Clinic.parse(KnowledgeFiles(origin: "test", files: [.init(name: Clinic.fileName, text: text)]))
    }

    @Test func readsNameContactOpenDaysAndClosedDates() {
        let (clinic, problems) = Self.clinic(
            "name: Northside\ncontact: call 1234\nopen: [Mon, tuesday, WED]\nclosed: [2026-12-25, 2027-01-01]\n")
        #expect(problems.isEmpty)
        #expect(clinic.name == "Northside")
        #expect(clinic.contactLine == "Contact Northside: call 1234")
        #expect(clinic.openWeekdays == [1, 2, 3])
        #expect(clinic.closedDates.count == 2)
    }

    @Test func noFileMeansEveryDayOpenAndNoName() {
        let (clinic, problems) = Clinic.parse(KnowledgeFiles(origin: "test", files: []))
        #expect(problems.isEmpty)
        #expect(clinic == .unnamed)
        #expect(clinic.contactLine == "Contact the clinic.")
    }

    @Test func theBuiltInFileNamesNoClinicAndOpensEveryDay() {
        let (clinic, problems) = Clinic.parse(BundledIntents.files)
        #expect(problems.isEmpty)
        #expect(clinic == .unnamed)
    }

    @Test(arguments: [
        ("open: []\n", "clinic.yaml:1: 'open' needs at least one weekday"),
        ("open: [monday, monday]\n", "'monday' is listed twice"),
        ("closed: [25-12-2026]\n", "'25-12-2026' is not a date written YYYY-MM-DD"),
        ("name: \"a\\nb\"\n", "'name' must be one line"),
        ("hours: 9-5\n", "unknown key 'hours'"),
    ])
    func reportsProblemsWithTheirLine(text: String, message: String) {
        let (_, problems) = Self.clinic(text)
        #expect(problems.contains { $0.description.contains(message) }, "\(problems)")
    }

    @Test func nextOpenDaySkipsClosedWeekdaysAndDates() {
        // 2026-12-25 is a Friday; the clinic works Monday to Friday.
        let clinic = Clinic(
            openWeekdays: Set(1...5), closedDates: [CalendarDay(iso: "2026-12-25")!, CalendarDay(iso: "2026-12-28")!])
        #expect(clinic.nextOpenDay(onOrAfter: CalendarDay(iso: "2026-12-24")!).iso == "2026-12-24")
        #expect(clinic.nextOpenDay(onOrAfter: CalendarDay(iso: "2026-12-25")!).iso == "2026-12-29")
    }
}
