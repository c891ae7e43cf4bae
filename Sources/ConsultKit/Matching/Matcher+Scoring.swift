/// Scoring: the question's terms against the index's examples and profiles.
///
/// An intent's score blends the question's best cosine with one of the
/// intent's examples and its cosine with the intent's term profile as a whole.
/// Questions the guide does not answer have their own examples (the out-of-scope
/// class), and words that no example uses weigh against every intent, so a
/// question that only shares a few words with a topic falls below the threshold.
extension Matcher {
    /// Scores `question` against every intent and decides; `excluded` is an
    /// example left out of the index (for the leave-one-out check).
    func match(_ question: some StringProtocol, explain: Bool, excluding excluded: Int?, named: [Int32] = []) -> Match {
        // Every reading of a clause (the whole line, a clause, a core) sees
        // its scene alike: "When the dots fade, can they be refreshed?"
        let analysis = analyzer.analyze(QuestionSplitter.withoutSceneSetter(question), explain: explain)
        var known: [Int32] = []
        known.reserveCapacity(analysis.ids.count)
        var termMass = 0.0
        var normSquared = 0.0
        for analyzerID in analysis.ids {
            let feature = analyzerID >= 0 ? index.featureOfTerm[Int(analyzerID)] : -1
            if feature >= 0 {
                let id = feature
                known.append(id)
                let weight = index.weights[Int(id)]
                termMass += weight
                normSquared += weight * weight
            } else {
                termMass += index.unknownWeight
                normSquared += index.unknownWeight * index.unknownWeight
            }
        }
        guard termMass > 0 else {
            return Match(
                intent: nil, confidence: 1, candidates: [],
                explanation: Explanation(
                    terms: [], steps: analysis.steps, closestExample: nil,
                    rule: .noTerms),
                analysis: analysis, outOfScopeScore: 0)
        }

        // The per-class tables live on the stack: arrays here cost a heap
        // allocation each, a measurable share of a question's time in batch.
        let classCount = index.classCount
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * classCount) { scratch in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: classCount) { bestExample in
                scratch.initialize(repeating: 0)
                bestExample.initialize(repeating: -1)
                return decide(
                    question: question, analysis: analysis, known: known, termMass: termMass,
                    queryNorm: normSquared.squareRoot(),
                    explain: explain, excluding: excluded, named: named, scratch: scratch, bestExample: bestExample)
            }
        }
    }

    /// The rest of `match`, on zeroed per-class tables: `scratch` holds four
    /// (best, coverage, explained, scores), `bestExample` holds -1 each.
    private func decide(
        question: some StringProtocol, analysis: TermAnalyzer.Analysis, known: [Int32], termMass: Double,
        queryNorm: Double,
        explain: Bool, excluding excluded: Int?, named: [Int32],
        scratch: UnsafeMutableBufferPointer<Double>, bestExample: UnsafeMutableBufferPointer<Int>
    ) -> Match {
        let classCount = index.classCount
        // Example similarity: how much of the question the example explains
        // and how much of the example the question covers, both weighted.
        let best = UnsafeMutableBufferPointer(rebasing: scratch[0..<classCount])
        let exampleCount = index.exampleNorm.count
        withUnsafeTemporaryAllocation(of: Double.self, capacity: exampleCount) { exampleDot in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: exampleCount) { touched in
                exampleDot.initialize(repeating: 0)
                var touchedCount = 0
                // Unchecked pointers: `isConsistent` proved every offset in range,
                // and this loop is most of a question's time.
                index.postingExample.withUnsafeBufferPointer { postings in
                    index.postingStart.withUnsafeBufferPointer { starts in
                        index.weights.withUnsafeBufferPointer { weights in
                            for term in known {
                                let feature = Int(term)
                                let squared = weights[feature] * weights[feature]
                                var posting = Int(starts[feature])
                                let end = Int(starts[feature + 1])
                                while posting < end {
                                    let example = Int(postings[posting])
                                    if exampleDot[example] == 0 {
                                        touched[touchedCount] = Int32(example)
                                        touchedCount += 1
                                    }
                                    exampleDot[example] += squared
                                    posting += 1
                                }
                            }
                        }
                    }
                }
                for position in 0..<touchedCount {
                    let example = Int(touched[position])
                    if example == excluded { continue }
                    // The geometric mean of precision (dot / |q|²) and recall (dot / |e|²).
                    let similarity = exampleDot[example] / (queryNorm * index.exampleNorm[example])
                    let owner = Int(index.exampleClass[example])
                    if similarity > best[owner] {
                        best[owner] = similarity
                        bestExample[owner] = example
                    }
                }
            }
        }

        // Profile coverage: the share of the question's weight made of terms
        // typical of the intent.
        let coverage = UnsafeMutableBufferPointer(rebasing: scratch[classCount..<(2 * classCount)])
        // The share of the question's weight made of words the intent uses at all.
        let explained = UnsafeMutableBufferPointer(rebasing: scratch[(2 * classCount)..<(3 * classCount)])
        for term in known {
            let weight = index.weights[Int(term)]
            for entry in Int(index.profileStart[Int(term)])..<Int(index.profileStart[Int(term) + 1]) {
                coverage[Int(index.profileOwner[entry])] += weight * index.profileStrength[entry]
                explained[Int(index.profileOwner[entry])] += weight
            }
        }
        let scores = UnsafeMutableBufferPointer(rebasing: scratch[(3 * classCount)..<(4 * classCount - 1)])
        for owner in 0..<(index.classCount - 1) {
            scores[owner] =
                settings.exampleWeight * best[owner] + (1 - settings.exampleWeight) * coverage[owner] / termMass
        }

        // The four best intents, best first (ties to the earlier intent).
        var ranked: [Int] = []
        ranked.reserveCapacity(5)
        for owner in scores.indices {
            var position = ranked.count
            while position > 0 && scores[ranked[position - 1]] < scores[owner] { position -= 1 }
            if position < 4 {
                ranked.insert(owner, at: position)
                if ranked.count > 4 { ranked.removeLast() }
            }
        }
        // "Hello" answers "hello", not "how do you say hello in Spanish": small
        // talk must be most of the message, else the next topic is considered.
        // Unless the line asks nothing and no topic of the guide answers it:
        // then the conversation intent that ranks first is what it is, however
        // many words its examples lack ("ok thx alot that helped").
        let smallTalkAlone =
            knowledge.intents[ranked[0]].kind == .conversation
            && !(0..<(classCount - 1)).contains {
                self.knowledge.intents[$0].kind == .guide && scores[$0] >= self.settings.threshold
            }
            && !QuestionSplitter.asksAnything(QuestionSplitter.withoutTagQuestion(String(question)))
        // A wish stated, not asked, may need less of the message explained
        // (`stated_coverage`): asked only of the few that come close.
        var asksNothing: Bool?
        let isPartlySmallTalk = { (owner: Int) in
            let intent = self.knowledge.intents[owner]
            guard intent.kind == .conversation, !(smallTalkAlone && owner == ranked[0]) else { return false }
            let share = explained[owner] / termMass
            guard share < (intent.coverage ?? self.settings.conversationCoverage) else { return false }
            guard let stated = intent.statedCoverage, share >= stated else { return true }
            if asksNothing == nil {
                asksNothing = !QuestionSplitter.asksAnything(String(question))
            }
            return asksNothing != true
        }
        // A question of a type the intent does not answer, or about another
        // thing ("how long does a session take" is not longevity), passes it by.
        let aspect = aspects.isEmpty ? nil : aspects.aspect(of: analysis.ids)
        let answersAspect = { (owner: Int) in aspect.map { self.aspects.allows(owner, $0) } ?? true }
        let candidate = ranked.first { !isPartlySmallTalk($0) } ?? ranked[0]
        // A topic that is about what the question names may stand behind one
        // that is not ("can medication cause hair loss": lifestyle causes).
        let coversSubjects = { (owner: Int) in self.aspects.uncoveredSubject(in: analysis.ids, for: owner) == nil }
        // A topic about one cause of hair loss answers only a question that
        // names it: "what makes hair thin out" asks the causes in general.
        let namesNeeded = { (owner: Int) in
            self.aspects.namesNeeded(in: analysis.ids, for: owner) || self.aspects.namesNeeded(in: named, for: owner)
        }
        let top =
            ranked.first { !isPartlySmallTalk($0) && answersAspect($0) && coversSubjects($0) && namesNeeded($0) }
            ?? ranked.first { !isPartlySmallTalk($0) && answersAspect($0) && namesNeeded($0) }
            ?? ranked.first { !isPartlySmallTalk($0) && answersAspect($0) } ?? candidate
        let topScore = scores[top]
        // Resemblance to a known not-covered question is judged example to
        // example: the out-of-scope class is too varied to have a profile.
        let outScore = best[index.outOfScopeClass]
        let rule: Explanation.Rule
        if !answersAspect(top), let aspect {
            rule = .otherAspect(type: aspects.typeNames[aspect.type])
        } else if let subject = aspects.uncoveredSubject(in: analysis.ids, for: top) {
            rule = .uncoveredSubject(term: subject)
        } else if topScore < settings.threshold {
            rule = .belowThreshold(score: topScore, threshold: settings.threshold)
        } else if isPartlySmallTalk(top) {
            rule = .partlySmallTalk(coverage: explained[top] / termMass)
        } else if topScore < outScore {
            rule = .closerToNotCovered(notCovered: outScore, topic: topScore)
        } else {
            rule = .accepted(score: topScore, threshold: settings.threshold, notCovered: outScore)
        }
        let inScope = if case .accepted = rule { true } else { false }

        let chosen = inScope ? top : index.outOfScopeClass
        let others = ranked.filter { $0 != chosen && scores[$0] > 0 }.prefix(3).map {
            Candidate(intent: knowledge.intents[$0], score: min(1, scores[$0]))
        }
        let confidence = inScope ? min(1, topScore) : min(1, max(outScore, 1 - topScore))
        var explanationTerms: [Explanation.Term] = []
        if explain {
            let exampleID = bestExample[chosen]
            let exampleTerms = exampleID >= 0 ? Set(analyzer.analyze(index.exampleText[exampleID]).terms) : []
            explanationTerms = zip(analysis.terms, analysis.ids).map { term, analyzerID in
                let feature = analyzerID >= 0 ? Int(index.featureOfTerm[Int(analyzerID)]) : -1
                let typical =
                    feature >= 0
                    && index.profileOwner[Int(index.profileStart[feature])..<Int(index.profileStart[feature + 1])]
                        .contains(Int32(chosen))
                return Explanation.Term(
                    term: term, weight: feature >= 0 ? index.weights[feature] : index.unknownWeight,
                    matched: typical || exampleTerms.contains(term))
            }
        }
        let closest = explain && bestExample[chosen] >= 0 ? index.exampleText[bestExample[chosen]] : nil
        var explanation = Explanation(
            terms: explanationTerms, steps: analysis.steps, closestExample: closest, rule: rule)
        if explain { explanation.runnersUp = others.map { ($0.intent.id, $0.score) } }
        return Match(
            intent: inScope ? knowledge.intents[top] : nil,
            confidence: confidence,
            candidates: Array(others),
            explanation: explanation,
            analysis: analysis, outOfScopeScore: outScore)
    }
}
