import Testing

@testable import ConsultKit

@Suite struct SafeTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("red \u{1B}[31malert\u{1B}[0m", "red ^[[31malert^[[0m"),
        ("bell\u{07}", "bell^G"),
        ("delete\u{7F}", "delete^?"),
        ("C1 CSI \u{9B}31m", "C1 CSI <U+009B>31m"),
        ("next line \u{85}here", "next line <U+0085>here"),
        ("title\u{1B}]0;owned\u{07}", "title^[]0;owned^G"),
        ("two\nlines", "two\nlines"),
        ("windows\r\nline", "windows\nline"),
        ("carriage\rreturn", "carriage^Mreturn"),
        ("a\ttab", "a tab"),
        ("Zoë 😀", "Zoë 😀"),
    ])
    func terminalTextShowsControlCharactersVisibly(input: String, expected: String) {
        #expect(SafeText.terminal(input) == expected)
    }

    @Test func lineBreaksAndTabsPassOnlyWhereAllowed() {
        #expect(SafeText.terminal("a\nb\tc", lineBreaks: false) == "a b c")
        #expect(SafeText.terminal("a\nb\tc", lineBreaks: true, tabs: true) == "a\nb\tc")
    }

    @Test func noEscapeOrC1CharacterSurvives() {
        let hostile = (0..<0xA0).map { String(UnicodeScalar(UInt8($0))) }.joined()
        let shown = SafeText.terminal(hostile)
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!shown.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
    }

    @Test(arguments: [
        ("  Sam   O'Neil  ", "Sam O'Neil"),
        ("Sam\u{1B}[2J\u{1B}[31mRed", "Sam Red"),
        ("tab\tand\nnewline", "tab and newline"),
        ("zero\u{200B}width", "zero width"),
        ("\u{9B}c1", "c1"),
    ])
    func lineKeepsOneCleanLine(input: String, expected: String) {
        #expect(SafeText.line(input) == expected)
    }
}
