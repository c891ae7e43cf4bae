/// How a reply names the guide section its answer comes from, so the chat
/// and the intake show it the same way.
public enum GuideSource {
    /// "Guide: 3. How long does SMP treatment last?"
    public static func label(_ section: String) -> String {
        "Guide: " + section
    }

    /// The label as a line of its own inside plain text (an intake reply);
    /// a terminal host turns it back into the chat's source line.
    public static func line(_ section: String) -> String {
        marker + label(section)
    }

    /// The label in a line made by `line(_:)`; nil for any other line.
    public static func label<S: StringProtocol>(inLine line: S) -> String? {
        guard line.hasPrefix(marker + "Guide: ") else { return nil }
        return String(line.dropFirst(marker.count))
    }

    private static let marker = "  — "
}
