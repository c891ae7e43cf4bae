import Foundation

/// What the client said at one step: nothing (skipped), free text, options
/// or a day.
public struct IntakeAnswer: Sendable, Hashable {
    public var skipped: Bool
    public var text: String?
    public var choices: [OptionMatcher.ChosenOption]
    public var date: CalendarDay?

    public init(
        skipped: Bool = false, text: String? = nil, choices: [OptionMatcher.ChosenOption] = [], date: CalendarDay? = nil
    ) {
        self.skipped = skipped
        self.text = text
        self.choices = choices
        self.date = date
    }

    public static let skip = IntakeAnswer(skipped: true)

    /// The answer as the client would read it: "Dark brown", "Monday 7 December 2026".
    public func display(for step: IntakeForm.Step) -> String {
        if skipped { return "(skipped)" }
        if let date { return date.long }
        if let text, step.kind == .text { return text }
        return choices.map { value in
            let label = step.option(value.option)?.label ?? value.option
            return value.text.map { "\(label): \($0)" } ?? label
        }.joined(separator: "; ")
    }
}

extension IntakeAnswer: Codable {
    private enum CodingKeys: String, CodingKey {
        case skipped, text, choices, date
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        skipped = try container.decodeIfPresent(Bool.self, forKey: .skipped) ?? false
        text = try container.decodeIfPresent(String.self, forKey: .text)
        choices = try container.decodeIfPresent([OptionMatcher.ChosenOption].self, forKey: .choices) ?? []
        date = try container.decodeIfPresent(CalendarDay.self, forKey: .date)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if skipped { try container.encode(true, forKey: .skipped) }
        try container.encodeIfPresent(text, forKey: .text)
        if !choices.isEmpty { try container.encode(choices, forKey: .choices) }
        try container.encodeIfPresent(date, forKey: .date)
    }
}
