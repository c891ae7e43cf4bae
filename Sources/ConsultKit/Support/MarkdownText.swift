/// Typed text placed in a Markdown document (plans, drafts).
public enum MarkdownText {
    /// Keeps typed text from turning into Markdown markup.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
