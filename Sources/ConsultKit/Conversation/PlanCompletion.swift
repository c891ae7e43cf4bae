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

    /// When the clinic works: sessions are proposed on its open days.
    public let clinic: Clinic

    public init(store: PlanStore?, clinic: Clinic = .unnamed, savedHint: String = PlanCompletion.defaultSavedHint) {
        self.store = store
        self.clinic = clinic
        self.savedHint = savedHint
    }

    public func complete(_ record: ConsultationRecord) throws -> String {
        let plan = try PlanBuilder.build(record, clinic: clinic)
        try store?.save(plan)
        self.plan = plan
        var text = "Saved plan \(plan.id)" + (plan.clientName.map { " for \($0)" } ?? "") + ". "
        text += plan.confirmationNote + "\n"
        if let first = plan.sessions.first?.date, first != plan.startDate {
            text += "  Your preferred start, \(plan.startDate.long), is not a day \(clinic.displayName) is open: "
            text += "the first session is proposed for the next open day.\n"
        }
        for session in plan.sessions {
            text += "  Session \(session.number): \(session.date.long) (most often \(session.pigment) pigment; "
            text += "aftercare until \(session.aftercare.until.long))\n"
        }
        text += "  Finished result: not before \(plan.earliestFinish.long)\n"
        text += "  Touch-up: about \(plan.touchUp.due.long)\n"
        text += savedHint.replacingOccurrences(of: "{id}", with: plan.id)
        return text
    }
}
