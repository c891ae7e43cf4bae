import Testing

@testable import ConsultKit

@Suite struct TerminalStyleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: Bool
        let output: Bool
        let environment: [String: String]
        let colour: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "both terminals, xterm", input: true, output: true, environment: ["TERM": "xterm"], colour: true),
        Case(
            name: "NO_COLOR set", input: true, output: true, environment: ["TERM": "xterm", "NO_COLOR": "1"],
            colour: false),
        Case(
            name: "NO_COLOR empty", input: true, output: true, environment: ["TERM": "xterm", "NO_COLOR": ""],
            colour: true),
        Case(name: "TERM=dumb", input: true, output: true, environment: ["TERM": "dumb"], colour: false),
        Case(name: "TERM unset", input: true, output: true, environment: [:], colour: false),
        Case(name: "output piped", input: true, output: false, environment: ["TERM": "xterm"], colour: false),
        Case(name: "input piped", input: false, output: true, environment: ["TERM": "xterm"], colour: false),
    ])
    func colourOnlyOnAnInteractiveTerminalThatAllowsIt(_ example: Case) {
        let style = TerminalStyle.resolve(
            inputIsTerminal: example.input, outputIsTerminal: example.output, windowColumns: 100,
            environment: example.environment)
        #expect(style.colour == example.colour)
    }

    @Test func widthComesFromTheWindowThenColumnsThenEighty() {
        func width(_ columns: Int?, _ environment: [String: String]) -> Int? {
            TerminalStyle.resolve(
                inputIsTerminal: true, outputIsTerminal: true, windowColumns: columns, environment: environment
            ).width
        }
        #expect(width(90, ["COLUMNS": "60"]) == 90)
        // A wide window still gets lines short enough to read.
        #expect(width(200, [:]) == TerminalStyle.readableWidth)
        #expect(width(nil, ["COLUMNS": "300"]) == TerminalStyle.readableWidth)
        #expect(width(0, ["COLUMNS": "60"]) == 60)
        #expect(width(nil, ["COLUMNS": "wide"]) == 80)
        #expect(width(nil, [:]) == 80)
    }

    @Test func outputToAPipeIsNeitherWrappedNorColoured() {
        let style = TerminalStyle.resolve(
            inputIsTerminal: true, outputIsTerminal: false, windowColumns: 80, environment: ["TERM": "xterm"])
        #expect(style == .plain)
    }

    @Test func paintAddsEscapesOnlyWithColour() {
        #expect(TerminalStyle(colour: true, width: nil).paint("a", .dim) == "\u{1B}[2ma\u{1B}[0m")
        #expect(TerminalStyle(colour: false, width: nil).paint("a", .dim) == "a")
    }
}
