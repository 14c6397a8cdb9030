/// A key for the shape of a prompt, so the learned confidence can tell apart the kinds of request an agent
/// repeats ("… Reply with the city name only.", "Is # odd or even?") when the caller names no task type.
///
/// The key is the prompt's last sentence that has words of its own, with quoted material and digits
/// masked, lower-cased, spaces collapsed, hashed: `shape-` and 12 hex digits. Prompts from one template
/// share it; the values filled into the template do not change it. It is a hash so that the request log,
/// which holds no prompt text unless `log.content` is on, does not gain a sentence of every prompt.
/// (FNV-1a: a grouping key, not a secret-keeping hash.)
public enum PromptShape {
    public static let prefix = "shape-"

    /// The key a confidence model is looked up by: the caller's task type when one was given, else the
    /// prompt's shape.
    public static func taskKey(givenTask: String?, prompt: String) -> String? {
        if let t = givenTask, !t.isEmpty { return t }
        return key(prompt)
    }

    /// nil for a prompt with no letters outside quotes.
    public static func key(_ prompt: String) -> String? {
        guard let s = maskedLastSentence(prompt) else { return nil }
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        let hex = String(h >> 16, radix: 16)
        return prefix + String(repeating: "0", count: 12 - hex.count) + hex
    }

    /// The text the key hashes (for tests and `--explain`-style output; never logged).
    public static func maskedLastSentence(_ prompt: String) -> String? {
        // 1. Quoted material out: "…", “…”, «…» become one placeholder.
        var masked: [UInt8] = []
        masked.reserveCapacity(prompt.utf8.count)
        let bytes = Array(prompt.utf8)
        var i = 0
        func closer(at i: Int) -> (close: [UInt8], width: Int)? {
            if bytes[i] == 0x22 { return ([0x22], 1) }
            if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C { return ([0xE2, 0x80, 0x9D], 3) }
            if i + 1 < bytes.count, bytes[i] == 0xC2, bytes[i + 1] == 0xAB { return ([0xC2, 0xBB], 2) }
            return nil
        }
        while i < bytes.count {
            if let (close, width) = closer(at: i), let end = find(close, in: bytes, from: i + width) {
                masked.append(contentsOf: [0x22, 0x5F, 0x22])   // "_"
                i = end + close.count
                continue
            }
            masked.append(bytes[i])
            i += 1
        }
        // 2. Sentences end at . ? ! or : before a space or line break; keep the last with a letter of its own.
        var sentences: [ArraySlice<UInt8>] = []
        var start = 0
        var j = 0
        while j < masked.count {
            let b = masked[j]
            let isEnd = (b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3A) && j + 1 < masked.count && isSpace(masked[j + 1])
            if isEnd || b == 0x0A {
                sentences.append(masked[start...j])
                start = j + 1
            }
            j += 1
        }
        if start < masked.count { sentences.append(masked[start...]) }
        guard let last = sentences.last(where: hasOwnLetter) else { return nil }
        // 3. Lower-case ASCII, digits runs to '#', space runs to one space, trimmed.
        var out: [UInt8] = []
        var inDigits = false
        for b in last {
            if b >= 0x30 && b <= 0x39 {
                if !inDigits { out.append(0x23) }
                inDigits = true
                continue
            }
            inDigits = false
            if isSpace(b) {
                if let l = out.last, l != 0x20 { out.append(0x20) }
                continue
            }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        while out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// A letter outside the quote placeholder (any byte of a non-ASCII letter counts).
    private static func hasOwnLetter(_ s: ArraySlice<UInt8>) -> Bool {
        var k = s.startIndex
        while k < s.endIndex {
            if s[k] == 0x22, k + 2 < s.endIndex, s[k + 1] == 0x5F, s[k + 2] == 0x22 { k += 3; continue }
            let b = s[k]
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || (b >= 0xC3 && b != 0xE2) { return true }
            k += 1
        }
        return false
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var k = from
        while k + needle.count <= hay.count {
            if hay[k] == needle[0] && (needle.count == 1 || Array(hay[k..<k + needle.count]) == needle) { return k }
            k += 1
        }
        return nil
    }
}
