import ArgumentParser
import ConsultKit
import Foundation

extension PlanExportFormat: ExpressibleByArgument {}

extension SMPConsult {
    struct Plans: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plans",
            abstract: "List, show, export and delete saved treatment plans.",
            subcommands: [List.self, Show.self, Export.self, Delete.self],
            defaultSubcommand: List.self
        )
    }
}

extension SMPConsult.Plans {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the saved plans and the unfinished intakes.",
            discussion: "A file that cannot be read is named with the reason; the others still list."
        )

        @OptionGroup var storage: PlanStorageOptions

        func run() throws {
            writeAll(STDOUT_FILENO, storage.store().listingText())
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a plan as readable text (Markdown).")

        @OptionGroup var storage: PlanStorageOptions

        @Argument(help: ArgumentHelp("The plan's id (see plans list).", valueName: "id"))
        var id: String

        func run() throws {
            let plan = try storage.store().plan(id: id)
            writeAll(STDOUT_FILENO, try PlanExportFormat.markdown.export(plan))
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a plan as Markdown, JSON or an iCalendar file.",
            discussion: "The calendar has an all-day event for each session and one for the touch-up."
        )

        @OptionGroup var storage: PlanStorageOptions

        @Argument(help: ArgumentHelp("The plan's id (see plans list).", valueName: "id"))
        var id: String

        @Option(name: .long, help: "markdown, json or ics.")
        var format: PlanExportFormat = .markdown

        @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let text = try PlanExportFormat.export(format)(try storage.store().plan(id: id))
            guard let output, output != "-" else {
                writeAll(STDOUT_FILENO, text)
                return
            }
            try PlanStore.writePrivately(Data(text.utf8), to: URL(fileURLWithPath: output))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a saved plan.")

        @OptionGroup var storage: PlanStorageOptions

        @Argument(help: ArgumentHelp("The plan's id (see plans list).", valueName: "id"))
        var id: String

        func run() throws {
            let store = storage.store()
            try store.delete(id: id)
            writeAll(STDOUT_FILENO, "Deleted plan \(try PlanStore.validate(id: id)) from \(store.folder.path).\n")
        }
    }
}
