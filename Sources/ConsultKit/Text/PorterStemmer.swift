/// Martin Porter's 1980 suffix-stripping stemmer, on lowercase ASCII bytes.
///
/// The matcher compares stems so that "sessions", "session" and "sessional"
/// meet. Non-ASCII words are returned unchanged: the algorithm is for English.
public enum PorterStemmer {
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var state = State(b: bytes, k: bytes.count - 1)
        state.step1ab()
        if state.k > 0 {
            state.step1c()
            state.step2()
            state.step3()
            state.step4()
            state.step5()
        }
        bytes = Array(state.b[0...state.k])
        return String(decoding: bytes, as: UTF8.self)
    }

    private struct State {
        var b: [UInt8]
        var k: Int
        var j = 0

        func isConsonant(_ i: Int) -> Bool {
            switch b[i] {
            case a, e, letterI, o, u: return false
            case y: return i == 0 ? true : !isConsonant(i - 1)
            default: return true
            }
        }

        /// The number of vowel-consonant sequences in b[0...j].
        func measure() -> Int {
            var n = 0
            var i = 0
            while true {
                if i > j { return n }
                if !isConsonant(i) { break }
                i += 1
            }
            i += 1
            while true {
                while true {
                    if i > j { return n }
                    if isConsonant(i) { break }
                    i += 1
                }
                i += 1
                n += 1
                while true {
                    if i > j { return n }
                    if !isConsonant(i) { break }
                    i += 1
                }
                i += 1
            }
        }

        func vowelInStem() -> Bool {
            guard j >= 0 else { return false }
            for i in 0...j where !isConsonant(i) { return true }
            return false
        }

        func doubleConsonant(_ i: Int) -> Bool {
            i >= 1 && b[i] == b[i - 1] && isConsonant(i)
        }

        /// consonant-vowel-consonant ending at i, the last not w, x or y.
        func cvc(_ i: Int) -> Bool {
            guard i >= 2, isConsonant(i), !isConsonant(i - 1), isConsonant(i - 2) else { return false }
            return b[i] != w && b[i] != x && b[i] != y
        }

        mutating func ends(_ s: StaticString) -> Bool {
            let length = s.utf8CodeUnitCount
            guard length <= k + 1 else { return false }
            let start = k - length + 1
            let matches = s.withUTF8Buffer { suffix in
                for offset in 0..<length where b[start + offset] != suffix[offset] { return false }
                return true
            }
            guard matches else { return false }
            j = k - length
            return true
        }

        mutating func setTo(_ s: StaticString) {
            let length = s.utf8CodeUnitCount
            // Bytes past k are dead (earlier steps move k back without trimming).
            if b.count > k + 1 { b.removeSubrange((k + 1)...) }
            s.withUTF8Buffer { replacement in
                b.replaceSubrange((j + 1)..<(k + 1), with: replacement)
            }
            k = j + length
        }

        mutating func replace(_ s: StaticString) {
            if measure() > 0 { setTo(s) }
        }

        mutating func step1ab() {
            if b[k] == letterS {
                if ends("sses") {
                    k -= 2
                } else if ends("ies") {
                    setTo("i")
                } else if k >= 1, b[k - 1] != letterS {
                    k -= 1
                }
            }
            if ends("eed") {
                if measure() > 0 { k -= 1 }
            } else if (ends("ed") || ends("ing")) && vowelInStem() {
                k = j
                if ends("at") {
                    setTo("ate")
                } else if ends("bl") {
                    setTo("ble")
                } else if ends("iz") {
                    setTo("ize")
                } else if doubleConsonant(k) {
                    k -= 1
                    if b[k] == l || b[k] == letterS || b[k] == z { k += 1 }
                } else if measure() == 1 && cvc(k) {
                    setTo("e")
                }
            }
        }

        mutating func step1c() {
            if ends("y") && vowelInStem() { b[k] = letterI }
        }

        mutating func step2() {
            guard k >= 1 else { return }
            switch b[k - 1] {
            case a:
                if ends("ational") { replace("ate") } else if ends("tional") { replace("tion") }
            case c:
                if ends("enci") { replace("ence") } else if ends("anci") { replace("ance") }
            case e:
                if ends("izer") { replace("ize") }
            case l:
                if ends("bli") {
                    replace("ble")
                } else if ends("alli") {
                    replace("al")
                } else if ends("entli") {
                    replace("ent")
                } else if ends("eli") {
                    replace("e")
                } else if ends("ousli") {
                    replace("ous")
                }
            case o:
                if ends("ization") {
                    replace("ize")
                } else if ends("ation") {
                    replace("ate")
                } else if ends("ator") {
                    replace("ate")
                }
            case letterS:
                if ends("alism") {
                    replace("al")
                } else if ends("iveness") {
                    replace("ive")
                } else if ends("fulness") {
                    replace("ful")
                } else if ends("ousness") {
                    replace("ous")
                }
            case t:
                if ends("aliti") {
                    replace("al")
                } else if ends("iviti") {
                    replace("ive")
                } else if ends("biliti") {
                    replace("ble")
                }
            case g:
                if ends("logi") { replace("log") }
            default:
                break
            }
        }

        mutating func step3() {
            switch b[k] {
            case e:
                if ends("icate") {
                    replace("ic")
                } else if ends("ative") {
                    replace("")
                } else if ends("alize") {
                    replace("al")
                }
            case letterI:
                if ends("iciti") { replace("ic") }
            case l:
                if ends("ical") { replace("ic") } else if ends("ful") { replace("") }
            case letterS:
                if ends("ness") { replace("") }
            default:
                break
            }
        }

        mutating func step4() {
            guard k >= 1 else { return }
            let found: Bool
            switch b[k - 1] {
            case a: found = ends("al")
            case c: found = ends("ance") || ends("ence")
            case e: found = ends("er")
            case letterI: found = ends("ic")
            case l: found = ends("able") || ends("ible")
            case n: found = ends("ant") || ends("ement") || ends("ment") || ends("ent")
            case o:
                found = (ends("ion") && j >= 0 && (b[j] == letterS || b[j] == t)) || ends("ou")
            case letterS: found = ends("ism")
            case t: found = ends("ate") || ends("iti")
            case u: found = ends("ous")
            case v: found = ends("ive")
            case z: found = ends("ize")
            default: found = false
            }
            if found && measure() > 1 { k = j }
        }

        mutating func step5() {
            j = k
            if b[k] == e {
                let m = measure()
                if m > 1 || (m == 1 && !cvc(k - 1)) { k -= 1 }
            }
            if b[k] == l && doubleConsonant(k) && measure() > 1 { k -= 1 }
        }
    }
}

private let a = UInt8(ascii: "a")
private let c = UInt8(ascii: "c")
private let e = UInt8(ascii: "e")
private let g = UInt8(ascii: "g")
private let letterI = UInt8(ascii: "i")
private let l = UInt8(ascii: "l")
private let n = UInt8(ascii: "n")
private let o = UInt8(ascii: "o")
private let letterS = UInt8(ascii: "s")
private let t = UInt8(ascii: "t")
private let u = UInt8(ascii: "u")
private let v = UInt8(ascii: "v")
private let w = UInt8(ascii: "w")
private let x = UInt8(ascii: "x")
private let y = UInt8(ascii: "y")
private let z = UInt8(ascii: "z")
