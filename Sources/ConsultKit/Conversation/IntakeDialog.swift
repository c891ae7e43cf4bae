/// The guided intake as a dialog of the chat: the intake has its own reply
/// type (it knows nothing of the chat), mapped here one to one.
final class IntakeDialog: Dialog {
    let session: IntakeSession

    init(_ session: IntakeSession) {
        self.session = session
    }

    func start() -> DialogStep { Self.step(session.start()) }

    func handle(_ line: String) -> DialogStep { Self.step(session.handle(line)) }

    var completions: [String] { session.completions }

    func interrupt(leaving: Bool) -> String? { session.interrupt(leaving: leaving) }

    private static func step(_ reply: IntakeReply) -> DialogStep {
        switch reply {
        case .continues(let text): return .continues(text)
        case .finished(let text): return .finished(text)
        }
    }
}
