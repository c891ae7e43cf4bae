import Foundation

/// A labelled question set and the matcher's score on it, reported the way
/// the team's `score.py` reports: overall accuracy, in-scope accuracy,
/// out-of-scope recall, per-intent recall and every miss.
public struct LabelledSet: Sendable {
    public struct Item: Sendable {
        public let question: String
        /// Acceptable answers: intent ids, and "none" for out of scope.
        public let labels: Set<String>
        public let line: Int
    }

    public static let noneLabel = "none"
    public let items: [Item]

    public init(items: [Item]) {
        self.items = items
    }

    /// Parses `question<TAB>labels` with a header naming both columns.
    public init(tsv text: String, file: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().makeIterator()
        guard let (_, headerLine) = lines.next() else {
            throw EvaluationError.badFile("\(file): empty file")
        }
        let header = headerLine.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        }
        guard let questionColumn = header.firstIndex(of: "question"), let labelColumn = header.firstIndex(of: "labels")
        else {
            throw EvaluationError.badFile("\(file):1: header must name the columns 'question' and 'labels'")
        }
        var items: [Item] = []
        while let (offset, line) = lines.next() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if fields.allSatisfy(\.isEmpty) { continue }
            guard fields.count > max(questionColumn, labelColumn), !fields[labelColumn].isEmpty else {
                throw EvaluationError.badFile("\(file):\(offset + 1): missing labels column")
            }
            let labels = Set(
                fields[labelColumn].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                })
            items.append(Item(question: fields[questionColumn], labels: labels, line: offset + 1))
        }
        self.items = items
    }
}

public enum EvaluationError: Error, CustomStringConvertible {
    case badFile(String)

    public var description: String {
        switch self {
        case .badFile(let message): return message
        }
    }
}

/// The scores of one run over a labelled set.
public struct EvaluationReport: Sendable {
    public struct Miss: Sendable {
        public let item: Int
        public let question: String
        public let gold: String
        public let predicted: String
    }

    public struct LabelRow: Sendable {
        public var count = 0
        public var correct = 0
        public var predicted = 0
        public var wrongPredictions = 0
        public var recall: Double? { count > 0 ? Double(correct) / Double(count) : nil }
    }

    public private(set) var total = 0
    public private(set) var correct = 0
    public private(set) var inScope = 0
    public private(set) var inScopeCorrect = 0
    public private(set) var falseRejects = 0
    public private(set) var outOfScope = 0
    public private(set) var outOfScopeCorrect = 0
    public private(set) var falseAccepts = 0
    public private(set) var ambiguous = 0
    public private(set) var ambiguousCorrect = 0
    public private(set) var labels: [String: LabelRow] = [:]
    public private(set) var misses: [Miss] = []

    public var accuracy: Double? { ratio(correct, total) }
    public var inScopeAccuracy: Double? { ratio(inScopeCorrect, inScope) }
    public var outOfScopeRecall: Double? { ratio(outOfScopeCorrect, outOfScope) }
    public var ambiguousAccuracy: Double? { ratio(ambiguousCorrect, ambiguous) }

    /// Scores predictions (nil = out of scope) against the set, item by item.
    public init(set: LabelledSet, predictions: [String?]) {
        let none = LabelledSet.noneLabel
        for (position, item) in set.items.enumerated() {
            let predicted = position < predictions.count ? (predictions[position] ?? none) : "<missing>"
            let ok = item.labels.contains(predicted)
            total += 1
            if ok { correct += 1 }
            let ids = item.labels.subtracting([none]).sorted()
            if !item.labels.contains(none) {
                inScope += 1
                if ok { inScopeCorrect += 1 }
                if predicted == none { falseRejects += 1 }
            } else if ids.isEmpty {
                outOfScope += 1
                if predicted == none { outOfScopeCorrect += 1 }
                if predicted != none && predicted != "<missing>" { falseAccepts += 1 }
            } else {
                ambiguous += 1
                if ok { ambiguousCorrect += 1 }
            }
            for label in ids.isEmpty ? [none] : ids {
                labels[label, default: LabelRow()].count += 1
                if ok { labels[label, default: LabelRow()].correct += 1 }
            }
            if predicted != "<missing>" {
                labels[predicted, default: LabelRow()].predicted += 1
                if !ok { labels[predicted, default: LabelRow()].wrongPredictions += 1 }
            }
            if !ok {
                let gold = item.labels.sorted { ($0 == none ? 1 : 0, $0) < ($1 == none ? 1 : 0, $1) }.joined(
                    separator: "|")
                misses.append(Miss(item: position + 1, question: item.question, gold: gold, predicted: predicted))
            }
        }
    }

    /// The report as text, laid out like score.py's.
    public var text: String {
        var out: [String] = []
        out.append("overall accuracy      \(percent(accuracy))  (\(correct)/\(total))")
        out.append("in-scope accuracy     \(percent(inScopeAccuracy))  (n=\(inScope), false rejects \(falseRejects))")
        out.append("out-of-scope recall   \(percent(outOfScopeRecall))  (n=\(outOfScope))")
        out.append("oos false accepts     \(pad(String(falseAccepts), 6))")
        out.append("ambiguous (X|none)    \(percent(ambiguousAccuracy))  (n=\(ambiguous))")
        out.append("")
        let none = LabelledSet.noneLabel
        let names = labels.keys.sorted { ($0 == none ? 1 : 0, $0) < ($1 == none ? 1 : 0, $1) }
        let width = max(5, names.map(\.count).max() ?? 0)
        out.append(
            "label".padding(toLength: width, withPad: " ", startingAt: 0) + "     n    ok  recall  pred  wrong_pred")
        for name in names {
            let row = labels[name]!
            out.append(
                name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + pad(String(row.count), 4) + "  "
                    + pad(String(row.correct), 4) + "  " + pad(percent(row.recall), 6) + "  "
                    + pad(String(row.predicted), 4)
                    + "  " + pad(String(row.wrongPredictions), 10))
        }
        out.append("")
        out.append("misses (\(misses.count)):")
        for miss in misses {
            out.append(
                "  #\(miss.item): \(String(reflecting: miss.question))  gold=\(miss.gold)  predicted=\(miss.predicted)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator > 0 ? Double(numerator) / Double(denominator) : nil
    }

    private func percent(_ value: Double?) -> String {
        guard let value else { return "  n/a" }
        return pad(String(format: "%.1f%%", value * 100), 6)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
