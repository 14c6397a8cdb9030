extension System {
    /// Writes everything or returns false (a full disk, /dev/full, a closed pipe); stdout's failure is
    /// remembered in `stdoutError` as for every other write.
    public static func writeAll(fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { writeReporting(fd: fd, $0) == 0 }
    }

    public static func writeAll(fd: Int32, _ s: String) -> Bool { writeAll(fd: fd, Array(s.utf8)) }
}
