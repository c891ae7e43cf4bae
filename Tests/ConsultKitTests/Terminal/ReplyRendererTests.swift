import Testing

@testable import ConsultKit

@Suite struct ReplyRendererTests {
    let reply = Reply(
        blocks: [.text("SMP lasts up to two years before it starts to fade."), .source("Guide: 3. How long")],
        choicesLead: "Related topics (type a number):",
        choices: [Reply.Choice(number: 1, title: "Touch-ups", intentID: "touch_up")])

    @Test func plainStyleHasNoEscapesAndNoWrapping() {
        let text = ReplyRenderer(style: .plain).render(reply)
        #expect(text == """
            SMP lasts up to two years before it starts to fade.
              — Guide: 3. How long

            Related topics (type a number):
              1. Touch-ups


            """)
    }

    @Test func colourDimsTheSourceAndWrapsToTheWidth() {
        let text = ReplyRenderer(style: TerminalStyle(colour: true, width: 30)).render(reply)
        #expect(text.hasPrefix("SMP lasts up to two years\nbefore it starts to fade.\n"))
        #expect(text.contains("\u{1B}[2m  — Guide: 3. How long\u{1B}[0m\n"))
        #expect(text.contains("\u{1B}[36m  1.\u{1B}[0m Touch-ups\n"))
    }

    @Test func anEmptyReplyPrintsNothing() {
        #expect(ReplyRenderer(style: .plain).render(Reply()) == "")
    }

    @Test func readlinePromptBracketsItsEscapes() {
        let renderer = ReplyRenderer(style: TerminalStyle(colour: true, width: 80))
        #expect(renderer.readlinePrompt() == "\u{1}\u{1B}[1;36m\u{2}> \u{1}\u{1B}[0m\u{2}")
        #expect(ReplyRenderer(style: .plain).readlinePrompt() == "> ")
    }
}
