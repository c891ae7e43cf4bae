/// Each intent's `,"answer":…,"source":…,"suggestions":[…]` rendered once, so
/// a batch of a million lines does not escape the same few answers again and
/// again. Kept here, beside the format, so the knowledge base knows nothing of
/// output.
public struct AnswerFragments: Sendable {
    private struct Entry: Sendable {
        let intent: Intent
        let bytes: [UInt8]
    }

    private let entries: [ObjectIdentifier: Entry]

    public init(knowledge: KnowledgeBase) {
        var entries: [ObjectIdentifier: Entry] = [:]
        entries.reserveCapacity(knowledge.intents.count)
        for intent in knowledge.intents {
            var bytes: [UInt8] = []
            AnswerFormat.writeAnswerFields(
                answerText: intent.batchAnswer, source: intent.source, suggestions: intent.related, to: &bytes)
            entries[ObjectIdentifier(intent)] = Entry(intent: intent, bytes: bytes)
        }
        self.entries = entries
    }

    /// The rendered fields of `intent`, if it is one of this knowledge base's.
    func fragment(for intent: Intent) -> [UInt8]? {
        guard let entry = entries[ObjectIdentifier(intent)], entry.intent === intent else { return nil }
        return entry.bytes
    }
}
