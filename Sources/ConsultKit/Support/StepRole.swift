/// What a step of the consultation form is for, so that code reads answers
/// by meaning and a form may name its steps as it likes. The form declares
/// each role at most once (`role:` in `intake.yaml`).
public enum StepRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// The client's name (free text).
    case name
    /// What the client wants from SMP (several options).
    case goals
    /// The natural hair colour.
    case colour
    /// The hairline shape.
    case hairline
    /// How dense the dots should look.
    case density
    /// The preferred start date; the plan is scheduled from it.
    case start
}
