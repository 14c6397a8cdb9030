import CYaml

public enum YAMLLibrary {
    /// The libyaml this binary runs with.
    public static var version: String { yaml_get_version_string().map { String(cString: $0) } ?? "unknown" }
}
