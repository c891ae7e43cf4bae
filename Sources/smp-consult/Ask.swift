import ArgumentParser
import ConsultKit
import Foundation

extension AnswerFormat: ExpressibleByArgument {}

extension SMPConsult {
    struct Ask: ParsableCommand {
        static let configuration = CommandConfiguration(
            // Named here: deriving the name from the type costs start-up time.
            commandName: "ask",
            abstract: "Answer each line of the given files (or of standard input).",
            discussion: """
                Blank lines and lines starting with # are skipped. Every other line gets \
                one answer record, in input order; a line over 64 KB is answered from its \
                first 64 KB and marked truncated. Large inputs are answered on every core. With no files and a terminal on both \
                standard input and output, opens the chat instead; name - to answer lines \
                typed on a terminal.
                """
        )

        @OptionGroup var knowledge: KnowledgeOptions

        @Option(name: .long, help: "Output format: text, jsonl or tsv.")
        var format: AnswerFormat = .text

        @Flag(name: .long, help: "Show why each answer matched.")
        var explain = false

        // No default value here: counting the cores costs start-up time, and a
        // short input never needs it.
        @Option(name: .long, help: "Threads answering a large input (default: one per core).")
        var jobs: Int?

        @Argument(help: ArgumentHelp("Question files; - or none for standard input.", valueName: "file"))
        var files: [String] = []

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let matcher = try knowledge.loadMatcher()
            if files.isEmpty && format == .text && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
                let store = PlanStore.resolve(plansDir: nil, environment: Environment.variables)
                return try ChatSession(matcher: matcher, store: store, explain: explain).run()
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
            let records = BatchRecords(answerer: Answerer(matcher: matcher), format: format, explain: explain)
            var output = OutputBuffer()
            if let header = format.header { try output.append(header) }
            for input in inputs {
                var reader = LineReader(descriptor: input.descriptor)
                if isatty(input.descriptor) == 1 {
                    // Someone typing at a terminal wants each answer now, not per chunk.
                    while let line = try reader.next() {
                        try output.append { records.write(line: line.text, truncated: line.isTruncated, to: &$0) }
                        try output.flush()
                    }
                } else {
                    try ParallelAnswering(records: records, jobs: jobs).run(&reader, into: &output)
                }
                if input.descriptor != STDIN_FILENO { close(input.descriptor) }
            }
            try output.flush()
        }
    }
}
