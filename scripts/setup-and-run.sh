#!/usr/bin/env bash
# Sets tier up on a fresh Debian machine and runs its main job, `tier ask`, against a real local model:
# installs the system libraries, builds a release binary and puts it on PATH (~/.local/bin), installs
# and starts llama.cpp's server with SmolLM2-135M on 127.0.0.1:8080, then asks it a few things.
# Without ANTHROPIC_API_KEY the cloud tier is unavailable; the privacy lock and fallback still show.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"
scripts/install-deps.sh
swift build -c release --static-swift-stdlib >&2
mkdir -p "$HOME/.local/bin"
install -m 755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/tier" "$HOME/.local/bin/tier"
export PATH="$HOME/.local/bin:$PATH"
echo "installed: $(command -v tier) ($(tier --version))" >&2

scripts/local-model.sh start 8080
trap 'scripts/local-model.sh stop' EXIT
export TIER_CONFIG="$PWD/examples/local.yaml"
tier config check >&2

run() { echo "\$ $*" >&2; "$@"; echo >&2; }
run tier ask -v --max-tokens 40 --temperature 0 "What is the capital of France? Answer in one word."
run tier ask -v --max-tokens 40 "Write a one-line greeting to jane.roe@example.com"
run tier ask --json --json-output --max-tokens 60 --temperature 0 "Give a JSON object with keys city and country for Paris."
run tier route --explain "Summarize the email from bob@example.org"
echo "request log: ${XDG_STATE_HOME:-$HOME/.local/state}/tier/requests.jsonl" >&2
