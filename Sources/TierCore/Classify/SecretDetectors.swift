#if canImport(Glibc)
import Glibc
#endif

/// Secrets: JWTs, credentials in assignments, URLs and prose, Slack webhooks; how random a value
/// looks. (Key prefixes and PEM blocks are matched in SensitivityScanner.swift.)
extension PIIScanner {
    // MARK: tokens

    /// JWT: three base64url parts; the header decodes to JSON naming an "alg".
    static func jwt(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + 3 < s.count, s[start + 1] == UInt8(ascii: "y"), s[start + 2] == UInt8(ascii: "J") else { return nil }
        var parts = [0, 0, 0]
        var part = 0
        var j = start
        while j < s.count {
            let b = s[j]
            if isAlnum(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") { parts[part] += 1; j += 1 }
            else if b == UInt8(ascii: "."), part < 2 { part += 1; j += 1 }
            else { break }
        }
        guard part == 2, parts[0] >= 10, parts[1] >= 4, parts[2] >= 16 || parts[2] == 0 else { return nil }
        let header = base64URLDecode(Array(s[start..<(start + parts[0])])).map { ASCII.lower($0) }
        guard contains(header, "\"alg\"") else { return nil }
        // An unsigned token ("alg": "none") has an empty signature: it still carries its claims.
        if parts[2] == 0 { return contains(header, "\"none\"") ? j : nil }
        return j
    }

    static func base64URLDecode(_ input: [UInt8]) -> [UInt8] {
        func value(_ c: UInt8) -> UInt32? {
            switch c {
            case 0x41...0x5A: return UInt32(c - 0x41)
            case 0x61...0x7A: return UInt32(c - 0x61 + 26)
            case 0x30...0x39: return UInt32(c - 0x30 + 52)
            case UInt8(ascii: "-"), UInt8(ascii: "+"): return 62
            case UInt8(ascii: "_"), UInt8(ascii: "/"): return 63
            default: return nil
            }
        }
        var out: [UInt8] = []
        var acc: UInt32 = 0, bits = 0
        for c in input {
            guard let v = value(c) else { break }
            acc = acc << 6 | v
            bits += 6
            if bits >= 8 { bits -= 8; out.append(UInt8((acc >> UInt32(bits)) & 0xFF)) }
        }
        return out
    }

    /// `key = value` / `key: "value"` with a secret-bearing key and a random-looking value:
    /// passwords, API keys and tokens, AWS secret keys; also the password in scheme://user:password@host.
    static let passwordKeys = ["password", "passwd", "pwd", "passphrase", "db_pass",
                               // German, Dutch, Portuguese, Polish and Czech in ASCII, Finnish, Norwegian (32 keys at most in all).
                               "passwort", "kennwort", "wachtwoord", "senha", "haslo", "heslo", "salasana", "passord"]
    static let apiKeyKeys = ["api_key", "apikey", "api-key", "token", "secret", "auth", "access_key", "private_key", "client_secret",
                             "private-key", "credential", "creds", "accountkey", "sharedaccesskey"]
    /// All the key words in one list, read in one pass over a key: passwords, then AWS secrets, then API keys.
    /// A session's id in a cookie or a log ("session_id=9f8e…", "PHPSESSID=…", "connect.sid=…") is a
    /// credential: whoever holds it is logged in.
    static let sessionKeys = ["session", "sessid", ".sid"]
    /// Words for a password (the first six: Turkish, Spanish, French, Swedish, Indonesian) and for a key or a secret
    /// (Turkish, Spanish, Portuguese, German, Dutch) in keys of configs written in those languages.
    static let otherLanguageSecretKeyWords = ["sifre", "parola", "contrasena", "mot_de_passe", "motdepasse", "losenord", "kata_sandi",
                                              "anahtar", "clave", "chave", "geheim"]
    static let otherLanguageSecretKeys = ContextWords(otherLanguageSecretKeyWords)
    static let otherLanguagePasswordBits: UInt32 = (1 << 7) - 1
    /// A part of the key s[a..<e] (from its start or after '_', '-', '.') opens as one of `otherLanguageSecretKeys` does (si pa co
    /// mo lo ka an cl ch ge, lower-cased): most keys have none, and the list is not read for them.
    @inline(__always) static func otherLanguageKeyPartStart(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        while k + 1 < e {
            if k == a || s[k - 1] == UInt8(ascii: "_") || s[k - 1] == UInt8(ascii: "-") || s[k - 1] == UInt8(ascii: ".") {
                switch UInt16(ASCII.lower(s[k])) << 8 | UInt16(ASCII.lower(s[k + 1])) {
                case 0x7369, 0x7061, 0x636F, 0x6D6F, 0x6C6F, 0x6B61, 0x616E, 0x636C, 0x6368, 0x6765: return true
                default: break
                }
            }
            k += 1
        }
        return false
    }
    /// Keys of key material by what it does: "JWT_SIGNING_KEY", "encryption_key", "MASTER_KEY", "hmac_key".
    static let keyMaterialKeyWords = ContextWords(["signing_key", "signingkey", "signing-key", "encryption_key", "encryptionkey",
                                                   "encryption-key", "master_key", "masterkey", "hmac_key", "hmackey", "cipher_key",
                                                   "jwt_key", "license_key", "licence_key", "webhook_key"])
    /// The bit of "api_key" among `assignmentKeyWords`.
    static let apiKeyBit: UInt32 = 1 << UInt32(passwordKeys.count + 2)
    static let assignmentKeyWords = ContextWords(passwordKeys + ["secret_access_key", "aws_secret"] + apiKeyKeys + sessionKeys)
    static let passwordKeyBits: UInt32 = (1 << UInt32(passwordKeys.count)) - 1
    static let awsSecretKeyBits: UInt32 = 3 << UInt32(passwordKeys.count)
    static let authKeyBit: UInt32 = 1 << UInt32(passwordKeys.count + 2 + apiKeyKeys.firstIndex(of: "auth")!)
    static let sessionKeyBits: UInt32 = 7 << UInt32(passwordKeys.count + 2 + apiKeyKeys.count)

    /// After a word from `i` to `e`: could this be `key = value`, `key: value` or a dotted or dashed
    /// key? Exactly the keys and separators `assignment` reads, without walking the key again.
    @inline(__always) static func mayAssign(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        var k = e
        guard k < s.count else { return false }
        switch s[k] {
        case UInt8(ascii: "="), UInt8(ascii: ":"): return e - i >= 3 && e - i <= 40
        case UInt8(ascii: "-"), UInt8(ascii: "."):
            // A dotted or dashed key goes on past this byte; a word at a sentence's end or a dash does not.
            guard k + 1 < s.count else { return false }
            if ByteClass.key.contains(s[k + 1]) { return true }
            k += 1
            if s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { k += 1 }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            guard e - i >= 3 && e - i <= 40 else { return false }
            k += 1
        case 0x20:
            guard e - i >= 3 && e - i <= 40 else { return false }
            // The usual case, a word and a space and a word: no assignment.
            if k + 1 < s.count && s[k + 1] != 0x20 { return s[k + 1] == UInt8(ascii: "=") || s[k + 1] == UInt8(ascii: ":") }
        default: return false
        }
        while k < s.count, s[k] == 0x20 { k += 1 }
        return k < s.count && (s[k] == UInt8(ascii: "=") || s[k] == UInt8(ascii: ":"))
    }

    /// `wordEnd`: where the word at `start` (letters, digits, '_') ends; the key may go on past it.
    /// `separatorAt`: where the separator before the value is read from, when the key's name stands apart from it (a
    /// name/value pair's "value" key, `nameValuePair`); the key's end otherwise.
    static func assignment(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, wordEnd: Int, separatorAt: Int? = nil) -> (PIIType, Int, Int)? {
        // the key: letters, digits, '_', '-', '.'
        var j = wordEnd
        while j < s.count, ByteClass.key.contains(s[j]) { j += 1 }
        guard j - start >= 3, j - start <= 40 else { return nil }
        let separator = separatorAt ?? j
        // Cheap look first: most words are not followed by '=', ':' or a quote.
        var peek = separator
        if peek < s.count, s[peek] == UInt8(ascii: "\"") || s[peek] == UInt8(ascii: "'") { peek += 1 }
        while peek < s.count, s[peek] == 0x20 { peek += 1 }
        guard peek < s.count, s[peek] == UInt8(ascii: "=") || s[peek] == UInt8(ascii: ":") else { return nil }
        // scheme://user:password@host
        if separatorAt == nil, j + 3 < s.count, s[j] == UInt8(ascii: ":"), s[j + 1] == UInt8(ascii: "/"), s[j + 2] == UInt8(ascii: "/") {
            var k = j + 3
            while k < s.count, s[k] != UInt8(ascii: ":"), s[k] != UInt8(ascii: "@"), s[k] != UInt8(ascii: "/"), s[k] > 0x20 { k += 1 }
            guard k < s.count, s[k] == UInt8(ascii: ":") else { return nil }
            let pwStart = k + 1
            var e = pwStart
            while e < s.count, s[e] != UInt8(ascii: "@"), s[e] > 0x20, s[e] != UInt8(ascii: "/") { e += 1 }
            guard e < s.count, s[e] == UInt8(ascii: "@"), e - pwStart >= 4 else { return nil }
            // A provider's token as the password ("https://oauth2:glpat-...@gitlab.com") is that token.
            if let (d, end) = SensitivityScanner.matchSecret(s, at: pwStart), end == e { return (d.kind, pwStart, e) }
            return (.password, pwStart, e)
        }
        // Byte comparisons: this runs for every "word:" and "word=" of JSON, logs and configs.
        var keyWords = matches(s, start, j, assignmentKeyWords, all: true)
        // (The keys of signing and encryption keys, a second list: the first is full. Read as an API key's.)
        if keyWords == 0, j - start >= 6, lowerEquals(s, j - 3, j, "key"), matches(s, start, j, keyMaterialKeyWords, all: false) != 0 { keyWords = apiKeyBit }
        // Other languages' words for a password and a key, a third list ("veritabani_sifre", "iyzico_api_anahtari", "clave_api");
        // any key whose last part is "key" ("MIDTRANS_SERVER_KEY", "datadog_key", "sentryKey"), where the value alone must show a
        // key (`valueIsAKey`, below).
        var anyKey = false
        if keyWords == 0 {
            if j - start >= 4, lowerEquals(s, j - 3, j, "key"), s[j - 4] == UInt8(ascii: "_") || s[j - 4] == UInt8(ascii: "-")
                || s[j - 3] == UInt8(ascii: "K") && s[j - 4] &- 0x61 < 26 { keyWords = apiKeyBit; anyKey = true }
            // A key whose last part is "pass": "SMTP_PASS", "redis-pass", "mailPass" (not "bypass", "compass"); "pass" alone opening a
            // config's line ("[smtp]\nuser = ...\npass = ...").
            else if j - start >= 6, lowerEquals(s, j - 4, j, "pass"), s[j - 5] == UInt8(ascii: "_") || s[j - 5] == UInt8(ascii: "-")
                || s[j - 5] == UInt8(ascii: ".") || s[j - 4] == UInt8(ascii: "P") && s[j - 5] &- 0x61 < 26 { keyWords = 1 }
            // (Or quoted, as a PHP array's or a JSON object's key: "'pass' => '...'".)
            else if j - start == 4, lowerEquals(s, start, j, "pass"), onlySpacesBefore(s, start)
                || start > 0 && j < s.count && (s[start - 1] == UInt8(ascii: "'") || s[start - 1] == UInt8(ascii: "\"")) && s[j] == s[start - 1] { keyWords = 1 }
            else if j - start >= 5, otherLanguageKeyPartStart(s, start, j) {
                let w = matches(s, start, j, otherLanguageSecretKeys, all: false)
                keyWords = w & otherLanguagePasswordBits != 0 ? 1 : w != 0 ? apiKeyBit : 0
            }
        }
        guard keyWords != 0 else { return nil }
        // "Author:", "Co-authored-by:", "authority=": "auth" inside a word about people, not a credential.
        if keyWords == authKeyBit && isAuthorKey(s, start, j) { return nil }
        let isSession = keyWords & sessionKeyBits != 0
        // "session_id" names the secret itself; other key names about a secret ("token_type",
        // "session_file", "session_url") do not.
        let sessionId = isSession && j - start >= 2 && ASCII.lower(s[j - 1]) == UInt8(ascii: "d") && ASCII.lower(s[j - 2]) == UInt8(ascii: "i")
        guard sessionId || !namesNoSecret(s, start, j) else { return nil }
        let isPassword = keyWords & passwordKeyBits != 0
        let isAWSSecret = keyWords & awsSecretKeyBits != 0
        // separator: optional quote, spaces, '=', "=>" (PHP's and Ruby's) or ':', spaces, optional quote
        var k = separator
        if k < s.count, s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { k += 1 }
        while k < s.count, s[k] == 0x20 { k += 1 }
        guard k < s.count, s[k] == UInt8(ascii: "=") || s[k] == UInt8(ascii: ":") else { return nil }
        k += 1
        if k < s.count, s[k] == UInt8(ascii: ">"), s[k - 1] == UInt8(ascii: "=") { k += 1 }
        while k < s.count, s[k] == 0x20 { k += 1 }
        var quote: UInt8 = 0
        if k < s.count, s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { quote = s[k]; k += 1 }
        var vStart = k
        while k < s.count, s[k] > 0x20, s[k] != quote, s[k] != UInt8(ascii: ","), !(quote == 0 && (s[k] == UInt8(ascii: ";"))) { k += 1 }
        // Typographic quotes around the value are no part of it: 'password: “Zk8#qP2vLm9xT4wB”'.
        if quote == 0, vStart + 2 < k, let (a, close) = quoteOpening(s, vStart), a >= vStart + 2 {
            var e = a
            while e < k, !quoteCloses(s, e, close) { e += 1 }
            vStart = a
            k = e
        }
        // "Authorization: Basic dXNlcjpzM2NyM3Q=", "Authorization: Bearer 8f3kq9…": the credential follows its scheme.
        if keyWords & authKeyBit != 0, let scheme = authScheme(s, vStart, k), k + 1 < s.count, s[k] == 0x20 {
            vStart = k + 1
            k = vStart
            while k < s.count, s[k] > 0x20, s[k] != quote, s[k] != UInt8(ascii: ","), s[k] != UInt8(ascii: ";") { k += 1 }
            if scheme == .basic {
                // Base64 of "user:password" (a challenge's "Basic realm=..." decodes to no such pair).
                guard k - vStart >= 8, k - vStart <= 200, base64URLDecode(Array(s[vStart..<k])).contains(UInt8(ascii: ":")),
                      matches(s, vStart, k, placeholderWords, all: false) == 0 else { return nil }
                return (.password, vStart, k)
            }
            guard k - vStart >= 16, k - vStart <= 400, !startsJWT(s, vStart, k), SensitivityScanner.matchSecret(s, at: vStart) == nil,
                  looksRandom(s, vStart, k) else { return nil }
            return (.genericAPIKey, vStart, k)
        }
        // Laravel's APP_KEY and the like: "base64:" names the encoding, no part of the key.
        if k - vStart > 7 + 16, lowerEquals(s, vStart, vStart + 7, "base64:") { vStart += 7 }
        if anyKey, !valueIsAKey(s, vStart, k) { return nil }
        guard k - vStart >= 8, k - vStart <= 200, looksRandom(s, vStart, k), !looksLikeCode(s, vStart, k),
              !valueIsNoSecret(s, vStart, k, wordsAllowed: isPassword) else { return nil }
        // A session id: long, letters and at least three digits (not "session_name=checkout-flow-v2"), or 32 bytes at least
        // of both cases, as random base62 may hold few digits ("session_id=EIiseM7jhOTgFKsIxgiSKiFr...").
        if isSession && keyWords & ~sessionKeyBits == 0 {
            let digits = (vStart..<k).reduce(0, { $0 + (isDigit(s[$1]) ? 1 : 0) })
            let bothCases = (vStart..<k).contains(where: { s[$0] &- 0x41 < 26 }) && (vStart..<k).contains(where: { s[$0] &- 0x61 < 26 })
            guard k - vStart >= 20, digits >= 3 || k - vStart >= 32 && bothCases,
                  (vStart..<k).contains(where: { ASCII.isAlpha(s[$0]) }) else { return nil }
            return (.genericAPIKey, vStart, k)
        }
        // a JWT, a known key shape or a Slack webhook in an assignment is found as what it is
        if startsJWT(s, vStart, k) || SensitivityScanner.matchSecret(s, at: vStart) != nil || slackWebhook(s, vStart) != nil { return nil }
        if isAWSSecret && k - vStart == 40 { return (.awsSecretKey, vStart, k) }
        // Forty bytes of base64 under any secret's key, beside an access key id or "aws": Terraform's `secret_key = "..."`
        // in a `provider "aws"` block, a CLI profile's "secret = ...".
        // (Not forty hex digits, a SHA-1's or a classic token's.)
        if k - vStart == 40, awsNearBefore(s, start),
           (vStart..<k).allSatisfy({ isAlnum(s[$0]) || s[$0] == UInt8(ascii: "/") || s[$0] == UInt8(ascii: "+") }),
           !(vStart..<k).allSatisfy({ isDigit(s[$0]) || s[$0] | 0x20 &- 0x61 < 6 }) { return (.awsSecretKey, vStart, k) }
        return (isPassword || looksLikePassword(s, vStart, k) ? .password : .genericAPIKey, vStart, k)
    }

    /// At a name/value pair's "value" key s[i..<e] (any case): the pair's name, when it is a secret's key, judged as
    /// `assignment` judges a key and its value. Kubernetes' and ECS's environments ("- name: DB_PASSWORD\n  value: ..."),
    /// a HAR file's cookies and Postman's variables ({"name": "session", "value": "..."}, {"key": "api_key", "value": ...}).
    static func nameValuePair(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (PIIType, Int, Int)? {
        guard e - i == 5, lowerEquals(s, i, e, "value") else { return nil }
        func isQuote(_ c: UInt8) -> Bool { c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") }
        // Back past the value key's quote, the spaces, line breaks and the comma between, and the name's closing quote.
        var k = i
        if k > 0, isQuote(s[k - 1]) { k -= 1 }
        while k > 0, i - k < 24, s[k - 1] == 0x20 || s[k - 1] == 0x0A || s[k - 1] == 0x0D || s[k - 1] == 0x09 || s[k - 1] == UInt8(ascii: ",") { k -= 1 }
        if k > 0, isQuote(s[k - 1]) { k -= 1 }
        let nameEnd = k
        while k > 0, nameEnd - k <= 40, ByteClass.key.contains(s[k - 1]) { k -= 1 }
        let nameStart = k
        guard nameEnd - nameStart >= 3, nameEnd - nameStart <= 40 else { return nil }
        // Before the name: an optional quote, spaces, ':' or '=', spaces, an optional quote, and the key "name" or "key".
        if k > 0, isQuote(s[k - 1]) { k -= 1 }
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        guard k > 0, s[k - 1] == UInt8(ascii: ":") || s[k - 1] == UInt8(ascii: "=") else { return nil }
        k -= 1
        while k > 0, s[k - 1] == 0x20 { k -= 1 }
        if k > 0, isQuote(s[k - 1]) { k -= 1 }
        let keyEnd = k
        while k > 0, ASCII.isAlpha(s[k - 1]) { k -= 1 }
        guard k == 0 || !ByteClass.key.contains(s[k - 1]), lowerEquals(s, k, keyEnd, "name") || lowerEquals(s, k, keyEnd, "key") else { return nil }
        return assignment(s, nameStart, wordEnd: nameStart, separatorAt: e)
    }

    /// A network device's configured secret, as Cisco IOS and its kin write it: "username admin privilege 15 password 0
    /// Winter375*", "enable secret 5 $1$KSZF$mHFj...", "tacacs-server key 7 0822455D0A16", "snmp-server community
    /// douf5469IO! RO". At the word s[i..<e] ("password", "secret" or "key" before a type digit and the value, which ends
    /// the line; "community" after "snmp-server"), on a line of a command those configs open with.
    static func deviceConfigSecret(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (PIIType, Int, Int)? {
        let n = s.count
        guard e + 2 < n, s[e] == 0x20 else { return nil }
        let community = lowerEquals(s, i, e, "community")
        var k = e + 1
        var hashed = false
        if community {
            guard i >= 12, s[i - 1] == 0x20, lowerEquals(s, i - 12, i - 1, "snmp-server") else { return nil }
        } else {
            guard lowerEquals(s, i, e, "password") || lowerEquals(s, i, e, "secret") || lowerEquals(s, i, e, "key"),
                  k + 2 < n, s[k + 1] == 0x20, s[k] == UInt8(ascii: "0") || s[k] == UInt8(ascii: "5") || s[k] == UInt8(ascii: "7")
                    || s[k] == UInt8(ascii: "8") || s[k] == UInt8(ascii: "9") else { return nil }
            // Types 5, 8 and 9 are hashes of the password (still secrets: they are cracked offline); 0 is the password, 7 it
            // reversibly scrambled.
            hashed = s[k] == UInt8(ascii: "5") || s[k] == UInt8(ascii: "8") || s[k] == UInt8(ascii: "9")
            k += 2
        }
        // The line opens with one of the commands that carry such a value (or is indented under "line vty").
        let a = lineStart(s, i, within: .max) ?? 0
        var w = a
        while w < i, s[w] == 0x20 { w += 1 }
        var we = w
        while we < i, ASCII.isAlpha(s[we]) || s[we] == UInt8(ascii: "-") { we += 1 }
        guard w > a && we == i || lowerEquals(s, w, we, "username") || lowerEquals(s, w, we, "enable") || lowerEquals(s, w, we, "snmp-server")
                || lowerEquals(s, w, we, "tacacs-server") || lowerEquals(s, w, we, "radius-server") else { return nil }
        let v = k
        while k < n, s[k] > 0x20 { k += 1 }
        guard k - v >= 4, k - v <= 200 else { return nil }
        // The value ends the line; a community may be followed by its access ("RO", "RW") and a list's number.
        var t = k
        while t < n, s[t] == 0x20 { t += 1 }
        if community, t + 1 < n, s[t] == UInt8(ascii: "R"), s[t + 1] == UInt8(ascii: "O") || s[t + 1] == UInt8(ascii: "W") {
            t += 2
            while t < n, s[t] == 0x20 || isDigit(s[t]) { t += 1 }
        }
        guard t == n || s[t] == 0x0A || s[t] == 0x0D else { return nil }
        // Not a word of small letters or of capitals ("public", the default community, "private", a log's "key 0 DOWN"), no
        // placeholder.
        guard (v..<k).contains(where: { !(s[$0] &- 0x61 < 26) }), (v..<k).contains(where: { !(s[$0] &- 0x41 < 26) }),
              matches(s, v, k, placeholderWords, all: false) == 0 else { return nil }
        return (hashed ? .genericAPIKey : .password, v, k)
    }

    /// Only spaces or tabs between the line's start and `i`.
    static func onlySpacesBefore(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i
        while k > 0, s[k - 1] == 0x20 || s[k - 1] == 0x09 { k -= 1 }
        return k == 0 || s[k - 1] == 0x0A
    }

    /// "AKIA", "ASIA" or "aws" (any case) in the 300 bytes before `i`.
    static func awsNearBefore(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var k = i - 3
        while k >= 0, i - k <= 300 {
            // (A word of its own, or a key's part: "aws_", "[aws]", not "laws", "draws".)
            if k == 0 || !ASCII.isAlpha(s[k - 1]) {
                let c = ASCII.lower(s[k])
                if c == UInt8(ascii: "a"), ASCII.lower(s[k + 1]) == UInt8(ascii: "w"), ASCII.lower(s[k + 2]) == UInt8(ascii: "s"),
                   k + 3 >= i || !ASCII.isAlpha(s[k + 3]) { return true }
                // An access key id: "AKIA" or "ASIA" and 16 capitals or digits ("ASIAN" is none).
                if k + 20 <= i, s[k] == UInt8(ascii: "A"), s[k + 2] == UInt8(ascii: "I"), s[k + 3] == UInt8(ascii: "A"),
                   s[k + 1] == UInt8(ascii: "K") || s[k + 1] == UInt8(ascii: "S"),
                   (k + 4..<k + 20).allSatisfy({ s[$0] &- 0x41 < 26 || isDigit(s[$0]) }) { return true }
            }
            k -= 1
        }
        return false
    }

    /// Under any key's name, a value that is a key by itself: 20 bytes or more of letters and digits (three of each at
    /// least), base64's '+', '/', '=' and '-' only ("datadog_key = 4a7ccd71...", not "sort_key = created_at"); not an
    /// identifier of words and dates ("order-2024-11-05-0001"), nor a UUID, which names a record as often.
    static func valueIsAKey(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var digits = 0, letters = 0, hyphens = 0, partLetters = 0, partDigits = 0
        for p in a...e {
            let c = p < e ? s[p] : UInt8(ascii: "-")
            if isDigit(c) { digits += 1; partDigits += 1 } else if ASCII.isAlpha(c) { letters += 1; partLetters += 1 }
            else if c == UInt8(ascii: "-") {
                if partLetters >= 3 && partDigits == 0 { return false }
                if p < e { hyphens += 1 }
                partLetters = 0; partDigits = 0
            } else if !(c == UInt8(ascii: "+") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=")) { return false }
        }
        return e - a >= 20 && digits >= 3 && letters >= 3 && !(hyphens == 4 && e - a == 36)
    }

    enum AuthScheme { case basic, bearer }

    /// The scheme word of an HTTP Authorization header at s[a..<e]: Basic, or a bearer token's (Bearer, Token).
    static func authScheme(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> AuthScheme? {
        if lowerEquals(s, a, e, "basic") { return .basic }
        if lowerEquals(s, a, e, "bearer") || lowerEquals(s, a, e, "token") { return .bearer }
        return nil
    }

    /// s[a..<e], lower-cased, is `word` (lower case ASCII).
    static func lowerEquals(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int, _ word: StaticString) -> Bool {
        guard e - a == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { w in (0..<w.count).allSatisfy { ASCII.lower(s[a + $0]) == w[$0] } }
    }

    /// A key that holds "author" (Author, Co-authored-by, authority) but not "authoriz"/"authoris" (Authorization).
    static func isAuthorKey(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        var k = a
        while k + 6 <= e {
            if lowerEquals(s, k, k + 6, "author") {
                let rest = k + 8 <= e ? (ASCII.lower(s[k + 6]), ASCII.lower(s[k + 7])) : (0, 0)
                return !(rest.0 == UInt8(ascii: "i") && (rest.1 == UInt8(ascii: "z") || rest.1 == UInt8(ascii: "s")))
            }
            k += 1
        }
        return false
    }

    /// A password given on a command line: `curl -u admin:VNhF-2SHV`, `--user bob:pw`, MySQL's
    /// `mysql -p'pw'` or `-ppw` (its clients take the password glued to -p), `sshpass -p 'pw'`.
    /// `i..<e`: the word right after the dash(es). Returns the password's range.
    static func optionCredential(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        guard i >= 1, s[i - 1] == UInt8(ascii: "-"), e < n else { return nil }
        let dashes = i >= 2 && s[i - 2] == UInt8(ascii: "-") ? 2 : 1
        guard i - dashes == 0 || s[i - dashes - 1] == 0x20 else { return nil }
        // The value after the option: quoted (up to its quote) or bare (up to a space).
        func value(from a: Int) -> (Int, Int)? {
            var k = a
            guard k < n else { return nil }
            var quote: UInt8 = 0
            if s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'") { quote = s[k]; k += 1 }
            let v = k
            while k < n, s[k] != quote, quote != 0 ? s[k] != 0x0A : s[k] > 0x20 { k += 1 }
            guard quote == 0 || k < n && s[k] == quote else { return nil }
            return (v, k)
        }
        func plausible(_ a: Int, _ b: Int) -> Bool {
            b - a >= 4 && b - a <= 128 && s[a] != UInt8(ascii: "$") && s[a] != UInt8(ascii: "<")
                && !(a..<b).allSatisfy({ isDigit(s[$0]) }) && matches(s, a, b, placeholderWords, all: false) == 0
                && !valueIsNoSecret(s, a, b, wordsAllowed: true)
        }
        if dashes == 1 && e - i == 1 && s[i] == UInt8(ascii: "u") || dashes == 2 && lowerEquals(s, i, e, "user") {
            // user:password, after a space (or '=' for --user)
            guard s[e] == 0x20 || dashes == 2 && s[e] == UInt8(ascii: "="), let (a, b) = value(from: e + 1),
                  let colon = (a..<b).first(where: { s[$0] == UInt8(ascii: ":") }), colon > a, s[a] != UInt8(ascii: "$"),
                  plausible(colon + 1, b) else { return nil }
            // "docker run -u www-data:www-data": a user and a group, no password.
            if b - colon - 1 == colon - a && (0..<(colon - a)).allSatisfy({ s[a + $0] == s[colon + 1 + $0] }) { return nil }
            let lineStart = commandStart(s, i, pastHash: false)
            if startsLower(s, lineStart, i, "docker") || startsLower(s, lineStart, i, "podman") || startsLower(s, lineStart, i, "sudo")
                || startsLower(s, lineStart, i, "chown") || startsLower(s, lineStart, i, "kubectl") { return nil }
            return (colon + 1, b)
        }
        // "--password VALUE", "--password=VALUE" (not "--password-stdin", a flag).
        if dashes == 2 {
            guard lowerEquals(s, i, e, "password") || lowerEquals(s, i, e, "passwd"), s[e] == 0x20 || s[e] == UInt8(ascii: "="),
                  let (a, b) = value(from: e + 1), plausible(a, b), s[a] != UInt8(ascii: "-") else { return nil }
            return (a, b)
        }
        guard dashes == 1, s[i] == UInt8(ascii: "p") else { return nil }
        // The command at the line's start decides what -p means (a port to most tools).
        let lineStart = commandStart(s, i, pastHash: true)
        // A registry login: "docker login -u ci-bot -p S4ffr0n23.X registry.example".
        if e - i == 1, s[e] == 0x20, startsLower(s, lineStart, i, "docker login") || startsLower(s, lineStart, i, "podman login")
            || startsLower(s, lineStart, i, "nerdctl login") || startsLower(s, lineStart, i, "buildah login") || startsLower(s, lineStart, i, "helm registry login") {
            guard let (a, b) = value(from: e + 1), plausible(a, b), s[a] != UInt8(ascii: "-") else { return nil }
            return (a, b)
        }
        if startsLower(s, lineStart, i, "mysql") || startsLower(s, lineStart, i, "mariadb") {
            // glued: -pS3cret or -p'S3cret'
            guard e - i > 1 || s[e] == UInt8(ascii: "'") || s[e] == UInt8(ascii: "\""), let (a, b) = value(from: i + 1), plausible(a, b) else { return nil }
            return (a, b)
        }
        if startsLower(s, lineStart, i, "sshpass") {
            guard e - i == 1, s[e] == 0x20, let (a, b) = value(from: e + 1), plausible(a, b) else { return nil }
            return (a, b)
        }
        return nil
    }

    /// Where the command of the line holding `i` starts (at most 200 bytes back), past spaces and a
    /// prompt's '$' (and '#' when `pastHash`).
    static func commandStart(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, pastHash: Bool) -> Int {
        var a = i - 1
        while a > 0, s[a - 1] != 0x0A, i - a < 200 { a -= 1 }
        // (A shell's trace, "+ docker login -u deploy -p ...", and a diff's added line start with '+'.)
        while a < i, s[a] == 0x20 || s[a] == UInt8(ascii: "$") || s[a] == UInt8(ascii: "+") || pastHash && s[a] == UInt8(ascii: "#") { a += 1 }
        // A shell history's entry number: "  505  mysql -u report -p'...' sales".
        var d = a
        while d < i, isDigit(s[d]) { d += 1 }
        if d > a, d < i, s[d] == 0x20 {
            while d < i, s[d] == 0x20 { d += 1 }
            if d < i, ASCII.isAlpha(s[d]) { a = d }
        }
        return a
    }

    /// Key names that hold a keyword but name something about a secret, not the secret itself:
    /// LLM_SECRET_NAME, secret_length, access_token_url, token_type, API_KEY_ID.
    static let secretAboutSuffixes = ["name", "length", "len", "url", "uri", "id", "path", "file", "type", "env", "var", "size",
                                      "count", "expiry", "expires", "ttl", "format", "header", "field", "endpoint", "version"]
    static let secretAboutTable = WordTable(secretAboutSuffixes.map { ($0, 1) })
    static func namesNoSecret(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var a = end
        while a > start, end - a <= 16, ASCII.isAlnum(s[a - 1]) { a -= 1 }
        guard a > start, end - a <= 16, s[a - 1] == UInt8(ascii: "_") || s[a - 1] == UInt8(ascii: "-") || s[a - 1] == UInt8(ascii: ".") else { return false }
        return secretAboutTable.lookupLowered(s, a, end) != 0
    }

    /// A value that is code or a constant's name, not a secret: a call or subscript
    /// (`os.environ["API_KEY"]`), a dotted member (`X25519.secret_length`), an upper-case name
    /// of words (`NEXUS-GPT4-API-KEY`).
    static func looksLikeCode(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        // An environment lookup: `process.env.STRIPE_SECRET_KEY`, `import.meta.env.VITE_KEY`, `$API_TOKEN`.
        if s[a] == UInt8(ascii: "$") || startsLower(s, a, e, "process.env.") || startsLower(s, a, e, "import.meta.env.") { return true }
        var upperName = true, separators = 0, dots = 0, run = 0, longest = 0
        for k in a..<e {
            let c = s[k]
            // (A call or a subscript: the bracket opens the value or follows a name; "+Y8F(YcqA$mIJBi" is a password.)
            if c == UInt8(ascii: "(") || c == UInt8(ascii: "[") || c == UInt8(ascii: "{"),
               // (Or a format's field: "%(api_key)s", "${TOKEN}".)
               k > a && (s[k - 1] == UInt8(ascii: "%") || s[k - 1] == UInt8(ascii: "$")) ||
               (a..<k).allSatisfy({ isCodeBeforeBracket(s, a, $0) }) { return true }
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "_") { separators += 1; run = 0; continue }
            if c == UInt8(ascii: ".") { dots += 1; run = 0; continue }
            if c &- 0x61 < 26 { upperName = false }
            run += 1
            longest = max(longest, run)
        }
        // Upper-case words of at most 6 characters joined by dashes or underscores.
        if upperName && separators >= 2 && longest <= 6 && dots == 0 { return true }
        // identifier.member: letters, digits and '_' on both sides of one dot, the member in lower case.
        if dots == 1, separators >= 1, let d = (a..<e).first(where: { s[$0] == UInt8(ascii: ".") }), d > a, d + 1 < e,
           (d + 1..<e).allSatisfy({ s[$0] &- 0x61 < 26 || s[$0] == UInt8(ascii: "_") }) { return true }
        return false
    }

    /// A byte of what stands before a call's or a subscript's bracket in code: a name, a member or a path
    /// ("config.get", "std::getenv", "env::var", "this->cfg", "this.config.get<string>"), quotes and subscripts
    /// ("cfg['db'][", "@config[" of Ruby). A password's signs ("+Y8F(", "P#ss(") are none of these.
    @inline(__always)
    static func isCodeBeforeBracket(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ k: Int) -> Bool {
        let c = s[k]
        if SensitivityScanner.isWordByte(c) { return true }
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: "$"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            return true
        case UInt8(ascii: "@"): return k == a
        case UInt8(ascii: "-"): return k + 1 < s.count && s[k + 1] == UInt8(ascii: ">")
        default: return false
        }
    }

    /// A value no secret is, whatever word or key stands before it: another option ("-validity", "--location=LOCATION"),
    /// a manual's placeholder in capitals ("PAGE_TOKEN]", "CERTIFICATE_PASSWORD", "PRIVATE_KEY_PASS‐" broken at a line's
    /// end), a label ("attribute:"), a path or a template of words ("projects/my-project/global/networks/",
    /// "projects/{project_number}/lo‐"). Where `wordsAllowed` is false (after "key", "token", "secret"; a password may be
    /// a word), also words of letters, hyphens between them: "Management", "long-running", "Reviewed-by".
    static func valueIsNoSecret(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int, wordsAllowed: Bool) -> Bool {
        guard e > a else { return true }
        if s[a] == UInt8(ascii: "-"), a + 1 < e, ASCII.isAlpha(s[a + 1]) || s[a + 1] == UInt8(ascii: "-") { return true }
        var b = e
        var label = false
        // What closes the value in a manual's synopsis or sentence: "]", ")", punctuation, a colon, a hyphen (U+2010) broken
        // at the line's end.
        while b > a {
            let c = s[b - 1]
            if c == UInt8(ascii: "]") || c == UInt8(ascii: ")") || c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ",") { b -= 1 }
            else if c == UInt8(ascii: ":") { label = true; b -= 1 }
            else if b - a >= 4, c == 0x90, s[b - 2] == 0x80, s[b - 3] == 0xE2 { b -= 3 }
            else { break }
        }
        guard b > a else { return true }
        var lower = 0, upper = 0, digits = 0, underscores = 0, hyphens = 0, slashes = 0, other = 0
        var brace = false, capitalInside = false, wordStart = true
        for k in a..<b {
            let c = s[k]
            if c &- 0x61 < 26 { lower += 1; wordStart = false }
            else if c &- 0x41 < 26 { upper += 1; if !wordStart { capitalInside = true }; wordStart = false }
            else if c &- 0x30 < 10 { digits += 1; wordStart = false }
            else if c == UInt8(ascii: "_") { underscores += 1; wordStart = true }
            else if c == UInt8(ascii: "-") { hyphens += 1; wordStart = true }
            else if c == UInt8(ascii: "/") { slashes += 1; wordStart = true }
            else if c == UInt8(ascii: "{") || c == UInt8(ascii: "}") { brace = true }
            else { other += 1 }
        }
        let letters = lower + upper
        // Capitals and underscores only: a manual's name for the value ("PAGE_TOKEN", "PASSWORD").
        if lower == 0, digits == 0, other == 0, !brace, slashes == 0, hyphens == 0, upper >= 4 { return true }
        // Words only (hyphens, underscores, slashes, braces between them), no digit, no capital inside a word.
        let wordsOnly = digits == 0 && other == 0 && letters > 0 && !capitalInside
        if wordsOnly && (label || brace || slashes > 0 && upper == 0) { return true }
        return !wordsAllowed && wordsOnly && underscores == 0 && slashes == 0 && !brace
    }

    /// s[a..<e] starts with `word` (lower-case ASCII), either case.
    static func startsLower(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int, _ word: StaticString) -> Bool {
        e - a >= word.utf8CodeUnitCount && lowerEquals(s, a, a + word.utf8CodeUnitCount, word)
    }

    /// A secret under a neutral name ("token", "key", "secret") is a password when it reads like one:
    /// symbols key generators leave out, or shorter than the 20 characters API keys are made of.
    static func looksLikePassword(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        b - a < 20 || hasPasswordSymbol(s, a, b)
    }

    /// s[a..<b] holds letters and digits or symbols, as a chosen password does ("L3tM31n!80", "Meadow_1612").
    static func mixedPassword(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { ASCII.isAlpha(s[$0]) } && (a..<b).contains { !ASCII.isAlpha(s[$0]) }
    }

    /// At the word "pass" or "pw" s[i..<e] (a space after it): a credential pair's password, after "user NAME, " earlier on
    /// the line ("user admin, pass lantern_walnut_copper-36"). The value's range.
    static func passAfterUser(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        guard e - i == 4 || e - i == 2, e + 1 < s.count, s[e] == 0x20 || s[e] == UInt8(ascii: ":"),
              lowerEquals(s, i, e, "pass") || lowerEquals(s, i, e, "pw"), i >= 8, s[i - 1] == 0x20 else { return nil }
        // ", " or " " before, then one word, then "user " (or "username ", "login ").
        // (Or a form's "user: beatriz  pass: ...", the labels with colons and the fields spaced apart.)
        var k = i - 1
        while k > 1, s[k - 1] == 0x20 { k -= 1 }
        if s[k - 1] == UInt8(ascii: ",") || s[k - 1] == UInt8(ascii: ";") { k -= 1 }
        var w = k
        while w > 0, k - w < 40, s[w - 1] != 0x20, s[w - 1] != 0x0A { w -= 1 }
        guard w < k, w >= 5, s[w - 1] == 0x20 else { return nil }
        var le = w - 1
        if s[le - 1] == UInt8(ascii: ":") { le -= 1 }
        var u = le
        while u > 0, s[u - 1] &- 0x61 < 26 || s[u - 1] &- 0x41 < 26 { u -= 1 }
        guard u < le, lowerEquals(s, u, le, "user") || lowerEquals(s, u, le, "username") || lowerEquals(s, u, le, "login"),
              u == 0 || !ASCII.isAlnum(s[u - 1]) else { return nil }
        var a = e + 1
        while a < s.count, s[a] == 0x20 { a += 1 }
        var b = a
        while b < s.count, s[b] > 0x20, s[b] != UInt8(ascii: ","), s[b] != UInt8(ascii: "\""), s[b] != UInt8(ascii: "'") { b += 1 }
        while b > a, s[b - 1] == UInt8(ascii: ".") { b -= 1 }
        guard b - a >= 6, b - a <= 64, mixedPassword(s, a, b) else { return nil }
        return (a, b)
    }

    /// s[i..<e], lower-cased, is one of `proseSecretWords`' words for a password ("password", "pw", "passwort", "senha").
    static func isProsePasswordWord(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Bool {
        proseSecretWords.contains(where: { w in w.password && w.word.count == e - i && (0..<w.word.count).allSatisfy({ ASCII.lower(s[i + $0]) == w.word[$0] }) })
    }

    /// At a password word s[i..<e] in a question (a '?' later on its line): the answer on one of the next three lines, a
    /// message that is one token mixing letters with digits or symbols, after its speaker ("Zoe:", "Zoe (14:02):", "[14:02]
    /// Zoe:", "<zoe>") or alone ("what's the wifi password?\nTr0ut.2291!"). The token's range.
    static func passwordAnsweredBelow(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        guard isProsePasswordWord(s, i, e) else { return nil }
        // The question mark, on the word's line.
        var q = e
        while q < n, q - e < 80, s[q] != 0x0A, s[q] != UInt8(ascii: "?") { q += 1 }
        guard q < n, s[q] == UInt8(ascii: "?") else { return nil }
        while q < n, s[q] != 0x0A { q += 1 }
        var line = q + 1
        for _ in 0..<3 {
            guard line < n else { return nil }
            var end = line
            while end < n, s[end] != 0x0A, s[end] != 0x0D { end += 1 }
            // Past the speaker: the last ": " or "> " in the line's first 48 bytes.
            var a = line
            var k = line
            while k + 1 < end, k - line < 48 {
                if (s[k] == UInt8(ascii: ":") || s[k] == UInt8(ascii: ">")) && s[k + 1] == 0x20 { a = k + 2 }
                k += 1
            }
            var b = a
            while b < end, s[b] > 0x20 { b += 1 }
            var z = b
            while z < end, s[z] == 0x20 { z += 1 }
            // (A capital or a password's symbol in it, and no version's shape: "v2.3.1-beta", "1.25.13" are none.)
            let version = a < b && (s[a] | 0x20 == UInt8(ascii: "v") && a + 1 < b && isDigit(s[a + 1]) || isDigit(s[a]))
            // The value alone, or with a remark after a dash: "Jolie: h%6RdIa5i_ — change it after".
            let remark = z > b && z + 1 < end && (s[z] == UInt8(ascii: "-") && s[z + 1] == 0x20
                || z + 3 < end && s[z] == 0xE2 && s[z + 1] == 0x80 && (s[z + 2] == 0x93 || s[z + 2] == 0x94) && s[z + 3] == 0x20)
            if z == end || remark, b - a >= 6, b - a <= 64, !version, mixedPassword(s, a, b),
               !(a..<b).contains(where: { s[$0] == UInt8(ascii: "@") || s[$0] == UInt8(ascii: "/") }),
               (a..<b).contains(where: { s[$0] &- 0x41 < 26 }) || hasPasswordSymbol(s, a, b) {
                return (a, b)
            }
            line = end + 1
            if line < n, s[line - 1] == 0x0D, s[line] == 0x0A { line += 1 }
        }
        return nil
    }

    /// At "login" s[i..<e] before ": ": a login and its password split by " / " ("netflix login: abi@yahoo.co.uk /
    /// Meadow_1612"). The password's range.
    static func loginSlashPassword(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        guard e + 2 < s.count, e - i == 5 && lowerEquals(s, i, e, "login") || e - i == 4 && (lowerEquals(s, i, e, "wifi") || lowerEquals(s, i, e, "wlan"))
        else { return nil }
        // "login: X / Y", or in a sentence "login is admin / E5G&od85KUQ8lGL31RE for the router"; a network and its key
        // ("wifi: Guest-5G / tMzDj&&A9Y+qBkZ17").
        var k: Int
        if s[e] == UInt8(ascii: ":"), s[e + 1] == 0x20 { k = e + 2 }
        else if e + 4 < s.count, s[e] == 0x20, s[e + 1] == UInt8(ascii: "i"), s[e + 2] == UInt8(ascii: "s"), s[e + 3] == 0x20 { k = e + 4 }
        else { return nil }
        let login = k
        while k < s.count, s[k] > 0x20, k - e < 80 { k += 1 }
        guard k + 3 < s.count, s[k] == 0x20, s[k + 1] == UInt8(ascii: "/"), s[k + 2] == 0x20 else { return nil }
        let a = k + 3
        var b = a
        while b < s.count, s[b] > 0x20 { b += 1 }
        while b > a, s[b - 1] == UInt8(ascii: ".") || s[b - 1] == UInt8(ascii: ",") { b -= 1 }
        // (Not a placeholder: "Default login is admin / your_password", "/ <password>".)
        guard b - a >= 6, b - a <= 64, a - 3 > login, s[a] != UInt8(ascii: "<"), mixedPassword(s, a, b),
              matches(s, a, b, placeholderWords, all: false) == 0 else { return nil }
        return (a, b)
    }

    /// Accounts a device or a database comes with, before " / " and their password ("router admin / Adm1n@321", "Login for
    /// the staging db is admin / Dragon1993#").
    static let defaultAccounts = WordTable(["admin", "root", "administrator", "user", "ubuntu", "postgres", "sa", "pi", "guest",
                                            "operator", "deploy", "sysadmin", "superuser", "test"].map { ($0, 1) })

    /// At a default account's name s[i..<e] before " / ": the password after it, one token of 6 to 64 bytes mixing letters
    /// with digits or symbols, no placeholder ("admin / <password>", "root / your_password"). Its range.
    static func accountSlashPassword(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        guard e + 3 < s.count, s[e] == 0x20, s[e + 1] == UInt8(ascii: "/"), s[e + 2] == 0x20, defaultAccounts.lookup(s, i, e) != 0,
              i == 0 || s[i - 1] == 0x20 || s[i - 1] == 0x0A || s[i - 1] == UInt8(ascii: "(") else { return nil }
        let a = e + 3
        var b = a
        while b < s.count, s[b] > 0x20, s[b] != UInt8(ascii: ","), s[b] != UInt8(ascii: "\""), s[b] != UInt8(ascii: "'") { b += 1 }
        while b > a, s[b - 1] == UInt8(ascii: ".") || s[b - 1] == UInt8(ascii: ")") { b -= 1 }
        // (A sign, capitals, small letters and digits together, or a passphrase's length: "test / val2017" and "user /
        // group1" are a data set's and a group's names; "admin / monkey-summer-kestrel-5" is a password.)
        guard b - a >= 6, b - a <= 64, s[a] != UInt8(ascii: "<"), mixedPassword(s, a, b), looksRandom(s, a, b),
              (a..<b).contains(where: { isDigit(s[$0]) }) || hasPasswordSymbol(s, a, b),
              hasPasswordSymbol(s, a, b) || b - a >= 12 || (a..<b).contains(where: { s[$0] &- 0x41 < 26 }) && (a..<b).contains(where: { s[$0] &- 0x61 < 26 }),
              matches(s, a, b, placeholderWords, all: false) == 0 else { return nil }
        return (a, b)
    }

    /// At a line's start: a PostgreSQL password file's line, "hostname:port:database:username:password" (the port digits
    /// or '*'). The password's range.
    static func pgpassLine(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int)? {
        let n = s.count
        guard i == 0 || s[i - 1] == 0x0A else { return nil }
        // Where each of the five fields starts (no array: this runs at every line opening "word:").
        var fields: (Int, Int, Int, Int, Int) = (i, 0, 0, 0, 0)
        var count = 1
        var k = i
        while k < n, k - i < 300, s[k] != 0x0A, s[k] != 0x0D {
            if s[k] == UInt8(ascii: "\\") { k += 2; continue }
            if s[k] == UInt8(ascii: ":") {
                switch count {
                case 1: fields.1 = k + 1
                case 2: fields.2 = k + 1
                case 3: fields.3 = k + 1
                default: fields.4 = k + 1
                }
                count += 1
                if count == 5 { break }
            } else if !(ASCII.isAlnum(s[k]) || s[k] == UInt8(ascii: ".") || s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: "_")
                        || s[k] == UInt8(ascii: "*") || s[k] == UInt8(ascii: "@")) { return nil }
            k += 1
        }
        guard count == 5 else { return nil }
        let starts = [fields.0, fields.1, fields.2, fields.3, fields.4]
        // The port: digits or '*'.
        let p0 = starts[1], p1 = starts[2] - 1
        guard p1 > p0, (p0..<p1).allSatisfy({ isDigit(s[$0]) }) || p1 - p0 == 1 && s[p0] == UInt8(ascii: "*") else { return nil }
        // (A port has no leading zero, the database and the user hold a letter or are '*', and the password no colon
        // unescaped: "fe80:0000:0000:0000:ba4c:..." is an IPv6 address.)
        guard p1 - p0 <= 5, s[p0] != UInt8(ascii: "0") else { return nil }
        for f in 2...3 {
            let r = starts[f]..<(starts[f + 1] - 1)
            guard !r.isEmpty, r.contains(where: { ASCII.isAlpha(s[$0]) }) || r.count == 1 && s[r.lowerBound] == UInt8(ascii: "*") else { return nil }
        }
        let a = starts[4]
        var b = a
        while b < n, s[b] != 0x0A, s[b] != 0x0D {
            if s[b] == UInt8(ascii: "\\") { b += 2; continue }
            if s[b] == UInt8(ascii: ":") { return nil }
            b += 1
        }
        b = min(b, n)
        while b > a, s[b - 1] == 0x20 { b -= 1 }
        guard b - a >= 4, b - a <= 128 else { return nil }
        return (a, b)
    }

    /// Symbols people put in passwords and key generators leave out: such a value is a password.
    static func hasPasswordSymbol(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { k in
            let c = s[k]
            return c == UInt8(ascii: "!") || c == UInt8(ascii: "^") || c == UInt8(ascii: "%") || c == UInt8(ascii: "*") || c == UInt8(ascii: "$")
                || c == UInt8(ascii: "#") || c == UInt8(ascii: "&") || c == UInt8(ascii: "(") || c == UInt8(ascii: ")") || c == UInt8(ascii: "~")
                || c == UInt8(ascii: "?") || c == UInt8(ascii: "@")
        }
    }

    static let slackWebhookPrefix = Array("https://hooks.slack.com/services/".utf8)

    /// https://hooks.slack.com/services/T…/B…/secret
    static func slackWebhook(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        let p = slackWebhookPrefix
        guard start + p.count + 20 <= s.count else { return nil }
        for m in 0..<p.count where s[start + m] != p[m] { return nil }
        var j = start + p.count, slashes = 0, tail = 0
        while j < s.count, isAlnum(s[j]) || s[j] == UInt8(ascii: "/") {
            if s[j] == UInt8(ascii: "/") { slashes += 1; tail = 0 } else { tail += 1 }
            j += 1
        }
        return slashes == 2 && tail >= 16 ? j : nil
    }

    /// A Discord webhook URL: "https://discord.com/api/webhooks/<id>/<token>" (or discordapp.com); whoever has
    /// it can post to the channel. Where it ends, or nil.
    static func discordWebhook(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var j = start
        for p in ["https://discord.com/api/webhooks/", "https://discordapp.com/api/webhooks/"] {
            let u = Array(p.utf8)
            guard start + u.count + 30 <= s.count else { continue }
            if (0..<u.count).allSatisfy({ s[start + $0] == u[$0] }) { j = start + u.count; break }
        }
        guard j > start else { return nil }
        let idStart = j
        while j < s.count, isDigit(s[j]) { j += 1 }
        guard j - idStart >= 15, j < s.count, s[j] == UInt8(ascii: "/") else { return nil }
        j += 1
        let t = j
        while j < s.count, isAlnum(s[j]) || s[j] == UInt8(ascii: "-") || s[j] == UInt8(ascii: "_") { j += 1 }
        return j - t >= 40 ? j : nil
    }

    /// Secret words in prose: "the password is X", "here's the token: X", "try this key X",
    /// "with secret X". The value must look random; a known key shape there is left to its detector.
    static let proseSecretWords: [(word: [UInt8], password: Bool)] = [
        ("password", true), ("passwd", true), ("passcode", true), ("pwd", true), ("pw", true),
        ("passwort", true), ("kennwort", true), ("wachtwoord", true), ("senha", true), ("passe", true), ("sandi", true), ("clave", true),
        ("token", false), ("key", false), ("secret", false), ("apikey", false),
        // "passphrase for the backup drive: ...", Romanian/Italian, Czech, Finnish, Norwegian.
        ("passphrase", true), ("parola", true), ("heslo", true), ("salasana", true), ("passord", true),
        // Key in Dutch, Portuguese, Italian, Polish, Swedish: "de API-sleutel f81dad70...", "la chiave API è ...".
        ("sleutel", false), ("chave", false), ("chiave", false), ("klucz", false), ("nyckel", false),
    ].map { (Array($0.0.utf8), $0.1) }

    /// First letter and length of each prose secret word: "the", "that", "said" stop here.
    @inline(__always) static func mayBeProseSecretWord(_ first: UInt8, _ n: Int) -> Bool {
        switch (ASCII.lower(first), n) {
        case (UInt8(ascii: "p"), 2), (UInt8(ascii: "p"), 3), (UInt8(ascii: "p"), 6), (UInt8(ascii: "p"), 8),
             (UInt8(ascii: "t"), 5), (UInt8(ascii: "k"), 3), (UInt8(ascii: "s"), 6), (UInt8(ascii: "a"), 6),
             (UInt8(ascii: "k"), 8), (UInt8(ascii: "w"), 10), (UInt8(ascii: "s"), 5), (UInt8(ascii: "p"), 5), (UInt8(ascii: "c"), 5),
             (UInt8(ascii: "p"), 10), (UInt8(ascii: "p"), 7), (UInt8(ascii: "h"), 5), (UInt8(ascii: "s"), 8),
             (UInt8(ascii: "s"), 7), (UInt8(ascii: "c"), 6), (UInt8(ascii: "n"), 6), (UInt8(ascii: "k"), 5): return true
        default: return false
        }
    }

    static func proseSecret(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int) -> (PIIType, Int, Int)? {
        let n = wordEnd - start
        guard mayBeProseSecretWord(s[start], n) else { return nil }
        var isPassword = false, isSecret = false
        var matched = -1
        for (x, (w, pw)) in proseSecretWords.enumerated() where w.count == n {
            var m = 0
            while m < n && ASCII.lower(s[start + m]) == w[m] { m += 1 }
            if m == n { matched = x; isPassword = pw; isSecret = w.count == 6 && w[0] == UInt8(ascii: "s"); break }
        }
        guard matched >= 0 else { return nil }
        // "sandi" only in "kata sandi" (Indonesian).
        if n == 5, s[start] | 0x20 == UInt8(ascii: "s"), s[start + 1] | 0x20 == UInt8(ascii: "a") {
            guard start >= 5, lowerEquals(s, start - 5, start, "kata ") else { return nil }
        }
        // "passe" only in "mot de passe".
        if n == 5, s[start] | 0x20 == UInt8(ascii: "p") {
            guard start >= 7, lowerEquals(s, start - 7, start, "mot de ") || lowerEquals(s, start - 7, start, "mot-de-") else { return nil }
        }
        // "API key: X", "Token: X": a colon right after the word.
        if wordEnd + 2 < s.count, s[wordEnd] == UInt8(ascii: ":"), s[wordEnd + 1] == 0x20 {
            var k = wordEnd + 2
            while k < s.count, s[k] == 0x20 { k += 1 }
            return proseSecretValue(s, k, isPassword: isPassword, isSecret: isSecret)
        }
        // "is" and the value first: the colon looked for below may be the next sentence's ("... is 'blue monkey 42'. password: ...").
        if wordEnd + 4 < s.count, s[wordEnd] == 0x20, s[wordEnd + 1] == UInt8(ascii: "i"), s[wordEnd + 2] == UInt8(ascii: "s"), s[wordEnd + 3] == 0x20,
           let v = proseSecretValue(s, pastAdverb(s, wordEnd + 4), isPassword: isPassword, isSecret: isSecret) { return v }
        // A few words, then a colon and a long random value on the same line: "here's the key for the demo, don't share:
        // OaZ7slMuA/VL/b88GeXt...". (Twenty bytes at least: a long gap needs a value no word is.)
        if wordEnd < s.count, s[wordEnd] == 0x20 || s[wordEnd] == UInt8(ascii: ",") {
            var c = wordEnd + 1
            let limit = min(s.count - 2, wordEnd + 48)
            while c < limit, s[c] != 0x0A, s[c] != UInt8(ascii: ":") { c += 1 }
            if c < limit, s[c] == UInt8(ascii: ":"), s[c + 1] == 0x20 {
                var k = c + 2
                while k < s.count, s[k] == 0x20 { k += 1 }
                // (Or a password word's value that mixes letters with digits or symbols: "clave del router: L3tM31n!80".)
                if let v = proseSecretValue(s, k, isPassword: isPassword, isSecret: isSecret),
                   v.2 - v.1 >= 20 || isPassword && mixedPassword(s, v.1, v.2) { return v }
            }
        }
        // optional "is", then the value; for a password, a few words and a verb may come between
        // ("the root password on the NAS is ...", "Das Passwort für den Router lautet ...").
        var k = wordEnd + 1
        if k + 3 < s.count, s[k] == UInt8(ascii: "i"), s[k + 1] == UInt8(ascii: "s"), s[k + 2] == 0x20 { k = pastAdverb(s, k + 3) }
        else if isPassword, let v = linkedValue(s, wordEnd) { k = v }
        guard let v = proseSecretValue(s, k, isPassword: isPassword, isSecret: isSecret) else { return nil }
        // (Another language's word for a key right before a short value names the kind of key: "a chave RSA-2048".)
        return matched >= foreignKeyProseWordsFrom && k == wordEnd + 1 && v.2 - v.1 < 16 ? nil : v
    }

    /// The index in `proseSecretWords` where other languages' words for a key start.
    static let foreignKeyProseWordsFrom = proseSecretWords.firstIndex(where: { $0.word == Array("sleutel".utf8) })!

    /// The value of a prose secret from `vStart`: a random-looking run of 8 to 128 bytes.
    static func proseSecretValue(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, isPassword: Bool, isSecret: Bool) -> (PIIType, Int, Int)? {
        // A quoted value, to its closing quote on the line: 'The password is "Zk8#qP2vLm9x".', "is 'blue monkey 42'", “…”.
        // With spaces in it (a passphrase) only a password's, and with a digit or a sign among its letters: not "the same
        // as before".
        if from + 2 < s.count, let (a, close) = quoteOpening(s, from) {
            var k = a
            while k < s.count, k - a <= 128, s[k] != 0x0A, s[k] != 0x0D, !quoteCloses(s, k, close) { k += 1 }
            guard k < s.count, quoteCloses(s, k, close), k - a >= 8, k - a <= 128 else { return nil }
            let spaced = (a..<k).contains { s[$0] == 0x20 }
            if spaced {
                guard isPassword, (a..<k).contains(where: { isDigit(s[$0]) || !ASCII.isAlpha(s[$0]) && s[$0] != 0x20 && s[$0] < 0x80 }) else { return nil }
            }
            guard looksRandom(s, a, k), spaced || !valueIsNoSecret(s, a, k, wordsAllowed: isPassword), !startsJWT(s, a, k),
                  SensitivityScanner.matchSecret(s, at: a) == nil, slackWebhook(s, a) == nil else { return nil }
            return (isPassword || looksLikePassword(s, a, k) ? .password : .genericAPIKey, a, k)
        }
        // A bracket before the value is no part of it: "the token (ghp_...) from deploy.sh".
        let vStart = from < s.count && (s[from] == UInt8(ascii: "(") || s[from] == UInt8(ascii: "[") || s[from] == UInt8(ascii: "{")) ? from + 1 : from
        var k = vStart
        while k < s.count, s[k] > 0x20, s[k] != UInt8(ascii: ","), s[k] != UInt8(ascii: "\""), s[k] != UInt8(ascii: "'") { k += 1 }
        // a sentence's full stop, or the brackets of the structure the value stands in ("{key: password}}"), are no part of it
        while k > vStart, s[k - 1] == UInt8(ascii: ".") || s[k - 1] == UInt8(ascii: "}") || s[k - 1] == UInt8(ascii: ")") || s[k - 1] == UInt8(ascii: "]") { k -= 1 }
        guard k - vStart >= 8, k - vStart <= 128 else { return nil }
        // (A call whose argument is quoted: "password = env::var("DB_PASSWORD")", "Config::get('db.password')".)
        if k < s.count, s[k] == UInt8(ascii: "\"") || s[k] == UInt8(ascii: "'"), looksLikeCode(s, vStart, k) { return nil }
        guard looksRandom(s, vStart, k), !valueIsNoSecret(s, vStart, k, wordsAllowed: isPassword), !startsJWT(s, vStart, k), SensitivityScanner.matchSecret(s, at: vStart) == nil,
              slackWebhook(s, vStart) == nil else { return nil }
        // an AWS secret access key: 40 base64 characters after "secret"
        if isSecret && k - vStart == 40 && (vStart..<k).allSatisfy({ isAlnum(s[$0]) || s[$0] == UInt8(ascii: "/") || s[$0] == UInt8(ascii: "+") }) {
            return (.awsSecretKey, vStart, k)
        }
        return (isPassword || looksLikePassword(s, vStart, k) ? .password : .genericAPIKey, vStart, k)
    }

    /// At `i`, an opening quote: '"', "'" or a typographic one (U+201C, U+2018, U+00AB). Where the value starts, and the
    /// closing quote's first byte ('"', "'", 0x9D for U+201D, 0x99 for U+2019, 0xBB for U+00BB).
    @inline(__always) static func quoteOpening(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, UInt8)? {
        let c = s[i]
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { return (i + 1, c) }
        if c == 0xE2, i + 2 < s.count, s[i + 1] == 0x80, s[i + 2] == 0x9C || s[i + 2] == 0x98 { return (i + 3, s[i + 2] + 1) }
        if c == 0xC2, i + 1 < s.count, s[i + 1] == 0xAB { return (i + 2, 0xBB) }
        return nil
    }

    /// The closing quote `close` (as `quoteOpening` gives it) starts at `k`.
    @inline(__always) static func quoteCloses(_ s: UnsafeBufferPointer<UInt8>, _ k: Int, _ close: UInt8) -> Bool {
        if close == UInt8(ascii: "\"") || close == UInt8(ascii: "'") {
            // (An apostrophe inside a word is no closing quote: 'is 'Tom's-dog-42'' reads on.)
            return s[k] == close && (close == UInt8(ascii: "\"") || k + 1 >= s.count || !ASCII.isAlnum(s[k + 1]))
        }
        if close == 0xBB { return s[k] == 0xC2 && k + 1 < s.count && s[k + 1] == 0xBB }
        return s[k] == 0xE2 && k + 2 < s.count && s[k + 1] == 0x80 && s[k + 2] == close
    }

    /// Password words with letters outside ASCII, as written (a capital outside ASCII too): "contraseña",
    /// "Hasło", "lösenord", "şifre", "jelszó".
    static let foreignPasswordWords: [[UInt8]] = ["contraseña", "contrasenya", "hasło", "lösenord", "şifre", "Şifre", "jelszó",
                                                  "adgangskode", "пароль", "Пароль", "mật khẩu", "Mật khẩu",
                                                  // Turkish "its password" ("wifi şifresi X"), Swedish "the password" ("Lösenordet är X").
                                                  "şifresi", "Şifresi", "lösenordet",
                                                  // Words for a key (from `foreignKeyWordsFrom` on): "la clé API du projet : X".
                                                  // (ASCII capitals are compared lower-cased: "Schlüssel" is "schlüssel".)
                                                  "clé", "schlüssel", "nøgle", "nøglen"].map { Array($0.utf8) }
    /// The index in `foreignPasswordWords` where the words for a key start: their value is a key unless it reads as a password.
    static let foreignKeyWordsFrom = foreignPasswordWords.firstIndex(of: Array("clé".utf8))!
    /// Links after them: ": ", " es ", " to " (Polish), " är ", " er ", " é ", " = ", " lautet ".
    static let foreignPasswordLinks: [[UInt8]] = [": ", " : ", " es ", " to ", " är ", " er ", " é ", " = ", " è ", " - ", " lautet ", " ist ",
                                                  " is "].map { Array($0.utf8) }

    /// At "anahtar" s[i..<e] before "ı: " (Turkish "API anahtarı: X", "the API key: X"): the key's value, as after "key:".
    static func turkishKeyValue(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (PIIType, Int, Int)? {
        guard e + 4 < s.count, lowerEquals(s, i, e, "anahtar"), s[e + 1] == 0xB1, s[e + 2] == UInt8(ascii: ":"), s[e + 3] == 0x20 else { return nil }
        return proseSecretValue(s, e + 4, isPassword: false, isSecret: false)
    }

    /// At a word followed by a byte outside ASCII: a password word of `foreignPasswordWords` ("Hasło do panelu:
    /// X", "la contraseña es X"), up to five words, a link (a word of time after it) and a random-looking value.
    static func foreignPassword(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> (PIIType, Int, Int)? {
        let n = s.count
        var w = -1
        for (x, word) in foreignPasswordWords.enumerated() where start + word.count <= n {
            var m = 0
            while m < word.count, ASCII.lower(s[start + m]) == ASCII.lower(word[m]) { m += 1 }
            if m == word.count, start + m == n || !(ASCII.isAlpha(s[start + m]) || s[start + m] >= 0x80) { w = x; break }
        }
        guard w >= 0 else { return nil }
        let password = w < foreignKeyWordsFrom
        var k = start + foreignPasswordWords[w].count
        // The value right after the word, no link, as chats write it ("usuario admin, contraseña wd5Mp9!tz*ieK0H&Dp", "Sunucu
        // şifresi M3_K~P_OLyh7"): one that mixes letters with digits or symbols.
        // (A digit or an ASCII sign among its letters: "secrète" after "clé" is a word.)
        // (A key's value is long: "der Schlüssel RSA-4096", "chave RSA-2048" name the kind of key.)
        if k + 1 < n, s[k] == 0x20, let v = proseSecretValue(s, k + 1, isPassword: password, isSecret: false), v.1 == k + 1, mixedPassword(s, v.1, v.2),
           password || v.2 - v.1 >= 16,
           (v.1..<v.2).contains(where: { s[$0] < 0x80 && !ASCII.isAlpha(s[$0]) }) { return v }
        // Up to five words between ("Hasło do panelu: ...", "La contraseña del correo de Diogo es ...").
        for _ in 0...5 {
            for link in foreignPasswordLinks where k + link.count < n {
                var m = 0
                while m < link.count, ASCII.lower(s[k + m]) == link[m] { m += 1 }
                if m == link.count {
                    var v = k + link.count
                    while v < n, s[v] == 0x20 { v += 1 }
                    return proseSecretValue(s, pastAdverb(s, v), isPassword: password, isSecret: false)
                }
            }
            guard k < n, s[k] == 0x20 else { return nil }
            k += 1
            let a = k
            while k < n, ASCII.isAlpha(s[k]) || s[k] >= 0x80 { k += 1 }
            guard k > a, k - a <= 16 else { return nil }
        }
        return nil
    }

    /// Verbs that link a password to its value, lower-case, with the space before and after.
    static let passwordLinks: [[UInt8]] = [" is ", " lautet ", " ist ", " es ", " est ", " é ", " è ", " = ", " : ", " was ", " are ",
                                           " jest ", " to ", " är ", " er ", " adalah ", " sekarang ", " yaitu ", " ialah ", " zijn ", " wordt ", " c'est ", " c’est "]
        .map { Array($0.utf8) }

    /// Words of time between the link and the value, lower-case: "the password is now X", "ist jetzt X", "to teraz X".
    static let passwordAdverbs = WordTable(["now", "currently", "still", "temporarily", "jetzt", "nun", "neu", "teraz", "sekarang", "ahora",
                                            "agora", "maintenant", "désormais", "adesso", "ora", "nu", "nå", "şimdi", "nyt", "just", "simply",
                                            "yine", "tetap", "aún", "ancora", "weiterhin", "nog", "fortfarande"].map { ($0, 1) })

    /// Past one word of `passwordAdverbs` and its space at `k`, if one is there.
    @inline(__always) static func pastAdverb(_ s: UnsafeBufferPointer<UInt8>, _ k: Int) -> Int {
        var e = k
        while e < s.count, e - k < 12, ASCII.isAlpha(s[e]) || s[e] >= 0x80 { e += 1 }
        guard e > k, e + 1 < s.count, s[e] == 0x20, passwordAdverbs.lookupLowered(s, k, e) != 0 else { return k }
        return e + 1
    }

    /// After a password word ending at `wordEnd`: up to five words of letters, then a linking verb
    /// (or a colon): where the value starts.
    static func linkedValue(_ s: UnsafeBufferPointer<UInt8>, _ wordEnd: Int) -> Int? {
        let n = s.count
        var k = wordEnd
        let limit = min(n, wordEnd + 48)
        var words = 0
        while k < limit, words <= 5 {
            // (A comma may close a word between: "Le mot de passe du Wi-Fi invités, c'est X", "a senha do wi-fi mudou, agora é X".)
            if s[k] == UInt8(ascii: ","), k + 1 < n, s[k + 1] == 0x20, words >= 1 { k += 1 }
            guard s[k] == 0x20 else {
                if s[k] == UInt8(ascii: ":"), k + 2 < n, s[k + 1] == 0x20 { return k + 2 }
                return nil
            }
            for link in passwordLinks where k + link.count < n {
                var m = 0
                while m < link.count, ASCII.lower(s[k + m]) == link[m] { m += 1 }
                // A link the value must follow: "to" is Polish's "is" and English's "to" ("Your password to the portal is X").
                if m == link.count {
                    let v = pastAdverb(s, k + link.count)
                    if proseSecretValue(s, v, isPassword: true, isSecret: false) != nil { return v }
                }
            }
            // (A word of time before the link is no word between: "mudou, agora é X", "dell'ufficio adesso è X".)
            let adverb = pastAdverb(s, k + 1)
            if adverb > k + 1 { k = adverb - 1; continue }
            k += 1
            let a = k
            // (An elided article is part of the word: "dell'ufficio", "l'accès".)
            while k < limit, ASCII.isAlpha(s[k]) || s[k] >= 0x80 || s[k] == UInt8(ascii: "-") || s[k] == UInt8(ascii: "'") && k > a { k += 1 }
            guard k > a else { return nil }
            words += 1
        }
        return nil
    }

    static let placeholderWords = ContextWords(["xxxx", "your", "example", "placeholder", "redacted", "changeme", "<", "${", "***", "dummy", "sample",
                                                "replace", "change_me", "change-me"])

    /// Mixed character classes and no placeholder words: a value, not a word or an example.
    static func looksRandom(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        // Lower, upper, digit and other as bits 4, 2, 1 and 8.
        var classes: UInt8 = 0
        var seen = ByteSet()
        var distinct = 0
        for k in a..<e {
            let b = s[k]
            let c = asciiClassBits(b)
            classes |= c | (c == 0 ? 8 : 0)
            distinct &+= seen.insertIsNew(b)
        }
        guard classes.nonzeroBitCount >= 2 else { return false }
        if matches(s, a, e, placeholderWords, all: false) != 0 { return false }
        return distinct >= 6
    }

    /// A JWT's header starts "eyJ": one in an assignment or in prose is left to the JWT detector.
    @inline(__always) static func startsJWT(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ e: Int) -> Bool {
        e - a > 3 && s[a] == UInt8(ascii: "e") && s[a + 1] == UInt8(ascii: "y") && s[a + 2] == UInt8(ascii: "J")
    }
}
