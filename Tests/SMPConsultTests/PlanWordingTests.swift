import Foundation
import Testing

/// The plan's Markdown says where each part comes from (the client, the
/// proposal, the guide) and keeps the guide's own words and hedges.
@Suite struct PlanWordingTests {
    @Test func markdownLabelsWhatTheClientSaidWhatIsProposedAndWhatTheGuideSays() throws {
        let home = ClientHome()
        let (id, saved) = try home.savePlan()
        #expect(saved.status == 0, "\(saved.stderr)")
        let show = try home.run(["plans", "show", id]).stdout
        let answers = try #require(show.range(of: "## Your answers (what you told us)"), "\(show)")
        let proposed = try #require(show.range(of: "## Proposed sessions (proposed, to be confirmed by the clinic)"))
        let aftercare = try #require(show.range(of: "## Aftercare (from the clinic's guide)"))
        #expect(show.range(of: "## Touch-up (from the clinic's guide)") != nil)
        #expect(answers.lowerBound < proposed.lowerBound && proposed.lowerBound < aftercare.lowerBound)
        // The client's own answer sits under "what you told us", not under the guide.
        let name = try #require(show.range(of: "**Name:** Sam"))
        #expect(answers.upperBound < name.lowerBound && name.lowerBound < proposed.lowerBound)
    }

    @Test(arguments: ["markdown", "ics"])
    func theGuidesWordsAndHedgesAreKept(format: String) throws {
        let home = ClientHome()
        let (id, _) = try home.savePlan()
        let text = try home.run(["plans", "export", id, "--format", format]).stdout
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(!text.lowercased().contains("strenuous"))
        #expect(text.contains("Avoid movement."))
        #expect(
            text.lowercased().contains("most often"), "lighter then darker is what the guide says happens most often")
    }
}
