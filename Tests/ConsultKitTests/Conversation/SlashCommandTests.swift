import Testing

@testable import ConsultKit

@Suite struct SlashCommandTests {
    @Test(arguments: [
        ("/help", SlashCommand.help), ("/HELP", .help), ("/he", .help), ("/t", .topics), ("/explain on", .explain),
        ("/exit", .quit), ("/q", .quit), ("/plans", .plans), ("/i", .intake),
    ])
    func readsNamesAbbreviationsAndAliases(line: String, command: SlashCommand) {
        #expect(SlashCommand(parsing: line) == command)
    }

    @Test(arguments: ["/", "/nope", "help", " /help", "/ help"])
    func refusesWhatIsNoCommand(line: String) {
        #expect(SlashCommand(parsing: line) == nil)
    }
}
