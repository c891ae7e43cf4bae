/// Answers one line of input: splits a line that asks several things into
/// parts, matches each, and words the reply.
public struct Answerer: Sendable {
    /// When an answer deserves a person's second look, and when the chat
    /// should ask rather than guess.
    public struct Settings: Sendable {
        /// An answer less confident than this is flagged for review (and the
        /// chat asks which topic was meant).
        public var reviewConfidence = 0.45
        /// The runner-up within this of the answer's score is a near tie.
        public var tieMargin = 0.03
        /// A yes-or-no question this sure of its topic on its own is answered
        /// whatever its context names.
        public var standAloneConfidence = 0.6
        /// A statement beside small talk that resembles a not-covered
        /// question this closely keeps the small talk from being the answer
        /// ("Hi, I have psoriasis on my scalp"); a weaker likeness is chatter
        /// ("Hi there! I'm Gary, 49, from Leeds").
        public var notCoveredLikeness = 0.5

        public init() {}
    }

    public let matcher: Matcher
    public let settings: Settings
    /// The analyzer's numbers of the out-of-scope `contact` terms.
    private let contactTerms: Set<Int32>
    /// The analyzer's numbers of "why" and the words it folds ("reason"):
    /// "My patient is puzzled about why several sessions are needed. What's
    /// the reason?" asks the reason for what the statement said.
    private let reasonTerms: Set<Int32>
    /// The analyzer's numbers of "smp" and the words it folds.
    private let smpTerms: Set<Int32>
    /// The analyzer's numbers of "wait" and the words it folds.
    private let waitTerms: Set<Int32>
    /// The intent about SMP itself, by index (see `claimedIdentity`).
    private let identityIndex: Int?
    /// The analyzer's numbers of words that check a claim ("right?", "is
    /// that correct", "have I got that wrong", "is that the gist of it", "a
    /// fair summary"), or relate it ("the thing where…"), not what it is
    /// about.
    private let checkTerms: Set<Int32>
    /// The analyzer's numbers of the bare question words ("what", "how").
    private let questionWordTerms: Set<Int32>
    /// The analyzer's numbers of "procedure" and the words it folds ("the
    /// process", "go about it").
    private let procedureTerms: Set<Int32>
    /// The analyzer's numbers of "need" and the words it folds.
    private let needTerms: Set<Int32>
    /// The lexicon's stop words: after "that" they show it stands alone
    /// ("is that a problem"), not before a noun.
    private let stopWords: Set<String>
    /// The analyzer's numbers of the out-of-scope `cautions:` subjects.
    private let cautionTerms: Set<Int32>
    /// The analyzer's numbers of the `cautions:` and `personal:` subjects.
    private let personalTerms: Set<Int32>

    public init(matcher: Matcher, settings: Settings = Settings()) {
        self.matcher = matcher
        self.settings = settings
        var terms: Set<Int32> = []
        for word in matcher.knowledge.outOfScope.contactTerms {
            for id in matcher.analyzer.analyze(word).ids where id >= 0 { terms.insert(id) }
        }
        contactTerms = terms
        cautionTerms = Set(
            matcher.knowledge.outOfScope.cautions.flatMap { matcher.analyzer.analyze($0).ids }.filter { $0 >= 0 })
        personalTerms = cautionTerms.union(
            matcher.knowledge.outOfScope.personal.flatMap { matcher.analyzer.analyze($0).ids }.filter { $0 >= 0 })
        stopWords = Set(matcher.knowledge.lexicon.stopwords)
        reasonTerms = Set(matcher.analyzer.analyze("why").ids.filter { $0 >= 0 })
        smpTerms = Set(matcher.analyzer.analyze("smp").ids.filter { $0 >= 0 })
        waitTerms = Set(matcher.analyzer.analyze("wait").ids.filter { $0 >= 0 })
        identityIndex = matcher.aspects.identityIntent
        checkTerms = Set(
            matcher.analyzer.analyze(
                "what right correct true confirm yes aye really exactly all whole you get wrong thing sort the gist summary fair where idea concept"
            ).ids.filter { $0 >= 0 })
        questionWordTerms = Set(matcher.analyzer.analyze("what how why which").ids.filter { $0 >= 0 })
        procedureTerms = Set(matcher.analyzer.analyze("procedure").ids.filter { $0 >= 0 })
        needTerms = Set(matcher.analyzer.analyze("need").ids.filter { $0 >= 0 })
    }

    public var knowledge: KnowledgeBase { matcher.knowledge }

    /// The reply to `question`, in one part or, when it asks several distinct
    /// things, one part each.
    public func answer(_ line: String, explain: Bool = false) -> Answer {
        // Spoken hesitations ("why can't they just, um, do it all in one
        // go") ask nothing, and their commas would cut the question in two.
        if let fluent = Fillers.removed(from: line) {
            return Answer(question: line, parts: answerFluent(fluent, explain: explain).parts)
        }
        return answerFluent(line, explain: explain)
    }

    private func answerFluent(_ line: String, explain: Bool) -> Answer {
        // What the writer took back ("Can smoking ruin the result — no
        // wait, I mean can smoking make me lose hair?") is not asked.
        // Unless it said something of the writer ("I've got psoriasis — can
        // I still have it, I mean is it safe?"), or the new question points
        // back at it ("Is it a tattoo? …what I mean is how is it different
        // from one", "I skip meals, I mean could that be why I'm thinning"):
        // that still counts. Nor is a question taken back by a correction
        // that asks nothing and names no topic: "…for how long? the missus
        // wants to know about dinner the same night, no wait, it's the next
        // night" corrects the chatter.
        if let question = SelfCorrection.question(in: line),
            QuestionSplitter.asksAnything(String(question))
                || !QuestionSplitter.asksAnything(String(line[..<question.startIndex]))
                || matcher.match(question, explain: false).intent != nil,
            !Self.objectPronouns.contains(Tokenizer.tokens(question).last ?? ""), !pointsAtWhatWasSaid(question),
            !matcher.analyzer.analyze(line[..<question.startIndex]).ids.contains(where: personalTerms.contains)
        {
            return Answer(question: line, parts: answerLine(String(question), explain: explain).parts)
        }
        // A post's "TL;DR" is its question; the story before it counts only
        // where it says something of the writer the guide may not cover.
        if let question = Summary.question(in: line),
            !matcher.analyzer.analyze(line[..<question.startIndex]).ids.contains(where: personalTerms.contains)
        {
            return Answer(question: line, parts: answerLine(String(question), explain: explain).parts)
        }
        let answer = answerLine(line, explain: explain)
        // A dash between spaces may set chatter before a question as a comma
        // would ("my cohost wants the big picture first — why do people lose
        // their hair?"): a line refused with it is read with a comma instead,
        // and answered when that reading is sure of its topic. Only then:
        // a dash as often takes back what was said ("How long does it take —
        // the whole course I mean") or adds to it. Not after a question,
        // which the dash does not make chatter ("Is there a risk they put in
        // too many dots — how many go on a whole head?"). A weak guess is
        // read so too.
        if answer.primary.intent == nil || answer.primary.confidence < settings.reviewConfidence,
            let commas = QuestionSplitter.dashesAsCommas(line),
            !QuestionSplitter.asksAnything(String(commas.beforeDash))
        {
            let read = answerLine(commas.line, explain: explain)
            if read.primary.intent != nil, read.primary.confidence >= settings.reviewConfidence {
                return Answer(question: line, parts: read.parts)
            }
        }
        // An aside in brackets says why or how the writer asks ("what causes
        // hair loss? (not after a cure, just curious)"): a line refused with
        // it is answered without it when the rest is sure of its topic, unless
        // the aside says something of the writer the guide may not cover.
        guard answer.primary.intent == nil, let (rest, asides) = Brackets.split(line),
            !matcher.analyzer.analyze(asides).ids.contains(where: personalTerms.contains)
        else { return answer }
        let plain = answerLine(rest, explain: explain)
        guard plain.primary.intent != nil, plain.primary.confidence >= settings.reviewConfidence else { return answer }
        return Answer(question: line, parts: plain.parts)
    }

    private func answerLine(_ line: String, explain: Bool) -> Answer {
        // A greeting in front of a question is no part of it, unless the
        // question alone means nothing ("Hiya, can I ask a few things?").
        let greeted = QuestionSplitter.withoutGreeting(line)
        if let rest = greeted {
            if QuestionSplitter.asksAnything(String(rest)) {
                let answer = answerWithoutClosing(String(rest), explain: explain)
                if answer.primary.intent != nil { return Answer(question: line, parts: answer.parts) }
            } else if answerWithoutClosing(String(rest), explain: false).primary.intent == nil {
                // A remark after it that asks nothing and that nothing answers
                // ("Good morning, I was given your details by my consultant")
                // is a sentence of its own, after which the greeting is the move.
                let sentences = String(line[..<line.index(before: rest.startIndex)]) + ". " + rest
                return Answer(question: line, parts: answerWithoutClosing(sentences, explain: explain).parts)
            }
        }
        // Whom a greeting greets ("Alright butt, what is SMP then?") is no
        // part of the question either, when the rest asks about a topic. A
        // bare greeting's rest was read above.
        if greeted == nil, let rest = QuestionSplitter.withoutGreeting(line, addressed: true),
            QuestionSplitter.asksAnything(String(rest))
        {
            let answer = answerWithoutClosing(String(rest), explain: explain)
            if answer.primary.intent?.kind == .guide { return Answer(question: line, parts: answer.parts) }
        }
        return answerWithoutClosing(line, explain: explain)
    }

