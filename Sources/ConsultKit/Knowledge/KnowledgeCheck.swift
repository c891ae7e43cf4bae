import Foundation

/// Everything `intents check` reports for a knowledge base: structural
/// problems, then examples that the matcher itself would send elsewhere.
public enum KnowledgeCheck {
    public static func run(_ source: KnowledgeSource) -> [Diagnostic] {
        let (base, diagnostics) = KnowledgeBase.parse(source)
        guard let base, diagnostics.isEmpty else { return diagnostics }
        var problems = diagnostics
        for intent in base.intents where intent.answer.trimmedWhitespace.isEmpty {
            problems.append(Diagnostic(intent.location, "intent '\(intent.id)' has an empty answer"))
        }
        problems += Matcher(knowledge: base).selfCheck()
        return problems
    }
}
