/// The consultation form from `Intents/intake.yaml`: the steps in the order
/// they are asked.
public struct IntakeForm: Sendable {
    public static let fileName = "intake.yaml"
    /// Step ids the plan depends on: the client's name and the start date.
    public static let nameStepID = "name"
    public static let startStepID = "start"

    public let steps: [Step]
    /// Words that carry no answer at any step ("please", "I'd like").
    public let filler: [String]
    public let location: FileLocation

    public init(steps: [Step], filler: [String], location: FileLocation) {
        self.steps = steps
        self.filler = filler
        self.location = location
    }

    public subscript(id: String) -> Step? {
        steps.first { $0.id == id }
    }

    public func index(of id: String) -> Int? {
        steps.firstIndex { $0.id == id }
    }

    /// One question of the form.
    public struct Step: Sendable, Hashable, Identifiable {
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// Free text (the client's name).
            case text
            /// One or more of the listed options.
            case choice
            /// A calendar day, today or later.
            case date
        }

        public let id: String
        public let title: String
        public let prompt: String
        public let kind: Kind
        public let isOptional: Bool
        /// Whether a choice step takes several options on one line.
        public let allowsMany: Bool
        public let options: [Option]
        /// Words that carry no answer at this step ("hair" in "dark brown hair").
        public let filler: [String]
        public let location: FileLocation

        public init(
            id: String, title: String, prompt: String, kind: Kind, isOptional: Bool, allowsMany: Bool,
            options: [Option], filler: [String], location: FileLocation
        ) {
            self.id = id
            self.title = title
            self.prompt = prompt
            self.kind = kind
            self.isOptional = isOptional
            self.allowsMany = allowsMany
            self.options = options
            self.filler = filler
            self.location = location
        }

        public func option(_ id: String) -> Option? {
            options.first { $0.id == id }
        }
    }

    /// An answer a choice step offers.
    public struct Option: Sendable, Hashable, Identifiable {
        public let id: String
        public let label: String
        public let description: String
        public let synonyms: [String]
        /// The option carries the client's own words ("other: cover a scar").
        public let takesText: Bool
        public let location: FileLocation

        public init(
            id: String, label: String, description: String, synonyms: [String], takesText: Bool,
            location: FileLocation
        ) {
            self.id = id
            self.label = label
            self.description = description
            self.synonyms = synonyms
            self.takesText = takesText
            self.location = location
        }
    }
}