    private func answerWithoutClosing(_ line: String, explain: Bool) -> Answer {
        // An e-mail's closing ("Kind regards, Ann") is no part of what it
        // asks. Where the rest asks nothing, one that thanks or says goodbye
        // is the move ("That helped a lot. Thanks, Tom"), and another is
        // when the rest makes no move of its own.
        guard let (cut, moves) = QuestionSplitter.signOff(of: line) else { return answerBody(line, explain: explain) }
        // A question mark after the closing ends the question before it.
        let body = line.last(where: { $0 != " " }) == "?" ? cut + "?" : String(cut)
        let asks = QuestionSplitter.asksAnything(body)
        guard asks || !moves else { return answerBody(line, explain: explain) }
        let answer = answerBody(body, explain: explain)
        guard asks || answer.primary.intent != nil else { return answerBody(line, explain: explain) }
        return Answer(question: line, parts: answer.parts)
    }

    private func answerBody(_ question: String, explain: Bool) -> Answer {
        let clauses = QuestionSplitter.clauses(of: question)
        guard clauses.count > 1 else {
            let (text, match) = match(question, explain: explain)
            if let move = moveOverWeakGuess(match, line: question) {
                return Answer(question: question, parts: [part(move, clause: question)])
            }
            return Answer(question: question, parts: [part(match, clause: text)])
        }
        var matches: [(clause: String, asks: Bool, match: Match)] = []
        // What a topic needs may be named before the question in the
        // message ("Keep hearing DHT is to blame. What does it do?"): the
        // terms of the clauses read so far, at no cost of reading them again.
        var named: [Int32] = []
        // The first clause, and clauses that speak of a person the chatter
        // before them described yet are read alone (see
        // `speaksOfSomeoneDescribed`).
        var readAlone: Set<String> = []
        // Whether a bare "how do I go about it?" asked how to make the
        // request before it ("I'd like to book a consultation. How do I go
        // about it?"): what it points at is the booking, not the treatment.
        var asksHowToRequest = false
        for (position, clause) in clauses.enumerated() {
            let asks = QuestionSplitter.asks(clause, in: question)
            // A question that points back at the one before ("are they
            // certified, and how long have they done it") is read with it.
            // So is a bare follow-up to a question about something the guide
            // does not cover ("Is SMP basically microblading? Same thing?"),
            // and one that asks only "how long" or "why" of what was said
            // ("My scalp will be red after SMP, but for how long roughly?").
            let (text, found) = match(clause, explain: explain, named: named)
            var match = found
            var read = Self.trimmed(text[...])
            // What opens a message points back at nothing: "Is it true they
            // start lighter? My cousin said…" asks about the clinic's "they".
            if position == 0 { readAlone.insert(read) }
            if position > 0, asks, asksTheProcess(match), let request = matches[position - 1].match.intent,
                request.kind == .conversation,
                matches[position - 1].match.confidence >= settings.standAloneConfidence
            {
                match = matches[position - 1].match
                readAlone.insert(read)
                asksHowToRequest = true
            } else if position > 0, asks, speaksOfSomeoneDescribed(text, match: match, after: matches[position - 1]) {
                readAlone.insert(read)
            } else if position > 0, asks, match.intent?.kind == .conversation,
                match.confidence >= settings.standAloneConfidence,
                !pointsAtWhatWasSaid(text, countingThen: match.analysis.ids.count < 3)
            {
                // A sure request is the same whoever it is for: "My mate saw
                // my head and wants to start. Can he book a consultation?"
                readAlone.insert(read)
            } else if position > 0, asks {
                let readsWithBefore =
                    pointsBack(text)
                    || matcher.aspects.asksOnlyAType(found.analysis.ids, except: Self.selfNamingTypes)
                    || match.analysis.ids.count <= 2 && matches[position - 1].asks
                        && isNotCovered(matches[position - 1].match)
                    || match.analysis.ids.count <= 2 && !matches[position - 1].asks
                        && match.analysis.ids.contains(where: reasonTerms.contains)
                if let start = fragmentStart(before: position, of: clauses, read: matches, question: text)
                    ?? (readsWithBefore ? position - 1 : nil)
                {
                    let span = question[clauses[start].startIndex..<clause.endIndex]
                    let merged = self.match(span, explain: explain, named: named).match
                    // A bare phrase makes a refused question ("Needles. What
                    // size?") an answer only when the two are sure together.
                    let guessFromPhrase =
                        !readsWithBefore && match.intent == nil && merged.intent != nil
                        && merged.confidence < settings.standAloneConfidence
                    if contextAgrees(merged, with: match) || guessFromPhrase
                        || asksWhatSMPIs(match, clause: text, after: named.suffix(Self.recentTerms))
                            && merged.intent == nil
                        || namesOnlyClinicMatters(merged) && match.confidence >= settings.standAloneConfidence
                            && !matches[position - 1].asks
                    {
                        readAlone.insert(read)
                    } else if match.analysis.ids.contains(where: reasonTerms.contains),
                        case .belowThreshold = merged.explanation.rule,
                        let specific = namedInContext(match, named: named, clause: text),
                        contextAgrees(merged, with: specific)
                    {
                        // "Months of overtime, takeaway suppers, no sleep. Could that be
                        // why my hair keeps falling?": read with its long chatter the
                        // reason asked is too diluted to answer, yet still leans to the
                        // topic the chatter names what it needs of.
                        match = specific
                        readAlone.insert(read)
                    } else {
                        // The part answers both clauses: what it points back at is in it.
                        match = merged
                        read = Self.trimmed(span)
                        readAlone.insert(read)
                    }
                }
            }
            if position > 0, asks, let specific = namedInContext(match, named: named, clause: text) {
                match = specific
            }
            // "I heard about something called SMP 3D. What is it?": a bare
            // question about what the chatter named is read with it when its
            // topic leaves that out.
            if position > 0, asks, let intent = match.intent,
                let start = matches.lastIndex(where: { leavesOut($0.match.analysis.ids, bareQuestion: match) })
            {
                let span = question[clauses[start].startIndex..<clause.endIndex]
                let merged = self.match(span, explain: explain, named: []).match
                if merged.intent !== intent {
                    match = merged
                    read = Self.trimmed(span)
                    readAlone.insert(read)
                }
            }
            matches.append((read, asks, match))
            named += found.analysis.ids
        }
        // A question word alone ("First time I come, what we do? Talk first
        // or straight to the needles?") only opens the question that follows,
        // where that one is answered: "So how do they do it? With a pen?"
        // still asks how.
        for index in matches.indices where matches[index].asks && isBare(matches[index].match) {
            if matches[(index + 1)...].contains(where: { $0.asks && !isBare($0.match) && $0.match.intent != nil }) {
                matches[index].asks = false
            }
        }
        // The client's own health named anywhere (`cautions:`) leaves no part
        // answered: "I have psoriasis. Can I have it now, or should I wait?"
        // Unless only questions of their own after a first one that asks a
        // fact name it: "What's in the ink, and could I be allergic to it?"
        // is told what is in the ink, and the rest goes unanswered. Named
        // first, it may be what the later clauses ask about ("…for someone
        // with alopecia areata, where the patches come and go?").
        let namesCaution = { (read: (clause: String, asks: Bool, match: Match)) in
            read.match.analysis.ids.contains(where: self.cautionTerms.contains)
        }
        let cautionAskedApart =
            !namesCaution(matches[0])
            && matches.allSatisfy { !namesCaution($0) || $0.asks && $0.match.intent == nil }
            && matches.contains {
                !namesCaution($0) && $0.asks && $0.match.intent?.kind == .guide
                    && $0.match.confidence >= settings.reviewConfidence && QuestionSplitter.asksForFact($0.clause)
            }
        if !cautionAskedApart, matches.contains(where: namesCaution) {
            return Answer(
                question: question, parts: [part(matcher.match(question, explain: explain), clause: question)])
        }
        let parts = combine(matches)
        if asksHowToRequest, parts.isEmpty, let move = askedMove(matches) {
            return Answer(question: question, parts: [part(move.match, clause: move.clause)])
        }
        // A message that asks nothing and greets, thanks or says goodbye is
        // that move, whatever topic its chatter weakly resembles ("Hello! I'm
        // two sessions into my course and wanted to check someone is there").
        if !matches.contains(where: \.asks),
            parts.allSatisfy({ $0.match.confidence < weakGuess(after: matches[0].match) }),
            let move = conversationMove(matches)
        {
            return Answer(question: question, parts: [part(move.match, clause: move.clause)])
        }
        if parts.count > 1 {
            // Beside a question the guide does not cover, a weak guess at
            // another is more often wrong than right ("…covered by insurance,
            // and can you give me an invoice?"): such a part goes unanswered.
            let notCovered = parts.contains { $0.match.intent == nil }
            let sure = parts.filter {
                !notCovered || $0.match.intent == nil || $0.match.confidence >= settings.reviewConfidence
            }
            if sure.contains(where: { $0.match.intent != nil }) {
                return Answer(question: question, parts: sure.map { part($0.match, clause: $0.clause) })
            }
            if let refused = sure.first {
                return Answer(question: question, parts: [part(refused.match, clause: refused.clause)])
            }
        }
        // A claim checked in a sentence of its own ("So it's dots of ink.
        // Have I got that right?") is read as one written with a comma.
        let wholeMatch = matcher.match(question, explain: explain)
        let whole = claimedIdentity(of: question, match: wholeMatch) ?? wholeMatch
        // What the chatter names does not change a request to the assistant
        // itself: "I'm 32 and not getting any younger. How do I get that
        // started?" asks to book, whatever the guide says of age.
        if parts.isEmpty, whole.intent == nil, let move = conversationMove(matches) ?? askedMove(matches) {
            return Answer(question: question, parts: [part(move.match, clause: move.clause)])
        }
        if parts.isEmpty, whole.confidence < settings.reviewConfidence, let move = askedMove(matches),
            move.match.confidence >= settings.standAloneConfidence
        {
            return Answer(question: question, parts: [part(move.match, clause: move.clause)])
        }
        // What the context names counts: "I have psoriasis. Can I still have
        // the treatment?" is not covered although its question alone would be.
        // Unless the question asks for a fact with a question word and is
        // answered with confidence on its own: "I'm 38 and going bald. How
        // many sessions would I need?" is about sessions, while "I take blood
        // thinners. Is it safe for me?" asks about what the context names.
        // Only what the context says of the client themself (`personal:`)
        // counts so: "I don't want to pay for something that's gone by next
        // summer. Will it still be there…?" asks about the result, whatever
        // it costs, and "I work as a nurse… Are the dots placed in the outer
        // layer?" about the treatment, whatever the writer's job.
        // A wait asked after it is counted from what it says: "I had a
        // hair transplant six months ago. How long should I wait before
        // SMP?" asks about the transplant's healing, not the sessions.
        let contextNamesUncovered =
            isAboutUncoveredSubject(whole) && whole.analysis.ids.contains(where: personalTerms.contains)
            && (parts.first.map {
                $0.match.confidence < settings.reviewConfidence
                    || !QuestionSplitter.asksForFact($0.clause) && !standsAlone($0.match, clause: $0.clause)
                    || $0.clause != matches[0].clause && $0.match.analysis.ids.contains(where: waitTerms.contains)
            } ?? true)
        // A message whose question is one clause among chatter: the clause
        // answers when the whole line, diluted, does not or is less sure,
        // provided it asks something. Chatter inside the clause keeps its
        // confidence low; below `reviewConfidence` such an answer is flagged.
        if let only = parts.first, !contextNamesUncovered, !pointsBack(only.clause) || readAlone.contains(only.clause),
            whole.intent == nil || only.match.confidence > whole.confidence,
            matches.contains(where: { $0.asks && $0.match.intent === only.match.intent })
        {
            return Answer(question: question, parts: [part(only.match, clause: only.clause)])
        }
        return Answer(question: question, parts: [part(whole, clause: question)])
    }

