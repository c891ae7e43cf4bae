/// The knowledge base and intake form from `Intents/`, compiled in by the
/// EmbedIntents plugin (the generated file adds `files`).
public enum BundledIntents {
    /// One YAML file: its name (e.g. `longevity.yaml`) and its full text.
    public struct File: Sendable {
        public let name: String
        public let text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }
}
