/// What can stop an intake from starting or going on.
public enum IntakeError: Error, CustomStringConvertible, Equatable {
    /// `intake.yaml` has problems (each with file:line).
    case invalidForm([Diagnostic])
    /// Neither the knowledge folder nor the built-in copy has a form.
    case missingForm(origin: String)
    /// A value given up front (a command-line flag) is not a valid answer.
    case invalidPrefill(step: String, message: String)
    /// A value was given for a role no step of the form plays.
    case noStep(StepRole)

    public var description: String {
        switch self {
        case .invalidForm(let diagnostics):
            let shown = diagnostics.prefix(5).map(\.description).joined(separator: "\n")
            let more = diagnostics.count > 5 ? "\n(\(diagnostics.count - 5) more problems)" : ""
            return "the intake form has problems:\n" + shown + more
        case .missingForm(let origin):
            return "no \(IntakeForm.fileName) in \(origin) and none built in"
        case .invalidPrefill(let step, let message):
            return "\(step): \(message)"
        case .noStep(let role):
            return "the intake form has no step with role '\(role.rawValue)'"
        }
    }
}
