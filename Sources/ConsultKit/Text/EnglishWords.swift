/// Real English words, so spelling correction never turns one into another
/// word ("skill" is not a misspelt "still"; "gimmick" is not a typo).
///
/// The list (`EnglishWords+List.swift`) is compiled into the binary: nothing is
/// read from the system at run time. It is split into a set on first use,
/// which only a word the knowledge base does not know can trigger.
public enum EnglishWords {
    private static let set: Set<Substring> = Set(list.split(separator: "\n"))

    /// Whether `word` (lowercase letters) is an English word of four letters or more.
    public static func contains(_ word: String) -> Bool {
        set.contains(Substring(word))
    }
}
