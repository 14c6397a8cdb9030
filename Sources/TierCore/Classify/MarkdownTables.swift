/// Markdown tables: what a cell's column holds, read from the table's header row ("| Name | Mobile |
/// DOB |" above "|---|---|---|"). Tables sit anywhere in a prompt, so unlike CSVHeader this is looked up
/// from the cell, and only for a value a detector has already found plausible there.
extension PIIScanner {
    enum MarkdownColumn {
        static let name: UInt8 = 1, birth: UInt8 = 2, phone: UInt8 = 4
    }

    /// Header words, lower-case, by what they say the column holds.
    static let markdownHeaderWords: [(String, UInt8)] = [
        ("name", MarkdownColumn.name), ("contact", MarkdownColumn.name), ("customer", MarkdownColumn.name),
        ("patient", MarkdownColumn.name), ("tenant", MarkdownColumn.name), ("volunteer", MarkdownColumn.name),
        ("member", MarkdownColumn.name), ("employee", MarkdownColumn.name), ("guest", MarkdownColumn.name),
        ("attendee", MarkdownColumn.name), ("person", MarkdownColumn.name), ("applicant", MarkdownColumn.name),
        ("owner", MarkdownColumn.name), ("assignee", MarkdownColumn.name), ("naam", MarkdownColumn.name),
        ("nome", MarkdownColumn.name), ("nombre", MarkdownColumn.name), ("nom", MarkdownColumn.name),
        ("birth", MarkdownColumn.birth), ("dob", MarkdownColumn.birth), ("born", MarkdownColumn.birth),
        ("geboren", MarkdownColumn.birth), ("geburt", MarkdownColumn.birth), ("nascita", MarkdownColumn.birth),
        ("nacimiento", MarkdownColumn.birth), ("naissance", MarkdownColumn.birth), ("geboortedatum", MarkdownColumn.birth),
        ("phone", MarkdownColumn.phone), ("mobile", MarkdownColumn.phone), ("tel", MarkdownColumn.phone),
        ("cell", MarkdownColumn.phone), ("móvil", MarkdownColumn.phone), ("telefon", MarkdownColumn.phone),
        ("cellulare", MarkdownColumn.phone), ("mob", MarkdownColumn.phone), ("birthdate", MarkdownColumn.birth),
        ("birthday", MarkdownColumn.birth), ("geburtsdatum", MarkdownColumn.birth), ("names", MarkdownColumn.name),
        ("telephone", MarkdownColumn.phone), ("cellphone", MarkdownColumn.phone), ("telefono", MarkdownColumn.phone),
        // The people of a rota or a roster, by what they do there: "| Day | Engineer | Mobile | Backup |".
        ("engineer", MarkdownColumn.name), ("backup", MarkdownColumn.name), ("lead", MarkdownColumn.name),
        ("driver", MarkdownColumn.name), ("teacher", MarkdownColumn.name), ("student", MarkdownColumn.name),
        ("pupil", MarkdownColumn.name), ("manager", MarkdownColumn.name), ("host", MarkdownColumn.name),
        ("on-call", MarkdownColumn.name), ("oncall", MarkdownColumn.name), ("cover", MarkdownColumn.name),
        ("reviewer", MarkdownColumn.name), ("author", MarkdownColumn.name), ("agent", MarkdownColumn.name),
        ("coach", MarkdownColumn.name), ("nurse", MarkdownColumn.name), ("doctor", MarkdownColumn.name),
        ("who", MarkdownColumn.name), ("speaker", MarkdownColumn.name), ("presenter", MarkdownColumn.name),
        ("parent", MarkdownColumn.name), ("child", MarkdownColumn.name), ("surname", MarkdownColumn.name),
        ("staff", MarkdownColumn.name), ("player", MarkdownColumn.name), ("deputy", MarkdownColumn.name),
    ]

