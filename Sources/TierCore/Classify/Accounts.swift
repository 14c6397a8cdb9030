/// The names people go by in logs and on code hosts: a log's or a form's account ("user=junckena", "Username:
/// abennett") and a pull request's author ("Merge pull request #502 from rachel/fix-timezone"). An account names a
/// person as surely as a name does. (A chat export's speaker in small letters, "[10:18] lucas:", is left alone: the
/// development sets do not count handles as names.)
extension PIIScanner {
    /// Words an account's place holds that are no person (beside `systemAccounts`): log levels, daemons, bots, roles, services.
    static let accountSystemWords = WordTable([
        "info", "warn", "warning", "error", "err", "debug", "trace", "fatal", "notice", "critical", "crit", "alert", "emerg",
        "log", "main", "kernel", "systemd", "cron", "sshd", "nginx", "server", "client", "bot", "note", "topic", "mode",
        "join", "joined", "part", "quit", "nick", "me", "you", "status", "update", "reply", "re", "fwd", "subject", "from",
        "to", "cc", "date", "time", "action", "event", "msg", "message", "chanserv", "nickserv", "irc", "slackbot", "github",
        "jira", "ci", "build", "deploy", "assistant", "ai", "chatgpt", "claude", "gpt", "model", "agent", "customer",
        "user", "system", "host", "moderator", "mod", "everyone", "channel", "here", "all", "todo", "fixme", "summary",
        "report", "reports", "reporting", "app", "service", "svc", "api", "web", "readonly", "reader", "writer", "monitor",
        "replica", "dev", "prod", "staging", "default", "demo", "example", "sample", "sa", "db", "dbuser", "sql", "owner",
    ].map { ($0, 1) })

    /// An account a machine or a team uses: a part of it (between '-', '_' and '.') is one of `accountSystemWords` or
    /// `systemAccounts`, or it ends in "bot" ("deploy-bot", "uptime-monitor", "dependabot", "svc_report").
    static func serviceAccount(_ s: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        if b - a >= 3, lowerEquals(s, b - 3, b, "bot") { return true }
        var p = a
        while p < b {
            var q = p
            while q < b, s[q] != UInt8(ascii: "-"), s[q] != UInt8(ascii: "_"), s[q] != UInt8(ascii: ".") { q += 1 }
            if q > p, accountSystemWords.lookupLowered(s, p, q) != 0 || systemAccounts.lookupLowered(s, p, q) != 0 { return true }
            p = q + 1
        }
        return false
    }

    /// The keys of a connection string beside its user.
    static let connectionKeys = WordTable(["host", "password", "pwd", "dbname", "database", "port", "sslmode", "server"].map { ($0, 1) })

    /// Keys a log line or a form gives an account under ("user=", "username=", "login=", "Username: ").
    /// (Value 2: who did what a log line records, only as a key's '=' value: "password changed user=brain9 by=genny59".)
    static let accountKeys = WordTable(["user", "username", "user_name", "login", "userid", "user_id", "uname", "usr"].map { ($0, 1) }
                                       + ["by", "actor", "author", "assignee", "reviewer", "approver", "requester", "created_by",
                                       "updated_by", "changed_by", "modified_by", "approved_by", "deleted_by"].map { ($0, 2) })

    /// At "sudo" (s[i..<e]) before ": " or "[pid]: ": the account that ran the command, then " : " and sudo's "TTY=", "PWD=" or "USER="
    /// ("sudo: dorie14 : TTY=pts/0 ; COMMAND=/usr/bin/systemctl"). Its range; a system account is none.
    static func sudoUser(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        let n = s.count
        guard e + 12 < n, lowerEquals(s, i, e, "sudo"), i == 0 || !ASCII.isAlnum(s[i - 1]) else { return nil }
        // (journald writes the process id: "sudo[4021]: alice : TTY=...".)
        var c = e
        if s[c] == UInt8(ascii: "[") {
            c += 1
            while c < n, c - e < 12, isDigit(s[c]) { c += 1 }
            guard c < n, c > e + 1, s[c] == UInt8(ascii: "]") else { return nil }
            c += 1
        }
        guard c + 1 < n, s[c] == UInt8(ascii: ":"), s[c + 1] == 0x20 else { return nil }
        // (auth.log pads the account: "sudo:    alice : TTY=pts/0 ; ...".)
        var a = c + 1
        while a < n, a - c < 12, s[a] == 0x20 { a += 1 }
        var b = a
        while b < n, b - a <= 32, ASCII.isAlnum(s[b]) || s[b] == UInt8(ascii: ".") || s[b] == UInt8(ascii: "_") || s[b] == UInt8(ascii: "-") { b += 1 }
        guard b - a >= 2, b + 7 < n, s[b] == 0x20, s[b + 1] == UInt8(ascii: ":"), s[b + 2] == 0x20,
              lowerEquals(s, b + 3, b + 7, "tty=") || lowerEquals(s, b + 3, b + 7, "pwd=") || b + 8 < n && lowerEquals(s, b + 3, b + 8, "user="),
              logAccount(s, a, b), !serviceAccount(s, a, b) else { return nil }
        return (a, b)
    }

