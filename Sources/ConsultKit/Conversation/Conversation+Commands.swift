/// The slash commands: /help, /topics, /intake, /plans, /explain, /quit.
extension Conversation {
    func command(_ line: String) -> Reply {
        guard let command = SlashCommand(parsing: line) else {
            let word = line.prefix { !$0.isWhitespace }
            return reply([.text("I don't know the command \(word). Type /help to see the commands.")])
        }
        switch command {
        case .help: return help()
        case .topics: return topics()
        case .intake: return beginIntake()
        case .plans:
            guard let listPlans else {
                return reply([.text("Saved plans are not available in this build.")])
            }
            return reply([.text(listPlans())])
        case .explain:
            explain.toggle()
            return reply([
                .text(
                    explain
                        ? "Explanations on: each answer now shows why it matched."
                        : "Explanations off.")
            ])
        case .quit: return endOfInput()
        }
    }

    private func help() -> Reply {
        let width = SlashCommand.allCases.map(\.name.count).max() ?? 0
        let lines = SlashCommand.allCases.map { command in
            "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary
        }
        return reply([
            .text("Ask a question in your own words, for example \"how long does SMP last?\"."),
            .text(
                "When I offer numbered topics, type the number to read one. A short follow-up such as \"and for women?\" is read with your previous question."
            ),
            .heading("Commands"),
            .text(lines.joined(separator: "\n")),
            .note("On a terminal: Tab completes, Up recalls earlier lines, Ctrl-C clears the line, Ctrl-D leaves."),
        ])
    }

    private func topics() -> Reply {
        var blocks: [Reply.Block] = [.text("I can answer questions on these topics:")]
        var choices: [Reply.Choice] = []
        for group in topicGroups() {
            blocks.append(.heading(group.name))
            let lines = group.intents.map { intent -> String in
                let choice = Reply.Choice(number: choices.count + 1, title: intent.title, intentID: intent.id)
                choices.append(choice)
                return "  \(choice.number). \(intent.title)"
            }
            blocks.append(.text(lines.joined(separator: "\n")))
        }
        blocks.append(.note("Type a number to read one, or ask in your own words."))
        let result = reply(blocks)
        pendingChoices = choices
        return result
    }

    /// Guide topics by group, groups in alphabetical order, topics in
    /// knowledge-base order.
    func topicGroups() -> [(name: String, intents: [Intent])] {
        let guide = knowledge.intents.filter { $0.kind == .guide }
        let names = Set(guide.map(\.group)).sorted()
        return names.map { name in (name, guide.filter { $0.group == name }) }
    }

    /// Said when a request to book or plan starts the intake: the plan only
    /// proposes dates, so no client leaves believing they are booked.
    public static let bookingNote =
        "I can't book appointments: we plan your treatment here, and the clinic confirms the dates."

    func beginIntake(lead: String? = nil) -> Reply {
        guard let startIntake else {
            return reply([.text("The guided consultation is not available in this build.")])
        }
        do {
            let dialog = try startIntake()
            self.dialog = dialog
            pendingChoices = []
            var result = dialogReply(dialog.start())
            if let lead { result.blocks.insert(.text(lead), at: 0) }
            return result
        } catch {
            return reply([.text("The guided consultation could not start: \(error)")])
        }
    }
}
