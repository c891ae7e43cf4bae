/// What a confirmed intake becomes: a plan built from the answers, saved in
/// the store, summarised for the client with where to find it.
public final class PlanCompletion: IntakeCompletion {
    /// Where to look at a saved plan; `{id}` becomes the plan id.
    public static let defaultSavedHint =
        "Show it with: smp-consult plans show {id}\nThe proposed dates as tentative calendar events: smp-consult plans export {id} --format ics > plan.ics"

    /// Where the plan is saved; nil keeps it in memory only.
    public let store: PlanStore?
    public let savedHint: String
    /// The plan, once built and saved.
    public private(set) var plan: Plan?

    public init(store: PlanStore?, savedHint: String = PlanCompletion.defaultSavedHint) {
        self.store = store
        self.savedHint = savedHint
    }

    public func complete(_ record: ConsultationRecord) throws -> String {
        let plan = try PlanBuilder.build(record)
        try store?.save(plan)
        self.plan = plan
        var text = "Saved plan \(plan.id)" + (plan.clientName.map { " for \($0)" } ?? "") + ". "
        text += "The dates are \(plan.status):\n"
        for session in plan.sessions {
            text += "  Session \(session.number): \(session.date.long) (\(session.pigment) pigment; aftercare until \(session.aftercare.until.long))\n"
        }
        text += "  Finished result: not before \(plan.earliestFinish.long)\n"
        text += "  Touch-up: about \(plan.touchUp.due.long)\n"
        text += savedHint.replacingOccurrences(of: "{id}", with: plan.id)
        return text
    }
}
