/// Finds the clauses of a line that may ask several things at once:
/// "How long does it last and is it safe?" → "How long does it last", "is it safe".
///
/// Splits at sentence ends (? ! ; . newlines, and a colon before a space; not
/// a full stop inside a number or after "e.g."), at "and", "also", "plus" or
/// "but" when a question word follows (perhaps a word later: "and roughly how
/// many"; after a comma, a verb, a subject or "if" first will do; after a
/// question, "if") and each
/// side has a few words, before a question word that ends the clause ("…and
/// each one costs how much"), and at a comma between two questions ("is it
/// permanent, how many sessions?"); a comma after words that set the scene
/// ("if I'm bald, can I still have it?", "I'm on finasteride, will it affect
/// the pigment?") stays. Also finds the questions inside a clause of chatter
/// (`cores(of:)`, an opening question word's up to its comma among them),
/// claims of what SMP is (`claimsIdentity`), and "when" that only sets a
/// scene (`withoutSceneSetter`).
/// Works on UTF-8 bytes: every line of a batch passes through here.
public enum QuestionSplitter {
    /// Words that open a new question after a joining word.
    private static let openers: [[UInt8]] =
        [
            "how", "what", "whats", "why", "when", "where", "which", "who", "whom",
            "is", "are", "was", "does", "do", "did", "can", "could", "will", "would",
            "should", "shall", "may", "might", "must", "has", "have", "am",
            "isnt", "arent", "doesnt", "dont", "didnt", "cant", "wont", "wouldnt", "shouldnt", "couldnt", "hows",
            "wheres", "whos",
        ].map { Array($0.utf8) } + textSpeakQuestionWords
    /// Question words that open a new question even a word after a joining
    /// word: "…, and roughly how many sessions".
    private static let whWords: [[UInt8]] =
        [
            "how", "what", "why", "when", "where", "which", "who", "whom", "whats", "hows", "wheres", "whos",
        ].map { Array($0.utf8) } + textSpeakQuestionWords
    /// Text speak's question words ("wot r the side effects", "hw lng"), "how"
    /// without its "h" ("'ow long"), and question words contracted with
    /// "will" or "would" ("what'll it cost").
    private static let textSpeakQuestionWords: [[UInt8]] = [
        "wot", "wat", "wtf", "hw", "ow", "wots", "wats", "whatll", "howll", "wholl", "wherell", "whenll", "whatd",
        "howd", "whod", "whered", "whyd",
        // Creoles' and pidgins' "what": "wah mek di dots fade so?"
        "wha", "wah", "wetin",
        // Scots "what": "how mony sessions is it an whit's the damage"
        "whit", "whits",
    ].map { Array($0.utf8) }
    /// Question words that open a question a word after a joining word;
    /// not "which" or "who", which after a noun relate ("SMP and tattoo
    /// which I have on my arm").
    private static let leadingWhWords: [[UInt8]] = ["how", "what", "why", "whats", "hows"].map { Array($0.utf8) }
    /// Openers that after a joining word start a statement, not a question:
    /// "I work all week and can't take time off".
    private static let negatives: [[UInt8]] = [
        "isnt", "arent", "doesnt", "dont", "didnt", "cant", "wont", "wouldnt", "shouldnt", "couldnt",
    ].map { Array($0.utf8) }
    /// What follows a verb that opens a question ("and is it safe", "and do
    /// I need…"), not one that goes on with a statement ("and have had a
    /// rough year", "and am worried").
    private static let subjects: [[UInt8]] = [
        "i", "you", "it", "he", "she", "we", "they", "my", "your", "his", "her", "our", "their", "the", "this",
        "that", "these", "those", "there", "smp", "a", "an", "someone", "anyone", "people", "men", "women",
    ].map { Array($0.utf8) }
    /// Verbs that open a question after "and" with whatever subject follows
    /// ("and will salt water wash it out"); not "do", which as often goes on
    /// with a statement ("and do remaining sessions abroad").
    private static let modals: [[UInt8]] = [
        "will", "would", "can", "could", "should", "shall", "may", "might", "must", "is", "are", "was",
    ].map { Array($0.utf8) }
    private static let andWord: [[UInt8]] = [Array("and".utf8)]
    /// "It" as dialects write it too (West African "e").
    private static let itWords: [[UInt8]] = ["it", "e"].map { Array($0.utf8) }
    /// Verbs of having, and the articles after which they tell what someone
    /// has ("and have a few questions") rather than ask ("and have the dots faded").
    private static let possessives: [[UInt8]] = ["have", "has", "had"].map { Array($0.utf8) }
    private static let articles: [[UInt8]] = ["a", "an"].map { Array($0.utf8) }
    /// Not "or": "can I have it now, or should I wait?" is one question with
    /// two choices, and its second half alone ("should I wait") means little.
    /// Text speak's "n", and "an" as dialect writes it ("how many sessions it take an how
    /// much…"), join as "and" does ("does it hurt n wot r the side effects").
    private static let joiners: [[UInt8]] = ["and", "also", "plus", "but", "n", "an"].map { Array($0.utf8) }
    /// Words that may come before a clause's question word: "also how long…".
    private static let leadIns: [[UInt8]] = joiners + ["or", "so", "then", "well", "ok", "okay"].map { Array($0.utf8) }
    /// Question words that may instead open a clause that sets the scene.
    private static let sceneSetters: [[UInt8]] = ["when"].map { Array($0.utf8) }
    /// A condition that, after a joining word, opens a question of its own:
    /// after a comma, or after a clause that opens with a question word.
    private static let conditions: [[UInt8]] = ["if"].map { Array($0.utf8) }
    /// Fewest words on either side of a joining word: "black and white" stays whole.
    private static let minimumWords = 3
    /// Fewest words on either side of a comma that splits.
    private static let minimumCommaWords = 2

    /// The words of `clause` before a reason its writer gives ("is possible
    /// to make all sessions in same week because i live far"): the reason
    /// says why they ask, the question is before it. Nil without a reason
    /// after at least three words.
    public static func beforeReason(of clause: Substring) -> Substring? {
        guard hasWord(clause, in: reasonBytes) else { return nil }
        let words = clause.split(separator: " ")
        // "because," as much as "because".
        guard
            let position = words.indices.dropFirst(3).first(where: {
                reasons.contains(String(words[$0].lowercased().filter(\.isLetter)))
            })
        else { return nil }
        return clause[..<words[position].startIndex]
    }

    /// What "what is this …" asks about, without where the writer came
    /// across it: "what's this SMP 3D I saw on a leaflet at the gym?" asks
    /// what SMP 3D is. Nil unless the clause opens so and a writer who saw
    /// or heard it follows.
    public static func beforeSighting(of clause: Substring) -> Substring? {
        // Bytes first: most clauses open with no "wh…" or "wa…"/"wo…".
        guard let first = clause.utf8.first, first | 0x20 == UInt8(ascii: "w") else { return nil }
        let words = clause.split(separator: " ")
        func word(_ position: Int) -> String { words[position].lowercased().filter(\.isLetter) }
        guard words.count >= 5, ["what", "whats", "whit", "whits", "wat", "wots"].contains(word(0)) else { return nil }
        // "what's this…" or "what is this…".
        let start = word(0).hasSuffix("s") ? 1 : 2
        guard ["this", "that"].contains(word(start)) else { return nil }
        guard let opening = ((start + 2)..<(words.count - 1)).first(where: { sightingSubjects.contains(word($0)) }),
            ((opening + 1)..<min(opening + 5, words.count)).contains(where: { sightings.contains(word($0)) })
        else { return nil }
        // "…this SMP 3D that I saw": the "that" joins what was seen.
        let end = ["that", "which"].contains(word(opening - 1)) ? opening - 1 : opening
        return end > start + 1 ? clause[..<words[end].startIndex] : nil
    }
    /// Who came across what is asked about: "I saw", "the barber mentioned".
    private static let sightingSubjects: Set<String> = [
        "i", "we", "ive", "id", "the", "my", "ma", "me", "our", "people", "everyone", "everybody", "he", "she",
        "they", "someone", "somebody", "your",
    ]
    private static let sightings: Set<String> = [
        "saw", "seen", "see", "heard", "hear", "read", "noticed", "spotted", "keep", "keeps", "found", "came", "got",
        "mentioned", "mentions", "said", "says", "talked", "talking", "wis", "was", "on", "advertised", "advertising",
    ]

