import Foundation
import Testing

@testable import ConsultKit

@Suite struct ReplyRendererTests {
    let reply = Reply(
        blocks: [.text("SMP lasts up to two years before it starts to fade."), .source("Guide: 3. How long")],
        choicesLead: "Related topics (type a number):",
        choices: [Reply.Choice(number: 1, title: "Touch-ups", intentID: "touch_up")])

    @Test func plainStyleHasNoEscapesAndNoWrapping() {
        let text = ReplyRenderer(style: .plain).render(reply)
        #expect(
            text == """
                SMP lasts up to two years before it starts to fade.
                  — Guide: 3. How long

                Related topics (type a number):
                  1. Touch-ups


                """)
    }

    @Test func controlCharactersInTheTextAreShownNotObeyed() {
        let hostile = Reply(
            blocks: [.text("Sam\u{1B}]0;owned\u{07} and \u{9B}2J"), .note("\u{1B}[31mred")],
            choicesLead: "Topics:", choices: [Reply.Choice(number: 1, title: "A\nB\u{1B}", intentID: "x")])
        for style in [TerminalStyle.plain, TerminalStyle(colour: true, width: 80)] {
            let text = ReplyRenderer(style: style).render(hostile)
            #expect(text.contains("Sam^[]0;owned^G and <U+009B>2J"))
            #expect(text.contains("^[[31mred"))
            #expect(text.contains("A B^["))
            #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
            // The only escape sequences left are the renderer's own colours.
            let stripped = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(!stripped.contains("\u{1B}"))
        }
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
