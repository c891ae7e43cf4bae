import ArgumentParser
import ConsultKit
import Foundation

extension AnswerFormat: ExpressibleByArgument {}

extension SMPConsult {
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer each line of the given files (or of standard input).",
            discussion: """
                Blank lines and lines starting with # are skipped. Every other line gets \
                one answer record, in input order. With no files and a terminal on both \
                standard input and output, opens the chat instead; name - to answer lines \
                typed on a terminal.
                """
        )

        @OptionGroup var knowledge: KnowledgeOptions

        @Option(name: .long, help: "Output format: text, jsonl or tsv.")
        var format: AnswerFormat = .text

        @Flag(name: .long, help: "Show why each answer matched.")
        var explain = false

        @Argument(help: ArgumentHelp("Question files; - or none for standard input.", valueName: "file"))
        var files: [String] = []

        func run() throws {
            let matcher = try knowledge.loadMatcher()
            if files.isEmpty && format == .text && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
                let store = PlanStore.resolve(plansDir: nil, environment: Environment.variables)
                return ChatSession(matcher: matcher, store: store, explain: explain).run()
            }
            // Open every file first: a typo in the last name should not cost a
            // half-written output.
            var inputs: [(name: String, descriptor: Int32)] = []
            for file in files.isEmpty ? ["-"] : files {
                if file == "-" {
                    inputs.append(("standard input", STDIN_FILENO))
                    continue
                }
                let descriptor = open(file, O_RDONLY)
                guard descriptor >= 0 else {
                    throw CLIError("cannot read \(file): \(String(cString: strerror(errno)))")
                }
                var status = stat()
                if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
                    throw CLIError("cannot read \(file): is a folder")
                }
                inputs.append((file, descriptor))
            }
            let answerer = Answerer(matcher: matcher)
            let fragments = AnswerFragments(knowledge: matcher.knowledge)
            var output = OutputBuffer()
            if let header = format.header { output.append(header) }
            for input in inputs {
                var reader = LineReader(descriptor: input.descriptor)
                // Someone typing at a terminal wants each answer now, not per block.
                let typed = isatty(input.descriptor) == 1
                while let line = try reader.nextLine() {
                    guard let question = batchQuestion(line) else { continue }
                    output.append { text in
                        format.write(
                            answerer.answer(question, explain: explain), explain: explain, fragments: fragments,
                            to: &text)
                    }
                    if typed { output.flush() }
                }
                if input.descriptor != STDIN_FILENO { close(input.descriptor) }
            }
            output.flush()
        }
    }
}
