#if canImport(Glibc)
import Glibc
#endif
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// One request's way back to its client, usable from any thread: NIO hops each write onto the
/// connection's event loop, in the order they were made. A client that goes away (the connection
/// closes, a write fails) marks the request cancelled; the worker's transfer to the tier sees it and stops.
final class Responder: @unchecked Sendable {
    let channel: Channel
    let version: HTTPVersion
    let keepAlive: Bool
    private let state = NIOLockedValueBox((cancelled: false, headSent: false, done: false, pending: 1))
    /// Called once the response has ended and every hold is released (the request is no longer in flight).
    var onDone: (() -> Void)?

    /// Work after the response that a graceful stop must wait for (the log record).
    func hold() { state.withLockedValue { $0.pending += 1 } }
    func release() { finishPart() }

    private func finishPart() {
        let last = state.withLockedValue { s -> Bool in s.pending -= 1; return s.pending == 0 }
        if last { onDone?() }
    }

    init(channel: Channel, version: HTTPVersion, keepAlive: Bool) {
        self.channel = channel
        self.version = version
        self.keepAlive = keepAlive
    }

    var cancelled: Bool { state.withLockedValue { $0.cancelled } }
    var headSent: Bool { state.withLockedValue { $0.headSent } }
    func cancel() { state.withLockedValue { $0.cancelled = true } }

    private func headers(_ fields: [(String, String)], length: Int?, close: Bool) -> HTTPHeaders {
        var h = HTTPHeaders(fields)
        if let n = length { h.replaceOrAdd(name: "content-length", value: String(n)) }
        if close || !keepAlive { h.replaceOrAdd(name: "connection", value: "close") }
        else if version == .http1_0 { h.replaceOrAdd(name: "connection", value: "keep-alive") }
        return h
    }

    /// A whole response.
    func respond(status: Int, headers fields: [(String, String)], body: [UInt8], close: Bool = false) {
        let first = state.withLockedValue { s -> Bool in
            if s.headSent || s.done { return false }
            s.headSent = true
            s.done = true
            return true
        }
        guard first else { return }
        let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: status),
                                    headers: headers(fields, length: body.count, close: close))
        var buffer = channel.allocator.buffer(capacity: body.count)
        buffer.writeBytes(body)
        let channel = self.channel
        let closing = close || !keepAlive
        // One hop onto the event loop for the whole response (head, body, end), not one per part.
        channel.eventLoop.execute {
            channel.write(HTTPServerResponsePart.head(head), promise: nil)
            channel.write(HTTPServerResponsePart.body(.byteBuffer(buffer)), promise: nil)
            channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in
                if closing { channel.close(promise: nil) }
                self.finishPart()
            }
        }
    }

    /// The head of a streamed response (chunked).
    func startStream(status: Int, headers fields: [(String, String)]) {
        let first = state.withLockedValue { s -> Bool in
            if s.headSent { return false }
            s.headSent = true
            return true
        }
        guard first else { return }
        let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: status),
                                    headers: headers(fields, length: nil, close: false))
        channel.writeAndFlush(HTTPServerResponsePart.head(head), promise: nil)
    }

    /// One piece of a streamed body; false once the client is gone.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        if cancelled || !channel.isActive { cancel(); return false }
        var buffer = channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        let promise = channel.eventLoop.makePromise(of: Void.self)
        promise.futureResult.whenFailure { [weak self] _ in self?.cancel() }
        channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(buffer)), promise: promise)
        return true
    }

    /// Ends a streamed body.
    func finishStream(close: Bool = false) {
        let first = state.withLockedValue { s -> Bool in
            if s.done { return false }
            s.done = true
            return true
        }
        guard first else { return }
        end(close: close || !keepAlive)
    }

    private func end(close: Bool) {
        let channel = self.channel
        channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in
            if close { channel.close(promise: nil) }
            self.finishPart()
        }
    }
}

/// What the HTTP layer hands the gateway: one complete request.
struct IncomingRequest {
    var method: HTTPMethod
    var uri: String
    var headers: HTTPHeaders
    var body: ByteBuffer
}