    /// At the key word s[i..<e] (`next` the byte after it): "user=junckena" (a log's key and value) or "Username: abennett"
    /// (a capitalized form label, its value in small letters alone on the line). The account's range; system accounts,
    /// numbers and e-mail addresses (found as such) are none.
    static func accountAfterKey(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int, next: UInt8) -> (Int, Int)? {
        let n = s.count
        guard e - i >= 2, e - i <= 11, i == 0 || !ASCII.isAlnum(s[i - 1]) && s[i - 1] != UInt8(ascii: "_") && s[i - 1] != UInt8(ascii: "."),
              let key = Optional(accountKeys.lookupLowered(s, i, e)), key != 0,
              // (A log's actor only as a key's '=' value: not "By: tomorrow", "Reviewer: pending"; not "--sort-by=display_name".)
              key == 1 || next == UInt8(ascii: "=") && (i == 0 || s[i - 1] != UInt8(ascii: "-")) else { return nil }
        var a: Int
        if next == UInt8(ascii: "=") {
            a = e + 1
            if a < n, s[a] == UInt8(ascii: "\"") || s[a] == UInt8(ascii: "'") { a += 1 }
        } else if next == UInt8(ascii: ":"), s[i] &- 0x41 < 26, e + 2 < n, s[e + 1] == 0x20 {
            a = e + 2
        } else { return nil }
        guard a < n, s[a] &- 0x61 < 26 else { return nil }
        var b = a
        while b < n, b - a <= 32, ASCII.isAlnum(s[b]) || s[b] == UInt8(ascii: ".") || s[b] == UInt8(ascii: "_") || s[b] == UInt8(ascii: "-") { b += 1 }
        while b > a, s[b - 1] == UInt8(ascii: ".") || s[b - 1] == UInt8(ascii: "-") { b -= 1 }
        // The value ends there: a space, a separator, a quote or the line's end (no '@', no '/', no more of a path).
        guard b - a >= 2, b == n || s[b] == 0x20 || s[b] == 0x0A || s[b] == 0x0D || s[b] == UInt8(ascii: ",") || s[b] == UInt8(ascii: ";")
                || s[b] == UInt8(ascii: "&") || s[b] == UInt8(ascii: "\"") || s[b] == UInt8(ascii: "'") || s[b] == UInt8(ascii: ")")
                || s[b] == UInt8(ascii: ".") && (b + 1 == n || s[b + 1] == 0x20 || s[b + 1] == 0x0A) else { return nil }
        // A form's label holds the value alone on its line.
        if next == UInt8(ascii: ":"), !(b == n || s[b] == 0x0A || s[b] == 0x0D) { return nil }
        guard logAccount(s, a, b), !serviceAccount(s, a, b), functionWords.lookup(s, a, b) == 0 else { return nil }
        // A connection string's user is a service's account: "host=db.internal user=report password=...".
        if next == UInt8(ascii: "=") {
            var l = i
            while l > 0, s[l - 1] != 0x0A { l -= 1 }
            var r = b
            while r < n, s[r] != 0x0A { r += 1 }
            for p in l..<r where s[p] == UInt8(ascii: "=") {
                var k = p
                while k > l, ASCII.isAlpha(s[k - 1]) { k -= 1 }
                if connectionKeys.lookupLowered(s, k, p) != 0 { return nil }
            }
        }
        return (a, b)
    }

    /// At a capitalized word at `i`: a form's account label and its value ("Username: abennett").
    static func capitalizedAccountLabel(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int)? {
        let e = ByteRuns.wordEnd(s, i + 1)
        guard e < s.count, s[e] == UInt8(ascii: ":") else { return nil }
        return accountAfterKey(s, i, e, next: s[e])
    }

