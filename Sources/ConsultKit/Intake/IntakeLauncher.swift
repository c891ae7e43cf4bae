/// Starts the guided intake from inside the chat. An intake the client paused
/// (Ctrl-C, Ctrl-D) in this chat is picked up again by the next `/intake`,
/// so an interruption never costs the answers already given.
public final class IntakeLauncher {
    public let knowledge: KnowledgeBase
    public let answerer: Answerer
    public let store: PlanStore
    private var current: IntakeSession?

    public init(knowledge: KnowledgeBase, answerer: Answerer, store: PlanStore) {
        self.knowledge = knowledge
        self.answerer = answerer
        self.store = store
    }

    /// The paused intake of this chat if its draft is still there, else a new one.
    public func start() throws -> IntakeSession {
        var settings = IntakeSession.Settings()
        settings.resumeHint = "type /intake to continue, or later: smp-consult intake --resume {id}"
        var resume: IntakeDraft?
        if let current, current.savedPlan == nil {
            resume = try? store.draft(id: current.draft.id)
        }
        let session = try IntakeSession.make(
            knowledge: knowledge, answerer: answerer, store: store, resume: resume, settings: settings)
        current = session
        return session
    }

    /// Saved plans and unfinished intakes, for `/plans`.
    public func plansListing() -> String {
        store.listingText(resumeHint: "/intake (this chat's own) or smp-consult intake --resume ID")
    }
}