    /// The match of `clause`, and the words it answers. Chatter can dilute a
    /// question below the threshold ("…He say is good for bald peoples but i
    /// dont understand, you can explain what is smp"), or make it resemble
    /// a not-covered question ("I have sensitive skin, so I'd like to know
    /// what the pigment consists of"): then the question inside it, or
    /// before the reason it gives, matched alone, answers if it is sure of
    /// its topic.
    private func match(_ clause: some StringProtocol, explain: Bool, named: [Int32] = []) -> (
        text: String, match: Match
    ) {
        // "How long until it's healed, not just the redness?": what the
        // writer says is not asked is no part of the question.
        if let asked = QuestionSplitter.withoutContrast(in: Substring(clause)) {
            return self.match(asked, explain: explain, named: named)
        }
        // A whole line stays a String: the tokenizer reads its bytes in place.
        let match = matcher.match(clause, explain: explain, named: named)
        if let identity = claimedIdentity(of: clause, match: match) { return (String(clause), identity) }
        if match.analysis.ids.contains(where: { procedureTerms.contains($0) || needTerms.contains($0) }),
            let asked = requestBeforeHowTo(in: clause, explain: explain)
        {
            return asked
        }
        // A refusal's confidence is in the refusal, not in a topic: any sure
        // core beats it. Not one that asks only "how long" of what the line
        // names around it ("The touch-up, how long it takes, one day?").
        // A reported claim may speak of whoever made it ("my mate says he
        // needed five goes"), and a question before a remark of whoever
        // does the work ("why can't they do it in one go, …"): its "he" or
        // "they" is named in the line or is the clinic, not someone before.
        func sureMatch(_ core: Substring, besidesPeople: Bool = false) -> Match? {
            guard meansSomethingAlone(core, besidesPeople: besidesPeople) else { return nil }
            let coreMatch = matcher.match(core, explain: explain, named: named)
            guard !matcher.aspects.asksOnlyAType(coreMatch.analysis.ids, except: Self.selfNamingTypes) else {
                return nil
            }
            return coreMatch.intent != nil && coreMatch.confidence >= settings.reviewConfidence
                && (match.intent == nil || coreMatch.confidence > match.confidence) ? coreMatch : nil
        }
        // A remark after the question says who asks, not what: "how many
        // treatments does it take, im a farmer and flat out in summer".
        // Unless it says something of the writer the guide leaves out ("…,
        // I'm 70"), or the question asks for a yes or no about them.
        func beforeAside() -> (text: String, match: Match)? {
            guard let (question, aside) = QuestionSplitter.beforeAside(of: Substring(clause)),
                QuestionSplitter.asksForFact(question), namesNothingUncovered(aside, named: named),
                let questionMatch = sureMatch(question, besidesPeople: true)
            else { return nil }
            return (String(question), questionMatch)
        }
        // A question after a comma that names its own subject ("…so
        // stressed, can stress actually make your hair fall out?") is asked
        // whatever the chatter before it names, unless that is the writer's
        // own or a number.
        func askedAfterComma() -> (text: String, match: Match)? {
            for request in QuestionSplitter.questionsAfterCommas(in: Substring(clause)) {
                let before = clause[..<request.startIndex]
                // A pronoun may stand for what the chatter named ("…heat from
                // the grill all day, does that fade the pigment?").
                guard !before.contains(where: \.isNumber),
                    !Tokenizer.tokens(request).contains(where: Self.standIns.contains),
                    let requestMatch = sureMatch(request), requestMatch.intent?.kind == .guide,
                    requestMatch.confidence >= settings.standAloneConfidence, requestMatch.analysis.ids.count >= 3,
                    !matcher.analyzer.analyze(before).ids.contains(where: personalTerms.contains)
                else { continue }
                return (String(request), requestMatch)
            }
            return nil
        }
        // "Why can't you finish SMP in one sitting like a lash lift?": what
        // the question is compared with is not what it asks about.
        func withoutComparedThing() -> (text: String, match: Match)? {
            // A sure topic names no subject the guide leaves out; what is
            // left to check is that it says nothing of the writer the guide
            // may not cover.
            // The clause's own "they" is still its own without the comparison.
            guard let plain = QuestionSplitter.withoutComparison(in: Substring(clause)),
                let plainMatch = sureMatch(Substring(plain), besidesPeople: true), plainMatch.intent?.kind == .guide,
                plainMatch.confidence >= settings.standAloneConfidence, namesEnoughAlone(plainMatch),
                !plainMatch.analysis.ids.contains(where: personalTerms.contains)
            else { return nil }
            return (plain, plainMatch)
        }
        // "The nurse on days reckons men go bald because of a hormone, is
        // that true?": who made a claim is not what is asked; the claim is,
        // unless it names what the guide leaves out itself.
        func reportedClaim() -> (text: String, match: Match)? {
            guard QuestionSplitter.opensWithReport(clause),
                !QuestionSplitter.firstWord(of: Substring(clause), isOneOf: Self.askingOpeners),
                let claim = QuestionSplitter.reported(in: Substring(clause)),
                let claimMatch = sureMatch(claim, besidesPeople: true),
                !claimMatch.analysis.ids.contains(where: personalTerms.contains)
            else { return nil }
            return (String(claim), claimMatch)
        }
        // However sure the whole line is of what the remark names (so an
        // accepted line has been asked here, and is not asked again below).
        let accepted = if case .accepted = match.explanation.rule { true } else { false }
        // "my mate keeps banging on about SMP, what actually is it?": a bare
        // "what is it?" after chatter that named SMP and asks nothing asks
        // what SMP is, whatever the chatter resembles.
        if match.intent !== identityIndex.map({ matcher.knowledge.intents[$0] }) || !accepted,
            match.analysis.ids.contains(where: smpTerms.contains)
                || named.suffix(Self.recentTerms).contains(where: smpTerms.contains),
            let asked = whatSMPIsAfterChatter(in: clause, named: named, explain: explain)
        {
            return asked
        }
        if accepted, let asked = beforeAside() { return asked }
        switch match.explanation.rule {
        case .belowThreshold: break
        // "If I want to grow my hair out later, what happens to the SMP?": a
        // condition like a not-covered question is part of the question.
        case .closerToNotCovered where !QuestionSplitter.firstWord(of: Substring(clause), isOneOf: Self.conditions):
            break
        case .accepted where match.confidence < settings.reviewConfidence: break
        // "Once I redeem the voucher, what happens during a session?": the
        // clinic's own matters around a question (price, booking) are not
        // what it asks; a sure question inside answers, one that names them
        // itself does not.
        case .uncoveredSubject
        where match.analysis.ids.contains(where: contactTerms.contains)
            && !match.analysis.ids.contains(where: personalTerms.contains):
            // A core that is the whole clause names what the clause names.
            let whole = Substring(clause)
            for core in QuestionSplitter.cores(of: whole).reversed() where core.startIndex > whole.startIndex {
                // "…explain what scalp micropigmentation actually is?": a
                // core that names SMP itself says what it asks about.
                if let coreMatch = sureMatch(core), coreMatch.intent?.kind == .guide, namesEnoughAlone(coreMatch) {
                    return (String(core), coreMatch)
                }
            }
            // "how long does it last because I don't want to pay for something
            // that fades": the reason names the price, the question does not.
            if let question = QuestionSplitter.beforeReason(of: whole), let coreMatch = sureMatch(question),
                coreMatch.intent?.kind == .guide, !coreMatch.analysis.ids.contains(where: contactTerms.contains)
            {
                return (String(question), coreMatch)
            }
            return withoutComparedThing() ?? reportedClaim() ?? askedAfterComma() ?? (String(clause), match)
        case .accepted where QuestionSplitter.firstWord(of: Substring(clause), isOneOf: Self.sceneOpeners):
            return (String(clause), afterScene(of: clause, match: match, explain: explain, named: named))
        // "Since it washes out like hair dye, how long does it really stay?":
        // a premise the writer takes for granted, however wrong, is not what
        // is asked; the question after it is, when it is sure of its topic
        // and the premise says nothing of the writer.
        case .uncoveredSubject where QuestionSplitter.firstWord(of: Substring(clause), isOneOf: Self.premises):
            if let asked = afterPremise(of: clause, explain: explain, named: named) { return asked }
            return (String(clause), match)
        // Who made a claim, or what the question is compared with, names
        // no subject of the question.
        case .uncoveredSubject:
            return reportedClaim() ?? withoutComparedThing() ?? (String(clause), match)
        default: return (String(clause), match)
        }
        // A core that points back at what the chatter before it named ("I
        // saw a clinic advertise SMP 3D, what's that technique?") does not
        // know its subject alone.
        // Nor one whose "it" is the thing set before it ("The consultation,
        // how long does it last?").
        for core in QuestionSplitter.cores(of: Substring(clause)).reversed()
        where core.startIndex == clause.startIndex
            || !pointsAtWhatWasSaid(core) && !isAskedOfFrontedThing(core, after: clause[..<core.startIndex])
        {
            if let coreMatch = sureMatch(core),
                !leavesOut(matcher.analyzer.analyze(clause[..<core.startIndex]).ids, bareQuestion: coreMatch)
            {
                return (String(core), coreMatch)
            }
        }
        // "Someone told me SMP is basically drawing tiny hairs on, is that
        // right?" asks about the claim, whoever made it.
        if let claim = QuestionSplitter.reported(in: Substring(clause)),
            let claimMatch = sureMatch(claim, besidesPeople: true)
        {
            return (String(claim), claimMatch)
        }
        // "My cousin had five goes, is that normal…?" asks whether the number
        // is usual, which the topic of the number answers, however unsure
        // the names around it leave the reading (an unsure answer, below the
        // review band, is flagged).
        if let claim = QuestionSplitter.checkedNumber(in: Substring(clause)) {
            let claimMatch = matcher.match(claim, explain: explain, named: named)
            if claimMatch.intent?.kind == .guide, case .accepted = claimMatch.explanation.rule {
                return (String(claim), claimMatch)
            }
        }
        if !accepted, let asked = beforeAside() { return asked }
        // A request to the assistant among chatter ("my brother saw my
        // results and wants to book a consultation") is that request; a
        // wish for anything else is no question. So is one asked after a
        // comma ("Night-shift worker here, can I get a consultation booked?"),
        // however much the chatter resembles a question the guide does not
        // answer, unless it says something of the writer the guide leaves
        // out, such as a number, most often their age ("I'm only 17, could I
        // book in"). A yes-or-no question about a topic there is read with
        // what comes before it.
        if case .belowThreshold = match.explanation.rule {
            for request in QuestionSplitter.requests(in: Substring(clause)) {
                if let requestMatch = sureMatch(request), requestMatch.intent?.kind == .conversation {
                    return (String(request), requestMatch)
                }
            }
        }
        if match.intent == nil {
            for request in QuestionSplitter.questionsAfterCommas(in: Substring(clause)) {
                let before = clause[..<request.startIndex]
                guard !before.contains(where: \.isNumber), let requestMatch = sureMatch(request),
                    requestMatch.intent?.kind == .conversation, namesNothingUncovered(before, named: named)
                else { continue }
                return (String(request), requestMatch)
            }
            if let asked = askedAfterComma() { return asked }
        }
        if let question = QuestionSplitter.beforeReason(of: Substring(clause)), let coreMatch = sureMatch(question) {
            return (String(question), coreMatch)
        }
        if let question = QuestionSplitter.beforeComparison(of: Substring(clause)), let coreMatch = sureMatch(question)
        {
            return (String(question), coreMatch)
        }
        if let asked = withoutComparedThing() { return asked }
        // "What's this SMP 3D I saw on a leaflet?": where the writer saw it
        // is not what is asked.
        if let question = QuestionSplitter.beforeSighting(of: Substring(clause)),
            let coreMatch = sureMatch(question, besidesPeople: true)
        {
            return (String(question), coreMatch)
        }
        return (String(clause), match)
    }

