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
        // The previous topic's own question stands for it, and its related
        // topics' questions for its family, so the follow-up reads the same
        // whatever words the previous question used. A family member counts
        // only when the line's own words lean to it first: "and then?" after
        // "how long does it last" is not a question about touch-ups.
        let knowledge = answerer.matcher.knowledge
        let previousIntent = knowledge[previous.intentID]
        var contexts = [(text: previous.question, intentID: String?.none)]
        if let question = previousIntent?.examples.first?.text { contexts.append((question, nil)) }
        // A line that alone reads as a known not-covered question leans to a
        // related topic only when that topic alone clears the threshold
        // ("smoking?" is near "can I smoke after treatment" but clearly about
        // lifestyle); a weak lean ("how much?" to sessions) is no reason to
        // answer with that topic.
        let notCovered = part.intent == nil && part.match.outOfScopeScore >= threshold
        let lead = part.match.candidates.first
        let ownLead =
            part.intent?.id ?? (notCovered && (lead?.score ?? 0) < threshold ? nil : lead?.intent.id)
        for id in previousIntent?.related ?? [] where id == ownLead {
            if let question = knowledge[id]?.examples.first?.text { contexts.append((question, id)) }
        }
        var best: (match: Match, context: String)?
        for context in contexts {
            let match = answerer.matcher.match(context.text + " " + line, explain: explain)
            guard let found = match.intent, found.kind == .guide,
                context.intentID == nil || context.intentID == found.id
            else { continue }
            if best == nil || match.confidence > best!.match.confidence { best = (match, context.text) }
        }
        guard let (together, context) = best, let intent = together.intent, together.confidence > confidence else {
            return nil
        }
        let why =
            explain
            ? "Why: read together with \"\(context)\": \(intent.id), confidence "
                + "\(AnswerFormat.confidenceText(together.confidence)); alone: \(part.why)"
            : nil
        // A line like a question the guide does not answer ("how much?")
        // stays not covered unless, read in context, it is about a topic of
        // its own ("why do I lose hair" → "smoking?").
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
