/// The numbers the matcher scores with: built from a knowledge base's
/// examples (`MatcherIndex+Building`) or read back from bytes
/// (`Matcher+Encoding`), then only read.
///
/// Flat arrays of numbers keep the per-question loops free of reference
/// counting and hashing.
struct MatcherIndex: Sendable {
    /// Classes are the intents, then the out-of-scope class last.
    var classCount: Int
    /// The analyzer's term numbers to this index's features (-1: no example uses it).
    var featureOfTerm: [Int32]
    /// The weight of each feature: rarer across intents weighs more.
    var weights: [Double]
    /// The weight of a word no example uses.
    var unknownWeight: Double
    /// For each feature f, the examples that use it:
    /// `postingExample[postingStart[f]..<postingStart[f + 1]]`.
    var postingStart: [Int32]
    var postingExample: [Int32]
    /// For each feature f, the intents it is typical of and how typical, laid out
    /// the same way: `profileOwner/profileStrength[profileStart[f]..<profileStart[f + 1]]`.
    var profileStart: [Int32]
    var profileOwner: [Int32]
    var profileStrength: [Double]
    /// Each example's class, length (the square root of its terms' squared
    /// weights), text and place in the YAML.
    var exampleClass: [Int32]
    var exampleNorm: [Double]
    var exampleText: [String]
    var exampleLocation: [FileLocation]

    var outOfScopeClass: Int { classCount - 1 }
    var exampleCount: Int { exampleNorm.count }

    /// Whether every number points inside: the scoring loops index without
    /// checks, so an index read from bytes must pass this first.
    func isConsistent(intentCount: Int, analyzerTermCount: Int) -> Bool {
        let featureCount = weights.count
        let exampleCount = exampleNorm.count
        return classCount == intentCount + 1
            && featureOfTerm.count == analyzerTermCount
            && featureOfTerm.allSatisfy { $0 >= -1 && $0 < featureCount }
            && postingStart.count == featureCount + 1 && profileStart.count == featureCount + 1
            && Self.isOffsetTable(postingStart, total: postingExample.count)
            && Self.isOffsetTable(profileStart, total: profileOwner.count)
            && profileStrength.count == profileOwner.count
            && profileOwner.allSatisfy { $0 >= 0 && $0 < classCount }
            && postingExample.allSatisfy { $0 >= 0 && $0 < exampleCount }
            && exampleClass.count == exampleCount && exampleClass.allSatisfy { $0 >= 0 && $0 < classCount }
            && exampleText.count == exampleCount && exampleLocation.count == exampleCount
    }

    private static func isOffsetTable(_ starts: [Int32], total: Int) -> Bool {
        starts.first == 0 && Int(starts.last ?? -1) == total && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// Lists of lists as one offset table and one array of values.
    static func flatten<Element>(_ lists: [[Element]]) -> (start: [Int32], values: [Element]) {
        var start: [Int32] = [0]
        var values: [Element] = []
        for list in lists {
            values.append(contentsOf: list)
            start.append(Int32(values.count))
        }
        return (start, values)
    }
}
