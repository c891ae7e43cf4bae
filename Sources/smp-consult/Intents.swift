import ArgumentParser
import BundledIntents
import ConsultKit
import Foundation

extension SMPConsult {
    struct Intents: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intents",
            abstract: "Check, evaluate and export the knowledge base.",
            subcommands: [Check.self, Eval.self, Export.self, Gaps.self]
        )
    }
}

extension SMPConsult.Intents {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a knowledge base folder (default: the built-in one).",
            discussion: "Prints each problem as file:line: message. Exits 0 when clean, 1 otherwise."
        )

        @Argument(help: ArgumentHelp("The intents folder to check (or --intents DIR).", valueName: "dir"))
        var folder: String?

        @OptionGroup var knowledge: KnowledgeOptions

        func validate() throws {
            if let folder, let other = knowledge.folder, folder != other {
                throw ValidationError("two folders to check: \(folder) and --intents \(other); name one")
            }
        }

        @Flag(
            name: .long,
            help: "Also ask each example with itself left out, to find topics whose examples cover each other poorly.")
        var leaveOneOut = false

        func run() throws {
            let files =
                try KnowledgeFiles.resolve(folder: folder ?? knowledge.folder, environment: Environment.variables)
                ?? BundledIntents.files
            // The intake form first: it shares the folder but has its own reader.
            let problems =
                IntakeForm.diagnostics(in: files)
                + KnowledgeCheck.run(files, ignoring: [IntakeForm.fileName], leaveOneOut: leaveOneOut)
            for problem in problems {
                try StandardOutput.write(SafeText.terminal(problem.description, lineBreaks: false) + "\n")
            }
            if problems.isEmpty {
                try StandardOutput.write(SafeText.terminal("\(files.origin): ok\n"))
            } else {
                StandardError.write(
                    SafeText.terminal("\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(files.origin)\n")
                )
                throw ExitCode(1)
            }
        }
    }

    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score the matcher on a labelled question file (question<TAB>labels).",
            discussion: "Labels are intent ids, several joined by |, or none for out of scope."
        )

        @OptionGroup var knowledge: KnowledgeOptions

        @Argument(help: ArgumentHelp("The labelled file.", valueName: "file.tsv"))
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError("cannot read \(file)")
            }
            let set = try LabelledSet(tsv: String(decoding: data, as: UTF8.self), file: file)
            let answerer = Answerer(matcher: try knowledge.loadMatcher())
            let predictions = set.items.map { answerer.answer($0.question).primary.intent?.id }
            try StandardOutput.write(SafeText.terminal(EvaluationReport(set: set, predictions: predictions).text))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print every example as TSV (question<TAB>labels); out-of-scope ones as none."
        )

        @OptionGroup var knowledge: KnowledgeOptions

        func run() throws {
            let base = try knowledge.loadKnowledge()
            var output = "question\tlabels\n"
            for intent in base.intents {
                for example in intent.examples { output += "\(tsvField(example.text))\t\(intent.id)\n" }
            }
            for example in base.outOfScope.examples { output += "\(tsvField(example.text))\tnone\n" }
            // TSV: tabs separate the fields; anything else a file brought is shown, not obeyed.
            try StandardOutput.write(SafeText.terminal(output, tabs: true))
        }

        private func tsvField(_ text: String) -> String {
            text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }
    }

    struct Gaps: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the questions clients asked that the guide did not answer, grouped by their main terms.",
            discussion: """
                Reads `smp-consult ask --format jsonl` output, or plain question lines such as \
                a chat history (those are answered first). Lists the not-covered questions \
                and those flagged for review, grouped by the term they share, most frequent \
                first, with counts and examples.
                """
        )

        @OptionGroup var knowledge: KnowledgeOptions

        @Argument(
            help: ArgumentHelp(
                "Answer records (JSON Lines) or question lines; - for standard input.", valueName: "file"))
        var files: [String] = []

        func run() throws {
            let matcher = try knowledge.loadMatcher()
            let answerer = Answerer(matcher: matcher)
            var entries: [GapReport.Entry] = []
            for file in files.isEmpty ? ["-"] : files {
                let descriptor = file == "-" ? STDIN_FILENO : open(file, O_RDONLY)
                guard descriptor >= 0 else {
                    throw CLIError("cannot read \(file): \(String(cString: strerror(errno)))")
                }
                defer { if descriptor != STDIN_FILENO { close(descriptor) } }
                var reader = LineReader(descriptor: descriptor)
                var number = 0
                while let line = try reader.nextLine() {
                    number += 1
                    guard let text = batchQuestion(line) else { continue }
                    if let entry = GapReport.Entry(jsonLine: text) {
                        entries.append(entry)
                    } else if text.hasPrefix("{") {
                        throw CLIError("\(file):\(number): not an answer record of `smp-consult ask --format jsonl`")
                    } else if GapReport.Entry.isQuestion(text) {
                        entries.append(GapReport.Entry(answer: answerer.answer(text)))
                    }
                }
            }
            let terms = { (text: String) in matcher.analyzer.analyze(text).terms }
            let generic = GapReport.genericTerms(
                topics: matcher.knowledge.intents.map { $0.examples.map(\.text) }, terms: terms)
            try StandardOutput.write(
                SafeText.terminal(GapReport(entries: entries, terms: terms, generic: generic).text))
        }
    }
}
