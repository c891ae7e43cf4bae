/// Reads a short line against the previous question: "and for women?" after
/// a question about longevity is about longevity for women, "smoking?" after
/// "why do I lose hair" is about lifestyle causes.
struct FollowUpReader {
    /// The last question that got a guide answer, and its topic.
    struct PreviousQuestion {
        let question: String
        let intentID: String
    }

    /// How a short line reads after the previous answer; `why` is set with /explain.
    enum Reading {
        /// About another topic once the previous question's words are added
        /// ("why do I lose hair" → "smoking?").
        case topic(Intent, why: String?)
        /// Only about the previous topic ("why?", "and then?"): the previous
        /// answer said what the guide says, so offer where to go next.
        case unclear([String], why: String?)
    }

    let answerer: Answerer
    let settings: Conversation.Settings

    /// A short line that matches weakly is matched again together with the
    /// previous question; nil when the line stands on its own.
    func read(_ line: String, alone: Answer, after previous: PreviousQuestion?, explain: Bool) -> Reading? {
        guard let previous, alone.parts.count == 1 else { return nil }
        let part = alone.primary
        let threshold = answerer.matcher.settings.threshold
        guard part.match.analysis.ids.count <= settings.followUpTerms else { return nil }
        let confidence = part.intent == nil ? 0 : part.confidence
        guard confidence < settings.weakConfidence else { return nil }
        let together = answerer.matcher.match(previous.question + " " + line, explain: explain)
        guard let intent = together.intent, intent.kind == .guide, together.confidence > confidence else { return nil }
        let why =
            explain
            ? "Why: read together with your previous question \"\(previous.question)\": \(intent.id), confidence "
                + "\(AnswerFormat.confidenceText(together.confidence)); alone: \(part.why)"
            : nil
        // A line like a question the guide does not answer ("how much?")
        // stays not covered unless, read in context, it is about a topic of
        // its own ("why do I lose hair" → "smoking?").
        let notCovered = part.intent == nil && part.match.outOfScopeScore >= threshold
        if intent.id == previous.intentID {
            if notCovered { return nil }
            // Offering choices costs little if wrong, so any gain will do; the
            // line's own reading comes first.
            let options = (part.intent.map { [$0.id] } ?? []) + intent.related
            return .unclear(options.filter { $0 != previous.intentID }, why: why)
        }
        guard together.confidence >= confidence + settings.followUpMargin else { return nil }
        return .topic(intent, why: why)
    }
}

extension Answer.Part {
    /// Why this part got its answer, for /explain.
    var why: String {
        let verdict = intent?.id ?? "not covered"
        return "Why: \(verdict), confidence \(AnswerFormat.confidenceText(confidence)); \(match.explanation.summary)"
    }
}
