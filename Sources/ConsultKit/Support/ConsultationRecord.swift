import Foundation

/// A confirmed consultation as the plan builder reads it: every step of the
/// form in order with its answer in readable words and its role. The intake
/// makes it; the plans read it; neither needs the other's types.
public struct ConsultationRecord: Sendable, Hashable {
    /// One step and what the client answered; empty values when skipped.
    public struct Entry: Sendable, Hashable {
        public var step: String
        public var title: String
        public var role: StepRole?
        /// Readable values ("Dark brown", "Other: cover a scar").
        public var values: [String]
        /// The option ids chosen, for programs (empty for text and date steps).
        public var options: [String]
        /// The values that are the client's own words rather than an option of the form.
        public var ownWords: [String]
        /// The text typed, for a text step.
        public var text: String?
        /// The day chosen, for a date step.
        public var date: CalendarDay?

        public init(
            step: String, title: String, role: StepRole?, values: [String], options: [String] = [],
            ownWords: [String] = [], text: String? = nil, date: CalendarDay? = nil
        ) {
            self.step = step
            self.title = title
            self.role = role
            self.values = values
            self.options = options
            self.ownWords = ownWords
            self.text = text
            self.date = date
        }
    }

    /// The id the plan takes (the draft's).
    public var id: String
    public var createdAt: Date
    public var entries: [Entry]

    public init(id: String, createdAt: Date, entries: [Entry]) {
        self.id = id
        self.createdAt = createdAt
        self.entries = entries
    }

    /// The entry of the step with `role`, if the form has one.
    public func entry(_ role: StepRole) -> Entry? {
        entries.first { $0.role == role }
    }
}
