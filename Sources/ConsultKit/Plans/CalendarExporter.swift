import Foundation

/// The plan as an iCalendar file (RFC 5545): an all-day event for each
/// session and one for the touch-up, with CRLF line endings, lines folded at
/// 75 octets and text escaped, so common calendar programs import it. The
/// events are tentative and say so: the clinic confirms the dates.
public enum CalendarExporter {
    public static func export(_ plan: Plan) -> String {
        let stamp = timestamp(plan.createdAt)
        let who = plan.clientName.map { " (\(SafeText.line($0)))" } ?? ""
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//smp-consult//Treatment plan//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        let count = plan.sessions.count
        for session in plan.sessions {
            var description = plan.confirmationNote + "\n"
            description += "Most often \(session.pigment) pigment in this session.\n"
            description += "Aftercare for the first 5 to 7 days (until \(session.aftercare.until.short)): "
            description += session.aftercare.instructions.joined(separator: " ")
            description += "\n" + PlanBuilder.Text.redness + "\n" + PlanBuilder.Text.sun
            lines += event(
                uid: "\(plan.id)-session-\(session.number)@smp-consult", stamp: stamp, day: session.date,
                summary: "Proposed: SMP session \(session.number) of \(count)\(who)", description: description)
        }
        lines += event(
            uid: "\(plan.id)-touch-up@smp-consult", stamp: stamp, day: plan.touchUp.due,
            summary: "Proposed: SMP touch-up\(who)", description: plan.confirmationNote + "\n" + plan.touchUp.note)
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func event(uid: String, stamp: String, day: CalendarDay, summary: String, description: String)
        -> [String]
    {
        [
            "BEGIN:VEVENT",
            "UID:" + escape(uid),
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + compact(day),
            "DTEND;VALUE=DATE:" + compact(day.adding(days: 1)),
            "SUMMARY:" + escape(summary),
            "DESCRIPTION:" + escape(description),
            "STATUS:TENTATIVE",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    /// `20261207`.
    static func compact(_ day: CalendarDay) -> String {
        day.iso.replacingOccurrences(of: "-", with: "")
    }

    /// `20261126T054000Z`.
    static func timestamp(_ date: Date) -> String {
        let utc = TimeZone(identifier: "UTC") ?? .current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let v = value ?? 0
            return (v < 10 ? "0" : "") + String(v)
        }
        return compact(CalendarDay(date, in: utc)) + "T" + two(parts.hour) + two(parts.minute) + two(parts.second) + "Z"
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline;
    /// other control characters are dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            case "\r": continue
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += " "
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits a content line into pieces of at most 75 octets, each
    /// continuation starting with a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var pieces: [String] = []
        var current = ""
        var currentBytes = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if currentBytes + size > limit {
                pieces.append(current)
                current = ""
                currentBytes = 0
                limit = 74  // the leading space counts
            }
            current.unicodeScalars.append(scalar)
            currentBytes += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
