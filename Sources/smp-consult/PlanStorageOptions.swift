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
        // The data folder above the plans is as private as they are.
        if folder == nil { PrivateFiles.tighten(AppFolders(environment: Environment.variables).data) }
        let store = PlanStore.resolve(plansDir: folder, environment: Environment.variables)
        PrivateFiles.tighten(store.folder)
        PrivateFiles.tighten(DraftStore(plansFolder: store.folder).folder)
        return store
    }
}
