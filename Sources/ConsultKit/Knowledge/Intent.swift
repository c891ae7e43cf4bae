/// One thing the assistant can answer: a guide topic or a conversation move.
///
/// A class: answers and matches pass intents around constantly, and a
/// reference is cheaper to copy than a struct of strings and arrays.
public final class Intent: Sendable, Hashable, Identifiable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Answers a question from the guide.
        case guide
        /// Greetings, thanks, help and other moves of the conversation itself.
        case conversation
    }

    public let id: String
    public let kind: Kind
    /// A short label for menus and "Did you mean …?".
    public let title: String
    /// The heading of the `/topics` group this intent is listed under.
    public let group: String
    /// The guide section the answer's facts come from (guide intents only).
    public let source: String?
    /// The answer as the chat gives it (it may name chat commands).
    public let answer: String
    /// The answer for batch output, read away from the chat (an e-mail
    /// reply): no chat commands. The chat answer unless the YAML gives one.
    public let batchAnswer: String
    /// Intents worth offering next.
    public let related: [String]
    /// What the intent is about: terms whose presence in a question of a
    /// type it answers ("how long … session") says the question is about
    /// this topic and not about the same aspect of another thing.
    public let about: [String]
    /// Things whose mention takes a question away from this intent although
    /// it shares the intent's words: "how many sessions does a touch-up
    /// take" names the touch-up, so it is not the course's session count.
    public let excludes: [String]
    /// Terms one of which a question must name to take this intent: a
    /// specific cause of hair loss answers "can stress thin my hair", not
    /// "what makes hair thin out", which the general causes answer. Empty:
    /// no such condition.
    public let needs: [String]
    /// Terms that say what SMP itself is, on the intent about SMP: a claim of
    /// what SMP is that names only these ("so it's tiny dots of ink that
    /// look like a buzz cut, right?") asks this intent, whichever topic its
    /// words resemble. Unlike `about`, they make no subject of a question.
    public let identity: [String]
    /// The share of a message this conversation intent must explain to be
    /// the answer; nil for the matcher's own (`conversationCoverage`). A
    /// question to the assistant about itself ("what sort of things can I
    /// ask you before I start") carries words of its own beside the request.
    public let coverage: Double?
    /// The share a stated request need explain, when the message asks
    /// nothing ("I want to book consultation for next week pls"): a wish
    /// names when, for whom or what about, yet asks no question to answer
    /// instead. Nil: `coverage` stands for statements too.
    public let statedCoverage: Double?
    /// The question types (the lexicon's `question_types`) the intent
    /// answers; nil takes any. "How long" asks a duration: the result's
    /// longevity answers it, the pigment's ingredients do not.
    public let answers: [String]?
    public let examples: [Example]
    /// Where the intent was defined, for messages.
    public let location: FileLocation

    public init(
        id: String, kind: Kind, title: String, group: String, source: String?, answer: String,
        batchAnswer: String? = nil, related: [String], about: [String] = [], excludes: [String] = [],
        needs: [String] = [], identity: [String] = [], coverage: Double? = nil, statedCoverage: Double? = nil,
        answers: [String]? = nil, examples: [Example],
        location: FileLocation
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.group = group
        self.source = source
        self.answer = answer
        self.batchAnswer = batchAnswer ?? answer
        self.related = related
        self.about = about
        self.excludes = excludes
        self.needs = needs
        self.identity = identity
        self.coverage = coverage
        self.statedCoverage = statedCoverage
        self.answers = answers
        self.examples = examples
        self.location = location
    }

    public static func == (lhs: Intent, rhs: Intent) -> Bool {
        lhs === rhs || (lhs.id == rhs.id && lhs.answer == rhs.answer && lhs.examples == rhs.examples)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }

    public var description: String { "Intent(\(id))" }
}

/// An example question that teaches the matcher what an intent covers.
public struct Example: Sendable, Hashable {
    public let text: String
    public let location: FileLocation

    public init(text: String, location: FileLocation) {
        self.text = text
        self.location = location
    }
}

/// A file and line in a knowledge base folder.
public struct FileLocation: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// Words the matcher folds together before it compares anything.
public struct Lexicon: Sendable, Hashable {
    /// A canonical term and the words and phrases that mean the same.
    public struct Synonyms: Sendable, Hashable {
        public let term: String
        public let variants: [String]
        public let location: FileLocation

        public init(term: String, variants: [String], location: FileLocation) {
            self.term = term
            self.variants = variants
            self.location = location
        }
    }

    /// A kind of question ("duration") and the phrases that ask it ("how long").
    public struct QuestionType: Sendable, Hashable {
        public let name: String
        public let phrases: [String]

        public init(name: String, phrases: [String]) {
            self.name = name
            self.phrases = phrases
        }
    }

    public let synonyms: [Synonyms]
    /// Words that carry no topic ("the", "is", "please").
    public let stopwords: [String]
    /// The question types intents may declare they answer.
    public let questionTypes: [QuestionType]
    /// Stop words that may stand inside a phrase without breaking it: "what
    /// does the therapist actually do" is "what does the therapist do".
    public let fillers: [String]

    public init(
        synonyms: [Synonyms], stopwords: [String], questionTypes: [QuestionType] = [], fillers: [String] = []
    ) {
        self.synonyms = synonyms
        self.stopwords = stopwords
        self.questionTypes = questionTypes
        self.fillers = fillers
    }
}

/// What to say when the guide does not cover a question, and examples of such
/// questions so the matcher learns what to refuse.
///
/// The answer is worded for where it is read: `answer` for a batch reply (an
/// email reader cannot type chat commands), `chatAnswer` for the chat, and
/// `contactAnswer` for questions about the clinic itself (price, booking,
/// location, hours), recognised by `contactTerms`.
public struct OutOfScope: Sendable, Hashable {
    public let answer: String
    public let chatAnswer: String
    public let contactAnswer: String
    /// Words (or lexicon terms) that make a not-covered question one for the clinic.
    public let contactTerms: [String]
    /// Words (or lexicon terms) naming things the guide says nothing about
    /// (a skin type, a transplant, an age): a question that names one is not
    /// covered, whatever else it shares with a topic, unless that topic lists
    /// the word in its `about:`.
    public let subjects: [String]
    /// Subjects about the client's own body or health (a skin condition, a
    /// pregnancy): named anywhere in a message, they make the guide's general
    /// answers unsafe to give, even to a question that does not name them.
    public let cautions: [String]
    /// Subjects about the client themself (an age, a skin tone, a diet):
    /// named in a message's context, they may be what a yes-or-no question
    /// there asks about ("I'm 70. Will it look natural?"). Others named
    /// only in the context (a job, a boss, a price) leave it to the question.
    public let personal: [String]
    public let examples: [Example]

    public init(
        answer: String, chatAnswer: String? = nil, contactAnswer: String? = nil, contactTerms: [String] = [],
        subjects: [String] = [], cautions: [String] = [], personal: [String] = [], examples: [Example]
    ) {
        self.answer = answer
        self.chatAnswer = chatAnswer ?? answer
        self.contactAnswer = contactAnswer ?? answer
        self.contactTerms = contactTerms
        self.subjects = subjects
        self.cautions = cautions
        self.personal = personal
        self.examples = examples
    }
}