    /// The words of `clause` before a comparison after a comma that opens
    /// with "like" ("do they start pale and go darker, a bit like a young
    /// bird's plumage?"): the comparison shows what is meant, the question
    /// is before it. Nil unless the clause opens with a question word or a
    /// verb that asks.
    public static func beforeComparison(of clause: Substring) -> Substring? {
        guard
            let cut = firstComma(
                in: clause, openingWith: openers,
                where: { bytes, next in
                    var next = next
                    // "a bit like", "just like", "sort of like": up to two words before it.
                    for _ in 0..<3 {
                        while next < bytes.count && bytes[next] == space { next += 1 }
                        let end = wordEnd(bytes, from: next)
                        guard end > next else { return false }
                        if isWord(next..<end, of: bytes, in: comparisons) {
                            // Not "like," as a filler ("is it safe, like, for
                            // everyone"), nor one before a question ("…, like
                            // will I burn easier?").
                            return end < bytes.count && bytes[end] == space && !opensQuestion(bytes, after: end)
                        }
                        next = end
                    }
                    return false
                })
        else { return nil }
        let question = clause[..<cut]
        // After "something" it gives examples of what is asked about ("must
        // I bring something to the consultation, like old photos?").
        return hasWord(question, in: indefinites) ? nil : question
    }

    private static let contrasts: [[UInt8]] = [Array("not".utf8), Array("opposed".utf8)]

    /// `clause` without what the writer says is not asked: ", not the
    /// redness", ", not just the redness going down", "as opposed to the
    /// redness", to the next comma or the end. Nil without one; "not the"
    /// only after a comma, since "does it not fade?" asks with it and
    /// ", not sure if…" is no contrast.
    public static func withoutContrast(in clause: Substring) -> String? {
        // Bytes first: most clauses contrast nothing.
        guard hasWord(clause, in: contrasts) else { return nil }
        let words = clause.split(separator: " ", omittingEmptySubsequences: true)
        func word(_ position: Int) -> String { words[position].lowercased().filter(\.isLetter) }
        let start = words.indices.dropFirst().first { position in
            switch word(position) {
            // "…, not (just) the redness": not "…, not sure if…" or "…, not too old?"
            case "not" where words[position - 1].hasSuffix(","):
                let next = position + 1 < words.count ? word(position + 1) : ""
                let the = ["just", "only", "merely"].contains(next) ? position + 2 : position + 1
                return the < words.count && word(the) == "the"
            case "as":
                return position + 2 < words.count && word(position + 1) == "opposed" && word(position + 2) == "to"
            default:
                return false
            }
        }
        // A contrast that is the whole rest of a short line leaves too little.
        guard let start, start >= 3 else { return nil }
        let end = words.indices[start...].first(where: { words[$0].hasSuffix(",") }).map { $0 + 1 } ?? words.count
        var kept = words[..<start].joined(separator: " ")
        if end < words.count {
            kept += " " + words[end...].joined(separator: " ")
        } else if kept.hasSuffix(",") {
            kept.removeLast()
        }
        if end == words.count, words.last?.hasSuffix("?") == true, !kept.hasSuffix("?") { kept += "?" }
        return kept
    }

    private static let comparisons: [[UInt8]] = [Array("like".utf8), Array("way".utf8), Array("compared".utf8)]

    /// `clause` without a comparison with something else the writer knows
    /// ("why can't you finish SMP in one sitting like a lash lift?", "will
    /// my SMP need topping up like my anti-wrinkle does, and when?"): from
    /// "like" (or "the way", "compared to") and what it names to the next comma or the end. Nil without
    /// one, or where "like" says how something looks or feels ("does it
    /// look like a tattoo?"): that likeness is what is asked.
    public static func withoutComparison(in clause: Substring) -> String? {
        // Bytes first: most clauses compare nothing.
        guard hasWord(clause, in: comparisons) else { return nil }
        let words = clause.split(separator: " ", omittingEmptySubsequences: true)
        func word(_ position: Int) -> String { words[position].lowercased().filter(\.isLetter) }
        // "like a lash lift", or "the way an old tattoo does": the first
        // word of the comparison, which is cut with what it names.
        func comparisonStart(_ position: Int) -> Int? {
            guard position + 1 < words.count else { return nil }
            // "…need afterwards compared to extensions?"
            if word(position) == "compared", ["to", "with"].contains(word(position + 1)) {
                return likenesses.contains(word(position - 1)) ? nil : position
            }
            guard comparedThings.contains(word(position + 1)) else { return nil }
            let start: Int
            switch word(position) {
            case "like":
                // "kind of like a henna refill": the hedge goes with it.
                start =
                    position >= 3 && word(position - 1) == "of" && hedges.contains(word(position - 2))
                    ? position - 2 : position
            case "way" where position >= 2 && word(position - 1) == "the":
                // "in the way a tattoo is" comes off whole.
                start = position >= 3 && word(position - 2) == "in" ? position - 2 : position - 1
            default: return nil
            }
            // What comes before says whether a likeness is asked ("does it
            // look like…", "is it kind of like…"); "will my head go red after
            // SMP like my brows do?" compares, "is SMP like microblading?" asks.
            let before = word(start - 1)
            let comparesAfterSMP = before == "smp" && start >= 2 && !copulas.contains(word(start - 2))
            return likenesses.contains(before) && !comparesAfterSMP ? nil : start
        }
        guard let like = words.indices.dropFirst().lazy.compactMap(comparisonStart).first else { return nil }
        // To the comma that ends the comparison, if any, or the "or" that
        // asks on ("…permanent like my old tattoo or does it wear off?").
        let end =
            words.indices[like...].first(where: {
                words[$0].hasSuffix(",") || $0 > like + 1 && $0 + 1 < words.count && word($0 + 1) == "or"
            }).map { $0 + 1 } ?? words.count
        var kept = words[..<like].joined(separator: " ")
        if end < words.count { kept += " " + words[end...].joined(separator: " ") }
        // The question mark the comparison took with it.
        if end == words.count, words.last?.hasSuffix("?") == true, !kept.hasSuffix("?") { kept += "?" }
        return kept
    }

    /// What "like" compares a question to: "like a…", "like my…", "like I do…".
    private static let comparedThings: Set<String> = [
        "a", "an", "my", "the", "your", "his", "her", "our", "their", "i", "im", "we", "with", "when", "for",
    ]
    /// Words before "of like" that soften a comparison.
    private static let hedges: Set<String> = ["kind", "sort", "bit"]
    /// Verbs of being before "SMP like…", which then asks a likeness.
    private static let copulas: Set<String> = ["is", "isnt", "was", "wasnt", "be", "its", "thats", "whats"]
    /// Words before "like" that ask about a likeness, not compare to one.
    private static let likenesses: Set<String> = [
        "look", "looks", "looking", "looked", "feel", "feels", "feeling", "felt", "seem", "seems", "sound",
        "sounds", "is", "it", "its", "be", "smp", "just", "more", "much", "same", "similar", "something", "thing",
        "anything", "kind", "sort", "bit", "would", "id", "youd", "wed", "theyd", "hed", "shed", "not",
    ]
    private static let indefinites: [[UInt8]] = [
        "something", "anything", "stuff", "things", "thing", "someone", "anyone", "somewhere", "anywhere",
    ].map { Array($0.utf8) }

    /// A question and the remark about its writer, or about who else talks
    /// of it, after a comma: "how many treatments does it take, im a farmer
    /// and flat out in summer", "how many visits is it, so I can plan around
    /// the baby's due date", "what even is SMP, one of the lads keeps on
    /// about it". Nil unless the clause opens with a question word.
    public static func beforeAside(of clause: Substring) -> (question: Substring, aside: Substring)? {
        guard
            let cut = firstComma(
                in: clause, openingWith: whWords,
                where: { bytes, next in
                    var next = next
                    while next < bytes.count && bytes[next] == space { next += 1 }
                    let end = wordEnd(bytes, from: next)
                    if isWord(next..<end, of: bytes, in: writers) || isWord(next..<end, of: bytes, in: others) {
                        return true
                    }
                    // "…, so I can plan around it" says why they ask.
                    guard isWord(next..<end, of: bytes, in: purposes) else { return false }
                    var after = end
                    while after < bytes.count && bytes[after] == space { after += 1 }
                    return isWord(after..<wordEnd(bytes, from: after), of: bytes, in: purposeFollowers)
                })
        else { return nil }
        return (clause[..<cut], clause[clause.utf8.index(after: cut)...])
    }

    /// Where the first comma of `clause` is after which `follows` holds (it
    /// is given the offset just past the comma), when the clause opens with
    /// one of `openingWords`; nil otherwise.
    private static func firstComma(
        in clause: Substring, openingWith openingWords: [[UInt8]],
        where follows: (UnsafeBufferPointer<UInt8>, Int) -> Bool
    ) -> Substring.Index? {
        var text = clause
        let position = text.withUTF8 { bytes -> Int? in
            var start = 0
            while start < bytes.count && bytes[start] == space { start += 1 }
            guard isWord(start..<wordEnd(bytes, from: start), of: bytes, in: openingWords) else { return nil }
            return bytes.indices.first { bytes[$0] == comma && follows(bytes, $0 + 1) }
        }
        return position.map { clause.utf8.index(clause.utf8.startIndex, offsetBy: $0) }
    }

