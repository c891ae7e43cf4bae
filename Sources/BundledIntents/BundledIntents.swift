import ConsultKit

/// The knowledge base and intake form from `Intents/`, compiled in by the
/// EmbedIntents plugin: the YAML texts, and the matcher's index built from
/// them while the program was built. Start-up decodes the index; it reads no
/// YAML and builds nothing.
public enum BundledIntents {
    /// Where messages say the built-in files come from.
    public static let origin = "built-in"

    /// The YAML files as they were in `Intents/` (for the intake form, `intents check`).
    public static let files = KnowledgeFiles(
        origin: origin, files: yamlFiles.map { KnowledgeFiles.File(name: $0.name, text: $0.text) })

    /// The matcher over the built-in knowledge base, from the prebuilt index.
    public static let matcher: Matcher = {
        do {
            return try Matcher.decodeIndex(Base64.decode(encodedIndex), files: files)
        } catch {
            // The index was written by this very build's code: only a broken build gets here.
            preconditionFailure("the built-in matcher index does not decode; rebuild the program")
        }
    }()

    /// The built-in knowledge base.
    public static var knowledge: KnowledgeBase { matcher.knowledge }
}
