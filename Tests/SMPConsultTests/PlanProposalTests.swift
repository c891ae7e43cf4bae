import Foundation
import Testing

/// A saved plan proposes dates; only the clinic books them. Every way the
/// plan is shown says so, so no client takes a date for an appointment.
@Suite struct PlanProposalTests {
    static let proposal = "proposed, to be confirmed by the clinic"

    @Test func bookingPhraseStartsTheIntakeAndSaysTheClinicConfirmsTheDates() throws {
        let home = ClientHome()
        let result = try home.run(["chat"], input: "I want to book\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[1/6]"), "the intake started")
        #expect(result.stdout.contains("the clinic confirms the dates"), "\(result.stdout)")
    }

    @Test func savedPlanInTheChatSaysTheDatesAreProposed() throws {
        let home = ClientHome()
        let result = try home.run(["chat"], input: "I want to book\nSam\n1\nblack\nsoft\nfull\nin 2 weeks\nyes\n")
        let saved = try #require(result.stdout.range(of: "Saved plan"), "\(result.stdout)")
        let tail = String(result.stdout[saved.lowerBound...])
        #expect(tail.contains(Self.proposal))
        #expect(!tail.contains("Add it to a calendar"))
    }

    @Test func showMarkdownJSONAndCalendarAllSayProposed() throws {
        let home = ClientHome()
        let (id, saved) = try home.savePlan()
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stdout.contains(Self.proposal))

        let show = try home.run(["plans", "show", id])
        #expect(show.stdout.contains(Self.proposal))
        #expect(!show.stdout.contains("Everything below comes from the clinic's guide"))

        let json = try home.run(["plans", "export", id, "--format", "json"])
        #expect(json.stdout.contains("\"status\" : \"\(Self.proposal)\""), "\(json.stdout)")

        let ics = try home.run(["plans", "export", id, "--format", "ics"])
        let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
        let events = unfolded.components(separatedBy: "BEGIN:VEVENT").count - 1
        #expect(events == 4)
        #expect(unfolded.components(separatedBy: "STATUS:TENTATIVE\r\n").count - 1 == events)
        for summary in unfolded.split(separator: "\r\n").filter({ $0.hasPrefix("SUMMARY:") }) {
            #expect(summary.lowercased().contains("proposed"), "\(summary)")
        }
        #expect(unfolded.contains(Self.proposal.replacingOccurrences(of: ",", with: "\\,")))
    }
}