    /// Whether a bare question ("what does it mean?") reads as a guide topic
    /// that leaves out what the chatter before it named (`named`: "the
    /// barber's window has a sign for SMP 3D, …"): that question asks about
    /// what was named.
    /// `named` is read only for a bare question, so the chatter is analysed
    /// only then.
    private func leavesOut(_ named: @autoclosure () -> [Int32], bareQuestion match: Match) -> Bool {
        guard match.analysis.ids.count <= 2, let intent = match.intent, intent.kind == .guide,
            let index = matcher.knowledge.intents.firstIndex(where: { $0 === intent })
        else { return false }
        return matcher.aspects.excludesAny(of: named(), for: index)
    }

    /// What SMP is, when `clause` states it and asks whether that is right,
    /// naming only terms of that topic's `identity:`: "so it's dots of ink
    /// that look like a buzz cut, right?" is read by its words as the
    /// procedure or the shades, and asks neither.
    private func claimedIdentity(of clause: some StringProtocol, match: Match) -> Match? {
        guard let index = identityIndex, match.intent !== matcher.knowledge.intents[index] else { return nil }
        let ids = match.analysis.ids
        // The cheap tests first: tokenizing every clause again made answering
        // 42% slower.
        var claims =
            matcher.aspects.namesOnlyIdentity(ids, for: index, ignoring: checkTerms)
            && QuestionSplitter.claimsIdentity(clause)
        if !claims, matcher.aspects.identityTermCount(ids, for: index) >= 2 {
            // Who reported the claim ("my wife says…"), or the chatter
            // before it, is no part of it.
            let reported = QuestionSplitter.opensWithReport(clause) ? QuestionSplitter.identityClaim(in: clause) : nil
            claims =
                (reported ?? claimAfterChatter(clause)).map {
                    matcher.aspects.namesOnlyIdentity(
                        matcher.analyzer.analyze($0).ids, for: index, ignoring: checkTerms)
                } == true
        }
        guard claims || QuestionSplitter.endsAskingWhatItIs(clause) else { return nil }
        let intent = matcher.knowledge.intents[index]
        // A rule, not a resemblance: below the review band unless the words
        // resemble the topic too, so batch output flags it for a person.
        let score = max(match.candidates.first { $0.intent === intent }?.score ?? 0, matcher.settings.threshold)
        return Match(
            intent: intent, confidence: score,
            candidates: match.candidates.filter { $0.intent !== intent },
            explanation: Explanation(
                terms: match.explanation.terms, steps: match.explanation.steps,
                closestExample: match.explanation.closestExample, runnersUp: match.explanation.runnersUp,
                rule: .claimsIdentity),
            analysis: match.analysis, outOfScopeScore: match.outOfScopeScore)
    }

