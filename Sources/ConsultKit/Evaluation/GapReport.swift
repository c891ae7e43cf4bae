import Foundation

/// What clients asked that the guide did not answer well, grouped by the
/// questions' main terms, so the clinic sees what to add to its guide.
///
/// Reads `ask --format jsonl` records (a question is a gap when no part was
/// answered, when `review` is set, or when some part was not covered) and
/// plain question lines (a chat history), which the caller answers first.
public struct GapReport: Sendable {
    /// Questions that share a main term.
    public struct Group: Sendable, Equatable {
        public let term: String
        public let count: Int
        /// Distinct questions, most asked first, with how often each was asked.
        public let examples: [(question: String, count: Int)]

        public static func == (lhs: Group, rhs: Group) -> Bool {
            lhs.term == rhs.term && lhs.count == rhs.count
                && lhs.examples.map(\.question) == rhs.examples.map(\.question)
                && lhs.examples.map(\.count) == rhs.examples.map(\.count)
        }
    }

    /// Why a question needs the clinic's attention.
    public enum Reason: Sendable, Equatable {
        case notCovered
        case review
    }

    /// One question of the input and what happened to it.
    public struct Entry: Sendable, Equatable {
        public let question: String
        /// nil: answered well enough, not a gap.
        public let reason: Reason?

        public init(question: String, reason: Reason?) {
            self.question = question
            self.reason = reason
        }
    }

    /// Lines longer than this are not read as records (a record of ours is far shorter).
    public static let lineLimit = 64 * 1024
    /// Examples shown under each group.
    public static let examplesPerGroup = 3
    /// The group of questions with no term beyond the generic ones.
    public static let otherTerm = "(other)"

    public let groups: [Group]
    public let questions: Int
    public let notCovered: Int
    public let review: Int

    /// Groups `entries`' gaps by the term most of them share: each question
    /// joins the group of its most frequent term (rarer terms break ties,
    /// then alphabetical order). `terms` gives a question's terms; `generic`
    /// are terms too common to name a group ("how", "smp").
    public init(entries: [Entry], terms: (String) -> [String], generic: Set<String>) {
        let gaps = entries.filter { $0.reason != nil }
        questions = entries.count
        notCovered = gaps.count { $0.reason == .notCovered }
        review = gaps.count { $0.reason == .review }

        let termsOfGap = gaps.map { gap in
            var seen: Set<String> = []
            return terms(gap.question).filter { !generic.contains($0) && seen.insert($0).inserted }
        }
        var frequency: [String: Int] = [:]
        for list in termsOfGap { for term in list { frequency[term, default: 0] += 1 } }

        var members: [String: [String]] = [:]
        for (gap, list) in zip(gaps, termsOfGap) {
            let main = list.min { a, b in
                let (fa, fb) = (frequency[a]!, frequency[b]!)
                return fa != fb ? fa > fb : a < b
            }
            members[main ?? Self.otherTerm, default: []].append(gap.question)
        }
        groups = members.map { term, questions in
            var counts: [String: (text: String, count: Int, first: Int)] = [:]
            for (position, question) in questions.enumerated() {
                let key = KnowledgeBase.comparable(question)
                if let known = counts[key] {
                    counts[key] = (known.text, known.count + 1, known.first)
                } else {
                    counts[key] = (question, 1, position)
                }
            }
            let examples = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.first < $1.first }
                .prefix(Self.examplesPerGroup).map { (question: $0.text, count: $0.count) }
            return Group(
                term: Self.label(term, in: questions, terms: terms), count: questions.count, examples: examples)
        }.sorted { a, b in
            if (a.term == Self.otherTerm) != (b.term == Self.otherTerm) { return b.term == Self.otherTerm }
            return a.count != b.count ? a.count > b.count : a.term < b.term
        }
    }

    /// The word the questions most often use for `term` ("cost" for price,
    /// "age" for the stem "ag"), so a heading reads as the clients wrote.
    private static func label(_ term: String, in questions: [String], terms: (String) -> [String]) -> String {
        guard term != otherTerm else { return term }
        var uses: [String: Int] = [:]
        for question in questions {
            for word in Tokenizer.tokens(question) where terms(word) == [term] { uses[word, default: 0] += 1 }
        }
        return uses.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? term
    }

    /// The report as text for a terminal or a file: one heading per group,
    /// most frequent first, with example questions under it.
    public var text: String {
        let gaps = notCovered + review
        var lines = [
            "\(gaps) of \(questions) question\(questions == 1 ? "" : "s") need the clinic's attention: "
                + "\(notCovered) not covered, \(review) to review."
        ]
        for group in groups {
            lines.append("")
            lines.append("\(SafeText.line(group.term)) (\(group.count))")
            for example in group.examples {
                let times = example.count > 1 ? " (×\(example.count))" : ""
                lines.append("  \(SafeText.line(example.question))\(times)")
            }
            let shown = group.examples.reduce(0) { $0 + $1.count }
            if group.count > shown { lines.append("  … and \(group.count - shown) more") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension GapReport.Entry {
    /// The entry for one line of `ask --format jsonl` output; nil when the
    /// line is not such a record (then it may be a plain question).
    public init?(jsonLine line: String) {
        guard line.utf8.count <= GapReport.lineLimit, line.utf8.first == UInt8(ascii: "{"),
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let question = object["question"] as? String
        else { return nil }
        let parts = (object["parts"] as? [[String: Any]]) ?? []
        let answered = object["intent"] is String || parts.contains { $0["intent"] is String }
        let partlyAnswered = parts.contains { !($0["intent"] is String) }
        let review = (object["review"] as? Bool) ?? false
        self.init(
            question: question,
            reason: !answered ? .notCovered : (review || partlyAnswered ? .review : nil))
    }
}

extension GapReport.Entry {
    /// The entry for a question answered now (a line of a chat history).
    public init(answer: Answer) {
        let answered = answer.parts.contains { $0.intent != nil }
        let partly = answered && answer.parts.contains { $0.intent == nil }
        self.init(question: answer.question, reason: !answered ? .notCovered : (partly ? .review : nil))
    }

    /// Whether a plain line of a chat history is a question, not a command
    /// ("/topics") or a numbered choice ("2").
    public static func isQuestion(_ line: String) -> Bool {
        !line.hasPrefix("/") && Int(line) == nil
    }
}

extension GapReport {
    /// Terms that the examples of more than a quarter of the topics use
    /// ("how", "smp"): too common to name a group of questions.
    public static func genericTerms(topics: [[String]], terms: (String) -> [String]) -> Set<String> {
        var topicsUsing: [String: Int] = [:]
        for examples in topics {
            var seen: Set<String> = []
            for example in examples {
                for term in terms(example) where seen.insert(term).inserted { topicsUsing[term, default: 0] += 1 }
            }
        }
        let limit = max(1, topics.count / 4)
        return Set(topicsUsing.filter { $0.value > limit }.keys)
    }
}
