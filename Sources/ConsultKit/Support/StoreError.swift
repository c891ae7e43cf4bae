/// What can go wrong reading or writing plans and drafts. Every message names
/// the file or folder involved.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case invalidID(String)
    case notFound(id: String, folder: String)
    case draftNotFound(id: String, folder: String)
    case noDrafts(folder: String)
    case damaged(file: String, reason: String)
    case newerVersion(file: String, version: Int, supported: Int)
    case unwritable(folder: String, reason: String)
    case writeFailed(file: String, reason: String)
    case unreadable(folder: String, reason: String)
    case openElsewhere(id: String)
    case savedMeanwhile(id: String, file: String)

    public var description: String {
        switch self {
        case .invalidID(let id):
            return "'\(id)' is not a plan id (ids look like 20261207-k3f9qz: lowercase letters, digits and -)"
        case .notFound(let id, let folder):
            return "no plan '\(id)' in \(folder) (smp-consult plans list shows the plans)"
        case .draftNotFound(let id, let folder):
            return "no draft '\(id)' in \(folder) (smp-consult plans list shows the drafts)"
        case .noDrafts(let folder):
            return "no draft to resume in \(folder)"
        case .damaged(let file, let reason):
            return "\(file): damaged plan file: \(reason)"
        case .newerVersion(let file, let version, let supported):
            return
                "\(file): written by a newer smp-consult (plan version \(version); this one reads up to \(supported)); update smp-consult to read it"
        case .unwritable(let folder, let reason):
            return
                "cannot write plans to \(folder): \(reason) (choose another folder with --plans-dir or SMP_CONSULT_HOME)"
        case .writeFailed(let file, let reason):
            return "cannot save \(file): \(reason)"
        case .unreadable(let folder, let reason):
            return "cannot read the folder \(folder): \(reason)"
        case .openElsewhere(let id):
            return "the intake '\(id)' is open elsewhere (in another smp-consult); finish or leave it there first"
        case .savedMeanwhile(let id, let file):
            return "plan '\(id)' was saved meanwhile by another smp-consult (\(file)); it was left as it is"
        }
    }
}
