import Testing

@testable import ConsultKit

@Suite struct OptionMatcherTests {
    static func matcher(_ step: String) -> OptionMatcher {
        OptionMatcher(step: IntakeFixtures.form[step]!, formFiller: IntakeFixtures.form.filler)
    }

    @Test(arguments: [
        ("hair_colour", "blond", ["blond"]),
        ("hair_colour", "blnde", ["blond"]),
        ("hair_colour", "Blonde", ["blond"]),
        ("hair_colour", "dark brown hair", ["dark_brown"]),
        ("hair_colour", "drak brown", ["dark_brown"]),
        ("hair_colour", "dark blond", ["light_brown"]),
        ("hair_colour", "salt and pepper", ["salt_and_pepper"]),
        ("hair_colour", "salt & pepper", ["salt_and_pepper"]),
        ("hair_colour", "gray", ["grey"]),
        ("hair_colour", "2", ["dark_brown"]),
        ("hair_colour", "his hair is mostly grey", ["grey"]),
        ("hair_colour", "light_brown", ["light_brown"]),
        ("hairline", "widow's peak", ["widows_peak"]),
        ("hairline", "widows peak", ["widows_peak"]),
        ("hairline", "keep my current hairline", ["keep_current"]),
        ("hairline", "sharp and defined", ["sharp"]),
        ("hairline", "a soft natural hairline please", ["soft"]),
        ("density", "match my existing hair", ["match_existing"]),
        ("density", "medium density", ["medium"]),
        ("goals", "thinning and bald spots", ["density", "bald_spots"]),
        ("goals", "1, 4", ["shaved_look", "hairline"]),
        ("goals", "1 and 3", ["shaved_look", "bald_spots"]),
        ("goals", "a buzz cut look and rebuild the hairline", ["shaved_look", "hairline"]),
        ("goals", "cover bald spots, thinning, shaved", ["bald_spots", "density", "shaved_look"]),
        ("goals", "thining", ["density"]),
    ])
    func readsOptionsFromWhatPeopleType(step: String, text: String, expected: [String]) {
        guard case .matched(let values) = Self.matcher(step).match(text) else {
            Issue.record("\(text) → \(Self.matcher(step).match(text))")
            return
        }
        #expect(values.map(\.option) == expected)
    }

    @Test func otherKeepsTheClientsOwnWords() {
        #expect(
            Self.matcher("goals").match("other: cover a scar")
                == .matched([.init(option: "other", text: "cover a scar")]))
        #expect(
            Self.matcher("goals").match("thinning and other - blend a scar")
                == .matched([.init(option: "density"), .init(option: "other", text: "blend a scar")]))
        #expect(Self.matcher("goals").match("Other:") == .missingText(option: "other"))
        #expect(Self.matcher("goals").match("5") == .missingText(option: "other"))
    }

    @Test func oneValueStepsRefuseSeveral() {
        #expect(Self.matcher("hair_colour").match("black and red") == .tooMany(["black", "red"]))
    }

    @Test func unknownWordsAreReportedWithSuggestions() {
        #expect(
            Self.matcher("hair_colour").match("brown")
                == .unrecognised(suggestions: ["dark_brown", "medium_brown", "light_brown"]))
        #expect(Self.matcher("hair_colour").match("purple") == .unrecognised(suggestions: []))
        #expect(Self.matcher("hair_colour").match("9") == .unrecognised(suggestions: []))
        #expect(
            Self.matcher("density").match("full and purple")
                == .partly(matched: [.init(option: "full")], unmatched: ["purple"]))
    }

    @Test func shortWordsAreNotGuessed() {
        // "rad" is not "red": three letters allow no slip.
        #expect(Self.matcher("hair_colour").match("rad") == .unrecognised(suggestions: []))
    }
}
