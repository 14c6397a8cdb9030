/// Renders `--help` text from a command table.
public enum HelpRenderer {
    public static func render(_ command: CommandSpec, path: String, width: Int = 80) -> String {
        var out = "\(path): \(command.summary)\n\nUsage:\n"
        for u in command.usage { out += "  \(u)\n" }
        for d in command.discussion { out += "\n" + wrap(d, indent: 0, width: width) }
        let subs = command.visibleSubcommands
        if !subs.isEmpty {
            out += "\nCommands:\n"
            let w = (subs.map { $0.name.count }.max() ?? 0) + 4
            for s in subs { out += hanging("  " + s.name, s.summary, column: w, width: width) }
        }
        if let p = command.positional {
            out += "\nArguments:\n"
            let label = "  " + p.name + (p.repeatable ? "..." : "")
            out += hanging(label, p.help, column: max(label.count + 2, 26), width: width)
        }
        if !command.options.isEmpty {
            out += "\nOptions:\n"
            let column = min(30, (command.options.map { $0.signature.count }.max() ?? 0) + 4)
            for o in command.options {
                var text = o.help
                if case .choices(let cs) = o.completion { text += (o.openChoices ? " Built in: " : " One of: ") + cs.joined(separator: ", ") + "." }
                if o.repeatable { text += " Repeatable." }
                if let d = o.defaultValue { text += " [default: \(d)]" }
                if let e = o.env { text += " [env: \(e)]" }
                out += hanging("  " + o.signature, text, column: column, width: width)
            }
        }
        if !command.examples.isEmpty {
            out += "\nExamples:\n"
            for e in command.examples { out += "  \(e.command)\n" + wrap(e.meaning, indent: 6, width: width) }
        }
        if !command.exitCodes.isEmpty {
            out += "\nExit codes:\n"
            for c in command.exitCodes { out += hanging("  \(c.rawValue)", c.meaning, column: 8, width: width) }
        }
        return out
    }

    /// `label` then text wrapped in a column; the label gets its own line when it is too wide.
    static func hanging(_ label: String, _ text: String, column: Int, width: Int) -> String {
        let body = wrapLines(text, width: width - column)
        var out = ""
        var first = true
        if label.count + 2 > column {
            out += label + "\n"
            first = false
        }
        for line in body {
            if first {
                out += label + String(repeating: " ", count: column - label.count) + line + "\n"
                first = false
            } else {
                out += String(repeating: " ", count: column) + line + "\n"
            }
        }
        if body.isEmpty { out += label + "\n" }
        return out
    }

    public static func wrap(_ text: String, indent: Int, width: Int) -> String {
        wrapLines(text, width: width - indent).map { String(repeating: " ", count: indent) + $0 + "\n" }.joined()
    }

    static func wrapLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty { line = String(word) }
            else if line.count + 1 + word.count <= width { line += " " + word }
            else { lines.append(line); line = String(word) }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
