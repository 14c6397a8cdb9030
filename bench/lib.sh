# Sourced by the benchmark scripts: the repository root, the toolchain on PATH, a release build
# with the Swift runtime linked statically (as users install it), and $bin pointing at it.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
# TIER_BIN: measure that binary instead (built elsewhere, e.g. a worktree of another commit).
if [ -n "${TIER_BIN:-}" ]; then
  bin="$TIER_BIN"
else
  swift build -c release --static-swift-stdlib >/dev/null
  bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/tier"
fi
mkdir -p bench/out
