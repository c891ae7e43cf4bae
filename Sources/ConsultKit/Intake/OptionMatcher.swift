import Foundation

/// Reads the options of a choice step out of what someone typed: labels,
/// ids, synonyms and option numbers, with typing slips forgiven ("blnde" is
/// blond) and filler ignored ("dark brown hair" is dark brown). Several
/// options can share a line ("thinning and bald spots", "1, 3").
public struct OptionMatcher: Sendable {
    /// One option read from the line; `text` is the client's own words for a
    /// free-text option ("other: cover a scar").
    public struct ChosenOption: Sendable, Hashable, Codable {
        public let option: String
        public let text: String?

        public init(option: String, text: String? = nil) {
            self.option = option
            self.text = text
        }
    }

    public enum Result: Sendable, Equatable {
        case matched([ChosenOption])
        /// Nothing matched; `suggestions` are options that share a word with the line.
        case unrecognised(suggestions: [String])
        /// Some options matched but these words did not.
        case partly(matched: [ChosenOption], unmatched: [String])
        /// A one-value step got several.
        case tooMany([String])
        /// A free-text option came without its text.
        case missingText(option: String)
    }

    private struct Word: Sendable, Hashable {
        let raw: String
        let stem: String
    }

    private struct Phrase: Sendable {
        let option: Int
        let words: [Word]
    }

    public let step: IntakeForm.Step
    private let filler: Set<String>
    /// Longest first, so "salt and pepper" wins over "pepper".
    private let phrases: [Phrase]
    private let textOption: (index: Int, phrases: [String])?

    /// Words that only join options ("thinning and bald spots").
    private static let joiners: Set<String> = [
        "and", "or", "plus", "also", "both", "then", "as", "well", "number", "option",
    ]

    public init(step: IntakeForm.Step, formFiller: [String]) {
        self.step = step
        filler = Set((formFiller + step.filler).flatMap { Tokenizer.tokens($0) })
        var phrases: [Phrase] = []
        var textOption: (Int, [String])?
        for (index, option) in step.options.enumerated() {
            let texts = [option.id.replacingOccurrences(of: "_", with: " "), option.label] + option.synonyms
            for text in texts {
                let words = Self.words(text, dropping: filler)
                if !words.isEmpty { phrases.append(Phrase(option: index, words: words)) }
            }
            if option.takesText {
                textOption = (index, texts.map { $0.lowercased() }.sorted { $0.count > $1.count })
            }
        }
        self.phrases = phrases.sorted { $0.words.count > $1.words.count }
        self.textOption = textOption
    }

    /// The terms a phrase is compared by, for checking the form.
    func normalised(_ phrase: String) -> [String] {
        Self.words(phrase, dropping: filler).map(\.stem)
    }

    /// What Tab offers: the labels the client sees (ids are the form's own
    /// names, never shown).
    public var completions: [String] {
        step.options.map(\.label)
    }

    public func match(_ line: String) -> Result {
        var rest = line
        var freeText: ChosenOption?
        if let (index, texts) = textOption, let found = Self.findFreeText(in: line, phrases: texts) {
            rest = found.before
            let text = found.after.trimmingCharacters(
                in: CharacterSet(charactersIn: ":-–—,;.!\"' ").union(.whitespacesAndNewlines))
            guard !text.isEmpty else { return .missingText(option: step.options[index].id) }
            freeText = ChosenOption(option: step.options[index].id, text: text)
        }
        let words = Self.words(rest, dropping: filler)
        var values: [ChosenOption] = []
        var unmatched: [String] = []
        var position = 0
        while position < words.count {
            let word = words[position]
            if let number = Int(word.raw) {
                if (1...step.options.count).contains(number) {
                    let option = step.options[number - 1]
                    if option.takesText { return .missingText(option: option.id) }
                    append(ChosenOption(option: option.id), to: &values)
                } else {
                    unmatched.append(word.raw)
                }
                position += 1
                continue
            }
            if let phrase = longestPhrase(in: words, at: position) {
                let option = step.options[phrase.option]
                if option.takesText {
                    return .missingText(option: option.id)
                }
                append(ChosenOption(option: option.id), to: &values)
                position += phrase.words.count
                continue
            }
            if !Self.joiners.contains(word.raw) { unmatched.append(word.raw) }
            position += 1
        }
        if let freeText { append(freeText, to: &values) }
        if values.isEmpty {
            return .unrecognised(suggestions: suggestions(for: words))
        }
        if !unmatched.isEmpty {
            return .partly(matched: values, unmatched: unmatched)
        }
        if !step.allowsMany && values.count > 1 {
            return .tooMany(values.map(\.option))
        }
        return .matched(values)
    }

    private func append(_ value: ChosenOption, to values: inout [ChosenOption]) {
        if let existing = values.firstIndex(where: { $0.option == value.option }) {
            // "other: x" wins over a bare mention of the same option.
            if value.text != nil { values[existing] = value }
            return
        }
        values.append(value)
    }

    private func longestPhrase(in words: [Word], at position: Int) -> Phrase? {
        var best: (phrase: Phrase, exact: Int)?
        for phrase in phrases where position + phrase.words.count <= words.count {
            if let best, phrase.words.count < best.phrase.words.count { break }
            var exact = 0
            var matches = true
            for (offset, expected) in phrase.words.enumerated() {
                let word = words[position + offset]
                if word.stem == expected.stem || word.raw == expected.raw {
                    exact += 1
                } else if !Self.isSlip(word.raw, of: expected.raw) {
                    matches = false
                    break
                }
            }
            guard matches else { continue }
            if best == nil || exact > best!.exact { best = (phrase, exact) }
        }
        return best?.phrase
    }

    /// Options sharing a word with the line, for "did you mean".
    private func suggestions(for words: [Word]) -> [String] {
        var found: [String] = []
        for phrase in phrases {
            let id = step.options[phrase.option].id
            guard !found.contains(id) else { continue }
            let shares = phrase.words.contains { expected in
                words.contains { $0.stem == expected.stem || Self.isSlip($0.raw, of: expected.raw) }
            }
            if shares { found.append(id) }
        }
        return step.options.map(\.id).filter { found.contains($0) }
    }

    /// A typing slip: within the tolerance the spelling corrector allows for
    /// the word's length, and with the first letter right.
    private static func isSlip(_ typed: String, of word: String) -> Bool {
        let limit = SpellingCorrector.tolerance(forLength: typed.utf8.count)
        guard limit > 0, typed.first == word.first, word.utf8.count >= 4 else { return false }
        return EditDistance.distance(Array(typed.utf8), Array(word.utf8), limit: limit) != nil
    }

    private static func words(_ text: String, dropping filler: Set<String>) -> [Word] {
        Tokenizer.tokens(text).filter { !filler.contains($0) }.map { Word(raw: $0, stem: PorterStemmer.stem($0)) }
    }

    /// The free-text option's word in the line ("other", "something else")
    /// and what comes before and after it.
    private static func findFreeText(in line: String, phrases: [String]) -> (before: String, after: String)? {
        for phrase in phrases where !phrase.isEmpty {
            var searchStart = line.startIndex
            while let range = line.range(of: phrase, options: [.caseInsensitive], range: searchStart..<line.endIndex) {
                let beforeOK =
                    range.lowerBound == line.startIndex || !line[line.index(before: range.lowerBound)].isLetter
                let afterOK = range.upperBound == line.endIndex || !line[range.upperBound].isLetter
                if beforeOK && afterOK {
                    return (String(line[..<range.lowerBound]), String(line[range.upperBound...]))
                }
                searchStart = range.upperBound
            }
        }
        return nil
    }
}
