/// Finds a step of the form by what the client calls it: its number, id,
/// title, or a title word no other step uses ("4", "hairline", "colour").
struct StepFinder {
    private let form: IntakeForm
    private let matcher: OptionMatcher

    init(form: IntakeForm) {
        self.form = form
        // Each step becomes an option of a pseudo-step, so the option
        // matcher's forgiveness (numbers, slips, filler) applies to steps too.
        var wordOwners: [String: Set<String>] = [:]
        for step in form.steps {
            for word in Tokenizer.tokens(step.title) { wordOwners[word, default: []].insert(step.id) }
        }
        let filler = Set(form.filler)
        let options = form.steps.map { step in
            let unique = Tokenizer.tokens(step.title).filter { wordOwners[$0]?.count == 1 && !filler.contains($0) }
            return IntakeForm.Option(
                id: step.id, label: step.title, description: step.prompt, synonyms: unique, takesText: false,
                location: step.location)
        }
        let steps = IntakeForm.Step(
            id: "steps", title: "Steps", prompt: "", kind: .choice, isOptional: false, allowsMany: false,
            options: options, filler: ["step", "field", "the", "change", "edit"], location: form.location)
        matcher = OptionMatcher(step: steps, formFiller: form.filler)
    }

    /// The index of the one step `text` names, or nil.
    func index(_ text: String) -> Int? {
        guard case .matched(let values) = matcher.match(text), values.count == 1 else { return nil }
        return form.index(of: values[0].option)
    }
}
