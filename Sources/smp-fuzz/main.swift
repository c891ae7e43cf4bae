import BundledIntents
import ConsultKit
import Foundation

// Fuzzes the question analyzer (the whole answer path: normalising,
// tokenising, spelling, matching, splitting, formatting, sanitizing) and the
// YAML loader (knowledge base and intake form) with random and mutated
// inputs, under a watchdog, then checks that time grows linearly with input
// size. Not part of `swift test`: run `swift run -c release smp-fuzz`.
//
//   smp-fuzz [--seed N] [--questions N] [--yaml N] [--no-growth] [--show kind:N]

var seed: UInt64 = 20_261_127
var questionCases = 100_000
var yamlCases = 20_000
var growth = true
var show: String?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    switch argument {
    case "--seed": seed = arguments.next().flatMap { UInt64($0) } ?? seed
    case "--questions": questionCases = arguments.next().flatMap { Int($0) } ?? questionCases
    case "--yaml": yamlCases = arguments.next().flatMap { Int($0) } ?? yamlCases
    case "--no-growth": growth = false
    case "--show": show = arguments.next()
    default:
        FileHandle.standardError.write(
            Data("usage: smp-fuzz [--seed N] [--questions N] [--yaml N] [--no-growth] [--show kind:N]\n".utf8))
        exit(64)
    }
}

let knowledge = BundledIntents.knowledge
let answerer = Answerer(matcher: BundledIntents.matcher)
let fragments = AnswerFragments(knowledge: knowledge)
let seedQuestions = knowledge.intents.flatMap { $0.examples.map(\.text) } + knowledge.outOfScope.examples.map(\.text)
let seedFiles = BundledIntents.files.files

/// Case `number` of the question fuzz: the same text for the same seed.
@MainActor func question(_ number: Int) -> String {
    var mutator = Mutator(random: SeededRandom(seed: seed &+ UInt64(number) &* 0x1_0000_0001))
    switch number % 5 {
    case 0: return mutator.bytes(maxLength: 300)
    case 1: return mutator.scalars(maxLength: 120)
    case 2: return mutator.words(maxCount: 60)
    default: return mutator.mutate(mutator.random.pick(seedQuestions))
    }
}

/// Case `number` of the YAML fuzz: a file name and its text.
@MainActor func yamlFile(_ number: Int) -> KnowledgeFiles.File {
    var mutator = Mutator(random: SeededRandom(seed: seed &+ 0xABCD &+ UInt64(number) &* 0x1_0000_0003))
    let base = mutator.random.pick(seedFiles)
    let text: String
    switch number % 6 {
    case 0: text = mutator.bytes(maxLength: 2_000)
    case 1: text = mutator.mutate(base.text)
    default: text = mutator.mutateYAML(base.text)
    }
    return KnowledgeFiles.File(name: base.name, text: text)
}

if let show {
    let parts = show.split(separator: ":")
    if parts.count == 2, let number = Int(parts[1]) {
        let text = parts[0] == "yaml" ? yamlFile(number).text : question(number)
        print(text.debugDescription)
        exit(0)
    }
    exit(64)
}

let watchdog = Watchdog(limit: 5, seed: seed)
var slowest: (seconds: Double, what: String) = (0, "")

@MainActor func timed(_ kind: String, _ number: Int, _ work: () -> Void) {
    watchdog.begin(kind, number)
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    watchdog.end()
    if seconds > slowest.seconds { slowest = (seconds, "\(kind):\(number)") }
}

// MARK: Questions

let clock = Date()
var answered = 0
var recordBytes = 0
for number in 0..<questionCases {
    let text = question(number)
    timed("question", number) {
        let answer = answerer.answer(text, explain: number % 7 == 0)
        var bytes: [UInt8] = []
        AnswerFormat.jsonl.write(answer, explain: number % 7 == 0, fragments: fragments, to: &bytes)
        AnswerFormat.text.write(answer, explain: false, to: &bytes)
        recordBytes += bytes.count
        recordBytes += SafeText.terminal(text).utf8.count + SafeText.line(text).utf8.count
    }
    answered += 1
}
print(
    "questions: \(answered) cases, \(recordBytes) bytes of output, \(String(format: "%.1f", Date().timeIntervalSince(clock))) s"
)

// MARK: YAML

