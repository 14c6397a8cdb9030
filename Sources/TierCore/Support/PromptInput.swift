/// Gathers a prompt from arguments, standard input and `-f` files.
/// Arguments are the instruction; stdin and files are attached text. With no arguments, stdin is the prompt.
public enum PromptInput {
    public static func gather(arguments: [String], files: [String], readStdin: Bool = System.stdinHasData())
        throws(TierError) -> (prompt: String, attachments: [Attachment]) {
        var words: [String] = []
        var attachments: [Attachment] = []
        var stdinText: String? = nil
        var explicitStdin = false
        for a in arguments {
            if a == "-" { explicitStdin = true } else { words.append(a) }
        }
        if explicitStdin || readStdin {
            let bytes = try System.readAll(fd: 0, name: "<stdin>")
            if !bytes.isEmpty || explicitStdin { stdinText = String(decoding: bytes, as: UTF8.self) }
        }
        for f in files {
            let bytes: [UInt8]
            if f == "-" {
                bytes = try System.readAll(fd: 0, name: "<stdin>")
            } else {
                bytes = try System.readFile(f)
            }
            attachments.append(Attachment(name: f, text: String(decoding: bytes, as: UTF8.self)))
        }
        var prompt = words.joined(separator: " ")
        if let s = stdinText {
            if prompt.isEmpty { prompt = s } else { attachments.insert(Attachment(name: "<stdin>", text: s), at: 0) }
        }
        if prompt.isEmpty && attachments.isEmpty {
            throw .usage("no prompt: give it as arguments, on standard input, or with -f FILE")
        }
        return (prompt, attachments)
    }
}
