/// Where `tier bench` gets its prompts: a built-in set over DESIGN.md's task types, a file, or
/// synthetic prompts of a given length.
public enum BenchPrompts {
    /// Two short prompts per task type, the kind of calls an agent makes.
    public static let builtIn: [BenchPrompt] = [
        BenchPrompt(user: "Classify this support message as billing, technical or account: \"I was charged twice for my subscription this month.\" Answer with one word.", taskType: "message_classification"),
        BenchPrompt(user: "Is this e-mail spam? Answer yes or no. \"Congratulations, you have won a free cruise, click here to claim.\"", taskType: "message_classification"),
        BenchPrompt(user: "Extract the company name and the invoice total as JSON from: \"Invoice from Northwind Traders, total due 1,240.50 EUR by 30 November.\"", taskType: "entity_extraction"),
        BenchPrompt(user: "List the city names mentioned in: \"We fly from Lisbon to Oslo, then take the train to Bergen.\"", taskType: "entity_extraction"),
        BenchPrompt(user: "Format this as a Markdown table with columns fruit and colour: apple - red; banana - yellow; plum - purple.", taskType: "formatting"),
        BenchPrompt(user: "Rewrite this date as ISO 8601: the third of March, twenty twenty-five.", taskType: "formatting"),
        BenchPrompt(user: "Summarize in one sentence: The team moved the release to Friday because two tests failed on the build server, and the fix needs a review from the platform group.", taskType: "summarization"),
        BenchPrompt(user: "Give a two-line summary of: Sales rose 4% in the quarter, driven by the new subscription plan, while hardware revenue fell for the third quarter in a row.", taskType: "summarization"),
        BenchPrompt(user: "Which team should handle this request: \"The VPN drops every ten minutes on my laptop\"? Choose from: network, desktop, security.", taskType: "routing"),
        BenchPrompt(user: "Pick the tool for this step: \"find all files changed since yesterday\". Tools: search_files, run_tests, send_email.", taskType: "routing"),
        BenchPrompt(user: "Fill in the template with the order details. Template: \"Dear {name}, your order {id} ships on {date}.\" name=Ravi, id=A-1009, date=Monday.", taskType: "template_completion"),
        BenchPrompt(user: "Complete: \"Meeting notes - Date: 12 May. Attendees: ... Decisions: ...\" for a short planning meeting of three people.", taskType: "template_completion"),
        BenchPrompt(user: "Write a Python function that returns the n-th Fibonacci number iteratively.", taskType: "code"),
        BenchPrompt(user: "What does this shell command do? find . -name '*.log' -mtime +7 -delete", taskType: "code"),
        BenchPrompt(user: "A train leaves at 9:40 and arrives at 13:05, stopping twice for 10 minutes. How long is it moving? Explain step by step.", taskType: "complex_reasoning"),
        BenchPrompt(user: "If all bloops are razzies and some razzies are lazzies, must some bloops be lazzies? Reason it through.", taskType: "complex_reasoning"),
        BenchPrompt(user: "Write a four-line poem about a lighthouse in winter.", taskType: "creative"),
        BenchPrompt(user: "Invent a name and a one-sentence slogan for a bakery that opens at night.", taskType: "creative"),
    ]

    /// Plain lines (one prompt each), or JSONL with "messages" (OpenAI shape) or "prompt" and an
    /// optional "task_type". Blank lines are skipped; a bad JSONL line is an error at its place.
    public static func load(path: String) throws(TierError) -> [BenchPrompt] {
        var out: [BenchPrompt] = []
        var reader = try LineReader(path: path, maxTotal: System.ReadLimit.input)
        let file = path == "-" ? "<stdin>" : path
        try reader.forEachLine { (line, number) throws(TierError) -> Bool in
            var i = 0
            while i < line.count && (line[i] == 0x20 || line[i] == 0x09) { i += 1 }
            if i == line.count { return true }
            guard line[i] == UInt8(ascii: "{") else {
                out.append(BenchPrompt(user: String(decoding: line, as: UTF8.self), taskType: "unknown"))
                return true
            }
            let parsed: Result<JSONValue, JSONParseError>
            do throws(JSONParseError) { parsed = .success(try JSONParser.parse(line)) } catch { parsed = .failure(error) }
            guard case .success(let v) = parsed else {
                if case .failure(let e) = parsed {
                    throw .data([Diagnostic(file: file, line: number, column: e.offset + 1, message: "not valid JSON: \(e.message)")])
                }
                return true
            }
            let task = v["task_type"]?.stringValue ?? "unknown"
            if let msgs = v["messages"]?.arrayValue {
                var system: String? = nil
                var user: String? = nil
                for m in msgs {
                    guard let role = m["role"]?.stringValue, let content = m["content"]?.stringValue else { continue }
                    if role == "system" { system = content } else if role == "user" { user = (user.map { $0 + "\n\n" } ?? "") + content }
                }
                guard let u = user else {
                    throw .data([Diagnostic(file: file, line: number, column: 1, message: "'messages' has no user message with string content")])
                }
                out.append(BenchPrompt(system: system, user: u, taskType: task))
            } else if let p = v["prompt"]?.stringValue {
                out.append(BenchPrompt(user: p, taskType: task))
            } else {
                throw .data([Diagnostic(file: file, line: number, column: 1, message: "a JSONL prompt needs 'messages' or 'prompt'")])
            }
            return true
        }
        if out.isEmpty { throw .data([Diagnostic(file: file, line: 1, column: 1, message: "no prompts in the file")]) }
        return out
    }

    /// Prompts of about `inputTokens` tokens (common English words, about one token each), each
    /// different so no server-side prefix cache makes them free, asking for `outputTokens`.
    public static func synthetic(inputTokens: Int, outputTokens: Int, count: Int = 16) -> [BenchPrompt] {
        synthetic(words: max(1, inputTokens - 16), outputTokens: outputTokens, count: count)
    }

    /// Prompts of exactly `words` filler words (what `tier bench` sizes to the server's own token
    /// count, measured with two probes before the run).
    public static func synthetic(words budget: Int, outputTokens: Int, count: Int = 16) -> [BenchPrompt] {
        let words = ["time", "river", "light", "stone", "green", "table", "music", "paper", "cloud", "north", "window",
                     "garden", "silver", "market", "letter", "winter", "bridge", "orange", "story", "engine"]
        let instruction = "Continue this list of words with more words, without stopping: "
        return (0..<count).map { k in
            var s = "Request \(k). " + instruction
            for i in 0..<max(1, budget) { s += words[(i * 7 + k * 3) % words.count] + " " }
            return BenchPrompt(user: s, taskType: "synthetic", outputTokens: outputTokens)
        }
    }

    /// The filler word count that makes `inputTokens` prompt tokens on this server, from two probes:
    /// (words, prompt tokens) at two sizes fit tokens = a + b × words. Nil when the probes disagree.
    public static func wordsFor(inputTokens: Int, probes: [(words: Int, tokens: Int)]) -> Int? {
        guard probes.count == 2, probes[1].words != probes[0].words else { return nil }
        let b = Double(probes[1].tokens - probes[0].tokens) / Double(probes[1].words - probes[0].words)
        let a = Double(probes[0].tokens) - b * Double(probes[0].words)
        guard b > 0.05, b < 20 else { return nil }
        // Token counts come from the server: a fit asking for far more words than tokens is no fit.
        let words = ((Double(inputTokens) - a) / b).rounded()
        guard words.isFinite, words <= 20 * Double(inputTokens) + 1000 else { return nil }
        return max(1, Int(saturating: words))
    }
}
