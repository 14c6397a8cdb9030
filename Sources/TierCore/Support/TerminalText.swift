/// Model output bound for a terminal: escape sequences (ANSI CSI, OSC such as hyperlinks or title
/// changes) and other control characters could rewrite the screen or the clipboard, so each is shown
/// as a visible caret form (ESC as "^["). Line breaks and tabs stay. Piped output is never changed.
public enum TerminalText {
    public static func neutralize(_ text: String) -> String {
        var needs = false
        for u in text.unicodeScalars where isControl(u) { needs = true; break }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if isControl(u) {
                if u.value < 0x20 || u.value == 0x7F {
                    out.append("^")
                    out.append(Unicode.Scalar(UInt8(u.value == 0x7F ? 0x3F : u.value + 0x40)))
                } else {
                    for c in "<U+\(String(u.value, radix: 16, uppercase: true))>".unicodeScalars { out.append(c) }
                }
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// C0 controls but tab, line feed and carriage return; DEL; the C1 range (U+0080-U+009F, 8-bit CSI and OSC).
    @inline(__always) static func isControl(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        return v == 0x7F || (v >= 0x80 && v <= 0x9F)
    }
}
