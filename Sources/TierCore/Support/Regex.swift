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

    public init(_ pattern: String) throws(TierError) {
        self.pattern = pattern
        let translated = CompiledRegex.translate(pattern)
        let rc = regcomp(&compiled, translated, REG_EXTENDED | REG_ICASE | REG_NOSUB)
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
