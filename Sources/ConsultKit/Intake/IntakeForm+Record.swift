import Foundation

extension IntakeForm {
    /// The answers as the plan builder reads them: every step in order, in
    /// readable words, with its role.
    public func record(_ answers: [String: IntakeAnswer], id: String, createdAt: Date) -> ConsultationRecord {
        let entries = steps.map { step -> ConsultationRecord.Entry in
            var entry = ConsultationRecord.Entry(step: step.id, title: step.title, role: step.role, values: [])
            guard let answer = answers[step.id], !answer.skipped else { return entry }
            switch step.kind {
            case .text:
                entry.text = answer.text
                entry.values = answer.text.map { [$0] } ?? []
            case .date:
                entry.date = answer.date
                entry.values = answer.date.map { [$0.iso] } ?? []
            case .choice:
                for value in answer.choices {
                    let option = step.option(value.option)
                    let label = option?.label ?? value.option
                    let readable = value.text.map { "\(label): \($0)" } ?? label
                    entry.values.append(readable)
                    entry.options.append(value.option)
                    if option?.takesText == true { entry.ownWords.append(readable) }
                }
            }
            return entry
        }
        return ConsultationRecord(id: id, createdAt: createdAt, entries: entries)
    }
}
