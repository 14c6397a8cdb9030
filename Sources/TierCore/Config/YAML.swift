import CYaml

/// A YAML node with the place it came from (1-based line and column), built from libyaml's events.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String, quoted: Bool)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var content: Content
    public var line: Int
    public var column: Int
    /// An explicit tag such as `!!str`, when the file gives one.
    public var tag: String?

    public var scalar: String? { if case .scalar(let s, _) = content { return s }; return nil }
    public var isNull: Bool {
        if case .scalar(let s, let quoted) = content, !quoted, tag == nil {
            return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
        }
        return false
    }
    public var kindName: String {
        switch content {
        case .scalar: return isNull ? "null" : "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}

/// Parses one YAML document. Syntax errors end the parse (libyaml stops at the first);
/// duplicate keys are collected and parsing goes on, so every one is reported.
public struct YAMLReader {
    /// Aliases are supported, but the nodes they expand to are counted: a "billion laughs" file stops here.
    public static let maxExpandedNodes = 100_000
    /// Mappings and lists nested deeper than this are refused where they start: a config needs a
    /// handful of levels, and the builder and validator recurse once per level.
    public static let maxDepth = 64

    public struct Result {
        public var root: YAMLNode?
        public var diagnostics: [Diagnostic]
    }

    public static func parse(_ bytes: [UInt8], file: String) -> Result {
        var diags: [Diagnostic] = []
        let invalid = bytes.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
        if let off = invalid {
            let (l, c) = bytes.withUnsafeBufferPointer { UTF8Check.lineColumn($0, offset: off) }
            return Result(root: nil, diagnostics: [Diagnostic(file: file, line: l, column: c,
                message: "invalid UTF-8 (byte 0x\(String(bytes[off], radix: 16, uppercase: true))); the config must be UTF-8 text")])
        }
        if bytes.allSatisfy({ ASCII.isSpace($0) }) {
            return Result(root: nil, diagnostics: [Diagnostic(file: file, line: 1, column: 1, message: "the config file is empty")])
        }
        if bytes.contains(0) {
            let off = bytes.firstIndex(of: 0)!
            let (l, c) = bytes.withUnsafeBufferPointer { UTF8Check.lineColumn($0, offset: off) }
            return Result(root: nil, diagnostics: [Diagnostic(file: file, line: l, column: c, message: "NUL byte in the config")])
        }
        var builder = Builder(file: file)
        let root = bytes.withUnsafeBufferPointer { buf -> YAMLNode? in
            builder.run(buf)
        }
        diags.append(contentsOf: builder.diagnostics)
        if root == nil && diags.isEmpty {
            diags.append(Diagnostic(file: file, line: 1, column: 1, message: "the config file has no YAML document"))
        }
        return Result(root: root, diagnostics: diags)
    }

    private struct Frame {
        var isMapping: Bool
        var items: [YAMLNode] = []
        var line: Int
        var column: Int
        var tag: String?
        var anchor: String?
        var cost: Int = 1
    }

    private struct Builder {
        let file: String
        var diagnostics: [Diagnostic] = []
        var stack: [Frame] = []
        var anchors: [String: (node: YAMLNode, cost: Int)] = [:]
        var expanded = 0
        var root: YAMLNode?
        var documents = 0

        init(file: String) { self.file = file }

        mutating func error(_ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
        }

        static func string(_ p: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> String {
            guard let p else { return "" }
            return String(decoding: UnsafeBufferPointer(start: p, count: length), as: UTF8.self)
        }

        static func cString(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let p else { return nil }
            return String(cString: UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self))
        }

        /// Returns the root, or nil after a syntax error (recorded in diagnostics).
        mutating func run(_ input: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                error(1, 1, "cannot initialize the YAML parser")
                return nil
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, input.baseAddress, input.count)
            var event = yaml_event_t()
            while true {
                if yaml_parser_parse(&parser, &event) == 0 {
                    let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
                    var message = "YAML syntax error: \(problem)"
                    if let ctx = parser.context.map({ String(cString: $0) }) {
                        message += " (\(ctx) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
                    }
                    error(Int(parser.problem_mark.line) + 1, Int(parser.problem_mark.column) + 1, message)
                    return nil
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                let column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return root
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        error(line, column, "the config holds more than one YAML document; use one")
                        return nil
                    }
                case YAML_SCALAR_EVENT:
                    let s = event.data.scalar
                    let value = Builder.string(s.value, Int(s.length))
                    let quoted = s.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                        || s.style == YAML_LITERAL_SCALAR_STYLE || s.style == YAML_FOLDED_SCALAR_STYLE
                    let node = YAMLNode(content: .scalar(value, quoted: quoted), line: line, column: column,
                                        tag: Builder.cString(s.tag))
                    if let a = Builder.cString(s.anchor) { anchors[a] = (node, 1) }
                    if !add(node, cost: 1) { return nil }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    if stack.count >= YAMLReader.maxDepth {
                        error(line, column, "mappings and lists nested more than \(YAMLReader.maxDepth) levels deep; refusing")
                        return nil
                    }
                    if event.type == YAML_MAPPING_START_EVENT {
                        let m = event.data.mapping_start
                        stack.append(Frame(isMapping: true, line: line, column: column,
                                           tag: Builder.cString(m.tag), anchor: Builder.cString(m.anchor)))
                        break
                    }
                    let s = event.data.sequence_start
                    stack.append(Frame(isMapping: false, line: line, column: column,
                                       tag: Builder.cString(s.tag), anchor: Builder.cString(s.anchor)))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let frame = stack.removeLast()
                    let node: YAMLNode
                    if frame.isMapping {
                        node = YAMLNode(content: .mapping(finishMapping(frame.items)), line: frame.line,
                                        column: frame.column, tag: frame.tag)
                    } else {
                        node = YAMLNode(content: .sequence(frame.items), line: frame.line, column: frame.column, tag: frame.tag)
                    }
                    if let a = frame.anchor { anchors[a] = (node, frame.cost) }
                    if !add(node, cost: frame.cost) { return nil }
                case YAML_ALIAS_EVENT:
                    let name = Builder.cString(event.data.alias.anchor) ?? ""
                    guard let (target, cost) = anchors[name] else {
                        error(line, column, "alias '*\(name)' refers to no anchor defined before it")
                        return nil
                    }
                    expanded += cost
                    if expanded > YAMLReader.maxExpandedNodes {
                        error(line, column, "aliases expand to more than \(YAMLReader.maxExpandedNodes) nodes; refusing (is this a billion-laughs file?)")
                        return nil
                    }
                    if !add(target, cost: cost) { return nil }
                default:
                    break
                }
            }
        }

        /// Adds a finished node to the open container, or makes it the root.
        mutating func add(_ node: YAMLNode, cost: Int) -> Bool {
            if stack.isEmpty {
                root = node
                return true
            }
            stack[stack.count - 1].items.append(node)
            let c = stack[stack.count - 1].cost
            stack[stack.count - 1].cost = c > Int.max / 2 ? c : c + cost
            return true
        }

        /// Pairs up keys and values, applies `<<` merge keys, and reports duplicate keys.
        mutating func finishMapping(_ items: [YAMLNode]) -> [YAMLPair] {
            var pairs: [YAMLPair] = []
            var merged: [YAMLPair] = []
            var seen: [String: Int] = [:]
            var i = 0
            while i + 1 < items.count {
                let key = items[i], value = items[i + 1]
                i += 2
                if case .scalar(let k, let quoted) = key.content, k == "<<", !quoted {
                    switch value.content {
                    case .mapping(let ps): merged.append(contentsOf: ps)
                    case .sequence(let nodes):
                        for n in nodes {
                            if case .mapping(let ps) = n.content { merged.append(contentsOf: ps) }
                            else { error(n.line, n.column, "a merge key '<<' takes a mapping or a list of mappings") }
                        }
                    default:
                        error(value.line, value.column, "a merge key '<<' takes a mapping or a list of mappings")
                    }
                    continue
                }
                if let k = key.scalar {
                    if let first = seen[k] {
                        error(key.line, key.column, "duplicate key '\(k)' (first defined at line \(first))")
                        continue
                    }
                    seen[k] = key.line
                }
                pairs.append(YAMLPair(key: key, value: value))
            }
            for p in merged {
                if let k = p.key.scalar, seen[k] == nil {
                    seen[k] = p.key.line
                    pairs.append(p)
                }
            }
            return pairs
        }
    }
}
