import Testing

@testable import ConsultKit

@Suite struct WordWrapTests {
    @Test func breaksAtSpacesWithinTheWidth() {
        let lines = WordWrap.lines("the quick brown fox jumps over the lazy dog", width: 15)
        #expect(lines == ["the quick brown", "fox jumps over", "the lazy dog"])
        #expect(lines.allSatisfy { $0.count <= 15 })
    }

    @Test func keepsLineBreaksAndBlankLines() {
        #expect(WordWrap.lines("one\n\ntwo", width: 40) == ["one", "", "two"])
    }

    @Test func indentedAndNumberedLinesContinueUnderTheirText() {
        #expect(
            WordWrap.lines("  1. How long the result lasts", width: 18) == ["  1. How long the", "     result lasts"])
        #expect(WordWrap.lines("  /help  what you can type", width: 16) == ["  /help  what", "  you can type"])
    }

    @Test func aWordLongerThanTheWidthGetsItsOwnLine() {
        #expect(
            WordWrap.lines("see https://example.com/a/very/long/path now", width: 12) == [
                "see", "https://example.com/a/very/long/path", "now",
            ])
    }

    @Test func noWidthLeavesTheTextAlone() {
        let text = String(repeating: "word ", count: 50)
        #expect(WordWrap.wrap(text, width: nil) == text)
    }
}