    /// Whether `clause` opens, after a joining word or none, with "what
    /// about" or "how about", which ask the question before it again of
    /// something else: "Are you open in August? What about during Bajram?"
    public static func asksWhatAbout(_ clause: some StringProtocol) -> Bool {
        var text = Substring(clause)
        return text.withUTF8 { bytes in
            var words: [Range<Int>] = []
            var index = 0
            while index < bytes.count && words.count < 3 {
                guard isLetter(bytes[index]) else {
                    index += 1
                    continue
                }
                let end = wordEnd(bytes, from: index)
                words.append(index..<end)
                index = end
            }
            let start = words.first.map { isWord($0, of: bytes, in: leadIns) } == true ? 1 : 0
            return words.count > start + 1 && isWord(words[start], of: bytes, in: aboutAskers)
                && isWord(words[start + 1], of: bytes, in: aboutWord)
        }
    }

    private static let aboutAskers: [[UInt8]] = ["what", "how"].map { Array($0.utf8) }
    private static let aboutWord: [[UInt8]] = [Array("about".utf8)]

    /// Words that open a remark a writer makes about themself.
    private static let writers: [[UInt8]] = ["i", "im", "ive", "id", "my", "we", "our"].map { Array($0.utf8) }
    /// Words that open a remark about who else talks of it: "what even is
    /// SMP, one of the lads keeps banging on about it".
    private static let others: [[UInt8]] = [
        "one", "everyone", "everybody", "someone", "somebody",
    ].map { Array($0.utf8) }
    /// Words that, before a writer ("so I can…", "so that…"), open the
    /// purpose of a question, and what may follow them.
    private static let purposes: [[UInt8]] = ["so"].map { Array($0.utf8) }
    private static let purposeFollowers: [[UInt8]] = writers + ["that"].map { Array($0.utf8) }

    /// Words that give a reason, as typed.
    private static let reasons: Set<String> = ["because", "coz", "cos", "cuz", "bcoz", "becuz", "becoz", "bcause"]
    private static let reasonBytes = reasons.map { Array($0.utf8) }

    /// Whether one of `clause`'s words, after its first and within its first
    /// `limit`, is one of `list`: read on the bytes, so that most clauses,
    /// which hold none, are passed by before any word is cut out.
    private static func hasWord(_ clause: Substring, in list: [[UInt8]], limit: Int = .max) -> Bool {
        var text = clause
        return text.withUTF8 { bytes in
            var start = 0
            var count = 0
            while start < bytes.count && count < limit {
                while start < bytes.count && !isLetter(bytes[start]) { start += 1 }
                let end = wordEnd(bytes, from: start)
                if end > start {
                    if count > 0 && isWord(start..<end, of: bytes, in: list) { return true }
                    count += 1
                }
                start = max(end, start + 1)
            }
            return false
        }
    }

    /// Whether a verb of reporting ("says", "reckons") is among the first
    /// words of `clause`, where a reported claim of what SMP is names it.
    public static func opensWithReport(_ clause: some StringProtocol) -> Bool {
        hasWord(Substring(clause), in: reportingVerbBytes, limit: 8)
    }

    /// The claim a clause reports, without who made it and the check after
    /// it: "A friend said one session is enough, is that true?" holds "one
    /// session is enough". The client asks about the claim; "said" and
    /// "true" are no topic's words, and dilute it. Nil unless a verb of
    /// saying comes within the first few words, after its speaker, at least
    /// three words follow, and the clause does not open with a question word.
    public static func reported(in clause: Substring) -> Substring? {
        // A few words more than below: "night-shift" is one word there, two here.
        guard hasWord(clause, in: reportingVerbBytes, limit: 10) else { return nil }
        let words = clause.split(separator: " ")
        func word(_ position: Int) -> String { words[position].lowercased().filter(\.isLetter) }
        // In "what's this 3D my therapist mentioned…" the question is asked
        // of what was said, not of a claim.
        guard !words.isEmpty, !whWordSet.contains(word(0)),
            let verb = words.indices.dropFirst().prefix(8).first(where: { reportingVerbs.contains(word($0)) })
        else { return nil }
        var start = verb + 1
        while start < words.count, listeners.contains(word(start)) { start += 1 }
        // "I read online that…", "someone told me on a forum that…".
        if let that = words.indices[start..<min(start + 4, words.count)].first(where: { word($0) == "that" }),
            (start..<that).allSatisfy({ whereHeard.contains(word($0)) })
        {
            start = that + 1
        }
        var end = words.count
        // The check after the claim ("…, is that right?", "…, am I wrong?"),
        // however long the other guess it offers ("…, is that normal or did
        // he just pick a bad clinic?").
        if let comma = words.indices[start...].last(where: { words[$0].hasSuffix(",") }), comma + 1 < words.count,
            words.count - comma - 1 <= 6
                || words.indices[(comma + 2)...].prefix(4).contains(where: { word($0) == "or" }),
            checks.contains(word(comma + 1))
        {
            end = comma + 1
        }
        guard end - start >= 3 else { return nil }
        let claim = clause[words[start].startIndex..<words[end - 1].endIndex]
        return claim.hasSuffix(",") ? claim.dropLast() : claim
    }

