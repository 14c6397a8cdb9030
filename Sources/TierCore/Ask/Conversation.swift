#if canImport(Glibc)
import Glibc
#endif

/// A conversation `tier ask` continues (`--new`, `--continue`, `--conversation ID`): every turn, the
/// tier that answered each, and the most sensitive data any turn held, which every later turn keeps as
/// its floor. Saved only when asked for: a plain `tier ask` writes no prompt text anywhere.
public struct Conversation: Sendable, Equatable {
    public struct Turn: Sendable, Equatable {
        public var role: ChatTurn.Role
        public var content: String
        /// The tier that answered (assistant turns).
        public var tier: String?
        public var time: String
        /// What the scan found in this turn alone (finding types).
        public var findings: [String]

        public init(role: ChatTurn.Role, content: String, tier: String? = nil, time: String, findings: [String] = []) {
            self.role = role
            self.content = content
            self.tier = tier
            self.time = time
            self.findings = findings
        }
    }

    public var id: String
    public var created: String
    public var turns: [Turn] = []
    /// The highest level the conversation has held (scan or hint): a floor for every later turn.
    public var sensitivity: Sensitivity = .public

    public init(id: String, created: String) {
        self.id = id
        self.created = created
    }

    /// The turns as the model receives them.
    public var chatTurns: [ChatTurn] { turns.map { ChatTurn(role: $0.role, content: $0.content) } }

    public var tiersUsed: [String] {
        var seen: [String] = []
        for t in turns { if let x = t.tier, !seen.contains(x) { seen.append(x) } }
        return seen
    }

    /// The user's turns (each with its answer): what "turn N" counts.
    public var exchanges: Int { turns.filter { $0.role == .user }.count }

    /// Why the floor is what it is: "turn 2 held EMAIL_ADDRESS" (the first of the user's turns that held data).
    public var floorReason: String? {
        for (i, t) in turns.filter({ $0.role == .user }).enumerated() where !t.findings.isEmpty {
            return "turn \(i + 1) held \(t.findings.joined(separator: ", "))"
        }
        return sensitivity > .public ? "an earlier turn was marked \(sensitivity.name)" : nil
    }

    public var firstLine: String {
        let text = turns.first { $0.role == .user }?.content ?? ""
        let line = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }

    public func encoded() -> [UInt8] {
        var w = JSONWriter()
        w.object { w in
            w.field("id", id)
            w.field("created", created)
            w.field("sensitivity", sensitivity.name)
            w.key("turns")
            w.array { w in
                for t in turns {
                    w.object { w in
                        w.field("role", t.role.rawValue)
                        w.field("content", t.content)
                        w.field("tier", t.tier)
                        w.field("time", t.time)
                        w.key("findings"); w.array { w in for f in t.findings { w.string(f) } }
                    }
                }
            }
        }
        return w.bytes
    }

    public static func decode(_ v: JSONValue) -> Conversation? {
        guard let id = v["id"]?.stringValue, ConversationStore.validID(id), let created = v["created"]?.stringValue,
              let level = v["sensitivity"]?.stringValue.flatMap(Sensitivity.init(name:)), let turns = v["turns"]?.arrayValue else { return nil }
        var c = Conversation(id: id, created: created)
        c.sensitivity = level
        for t in turns {
            guard let r = t["role"]?.stringValue.flatMap(ChatTurn.Role.init(rawValue:)), r != .tool,
                  let content = t["content"]?.stringValue else { return nil }
            c.turns.append(Turn(role: r, content: content, tier: t["tier"]?.stringValue, time: t["time"]?.stringValue ?? "",
                                findings: (t["findings"]?.arrayValue ?? []).compactMap(\.stringValue)))
        }
        return c
    }
}

/// `$XDG_STATE_HOME/tier/conversations/`: one 0600 file per conversation, written atomically (a
/// temporary file, fsync, rename), and `last`, the id `--continue` continues.
public struct ConversationStore {
    public let directory: String

    public init(stateDirectory: String) { directory = stateDirectory + "/conversations" }

    /// Ids name files: letters, digits, '.', '_' and '-', at most 64, not starting with a dot.
    public static func validID(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 64, id.utf8.first != UInt8(ascii: ".") else { return false }
        return id.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x2D
        }
    }

    func path(_ id: String) -> String { directory + "/" + id + ".json" }

    /// nil when there is no such conversation; an error when the file is there but unreadable or damaged.
    public func load(_ id: String) throws(TierError) -> Conversation? {
        guard ConversationStore.validID(id) else { throw .usage("'\(id.prefix(70))' is not a conversation id (letters, digits, '.', '_', '-')") }
        let p = path(id)
        guard System.fileExists(p) else { return nil }
        let bytes = try System.readFile(p, limit: 64 << 20, regularOnly: true)
        guard let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)), let c = Conversation.decode(v), c.id == id else {
            throw .io(path: p, message: "not a conversation tier wrote (damaged?); remove it with 'tier ask --forget \(id)'")
        }
        return c
    }

    public func save(_ c: Conversation) throws(TierError) {
        try PrivateFiles.ensureDirectory(directory)
        try PrivateFiles.writeAtomically(c.encoded(), to: path(c.id))
        try PrivateFiles.writeAtomically(Array(c.id.utf8) + [0x0A], to: directory + "/last")
    }

    /// The conversation `--continue` continues: the one saved last.
    public func lastID() -> String? {
        guard let bytes = try? System.readFile(directory + "/last", limit: 1024, regularOnly: true) else { return nil }
        var id = String(decoding: bytes, as: UTF8.self)
        while let l = id.last, l.isWhitespace { id.removeLast() }
        return ConversationStore.validID(id) ? id : nil
    }

    /// Every conversation, newest first (damaged files are skipped with a warning through `warn`).
    public func list(warn: (String) -> Void) -> [Conversation] {
        let names = System.listDirectory(directory)
        var out: [Conversation] = []
        for n in names where n.hasSuffix(".json") {
            let id = String(n.dropLast(5))
            do throws(TierError) { if let c = try load(id) { out.append(c) } } catch { warn(error.messages.joined(separator: "; ")) }
        }
        return out.sorted { ($0.turns.last?.time ?? $0.created) > ($1.turns.last?.time ?? $1.created) }
    }

    /// Deletes one; false when there was none.
    public func forget(_ id: String) throws(TierError) -> Bool {
        guard ConversationStore.validID(id) else { throw .usage("'\(id.prefix(70))' is not a conversation id") }
        let p = path(id)
        guard System.fileExists(p) else { return false }
        guard unlink(p) == 0 else { throw .io(path: p, message: System.errnoMessage()) }
        if lastID() == id { unlink(directory + "/last") }
        return true
    }
}
