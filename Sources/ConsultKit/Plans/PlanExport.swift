import Foundation

/// The ways a plan can be written out.
public enum PlanExportFormat: String, Sendable, CaseIterable {
    /// A readable document for the client or the clinic's records.
    case markdown
    /// The plan as stored: versioned JSON for programs.
    case json
    /// An iCalendar file (RFC 5545): one all-day event per session and one for the touch-up.
    case ics

    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .json: return "json"
        case .ics: return "ics"
        }
    }

    public func export(_ plan: Plan) throws -> String {
        switch self {
        case .markdown: return MarkdownExporter.export(plan)
        case .json: return String(decoding: try RecordFolder.encode(plan), as: UTF8.self)
        case .ics: return CalendarExporter.export(plan)
        }
    }
}
