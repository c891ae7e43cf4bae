import Foundation

/// Starts guided intakes for the chat's `/intake` and the `intake` command
/// alike: the form that goes with the knowledge base, drafts kept beside the
/// plans, a confirmed intake saved as a plan. An intake the client paused
/// (Ctrl-C, Ctrl-D) in a chat is picked up again by the next `/intake`, so
/// an interruption never costs the answers already given.
public final class IntakeLauncher {
    public let knowledge: KnowledgeBase
    public let answerer: Answerer
    public let plans: PlanStore
    public let drafts: DraftStore
    private let today: @Sendable () -> CalendarDay
    private var current: IntakeSession?
    /// This process's hold on the draft of the intake it runs.
    private var claim: RecordClaim?

    public init(
        knowledge: KnowledgeBase, answerer: Answerer, store: PlanStore,
        today: @escaping @Sendable () -> CalendarDay = { CalendarDay.today() }
    ) {
        self.knowledge = knowledge
        self.answerer = answerer
        plans = store
        drafts = DraftStore(plansFolder: store.folder)
        self.today = today
    }

    /// A new intake, or `draft` resumed, once the form has loaded and both
    /// folders have been proved writable (before a single question).
    public func session(resume draft: IntakeDraft? = nil, settings: IntakeSession.Settings = .init()) throws
        -> IntakeSession
    {
        let form = try IntakeForm.load(from: knowledge.files)
        try prepare()
        var draft = draft
        if let resumed = draft {
            // A chat resuming its own paused intake holds it already.
            if claim?.id != resumed.id {
                let taken = try drafts.claim(resumed.id)
                claim?.release()
                claim = taken
            }
            // What the process that held it last saved.
            draft = try drafts.draft(id: resumed.id)
        } else {
            claim?.release()
            claim = nil
        }
        let session = IntakeSession(
            form: form, answerer: answerer, drafts: drafts,
            completion: PlanCompletion(store: plans, clinic: knowledge.clinic), draft: draft,
            settings: settings, today: today)
        if claim == nil { claim = try drafts.claim(session.draft.id) }
        return session
    }

    /// Creates the plans and drafts folders and proves them writable.
    public func prepare() throws {
        try plans.prepare()
        try drafts.prepare()
    }

    /// For the chat: the paused intake of this chat if its draft is still
    /// there, else a new one.
    public func start() throws -> any Dialog {
        var settings = IntakeSession.Settings()
        settings.continueHint = "Type /intake to continue"
        var resume: IntakeDraft?
        if let current, current.outcome != .saved {
            resume = try? drafts.draft(id: current.draft.id)
        }
        let session = try session(resume: resume, settings: settings)
        current = session
        return IntakeDialog(session)
    }

    /// The draft id of the intake started last, saved or not yet.
    public var currentDraftID: String? { current?.draft.id }

    /// Saved plans and unfinished intakes, for `/plans`.
    public func plansListing() -> String {
        do {
            return try PlansOverview.text(
                plans: plans, drafts: drafts, form: try? IntakeForm.load(from: knowledge.files),
                resumeHint: "/intake (this chat's own) or smp-consult intake --resume ID")
        } catch {
            return "\(error)"
        }
    }
}
