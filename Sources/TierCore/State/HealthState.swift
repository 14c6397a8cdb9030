#if canImport(Glibc)
import Glibc
#endif

/// Where tier health lives: breakers, probe results and the cascade-rate window. `tier ask` shares it
/// between processes through a file; the gateway keeps it in memory, shared by its threads. Privacy
/// never depends on it: it only says which allowed tiers are worth trying.
public protocol HealthState: AnyObject, Sendable {
    func load(now: Double) -> [String: HealthRecord]
    /// Read-modify-write as one step.
    func update(_ change: (inout [String: HealthRecord]) -> Void)
}

/// `$XDG_STATE_HOME/tier/state.json`, locked and replaced by rename (see HealthStore).
public final class FileHealthState: HealthState {
    public let path: String
    public init(path: String) { self.path = path }
    public func load(now: Double) -> [String: HealthRecord] { HealthStore.load(path: path, now: now) }
    public func update(_ change: (inout [String: HealthRecord]) -> Void) { HealthStore.update(path: path, change) }
}

/// One process's state, behind a mutex: the gateway's threads see each other's breakers at once.
public final class MemoryHealthState: HealthState, @unchecked Sendable {
    private var records: [String: HealthRecord] = [:]
    private var mutex = pthread_mutex_t()

    public init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    public func load(now: Double) -> [String: HealthRecord] {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return records
    }

    public func update(_ change: (inout [String: HealthRecord]) -> Void) {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        change(&records)
    }
}
