#if canImport(Glibc)
import Glibc
#endif

/// A POSIX extended regular expression (glibc), matched case-insensitively.
/// Chosen over Swift's `Regex` because routing matches it per request and glibc's matcher is far faster.
/// `\d`/`\D` are rewritten to bracket expressions; glibc already knows `\w`, `\s`, `\b`.
public final class CompiledRegex: @unchecked Sendable {
    // regexec on a compiled pattern is thread-safe; the pattern is never mutated after init.
    private var compiled = regex_t()
    public let pattern: String

    /// `ranges`: compile so that match positions can be asked for (custom detectors need them).
    public init(_ pattern: String, ranges: Bool = false, ignoreCase: Bool = true) throws(TierError) {
        self.pattern = pattern
        let translated = CompiledRegex.translate(pattern)
        let rc = regcomp(&compiled, translated, REG_EXTENDED | (ignoreCase ? REG_ICASE : 0) | (ranges ? 0 : REG_NOSUB))
        if rc != 0 {
            var buf = [CChar](repeating: 0, count: 256)
            regerror(rc, &compiled, &buf, buf.count)
            regfree(&compiled)
            let message = String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .usage(message)
        }
    }

    deinit { regfree(&compiled) }

    public func matches(_ text: String) -> Bool {
        text.withCString { regexec(&compiled, $0, 0, nil, 0) == 0 }
    }

    /// Every non-overlapping match, as UTF-8 byte ranges (for a regex compiled with `ranges: true`).
    public func ranges(in text: String) -> [Range<Int>] {
        var out: [Range<Int>] = []
        text.withCString { base in
            var offset = 0
            let length = strlen(base)
            var match = regmatch_t()
            while offset <= length {
                let rc = regexec(&compiled, base + offset, 1, &match, offset == 0 ? 0 : REG_NOTBOL)
                if rc != 0 || match.rm_so < 0 { break }
                let start = offset + Int(match.rm_so), end = offset + Int(match.rm_eo)
                if end > start { out.append(start..<end) }
                offset = end > start ? end : end + 1
            }
        }
        return out
    }

    static func translate(_ p: String) -> String {
        var out = ""
        var inBracket = false
        var escaped = false
        for ch in p {
            if escaped {
                escaped = false
                if !inBracket && ch == "d" { out += "[0-9]"; continue }
                if !inBracket && ch == "D" { out += "[^0-9]"; continue }
                out.append("\\"); out.append(ch)
                continue
            }
            if ch == "\\" { escaped = true; continue }
            if ch == "[" { inBracket = true } else if ch == "]" { inBracket = false }
            out.append(ch)
        }
        if escaped { out.append("\\") }
        return out
    }
}
