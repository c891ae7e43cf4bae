/// What a confirmed intake becomes. The intake knows nothing of plans: its
/// host hands it a completion that builds and keeps the plan.
public protocol IntakeCompletion {
    /// Keeps what `record` makes and returns what to tell the client; throws
    /// when nothing could be kept (the intake then keeps its answers).
    func complete(_ record: ConsultationRecord) throws -> String
}
