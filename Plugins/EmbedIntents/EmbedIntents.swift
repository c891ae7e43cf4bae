import PackagePlugin

/// Turns the YAML files of a target (reached through its `Intents` symlink)
/// into one generated Swift file holding their texts and the matcher's index
/// built from them, so the knowledge base is inside the binary, ready to use.
///
/// Inputs come from the target's own file list rather than from a folder scan:
/// SwiftPM re-runs a build-tool plugin when the target's files change, so added
/// and deleted YAML files are picked up.
@main
struct EmbedIntents: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = target.sourceFiles
            .map(\.url)
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIntents.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) intent files",
                executable: try context.tool(named: "EmbedIntentsTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
