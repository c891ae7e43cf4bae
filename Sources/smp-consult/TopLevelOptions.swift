import ArgumentParser

/// `smp-consult --intents DIR ask`: the options shared by several
/// subcommands may also come before the subcommand's name. They are moved
/// after it, where the subcommand's own option groups read them; a
/// subcommand that does not take one says so in its usage message.
enum TopLevelOptions {
    /// Options that take a value, as their subcommands spell them.
    static let names: Set<String> = ["--intents", "--plans-dir"]

    /// `arguments` (without the program name) with leading shared options
    /// moved to the end of the subcommand's arguments (before a `--`).
    static func hoisted(_ arguments: [String], subcommands: Set<String>) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if names.contains(word), index + 1 < arguments.count {
                leading += [word, arguments[index + 1]]
                index += 2
            } else if let equals = word.firstIndex(of: "="), names.contains(String(word[..<equals])) {
                leading.append(word)
                index += 1
            } else {
                break
            }
        }
        // Only before a named subcommand: alone they already go to the default one.
        guard !leading.isEmpty, index < arguments.count, subcommands.contains(arguments[index]) else {
            return arguments
        }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: leading, at: end)
        return rest
    }
}

extension SMPConsult {
    /// The command line with the shared options moved after the subcommand.
    static var hoistedArguments: [String] {
        let names = Set(configuration.subcommands.map { $0._commandName } + ["help"])
        return TopLevelOptions.hoisted(Array(CommandLine.arguments.dropFirst()), subcommands: names)
    }
}
