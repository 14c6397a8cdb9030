#if canImport(Glibc)
import Glibc
#endif
import CCurl

/// Drives many requests at once through libcurl's multi interface on one thread and one event
/// loop, so the client is never what limits the measurement. Each body chunk is timestamped on the
/// monotonic clock as libcurl hands it over, before any parsing; bodies are prepared before the
/// clock starts.
public final class BenchEngine {
    public struct Options: Sendable {
        public var stream = true
        public var timeoutMs = 120_000
        public var connectTimeoutMs = 10_000
        /// Keep each answer's text (for parity and for tests).
        public var keepText = false
        public var seed: UInt64 = 1
        public init() {}
    }

    public struct Run: Sendable {
        public var records: [RequestRecord]
        /// From the first send to the last completion, ms.
        public var wallMs: Double
        /// CPU time this process spent (user + system), ms: the client's own cost.
        public var cpuMs: Double
        public var peakInFlight: Int
    }

    let multi: UnsafeMutableRawPointer
    private static let globalInit: Bool = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK }()
    var pool: [Slot] = []
    var active: [UnsafeMutableRawPointer: Slot] = [:]

    public init?() {
        guard BenchEngine.globalInit, let m = curl_multi_init() else { return nil }
        multi = m
        BenchEngine.raiseFileLimit()
    }

    deinit {
        for s in pool { curl_easy_cleanup(s.easy); curl_slist_free_all(s.headerList) }
        for (_, s) in active { curl_multi_remove_handle(multi, s.easy); curl_easy_cleanup(s.easy); curl_slist_free_all(s.headerList) }
        curl_multi_cleanup(multi)
    }

    /// A thousand connections need more than the usual soft limit of 1,024 descriptors.
    static func raiseFileLimit() {
        var r = rlimit()
        if getrlimit(Int32(RLIMIT_NOFILE.rawValue), &r) == 0 && r.rlim_cur < r.rlim_max {
            r.rlim_cur = min(r.rlim_max, 65_536)
            _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &r)
        }
    }

    /// One easy handle and the state of the request it carries. The reply is read by the target's
    /// adapter's decoder, the same code `ask` reads it with; the slot only times what the decoder hands on.
    final class Slot {
        let easy: UnsafeMutableRawPointer
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        var record = RequestRecord(promptIndex: 0, scheduledMs: 0, sentMs: 0)
        var decoder: any ChatDecoder = OpenAIAdapter(flavour: .compatible).decoder(stream: true)
        var response = ChatResponse()
        var stream = true
        var keepText = false
        var t0 = 0.0
        var status = 0
        var lastContentMs: Double?
        var received = 0
        var errorBody: [UInt8] = []
        var failure: ProviderError?
        var errorMessage: String?

        init(easy: UnsafeMutableRawPointer) {
            self.easy = easy
        }

        func reset(adapter: any ProviderAdapter, stream: Bool, keepText: Bool, t0: Double) {
            decoder = adapter.decoder(stream: stream)
            response = ChatResponse()
            self.stream = stream
            self.keepText = keepText
            self.t0 = t0
            status = 0
            lastContentMs = nil
            received = 0
            errorBody.removeAll(keepingCapacity: true)
            failure = nil
            errorMessage = nil
        }

        /// Bytes as they arrive: `now` was read before anything else.
        func receive(_ chunk: UnsafeRawBufferPointer, now: Double) {
            if status == 0 {
                var code = 0
                _ = tier_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &code)
                status = code
            }
            guard status == 200 else {
                if errorBody.count < 4096 { errorBody.append(contentsOf: chunk.prefix(4096 - errorBody.count)) }
                return
            }
            if record.firstChunkMs == nil { record.firstChunkMs = now }
            // A server that never stops sending is cut off at 64 MB.
            received += chunk.count
            if received > System.ReadLimit.input { errorMessage = errorMessage ?? "response larger than 64 MB"; return }
            guard failure == nil else { return }
            failure = decoder.feed(chunk, into: &response) { text in self.content(text, now: now) }
        }

        func content(_ t: String, now: Double) {
            guard !t.isEmpty else { return }
            if record.firstContentMs == nil { record.firstContentMs = now }
            if let last = lastContentMs { record.gapsMs.append(now - last) }
            lastContentMs = now
            record.contentChunks += 1
            if keepText { record.text += t }
        }

        /// At the end of the body: what the decoder says of the whole reply, as an error kind or nil.
        func finish(now: Double) -> String? {
            guard status == 200 else { return nil }
            if let m = errorMessage { return m }
            if failure == nil { failure = decoder.finish(into: &response) { text in self.content(text, now: now) } }
            record.inputTokens = response.inputTokens
            record.outputTokens = response.outputTokens
            switch failure {
            case nil: return nil
            case .streamCut?: return "cut"
            case .streamError?, .overloaded?, .rateLimited?: return "error_event"
            case .emptyAnswer?: return "empty"
            default: return "malformed"
            }
        }
    }

    func makeSlot() -> Slot? {
        guard let e = curl_easy_init() else { return nil }
        let s = Slot(easy: e)
        let ctx = Unmanaged.passUnretained(s).toOpaque()
        _ = tier_easy_setopt_pointer(e, CURLOPT_WRITEDATA, ctx)
        _ = tier_easy_setopt_write_callback(e, CURLOPT_WRITEFUNCTION) { ptr, size, count, ud in
            let now = monotonicMs()
            let s = Unmanaged<Slot>.fromOpaque(ud!).takeUnretainedValue()
            let n = size * count
            s.receive(UnsafeRawBufferPointer(start: ptr, count: n), now: now - s.t0)
            return n
        }
        return s
    }

    /// Runs `load` against `target`, cycling through `bodies` (request i gets body i mod count).
    public func run(target: BenchTarget, bodies: [[UInt8]], load: LoadPoint, options: Options,
                    progress: ((Int, Int?) -> Void)? = nil) -> Run {
        precondition(!bodies.isEmpty)
        let total = load.requests
        let limit = load.concurrency ?? (load.rate == nil ? 1 : Int.max)
        _ = tier_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, min(limit == Int.max ? 1024 : limit, 65_536) + 8)
        var rng = SplitMixGenerator(seed: options.seed)
        var nextArrival = 0.0
        func drawArrival() -> Double {
            guard let r = load.rate else { return 0 }
            // Exponential gaps: a Poisson process at `r` per second.
            let u = Double(rng.next() >> 11) / Double(1 << 53)
            nextArrival += -log(1 - u) / r * 1000
            return nextArrival
        }
        var scheduled = load.rate == nil ? 0 : drawArrival()

        let wire = target.wire(stream: options.stream)
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        for h in wire.headers { headerList = curl_slist_append(headerList, h) }
        defer { curl_slist_free_all(headerList) }

        var records: [RequestRecord] = []
        records.reserveCapacity(total ?? 1024)
        var issued = 0
        var inFlight = 0
        var peak = 0
        var usageStart = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usageStart)
        let t0 = monotonicMs()
        var lastDone = t0
        // libcurl reads CURLOPT_POSTFIELDS while the transfer runs: the bodies live in storage of
        // their own for the whole run, not in array buffers lent to a closure.
        let stable: [UnsafeMutableRawBufferPointer] = bodies.map { b in
            let p = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, b.count), alignment: 1)
            b.withUnsafeBytes { p.copyMemory(from: $0) }
            return p
        }
        defer { for p in stable { p.deallocate() } }

        func issue(_ index: Int, scheduledMs: Double) {
            let slot = pool.popLast() ?? makeSlot()!
            slot.reset(adapter: target.adapter, stream: options.stream, keepText: options.keepText, t0: t0)
            slot.record = RequestRecord(promptIndex: index % bodies.count, scheduledMs: scheduledMs, sentMs: monotonicMs() - t0)
            let e = slot.easy
            CurlSetup.common(e, url: wire.url, proxy: target.proxy, connectTimeoutMs: options.connectTimeoutMs,
                             totalTimeoutMs: options.timeoutMs, caFile: nil, headers: headerList)
            let b = index % bodies.count
            _ = tier_easy_setopt_pointer(e, CURLOPT_POSTFIELDS, stable[b].baseAddress)
            _ = tier_easy_setopt_offt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bodies[b].count))
            active[e] = slot
            curl_multi_add_handle(multi, e)
            inFlight += 1
            peak = max(peak, inFlight)
        }

        func complete(_ e: UnsafeMutableRawPointer, result: CURLcode) {
            guard let slot = active.removeValue(forKey: e) else { return }
            curl_multi_remove_handle(multi, e)
            inFlight -= 1
            let now = monotonicMs()
            lastDone = now
            slot.record.doneMs = now - t0
            let decoded = result == CURLE_OK ? slot.finish(now: now - t0) : nil
            var r = slot.record
            if result != CURLE_OK {
                switch result {
                case CURLE_COULDNT_CONNECT: r.error = "connect"
                case CURLE_COULDNT_RESOLVE_HOST: r.error = "dns"
                case CURLE_OPERATION_TIMEDOUT: r.error = "timeout"
                case CURLE_PARTIAL_FILE, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_HTTP2_STREAM, CURLE_HTTP2: r.error = "cut"
                case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION: r.error = "tls"
                default: r.error = "curl_\(result.rawValue)"
                }
            } else if slot.status != 200 {
                r.error = slot.status == 429 ? "http_429" : slot.status == 529 ? "http_529"
                    : slot.status >= 500 ? "http_5xx" : "http_\(slot.status)"
            } else if let kind = decoded {
                r.error = kind
            } else if r.firstContentMs == nil {
                r.error = "empty"
            }
            records.append(r)
            pool.append(slot)
            progress?(records.count, total)
        }

        while true {
            let now = monotonicMs() - t0
            let stopIssuing = (total != nil && issued >= total!) || (load.durationMs != nil && now >= load.durationMs!)
            if !stopIssuing {
                while inFlight < limit && (total == nil || issued < total!) {
                    if load.rate != nil && scheduled > monotonicMs() - t0 { break }
                    if let d = load.durationMs, monotonicMs() - t0 >= d { break }
                    issue(issued, scheduledMs: load.rate == nil ? monotonicMs() - t0 : scheduled)
                    issued += 1
                    if load.rate != nil { scheduled = drawArrival() }
                }
            }
            if inFlight == 0 && (stopIssuing || (total != nil && issued >= total!)) { break }
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            var queued: Int32 = 0
            while let msg = curl_multi_info_read(multi, &queued) {
                if msg.pointee.msg == CURLMSG_DONE, let e = msg.pointee.easy_handle {
                    complete(e, result: msg.pointee.data.result)
                }
            }
            // A request finished and another may go now: send it before waiting on sockets.
            let nowAfter = monotonicMs() - t0
            let moreToSend = (total == nil || issued < total!) && (load.durationMs == nil || nowAfter < load.durationMs!)
            if moreToSend && inFlight < limit && (load.rate == nil || scheduled <= nowAfter) { continue }
            // Wait for sockets, or until the next scheduled arrival.
            var wait = 100.0
            if load.rate != nil && !stopIssuing && inFlight < limit { wait = max(0, scheduled - (monotonicMs() - t0)) }
            if let d = load.durationMs, !stopIssuing { wait = min(wait, max(0, d - (monotonicMs() - t0))) }
            if inFlight > 0 || wait > 0 {
                var fds: Int32 = 0
                curl_multi_poll(multi, nil, 0, Int32(wait.isFinite ? min(1000, max(0, wait.rounded(.up))) : 1000), &fds)
            }
        }
        var usageEnd = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usageEnd)
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        let cpu = ms(usageEnd.ru_utime) + ms(usageEnd.ru_stime) - ms(usageStart.ru_utime) - ms(usageStart.ru_stime)
        let firstSend = records.map(\.sentMs).min() ?? 0
        return Run(records: records, wallMs: max(0.001, lastDone - t0 - firstSend), cpuMs: cpu, peakInFlight: peak)
    }
}

/// SplitMix64, seeded: Poisson arrivals that repeat from run to run.
struct SplitMixGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    init(state: UInt64) { self.state = state }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
