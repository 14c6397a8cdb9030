#if canImport(Glibc)
import Glibc
#endif
import TierCore

/// Threads for the blocking part of a request (the Ask pipeline over libcurl), so the event loops never
/// wait on a tier. Threads start as requests need them, up to `limit`, and stay for the next one; each
/// owns one HTTPClient, whose keep-alive connections to the tiers are reused by its later requests.
final class WorkerPool: @unchecked Sendable {
    typealias Job = (HTTPClient) -> Void

    private var mutex = pthread_mutex_t()
    private var ready = pthread_cond_t()
    private var jobs: [Job] = []
    private var head = 0
    private var idle = 0
    private(set) var threads = 0
    let limit: Int
    let stackBytes: Int

    init(limit: Int, stackBytes: Int = 1 << 20) {
        self.limit = limit
        self.stackBytes = stackBytes
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&ready, nil)
    }

    /// Queues a job; a new thread starts when none is idle and the limit allows.
    func submit(_ job: @escaping Job) {
        pthread_mutex_lock(&mutex)
        jobs.append(job)
        let spawn = idle == 0 && threads < limit
        if spawn { threads += 1 } else { pthread_cond_signal(&ready) }
        pthread_mutex_unlock(&mutex)
        if spawn { start() }
    }

    private func next() -> Job {
        pthread_mutex_lock(&mutex)
        while head == jobs.count {
            idle += 1
            pthread_cond_wait(&ready, &mutex)
            idle -= 1
        }
        let job = jobs[head]
        head += 1
        // The queue's storage is compacted once drained, so it never grows without bound.
        if head == jobs.count { jobs.removeAll(keepingCapacity: true); head = 0 }
        pthread_mutex_unlock(&mutex)
        return job
    }

    private func start() {
        var attr = pthread_attr_t()
        pthread_attr_init(&attr)
        pthread_attr_setstacksize(&attr, stackBytes)
        pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
        let box = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(&thread, &attr, { arg in
            let pool = Unmanaged<WorkerPool>.fromOpaque(arg!).takeRetainedValue()
            pool.loop()
            return nil
        }, box)
        pthread_attr_destroy(&attr)
        if rc != 0 {
            // No thread: the job waits for a running one (there is at least the one that failed to start
            // when none run, so say it and keep the count honest).
            Unmanaged<WorkerPool>.fromOpaque(box).release()
            pthread_mutex_lock(&mutex)
            threads -= 1
            pthread_mutex_unlock(&mutex)
            serveWarning("tier serve: cannot start a worker thread (\(String(cString: strerror(rc))))\n")
        }
    }

    private func loop() {
        guard let client = HTTPClient() else {
            serveWarning("tier serve: libcurl failed to initialise in a worker thread\n")
            return
        }
        while true {
            let job = next()
            job(client)
        }
    }
}

/// One line on stderr (for the files that cannot import TierCore beside NIO: both have a ByteBuffer).
func serveWarning(_ line: String) { System.write(fd: 2, line) }
