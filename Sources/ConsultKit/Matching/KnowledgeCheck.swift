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
        // Batch replies are read away from the chat, where "/topics" means nothing.
        for intent in base.intents where namesChatCommand(intent.batchAnswer) {
            problems.append(
                Diagnostic(
                    intent.location,
                    "intent '\(intent.id)' answers batch output with a chat command: give it a batch_answer: without one"
                ))
        }
        for text in [base.outOfScope.answer, base.outOfScope.contactAnswer] where namesChatCommand(text) {
            problems.append(
                Diagnostic(
                    FileLocation(file: KnowledgeBase.outOfScopeFile, line: 0),
                    "the batch \"not covered\" answer names a chat command: keep those for chat_answer:"))
        }
        let matcher = Matcher(knowledge: base)
        // A subject no example uses has no term to find in a question: it would refuse nothing.
        for word in base.outOfScope.subjects {
            let ids = matcher.analyzer.analyze(tokens: Tokenizer.tokens(word), correctSpelling: false).ids
            if ids.isEmpty || ids.contains(-1) {
                problems.append(
                    Diagnostic(
                        FileLocation(file: KnowledgeBase.outOfScopeFile, line: 0),
                        "subject '\(word)' is a word no example uses (or a stop word): it would refuse nothing"))
            }
        }
        // A need no example uses could never be named: the intent would answer nothing.
        for intent in base.intents {
            for word in intent.needs {
                let ids = matcher.analyzer.analyze(tokens: Tokenizer.tokens(word), correctSpelling: false).ids
                if ids.isEmpty || ids.contains(-1) {
                    problems.append(
                        Diagnostic(
                            intent.location,
                            "intent '\(intent.id)' needs '\(word)', a word no example uses (or a stop word): "
                                + "no question could name it"))
                }
            }
        }
        problems += matcher.selfCheck(leaveOneOut: leaveOneOut)
        return problems
    }

    /// Whether `text` tells the reader to type a chat command ("/topics").
    static func namesChatCommand(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return words.contains { word in
            word.count > 1 && word.first == "/" && word.dropFirst().first.map { $0.isLetter && $0.isLowercase } == true
        }
    }
}
