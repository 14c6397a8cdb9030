#if canImport(Glibc)
import Glibc
#endif
import CCurl

/// Milliseconds on the monotonic clock.
public func monotonicMs() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
}

public struct HTTPRequest: Sendable {
    public var url: String
    /// POST (with `body`) or GET.
    public var method = "POST"
    public var headers: [String]
    public var body: [UInt8]
    public var connectTimeoutMs: Int = 5_000
    /// Time from sending to the first body byte.
    public var firstByteTimeoutMs: Int?
    /// Longest gap between body chunks.
    public var idleTimeoutMs: Int?
    public var totalTimeoutMs: Int = 120_000
    public var caFile: String?
    /// Device and organization tiers pass `.none`: no proxy from the environment ever sees their data.
    public var proxy: ProxyChoice = .none

    public init(url: String, headers: [String], body: [UInt8]) {
        self.url = url
        self.headers = headers
        self.body = body
    }
}

public struct HTTPResponseHead: Sendable {
    public var status: Int = 0
    /// Lower-cased names.
    public var headers: [(name: String, value: String)] = []

    public func header(_ name: String) -> String? { headers.last { $0.name == name }?.value }
}

public enum HTTPError: Error, Sendable, Equatable {
    case connection(String)
    case dns(String)
    case tls(String)
    /// phase: connect, first_token, idle, total
    case timeout(phase: String)
    /// The connection ended before the response was complete.
    case cut(String)
    /// The body consumer asked to stop.
    case stopped
    /// SIGINT arrived during the transfer.
    case interrupted
    case other(String)
}

/// HTTP over one reused libcurl easy handle: keep-alive connections, HTTP/2 where the server offers it,
/// proxies from the usual environment variables (libcurl reads them), TLS verification always on.
public final class HTTPClient {
    private let handle: UnsafeMutableRawPointer
    /// Checked while a transfer runs, like Ctrl-C: the gateway sets it to "the client went away", so an
    /// abandoned request stops costing the tier anything.
    public var shouldStop: (() -> Bool)?
    private static let globalInit: Bool = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK }()

    public init?() {
        guard HTTPClient.globalInit, let h = curl_easy_init() else { return nil }
        handle = h
    }

    deinit { curl_easy_cleanup(handle) }

    /// What one transfer needs inside libcurl's C callbacks.
    final class Transfer {
        var head = HTTPResponseHead()
        var onBody: (Int, UnsafeRawBufferPointer) -> Bool
        var start = monotonicMs()
        var firstByteAt: Double?
        var lastByteAt: Double?
        var firstByteTimeoutMs: Int?
        var idleTimeoutMs: Int?
        var abortReason: HTTPError?
        var body: [UInt8]
        var shouldStop: (() -> Bool)?

        init(body: [UInt8], onBody: @escaping (Int, UnsafeRawBufferPointer) -> Bool) {
            self.body = body
            self.onBody = onBody
        }
    }

    /// Sends the request; body bytes go to `onBody` with the response status as they arrive (return
    /// false to stop). Returns the status line and headers once the transfer is complete.
    public func send(_ request: HTTPRequest, onBody: @escaping (Int, UnsafeRawBufferPointer) -> Bool) throws(HTTPError) -> HTTPResponseHead {
        let t = Transfer(body: request.body, onBody: onBody)
        t.firstByteTimeoutMs = request.firstByteTimeoutMs
        t.idleTimeoutMs = request.idleTimeoutMs
        t.shouldStop = shouldStop
        let box = Unmanaged.passRetained(t)
        defer { box.release() }
        let h = handle
        curl_easy_reset(h)
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for header in request.headers { list = curl_slist_append(list, header) }
        defer { curl_slist_free_all(list) }

        CurlSetup.common(h, url: request.url, proxy: request.proxy, connectTimeoutMs: request.connectTimeoutMs,
                         totalTimeoutMs: request.totalTimeoutMs, caFile: request.caFile, headers: list)
        // 4 KB read buffer (libcurl's default is 16 KB): answers arrive as small chunks, and the gateway
        // holds one handle per open stream, so 1,000 streams would pin 16 MB of buffers.
        _ = tier_easy_setopt_long(h, CURLOPT_BUFFERSIZE, 4096)
        if request.method == "GET" {
            _ = tier_easy_setopt_long(h, CURLOPT_HTTPGET, 1)
        } else {
            // libcurl copies the body (the size first, then COPYPOSTFIELDS): no pointer into a Swift
            // array has to outlive the closure that lent it.
            _ = tier_easy_setopt_offt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t.body.count))
            _ = t.body.withUnsafeMutableBytes { tier_easy_setopt_pointer(h, CURLOPT_COPYPOSTFIELDS, $0.baseAddress) }
        }
        let ctx = box.toOpaque()
        _ = tier_easy_setopt_write_callback(h, CURLOPT_WRITEFUNCTION, { ptr, size, count, ud in
            let t = Unmanaged<Transfer>.fromOpaque(ud!).takeUnretainedValue()
            let n = size * count
            let now = monotonicMs()
            if t.firstByteAt == nil { t.firstByteAt = now }
            t.lastByteAt = now
            let ok = t.onBody(t.head.status, UnsafeRawBufferPointer(start: ptr, count: n))
            if !ok { t.abortReason = .stopped; return 0 }
            return n
        })
        _ = tier_easy_setopt_pointer(h, CURLOPT_WRITEDATA, ctx)
        _ = tier_easy_setopt_write_callback(h, CURLOPT_HEADERFUNCTION, { ptr, size, count, ud in
            let t = Unmanaged<Transfer>.fromOpaque(ud!).takeUnretainedValue()
            let n = size * count
            // On bytes: this runs for every header line of every response.
            let line = UnsafeRawBufferPointer(start: ptr, count: n)
            if n >= 5 && line[0] == 0x48 && line[1] == 0x54 && line[2] == 0x54 && line[3] == 0x50 && line[4] == 0x2F {  // "HTTP/"
                // A new response (after a redirect or 100-continue): start over.
                t.head.headers.removeAll()
                var i = 5
                while i < n && line[i] != 0x20 { i += 1 }
                while i < n && line[i] == 0x20 { i += 1 }
                var status = 0, digits = 0
                while i < n, line[i] >= 0x30, line[i] <= 0x39, digits < 3 { status = status * 10 + Int(line[i] - 0x30); i += 1; digits += 1 }
                if digits == 3 { t.head.status = status }
            } else if let colon = line.firstIndex(of: 0x3A) {
                var end = n
                while end > colon + 1, line[end - 1] == 0x0D || line[end - 1] == 0x0A || line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
                var start = colon + 1
                while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
                let name = String(unsafeUninitializedCapacity: colon) { buf in
                    for i in 0..<colon { let b = line[i]; buf[i] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
                    return colon
                }
                t.head.headers.append((name, String(decoding: UnsafeRawBufferPointer(rebasing: line[start..<end]), as: UTF8.self)))
            }
            return n
        })
        _ = tier_easy_setopt_pointer(h, CURLOPT_HEADERDATA, ctx)
        // The progress callback enforces the first-byte and idle timeouts, which libcurl lacks, and Ctrl-C.
        do {
            _ = tier_easy_setopt_long(h, CURLOPT_NOPROGRESS, 0)
            _ = tier_easy_setopt_xferinfo_callback(h, { ud, _, _, _, _ in
                let t = Unmanaged<Transfer>.fromOpaque(ud!).takeUnretainedValue()
                if Interrupt.requested || t.shouldStop?() == true { t.abortReason = .interrupted; return 1 }
                let now = monotonicMs()
                if let limit = t.firstByteTimeoutMs, t.firstByteAt == nil, now - t.start > Double(limit) {
                    t.abortReason = .timeout(phase: "first_token")
                    return 1
                }
                if let limit = t.idleTimeoutMs, let last = t.lastByteAt, now - last > Double(limit) {
                    t.abortReason = .timeout(phase: "idle")
                    return 1
                }
                return 0
            })
            _ = tier_easy_setopt_pointer(h, CURLOPT_XFERINFODATA, ctx)
        }

        let rc = curl_easy_perform(h)
        if rc == CURLE_OK { return t.head }
        if let reason = t.abortReason { throw reason }
        let detail = String(cString: curl_easy_strerror(rc))
        switch rc {
        case CURLE_COULDNT_CONNECT: throw .connection(detail)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: throw .dns(detail)
        case CURLE_OPERATION_TIMEDOUT:
            var connectTime = 0.0
            _ = tier_easy_getinfo_double(h, CURLINFO_CONNECT_TIME, &connectTime)
            throw .timeout(phase: connectTime == 0 ? "connect" : (t.firstByteAt == nil ? "first_token" : "total"))
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
             CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR:
            throw .tls(detail)
        case CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_HTTP2_STREAM, CURLE_HTTP2:
            throw .cut(detail)
        default:
            throw .other(detail)
        }
    }
}

