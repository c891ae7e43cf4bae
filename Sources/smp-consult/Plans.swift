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

        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var storage: PlanStorageOptions

        func run() throws {
            let store = storage.store()
            // Drafts are counted against the form, as resuming one counts them.
            let form = try? knowledge.loadForm()
            let text = try PlansOverview.text(plans: store, drafts: DraftStore(plansFolder: store.folder), form: form)
            try StandardOutput.write(SafeText.terminal(text))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print a plan as readable text (Markdown).",
            discussion: "The id of an unfinished intake shows its answers so far, marked unfinished."
        )

        @OptionGroup var knowledge: KnowledgeOptions
        @OptionGroup var storage: PlanStorageOptions

        @Argument(
            help: ArgumentHelp("The plan's id, or an unfinished intake's (see plans list).", valueName: "id"),
            completion: SavedRecord.idCompletion)
        var id: String

        func run() throws {
            let store = storage.store()
            switch try SavedRecord.find(id, in: store) {
            case .plan(let plan):
                try StandardOutput.write(SafeText.terminal(try PlanExportFormat.markdown.export(plan)))
            case .draft(let draft, _):
                try StandardOutput.write(SafeText.terminal(try knowledge.loadForm().draftMarkdown(draft)))
            case .damaged(_, let file):
                throw CLIError("\(file): the plan file cannot be read")
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a plan as Markdown, JSON or an iCalendar file.",
            discussion: """
                The dates are proposed, to be confirmed by the clinic: the calendar has a tentative \
                all-day event for each session and one for the touch-up.
                """
        )

        @OptionGroup var storage: PlanStorageOptions

        @Argument(
            help: ArgumentHelp("The plan's id (see plans list).", valueName: "id"),
            completion: SavedRecord.idCompletion)
        var id: String

        @Option(name: .long, help: "markdown, json or ics.")
        var format: PlanExportFormat = .markdown

        @Option(
            name: [.short, .long],
            help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var output: String?

        func run() throws {
            let text = try PlanExportFormat.export(format)(try storage.store().plan(id: id))
            guard let output, output != "-" else {
                // Markdown is for reading; JSON and iCalendar are data, with
                // their own escaping, kept exact unless a terminal shows them.
                let forReading = format == .markdown || isatty(STDOUT_FILENO) == 1
                try StandardOutput.write(forReading ? SafeText.terminal(text, tabs: true) : text)
                return
            }
            try RecordFolder.writePrivately(Data(text.utf8), to: URL(fileURLWithPath: output))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete a saved plan or an unfinished intake.",
            discussion: "On a terminal it asks first; --yes deletes without asking (as piped input does)."
        )

        @OptionGroup var storage: PlanStorageOptions

        @Flag(name: [.short, .long], help: "Delete without asking.")
        var yes = false

        @Argument(
            help: ArgumentHelp("The plan's id, or an unfinished intake's (see plans list).", valueName: "id"),
            completion: SavedRecord.idCompletion)
        var id: String

        func run() throws {
            let store = storage.store()
            let record: SavedRecord
            do {
                record = try SavedRecord.find(id, in: store)
            } catch StoreError.damaged(let file, _) where file == (try? store.planFile(id))?.path {
                // A plan file that cannot be read (a dangling or looping link
                // among them) can still be deleted.
                record = .damaged(id: try RecordFolder.validate(id: id), file: file)
            }
            if !yes && isatty(STDIN_FILENO) == 1 {
                try StandardOutput.write(SafeText.terminal("Delete \(record.description)? Type yes to delete it: "))
                var reader = LineReader(descriptor: STDIN_FILENO)
                let answer = (try? reader.nextLine()) ?? nil
                guard let answer, ["yes", "y"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased()) else {
                    try StandardOutput.write((answer == nil ? "\n" : "") + "Nothing deleted.\n")
                    throw ExitCode(1)
                }
            }
            switch record {
            case .plan(let plan):
                try store.delete(id: plan.id)
                try StandardOutput.write("Deleted plan \(plan.id) from \(store.folder.path).\n")
            case .damaged(let id, _):
                try store.delete(id: id)
                try StandardOutput.write("Deleted plan \(id) from \(store.folder.path).\n")
            case .draft(let draft, let drafts):
                try drafts.delete(id: draft.id)
                try StandardOutput.write("Deleted unfinished intake \(draft.id) from \(drafts.folder.path).\n")
            }
        }
    }
}

/// What an id names among the saved files: a plan, else an unfinished
/// intake's draft; neither is the plan store's "no plan" error.
enum SavedRecord: CustomStringConvertible {
    case plan(Plan)
    case draft(IntakeDraft, DraftStore)
    /// A plan file that cannot be read, to be deleted all the same.
    case damaged(id: String, file: String)

    static func find(_ id: String, in store: PlanStore) throws -> SavedRecord {
        do {
            return .plan(try store.plan(id: id))
        } catch StoreError.notFound(let missing, let folder) {
            let drafts = DraftStore(plansFolder: store.folder)
            guard let draft = try? drafts.draft(id: missing) else {
                throw StoreError.notFound(id: missing, folder: folder)
            }
            return .draft(draft, drafts)
        }
    }

    /// Tab in the shell offers the saved ids (plans, then unfinished
    /// intakes) of the folder the command line names, else the default one.
    static let idCompletion = CompletionKind.custom { words, _, prefix in
        var plansDir: String?
        if let flag = words.firstIndex(of: "--plans-dir"), flag + 1 < words.count { plansDir = words[flag + 1] }
        let store = PlanStore.resolve(plansDir: plansDir, environment: Environment.variables)
        let ids =
            ((try? store.list())?.plans.map(\.id) ?? [])
            + ((try? DraftStore(plansFolder: store.folder).list())?.drafts.map(\.id) ?? [])
        return ids.filter { $0.hasPrefix(prefix) }
    }

    var description: String {
        switch self {
        case .plan(let plan):
            return "plan \(plan.id) (\(SafeText.line(plan.clientName ?? "no name")), starts \(plan.startDate.iso))"
        case .damaged(let id, let file):
            return "damaged plan \(id) (\(file))"
        case .draft(let draft, _):
            let name = SafeText.line(draft.clientName ?? "no name")
            return "unfinished intake \(draft.id) (\(name), saved \(CalendarDay.minuteStamp(draft.updatedAt)))"
        }
    }
}
