import Foundation

/// An intake in progress, saved after every answer so that nothing but the
/// line being typed is lost when the session stops.
public struct IntakeDraft: Sendable, Hashable {
    public static let currentVersion = 1

    public var version: Int
    /// Also the id of the plan it becomes.
    public var id: String
    public var createdAt: Date
    public var updatedAt: Date
    /// By step id.
    public var answers: [String: IntakeAnswer]
    /// The id of the step being asked; empty at the final summary.
    public var position: String
    /// The answer to the form's name step, for listings that have no form at hand.
    public var clientName: String?

    public init(
        id: String, createdAt: Date, updatedAt: Date, answers: [String: IntakeAnswer], position: String,
        clientName: String? = nil
    ) {
        version = Self.currentVersion
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.answers = answers
        self.position = position
        self.clientName = clientName
    }
}

extension IntakeDraft: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, id, createdAt, updatedAt, answers, position, clientName
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? 1
        id = try container.decode(String.self, forKey: .id)
        guard (try? RecordFolder.validate(id: id)) == id else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "not a draft id")
        }
        createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt) ?? Date(timeIntervalSince1970: 0)
        updatedAt = try container.decodeIfPresent(Date.self, forKey: .updatedAt) ?? createdAt
        answers = try container.decodeIfPresent([String: IntakeAnswer].self, forKey: .answers) ?? [:]
        position = try container.decodeIfPresent(String.self, forKey: .position) ?? ""
        // Drafts saved before steps had roles kept the name under the built-in form's step id.
        clientName = try container.decodeIfPresent(String.self, forKey: .clientName) ?? answers["name"]?.text
    }
}
