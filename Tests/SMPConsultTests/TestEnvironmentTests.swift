import Foundation
import Testing

/// What the tests' processes see: every folder inside their temporary home.
@Suite struct TestEnvironmentTests {
    @Test func everyFolderTheProgramUsesIsInsideTheTemporaryHome() {
        let home = URL(fileURLWithPath: "/tmp/some-test-home")
        let variables = TestEnvironment.variables(home: home)
        let folders = [
            "HOME", "SMP_CONSULT_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
        ]
        for key in folders {
            #expect(variables[key]?.hasPrefix(home.path) == true, "\(key) is \(variables[key] ?? "unset")")
        }
        for key in TestEnvironment.removed { #expect(variables[key] == nil, "\(key) is passed on") }
    }

    @Test func overridesComeLast() {
        let variables = TestEnvironment.variables(
            home: URL(fileURLWithPath: "/tmp/h"), ["SMP_CONSULT_HOME": "/tmp/h/state", "NO_COLOR": "1"])
        #expect(variables["SMP_CONSULT_HOME"] == "/tmp/h/state")
        #expect(variables["NO_COLOR"] == "1")
        #expect(variables["HOME"] == "/tmp/h")
    }
}
