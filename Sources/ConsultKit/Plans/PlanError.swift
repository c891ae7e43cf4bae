/// Why a confirmed consultation could not become a plan.
public enum PlanError: Error, CustomStringConvertible, Equatable {
    /// No step with the role `start` was answered.
    case noStartDate

    public var description: String {
        switch self {
        case .noStartDate: return "cannot build the plan: the consultation has no start date"
        }
    }
}
