/// Turns a `Reply` into the text the terminal shows: wrapped to the width,
/// the source and notes dimmed, choices numbered, colour only when allowed.
/// Every piece of text passes `SafeText.terminal` before it is styled, so
/// only the renderer's own escape codes reach the terminal.
public struct ReplyRenderer: Sendable {
    public let style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The reply as lines ending in a newline, followed by a blank line;
    /// empty for an empty reply.
    public func render(_ reply: Reply) -> String {
        guard !reply.isEmpty else { return "" }
        var output = ""
        for block in reply.blocks {
            switch block {
            case .text(let text):
                output += paragraph(text, look: nil)
            case .heading(let text):
                output += "\n" + paragraph(text, look: .bold)
            case .source(let text):
                output += paragraph("  — " + text, look: .dim)
            case .note(let text):
                output += paragraph(text, look: .dim)
            }
        }
        if !reply.choices.isEmpty {
            output += "\n" + paragraph(reply.choicesLead, look: .dim)
            for choice in reply.choices {
                let number = "  \(choice.number)."
                let lines = WordWrap.lines(
                    "\(number) \(SafeText.terminal(choice.title, lineBreaks: false))", width: style.width)
                for (index, line) in lines.enumerated() {
                    if index == 0 {
                        output += style.paint(number, .accent) + String(line.dropFirst(number.count)) + "\n"
                    } else {
                        output += line + "\n"
                    }
                }
            }
        }
        return output + "\n"
    }

    /// The prompt before each line, for readline: the escape codes are
    /// bracketed (\u{1} … \u{2}) so it can count the visible width.
    public func readlinePrompt() -> String {
        let symbol = "> "
        guard style.colour else { return symbol }
        let open = "\u{1B}[\(TerminalStyle.Look.boldAccent.rawValue)m"
        let close = "\u{1B}[0m"
        return "\u{1}\(open)\u{2}\(symbol)\u{1}\(close)\u{2}"
    }

    private func paragraph(_ text: String, look: TerminalStyle.Look?) -> String {
        WordWrap.lines(SafeText.terminal(text), width: style.width).map { line in
            (look.map { style.paint(line, $0) } ?? line) + "\n"
        }.joined()
    }
}
