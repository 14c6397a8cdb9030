/// One server-sent event: its type (`event:`, "message" when absent) and its data lines joined by "\n".
public struct SSEEvent: Sendable, Equatable {
    public var event: String
    public var data: [UInt8]

    public var dataString: String { String(decoding: data, as: UTF8.self) }
}

/// An incremental parser for text/event-stream, fed whatever byte chunks the network delivers:
/// a line, a CRLF pair or a UTF-8 sequence may be split anywhere. Comments (`:`) are skipped,
/// multi-line `data:` fields are joined, an event ends at a blank line. Works on bytes throughout.
public struct SSEParser {
    private var line: [UInt8] = []
    private var data: [UInt8] = []
    private var hasData = false
    private var eventName: [UInt8] = []
    private var lastWasCR = false

    public init() {}

    /// Feeds a chunk; calls `emit` for each complete event, in order.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ emit: (SSEEvent) -> Void) {
        // Runs of line bytes are appended at once; only line ends are looked at one by one.
        let n = chunk.count
        var i = 0
        while i < n {
            let b = chunk[i]
            if lastWasCR {
                lastWasCR = false
                if b == 0x0A { i += 1; continue }  // the LF of a CRLF pair
            }
            if b == 0x0D || b == 0x0A {
                if b == 0x0D { lastWasCR = true }
                endLine(emit)
                i += 1
                continue
            }
            var j = i + 1
            while j < n, chunk[j] != 0x0A, chunk[j] != 0x0D { j += 1 }
            line.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[i..<j]))
            i = j
        }
    }

    public mutating func feed(_ bytes: [UInt8], _ emit: (SSEEvent) -> Void) {
        bytes.withUnsafeBytes { feed($0, emit) }
    }

    /// At the end of the stream: an event not closed by a blank line is dropped, as the spec says.
    /// Returns whether such a partial event was pending (a cut stream).
    public mutating func finish() -> Bool {
        let pending = hasData || !line.isEmpty
        line.removeAll()
        data.removeAll()
        hasData = false
        eventName.removeAll()
        return pending
    }

    private mutating func endLine(_ emit: (SSEEvent) -> Void) {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            if hasData {
                let name = eventName.isEmpty ? "message" : String(decoding: eventName, as: UTF8.self)
                emit(SSEEvent(event: name, data: data))
            }
            data.removeAll(keepingCapacity: true)
            hasData = false
            eventName.removeAll()
            return
        }
        if line[0] == UInt8(ascii: ":") { return }  // comment
        var colon = line.count
        for (i, b) in line.enumerated() where b == UInt8(ascii: ":") { colon = i; break }
        var valueStart = min(colon + 1, line.count)
        if valueStart < line.count, line[valueStart] == 0x20 { valueStart += 1 }
        let field = line[0..<colon]
        let value = line[valueStart...]
        if field.elementsEqual("data".utf8) {
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
        } else if field.elementsEqual("event".utf8) {
            eventName = Array(value)
        }
        // id and retry are not used by the chat APIs tier speaks.
    }
}
