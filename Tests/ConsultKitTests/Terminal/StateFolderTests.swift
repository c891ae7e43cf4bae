import Testing

@testable import ConsultKit

@Suite struct StateFolderTests {
    @Test(arguments: [
        (["SMP_CONSULT_HOME": "/srv/smp", "XDG_STATE_HOME": "/x", "HOME": "/home/a"], "/srv/smp/history"),
        (["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"], "/x/state/smp-consult/history"),
        (["XDG_STATE_HOME": "relative/state", "HOME": "/home/a"], "/home/a/.local/state/smp-consult/history"),
        (["SMP_CONSULT_HOME": "", "HOME": "/home/a/"], "/home/a/.local/state/smp-consult/history"),
    ])
    func historyFileFollowsTheEnvironment(environment: [String: String], path: String) {
        #expect(StateFolder.historyFile(environment: environment) == path)
    }

    @Test func withNoHomeThereIsNoHistoryFile() {
        #expect(StateFolder.historyFile(environment: [:]) == nil)
    }
}