    /// A claim of what SMP is after a comma, when what comes before it asks
    /// nothing: "my boy wants SMP done, is it basically dots of ink?" Not
    /// after a question of its own ("how do they do it, is it needles…?").
    private func claimAfterChatter(_ text: some StringProtocol) -> String? {
        // On the bytes: walking the characters back would cost more than
        // the rest of the test.
        let clause = Substring(text)
        guard let comma = clause.utf8.lastIndex(of: UInt8(ascii: ",")),
            let claim = QuestionSplitter.identityClaim(in: clause[clause.index(after: comma)...]),
            !Tokenizer.tokens(clause[..<comma]).contains(where: Self.askingWords.contains)
        else { return nil }
        return claim
    }

    /// Words by which chatter asks a question of its own.
    private static let askingWords: Set<String> = [
        "what", "whats", "wat", "wot", "how", "why", "which", "explain", "process",
    ]

    /// The match of the question after a clause's scene ("Once it is all
    /// done, how long will the result last?" asks how long the result
    /// lasts, whatever "all done" resembles), when it is sure of a topic and
    /// the scene names nothing the guide leaves out; else `match`. The
    /// caller has found the scene's opening word.
    private func afterScene(of clause: some StringProtocol, match: Match, explain: Bool, named: [Int32]) -> Match {
        // A yes-or-no question after a scene's comma asks too ("when it
        // starts fading, do I have to redo the whole thing?"); after a
        // supposition ("given that it's a tattoo, is the ink the same?") it
        // asks about what is supposed.
        let supposes = QuestionSplitter.firstWord(of: Substring(clause), isOneOf: Self.suppositions)
        let cores = QuestionSplitter.cores(of: Substring(clause))
        let yesNo = cores.isEmpty && !supposes
        guard
            let core = cores.first
                ?? (yesNo ? QuestionSplitter.questionsAfterCommas(in: Substring(clause)).first : nil),
            meansSomethingAlone(core)
        else { return match }
        guard namesNothingUncovered(clause[..<core.startIndex], named: named) else { return match }
        let coreMatch = matcher.match(core, explain: explain, named: named)
        // "Since the average is three sessions, how many needles are used
        // in each?": a question about what the guide leaves out is that,
        // whatever topic its premise names.
        if coreMatch.intent == nil, coreMatch.analysis.ids.count >= 3, isNotCovered(coreMatch) {
            return coreMatch
        }
        // "what do I do then" names nothing to ask about: the scene says what.
        // A condition ("if baldness runs in my family, how likely…") often
        // is what is asked about: the question after it must be sure alone,
        // and name what its topic is about ("if my follicles are sensitive
        // to DHT, what happens to my hair?" asks what the condition does).
        guard let topic = coreMatch.intent, topic !== match.intent, topic.kind == .guide,
            coreMatch.confidence >= (supposes || yesNo ? settings.standAloneConfidence : settings.reviewConfidence),
            coreMatch.analysis.ids.count >= (yesNo ? 2 : 3)
        else { return match }
        if supposes, let index = matcher.knowledge.intents.firstIndex(where: { $0 === topic }),
            !matcher.aspects.namesAbout(coreMatch.analysis.ids, for: index)
        {
            return match
        }
        return coreMatch
    }

    /// The question after a premise ("since …, what is in it?"), when it asks
    /// for a fact, is sure of a topic alone, and the premise names nothing
    /// about the writer (`personal:`) or their health (`cautions:`).
    private func afterPremise(of clause: some StringProtocol, explain: Bool, named: [Int32]) -> (
        text: String, match: Match
    )? {
        let whole = Substring(clause)
        guard let core = QuestionSplitter.cores(of: whole).last, core.startIndex > whole.startIndex,
            QuestionSplitter.asksForFact(core)
        else { return nil }
        // What the premise says of SMP ("since it washes out like hair dye")
        // is no news about the writer ("since I dye my hair"); the client's
        // health is, whoever it is said of.
        let context = whole[..<core.startIndex]
        let premise = matcher.analyzer.analyze(context).ids
        let aboutWriter = Tokenizer.tokens(context).contains(where: Self.firstPerson.contains)
        guard !premise.contains(where: cautionTerms.contains),
            !aboutWriter || !premise.contains(where: personalTerms.contains)
        else { return nil }
        let coreMatch = matcher.match(core, explain: explain, named: named)
        guard coreMatch.intent?.kind == .guide, coreMatch.confidence >= settings.standAloneConfidence,
            coreMatch.analysis.ids.count >= 2
        else { return nil }
        return (String(core), coreMatch)
    }

    /// Words that open a premise the writer takes for granted.
    private static let premises: [[UInt8]] = ["since", "as", "given", "seeing"].map { Array($0.utf8) }

    /// Words that open a question about what a source says ("does the Bible
    /// say…"), not a report of it.
    private static let askingOpeners: [[UInt8]] = [
        "does", "do", "did", "is", "are", "can", "could", "will", "would", "what", "how", "why", "where", "which",
        "who", "when", "has", "have",
    ].map { Array($0.utf8) }

    /// The topic of `match`'s group that the clauses before name what it
    /// needs of, when `match` is the group's general topic: "My father went
    /// bald early. Will I lose my hair too?" asks about genes.
    private func namedInContext(_ match: Match, named: [Int32], clause: String) -> Match? {
        // A question that names more asks what it names ("What actually
        // makes people lose their hair?" after a claim about stress), unless
        // it points at what was said ("…sensitive to DHT. Is that why my
        // hair is thinning?").
        guard let general = match.intent, general.kind == .guide, !named.isEmpty,
            match.analysis.ids.count <= 2 || pointsAtWhatWasSaid(clause),
            let index = matcher.knowledge.intents.firstIndex(where: { $0 === general }),
            matcher.aspects.needsNothing(index)
        else { return nil }
        let specific = match.candidates.filter { candidate in
            guard candidate.intent.group == general.group, candidate.score >= matcher.settings.threshold,
                let other = matcher.knowledge.intents.firstIndex(where: { $0 === candidate.intent })
            else { return false }
            return !matcher.aspects.needsNothing(other) && matcher.aspects.namesNeeded(in: named, for: other)
        }
        // Only one: "I smoke and my dad is bald. Why am I losing my hair?" names two.
        guard specific.count == 1, let chosen = specific.first else { return nil }
        return Match(
            intent: chosen.intent, confidence: chosen.score,
            candidates: [Candidate(intent: general, score: match.confidence)]
                + match.candidates.filter { $0.intent !== chosen.intent },
            explanation: match.explanation, analysis: match.analysis, outOfScopeScore: match.outOfScopeScore)
    }

    /// Whether the words around a question name nothing the guide leaves
    /// out and nothing about the writer that may change the answer.
    private func namesNothingUncovered(_ context: some StringProtocol, named: [Int32]) -> Bool {
        let contextMatch = matcher.match(context, explain: false, named: named)
        return !isAboutUncoveredSubject(contextMatch)
            && !contextMatch.analysis.ids.contains(where: personalTerms.contains)
    }

    /// The first of the bare phrases that name what a short question after
    /// them asks about, as a terse writer puts it ("DHT. Heard the word.
    /// What's it do?", "Top-up later on. Needed?"): nil when the clause
    /// before does not state such a phrase or the question is not short.
    /// Not a phrase about the writer ("I'm 45. Will it work?"), whose
    /// context the reading of the whole message weighs, nor small talk
    /// ("Hello. What is it?").
    private func fragmentStart(
        before position: Int, of clauses: [Substring], read: [(clause: String, asks: Bool, match: Match)],
        question: some StringProtocol
    ) -> Int? {
        guard Tokenizer.tokens(question).count <= Self.fragmentLength else { return nil }
        var start: Int?
        var index = position - 1
        while index >= 0, index >= position - Self.fragmentCount, !read[index].asks,
            read[index].match.intent?.kind != .conversation
        {
            let tokens = Tokenizer.tokens(clauses[index])
            guard !tokens.isEmpty, tokens.count <= Self.fragmentLength,
                !tokens.contains(where: Self.firstPerson.contains)
            else { break }
            start = index
            index -= 1
        }
        return start
    }

    /// How many words a bare phrase or the short question after it holds.
    private static let fragmentLength = 5
    /// How many bare phrases in a row may name what a question asks about.
    private static let fragmentCount = 3
    /// Words by which writers speak of themselves.
    private static let firstPerson: Set<String> = ["i", "me", "my", "mine", "we", "us", "our", "im", "ive"]

    /// Question types whose bare question still names what it asks about:
    /// "what could be behind it?" asks the cause of the hair loss, as the
    /// topic that answers causes does alone.
    private static let selfNamingTypes: Set<String> = ["cause"]

    /// The word that opens a condition.
    private static let conditions: [[UInt8]] = [Array("if".utf8)]

    /// Words that open a scene before a question: "once it's done, …".
    private static let sceneOpeners: [[UInt8]] = ["once", "when", "after", "now", "since", "if", "given"].map {
        Array($0.utf8)
    }

    /// Scene openers that suppose what follows: "if …", "given …".
    private static let suppositions: [[UInt8]] = ["if", "given"].map { Array($0.utf8) }

    /// Whether the question inside a clause means something without the
    /// words around it: not "why" alone, not "what are the causes of it".
    private func meansSomethingAlone(_ core: Substring, besidesPeople: Bool = false) -> Bool {
        let tokens = Tokenizer.tokens(core)
        return tokens.count >= 3 && !Self.objectPronouns.contains(tokens[tokens.count - 1])
            && !pointsBack(core, countingPeople: !besidesPeople)
    }