let yamlClock = Date()
var yamlRead = 0
var yamlDiagnostics = 0
var yamlLoaded = 0
for number in 0..<yamlCases {
    let file = yamlFile(number)
    timed("yaml", number) {
        if file.name == IntakeForm.fileName {
            let (form, diagnostics) = IntakeForm.parse(text: file.text, file: file.name)
            yamlDiagnostics += diagnostics.count
            if form != nil && diagnostics.isEmpty { yamlLoaded += 1 }
        } else {
            let (base, diagnostics) = KnowledgeBase.parse(KnowledgeFiles(origin: "fuzz", files: [file]))
            yamlDiagnostics += diagnostics.count
            if base != nil && diagnostics.isEmpty { yamlLoaded += 1 }
        }
    }
    yamlRead += 1
}
print(
    "yaml: \(yamlRead) cases (\(yamlLoaded) loaded clean, \(yamlDiagnostics) diagnostics), \(String(format: "%.1f", Date().timeIntervalSince(yamlClock))) s"
)
print("slowest case: \(slowest.what) \(String(format: "%.4f", slowest.seconds)) s")

// MARK: Growth

/// Time of `work` on the input for size `n`, best of three.
func bestTime(_ work: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

var superLinear: [String] = []
if growth {
    let questionShapes: [(String, (Int) -> String)] = [
        ("distinct unknown words", { n in (0..<n).map { "w\(String($0, radix: 26))q" }.joined(separator: " ") }),
        ("one known word repeated", { n in Array(repeating: "pigment", count: n).joined(separator: " ") }),
        ("one long word", { n in String(repeating: "ab", count: n * 4) }),
        ("combining marks", { n in "a" + String(repeating: "\u{301}", count: n * 4) }),
        (
            "questions joined by and",
            { n in Array(repeating: "how long does it last", count: n / 5).joined(separator: " and ") }
        ),
        ("punctuation", { n in String(repeating: "?! ", count: n * 2) }),
        (
            "misspelt words",
            { n in (0..<n).map { ["pigmnet", "sesions", "hiar", "scalpp"][$0 % 4] }.joined(separator: " ") }
        ),
    ]
    let yamlShapes: [(String, (Int) -> String)] = [
        (
            "many examples",
            { n in
                "id: x\nkind: guide\ntitle: X\nanswer: y\nexamples:\n"
                    + String(repeating: "  - how long does it last\n", count: n / 4)
            }
        ),
        (
            "one long answer",
            { n in
                "id: x\nkind: guide\ntitle: X\nanswer: " + String(repeating: "word ", count: n) + "\nexamples: [a, b]\n"
            }
        ),
        ("many unknown keys", { n in "id: x\n" + (0..<(n / 4)).map { "k\($0): v\n" }.joined() }),
        (
            "nested flow lists",
            { n in "id: " + String(repeating: "[", count: n) + String(repeating: "]", count: n) + "\n" }
        ),
        ("comments", { n in String(repeating: "# a comment line\n", count: n / 4) + "id: x\n" }),
    ]
    func check(_ kind: String, _ shapes: [(String, (Int) -> String)], sizes: [Int], _ run: @escaping (String) -> Void) {
        for (name, make) in shapes {
            var times: [Double] = []
            for size in sizes {
                let text = make(size)
                watchdog.begin("growth-\(kind)", size)
                times.append(bestTime { run(text) })
                watchdog.end()
            }
            // Linear time doubles with the size; allow noise up to 3x per doubling.
            let ratios = zip(times.dropFirst(), times).map { $0 / max($1, 1e-6) }
            let last = ratios.suffix(2)
            let verdict = times.last! > 0.01 && last.allSatisfy({ $0 > 3 }) ? "SUPER-LINEAR" : "linear"
            if verdict != "linear" { superLinear.append("\(kind): \(name)") }
            let shown = zip(sizes, times).map { "\($0)→\(String(format: "%.4f", $1))s" }.joined(separator: " ")
            print("growth \(kind) \(name): \(shown) [\(verdict)]")
        }
    }
    check("question", questionShapes, sizes: [4_000, 8_000, 16_000, 32_000]) { text in
        _ = answerer.answer(text)
    }
    check("yaml", yamlShapes, sizes: [4_000, 8_000, 16_000, 32_000]) { text in
        _ = KnowledgeBase.parse(KnowledgeFiles(origin: "fuzz", files: [.init(name: "x.yaml", text: text)]))
    }
}

print("total: \(answered + yamlRead) cases, no crash, no hang (watchdog \(Int(watchdog.limit)) s)")
if !superLinear.isEmpty {
    print("super-linear: \(superLinear.joined(separator: "; "))")
    exit(1)
}
