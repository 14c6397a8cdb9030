import CCurl

/// libcurl, through the CCurl shim. The providers (with `ask`) build on this; for now it reports what
/// is linked and proves the typed setopt/getinfo wrappers work.
public enum Curl {
    /// "7.88.1" (the libcurl this binary runs with), and whether it speaks HTTP/2.
    public static var version: String {
        guard let info = curl_version_info(tier_curlversion_now()), let v = info.pointee.version else { return "unknown" }
        return String(cString: v)
    }

    public static var supportsHTTP2: Bool {
        guard let info = curl_version_info(tier_curlversion_now()) else { return false }
        return info.pointee.features & CURL_VERSION_HTTP2 != 0
    }

    /// Sets a URL on an easy handle and reads it back, without any transfer: a check of the shim.
    public static func roundTripURL(_ url: String) -> String? {
        guard let h = curl_easy_init() else { return nil }
        defer { curl_easy_cleanup(h) }
        guard tier_easy_setopt_string(h, CURLOPT_URL, url) == CURLE_OK,
              tier_easy_setopt_long(h, CURLOPT_NOSIGNAL, 1) == CURLE_OK else { return nil }
        var p: UnsafeMutablePointer<CChar>? = nil
        guard tier_easy_getinfo_string(h, CURLINFO_EFFECTIVE_URL, &p) == CURLE_OK, let p else { return nil }
        return String(cString: p)
    }
}