    /// `start` begins a cell of a markdown table's body ("| " before it): the kinds of its column, from the
    /// header row above the table's "|---|" line; 0 when it is no such cell. The walk up is bounded (64
    /// lines, 4 KB), so a long table costs a bounded amount per value.
    static func markdownColumn(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt8 {
        guard start >= 2, s[start - 1] == 0x20, s[start - 2] == UInt8(ascii: "|") else { return 0 }
        // The cell's column: the pipes between the line's start and the cell.
        var a = start - 2
        var pipes = 1
        while a > 0, s[a - 1] != 0x0A {
            a -= 1
            if s[a] == UInt8(ascii: "|") { pipes += 1 }
            if start - a > 1024 { return 0 }
        }
        while a < start, s[a] == 0x20 { a += 1 }
        guard s[a] == UInt8(ascii: "|") else { return 0 }
        // Up the table to its separator line; the header is the line above it.
        var lineStart = a
        var lines = 0
        while lines < 64, lineStart > 0, start - lineStart < 4096 {
            var p = lineStart - 1               // the newline ending the line above
            if p > 0, s[p - 1] == 0x0D { p -= 1 }
            var b = p
            while b > 0, s[b - 1] != 0x0A { b -= 1 }
            var q = b
            while q < p, s[q] == 0x20 { q += 1 }
            guard q < p, s[q] == UInt8(ascii: "|") else { return 0 }
            var separator = true, dash = false
            for k in q..<p {
                let c = s[k]
                if c == UInt8(ascii: "-") { dash = true } else if c != UInt8(ascii: "|") && c != UInt8(ascii: ":") && c != 0x20 { separator = false; break }
            }
            if separator && dash { return b > 0 ? markdownHeaderCell(s, b - 1, pipes) : 0 }
            lineStart = b
            lines += 1
        }
        return 0
    }

    /// The header line ending at the newline `nl`: the kinds its `pipes`-th cell names.
    static func markdownHeaderCell(_ s: UnsafeBufferPointer<UInt8>, _ nl: Int, _ pipes: Int) -> UInt8 {
        var e = nl
        if e > 0, s[e - 1] == 0x0D { e -= 1 }
        var b = e
        while b > 0, s[b - 1] != 0x0A, e - b < 1024 { b -= 1 }
        var k = b, seen = 0
        while k < e, seen < pipes { if s[k] == UInt8(ascii: "|") { seen += 1 }; k += 1 }
        guard seen == pipes else { return 0 }
        var z = k
        while z < e, s[z] != UInt8(ascii: "|") { z += 1 }
        guard z - k <= 40 else { return 0 }
        let cell = String(decoding: UnsafeBufferPointer(rebasing: s[k..<z]), as: UTF8.self).lowercased()
        // Whole words of the header ("Hostname", "Cancelled", "Airborne" name none of these).
        var kinds: UInt8 = 0
        let words = cell.split(whereSeparator: { !$0.isLetter }).map(String.init)
        for (w, kind) in markdownHeaderWords where words.contains(w) { kinds |= kind }
        // The people columns of exports, one vocabulary for both: "| Ansprechpartner |", "| Assigned to |".
        if CSVHeader.peopleColumn(cell) { kinds |= MarkdownColumn.name }
        // "Phone name", "Contact no": a phone's header names no person.
        if kinds & MarkdownColumn.phone != 0 { kinds &= ~MarkdownColumn.name }
        return kinds
    }

    /// From `start`, a phone number written any way: 7 to 15 digits and only + ( ) - . / and single
    /// spaces between them. Where its last digit or bracket ends.
    static func phoneShapedField(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var k = start, digits = 0, last = start
        while k < s.count, k - start < 24 {
            let c = s[k]
            if isDigit(c) { digits += 1; last = k + 1 }
            else if c == UInt8(ascii: ")") { last = k + 1 }
            else if c == 0x20 { if k + 1 < s.count, s[k + 1] == 0x20 { break } }
            else if !(c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "/") || c == UInt8(ascii: "(") || c == UInt8(ascii: "+")) { break }
            k += 1
        }
        return digits >= 7 && digits <= 15 ? last : nil
    }

    /// A markdown cell from `start` to " |" that is a phone number written any way, under a phone
    /// column: where it ends.
    static func markdownPhone(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard let e = phoneShapedField(s, start) else { return nil }
        var k = e
        while k < s.count, s[k] == 0x20 { k += 1 }
        guard k < s.count, s[k] == UInt8(ascii: "|") else { return nil }
        guard markdownColumn(s, start) & MarkdownColumn.phone != 0 else { return nil }
        return e
    }
}
