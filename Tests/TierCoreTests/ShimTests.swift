import Testing
@testable import TierCore

@Suite struct SystemLibraryShims {
    @Test func curlTypedWrappersSetAndGetOptions() {
        #expect(Curl.roundTripURL("http://127.0.0.1:8080/v1/models") == "http://127.0.0.1:8080/v1/models")
        #expect(Curl.version.split(separator: ".").count == 3)
    }

    @Test func libyamlIsLinked() {
        #expect(YAMLLibrary.version.hasPrefix("0."))
    }
}