    /// Words that end a question about something named before them.
    private static let objectPronouns: Set<String> = ["it", "that", "this", "them", "those", "these", "one", "ones"]

    /// The conversation move of a message that no topic answers: an e-mail
    /// that only says hello, thanks or goodbye around its news ("Hi there,
    /// hope you're well! … Just a bit nervous."), or asks only what the
    /// assistant can do. The move a question makes comes first; none when
    /// something is asked, or resembles a question the guide does not
    /// answer, that is not a conversation move.
    private func conversationMove(_ matches: [(clause: String, asks: Bool, match: Match)]) -> (
        clause: String, match: Match
    )? {
        var move: (clause: String, match: Match)?
        var moveAsks = false
        for (clause, asks, match) in matches {
            if let intent = match.intent, intent.kind == .conversation {
                // A move a question makes comes first; else the surest: "I'm
                // done reading forums. I'd like to book a consultation."
                let better = move.map { asks != moveAsks ? asks : match.confidence > $0.match.confidence } ?? true
                if better {
                    move = (clause, match)
                    moveAsks = asks
                }
            } else if asks || match.outOfScopeScore >= settings.notCoveredLikeness {
                return nil
            }
        }
        return move
    }

    /// The conversation move every question of a message asks, sure of
    /// itself (to book, what the assistant can do); nil when a question asks
    /// something else or nothing is asked.
    private func askedMove(_ matches: [(clause: String, asks: Bool, match: Match)]) -> (
        clause: String, match: Match
    )? {
        let asking = matches.filter(\.asks)
        guard let first = asking.first,
            asking.allSatisfy({
                $0.match.intent?.kind == .conversation && $0.match.confidence >= settings.reviewConfidence
                    // "Some clinics offer a guarantee. Do you?" asks about the guarantee.
                    && $0.match.analysis.ids.count >= 2
            })
        else { return nil }
        return (first.clause, first.match)
    }

    /// A line that asks nothing and makes a conversation move more surely
    /// than it resembles a topic ("Hi there, I have a few questions about
    /// hair loss") is that move: a weak guess at the topic would answer a
    /// question nobody asked.
    private func moveOverWeakGuess(_ match: Match, line: String) -> Match? {
        let greets = QuestionSplitter.withoutGreeting(line) != nil
        guard let topic = match.intent, topic.kind == .guide,
            match.confidence < (greets ? settings.standAloneConfidence : settings.reviewConfidence),
            !QuestionSplitter.asks(line[...], in: line),
            let move = match.candidates.first(where: { $0.intent.kind == .conversation }),
            move.score > match.confidence
        else { return nil }
        var explanation = Explanation(
            terms: match.explanation.terms, steps: match.explanation.steps, closestExample: nil,
            rule: .accepted(score: move.score, threshold: matcher.settings.threshold, notCovered: match.outOfScopeScore)
        )
        explanation.runnersUp = [(topic.id, match.confidence)]
        return Match(
            intent: move.intent, confidence: move.score,
            candidates: [Candidate(intent: topic, score: match.confidence)],
            explanation: explanation, analysis: match.analysis, outOfScopeScore: match.outOfScopeScore)
    }

    /// How sure a topic must be to outweigh the move of a message that asks
    /// nothing: more after a greeting, which says what the message is for
    /// ("hello again! back after my second session").
    private func weakGuess(after opening: Match) -> Double {
        opening.intent?.kind == .conversation ? settings.standAloneConfidence : settings.reviewConfidence
    }

    /// A sure request before a comma that a bare "how do I go about it?"
    /// follows: "I'd like to book my first consultation, how do I go about
    /// it?" asks how to book, not how the treatment is done.
    private func requestBeforeHowTo(in clause: some StringProtocol, explain: Bool) -> (text: String, match: Match)? {
        for question in QuestionSplitter.questionsAfterCommas(in: Substring(clause)) {
            guard asksTheProcess(matcher.match(question, explain: false)) else { continue }
            let before = clause[..<question.startIndex]
            let requestMatch = matcher.match(before, explain: explain)
            guard requestMatch.intent?.kind == .conversation,
                requestMatch.confidence >= settings.standAloneConfidence
            else { continue }
            return (String(before), requestMatch)
        }
        return nil
    }

    /// Whether the match asks only how a thing is done: "how do I go about
    /// it?", "what's the process?", "what do I need to do?".
    private func asksTheProcess(_ match: Match) -> Bool {
        let ids = match.analysis.ids.filter { $0 >= 0 }
        return ids.contains { procedureTerms.contains($0) || needTerms.contains($0) }
            && ids.allSatisfy {
                procedureTerms.contains($0) || needTerms.contains($0) || questionWordTerms.contains($0)
            }
    }

    /// Whether the match read nothing but question words.
    private func isBare(_ match: Match) -> Bool {
        let ids = match.analysis.ids.filter { $0 >= 0 }
        return !ids.isEmpty && ids.allSatisfy(questionWordTerms.contains)
    }

    /// The parts worth answering separately: in scope and distinct, plus an
    /// honest "not covered" for a clause the guide does not answer. Greetings
    /// and thanks around a real question do not get parts of their own.
    private func combine(_ matches: [(clause: String, asks: Bool, match: Match)]) -> [(clause: String, match: Match)] {
        var parts: [(clause: String, match: Match)] = []
        var seen: Set<String> = []
        var notCovered = false
        // Where some clause asks a question, what the other clauses merely say
        // ("my wife found your clinic online", "my brother had it done last
        // year") is context, not a question to answer, even when the question
        // itself is one the guide does not cover.
        let asked = matches.contains { $0.asks }
        for (clause, asks, match) in matches {
            if let intent = match.intent {
                guard intent.kind == .guide, asks || !asked, seen.insert(intent.id).inserted else { continue }
                parts.append((clause, match))
            } else if !notCovered && asks && match.outOfScopeScore >= matcher.settings.threshold {
                // Only a question that looks like a known not-covered one earns
                // its own "not covered"; filler ("did I do it wrong") and
                // chatter ("I've been reading up") do not.
                parts.append((clause, match))
                notCovered = true
            }
        }
        return seen.isEmpty ? [] : parts
    }

    private func part(_ match: Match, clause: String) -> Answer.Part {
        guard let intent = match.intent else {
            let forClinic = isForClinic(match)
            let suggestions = forClinic ? [] : closeTopics(match)
            var text = forClinic ? knowledge.outOfScope.contactAnswer : knowledge.outOfScope.answer
            // A clinic that gave its contact line is named where the guide stops,
            // in batch replies as in the chat.
            if knowledge.clinic.contact != nil { text += "\n\n" + knowledge.clinic.contactLine }
            if !suggestions.isEmpty {
                text += "\n\nDid you mean: " + suggestions.map(\.title).joined(separator: "; ") + "?"
            }
            return Answer.Part(
                clause: clause, intent: nil, confidence: match.confidence, text: text, source: nil,
                suggestions: suggestions.map(\.id), forClinic: forClinic, needsReview: true, match: match)
        }
        return Answer.Part(
            clause: clause, intent: intent, confidence: match.confidence, text: intent.batchAnswer,
            source: intent.source,
            suggestions: intent.related, forClinic: false, needsReview: isUnsure(match), match: match)
    }

    /// People named before the question ("is he right?", "how long have they
    /// been doing it"): the question is read with its context, not alone.
    /// Not "it", which usually means SMP.
    private static let personalPronouns: Set<String> = ["he", "she", "they", "them", "him", "ones"]

    /// Whether the clause points back at what the message said before it:
    /// it speaks of people named there, or one of its first few words is
    /// "that" or "this" standing alone (later, as in "…need a refresher, so
    /// what does that involve", the clause has named what it means itself).
    /// People count only in the question the clause holds: in "He say is
    /// good for bald peoples, you can explain what is smp", "he" is chatter.
    /// `countingPeople: false` leaves people out, for a clause whose
    /// "he" or "they" is named in it or is the clinic.
    func pointsBack(_ clause: some StringProtocol, countingPeople: Bool = true) -> Bool {
        let tokens = Tokenizer.tokens(clause)
        return countingPeople && speaksOfPeople(clause, tokens: tokens) || pointsAtWhatWasSaid(tokens: tokens)
            || speaksOfAnotherIt(clause, tokens: tokens) || doesTheSame(tokens)
            || QuestionSplitter.asksWhatAbout(clause)
    }

    /// Whether `clause` asks if something does what was said before it:
    /// "Old tattoos go blue. Will the pigment do the same?"
    private func doesTheSame(_ tokens: [String]) -> Bool {
        tokens.indices.dropFirst().dropLast().contains { index in
            tokens[index] == "the" && tokens[index + 1] == "same" && Self.repeatingVerbs.contains(tokens[index - 1])
        }
    }

