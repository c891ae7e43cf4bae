import Foundation
import Testing

@testable import ConsultKit

/// Deep nesting is refused before it is built: libyaml's scanner does work
/// per open level for every token, so 200,000 levels took minutes.
@Suite struct YAMLNestingTests {
    @Test(arguments: [
        ("flow", "id: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000) + "\n"),
        ("block", "id:\n" + (0..<100).map { String(repeating: " ", count: $0) + "-\n" }.joined()),
    ])
    func deepNestingIsRefusedQuickly(kind: String, text: String) {
        let start = Date()
        var reader = YAMLReader(file: "deep.yaml")
        #expect(reader.document(text, expected: "a mapping") == nil)
        #expect(reader.diagnostics.map(\.description).first?.hasSuffix("nested more than 64 levels deep") == true)
        #expect(Date().timeIntervalSince(start) < 2, "\(kind)")
    }

    @Test func ordinaryNestingReads() {
        var reader = YAMLReader(file: "ok.yaml")
        #expect(reader.document("a:\n  b:\n    - [1, {c: d}]\n", expected: "a mapping") != nil)
        #expect(reader.diagnostics.isEmpty)
    }
}