/// Reads each request whole (up to the body limit) and hands it to the gateway with its Responder. NIO's
/// pipelining helper keeps one request at a time per connection, in order.
final class RequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let server: GatewayServer
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var refused = false
    private var current: Responder?

    init(server: GatewayServer) { self.server = server }

    func channelActive(context: ChannelHandlerContext) {
        server.track(context.channel)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        current?.cancel()
        server.untrack(context.channel)
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            refused = false
            body = context.channel.allocator.buffer(capacity: 0)
            let limit = server.gateway.maxBodyBytes
            if let cl = h.headers.first(name: "content-length"), let n = Int(cl), n > limit {
                refuseTooLarge(context, h, limit)
            } else if h.headers.first(name: "expect")?.lowercased() == "100-continue" {
                // curl asks before sending a large body, and would wait a second for this.
                context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: h.version, status: .continue))), promise: nil)
            }
        case .body(var chunk):
            guard !refused, let h = head else { return }
            if (body?.readableBytes ?? 0) + chunk.readableBytes > server.gateway.maxBodyBytes {
                refuseTooLarge(context, h, server.gateway.maxBodyBytes)
                return
            }
            body?.writeBuffer(&chunk)
        case .end:
            guard !refused, let h = head else { return }
            let responder = Responder(channel: context.channel, version: h.version, keepAlive: h.isKeepAlive && !server.draining)
            current = responder
            let request = IncomingRequest(method: h.method, uri: h.uri, headers: h.headers, body: body ?? ByteBuffer())
            head = nil
            body = nil
            server.dispatch(request, responder)
        }
    }

    /// 413 at once, and the connection closed: the rest of the body is never read.
    private func refuseTooLarge(_ context: ChannelHandlerContext, _ h: HTTPRequestHead, _ limit: Int) {
        refused = true
        body = nil
        let responder = Responder(channel: context.channel, version: h.version, keepAlive: false)
        let style = APIStyle(path: h.uri)
        let e = APIError(status: 413, kind: .tooLarge, message: "the request body is larger than \(limit) bytes (serve.max_body_bytes)")
        responder.respond(status: 413, headers: e.headers(style), body: e.body(style), close: true)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        // A malformed request line or header: NIO's decoder says so; answer 400 and close.
        if error is HTTPParserError {
            let responder = Responder(channel: context.channel, version: .http1_1, keepAlive: false)
            let e = APIError(status: 400, kind: .invalidRequest, message: "malformed HTTP request: \(error)")
            responder.respond(status: 400, headers: e.headers(.openai), body: e.body(.openai), close: true)
            return
        }
        context.close(promise: nil)
    }
}

/// The listening socket, the connections, and a graceful stop: SIGTERM (or SIGINT) stops accepting,
/// lets requests in flight finish within the grace period, then closes every connection.
public final class GatewayServer: @unchecked Sendable {
    let gateway: Gateway
    let group: MultiThreadedEventLoopGroup
    private var serverChannel: Channel?
    private let connections = NIOLockedValueBox([ObjectIdentifier: Channel]())
    private let flags = NIOLockedValueBox((draining: false, inFlight: 0))

    public init(gateway: Gateway, threads: Int) {
        self.gateway = gateway
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
    }

    var draining: Bool { flags.withLockedValue { $0.draining } }
    var inFlight: Int { flags.withLockedValue { $0.inFlight } }

    func track(_ c: Channel) { connections.withLockedValue { $0[ObjectIdentifier(c)] = c } }
    func untrack(_ c: Channel) { connections.withLockedValue { $0[ObjectIdentifier(c)] = nil } }

    func dispatch(_ request: IncomingRequest, _ responder: Responder) {
        flags.withLockedValue { $0.inFlight += 1 }
        responder.onDone = { [weak self] in self?.flags.withLockedValue { $0.inFlight -= 1 } }
        gateway.handle(request, responder)
    }

    /// Binds and starts accepting; returns the bound address as HOST:PORT.
    public func bind(host: String, port: Int) throws -> String {
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 1024)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(ChannelOptions.maxMessagesPerRead, value: 16)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: false).flatMap {
                    channel.pipeline.addHandler(RequestHandler(server: self))
                }
            }
        let channel = try bootstrap.bind(host: host, port: port).wait()
        serverChannel = channel
        let a = channel.localAddress
        let h = a?.ipAddress ?? host
        return (h.contains(":") ? "[\(h)]" : h) + ":\(a?.port ?? port)"
    }

    /// Blocks until the server has stopped.
    func wait() throws { try serverChannel?.closeFuture.wait() }

    /// Stops accepting, waits for requests in flight (at most `graceMs`), then closes every connection.
    public func stop(graceMs: Int) {
        flags.withLockedValue { $0.draining = true }
        let closing = serverChannel
        let deadline = NIODeadline.now() + .milliseconds(Int64(graceMs))
        closing?.close(mode: .all, promise: nil)
        // Idle keep-alive connections have nothing in flight: close them now; busy ones after their response.
        while inFlight > 0 && NIODeadline.now() < deadline { usleep(20_000) }
        let left = inFlight
        if left > 0 { serveWarning("tier serve: \(left) request\(left == 1 ? "" : "s") still in flight after the grace period; closing\n") }
        for c in connections.withLockedValue({ Array($0.values) }) { c.close(promise: nil) }
        try? group.syncShutdownGracefully()
    }
}
