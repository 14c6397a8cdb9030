/// How far two answers agree, in [0, 1], for shadow sampling and calibration:
/// short answers (both at most 8 words) by normalized exact match; longer ones by token-overlap F1.
/// Normalized: lower-cased, punctuation dropped, white space collapsed.
public enum Agreement {
    public static func words(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber { cur.append(ch) }
            else if !cur.isEmpty { out.append(cur); cur = "" }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    public static func score(_ a: String, _ b: String) -> Double {
        let x = words(a), y = words(b)
        if x.isEmpty && y.isEmpty { return 1 }
        if x.isEmpty || y.isEmpty { return 0 }
        if x.count <= 8 && y.count <= 8 { return x == y ? 1 : 0 }
        var counts: [String: Int] = [:]
        for w in x { counts[w, default: 0] += 1 }
        var overlap = 0
        for w in y where (counts[w] ?? 0) > 0 {
            counts[w]! -= 1
            overlap += 1
        }
        if overlap == 0 { return 0 }
        let precision = Double(overlap) / Double(y.count)
        let recall = Double(overlap) / Double(x.count)
        return 2 * precision * recall / (precision + recall)
    }
}
