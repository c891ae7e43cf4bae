extension Matcher {
    /// The numbers behind the decisions, chosen on the knowledge base's own
    /// leave-one-out check and the project's regression set.
    public struct Settings: Sendable, Equatable {
        /// Below this score a question is out of scope.
        public var threshold = 0.32
        /// Out-of-scope answers offer topics scoring at least this ("Did you mean").
        public var suggestionFloor = 0.2
        /// Share of the score from the single closest example; the rest comes
        /// from how much of the question the intent's typical terms cover.
        public var exampleWeight = 0.5
        /// Weight of a word no example uses, as a share of the rarest term's:
        /// unknown words count against every intent, but long chatty questions
        /// are full of them, so less than a real rare term.
        public var unknownShare = 0.6
        /// An intent's term is fully typical when this many times its share of
        /// the intent's examples reaches 1 (4: used by a quarter of them).
        public var saturation = 4.0
        /// How typical the words of an intent's answer are of it.
        public var answerStrength = 0.3
        /// Share of a message that a conversation intent (greeting, thanks,
        /// goodbye, ...) must explain to be the answer.
        public var conversationCoverage = 0.7

        public init() {}
    }
}

extension Matcher.Settings {
    /// Every number that shapes the index, to tell whether an encoded one fits.
    var fingerprint: [Double] {
        [threshold, suggestionFloor, exampleWeight, unknownShare, saturation, answerStrength, conversationCoverage]
    }
}
