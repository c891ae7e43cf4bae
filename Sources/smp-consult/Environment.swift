import Foundation

/// The process environment, read in one place.
enum Environment {
    static var variables: [String: String] { ProcessInfo.processInfo.environment }
}
