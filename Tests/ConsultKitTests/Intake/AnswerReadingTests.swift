import Foundation
import Testing

@testable import ConsultKit

/// How the session reads free text at a step: names, questions without "?",
/// part answers, did-you-mean, and questions about the options.
@Suite struct AnswerReadingTests {
    static func session() -> IntakeSession { IntakeSessionTests.session() }
    static func option(_ step: String, _ id: String) -> IntakeForm.Option {
        IntakeFixtures.form[step]!.option(id)!
    }

    @Test(arguments: [
        "does it hurt", "wait how much is this going to cost", "is it permanent", "how long does smp last",
    ])
    func aQuestionAtTheNameStepIsAnsweredAndTheStepAskedAgain(line: String) {
        let session = Self.session()
        let reply = IntakeSessionTests.run(session, [line])
        #expect(session.draft.answers["name"] == nil)
        #expect(reply.text.contains("Back to the consultation:\n[1/6] Name"))
    }

    @Test(arguments: [
        ("Sam", "Sam"), ("José O'Brien Jr", "José O'Brien Jr"), ("my name is Sam", "Sam"), ("Will Smith", "Will Smith"),
        ("Mary-Jane van der Berg", "Mary-Jane van der Berg"),
    ])
    func aNameStepTakesWhatLooksLikeAName(line: String, name: String) {
        let session = Self.session()
        IntakeSessionTests.run(session, [line])
        #expect(session.draft.answers["name"]?.text == name)
    }

    @Test(arguments: ["12345", "hello", "no"])
    func whatIsNeitherANameNorAQuestionIsRefused(line: String) {
        let session = Self.session()
        let reply = IntakeSessionTests.run(session, [line])
        #expect(session.draft.answers["name"] == nil)
        #expect(reply.text.contains("does not look like a name"))
        #expect(reply.text.contains("[1/6] Name"))
    }

    @Test(arguments: [
        ("does it hurt", true), ("wait, how much is this going to cost", true), ("can I swim after", true),
        ("would like sharp", false), ("Will Smith", false), ("black", false), ("thinning and bald spots", false),
    ])
    func aQuestionWordFirstReadsAsAQuestion(line: String, question: Bool) {
        #expect(AnswerInterpreter.startsLikeQuestion(line) == question)
    }

    @Test func whatWasUnderstoodIsKeptAndOnlyTheRestAsked() {
        let session = Self.session()
        let reply = IntakeSessionTests.run(session, ["Sam", "thinning on top and my hairline is going"])
        let density = Self.option("goals", "density").label
        let hairline = Self.option("goals", "hairline").label
        #expect(reply.text.contains("I have: \(density), \(hairline)."))
        #expect(reply.text.contains("\"top going\""))
        #expect(reply.text.contains("Anything else?"))
        #expect(session.draft.answers["goals"] == nil)
        let more = session.handle("bald spots")
        #expect(session.draft.answers["goals"]?.choices.map(\.option) == ["density", "hairline", "bald_spots"])
        #expect(more.text.contains("[3/6] Hair colour"))
    }

    @Test(arguments: ["", "no", "that's all"])
    func nothingElseKeepsWhatWasUnderstood(line: String) {
        let session = Self.session()
        IntakeSessionTests.run(session, ["Sam", "thinning on top and my hairline is going", line])
        #expect(session.draft.answers["goals"]?.choices.map(\.option) == ["density", "hairline"])
    }

    @Test func helpOrTheSummaryLeaveThePartAnswerWaiting() {
        let session = Self.session()
        IntakeSessionTests.run(session, ["Sam", "thinning on top and my hairline is going", "summary", "help", ""])
        #expect(session.draft.answers["goals"]?.choices.map(\.option) == ["density", "hairline"])
    }

    @Test func aWordThatTurnsTheMeaningRoundIsNotSkipped() {
        let session = Self.session()
        let reply = IntakeSessionTests.run(session, ["Sam", "1", "not black"])
        #expect(session.draft.answers["hair_colour"] == nil)
        #expect(!reply.text.contains("Did you mean Black"))
    }

    @Test(arguments: [("yes", "salt_and_pepper"), ("no", nil)] as [(String, String?)])
    func didYouMeanTakesYesOrNo(line: String, chosen: String?) {
        let session = Self.session()
        let asked = IntakeSessionTests.run(session, ["Sam", "1", "salt n pepper"])
        #expect(asked.text.contains("Did you mean \(Self.option("hair_colour", "salt_and_pepper").label)?"))
        let reply = session.handle(line)
        #expect(session.draft.answers["hair_colour"]?.choices.first?.option == chosen)
        #expect(reply.text.contains(chosen == nil ? "[3/6] Hair colour" : "[4/6] Hairline shape"))
    }

    @Test func aQuestionAboutTheOptionsIsAnsweredFromTheirDescriptions() {
        let session = Self.session()
        let reply = IntakeSessionTests.run(
            session, ["Sam", "1", "black", "what's the difference between soft and sharp?"])
        #expect(reply.text.contains(Self.option("hairline", "soft").description))
        #expect(reply.text.contains(Self.option("hairline", "sharp").description))
        #expect(!reply.text.contains(Self.option("hairline", "rounded").description))
        #expect(reply.text.contains("Back to the consultation:\n[4/6] Hairline shape"))
        #expect(session.draft.answers["hairline"] == nil)

        let density = IntakeSessionTests.run(session, ["soft", "which density is normal?"])
        #expect(density.text.contains(Self.option("density", "medium").description))
        #expect(density.text.contains("[5/6] Density"))
        #expect(session.draft.answers["density"] == nil)
    }
}
