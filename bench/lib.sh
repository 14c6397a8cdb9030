# Sourced by the benchmark scripts: the repository root, the toolchain on PATH, a release build
# with the Swift runtime linked statically (as users install it), and $bin pointing at it.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --static-swift-stdlib >/dev/null
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/tier"
mkdir -p bench/out