    /// Whether "it" in `clause` stands for something other than SMP, which
    /// the clause sets beside it ("I've been considering a transplant. How
    /// does it compare with SMP?"), or ends a scene that repeats what was
    /// said ("My hair is going grey. What happens to the dots when it does?").
    private func speaksOfAnotherIt(_ clause: some StringProtocol, tokens: [String]) -> Bool {
        guard let it = tokens.firstIndex(where: Self.repeatingPronouns.contains) else { return false }
        if tokens.count >= 3, Self.sceneWords.contains(tokens[tokens.count - 3]),
            Self.repeatingPronouns.contains(tokens[tokens.count - 2]),
            Self.repeatingVerbs.contains(tokens[tokens.count - 1])
        {
            return true
        }
        guard tokens[it] == "it", tokens.contains(where: Self.comparisons.contains) else { return false }
        // "How much does it sting, is it worse than a tattoo?": "worse"
        // weighs what was just asked about against the thing named.
        if tokens.contains(where: Self.degrees.contains) { return true }
        return matcher.analyzer.analyze(clause).ids.contains(where: smpTerms.contains)
    }

    /// Whether a piece of a line names enough to be read alone: three
    /// terms, or two when one is SMP itself ("explain what SMP is").
    private func namesEnoughAlone(_ match: Match) -> Bool {
        let ids = match.analysis.ids
        return ids.count >= 3 || ids.count == 2 && ids.contains(where: smpTerms.contains)
    }

    private func namesSMP(_ tokens: some Collection<String>) -> Bool {
        matcher.analyzer.analyze(tokens.joined(separator: " ")).ids.contains(where: smpTerms.contains)
    }

    /// Words that weigh a quality without naming it.
    private static let degrees: Set<String> = ["worse", "better", "easier", "harder"]

    /// Words that set one thing beside another.
    private static let comparisons: Set<String> = [
        "compare", "compares", "compared", "comparison", "versus", "vs", "than",
    ]

    /// Words that stand for what was said when a scene repeats it.
    private static let repeatingPronouns: Set<String> = ["it", "they", "that", "this"]
    /// Words that open the scene that repeats what was said ("when it does").
    private static let sceneWords: Set<String> = ["when", "if", "once", "after"]
    /// Verbs by which a scene repeats what was said.
    private static let repeatingVerbs: Set<String> = [
        "does", "do", "did", "doing", "happens", "happen", "happened", "go", "goes", "going", "turn", "turns",
    ]

    /// Whether the question `clause` holds speaks of people ("he", "they").
    private func speaksOfPeople(_ clause: some StringProtocol, tokens: [String]? = nil) -> Bool {
        let tokens = tokens ?? Tokenizer.tokens(clause)
        guard tokens.contains(where: Self.personalPronouns.contains) else { return false }
        let question = QuestionSplitter.cores(of: Substring(clause)).last.map { Tokenizer.tokens($0) } ?? tokens
        return question.contains(where: Self.personalPronouns.contains)
    }

    /// Whether `core` asks of an "it" that `before`, a thing named on its
    /// own ("The consultation, …", "your numbing cream, …"), stands for.
    private func isAskedOfFrontedThing(_ core: Substring, after before: some StringProtocol) -> Bool {
        // Four words are seldom longer than this: a longer start is no thing set before.
        guard before.utf8.count <= 48 else { return false }
        let named = Tokenizer.tokens(before)
        guard (2...4).contains(named.count), Self.determiners.contains(named[0]) else { return false }
        return Tokenizer.tokens(core).contains(where: Self.frontedStandIns.contains)
    }

    /// What stands for a thing set before a question.
    private static let frontedStandIns: Set<String> = ["it", "they", "them"]

    /// Whether one of the first few words of `clause` is "that" or "this"
    /// standing for something said before ("does that mean…").
    /// Without `countingThen`, a last "then" does not count: after a request
    /// that names what it asks for ("How do I get a consultation booked in
    /// then?") it only urges, while "What do you do then?" asks about what
    /// was said.
    private func pointsAtWhatWasSaid(_ clause: some StringProtocol, countingThen: Bool = true) -> Bool {
        pointsAtWhatWasSaid(tokens: Tokenizer.tokens(clause), countingThen: countingThen)
    }

    private func pointsAtWhatWasSaid(tokens: [String], countingThen: Bool = true) -> Bool {
        // "…can I get back to that?": a last "that" stands for what was said
        // (a last "this" is most often SMP: "what is the normal number for this").
        // A last "then" too: "…looking a bit tired. What do you do then?"
        // A last "both" too: "Minoxidil and SMP: can you use both?"
        // Not after SMP itself: "what's SMP then?" asks what it names.
        // Nor "by then" or "before then": a deadline asks when it is done,
        // whatever the event ("…wedding in six weeks. Will it be finished by then?").
        if tokens.count > 1,
            tokens.last == "that" || tokens.last == "both"
                || countingThen && tokens.last == "then" && !namesSMP(tokens.dropLast())
                    && !Self.deadlineWords.contains(tokens[tokens.count - 2])
        {
            return true
        }
        // "…a consultation first? What even happens in it?": an "it" after a
        // preposition is a thing said before, not SMP.
        // Unless the clause names the thing itself: in "does the ink have
        // alcohol in it" the "it" is the ink.
        if tokens.count > 2, tokens.last == "it", Self.placePrepositions.contains(tokens[tokens.count - 2]) {
            let before = tokens.dropLast(2)
            return !zip(before, before.dropFirst()).contains {
                Self.determiners.contains($0) && !stopWords.contains($1)
            }
        }
        return tokens.indices.prefix(4).contains { position in
            guard Self.demonstratives.contains(tokens[position]) else { return false }
            // "is it true that some men…", "I read that…": "that" joins what
            // was heard or thought to the clause, it points at nothing.
            if position > 0, Self.thatHeads.contains(tokens[position - 1]) { return false }
            guard position + 1 < tokens.count else { return true }
            // "that hormone", "this fading": the clause names what it means.
            var next = tokens[position + 1]
            // "can that one be contributing", "could that lot be behind it":
            // "that one" and "that lot" are the pronoun.
            if next == "one" || next == "lot" {
                guard position + 2 < tokens.count else { return true }
                next = tokens[position + 2]
            }
            return Self.pronounFollowers.contains(next) || stopWords.contains(next)
        }
    }

    /// Whether `clause` points back only at people the statement before it
    /// may have described, and has a topic alone (flagged for review when
    /// unsure, as any answer): "My wife is 55
    /// and runs a shop. Roughly how many visits would she need?" asks about
    /// sessions. A yes-or-no question about "he" or "she" may ask about what
    /// the statement said of them ("…Could she have it?"); "they" after a
    /// statement naming nothing the guide leaves out is most often the
    /// clinic ("I had my second session on Monday. Why couldn't they do it
    /// all in one go?"), while after one that does it may be that thing
    /// ("I use hair fibres. Can I keep using them between sessions?"). After
    /// a question ("are they certified, and how long have they done it")
    /// the people are what was asked about.
    private func speaksOfSomeoneDescribed(
        _ clause: String, match: Match, after previous: (clause: String, asks: Bool, match: Match)
    ) -> Bool {
        // "…free of side effects. So what are they?" names nothing but its
        // "they": that is what was said.
        guard !previous.asks, match.intent != nil, match.analysis.ids.count >= 2,
            speaksOfPeople(clause), !pointsAtWhatWasSaid(clause)
        else { return false }
        return QuestionSplitter.asksForFact(clause)
            || !Tokenizer.tokens(clause).contains(where: Self.singularPeople.contains)
                && !isAboutUncoveredSubject(previous.match)
    }

    /// Whether the question read with the clause before it still leans to
    /// the topic it answers alone, only diluted by the chatter: "My husband
    /// has a big bald area across the top. Could he need more sessions than
    /// usual?" The context counts when it names something the guide leaves
    /// out, or resembles a not-covered question more. An answer below
    /// `reviewConfidence` is flagged, as any other.
    private func contextAgrees(_ merged: Match, with alone: Match) -> Bool {
        guard let topic = alone.intent, topic.kind == .guide,
            merged.candidates.first?.intent === topic
        else { return false }
        switch merged.explanation.rule {
        case .belowThreshold: return true
        case .closerToNotCovered(let notCovered, let score): return notCovered - score < settings.tieMargin
        default: return false
        }
    }

    /// The bare "what is it?" at the end of `clause`, read as what SMP is,
    /// when the words before it named SMP and ask nothing of their own.
    private func whatSMPIsAfterChatter(in clause: some StringProtocol, named: [Int32], explain: Bool) -> (
        text: String, match: Match
    )? {
        let whole = Substring(clause)
        // The last bare one is asked; a question that follows it ("what
        // actually is it, is it just painted on?") asks about what it names.
        for found in QuestionSplitter.cores(of: whole).reversed() {
            // "what it actually is cos I haven't a clue": the question, not why it is asked.
            let core = QuestionSplitter.beforeJoiningWord(in: found) ?? found
            // A bare question is short: most cores are passed by before they are matched.
            guard core.startIndex > whole.startIndex || core.endIndex < whole.endIndex,
                case let tokens = Tokenizer.tokens(core), tokens.count <= 6,
                tokens.contains(where: Self.whatItIsWords.contains)
            else { continue }
            let before = String(whole[..<core.startIndex])
            guard !QuestionSplitter.asks(before[...], in: before) else { continue }
            let coreMatch = matcher.match(core, explain: explain, named: named)
            guard coreMatch.confidence >= settings.reviewConfidence,
                asksWhatSMPIs(
                    coreMatch, clause: core,
                    after: named.suffix(Self.recentTerms) + matcher.analyzer.analyze(before).ids)
            else { continue }
            return (String(core), coreMatch)
        }
        return nil
    }

