/// Maps a question to the intent whose examples it is closest to.
///
/// Rule-based and deterministic. Every example and every question becomes a
/// set of terms (see `TermAnalyzer`); the index (`MatcherIndex`) weighs them,
/// and scoring (`Matcher+Scoring`) compares a question with every intent.
/// The built-in knowledge base's index is built while the program is built
/// and decoded at start-up (`Matcher+Encoding`).
public final class Matcher: Sendable {
    public let knowledge: KnowledgeBase
    public let analyzer: TermAnalyzer
    public let settings: Settings
    let index: MatcherIndex
    /// Question types and subjects, to keep aspects of different things apart.
    let aspects: AspectTable

    /// Builds the index of `knowledge`'s examples.
    public convenience init(knowledge: KnowledgeBase, settings: Settings = Settings()) {
        let (analyzer, index) = MatcherIndex.build(knowledge: knowledge, settings: settings)
        self.init(knowledge: knowledge, analyzer: analyzer, settings: settings, index: index)
    }

    /// A matcher over an index already built (or decoded) for `knowledge`.
    init(knowledge: KnowledgeBase, analyzer: TermAnalyzer, settings: Settings, index: MatcherIndex) {
        self.knowledge = knowledge
        self.analyzer = analyzer
        self.settings = settings
        self.index = index
        aspects = AspectTable(knowledge: knowledge, analyzer: analyzer)
    }

    /// Scores `question` against every intent and decides. `named` are the
    /// terms of the message before it: what a topic `needs:` may be named
    /// there ("I have tattoo sleeves. Is SMP the same thing?").
    public func match(_ question: some StringProtocol, explain: Bool = false, named: [Int32] = []) -> Match {
        match(question, explain: explain, excluding: nil, named: named)
    }

    /// Runs every example through the matcher as if it were a question and
    /// reports those it answers with another intent (or out of scope).
    ///
    /// With `leaveOneOut`, each example is left out of the index while it is
    /// asked: a stricter check of how well the other examples cover it, which
    /// shows where a topic needs more varied examples.
    public func selfCheck(leaveOneOut: Bool = false) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (position, text) in index.exampleText.enumerated() {
            let owner = Int(index.exampleClass[position])
            let expected = owner < knowledge.intents.count ? knowledge.intents[owner].id : nil
            let result = match(text, explain: false, excluding: leaveOneOut ? position : nil)
            guard result.intent?.id != expected else { continue }
            let found = result.intent.map { "intent '\($0.id)'" } ?? "out of scope"
            let wanted = expected.map { "'\($0)'" } ?? "out of scope"
            let context = leaveOneOut ? " when left out" : ""
            problems.append(
                Diagnostic(
                    index.exampleLocation[position], "example \"\(text)\" matches \(found)\(context), not \(wanted)"))
        }
        return problems
    }
}
