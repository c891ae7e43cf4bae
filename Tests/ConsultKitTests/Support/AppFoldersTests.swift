import Foundation
import Testing

@testable import ConsultKit

@Suite struct AppFoldersTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let environment: [String: String]
        let plans: String
        let history: String
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "SMP_CONSULT_HOME holds everything",
            environment: [
                "SMP_CONSULT_HOME": "/srv/smp", "XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s", "HOME": "/home/a",
            ],
            plans: "/srv/smp/plans", history: "/srv/smp/history"),
        Case(
            name: "absolute XDG folders",
            environment: ["XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s", "XDG_CACHE_HOME": "/c", "HOME": "/home/a"],
            plans: "/d/smp-consult/plans", history: "/s/smp-consult/history"),
        Case(
            name: "relative XDG folders are ignored",
            environment: ["XDG_DATA_HOME": "d", "XDG_STATE_HOME": "s", "XDG_CACHE_HOME": "c", "HOME": "/home/a"],
            plans: "/home/a/.local/share/smp-consult/plans", history: "/home/a/.local/state/smp-consult/history"),
        Case(
            name: "empty variables count as unset",
            environment: ["SMP_CONSULT_HOME": "", "XDG_DATA_HOME": "", "HOME": "/home/a/"],
            plans: "/home/a/.local/share/smp-consult/plans", history: "/home/a/.local/state/smp-consult/history"),
    ]

    @Test(arguments: cases)
    func foldersFollowTheEnvironment(_ example: Case) {
        let folders = AppFolders(environment: example.environment)
        #expect(folders.plans.path == example.plans)
        #expect(folders.history.path == example.history)
    }

    @Test func withNoHomeTheAccountsHomeFolderStandsIn() {
        let folders = AppFolders(environment: [:])
        let home = URL(fileURLWithPath: NSHomeDirectory()).path
        #expect(folders.plans.path == home + "/.local/share/smp-consult/plans")
    }

    @Test func thePlanStoreUsesThePlansFolder() {
        let environment = ["XDG_DATA_HOME": "relative", "HOME": "/home/b"]
        #expect(
            PlanStore.resolve(plansDir: nil, environment: environment).folder
                == AppFolders(environment: environment).plans)
    }
}
