import Foundation
import Testing

/// The knowledge and storage options written before the subcommand, as
/// users type them (`smp-consult --intents DIR ask`), mean what they mean
/// after it.
@Suite struct TopLevelOptionsTests {
    @Test func intentsBeforeTheSubcommandIsTheKnowledgeBaseFolder() throws {
        let home = ClientHome()
        let intents = try home.intentsCopy()
        try "name: Northside SMP Studio\ncontact: call 020 7946 0000\n"
            .write(to: intents.appendingPathComponent("clinic.yaml"), atomically: true, encoding: .utf8)
        let ask = try home.run(["--intents", intents.path, "ask"], input: "what is smp\n")
        #expect(ask.status == 0, "\(ask.stderr)")
        #expect(ask.stdout.contains("Scalp micropigmentation"))

        let missing = try home.run(["--intents", "/no/such/folder", "ask"], input: "what is smp\n")
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read intents folder /no/such/folder"), "\(missing.stderr)")

        let check = try home.run(["--intents", intents.path, "intents", "check"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("\(intents.path): ok"))

        let chat = try home.run(["--intents=\(intents.path)", "chat"], input: "who won the football last night\n")
        #expect(chat.stdout.contains("Contact Northside SMP Studio"), "\(chat.stdout)")
    }

    @Test func plansDirBeforeTheSubcommandIsThePlansFolder() throws {
        let home = ClientHome()
        let (id, _) = try home.savePlan()
        let other = home.url.appendingPathComponent("elsewhere")
        let list = try home.run(["--plans-dir", home.plans.path, "plans", "list"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains(id))
        let empty = try home.run(["--plans-dir", other.path, "plans", "list"])
        #expect(empty.stdout.contains("No saved plans in \(other.path)"))
    }
}
