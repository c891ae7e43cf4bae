/// The records of a question file's lines: blank and `#` lines skipped, every
/// other line answered and written in the chosen format. A value any number of
/// threads can use at once; the records do not depend on which thread wrote them.
public struct BatchRecords: Sendable {
    public let answerer: Answerer
    public let format: AnswerFormat
    public let explain: Bool
    private let fragments: AnswerFragments

    public init(answerer: Answerer, format: AnswerFormat, explain: Bool) {
        self.answerer = answerer
        self.format = format
        self.explain = explain
        fragments = AnswerFragments(knowledge: answerer.knowledge)
    }

    /// Appends the record of `line` to `output`, or nothing for a line to skip.
    /// - Parameter truncated: `line` is the first part of a longer line.
    public func write(line: String, truncated: Bool = false, to output: inout [UInt8]) {
        guard let question = batchQuestion(line) else { return }
        format.write(
            answerer.answer(question, explain: explain), explain: explain, truncated: truncated,
            fragments: fragments, to: &output)
    }
}
