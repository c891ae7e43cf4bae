import ArgumentParser
import ConsultKit
import Foundation

/// Where plans are kept, for every command that reads or writes them.
struct PlanStorageOptions: ParsableArguments {
    @Option(
        name: .customLong("plans-dir"),
        help: ArgumentHelp(
            "Keep plans in this folder (default: $SMP_CONSULT_HOME/plans, else $XDG_DATA_HOME/smp-consult/plans, else ~/.local/share/smp-consult/plans).",
            valueName: "dir"))
    var folder: String?

    func store() -> PlanStore {
        PlanStore.resolve(plansDir: folder, environment: Environment.variables)
    }
}
