import Foundation
import Testing

/// `smp-consult plans` as a user meets it: the same counts as `--resume`,
/// drafts reachable by id, and a question before deleting on a terminal.
@Suite struct PlansCommandTests {
    /// An intake that stops after the name and a goal, leaving a draft.
    static func draft(in home: ClientHome) throws -> String {
        _ = try home.run(["intake"], input: "Sam\nshaved\n")
        return try #require(home.draftIDs().first)
    }

    @Test func plansListCountsStepsAsResumeDoes() throws {
        let home = ClientHome()
        let id = try Self.draft(in: home)
        let list = try home.run(["plans", "list"])
        #expect(list.stdout.contains("\(id)  2 of 6 steps answered"), "\(list.stdout)")
        let resumed = try home.run(["intake", "--resume", id], input: "")
        #expect(resumed.stdout.contains("2 of 6 steps answered"))
    }

    @Test func plansShowOnADraftShowsItMarkedUnfinished() throws {
        let home = ClientHome()
        let id = try Self.draft(in: home)
        let show = try home.run(["plans", "show", id])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Unfinished intake"), "\(show.stdout)")
        #expect(show.stdout.contains("not a plan yet"))
        #expect(show.stdout.contains("**Name:** Sam"))
        #expect(show.stdout.contains("**Hair colour:** (not answered yet)"))
        #expect(show.stdout.contains("smp-consult intake --resume \(id)"))
    }

    @Test func deletingADraftByIDWorks() throws {
        let home = ClientHome()
        let id = try Self.draft(in: home)
        let delete = try home.run(["plans", "delete", id])
        #expect(delete.status == 0, "\(delete.stderr)")
        #expect(delete.stdout.contains("Deleted unfinished intake \(id)"))
        #expect(home.draftIDs().isEmpty)
    }

    @Test func deleteOnATerminalAsksFirstUnlessYes() throws {
        let home = ClientHome()
        let (id, _) = try home.savePlan()
        let declined = try TerminalSession(["plans", "delete", id], home: home.url, environment: home.environment)
        #expect(declined.waitFor("Delete plan \(id) (Sam"), "\(declined.text)")
        declined.send("no\r")
        #expect(declined.waitFor("Nothing deleted"))
        #expect(declined.waitForExit() == 1)
        #expect(home.planIDs() == [id])

        let accepted = try TerminalSession(["plans", "delete", id], home: home.url, environment: home.environment)
        #expect(accepted.waitFor("Delete plan \(id)"))
        accepted.send("yes\r")
        #expect(accepted.waitFor("Deleted plan \(id)"))
        #expect(accepted.waitForExit() == 0)
        #expect(home.planIDs().isEmpty)

        let (other, _) = try home.savePlan()
        let forced = try TerminalSession(
            ["plans", "delete", "--yes", other], home: home.url, environment: home.environment)
        #expect(forced.waitForExit() == 0)
        #expect(!forced.text.contains("Delete plan"))
        #expect(home.planIDs().isEmpty)
    }
}