    /// Whether `match` is a bare "what is it?" read as what SMP is, after
    /// clauses that named SMP: "Buddy at camp got his head done, called it
    /// SMP. What is that exactly?" asks what SMP is, whatever the chatter
    /// that named it resembles.
    private func asksWhatSMPIs(_ match: Match, clause: some StringProtocol, after named: some Collection<Int32>)
        -> Bool
    {
        // Not after what the topic leaves out ("3D SMP — what is that?"),
        // nor "what should I do?", which asks what to do about what was said.
        guard let index = identityIndex, match.intent === matcher.knowledge.intents[index],
            named.contains(where: smpTerms.contains), !matcher.aspects.excludesAny(of: named, for: index),
            Tokenizer.tokens(clause).contains(where: Self.whatItIsWords.contains)
        else { return false }
        return match.analysis.ids.allSatisfy {
            questionWordTerms.contains($0) || checkTerms.contains($0) || smpTerms.contains($0)
        }
    }

    /// Whether `match` is refused for naming the clinic's own matters
    /// (price, booking, where it is) and nothing of the writer: what a
    /// question points back at is then SMP, not those ("I'm not one for
    /// spending money on myself… How long before it starts to go?").
    private func namesOnlyClinicMatters(_ match: Match) -> Bool {
        guard case .uncoveredSubject = match.explanation.rule else { return false }
        return match.analysis.ids.contains(where: contactTerms.contains)
            && !match.analysis.ids.contains(where: personalTerms.contains)
    }

    /// How many of the terms read before a clause a bare "what is it?"
    /// looks back over for SMP: the clause or two before it, so a line of
    /// many questions is still read in linear time.
    private static let recentTerms = 48

    /// Words before a last "then" that make it a deadline.
    private static let deadlineWords: Set<String> = ["by", "before", "till", "until", "til"]

    /// Words by which "what is it?" names what it asks about.
    private static let whatItIsWords: Set<String> = ["is", "whats", "wats", "it", "that", "this", "dat", "thing"]

    /// Pronouns for one person, whom a statement before may have described.
    private static let singularPeople: Set<String> = ["he", "she", "him", "her", "his", "hers"]

    private func isAboutUncoveredSubject(_ match: Match) -> Bool {
        if case .uncoveredSubject = match.explanation.rule { true } else { false }
    }

    /// Whether the guide leaves out what `match` asks about: a subject it
    /// does not cover, or an aspect no close topic answers ("How many
    /// needles do they use, is it just the one?").
    private func isNotCovered(_ match: Match) -> Bool {
        switch match.explanation.rule {
        case .uncoveredSubject, .otherAspect: true
        default: false
        }
    }

    /// Whether a yes-or-no question names what it asks about well enough to
    /// be answered apart from its context ("could my smoking and diet be
    /// making my hair fall out?"), unlike one that asks about the person the
    /// context describes ("is it safe for me?", "should I hold off?").
    private func standsAlone(_ match: Match, clause: String) -> Bool {
        // One term names what is asked too little: in "I use minoxidil. Will
        // it do anything to the pigment?" the "it" is the medicine.
        guard match.confidence >= settings.standAloneConfidence, match.analysis.ids.count >= 2 else { return false }
        let tokens = Tokenizer.tokens(clause)
        return !zip(tokens, tokens.dropFirst()).contains { Self.personalPhrases.contains([$0, $1]) }
    }

    /// Two-word phrases by which a question asks about the person themself.
    private static let personalPhrases: Set<[String]> = [
        ["for", "me"], ["for", "him"], ["for", "her"], ["for", "us"], ["for", "someone"], ["my", "case"],
        ["his", "case"], ["her", "case"], ["my", "situation"], ["like", "me"],
    ]

    /// Words after which "that" opens a clause of its own.
    private static let thatHeads: Set<String> = [
        "true", "possible", "likely", "sure", "right", "correct", "fact", "idea", "said", "say", "says", "heard",
        "hear", "read", "think", "thought", "believe", "know", "knew", "told", "seems", "claim", "claims", "noticed",
        "mean",
    ]

    /// Words pointing back that may also stand before a noun ("that hormone").
    /// "any" too, standing alone: "…a painkiller, and are there any to avoid".
    private static let demonstratives: Set<String> = ["that", "this", "these", "those", "any"]

    /// Words that stand for something named before them.
    private static let standIns: Set<String> = ["that", "this", "these", "those", "it", "they", "them"]

    /// Words before a noun that name a thing ("the ink", "your pigment").
    private static let determiners: Set<String> = ["the", "your", "my", "this", "his", "her", "their", "our"]

    /// Prepositions after which a last "it" stands for a thing said before.
    private static let placePrepositions: Set<String> = ["in", "during", "at"]

    /// Words after which "that" or "this" stands for something said before
    /// ("does that mean", "is this normal", "how does that lead to…"), not
    /// before a noun; stop words ("could that be", "is that a problem") show
    /// it too.
    private static let pronounFollowers: Set<String> = [
        "mean", "means", "matter", "matters", "involve", "involves", "affect", "affects", "work", "works", "happen",
        "happens",
        "cause", "causes", "count", "counts", "help", "helps", "hurt", "hurts", "change", "changes", "stop",
        "stops", "make", "makes", "apply", "applies", "normal", "true", "right", "fine", "safe", "bad", "good",
        "possible", "common", "likely", "enough", "still", "all", "take", "takes", "last", "lasts", "cost", "costs",
        "feel", "feels", "how", "happening", "happened", "cover", "covers", "include", "includes", "entail",
        "entails", "lead", "leads", "contribute", "contributes", "trigger", "triggers", "relate", "relates", "link",
        "links", "influence", "influences",
        // "is that going to fade it", "would that ruin the pigment".
        "going", "gonna", "fade", "fades", "ruin", "ruins", "damage", "damages", "harm", "harms", "spoil",
        "spoils", "shorten", "shortens", "wreck", "wrecks", "mess",
        // "what's that technique?": a noun that names no topic.
        "technique", "method", "stuff",
        // "Is that why my hair is thinning?" asks whether what was said is the reason.
        "why", "because",
    ]

    /// A clause without the spaces and commas around it.
    private static func trimmed(_ clause: Substring) -> String {
        let edge: (Character) -> Bool = { $0 == " " || $0 == "," || $0 == "\t" }
        guard let first = clause.firstIndex(where: { !edge($0) }), let last = clause.lastIndex(where: { !edge($0) })
        else {
            return String(clause)
        }
        return String(clause[first...last])
    }

    /// Whether a not-covered question is about the clinic itself (price,
    /// booking, location, hours): the clinic answers those, not the therapist.
    public func isForClinic(_ match: Match) -> Bool {
        match.intent == nil && match.analysis.ids.contains { contactTerms.contains($0) }
    }

    /// Topics close enough to offer as "Did you mean": only when the question
    /// was refused for a low score, not because it resembles a question the
    /// guide does not answer (a price question is not "close" to sessions).
    private func closeTopics(_ match: Match) -> [Intent] {
        match.candidates
            .filter {
                $0.score >= matcher.settings.suggestionFloor && $0.score > match.outOfScopeScore
                    && $0.intent.kind == .guide
            }
            .prefix(3)
            .map(\.intent)
    }

    /// Whether an accepted answer is a guess: little confidence, or another
    /// topic scored nearly the same.
    public func isUnsure(_ match: Match) -> Bool {
        guard match.intent != nil else { return false }
        if match.confidence < settings.reviewConfidence { return true }
        guard let runnerUp = match.candidates.first, runnerUp.intent.kind == .guide else { return false }
        return runnerUp.score >= match.confidence - settings.tieMargin
    }
}

/// The reply to one line of input.
public struct Answer: Sendable {
    public struct Part: Sendable {
        /// The words of the line this part answers (the whole line for one part).
        public let clause: String
        /// nil when the guide does not cover this part.
        public let intent: Intent?
        public let confidence: Double
        public let text: String
        public let source: String?
        /// Related intents after an answer; the closest topics after "not covered".
        public let suggestions: [String]
        /// A not-covered question about the clinic itself (price, booking, hours).
        public let forClinic: Bool
        /// Not covered, or answered with little confidence or a near tie.
        public let needsReview: Bool
        public let match: Match
    }

    public let question: String
    public let parts: [Part]

    /// The part that stands for the whole line where one value is needed: the
    /// first answered with confidence, else the first answered, so a line with
    /// any answer never reads as not covered; else the first.
    public var primary: Part {
        parts.first { $0.intent != nil && !$0.needsReview } ?? parts.first { $0.intent != nil } ?? parts[0]
    }

    /// Whether a person should check this reply: some part is not covered or
    /// unsure (a line only partly answered included).
    public var needsReview: Bool { parts.contains { $0.needsReview } }
}
