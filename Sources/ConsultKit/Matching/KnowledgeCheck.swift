/// Everything `intents check` reports for a knowledge base: structural
/// problems, then examples that the matcher itself would send elsewhere.
///
/// Here rather than in Knowledge: it needs the matcher, which lies above.
public enum KnowledgeCheck {
    /// - Parameters:
    ///   - others: names of files that hold other data (see `KnowledgeBase.load`).
    ///   - leaveOneOut: also ask each example with itself left out
    ///     (see `Matcher.selfCheck(leaveOneOut:)`).
    public static func run(
        _ files: KnowledgeFiles, ignoring others: Set<String> = [], leaveOneOut: Bool = false
    ) -> [Diagnostic] {
        let (base, diagnostics) = KnowledgeBase.parse(files, ignoring: others)
        guard let base, diagnostics.isEmpty else { return diagnostics }
        var problems = diagnostics
        for intent in base.intents where intent.answer.trimmedWhitespace.isEmpty {
            problems.append(Diagnostic(intent.location, "intent '\(intent.id)' has an empty answer"))
        }
        problems += Matcher(knowledge: base).selfCheck(leaveOneOut: leaveOneOut)
        return problems
    }
}
