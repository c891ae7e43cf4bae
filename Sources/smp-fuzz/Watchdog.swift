import Foundation
import Synchronization

/// Stops the run when one case takes longer than `limit`: a hang is a
/// finding, reported with the seed and case number that reproduce it.
final class Watchdog: Sendable {
    private let started = Atomic<UInt64>(0)
    private let caseNumber = Atomic<Int>(0)
    private let what = Mutex<String>("")
    let limit: Double
    let seed: UInt64

    init(limit: Double, seed: UInt64) {
        self.limit = limit
        self.seed = seed
        let thread = Thread { [self] in watch() }
        thread.stackSize = 1 << 16
        thread.start()
    }

    /// Marks the start of case `number` of `kind`.
    func begin(_ kind: String, _ number: Int) {
        if what.withLock({ $0 }) != kind { what.withLock { $0 = kind } }
        caseNumber.store(number, ordering: .relaxed)
        started.store(DispatchTime.now().uptimeNanoseconds, ordering: .releasing)
    }

    func end() {
        started.store(0, ordering: .releasing)
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: 0.2)
            let start = started.load(ordering: .acquiring)
            guard start != 0 else { continue }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9
            if seconds > limit {
                let kind = what.withLock { $0 }
                let number = caseNumber.load(ordering: .relaxed)
                FileHandle.standardError.write(
                    Data(
                        "HANG: \(kind) case \(number) ran over \(limit) s (reproduce: smp-fuzz --seed \(seed) --show \(kind):\(number))\n"
                            .utf8))
                exit(2)
            }
        }
    }
}
