#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every test (unit and end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh
scripts/local-model.sh install   # the real local tier the end-to-end tests talk to
scripts/sdk-clients.sh install   # the official OpenAI and Anthropic SDKs, the gateway tests' clients
swift build --build-tests
# One test at a time: many tests start servers and time what tier does, and on a 2-core machine
# parallel tests starve each other's fakes (about 85 s serial against 50 s parallel here).
swift test --no-parallel
