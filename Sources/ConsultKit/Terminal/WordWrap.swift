/// Breaks text into lines that fit a width, at spaces.
public enum WordWrap {
    /// The lines of `text` wrapped to `width` columns. Existing line breaks are
    /// kept; a line's leading spaces indent its continuation lines too; a word
    /// longer than the width gets a line of its own. A nil width leaves the
    /// text as it is.
    public static func lines(_ text: String, width: Int?) -> [String] {
        let source = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let width else { return source }
        return source.flatMap { wrapLine($0, width: max(width, 10)) }
    }

    /// `lines(text, width:)` joined with newlines.
    public static func wrap(_ text: String, width: Int?) -> String {
        lines(text, width: width).joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        // Each word with the spaces before it, so spacing inside a line (a
        // column of commands) survives where the line is not broken.
        var words: [(gap: Int, word: Substring)] = []
        var gap = 0
        var rest = line.dropFirst(indent.count)
        while !rest.isEmpty {
            let spaces = rest.prefix { $0 == " " }
            gap = spaces.count
            rest = rest.dropFirst(gap)
            let word = rest.prefix { $0 != " " }
            if !word.isEmpty { words.append((gap, word)) }
            rest = rest.dropFirst(word.count)
        }
        // A list item ("  1. Topic") continues under its text, not its number.
        var hanging = indent
        if let first = words.first?.word, first.last == "." || first.last == ")",
            first.dropLast().allSatisfy(\.isNumber)
        {
            hanging += String(repeating: " ", count: first.count + 1)
        }
        if hanging.count > width / 2 { hanging = "" }
        var result: [String] = []
        var current = indent
        var currentHasWord = false
        for (gap, word) in words {
            if currentHasWord && current.count + gap + word.count > width {
                result.append(current)
                current = hanging
                currentHasWord = false
            }
            if currentHasWord { current += String(repeating: " ", count: gap) }
            current += word
            currentHasWord = true
        }
        result.append(current)
        return result
    }
}
