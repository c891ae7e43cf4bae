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
        let yamlNames = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard yamlNames.count <= maximumFileCount else {
            throw KnowledgeError.tooManyFiles(path: path, limit: maximumFileCount)
        }
        guard !yamlNames.isEmpty else { throw KnowledgeError.noIntents(path: path) }
        return try read(yamlNames.map { url.appendingPathComponent($0) }, origin: path)
    }

    /// A knowledge base holds a few dozen files of a few kilobytes; these
    /// limits only stop a wrong folder or a hostile file from taking the memory.
    public static let maximumFileCount = 1_000
    public static let maximumFileSize = 1 << 20

    /// The files at `urls`, named by their last path component, each checked
    /// to be UTF-8 and within `maximumFileSize`.
    public static func read(_ urls: [URL], origin: String) throws -> KnowledgeFiles {
        guard urls.count <= maximumFileCount else {
            throw KnowledgeError.tooManyFiles(path: origin, limit: maximumFileCount)
        }
        var files: [File] = []
        for url in urls {
            let name = url.lastPathComponent
            let data: Data
            do {
                let handle = try FileHandle(forReadingFrom: url)
                defer { try? handle.close() }
                data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
            } catch {
                throw KnowledgeError.unreadableFolder(path: origin, reason: "cannot read \(name)")
            }
            guard data.count <= maximumFileSize else {
                throw KnowledgeError.fileTooLarge(file: name, limit: maximumFileSize)
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                throw KnowledgeError.invalid([
                    Diagnostic(FileLocation(file: name, line: firstInvalidLine(data)), "not valid UTF-8")
                ])
            }
            files.append(File(name: name, text: text))
        }
        return KnowledgeFiles(origin: origin, files: files)
    }

    /// The line of the first byte that is not part of valid UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int {
        var line = 1
        var iterator = data.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return line
            case .error: return line
            }
        }
    }

    /// The folder named by `--intents`, else by `SMP_CONSULT_INTENTS`; nil
    /// for the built-in knowledge base (which lives in a module above this one).
    public static func resolve(folder: String?, environment: [String: String]) throws -> KnowledgeFiles? {
        if let folder, !folder.isEmpty { return try .folder(folder) }
        if let folder = environment[environmentVariable], !folder.isEmpty { return try .folder(folder) }
        return nil
    }

    /// These files and `file`, unless one of the same name is already here.
    public func adding(_ file: File?) -> KnowledgeFiles {
        guard let file, self.file(named: file.name) == nil else { return self }
        return KnowledgeFiles(origin: origin, files: files + [file])
    }

    /// The text of a named file, if there is one.
    public func file(named name: String) -> File? {
        files.first { $0.name == name }
    }
}
