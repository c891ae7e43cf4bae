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
        // A list item ("  1. Topic") continues under its text, not its number.
        let words = line.dropFirst(indent.count).split(separator: " ")
        var hanging = indent
        if let first = words.first, first.last == "." || first.last == ")", first.dropLast().allSatisfy(\.isNumber) {
            hanging += String(repeating: " ", count: first.count + 1)
        }
        if hanging.count > width / 2 { hanging = "" }
        var result: [String] = []
        var current = indent
        var currentHasWord = false
        for word in words {
            if currentHasWord && current.count + 1 + word.count > width {
                result.append(current)
                current = hanging
                currentHasWord = false
            }
            if currentHasWord { current += " " }
            current += word
            currentHasWord = true
        }
        result.append(current)
        return result
    }
}
