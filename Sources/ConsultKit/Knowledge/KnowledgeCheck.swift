import Foundation

/// Everything `intents check` reports for a knowledge base: structural
/// problems, then examples that the matcher itself would send elsewhere.
public enum KnowledgeCheck {
    /// - Parameter leaveOneOut: also ask each example with itself left out
    ///   (see `Matcher.selfCheck(leaveOneOut:)`).
    public static func run(_ source: KnowledgeSource, leaveOneOut: Bool = false) -> [Diagnostic] {
        // The intake form shares the folder; a folder without one uses the built-in form.
        let formProblems = source.file(named: IntakeForm.fileName).map {
            IntakeForm.parse(text: $0.text, file: $0.name).diagnostics
        } ?? []
        let (base, diagnostics) = KnowledgeBase.parse(source)
        guard let base, diagnostics.isEmpty else { return diagnostics + formProblems }
        var problems = diagnostics + formProblems
        for intent in base.intents where intent.answer.trimmedWhitespace.isEmpty {
            problems.append(Diagnostic(intent.location, "intent '\(intent.id)' has an empty answer"))
        }
        problems += Matcher(knowledge: base).selfCheck(leaveOneOut: leaveOneOut)
        return problems
    }
}
