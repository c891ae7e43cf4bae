import Foundation

/// A saved treatment plan: the consultation's answers and a schedule drawn
/// only from the guide's facts. Stored as versioned JSON; a reader refuses a
/// newer version rather than guess at it.
public struct Plan: Sendable, Hashable {
    public static let currentVersion = 1
    /// More sessions than any course has: a file with more is damaged, and is
    /// refused before it costs memory and time in every listing and export.
    public static let sessionLimit = 24

    public var version: Int
    public var id: String
    /// What the dates are: always a proposal ("proposed, to be confirmed by
    /// the clinic"); the clinic books the appointments, never this program.
    public var status: String
    public var createdAt: Date
    public var clientName: String?
    /// The consultation's answers in the form's order.
    public var consultation: [Answer]
    public var startDate: CalendarDay
    public var sessions: [Session]
    /// The earliest day the result can be finished (the guide: at least one month).
    public var earliestFinish: CalendarDay
    public var touchUp: TouchUp
    /// Advice that holds for the whole course (sun and UV, redness).
    public var advice: [String]
    /// What the plan leaves to the therapist.
    public var therapistDecisions: [String]
    /// The clinic that confirms the dates, if its `clinic.yaml` names it.
    public var clinicName: String?
    /// How to reach that clinic, if its `clinic.yaml` says.
    public var clinicContact: String?

    public init(
        id: String, createdAt: Date, clientName: String?, consultation: [Answer], startDate: CalendarDay,
        sessions: [Session], earliestFinish: CalendarDay, touchUp: TouchUp, advice: [String],
        therapistDecisions: [String]
    ) {
        version = Self.currentVersion
        self.id = id
        status = Self.proposedStatus
        self.createdAt = createdAt
        self.clientName = clientName
        self.consultation = consultation
        self.startDate = startDate
        self.sessions = sessions
        self.earliestFinish = earliestFinish
        self.touchUp = touchUp
        self.advice = advice
        self.therapistDecisions = therapistDecisions
    }

    /// The status of every plan's dates.
    public static let proposedStatus = "proposed, to be confirmed by the clinic"

    /// One consultation answer as recorded in the plan.
    public struct Answer: Sendable, Hashable, Codable {
        public var step: String
        public var title: String
        /// What the client chose, readable ("Dark brown", "Other: cover a scar"); empty when skipped.
        public var values: [String]
        /// The option ids chosen, for programs (empty for text and date steps).
        public var options: [String]

        public init(step: String, title: String, values: [String], options: [String]) {
            self.step = step
            self.title = title
            self.values = values
            self.options = options
        }
    }

    public struct Session: Sendable, Hashable, Codable {
        public var number: Int
        public var date: CalendarDay
        /// "lighter" or "darker".
        public var pigment: String
        public var aftercare: Aftercare

        public init(number: Int, date: CalendarDay, pigment: String, aftercare: Aftercare) {
            self.number = number
            self.date = date
            self.pigment = pigment
            self.aftercare = aftercare
        }
    }

    /// The days after a session when the client avoids shampoo and movement (the guide's words).
    public struct Aftercare: Sendable, Hashable, Codable {
        /// The session day.
        public var from: CalendarDay
        /// Five days on: the shortest period the guide gives.
        public var atLeastUntil: CalendarDay
        /// Seven days on: the longest period the guide gives.
        public var until: CalendarDay
        public var instructions: [String]

        public init(from: CalendarDay, atLeastUntil: CalendarDay, until: CalendarDay, instructions: [String]) {
            self.from = from
            self.atLeastUntil = atLeastUntil
            self.until = until
            self.instructions = instructions
        }
    }

    public struct TouchUp: Sendable, Hashable, Codable {
        /// About two years after the last session.
        public var due: CalendarDay
        public var note: String

        public init(due: CalendarDay, note: String) {
            self.due = due
            self.note = note
        }
    }

    /// "The dates are proposed, to be confirmed by the clinic." with the
    /// clinic's name and contact line when the plan has them.
    public var confirmationNote: String {
        var text = "The dates are \(status)"
        if let clinicName { text += " (\(SafeText.line(clinicName)))" }
        text += "."
        if let clinicContact { text += " Contact: \(SafeText.line(clinicContact))." }
        return text
    }

    /// The answer to a step, if the client gave one.
    public func answer(_ step: String) -> Answer? {
        consultation.first { $0.step == step }
    }
}

extension Plan: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, id, status, createdAt, clientName, consultation, startDate, sessions, earliestFinish, touchUp
        case advice, therapistDecisions, clinicName, clinicContact
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // RecordFolder.read has refused newer versions already.
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        id = try container.decode(String.self, forKey: .id)
        guard (try? RecordFolder.validate(id: id)) == id else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "not a plan id")
        }
        // Plans saved before the field existed were proposals too.
        status = try container.decodeIfPresent(String.self, forKey: .status) ?? Self.proposedStatus
        createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt) ?? Date(timeIntervalSince1970: 0)
        clientName = try container.decodeIfPresent(String.self, forKey: .clientName)
        consultation = try container.decodeIfPresent([Answer].self, forKey: .consultation) ?? []
        startDate = try container.decode(CalendarDay.self, forKey: .startDate)
        sessions = try container.decodeIfPresent([Session].self, forKey: .sessions) ?? []
        guard sessions.count <= Self.sessionLimit else {
            throw DecodingError.dataCorruptedError(
                forKey: .sessions, in: container,
                debugDescription: "\(sessions.count) sessions (a plan has at most \(Self.sessionLimit))")
        }
        earliestFinish =
            try container.decodeIfPresent(CalendarDay.self, forKey: .earliestFinish) ?? startDate.adding(months: 1)
        touchUp = try container.decode(TouchUp.self, forKey: .touchUp)
        advice = try container.decodeIfPresent([String].self, forKey: .advice) ?? []
        therapistDecisions = try container.decodeIfPresent([String].self, forKey: .therapistDecisions) ?? []
        clinicName = try container.decodeIfPresent(String.self, forKey: .clinicName)
        clinicContact = try container.decodeIfPresent(String.self, forKey: .clinicContact)
    }
}
