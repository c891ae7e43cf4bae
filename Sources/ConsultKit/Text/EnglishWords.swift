/// Real English words, so spelling correction never turns one into another
/// word ("skill" is not a misspelt "still"; "gimmick" is not a typo).
///
/// The list (`EnglishWords+List.swift`) is compiled into the binary: nothing is
/// read from the system at run time. It is searched in place (it is sorted),
/// with only the start of each word kept aside, so it costs a quarter of a
/// megabyte of memory rather than a hash table's several; and only a word the
/// knowledge base does not know ever asks.
public enum EnglishWords {
    /// Where each word of `list` starts, then one past the end.
    private static let starts: [Int32] = {
        var starts: [Int32] = [0]
        starts.reserveCapacity(72_000)
        var position: Int32 = 0
        for byte in list.utf8 {
            position += 1
            if byte == UInt8(ascii: "\n") { starts.append(position) }
        }
        starts.append(position + 1)
        return starts
    }()

    /// Whether `word` (lowercase letters) is an English word of four letters or more.
    public static func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { target in
            list.utf8.withContiguousStorageIfAvailable { bytes in
                var low = 0
                var high = starts.count - 2
                while low <= high {
                    let middle = (low + high) / 2
                    // The word without its newline.
                    let candidate = UnsafeBufferPointer(
                        rebasing: bytes[Int(starts[middle])..<Int(starts[middle + 1]) - 1])
                    switch compare(candidate, target) {
                    case 0: return true
                    case ..<0: low = middle + 1
                    default: high = middle - 1
                    }
                }
                return false
            } ?? false
        }
    }

    /// Byte order: negative when `a` sorts first, zero when equal.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
            return Int(a[index]) - Int(b[index])
        }
        return a.count - b.count
    }
}
