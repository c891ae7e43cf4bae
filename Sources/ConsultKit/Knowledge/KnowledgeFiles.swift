import BundledIntents
import Foundation

/// The YAML files a knowledge base is read from: the copy compiled into the
/// binary, or a folder given at run time. Which file holds what is up to the
/// readers (`KnowledgeBase`, the intake form); this only lists and reads them.
public struct KnowledgeFiles: Sendable {
    public struct File: Sendable {
        public let name: String
        public let text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// Where the files came from, for messages ("built-in" or the folder path).
    public let origin: String
    public let files: [File]

    public init(origin: String, files: [File]) {
        self.origin = origin
        self.files = files
    }

    /// The knowledge base compiled into the binary from `Intents/`.
    public static let bundled = KnowledgeFiles(
        origin: "built-in",
        files: BundledIntents.files.map { File(name: $0.name, text: $0.text) }
    )

    /// Environment variable naming a folder to use instead of the built-in base.
    public static let environmentVariable = "SMP_CONSULT_INTENTS"

    /// Every `*.yaml` / `*.yml` file directly in `path`, in name order.
    public static func folder(_ path: String) throws -> KnowledgeFiles {
        let url = URL(fileURLWithPath: path, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw KnowledgeError.unreadableFolder(path: path, reason: "no such folder")
        }
        guard isDirectory.boolValue else {
            throw KnowledgeError.unreadableFolder(path: path, reason: "not a folder")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw KnowledgeError.unreadableFolder(path: path, reason: "permission denied or unreadable")
        }
        var files: [File] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let fileURL = url.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: fileURL.path) else {
                throw KnowledgeError.unreadableFolder(path: path, reason: "cannot read \(name)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw KnowledgeError.invalid([Diagnostic(FileLocation(file: name, line: 0), "not valid UTF-8")])
            }
            files.append(File(name: name, text: text))
        }
        guard !files.isEmpty else { throw KnowledgeError.noIntents(path: path) }
        return KnowledgeFiles(origin: path, files: files)
    }

    /// The folder named by `--intents`, else by `SMP_CONSULT_INTENTS`, else built-in.
    public static func resolve(folder: String?, environment: [String: String]) throws -> KnowledgeFiles {
        if let folder, !folder.isEmpty { return try .folder(folder) }
        if let folder = environment[environmentVariable], !folder.isEmpty { return try .folder(folder) }
        return .bundled
    }

    /// The text of a named file, if there is one.
    public func file(named name: String) -> File? {
        files.first { $0.name == name }
    }
}
