import Testing
@testable import TierCore

@Suite struct SSEParsing {
    func events(_ chunks: [[UInt8]]) -> [SSEEvent] {
        var p = SSEParser()
        var out: [SSEEvent] = []
        for c in chunks { p.feed(c) { out.append($0) } }
        return out
    }

    let stream = Array("""
        : keep-alive comment\r
        event: message_start\r
        data: {"a":1}\r
        \r
        data: line one\r
        data: line two\r
        \r
        event: ping
        data:no-space

        data: [DONE]


        """.utf8)

    @Test func wholeStream() {
        let e = events([stream])
        #expect(e.map(\.event) == ["message_start", "message", "ping", "message"])
        #expect(e.map(\.dataString) == ["{\"a\":1}", "line one\nline two", "no-space", "[DONE]"])
    }

    /// Every split point, and byte by byte: the same events.
    @Test func chunkBoundariesAnywhere() {
        let whole = events([stream])
        for cut in 0...stream.count {
            #expect(events([Array(stream[..<cut]), Array(stream[cut...])]) == whole, "cut at \(cut)")
        }
        #expect(events(stream.map { [$0] }) == whole)
    }

    @Test func splitUTF8AndCRLFAcrossChunks() {
        let text = Array("data: café ☕\r\n\r\n".utf8)
        // cut inside the multi-byte characters and between CR and LF
        let e = events([Array(text[0..<10]), Array(text[10..<14]), Array(text[14..<17]), Array(text[17...])])
        #expect(e.map(\.dataString) == ["café ☕"])
    }

    @Test func aCutStreamIsNoticed() {
        var p = SSEParser()
        var out: [SSEEvent] = []
        p.feed(Array("data: {\"partial\":".utf8)) { out.append($0) }
        #expect(out.isEmpty)
        #expect(p.finish() == true)
        var q = SSEParser()
        q.feed(Array("data: x\n\n".utf8)) { out.append($0) }
        #expect(q.finish() == false)
    }
}