    /// A number someone had, before a check whether it is usual: "my cousin
    /// had five goes, is that normal or did they see him coming?" holds "my
    /// cousin had five goes". Nil unless the clause names a number before
    /// the check.
    public static func checkedNumber(in clause: Substring) -> Substring? {
        // Bytes: a comma or full stop is one byte, and most clauses have
        // none. The check may be a sentence of its own ("He had five goes.
        // Is that normal?"); a point inside a number ("1.5") ends nothing.
        let utf8 = clause.utf8
        guard
            let mark = utf8.indices.last(where: { index in
                utf8[index] == UInt8(ascii: ",")
                    || utf8[index] == UInt8(ascii: ".") && utf8[utf8.index(after: index)...].first == space
            })
        else { return nil }
        let claim = clause[..<mark]
        let check = Tokenizer.tokens(clause[clause.utf8.index(after: mark)...])
        guard check.count >= 3, usualChecks.contains(check[0...2].joined(separator: " ")),
            Tokenizer.tokens(claim).contains(where: { $0.allSatisfy(\.isNumber) || numberWords.contains($0) })
        else { return nil }
        return claim
    }
    private static let usualChecks: Set<String> = [
        "is that normal", "is that usual", "is this normal", "was that normal", "was that usual", "is that typical",
        "is that standard", "is that common",
    ]
    private static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]

    /// Verbs by which a client reports what they were told or read.
    private static let reportingVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "reckons", "reckon", "reckoned", "claims", "claimed", "heard",
        "read", "mentioned", "swears", "swore", "insists", "insisted", "thinks", "warned", "saying",
    ]
    private static let reportingVerbBytes = reportingVerbs.map { Array($0.utf8) }
    /// Who was told, between the verb and the claim.
    private static let listeners: Set<String> = ["me", "us", "him", "her", "them"]
    /// Where a claim was heard, between the verb and its "that".
    private static let whereHeard: Set<String> = [
        "online", "somewhere", "recently", "once", "before", "on", "in", "a", "an", "the", "forum", "internet",
        "article", "reddit", "youtube", "tiktok", "video", "blog",
    ]
    /// First words of the check a client puts after a claim.
    private static let checks: Set<String> = [
        "is", "isnt", "am", "are", "arent", "have", "has", "true", "right", "correct", "or", "does", "doesnt", "did",
        "didnt", "was", "can", "cant", "will", "wont",
    ]

    /// A line without the closing of its e-mail ("…? Cheers, Kev", "….
    /// Kind regards"), and whether that closing is a move of its own
    /// (thanks or goodbye); nil without one. A
    /// closing adds words no topic has: read with them, a question is diluted.
    /// Bytes, as the splitter: every line of a batch passes here.
    public static func signOff(of line: String) -> (body: Substring, moves: Bool)? {
        var line = line
        let found: (cut: Int, moves: Bool)? = line.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == space || bytes[end - 1] == dot || bytes[end - 1] == bang { end -= 1 }
            guard end > 0 else { return nil }
            // Most lines end with their question, which no closing follows;
            // one may still take its question mark after a comma ("any side
            // effects I should know about, bye?").
            let asked = bytes[end - 1] == UInt8(ascii: "?")
            if asked { end -= 1 }
            // A closing is a few words at the end: look no further back.
            let floor = max(0, end - 40)
            var boundaries = 0
            var position = end
            while position > floor, boundaries < 3 {
                position -= 1
                let mark = bytes[position]
                guard mark == dot || mark == UInt8(ascii: "?") || mark == bang || mark == comma else { continue }
                boundaries += 1
                guard !asked || mark == comma else { continue }
                let nameStart = (position + 1..<end).first { bytes[$0] == comma }
                let head = position + 1..<(nameStart ?? end)
                guard let closing = closings.first(where: { sameWords(bytes, head, $0.words) }) else { continue }
                // A name after it, of a word or two.
                if let nameStart, !isName(bytes, nameStart + 1..<end) { continue }
                return (mark == comma ? position : position + 1, closing.moves)
            }
            return nil
        }
        guard let found else { return nil }
        let body = line[..<line.utf8.index(line.utf8.startIndex, offsetBy: found.cut)]
        return body.contains(where: \.isLetter) ? (body, found.moves) : nil
    }

    /// Closings of a message, and whether each thanks or says goodbye.
    private static let closings: [(words: [UInt8], moves: Bool)] = [
        ("thanks", true), ("thank you", true), ("many thanks", true), ("thanks again", true),
        ("thanks in advance", true), ("cheers", true), ("ta", true), ("best", false), ("best wishes", false),
        ("regards", false), ("kind regards", false), ("warm regards", false), ("best regards", false),
        ("yours", false), ("yours sincerely", false), ("sincerely", false), ("all the best", false),
        ("take care", false), ("bye", true), ("bye bye", true), ("bye for now", true), ("goodbye", true),
        ("see ya", true), ("see you", true),
    ].map { (Array($0.0.utf8), $0.1) }

    /// `line` with each dash set between spaces read as a comma: "my cohost
    /// wants the big picture first — why do people lose their hair?" asks
    /// after its chatter as after a comma. Not a dash between numbers ("3 -
    /// 5 sessions"). Nil when the line has no such dash, as most do; else
    /// the line so read and what comes before its first dash.
    public static func dashesAsCommas(_ line: String) -> (line: String, beforeDash: Substring)? {
        var text = line
        let read = text.withUTF8 { bytes -> (line: String, firstDash: Int)? in
            var output: [UInt8] = []
            var position = 0
            var found = false
            var firstDash = 0
            while position < bytes.count {
                if bytes[position] == space, position > 0,
                    let dash = dashes.first(where: { dash in
                        let end = position + 1 + dash.count
                        return end < bytes.count && bytes[end] == space
                            && zip(dash.indices, dash).allSatisfy { bytes[position + 1 + $0] == $1 }
                    }),
                    !isDigit(bytes[position - 1]), position + dash.count + 2 < bytes.count,
                    !isDigit(bytes[position + dash.count + 2])
                {
                    if !found {
                        output = Array(bytes[..<position])
                        firstDash = position
                    }
                    output += [comma, space]
                    position += dash.count + 2
                    found = true
                    continue
                }
                if found { output.append(bytes[position]) }
                position += 1
            }
            return found ? (String(decoding: output, as: UTF8.self), firstDash) : nil
        }
        guard let read else { return nil }
        return (read.line, line[..<line.utf8.index(line.utf8.startIndex, offsetBy: read.firstDash)])
    }

    /// A hyphen, two, an en dash and an em dash, as typed between spaces.
    private static let dashes: [[UInt8]] = [[0x2D], [0x2D, 0x2D], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94]]

    /// A line without the greeting that opens it ("Hi there, …", "Dear
    /// clinic, …"); nil without one. With `addressed`, also without whom it
    /// greets ("Alright butt, …", "Hi Sarah, …").
    public static func withoutGreeting(_ line: String, addressed: Bool = false) -> Substring? {
        var line = line
        let cut: Int? = line.withUTF8 { bytes in
            guard let mark = (0..<min(bytes.count, 32)).first(where: { bytes[$0] == comma || bytes[$0] == bang })
            else { return nil }
            guard addressed else {
                return greetings.contains(where: { sameWords(bytes, 0..<mark, $0) }) ? mark + 1 : nil
            }
            var words: [Range<Int>] = []
            var start = 0
            while start < mark {
                while start < mark && bytes[start] == space { start += 1 }
                guard start < mark else { break }
                let end = wordEnd(bytes, from: start)
                guard end > start, end == mark || bytes[end] == space else { return nil }
                words.append(start..<end)
                start = end
            }
            guard words.count >= 2 else { return nil }
            for split in 1..<min(words.count, 4) where words.count - split <= 2 {
                guard greetings.contains(where: { sameWords(bytes, 0..<words[split - 1].upperBound, $0) }) else {
                    continue
                }
                let named = words[split...].allSatisfy { word in
                    isWord(word, of: bytes, in: addressees)
                        || bytes[word.lowerBound] >= UInt8(ascii: "A") && bytes[word.lowerBound] <= UInt8(ascii: "Z")
                }
                return named ? mark + 1 : nil
            }
            return nil
        }
        guard let cut else { return nil }
        let rest = line[line.utf8.index(line.utf8.startIndex, offsetBy: cut)...]
        return rest.contains(where: \.isLetter) ? rest : nil
    }

    /// Greetings that open a message.
    private static let greetings: [[UInt8]] = [
        "hi", "hello", "hey", "hiya", "hi there", "hello there", "hey there", "dear clinic", "dear team",
        "dear sir or madam", "dear sir", "dear madam", "good morning", "good afternoon", "good evening", "morning",
        "afternoon", "evening", "to whom it may concern", "greetings", "hi all", "hello all", "hi team", "hello team",
        "alright", "all right", "ey up", "howdy", "yo",
    ].map { Array($0.utf8) }

    /// Whom a greeting greets: "hi mate", "alright butt".
    private static let addressees: [[UInt8]] = [
        "mate", "mates", "butt", "butty", "bud", "buddy", "pal", "bro", "bruv", "guys", "all", "team", "folks", "doc",
        "doctor", "there", "everyone", "everybody", "sir", "madam", "hen", "love", "lads", "man", "boss", "friend",
        "friends", "yall", "chief", "fam", "again",
    ].map { Array($0.utf8) }

    /// Whether the words of `bytes[range]`, in any case and with any spaces
    /// around and between them, are `words` (lower case, one space apart).
    private static func sameWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [UInt8]) -> Bool {
        var index = range.lowerBound
        var end = range.upperBound
        while index < end && bytes[index] == space { index += 1 }
        while end > index && bytes[end - 1] == space { end -= 1 }
        var matched = 0
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte == space && bytes[index - 2] == space { continue }
            guard matched < words.count, words[matched] == (isLetter(byte) ? byte | 0x20 : byte) else { return false }
            matched += 1
        }
        return matched == words.count
    }

    /// Whether `bytes[range]` is a name of one or two words.
    private static func isName(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var words = 0
        var inWord = false
        for index in range {
            let byte = bytes[index]
            if byte == space {
                inWord = false
            } else if isLetter(byte) || byte >= 0x80 {
                if !inWord { words += 1 }
                inWord = true
            } else {
                return false
            }
        }
        return (1...2).contains(words)
    }

    private static let space = UInt8(ascii: " ")
    private static let dot = UInt8(ascii: ".")
    private static let bang = UInt8(ascii: "!")
    private static let comma = UInt8(ascii: ",")

    /// Whether the first word of `clause` is one of `list`, in any case.
    static func firstWord(of clause: Substring, isOneOf list: [[UInt8]]) -> Bool {
        var clause = clause
        return clause.withUTF8 { bytes in
            var start = 0
            while start < bytes.count && !isLetter(bytes[start]) { start += 1 }
            guard start < bytes.count else { return false }
            return isWord(start..<wordEnd(bytes, from: start), of: bytes, in: list)
        }
    }

    public static func clauses(of line: String) -> [Substring] {
        var line = line
        guard let ranges = line.withUTF8({ mayHaveSeveralClauses($0) ? clauseRanges(in: $0) : nil }) else {
            return [line[...]]
        }
        let utf8 = line.utf8
        var clauses: [Substring] = []
        for range in ranges {
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            // A tag ("…everything, isn't it?") belongs to the clause it ends.
            if let last = clauses.last, isTag(line[start..<end]) {
                clauses[clauses.count - 1] = line[last.startIndex..<end]
            } else {
                clauses.append(line[start..<end])
            }
        }
        return clauses
    }

    /// False when the line surely is one clause: no sentence end before its
    /// last few bytes and too few spaces for "x x x and how x x". Most lines.
    private static func mayHaveSeveralClauses(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only a letter after a sentence end can start another clause.
        guard
            let lastLetter = bytes.lastIndex(where: {
                ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || $0 >= 0x80
            })
        else { return false }
        var spaces = 0
        for index in 0..<lastLetter {
            switch bytes[index] {
            case UInt8(ascii: " "):
                spaces += 1
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "\n"), 0xF0:
                return true
            case UInt8(ascii: ","):
                if opensQuestion(bytes, after: index) { return true }
            case UInt8(ascii: ":"):
                if bytes[index + 1] == UInt8(ascii: " ") { return true }
            case UInt8(ascii: ")"):
                if listMarker(endingBefore: index, in: bytes) != nil { return true }
            default:
                continue
            }
        }
        return spaces >= 2 * minimumWords
    }

    /// Whether `clause` (a clause of `line`) asks something: it ends with a
    /// question mark or opens with a question word, perhaps after a lead-in
    /// ("also how long…"). Chatter around a question ("I've been reading up
    /// on this.") asks nothing.
    public static func asks(_ clause: Substring, in line: String) -> Bool {
        if line[clause.endIndex...].first(where: { $0 != " " }) == "?" { return true }
        var clause = clause
        let opens = clause.withUTF8 { bytes in
            var start = 0
            while start < bytes.count && !isLetter(bytes[start]) { start += 1 }
            guard start < bytes.count else { return false }
            let first = start..<wordEnd(bytes, from: start)
            // Without a question mark, "Can't get time off work" is a statement.
            if isWord(first, of: bytes, in: negatives) { return false }
            if opensQuestion(bytes, after: start - 1) { return true }
            if isWord(first, of: bytes, in: leadIns) && opensQuestion(bytes, after: first.upperBound) { return true }
            if isWord(first, of: bytes, in: conditionOpeners) && asksAfterCondition(bytes, from: first.upperBound) {
                return true
            }
            // "The colour you put in the skin, what is it made from": a
            // question word after a comma asks too.
            return bytes.indices.contains { bytes[$0] == UInt8(ascii: ",") && opensQuestion(bytes, after: $0) }
        }
        return opens || asksIndirectly(clause) || invertsInAQuestion(clause, in: line) || endsOnAQuestionWord(clause)
    }

    /// Whether a question word and its verb follow a condition without a
    /// comma: "if i get this done what am i not allowed to do." asks,
    /// question mark or not; "if I knew what it was I would not ask" does not.
    private static func asksAfterCondition(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var position = start
        var previous: Range<Int>? = nil
        while position < bytes.count {
            guard isLetter(bytes[position]) else {
                position += 1
                continue
            }
            let word = position..<wordEnd(bytes, from: position)
            if let previous, isWord(previous, of: bytes, in: whWords),
                isWord(word, of: bytes, in: openers)
                    || isWord(word, of: bytes, in: howMeasures) && isWord(previous, of: bytes, in: howWord)
            {
                return true
            }
            previous = word
            position = word.upperBound
        }
        return false
    }

    /// Words that open a condition before the question of a clause.
    private static let conditionOpeners: [[UInt8]] = ["if", "once", "after", "before"].map { Array($0.utf8) }

    /// Whether the question word comes last, where many languages put it:
    /// "the pigment is made of what", "each session costs how much".
    private static func endsOnAQuestionWord(_ clause: Substring) -> Bool {
        var clause = clause
        return clause.withUTF8 { bytes in
            // Read from the end: every clause of a batch passes through here.
            func word(endingBy limit: Int) -> Range<Int> {
                var end = limit
                while end > 0 && !isLetter(bytes[end - 1]) { end -= 1 }
                var start = end
                while start > 0 && (isLetter(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "'")) { start -= 1 }
                return start..<end
            }
            let last = word(endingBy: bytes.count)
            return !last.isEmpty && endsOnQuestionWord(last: last, before: word(endingBy: last.lowerBound), of: bytes)
        }
    }

    /// Whether `last`, with the word `before` it, is a question word that
    /// ends a clause: "what", or "how" and a measure ("how much").
    private static func endsOnQuestionWord(last: Range<Int>, before: Range<Int>?, of bytes: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        if isWord(last, of: bytes, in: inSituQuestionWords) { return true }
        guard let before else { return false }
        return isWord(last, of: bytes, in: howMeasures) && isWord(before, of: bytes, in: howWord)
    }

    private static let inSituQuestionWords: [[UInt8]] = ["what", "when", "where", "which", "who"].map { Array($0.utf8) }
    private static let howMeasures: [[UInt8]] = ["much", "many", "long", "often", "soon", "far"].map { Array($0.utf8) }
    private static let howWord: [[UInt8]] = [Array("how".utf8)]
    /// What "how much" or "how many" may measure at the end of a question.
    private static let measuredNouns: [[UInt8]] = [
        "money", "time", "days", "weeks", "months", "years", "hours", "sessions", "visits", "times",
    ].map { Array($0.utf8) }

    /// Whether `clause` puts a verb before its subject early on ("At the
    /// consultation do we talk about where my hairline sits") in a sentence
    /// that ends with a question mark, after the clauses split from it
    /// ("…, and what colour to use?").
    private static func invertsInAQuestion(_ clause: Substring, in line: String) -> Bool {
        // Bytes: most clauses of a batch that ask nothing pass here.
        let ends: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), 10]
        guard line.utf8[clause.endIndex...].first(where: ends.contains) == UInt8(ascii: "?") else { return false }
        var text = clause
        return text.withUTF8 { bytes in
            var words: [Range<Int>] = []
            var start = 0
            while start < bytes.count && words.count < inversionReach + 1 {
                while start < bytes.count && !isLetter(bytes[start]) { start += 1 }
                let end = wordEnd(bytes, from: start)
                if end > start { words.append(start..<end) }
                start = max(end, start + 1)
            }
            return words.indices.dropLast().contains { position in
                isWord(words[position], of: bytes, in: openers) && !isWord(words[position], of: bytes, in: negatives)
                    && isWord(words[position + 1], of: bytes, in: subjects)
            }
        }
    }

    /// How many words into a clause a verb put before its subject still asks.
    private static let inversionReach = 6

    /// Whether the clause asks in the manner of a letter: "I'd like to know
    /// how long…", "I was wondering whether…", "could you tell me which…",
    /// "I'm not sure if…". Not "I know what SMP is": knowing asks only after
    /// "like to", "want to", "do you".
    static func asksIndirectly(_ clause: Substring) -> Bool {
        let tokens = Tokenizer.tokens(clause)
        func embeds(_ position: Int) -> Bool {
            position < tokens.count && embeddedOpeners.contains(tokens[position])
        }
        for (position, token) in tokens.enumerated() {
            let previous = position > 0 ? tokens[position - 1] : ""
            switch token {
            case "wondering", "wonder", "wondered", "curious", "unsure":
                if embeds(position + 1) { return true }
            case "know":
                // "I'd like to know how", "do you know if", "I want know step by step how";
                // not "…like I'm supposed to know what it is".
                let expected = position >= 2 && ["supposed", "expected", "meant"].contains(tokens[position - 2])
                if ["to", "you", "want", "wanna", "need"].contains(previous) && !(previous == "to" && expected)
                    && (position + 1...position + 4).contains(where: embeds)
                {
                    return true
                }
            case "sure":
                if previous == "not" && embeds(position + 1) { return true }
            case "tell", "advise", "confirm":
                // Not "let me tell you what happened".
                if embeds(position + 1)
                    || (position + 1 < tokens.count && ["me", "us"].contains(tokens[position + 1]))
                        && embeds(position + 2)
                {
                    return true
                }
            case "explain", "clarify", "describe":
                // "could you explain in plain words what smp is", not "I'd
                // rather not have to explain to him why…".
                let asker = position >= 2 ? tokens[position - 2] : ""
                let requested =
                    position == 0 || ["you", "u", "please", "pls", "plz", "kindly"].contains(previous)
                    || ["could", "can", "would"].contains(previous) && ["you", "u"].contains(asker)
                if requested && (position + 1...position + 4).contains(where: embeds) { return true }
            case "understand", "learn":
                // "I'd be grateful to learn what…", "I want to understand how…"
                if previous == "to" && (position + 1...position + 4).contains(where: embeds) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// The questions inside a clause of chatter, each from its question word
    /// to the next comma: "…but i dont get it, can you explain what smp is"
    /// holds "what smp is". A question word counts where a comma or a joining
    /// word comes before it, or a verb of knowing or telling a few words
    /// before it ("I'd like to know step by step how…"). In order of place.
    public static func cores(of clause: Substring) -> [Substring] {
        var clause = clause
        // Bytes, as the splitter: every refused line of a batch passes here.
        let ranges = clause.withUTF8 { bytes -> [Range<Int>] in
            var words: [(range: Range<Int>, afterComma: Bool)] = []
            var index = 0
            var comma = false
            while index < bytes.count {
                let byte = bytes[index]
                guard isLetter(byte) || byte == UInt8(ascii: "'") || byte >= 0x80 else {
                    if byte == UInt8(ascii: ",") { comma = true }
                    index += 1
                    continue
                }
                let start = index
                while index < bytes.count
                    && (isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "'") || bytes[index] >= 0x80)
                {
                    index += 1
                }
                words.append((start..<index, comma))
                comma = false
            }
            var cores: [Range<Int>] = []
            // A question word that opens the clause asks up to a comma that
            // ends it: "what even is SMP, my whole feed is talking about it".
            // Not "when", which more often sets a scene ("When it fades, …").
            // A comma before the first word (", what is it, …") ends nothing.
            if let first = words.first, isWord(first.range, of: bytes, in: whWords),
                !isWord(first.range, of: bytes, in: sceneSetters),
                let next = words.indices.dropFirst().first(where: { words[$0].afterComma })
            {
                cores.append(first.range.lowerBound..<words[next - 1].range.upperBound)
            }
            for position in words.indices.dropFirst() {
                // Every opener starts with w, h or i: most words are passed by here.
                let first = bytes[words[position].range.lowerBound] | 0x20
                guard first == UInt8(ascii: "w") || first == UInt8(ascii: "h") || first == UInt8(ascii: "i"),
                    isWord(words[position].range, of: bytes, in: coreOpeners)
                else { continue }
                let opens =
                    isWord(words[position].range, of: bytes, in: whWords)
                    && (words[position].afterComma || isWord(words[position - 1].range, of: bytes, in: leadIns))
                    || words[max(0, position - 4)..<position].contains { isWord($0.range, of: bytes, in: knowingVerbs) }
                guard opens else { continue }
                let next = words[(position + 1)...].firstIndex { $0.afterComma }
                let end = next.map { words[$0 - 1].range.upperBound } ?? bytes.count
                cores.append(words[position].range.lowerBound..<end)
            }
            return cores
        }
        let utf8 = clause.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return clause[start..<utf8.index(start, offsetBy: range.count)]
        }
    }

    /// `core` up to a word that joins another clause to it ("what is it
    /// actually and how does it…", "what it is cos I haven't a clue"), or
    /// nil without one.
    public static func beforeJoiningWord(in core: Substring) -> Substring? {
        let words = core.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 2,
            let joint = words.indices.dropFirst(2).first(where: {
                clauseJoiners.contains(words[$0].lowercased().filter(\.isLetter))
            })
        else { return nil }
        return core[..<words[joint - 1].endIndex]
    }

    /// Words that join a second clause to a question.
    private static let clauseJoiners: Set<String> = [
        "and", "or", "but", "so", "cos", "coz", "cuz", "because", "before", "since", "as",
    ]

    /// The requests inside a clause of chatter, each from "want to", "like
    /// to" or the like to the next comma: "my brother saw my results and
    /// wants to book a consultation" holds "wants to book a consultation".
    public static func requests(in clause: Substring) -> [Substring] {
        // Most clauses hold no "to": they are passed by without splitting.
        var text = clause
        let hasTo = text.withUTF8 { bytes in
            bytes.count > 3
                && (1..<bytes.count - 2).contains {
                    bytes[$0] | 0x20 == UInt8(ascii: "t") && bytes[$0 + 1] | 0x20 == UInt8(ascii: "o")
                        && bytes[$0 - 1] == space && bytes[$0 + 2] == space
                }
        }
        guard hasTo else { return [] }
        let words = clause.split(whereSeparator: { $0 == " " })
        var requests: [Substring] = []
        for position in words.indices.dropLast() {
            let word = words[position].lowercased().filter(\.isLetter)
            guard wishes.contains(word), words[position + 1].lowercased() == "to" else { continue }
            // "Jackie wants to know, if…" opens a question; it requests nothing.
            if position + 2 < words.count,
                knowingVerbs.contains(Array(words[position + 2].lowercased().filter(\.isLetter).utf8))
            {
                continue
            }
            let rest = clause[words[position].startIndex...]
            requests.append(rest[..<(rest.firstIndex(of: ",") ?? rest.endIndex)])
        }
        return requests
    }

    /// The questions that open after a comma in a clause of chatter, each
    /// to the clause's end: "Night-shift worker here, can I get a
    /// consultation booked?" holds "can I get a consultation booked?".
    public static func questionsAfterCommas(in clause: Substring) -> [Substring] {
        var text = clause
        let starts = text.withUTF8 { bytes in
            bytes.indices.filter { bytes[$0] == comma && opensQuestion(bytes, after: $0) }
        }
        let utf8 = clause.utf8
        return starts.map { clause[utf8.index(utf8.startIndex, offsetBy: $0 + 1)...] }
    }

    /// Words that, before "to", ask for something to be done.
    private static let wishes: Set<String> = ["want", "wants", "wanted", "like", "love", "keen", "ready", "hoping"]

    /// Words that may open the question inside a clause.
    private static let coreOpeners: [[UInt8]] = whWords + ["if", "whether"].map { Array($0.utf8) }
    /// Verbs after which a question word asks: "I want know how…", "tell me what…".
    private static let knowingVerbs: [[UInt8]] = [
        "know", "wondering", "wonder", "wondered", "curious", "explain", "tell", "understand", "sure", "unsure",
        "ask", "asking", "asked", "asks", "enquire", "enquiring", "enquired", "inquire", "inquiring", "inquired",
        "learn", "find", "clarify", "confirm", "advise",
    ].map { Array($0.utf8) }

    /// Whether `clause` states or asks what SMP is: after a lead-in ("so",
    /// "ok") or a check ("am I right that"), it opens with SMP, "it", "this"
    /// or "that" and "is" or a verb of what it does ("so it's dots of ink
    /// that look like a buzz cut, right?", "SMP just makes a bald head look
    /// shaved?"), or with "is" and one of them ("is SMP basically fake
    /// stubble?").
    public static func claimsIdentity(_ clause: some StringProtocol) -> Bool { identityClaim(in: clause) != nil }

    /// The words of the claim `claimsIdentity` finds in `clause`, from what
    /// it calls SMP on, without the lead-in or who reported it; nil without
    /// one.
    public static func identityClaim(in clause: some StringProtocol) -> String? {
        // "smp = the little ink dots…": an equals sign says "is".
        let said =
            clause.utf8.contains(UInt8(ascii: "="))
            ? clause.replacingOccurrences(of: "=", with: " is ") : String(clause)
        var tokens = Tokenizer.tokens(said)[...]
        var stripped = true
        while stripped {
            stripped = false
            while let first = tokens.first, identityLeadIns.contains(first) { tokens = tokens.dropFirst() }
            // "Am I right that…", "is it true that…": the claim follows.
            for phrase in identityChecks where tokens.starts(with: phrase) {
                tokens = tokens.dropFirst(phrase.count)
                stripped = true
                break
            }
            // "My wife says it's just dots…": a claim reported is checked too.
            if let verb = tokens.prefix(4).firstIndex(where: reportingVerbs.contains) {
                tokens = tokens[(verb + 1)...]
                while let first = tokens.first, first == "that" || listeners.contains(first) {
                    tokens = tokens.dropFirst()
                }
                stripped = true
            }
        }
        // "Scalp micropigmentation is…" names SMP in two words.
        // So does "is scalp micropigmentation…".
        if tokens.first == "scalp", tokens.dropFirst().first?.hasPrefix("micro") == true { tokens = tokens.dropFirst() }
        if tokens.first == "is", tokens.dropFirst().first == "scalp",
            tokens.dropFirst(2).first?.hasPrefix("micro") == true
        {
            tokens = ["is"] + tokens.dropFirst(2)
        }
        // "so its ink dots…": written without its apostrophe, "it's".
        if tokens.first == "its" { tokens = ["it", "is"] + tokens.dropFirst() }
        guard tokens.count >= 3 else { return nil }
        let first = tokens[tokens.startIndex]
        let second = tokens[tokens.startIndex + 1]
        let claims =
            identitySubjects.contains(first) && (second == "is" || identityVerbs.contains(second))
            || first == "is" && identitySubjects.contains(second)
        return claims ? tokens.joined(separator: " ") : nil
    }

    /// Whether `clause` ends by asking what SMP is after a guess at it: "is
    /// it some kind of wig, or what is it exactly?" asks what it is,
    /// whatever the guess names. Not "…, or what is it made of?".
    public static func endsAskingWhatItIs(_ clause: some StringProtocol) -> Bool {
        // Read on the bytes first: most clauses hold no "or".
        guard hasWord(Substring(clause), in: orWord) else { return false }
        let tokens = Tokenizer.tokens(clause)
        guard let or = tokens.lastIndex(of: "or"), or >= 2 else { return false }
        let asked = tokens[(or + 1)...].filter { !askingAdverbs.contains($0) }
        guard let subject = asked.last(where: identitySubjects.contains) else { return false }
        return asked == ["what", "is", subject] || asked == ["whats", subject] || asked == ["what", subject, "is"]
    }

    private static let orWord: [[UInt8]] = [Array("or".utf8)]

    /// Words that stress "what is it" without changing what it asks.
    private static let askingAdverbs: Set<String> = ["exactly", "really", "actually", "then", "anyway", "precisely"]

    /// Openings that check the claim after them.
    private static let identityChecks: [[String]] = [
        "am i right that", "am i correct that", "am i right in thinking", "is it true that", "is it right that",
        "the idea is", "the whole idea is", "if i understand correctly", "if i understand", "i think",
    ].map { $0.split(separator: " ").map(String.init) }
    /// Verbs with which a claim says what SMP does: "SMP just makes a bald
    /// head look shaved?"
    private static let identityVerbs: Set<String> = [
        "makes", "gives", "puts", "uses", "creates", "just", "basically", "only", "does",
    ]

    /// Words before a claim that say nothing of it.
    private static let identityLeadIns: Set<String> = [
        "so", "ok", "okay", "right", "wait", "yo", "ngl", "basically", "um", "hmm", "and", "but", "lol", "just",
        "sorry", "hi", "hey", "hello",
    ]
    /// What a claim of what SMP is may call it.
    private static let identitySubjects: Set<String> = ["smp", "it", "this", "that", "micropigmentation"]

    /// Whether the clause's first question word asks for a fact ("how",
    /// "what"), not for a yes or no ("is", "should", "can").
    public static func asksForFact(_ clause: some StringProtocol) -> Bool {
        var previous = ""
        for token in Tokenizer.tokens(clause) {
            if whWordSet.contains(token) { return true }
            // After its subject a verb states ("I'd like to know what…"):
            // only before it does it open a question.
            if openerSet.contains(token) && !statingSubjects.contains(previous) { return false }
            previous = token
        }
        return false
    }

    /// Subjects after which a verb states rather than asks.
    private static let statingSubjects: Set<String> = ["i", "we", "you", "he", "she", "they", "it"]

    private static func words(_ list: [[UInt8]]) -> Set<String> {
        Set(list.map { String(decoding: $0, as: UTF8.self) })
    }
    private static let whWordSet = words(whWords)
    private static let openerSet = words(openers)
    /// Words that open a question inside a sentence ("…know how long it lasts").
    private static let embeddedOpeners = whWordSet.union(["if", "whether"])

    /// Whether any part of `line` asks something: a question mark anywhere,
    /// or a clause that opens as a question.
    public static func asksAnything(_ line: String) -> Bool {
        var line = line
        // "I'm only 17, could I book in": a question word after a comma asks too.
        let commaQuestion = line.withUTF8 { bytes in
            bytes.indices.contains { bytes[$0] == UInt8(ascii: ",") && opensQuestion(bytes, after: $0) }
        }
        return commaQuestion || line.utf8.contains(UInt8(ascii: "?"))
            || clauses(of: line).contains { asks($0, in: line) }
    }

    /// `clause` without an opening "when" that only sets the scene: "When
    /// the dots begin to fade, can they be refreshed?" asks whether they can,
    /// not when they fade. The "when" must open the clause, not be followed
    /// by a question's verb ("when can I wash it, …" asks when), and a comma
    /// must lead to the question itself: a question word, or a subject ("…,
    /// I need to come back?"); without a comma, a verb and its subject two
    /// words or more on ("when it's faded do I go back for a redo").
    public static func withoutSceneSetter<S: StringProtocol>(_ clause: S) -> S.SubSequence {
        // Most clauses open with another word: they are not copied.
        let opening = clause.utf8.drop { $0 == UInt8(ascii: " ") }
        guard
            sceneSetters.contains(where: { word in
                opening.prefix(word.count).lazy.map { $0 | 0x20 }.elementsEqual(word)
                    && !(opening.dropFirst(word.count).first.map(isLetter) ?? false)
            })
        else { return clause[...] }
        let bytes = Array(clause.utf8.prefix(scenePrefixLimit))
        var start = 0
        while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < bytes.count && isLetter(bytes[end]) { end += 1 }
        let opens = bytes.withUnsafeBufferPointer { buffer in
            guard isWord(start..<end, of: buffer, in: sceneSetters) else { return false }
            var next = end
            while next < buffer.count && buffer[next] == UInt8(ascii: " ") { next += 1 }
            guard !isWord(next..<wordEnd(buffer, from: next), of: buffer, in: openers) else { return false }
            // A scene of the writer's own ("when my hair goes white, will
            // the dots still look dark?") may be what the question is about.
            var position = next
            var words: [Range<Int>] = []
            while position < buffer.count, buffer[position] != UInt8(ascii: ",") {
                let scene = position..<wordEnd(buffer, from: position)
                if !scene.isEmpty { words.append(scene) }
                position = max(scene.upperBound, position + 1)
                while position < buffer.count && !isLetter(buffer[position]) && buffer[position] != UInt8(ascii: ",") {
                    position += 1
                }
            }
            // No comma: "when it's faded do I go back for a redo" asks from
            // a verb and its subject two words or more after "when".
            let sceneEnd =
                position < buffer.count
                ? words.count
                : words.indices.dropFirst(2).first { index in
                    index + 1 < words.count && isWord(words[index], of: buffer, in: openers)
                        && isWord(words[index + 1], of: buffer, in: sceneSubjects)
                }
            guard let sceneEnd, !words[..<sceneEnd].contains(where: { isWord($0, of: buffer, in: firstPerson) })
            else { return false }
            guard position < buffer.count else { return true }
            var after = position + 1
            while after < buffer.count && buffer[after] == UInt8(ascii: " ") { after += 1 }
            let word = after..<wordEnd(buffer, from: after)
            return isWord(word, of: buffer, in: openers) || isWord(word, of: buffer, in: sceneSubjects)
        }
        guard opens else { return clause[...] }
        return clause[clause.utf8.index(clause.startIndex, offsetBy: end)...]
    }

    /// How far into a clause its scene's comma is looked for.
    private static let scenePrefixLimit = 160
    /// The writer naming themself: a scene with one is their own case.
    private static let firstPerson: [[UInt8]] = ["i", "my", "me", "im", "mine", "myself"].map { Array($0.utf8) }
    /// Subjects that open the question after a scene ("…, I need to come back?").
    private static let sceneSubjects: [[UInt8]] = ["i", "you", "they", "we"].map { Array($0.utf8) }

    /// `line` without a tag question that ends it ("I think that's
    /// everything, isn't it?", "you don't mind, do you?"): the tag seeks
    /// agreement with what was said and asks nothing of its own.
    public static func withoutTagQuestion(_ line: String) -> String {
        guard let comma = line.lastIndex(of: ",") else { return line }
        return isTag(line[line.index(after: comma)...]) ? String(line[..<comma]) : line
    }

    /// Whether `words` are only a tag question: "isn't it", "don't you",
    /// "right". Not "is it", which may ask what was named before it
    /// ("Testosterone thing. Why blokes go bald, is it?").
    private static func isTag(_ words: Substring) -> Bool {
        // The longest tag, "shouldn't they", is short: most clauses are not read.
        guard words.utf8.count <= 20 else { return false }
        let tokens = Tokenizer.tokens(words)
        if tokens.count == 1 { return tagWords.contains(tokens[0]) }
        // "isn't it" is "is", "not", "it".
        return tokens.count == 3 && tagVerbs.contains(tokens[0]) && tokens[1] == "not"
            && tagSubjects.contains(tokens[2])
    }

    private static let tagWords: Set<String> = ["right", "yeah", "yes", "innit", "eh", "no", "ok", "okay", "correct"]
    private static let tagVerbs: Set<String> = [
        "is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should", "have", "has", "am",
    ]
    private static let tagSubjects: Set<String> = ["it", "i", "you", "we", "they", "he", "she", "there", "that"]

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether the word after the comma at `comma` is a question word.
    private static func opensQuestion(_ bytes: UnsafeBufferPointer<UInt8>, after comma: Int) -> Bool {
        var start = comma + 1
        while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
        let first = start..<wordEnd(bytes, from: start)
        if isWord(first, of: bytes, in: openers) { return true }
        // "…, by when will it fade", "…, for how long": "when" or "how" after
        // a preposition asks too; "…, for which I'm grateful" does not.
        guard isWord(first, of: bytes, in: questionPrepositions) else { return false }
        var next = first.upperBound
        while next < bytes.count && bytes[next] == UInt8(ascii: " ") { next += 1 }
        return isWord(next..<wordEnd(bytes, from: next), of: bytes, in: askedAfterPreposition)
    }

    private static let questionPrepositions: [[UInt8]] = ["by", "for", "until", "till", "til", "since"].map {
        Array($0.utf8)
    }
    private static let askedAfterPreposition: [[UInt8]] = ["when", "how"].map { Array($0.utf8) }

    /// Where the word that starts at `start` ends: after its letters and apostrophes.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count && (isLetter(bytes[end]) || bytes[end] == UInt8(ascii: "'")) { end += 1 }
        return end
    }

    /// Whether the word at `range` is one of `list`, in any case. Apostrophes
    /// do not count: "what's" is "whats", "isn't" is "isnt".
    private static func isWord(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, in list: [[UInt8]]) -> Bool {
        let letters = range.lazy.filter { bytes[$0] != UInt8(ascii: "'") }.map { bytes[$0] | 0x20 }
        let count = letters.count
        return list.contains { $0.count == count && $0.elementsEqual(letters) }
    }

    /// Whether the full stop at `index` ends no sentence: it sits inside a
    /// word or number ("e.g", "1.5 years") or ends an abbreviation that goes
    /// on with the sentence ("e.g. spread over a year", "vs. a tattoo").
    private static func abbreviates(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if index + 1 < bytes.count, isLetter(bytes[index + 1]) || isDigit(bytes[index + 1]) { return true }
        var start = index
        while start > 0 && isLetter(bytes[start - 1]) { start -= 1 }
        guard start < index else { return false }
        // The last letter of "e.g." or "i.e.": a single letter after a full stop.
        if index - start == 1, start >= 2, bytes[start - 1] == UInt8(ascii: "."), isLetter(bytes[start - 2]) {
            return true
        }
        return isWord(start..<index, of: bytes, in: abbreviations)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Abbreviations that a sentence goes on after.
    private static let abbreviations: [[UInt8]] = ["eg", "ie", "vs", "approx", "esp", "incl"].map { Array($0.utf8) }

    /// Marks that open a bulleted line.
    private static let bullets: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "*")]

    /// Where a list item's number ("2", "b") starts, when the bracket at
    /// `close` ends one: one or two digits, or one letter up to "h", after a
    /// space or at the start of the line.
    private static func listMarker(endingBefore close: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = close
        while start > 0 && close - start < 2 && bytes[start - 1] >= UInt8(ascii: "0")
            && bytes[start - 1] <= UInt8(ascii: "9")
        {
            start -= 1
        }
        if start == close {
            guard close > 0 else { return nil }
            let letter = bytes[close - 1] | 0x20
            guard letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "h") else { return nil }
            start = close - 1
        }
        return start == 0 || bytes[start - 1] == UInt8(ascii: " ") ? start : nil
    }

    /// Byte ranges of the clauses that contain a letter.
    private static func clauseRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var words: [Range<Int>] = []
        /// Positions in `words` of words that follow a comma.
        var afterComma: [Int] = []
        var clauseStart = 0
        var wordStart: Int?
        var hasLetter = false

        func isWord(_ word: Range<Int>, in list: [[UInt8]]) -> Bool {
            QuestionSplitter.isWord(word, of: bytes, in: list)
        }

        /// "When the dots fade, what do I do": a "when" before a subject says
        /// when the question applies; "when can I wash it, …" asks.
        func setsScene(_ position: Int) -> Bool {
            isWord(words[position], in: sceneSetters) && !isWord(words[position + 1], in: openers)
        }

        func endWord(at end: Int) {
            if let start = wordStart { words.append(start..<end) }
            wordStart = nil
        }

        func endClause(at end: Int) {
            endWord(at: end)
            var start = clauseStart
            // A comma splits where a question word follows and the piece
            // before it, more than a word, is itself a question; a joining
            // word where a question follows it. A piece after either may
            // split again: "not sure if this is silly, but what is SMP, is
            // it a wig?" asks two things after its "but". Not after a word
            // set off by commas: "what part, precisely, does DHT play?"
            var pieceStart = 0
            var commas = afterComma[...]
            // "How many sessions I need and each one costs how much": the
            // last joining word before a question word that ends the clause
            // opens a question.
            let endsAsking =
                words.last.map { endsOnQuestionWord(last: $0, before: words.dropLast().last, of: bytes) } ?? false
                // "…, and each one will be how much money?"
                || words.count >= 3 && isWord(words[words.count - 1], in: measuredNouns)
                    && isWord(words[words.count - 2], in: howMeasures) && isWord(words[words.count - 3], in: howWord)
            let lastJoiner = endsAsking ? words.indices.last { isWord(words[$0], in: joiners) } : nil
            let endsWithQuestionMark = end < bytes.count && bytes[end] == UInt8(ascii: "?")
            for position in words.indices {
                while let comma = commas.first, comma < position { commas.removeFirst() }
                if commas.first == position, position - pieceStart >= minimumCommaWords,
                    words.count - position >= minimumCommaWords, isWord(words[position], in: openers),
                    isWord(words[pieceStart], in: openers), !setsScene(pieceStart), !afterComma.contains(position - 1)
                {
                    clauses.append(start..<words[position].lowerBound)
                    start = words[position].lowerBound
                    pieceStart = position
                } else if position - pieceStart >= minimumWords, position < words.count - minimumWords,
                    isWord(words[position], in: joiners),
                    // "…, and also it is painful?": a second joining word opens nothing more.
                    case let next = isWord(words[position + 1], in: joiners) ? position + 2 : position + 1,
                    next + 1 < words.count,
                    isWord(words[next], in: whWords)
                        || isWord(words[next], in: openers) && !isWord(words[next], in: negatives)
                            && (isWord(words[next + 1], in: subjects) || commas.first == position)
                            // "…and have a few questions": having something is told, not asked.
                            && !(isWord(words[next], in: possessives) && isWord(words[next + 1], in: articles))
                        || position == lastJoiner
                        || commas.first == position && isWord(words[next], in: subjects)
                            && isWord(words[next + 1], in: openers)
                            && !isWord(words[next + 1], in: negatives)
                        // "How long does it last, and if I hate it can it be removed?"
                        || commas.first == position && isWord(words[next], in: conditions)
                        // Without the comma after a question: "How long does it last and if I
                        // don't like it can it be removed?"
                        || isWord(words[next], in: conditions) && isWord(words[pieceStart], in: openers)
                            && !setsScene(pieceStart)
                        // "what's the ink made of and will salt water wash it out?": after a
                        // question, a verb that opens one needs no subject word after it.
                        || isWord(words[position], in: andWord) && isWord(words[next], in: modals)
                            && isWord(words[pieceStart], in: openers) && !setsScene(pieceStart)
                        || isWord(words[next + 1], in: leadingWhWords) && !isWord(words[next], in: openers)
                        // "wetin dem dey put for di ink, and e go itch?": after a question word,
                        // "it" and what is said of it ask where the sentence ends asking.
                        || endsWithQuestionMark && isWord(words[position], in: joiners)
                            && isWord(words[pieceStart], in: whWords) && isWord(words[next], in: itWords),
                    words[position].lowerBound > start
                {
                    clauses.append(start..<words[position].lowerBound)
                    start = words[position].upperBound
                    pieceStart = position + 1
                }
            }
            if hasLetter { clauses.append(start..<end) }
            words.removeAll(keepingCapacity: true)
            afterComma.removeAll(keepingCapacity: true)
            hasLetter = false
        }

        // A line that opens with a bullet lists its questions: "- why more
        // than one session - how long is each one".
        var first = 0
        while first < bytes.count && bytes[first] == UInt8(ascii: " ") { first += 1 }
        let bulleted =
            first + 1 < bytes.count && bullets.contains(bytes[first]) && bytes[first + 1] == UInt8(ascii: " ")
        if bulleted { clauseStart = first + 1 }
        // Bytes of an emoji already read as a sentence end.
        var skipTo = 0
        for index in 0..<bytes.count where index >= skipTo {
            switch bytes[index] {
            // "my hairline is running away 😂 what causes it": in a chat, an
            // emoji (U+1F000 and up) before a question ends a sentence, with
            // whatever modifier, joiner or variation selector trails it; before
            // anything else ("…for it 👀 or can I keep…") it ends a word.
            case 0xF0 where index + 3 < bytes.count && bytes[index + 1] == 0x9F:
                skipTo = index + 4
                while skipTo + 2 < bytes.count,
                    bytes[skipTo] == 0xEF && bytes[skipTo + 1] == 0xB8 && bytes[skipTo + 2] == 0x8F
                        || bytes[skipTo] == 0xE2 && bytes[skipTo + 1] == 0x80 && bytes[skipTo + 2] == 0x8D
                {
                    skipTo += 3
                }
                if opensQuestion(bytes, after: skipTo - 1) {
                    endClause(at: index)
                    clauseStart = skipTo
                } else {
                    endWord(at: index)
                }
            case UInt8(ascii: ".") where abbreviates(bytes, at: index):
                endWord(at: index)
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: "\n"):
                endClause(at: index)
                clauseStart = index + 1
            case UInt8(ascii: ")"):
                // "1) how long does it last 2) does it hurt": a number or a
                // letter before a bracket, on its own, numbers a question.
                if let marker = listMarker(endingBefore: index, in: bytes) {
                    wordStart = nil
                    // The item's own letter ("b)") is no text of the clause before it.
                    hasLetter = bytes[min(clauseStart, marker)..<marker].contains {
                        ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") || $0 >= 0x80
                    }
                    endClause(at: marker)
                    clauseStart = index + 1
                } else {
                    endWord(at: index)
                }
            case UInt8(ascii: "-")
            where bulleted && index > 0 && bytes[index - 1] == UInt8(ascii: " ")
                && (index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ")):
                endClause(at: index)
                clauseStart = index + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...:
                hasLetter = true
                if wordStart == nil { wordStart = index }
            case UInt8(ascii: "'"):
                if wordStart == nil { wordStart = index }
            case UInt8(ascii: ","):
                endWord(at: index)
                if afterComma.last != words.count { afterComma.append(words.count) }
            case UInt8(ascii: ":") where index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " "):
                // "Two quick questions: how much…, and how long…": what a colon
                // introduces stands alone ("10:30" does not split).
                endClause(at: index)
                clauseStart = index + 1
            default:
                endWord(at: index)
            }
        }
        endClause(at: bytes.count)
        return clauses
    }
}