/// The libcurl options every request to a tier sets, whichever path sends it (ask's easy handle,
/// bench's multi handles): set here and nowhere else.
enum CurlSetup {
    static func common(_ h: UnsafeMutableRawPointer, url: String, proxy: ProxyChoice, connectTimeoutMs: Int, totalTimeoutMs: Int,
                       caFile: String?, headers: UnsafeMutablePointer<curl_slist>?) {
        _ = tier_easy_setopt_string(h, CURLOPT_URL, url)
        _ = tier_easy_setopt_long(h, CURLOPT_NOSIGNAL, 1)
        _ = tier_easy_setopt_long(h, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        _ = tier_easy_setopt_long(h, CURLOPT_CONNECTTIMEOUT_MS, connectTimeoutMs)
        _ = tier_easy_setopt_long(h, CURLOPT_TIMEOUT_MS, totalTimeoutMs)
        _ = tier_easy_setopt_long(h, CURLOPT_SSL_VERIFYPEER, 1)
        _ = tier_easy_setopt_long(h, CURLOPT_SSL_VERIFYHOST, 2)
        if let ca = caFile { _ = tier_easy_setopt_string(h, CURLOPT_CAINFO, ca) }
        switch proxy {
        case .none: _ = tier_easy_setopt_string(h, CURLOPT_PROXY, "")  // "" disables the environment's proxy too
        case .url(let p): _ = tier_easy_setopt_string(h, CURLOPT_PROXY, p)
        case .environment: _ = tier_easy_setopt_pointer(h, CURLOPT_PROXY, nil)  // libcurl's default: the environment's
        }
        // Redirects are never followed (libcurl's default, stated here): a 3xx could point a private prompt elsewhere.
        _ = tier_easy_setopt_long(h, CURLOPT_FOLLOWLOCATION, 0)
        _ = tier_easy_setopt_slist(h, CURLOPT_HTTPHEADER, headers)
    }
}