    /// At a word in small letters s[i..<e] before '/': a pull request's author in the message a code host writes
    /// ("Merge pull request #8553 from shirley/fix-timezone"). The author's range.
    static func pullRequestAuthor(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> (Int, Int)? {
        guard i >= 26, e < s.count, s[e] == UInt8(ascii: "/"), s[i - 5] == UInt8(ascii: "f"), lowerEquals(s, i - 5, i, "from ") else { return nil }
        // Back over the number to "Merge pull request #".
        guard s[i - 6] == 0x20 else { return nil }
        var k = i - 7
        while k > 0, ASCII.isDigit(s[k]) { k -= 1 }
        guard k >= 19, k < i - 7, s[k] == UInt8(ascii: "#"), lowerEquals(s, k - 19, k, "merge pull request ") else { return nil }
        var b = e
        while b > i, s[b - 1] == UInt8(ascii: "-") { b -= 1 }
        return logAccount(s, i, b) && !serviceAccount(s, i, b) ? (i, b) : nil
    }
}

extension PIIScanner {
    /// A login or handle written "given.surname" in small letters, as companies make them ("Ping denise.alvarado in
    /// #infra", "Assignee: patricia.johnson", "Username should be marcus.whittaker"): a listed given name that is no
    /// ordinary word, a dot and a listed surname. At the first word s[i..<e] (`s[e]` is the dot); where it ends.
    /// (Not part of an address, a path or a host name: nothing but a space, a bracket, a quote or a line's end around it.)
    static func dottedName(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ e: Int) -> Int? {
        let n = s.count
        guard e - i >= 3, e - i <= 15, e + 3 < n, s[e + 1] &- 0x61 < 26,
              i == 0 || s[i - 1] == 0x20 || s[i - 1] == 0x0A || s[i - 1] == 0x09 || s[i - 1] == UInt8(ascii: "(") || s[i - 1] == UInt8(ascii: "\"")
                || s[i - 1] == UInt8(ascii: "'") || s[i - 1] == UInt8(ascii: "`") else { return nil }
        for k in i..<e where s[k] &- 0x61 >= 26 { return nil }
        var z = e + 1
        while z < n, z - e <= 21, s[z] &- 0x61 < 26 { z += 1 }
        guard z - e - 1 >= 3, z - e - 1 <= 20 else { return nil }
        // The token ends: a space, a line's end, punctuation that closes a clause or a quote; a full stop only before a
        // space or the end (no host name's next label, "alice.smith.example").
        if z < n {
            let c = s[z]
            guard c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ")")
                    || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "`") || c == UInt8(ascii: "?") || c == UInt8(ascii: "!")
                    || c == UInt8(ascii: ".") && (z + 1 == n || s[z + 1] == 0x20 || s[z + 1] == 0x0A) else { return nil }
        }
        let f = NameGazetteer.flags(s, i, e), g = NameGazetteer.flags(s, e + 1, z)
        guard f & NameGazetteer.given != 0, f & (NameGazetteer.word | NameGazetteer.ambiguous) == 0, g & NameGazetteer.surname != 0,
              !serviceAccount(s, i, z) else { return nil }
        return z
    }
}

extension PIIScanner {
    /// A .netrc entry's account: "machine api.github.com\n  login tbush\n  password ...", the "login" word at s[i..<i+5]
    /// and the entry's "machine" on its line or the line before. The account's range.
    static func netrcLogin(_ s: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Int, Int)? {
        let n = s.count
        guard i + 7 < n, lowerEquals(s, i, i + 6, "login "), s[i + 6] &- 0x61 < 26 || ASCII.isDigit(s[i + 6]) else { return nil }
        // "machine" before it: on its line ("machine h login u password p") or, past the line's leading spaces, on the one before.
        var l = i
        while l > 0, s[l - 1] != 0x0A { l -= 1 }
        var from = l
        if (l..<i).allSatisfy({ s[$0] == 0x20 || s[$0] == 0x09 }), l > 0 {
            from = l - 1
            while from > 0, s[from - 1] != 0x0A { from -= 1 }
        }
        var k = from, machine = false
        while k + 8 <= i { if s[k] == UInt8(ascii: "m"), lowerEquals(s, k, k + 8, "machine "), k == 0 || s[k - 1] == 0x20 || s[k - 1] == 0x0A || s[k - 1] == 0x09 { machine = true; break }; k += 1 }
        guard machine else { return nil }
        let a = i + 6
        var b = a
        while b < n, s[b] != 0x20, s[b] != 0x0A, s[b] != 0x0D, s[b] != 0x09 { b += 1 }
        guard logAccount(s, a, b), !serviceAccount(s, a, b) else { return nil }
        return (a, b)
    }
}
