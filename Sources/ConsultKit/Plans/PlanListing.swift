import Foundation

extension PlanStore {
    /// The saved plans, unfinished drafts and unreadable files as text, for
    /// `smp-consult plans list` and the chat's `/plans`.
    public func listingText(resumeHint: String = "smp-consult intake --resume ID") -> String {
        let (plans, planProblems) = list()
        let (drafts, draftProblems) = self.drafts()
        var text = ""
        if plans.isEmpty {
            text += "No saved plans in \(folder.path).\n"
        } else {
            text += "Plans in \(folder.path):\n"
            let nameWidth = min(30, plans.map { PlanText.clean($0.clientName ?? "(no name)").count }.max() ?? 0)
            for plan in plans {
                let name = PlanText.clean(plan.clientName ?? "(no name)")
                let shown = name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "…" : name
                text += "  \(plan.id)  \(shown.padding(toLength: nameWidth, withPad: " ", startingAt: 0))"
                text += "  starts \(plan.startDate.iso)  touch-up \(plan.touchUp.due.iso)\n"
            }
        }
        if !drafts.isEmpty {
            text += "Unfinished intakes (resume with: \(resumeHint)):\n"
            for draft in drafts {
                let answered = draft.answers.values.filter { !$0.skipped }.count
                let name = draft.answers[IntakeForm.nameStepID]?.text.map { "  " + PlanText.clean($0) } ?? ""
                text += "  \(draft.id)  \(answered) answer\(answered == 1 ? "" : "s"), saved \(PlanText.timestamp(draft.updatedAt))\(name)\n"
            }
        }
        let problems = planProblems + draftProblems
        if !problems.isEmpty {
            text += "Unreadable files (\(problems.count)):\n"
            for problem in problems { text += "  \(problem)\n" }
        }
        return text
    }
}

/// Small text helpers shared by the plan's views.
enum PlanText {
    /// One line with no control characters or terminal escape sequences
    /// (names come from the keyboard and end up on terminals and in files),
    /// runs of spaces collapsed.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var lastWasSpace = true
        while let scalar = scalars.next() {
            var keep = scalar
            if scalar == "\u{1B}" {
                // ESC [ parameters final-byte (CSI), or ESC and one more character.
                if let next = scalars.next(), next == "[" {
                    while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
                }
                keep = " "
            } else if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                || scalar.properties.isWhitespace
            {
                keep = " "
            }
            if keep == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            result.append(keep)
        }
        return String(result).trimmingCharacters(in: .whitespaces)
    }

    /// `2026-11-26 05:40 UTC`.
    static func timestamp(_ date: Date) -> String {
        let utc = TimeZone(identifier: "UTC") ?? .current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = parts.hour ?? 0, minute = parts.minute ?? 0
        return CalendarDay(date, in: utc).iso + " " + (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute) UTC"
    }

    /// `7 December 2026` without the weekday.
    static func short(_ day: CalendarDay) -> String {
        "\(day.day) \(CalendarDay.monthNames[day.month - 1]) \(day.year)"
    }
}
